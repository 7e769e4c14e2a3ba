"""Scoring geoparsing and event location (eventwire.evaluate.geo) on hand-built records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.datatypes import Document
from eventwire.evaluate import Options
from eventwire.evaluate.geo import (
    _event_at_verb,
    _score_article,
    _Tally,
    _usable,
    evaluate_event_location,
    evaluate_geoparsing,
)
from eventwire.geo import Geoparser

MakeDocument = Callable[..., Document]
TEXT = "Kim met Putin in Vladivostok, Russia. Later he flew to Xyzzyland."


def gold(name: str, **fields: Any) -> dict[str, Any]:
    start = TEXT.index(name)
    return {"start": start, "end": start + len(name), "name": name, **fields}


def test_recognition_and_resolution_are_tallied(
    geoparser: Geoparser, gazetteer: Any, make_document: MakeDocument
) -> None:
    doc = geoparser(make_document(TEXT, ["Vladivostok", "Russia", "Xyzzyland"]))
    record = {
        "id": "r1",
        "text": TEXT,
        "toponyms": [
            gold("Vladivostok", lat=43.1, lon=131.9, geonameid="2013348", country="Russia"),
            gold("Putin", lat=0.0, lon=0.0),
            gold("Xyzzyland", lat=10.0, lon=10.0),
        ],
    }
    tally = _Tally()
    errors = _score_article(record, doc, tally, gazetteer)
    metrics = tally.metrics()
    assert (metrics["precision"], metrics["recall"]) == (pytest.approx(2 / 3, abs=1e-3),) * 2
    assert metrics["resolved_scored"] == 2
    assert metrics["acc_161km"] == 0.5
    assert (metrics["geonameid_accuracy"], metrics["country_accuracy"]) == (1.0, 0.5)
    assert sorted(error["kind"] for error in errors) == ["missed", "spurious", "wrong place"]


def test_a_place_of_no_one_country_is_not_scored_on_country(
    geoparser: Geoparser, gazetteer: Any, make_document: MakeDocument
) -> None:
    text = "Aid reached Africa and Nairobi."
    doc = geoparser(make_document(text, ["Africa", "Nairobi"]))

    def at(name: str, lat: float, lon: float) -> dict[str, Any]:
        start = text.index(name)
        return {"start": start, "end": start + len(name), "name": name, "lat": lat, "lon": lon}

    record = {
        "id": "r2",
        "text": text,
        "toponyms": [at("Africa", 7.2, 21.1), at("Nairobi", -1.3, 36.8)],
    }
    tally = _Tally()
    _score_article(record, doc, tally, gazetteer)
    metrics = tally.metrics()
    assert (metrics["resolved_scored"], metrics["country_scored"]) == (2, 1)
    assert metrics["country_accuracy"] == 1.0


def test_the_event_is_built_at_the_marked_verb(make_document: MakeDocument) -> None:
    doc = make_document(TEXT)
    start = TEXT.index("flew")
    record = {"id": "r1", "text": TEXT, "verb": {"start": start, "end": start + 4, "text": "flew"}}
    event = _event_at_verb(record, doc)
    assert (event.sentence, event.trigger.text) == (1, "flew")
    assert event.evidence.text.startswith("Later he flew")


def test_records_with_empty_gold_spans_are_skipped() -> None:
    records = [
        {"event_location": [{"start": 3, "end": 3}]},
        {"event_location": []},
        {"event_location": [{"start": 3, "end": 9}]},
    ]
    usable, skipped = _usable(records)
    assert len(list(usable)) == 2
    assert skipped == [1]


@pytest.mark.slow
def test_evaluators_run_the_pipeline() -> None:
    start = TEXT.index("met")
    record = {
        "id": "r1",
        "text": TEXT,
        "verb": {"start": start, "end": start + 3, "text": "met"},
        "toponyms": [gold("Vladivostok", lat=43.1, lon=131.9)],
        "event_location": [gold("Vladivostok")],
    }
    geoparsing = evaluate_geoparsing([record], Options()).metrics
    assert geoparsing["articles"] == 1 and geoparsing["recall"] == 1.0
    location = evaluate_event_location([record], Options()).metrics
    assert (location["records"], location["accuracy"]) == (1, 1.0)
