"""Reading the store: events with filters, and a summary of what it holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from eventwire.datatypes import ONE_SIDED_CODES
from eventwire.records import record_from_row


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Which events to return. Actor filters match a code prefix (``RUS`` matches ``RUSGOV``)."""

    source: str | None = None
    target: str | None = None
    since: date | None = None
    until: date | None = None
    code: str | None = None
    include_all: bool = False
    limit: int | None = None


SHOWN_BY_DEFAULT = (
    "factuality = 'asserted' AND (target_code IS NOT NULL OR "
    + " OR ".join(f"starts_with(cameo, '{code}')" for code in ONE_SIDED_CODES)
    + ")"
)
"""The SQL of ``Event.shown_by_default``: asserted events that say whom they were done to,
or need no one."""


def where_clause(selection: EventFilter) -> tuple[str, list[Any]]:
    """The SQL WHERE clause (parameterised) and its parameters for a selection of events."""
    clauses, params = conditions(selection)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def conditions(selection: EventFilter) -> tuple[list[str], list[Any]]:
    """The selection's SQL conditions on ``events`` and their parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if selection.source:
        clauses.append("starts_with(source_code, ?)")
        params.append(selection.source.upper())
    if selection.target:
        clauses.append("starts_with(target_code, ?)")
        params.append(selection.target.upper())
    if selection.since:
        clauses.append("date >= ?")
        params.append(selection.since)
    if selection.until:
        clauses.append("date <= ?")
        params.append(selection.until)
    if selection.code:
        clauses.append("starts_with(cameo, ?)")
        params.append(selection.code)
    if not selection.include_all:
        clauses.append(SHOWN_BY_DEFAULT)
    return clauses, params


ORDERS = {
    "date": "date NULLS LAST, article_id, evidence_start",
    "intensity": "abs(goldstein) * confidence DESC, date NULLS LAST, id",
}


def event_rows(
    con: duckdb.DuckDBPyConnection, selection: EventFilter, *, order: str = "date"
) -> list[dict[str, Any]]:
    """Stored events as flat rows (the ``events`` columns and their article's), by date
    and evidence or, with ``order="intensity"``, most intense and confident first."""
    where, params = where_clause(selection)
    sql = (
        "SELECT events.*, articles.title AS article_title, articles.published AS "
        "article_published, articles.url AS article_url FROM events LEFT JOIN articles "
        f"ON articles.id = events.article_id{where} ORDER BY {ORDERS[order]}"
    )
    if selection.limit is not None:
        sql += " LIMIT ?"
        params.append(selection.limit)
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def query_events(
    con: duckdb.DuckDBPyConnection, selection: EventFilter, *, order: str = "date"
) -> list[dict[str, Any]]:
    """Stored events as native records, in the order of ``event_rows``."""
    return [record_from_row(row) for row in event_rows(con, selection, order=order)]


def _pairs(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in con.execute(sql).fetchall()]


def summarize(con: duckdb.DuckDBPyConnection, *, top: int = 10) -> dict[str, Any]:
    """Counts of articles, events and rejects, and the top dyads (types: ``analyse``)."""
    shown = SHOWN_BY_DEFAULT
    return {
        "articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],  # type: ignore[index]
        "events": con.execute(f"SELECT count(*) FROM events WHERE {shown}").fetchone()[0],  # type: ignore[index]
        "events_all": con.execute("SELECT count(*) FROM events").fetchone()[0],  # type: ignore[index]
        "rejects": _pairs(
            con, "SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1"
        ),
        "top_dyads": _pairs(
            con,
            f"SELECT source_code, target_code, count(*) FROM events WHERE {shown} "
            f"AND target_code IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT {int(top)}",
        ),
    }
