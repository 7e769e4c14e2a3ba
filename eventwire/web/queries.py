"""What the web API reads that ``eventwire.store`` and ``eventwire.analyse`` do not offer.

Filters come from ``EventFilter`` and ``Window`` (the same SQL conditions the CLI uses); this
module adds what a web page needs on top: an offset and a total, text search in the
evidence, ordering by intensity, actors with counts, places, and one article with its events.
Every value reaches DuckDB as a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb

from eventwire.analyse import DyadPoint, Window, dyad_days, roll_up
from eventwire.records import record_from_row
from eventwire.store import EventFilter
from eventwire.store.query import where_clause
from eventwire.web.memo import Memo, one

# The order of ``eventwire events`` (by date, then article, then place in the text), with the
# event id last so that every page is the same on every store built from the same input.
# A page is cut on these narrow columns first and only its rows are then read whole, by
# primary key: on a million events that is several times faster than sorting whole rows.
BY_DATE = "date NULLS LAST, article_id, evidence_start, id"
ORDERS = {"date": BY_DATE, "intensity": f"abs(goldstein) * confidence DESC, {BY_DATE}"}
HEADERS = 50_000  # articles whose headers are kept
DYAD_DAYS = 200_000  # days of dyads kept, in all
ARTICLE_COLUMNS = (
    "id AS article_id, title AS article_title, published AS article_published, url AS article_url"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventQuery:
    """A page of events: the store's filter, a text to find in the evidence, an order."""

    selection: EventFilter = field(default_factory=EventFilter)
    text: str | None = None
    order: str = "date"
    offset: int = 0
    limit: int = 50


def _like(text: str) -> str:
    """An ILIKE pattern that finds ``text`` literally (its wildcards escaped)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def conditions(query: EventQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (with its leading keyword, or empty) and its parameters."""
    where, params = where_clause(query.selection)
    if query.text:
        clause = "evidence_text ILIKE ? ESCAPE '\\'"
        where = f"{where} AND {clause}" if where else f" WHERE {clause}"
        params = [*params, _like(query.text)]
    return where, params


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def count_events(con: duckdb.DuckDBPyConnection, query: EventQuery) -> int:
    """How many events the query matches, all pages together."""
    where, params = conditions(query)
    row = con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()
    return int(row[0]) if row else 0


def page_ids(con: duckdb.DuckDBPyConnection, query: EventQuery) -> list[str]:
    """The ids of one page of events, in the query's order."""
    where, params = conditions(query)
    sql = f"SELECT id FROM events{where} ORDER BY {ORDERS[query.order]} LIMIT ? OFFSET ?"
    return [row[0] for row in con.execute(sql, [*params, query.limit, query.offset]).fetchall()]


class ArticleHeaders:
    """The title, date and URL of articles by id, as their events carry them; the most
    recently asked for are kept (a served store does not change)."""

    def __init__(self, size: int = HEADERS) -> None:
        self.kept: Memo[dict[str, Any]] = Memo(size, size=one)

    def get(self, con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, dict[str, Any]]:
        """The headers of the articles with these ids (unknown ids are left out)."""
        found = {i: header for i in ids if (header := self.kept.find(i)) is not None}
        missing = sorted(ids - found.keys())
        if missing:
            sql = f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id IN ?"
            for row in _rows(con.execute(sql, [missing])):
                self.kept.put(row["article_id"], row)
                found[row["article_id"]] = row
        return found


@dataclass(frozen=True, slots=True)
class Kept:
    """What a server keeps of its store between requests: article headers, and dyads day
    by day (which every period is summed from)."""

    headers: ArticleHeaders = field(default_factory=ArticleHeaders)
    dyad_days: Memo[list[DyadPoint]] = field(
        default_factory=lambda: Memo(DYAD_DAYS, size=lambda days: len(days) + 1)
    )


@dataclass(frozen=True, slots=True)
class Reader:
    """What one request reads through: a cursor of the store, and what the server keeps."""

    con: duckdb.DuckDBPyConnection
    kept: Kept = field(default_factory=Kept)

    def dyad(self, first: str, second: str, *, by: str, window: Window) -> list[DyadPoint]:
        """``analyse.dyad_series``, from the dyad's days when they are kept."""
        days = self.kept.dyad_days.get(
            (first, second, window), lambda: dyad_days(self.con, first, second, window=window)
        )
        return roll_up(days, by)


def records(reader: Reader, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event rows as native records, with their articles' title, date and URL."""
    articles = reader.kept.headers.get(reader.con, {row["article_id"] for row in rows})
    return [record_from_row({**articles.get(row["article_id"], {}), **row}) for row in rows]


def events_by_id(reader: Reader, ids: list[str]) -> list[dict[str, Any]]:
    """The events with these ids as native records, in the order of ``ids``."""
    if not ids:
        return []
    found = _rows(reader.con.execute("SELECT * FROM events WHERE id IN ?", [ids]))
    rows = {row["id"]: row for row in found}
    return records(reader, [rows[i] for i in ids if i in rows])


def event_page(reader: Reader, query: EventQuery) -> list[dict[str, Any]]:
    """One page of events as native records."""
    return events_by_id(reader, page_ids(reader.con, query))


def counted_page(con: duckdb.DuckDBPyConnection, query: EventQuery) -> tuple[int, list[str]]:
    """How many events match in all, and the ids of one page.

    A text search scans every evidence once, counting and ordering in the same pass; other
    filters are cheaper as two queries.
    """
    if not query.text:
        return count_events(con, query), page_ids(con, query)
    where, params = conditions(query)
    order = ORDERS[query.order]
    sql = f"""WITH hits AS MATERIALIZED (
                  SELECT id, date, article_id, evidence_start, goldstein, confidence
                  FROM events{where})
              SELECT (SELECT count(*) FROM hits), id FROM hits ORDER BY {order} LIMIT ? OFFSET ?"""
    rows = con.execute(sql, [*params, query.limit, query.offset]).fetchall()
    if not rows:
        return count_events(con, query), []
    return int(rows[0][0]), [row[1] for row in rows]


def actor_counts(
    con: duckdb.DuckDBPyConnection, *, window: Window, prefix: str = "", limit: int = 100
) -> list[dict[str, Any]]:
    """Actor codes (as source or target) with their event counts, most active first."""
    clauses, params = window.where()
    where = " AND ".join(["{role}_code IS NOT NULL", *clauses])
    side = "SELECT {role}_code AS code, {role}_country AS country, '{role}' AS role FROM events"
    sides = [f"{side} WHERE {where}".format(role=role) for role in ("source", "target")]
    sql = f"""SELECT code, any_value(country), count(*),
                     count(*) FILTER (role = 'source'), count(*) FILTER (role = 'target')
              FROM ({sides[0]} UNION ALL {sides[1]}) WHERE starts_with(code, ?)
              GROUP BY code ORDER BY 3 DESC, code LIMIT ?"""
    rows = con.execute(sql, [*params, *params, prefix.upper(), limit]).fetchall()
    keys = ("code", "country", "events", "as_source", "as_target")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def places(
    con: duckdb.DuckDBPyConnection, query: EventQuery, *, limit: int
) -> list[dict[str, Any]]:
    """Where the query's events happened: one row per place with its event count."""
    where, params = conditions(query)
    located = "place_lat IS NOT NULL AND place_lon IS NOT NULL"
    where = f"{where} AND {located}" if where else f" WHERE {located}"
    sql = f"""SELECT place_name, place_country, round(place_lat, 3), round(place_lon, 3),
                     count(*), round(coalesce(sum(goldstein), 0), 3)
              FROM events{where} GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT ?"""
    rows = con.execute(sql, [*params, limit]).fetchall()
    keys = ("name", "country", "lat", "lon", "events", "goldstein")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def article(reader: Reader, article_id: str) -> dict[str, Any] | None:
    """One stored article with its text, its events (all of them) and its actor mentions."""
    con = reader.con
    found = _rows(
        con.execute(
            "SELECT id, title, published, url, source, origin, dateline_place, text "
            "FROM articles WHERE id = ?",
            [article_id],
        )
    )
    if not found:
        return None
    stored = found[0]
    header = {
        "article_title": stored["title"],
        "article_published": stored["published"],
        "article_url": stored["url"],
    }
    events = _rows(
        con.execute(
            "SELECT * FROM events WHERE article_id = ? ORDER BY evidence_start, id", [article_id]
        )
    )
    return {
        **stored,
        "published": _iso(stored["published"]),
        "events": [record_from_row({**header, **event}) for event in events],
        "mentions": mentions(con, article_id),
    }


def mentions(con: duckdb.DuckDBPyConnection, article_id: str) -> list[dict[str, Any]]:
    """The actor mentions found in one article, in the order of the text."""
    rows = con.execute(
        'SELECT start, "end", text, kind, code, country, name FROM mentions '
        'WHERE article_id = ? ORDER BY start, "end"',
        [article_id],
    ).fetchall()
    keys = ("start", "end", "text", "kind", "code", "country", "name")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def date_range(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    """The first and last event dates in the store."""
    row = con.execute("SELECT min(date), max(date) FROM events").fetchone()
    first, last = row if row else (None, None)
    return {"first": _iso(first), "last": _iso(last)}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
