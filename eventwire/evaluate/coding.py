"""Event coding: (source, target, root) against gold events; a sentence's quad class.

Sentences are coded by the project's own stages (annotate, actors, events) with the
record's date as the publication date; nothing here knows about the gold set's actors.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from eventwire.config import load_config
from eventwire.datatypes import Article, Document, Event, stable_id
from eventwire.evaluate import Options, Record, Score
from eventwire.pipeline import Pipeline

CODING_STAGES = ("annotate.spacy.v1", "actors.resolver.v1", "events.cameo_rules.v1")
PHOENIX_CLASSES = (
    "NEUTRAL",
    "VERBAL_COOPERATION",
    "MATERIAL_COOPERATION",
    "VERBAL_CONFLICT",
    "MATERIAL_CONFLICT",
)


def coding_pipeline(options: Options) -> Pipeline:
    """The configured pipeline, cut down to the stages that code a clean sentence."""
    config = load_config(*options.config_files)
    stages = tuple(name for name in config.stages if name in CODING_STAGES)
    return Pipeline(dataclasses.replace(config, stages=stages))


def _published(record: Record) -> datetime | None:
    try:
        day = date.fromisoformat(str(record.get("date") or "")[:10])
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day)


def coded(records: Iterable[Record], options: Options) -> Iterator[tuple[Record, Document]]:
    """Each record with the Document its text codes to."""
    pipeline = coding_pipeline(options)
    iterator = iter(records)
    while batch := list(itertools.islice(iterator, 64)):
        articles = [
            Article(
                id=str(r.get("id") or stable_id(r["text"])), text=r["text"], published=_published(r)
            )
            for r in batch
        ]
        yield from zip(batch, pipeline.process_batch(articles), strict=True)


# Events the text says happened: in its own voice, or in a cited source's ("..., police said").
HAPPENED = frozenset({"asserted", "reported"})


def normalize_code(code: str | None) -> str:
    """Country (or IGO) and first sector: ``PSEGZACVL`` -> ``PSEGZA``, ``---GOV`` -> ``GOV``."""
    code = (code or "").removeprefix("---")
    return code[:6]


def _code(mention: object) -> str:
    actor = getattr(mention, "actor", None)
    return normalize_code(actor.code) if actor is not None else ""


def triple(event: Event) -> tuple[str, str, str]:
    """What is scored of an event: source code, target code, CAMEO root."""
    return (_code(event.source), _code(event.target), event.root)


def _gold_triples(record: Record) -> Counter[tuple[str, str, str]]:
    return Counter(
        (
            normalize_code(e.get("source")),
            normalize_code(e.get("target")),
            str(e.get("code") or "")[:2],
        )
        for e in record.get("events") or ()
    )


def evaluate_events(records: Iterable[Record], options: Options) -> Score:
    """Precision, recall and F1 on (source, target, root); extra events as a share of gold."""
    right = predicted = gold = 0
    errors = []
    for record, doc in coded(records, options):
        if not record.get("text"):
            continue
        expected = _gold_triples(record)
        got = Counter(triple(e) for e in doc.events if e.factuality in HAPPENED)
        hits = sum((expected & got).values())
        right, predicted, gold = (
            right + hits,
            predicted + sum(got.values()),
            gold + sum(expected.values()),
        )
        if expected != got:
            errors.append(
                {
                    "id": record["id"],
                    "text": record["text"],
                    "expected": sorted(expected),
                    "got": sorted(got),
                }
            )
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        name="events",
        metrics={
            "gold_events": gold,
            "predicted_events": predicted,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "extra_ratio": round((predicted - right) / gold, 4) if gold else 0.0,
        },
        errors=errors,
    )


def phoenix_class(root: str) -> int:
    """The Phoenix/ICEWS quad class: 0 neutral (01-02), then 1-4 as ours."""
    number = int(root)
    if number <= 2:
        return 0
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def sentence_class(doc: Document) -> int:
    """A sentence's class: that of its most confident event; no event is neutral."""
    if not doc.events:
        return 0
    best = max(doc.events, key=lambda e: (e.factuality == "asserted", e.confidence))
    return phoenix_class(best.root)


def _macro_f1(pairs: list[tuple[int, int]], classes: int) -> float:
    scores = []
    for label in range(classes):
        tp = sum(1 for g, p in pairs if g == p == label)
        fp = sum(1 for g, p in pairs if p == label and g != label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / classes


def evaluate_quad_class(records: Iterable[Record], options: Options) -> Score:
    """Macro-F1 and accuracy of the 5-way quad class of each sentence."""
    pairs: list[tuple[int, int]] = []
    errors = []
    for record, doc in coded(records, options):
        got = sentence_class(doc)
        pairs.append((int(record["label"]), got))
        if got != record["label"]:
            errors.append(
                {
                    "id": record["id"],
                    "text": record["text"],
                    "expected": PHOENIX_CLASSES[record["label"]],
                    "got": PHOENIX_CLASSES[got],
                    "events": [triple(e) for e in doc.events],
                }
            )
    accuracy = sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0
    return Score(
        name="quad_class",
        metrics={
            "records": len(pairs),
            "macro_f1": round(_macro_f1(pairs, 5), 4),
            "accuracy": round(accuracy, 4),
        },
        errors=errors,
    )
