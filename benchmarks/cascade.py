"""The cascade: how much it saves and what it loses, against parsing every sentence.

Usage: python benchmarks/cascade.py [--articles N] [--data DIR] [--examples N]

Codes one corpus three times in this process: with every sentence parsed, with the cascade
(``actors.resolver.v1`` also before the annotator, ``cascade = true``, entities in every
parsed sentence), and with the cascade and entities later (the default:
``annotate.entities.v1`` after a first coding). For each cascade it prints the share of
sentences parsed, the events of each run, the events lost (with examples), the places and
dates of the events kept, the toponyms kept, and the CPU words/s. Events are compared on
article, sentence (by the cheap splitter, which the runs share), source and target codes
and CAMEO code. The corpus is built as ``eventwire bench`` builds it.
"""

from __future__ import annotations

import argparse
import bisect
import time
from collections.abc import Sequence
from pathlib import Path

from eventwire.annotate import (
    SKIPPED_MARK,
    fast_sentences,
    with_cascade,
    with_entities_later,
    without_cascade,
)
from eventwire.config import Config, load_config
from eventwire.datatypes import Document, Event, Mention
from eventwire.engines.bench import Corpus, load_corpus
from eventwire.pipeline import Pipeline

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
Key = tuple[str, int, str, str, str]


def run(corpus: Corpus, config: Config) -> tuple[list[Document], float]:
    """Documents for the corpus and the CPU seconds they took (after a warm-up)."""
    pipeline = Pipeline(config)
    pipeline.process_batch(list(corpus.articles[:2]))
    started = time.process_time()
    docs = list(pipeline.process(corpus.articles))
    return docs, time.process_time() - started


def _code(mention: Mention | None) -> str:
    return mention.actor.code if mention is not None and mention.actor is not None else "-"


def event_keys(doc: Document) -> dict[Key, Event]:
    """The doc's events by article, cheap sentence, source, target and code."""
    starts = [start for start, _ in fast_sentences(doc.article.text)]
    return {
        (
            doc.article.id,
            bisect.bisect_right(starts, event.trigger.start) - 1,
            _code(event.source),
            _code(event.target),
            event.cameo,
        ): event
        for event in doc.events
    }


def _place(event: Event) -> tuple[str, int | None] | None:
    place = event.place.place if event.place is not None else None
    return (place.name, place.geonameid) if place is not None else None


def skipped_sentences(doc: Document) -> int:
    """Sentences the cascade left unparsed (each holds only its mark)."""
    if doc.parse is None:
        return 0
    return sum(1 for sent in doc.parse.sents if sent.text.strip() == SKIPPED_MARK)


def toponym_keys(docs: Sequence[Document]) -> set[tuple[str, int, int]]:
    """Every toponym of the docs, by article and offsets."""
    return {(d.article.id, t.start, t.end) for d in docs for t in d.toponyms}


def _share(part: int, whole: int) -> str:
    return f"{part:,} of {whole:,} ({part / max(whole, 1):.1%})"


def report(full: list[Document], cascade: list[Document], examples: int) -> None:
    """Print what a cascade saved and lost."""
    sentences = sum(len(d.sentences) for d in cascade)
    parsed = sentences - sum(skipped_sentences(d) for d in cascade)
    print(f"sentences parsed: {_share(parsed, sentences)}")
    before = {k: e for d in full for k, e in event_keys(d).items()}
    after = {k for d in cascade for k in event_keys(d)}
    lost = [k for k in before if k not in after]
    print(f"events: {len(before):,} with every sentence parsed, {len(after):,} with the cascade")
    print(f"events lost: {_share(len(lost), len(before))}; new: {len(after - before.keys()):,}")
    for key in lost[:examples]:
        print(f"  lost {key[2]} -> {key[3]} {key[4]}: {before[key].evidence.text[:120]!r}")
    common = {k: e for d in cascade for k, e in event_keys(d).items() if k in before}
    same_place = sum(_place(e) == _place(before[k]) for k, e in common.items())
    same_date = sum((e.date, e.date_precision) == (before[k].date, before[k].date_precision)
                    for k, e in common.items())  # fmt: skip
    print(
        f"events kept with the same place: {_share(same_place, len(common))}; "
        f"same date: {_share(same_date, len(common))}"
    )
    places, kept = toponym_keys(full), toponym_keys(cascade)
    print(f"toponyms kept: {_share(len(places & kept), len(places))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--data", type=Path, default=EVAL)
    parser.add_argument("--examples", type=int, default=5)
    parser.add_argument("--config", action="append", default=[], help="A TOML settings file.")
    args = parser.parse_args()
    config = load_config(*args.config)
    corpus = load_corpus(args.data, args.articles)
    sources = ", ".join(corpus.sources)
    print(f"corpus: {len(corpus.articles)} articles, {corpus.words:,} words ({sources})")
    full, full_seconds = run(corpus, without_cascade(config))
    rate = corpus.words / full_seconds
    print(f"every sentence parsed: {full_seconds:6.1f} CPU s {rate:8,.0f} words/s")
    for name, cascade in (("the cascade", with_cascade), ("entities later", with_entities_later)):
        docs, seconds = run(corpus, cascade(config))
        print(
            f"\n{name}: {seconds:6.1f} CPU s {corpus.words / seconds:8,.0f} words/s, "
            f"{full_seconds / seconds:.2f}x"
        )
        report(full, docs, args.examples)


if __name__ == "__main__":
    main()
