"""The native JSON records of ``../shared/design.md`` section 5, with stable field names.

An event is flattened once (``event_row``, also the ``events`` table's row) and unflattened
once (``record_from_row``), so what ``eventwire code`` prints and what the store returns
are the same record.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from eventwire.datatypes import Article, Event, Mention, Toponym


def _actor_columns(role: str, mention: Mention | None) -> dict[str, Any]:
    actor = mention.actor if mention else None
    return {
        f"{role}_code": actor.code if actor else None,
        f"{role}_country": actor.country if actor else None,
        f"{role}_sectors": list(actor.sectors) if actor else [],
        f"{role}_name": actor.name if actor else None,
        f"{role}_text": mention.text if mention else None,
        f"{role}_start": mention.start if mention else None,
        f"{role}_end": mention.end if mention else None,
    }


def _place_columns(toponym: Toponym | None) -> dict[str, Any]:
    place = toponym.place if toponym else None
    return {
        "place_name": place.name if place else None,
        "place_lat": place.lat if place else None,
        "place_lon": place.lon if place else None,
        "place_country": place.country if place else None,
        "place_geonameid": place.geonameid if place else None,
        "place_precision": place.precision if place else None,
        "place_text": toponym.text if toponym and place else None,
        "place_start": toponym.start if toponym and place else None,
        "place_end": toponym.end if toponym and place else None,
        "place_reason": toponym.reason if toponym and place else None,
    }


def event_row(event: Event) -> dict[str, Any]:
    """One row of ``events``."""
    return {
        "id": event.id,
        "article_id": event.article_id,
        "sentence": event.sentence,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "evidence_text": event.evidence.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "trigger_text": event.trigger.text,
        "cameo": event.cameo,
        "root": event.root,
        "plover": event.plover,
        "mode": event.mode,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        **_actor_columns("source", event.source),
        **_actor_columns("target", event.target),
        "factuality": str(event.factuality),
        "date": event.date,
        "date_precision": str(event.date_precision) if event.date_precision else None,
        "date_method": event.date_method,
        **_place_columns(event.place),
        "confidence": event.confidence,
        "rule": event.rule,
    }


def _actor_from_row(row: dict[str, Any], role: str) -> dict[str, Any] | None:
    if row[f"{role}_text"] is None:
        return None
    return {
        "code": row[f"{role}_code"],
        "country": row[f"{role}_country"] or None,
        "sectors": list(row[f"{role}_sectors"] or []),
        "name": row[f"{role}_name"],
        "text": row[f"{role}_text"],
        "start": row[f"{role}_start"],
        "end": row[f"{role}_end"],
    }


def _place_from_row(row: dict[str, Any]) -> dict[str, Any] | None:
    if row["place_name"] is None:
        return None
    keys = (
        "name",
        "lat",
        "lon",
        "country",
        "geonameid",
        "precision",
        "text",
        "start",
        "end",
        "reason",
    )
    return {key: row[f"place_{key}"] for key in keys}


def record_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event as the native JSON record (the same fields ``eventwire code`` prints)."""
    return {
        "id": row["id"],
        "article_id": row["article_id"],
        "article": {
            "title": row.get("article_title"),
            "published": _iso(row.get("article_published")),
            "url": row.get("article_url") or None,
        },
        "sentence": row["sentence"],
        "evidence": {
            "start": row["evidence_start"],
            "end": row["evidence_end"],
            "text": row["evidence_text"],
        },
        "cameo": row["cameo"],
        "root": row["root"],
        "plover": row["plover"] or None,
        "mode": row["mode"] or None,
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "source": _actor_from_row(row, "source"),
        "target": _actor_from_row(row, "target"),
        "factuality": row["factuality"],
        "date": row["date"].isoformat() if row["date"] else None,
        "date_precision": row["date_precision"],
        "date_method": row["date_method"] or None,
        "place": _place_from_row(row),
        "trigger": {
            "start": row["trigger_start"],
            "end": row["trigger_end"],
            "text": row["trigger_text"],
        },
        "confidence": row["confidence"],
        "rule": row["rule"],
        "run_id": row["run_id"],
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def article_columns(article: Article | None) -> dict[str, Any]:
    """What an event record tells of its article (the store joins it from ``articles``)."""
    return {
        "article_title": article.title if article else None,
        "article_published": article.published if article else None,
        "article_url": article.url if article else None,
    }


def event_record(
    event: Event, *, article: Article | None = None, run_id: str | None = None
) -> dict[str, Any]:
    """One event as one JSON object."""
    return record_from_row({**event_row(event), **article_columns(article), "run_id": run_id})


def toponym_record(toponym: Toponym, *, article_id: str) -> dict[str, Any]:
    """One place name for ``eventwire geoparse``."""
    place = toponym.place
    return {
        "article_id": article_id,
        "start": toponym.start,
        "end": toponym.end,
        "text": toponym.text,
        "name": place.name if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geonameid": place.geonameid if place else None,
        "country": (place.country or None) if place else None,
        "precision": place.precision if place else None,
        "score": toponym.score,
        "reason": toponym.reason,
        "candidates": [
            {
                "name": c.name,
                "lat": c.lat,
                "lon": c.lon,
                "country": c.country,
                "geonameid": c.geonameid,
                "population": c.population,
            }
            for c in toponym.candidates
        ],
    }
