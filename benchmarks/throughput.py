"""End-to-end throughput: eventwire into DuckDB against the spaCy pipeline alone.

Usage: python benchmarks/throughput.py [--articles N]

The corpus is the article texts of ../shared/eval/{lgl,trnews,geovirus} when present (real
news), else the bundled demo corpus. Prints words/s, sentences/s and articles/s of both,
their ratio, and the peak RSS of this process.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from eventwire.annotate import load_spacy
from eventwire.batch import run_batch
from eventwire.config import load_config
from eventwire.datatypes import Article, stable_id
from eventwire.pipeline import Pipeline
from eventwire.store import EventStore

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SETS = ("lgl", "trnews", "geovirus")


def real_news(limit: int) -> list[Article]:
    """Article texts from the geoparsing gold sets, or the demo corpus when they are absent."""
    texts: list[str] = []
    for name in SETS:
        path = EVAL / name / "data.jsonl"
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open() if line.strip()]
    if not texts:
        return list(_demo_articles())[:limit]
    return [Article(id=stable_id(t), text=t, origin="benchmark") for t in texts[:limit]]


def _demo_articles() -> Iterator[Article]:
    from importlib import resources

    from eventwire.ingest import read_paths

    corpus = resources.files("eventwire.demo").joinpath("corpus")
    yield from (a for a in read_paths([str(corpus)]) if isinstance(a, Article))


def spacy_alone(articles: list[Article]) -> tuple[float, int]:
    """Seconds and sentences for the full spaCy pipeline over the texts."""
    nlp = load_spacy(load_config().for_stage("annotate.spacy.v1")["model"])
    started = time.perf_counter()
    sentences = sum(
        len(list(doc.sents)) for doc in nlp.pipe((a.text for a in articles), batch_size=16)
    )
    return time.perf_counter() - started, sentences


def eventwire_end_to_end(articles: list[Article]) -> tuple[float, int]:
    """Seconds and events for the whole pipeline into a fresh DuckDB store."""
    pipeline = Pipeline(load_config())
    with tempfile.TemporaryDirectory() as folder, EventStore(Path(folder) / "b.duckdb") as store:
        run_id = store.start_run(config={}, stages=pipeline.stage_names, inputs=[], version="b")
        started = time.perf_counter()
        counts = run_batch(articles, pipeline=pipeline, store=store, run_id=run_id)
        return time.perf_counter() - started, counts.events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    articles = real_news(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    reference, sentences = spacy_alone(articles)
    ours, events = eventwire_end_to_end(articles)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(articles)} articles, {words:,} words, {sentences:,} sentences")
    for name, seconds in (("spaCy pipeline alone", reference), ("eventwire end to end", ours)):
        print(
            f"{name:22s} {seconds:7.1f} s  {words / seconds:8,.0f} words/s  "
            f"{sentences / seconds:6,.1f} sentences/s  {len(articles) / seconds:5.2f} articles/s"
        )
    print(
        f"ratio eventwire/spaCy: {reference / ours:.2f}; {events} events; peak RSS {peak:,.0f} MB"
    )


if __name__ == "__main__":
    main()
