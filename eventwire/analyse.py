"""Analysis of stored events: dyad series, actor networks, type distributions, summaries.

Every function reads a DuckDB connection to the store and returns plain data (frozen
dataclasses, lists); the CLI and the web layer format and plot them. Actor arguments
match code prefixes ("RUS" matches "RUSGOV"); only the events shown by default count
(asserted, and naming whom they were done to: ``Event.shown_by_default``) unless
``include_all`` is set.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import duckdb

from eventwire.errors import InputError
from eventwire.store import EventFilter, query_events
from eventwire.store.query import conditions

PERIODS = ("day", "week", "month", "year")
# What a DyadPoint counts for its period, in the order of the dyad query's columns.
COUNTS = (
    "events",
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
    "goldstein",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Window:
    """Which events count: a date range and whether non-asserted events are included."""

    since: date | None = None
    until: date | None = None
    include_all: bool = False

    def where(self) -> tuple[list[str], list[Any]]:
        """SQL conditions and parameters for this window."""
        return conditions(self.selection())

    def selection(self) -> EventFilter:
        """The window as a store query filter."""
        return EventFilter(since=self.since, until=self.until, include_all=self.include_all)


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadPoint:
    """One period of one direction of a dyad: events by QuadClass and the Goldstein sum."""

    period: date
    source: str
    target: str
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Edge:
    """Events from one actor to another: how many, their Goldstein sum and mean."""

    source: str
    target: str
    events: int
    goldstein: float

    @property
    def mean_goldstein(self) -> float:
        """The average intensity of the dyad's events."""
        return self.goldstein / self.events if self.events else 0.0


def _period(by: str) -> str:
    if by not in PERIODS:
        raise InputError(f"unknown period {by!r}: use one of {', '.join(PERIODS)}")
    return by


def _actor_group(column: str, level: int) -> str:
    """The actor code cut to ``level`` characters (3: country), or whole (0)."""
    return f"left({column}, {int(level)})" if level else column


def dyad_series(
    con: duckdb.DuckDBPyConnection,
    first: str,
    second: str,
    *,
    by: str = "month",
    window: Window = Window(),
) -> list[DyadPoint]:
    """Both directions of a dyad, period by period."""
    return roll_up(dyad_days(con, first, second, window=window), by)


def dyad_days(
    con: duckdb.DuckDBPyConnection, first: str, second: str, *, window: Window = Window()
) -> list[DyadPoint]:
    """Both directions of a dyad, day by day, by date and then direction; Goldstein sums are
    left unrounded for ``roll_up``."""
    clauses, params = window.where()
    pair = (
        "((starts_with(source_code, ?) AND starts_with(target_code, ?)) OR "
        "(starts_with(source_code, ?) AND starts_with(target_code, ?)))"
    )
    a, b = first.upper(), second.upper()
    sql = f"""
        SELECT date AS period,
               CASE WHEN starts_with(source_code, ?) THEN ? ELSE ? END AS src,
               CASE WHEN starts_with(source_code, ?) THEN ? ELSE ? END AS tgt,
               count(*), count(*) FILTER (quad_class = 1), count(*) FILTER (quad_class = 2),
               count(*) FILTER (quad_class = 3), count(*) FILTER (quad_class = 4),
               coalesce(sum(goldstein), 0)
        FROM events WHERE date IS NOT NULL AND {" AND ".join([pair, *clauses])}
        GROUP BY 1, 2, 3 ORDER BY 1, 2"""
    args = [a, a, b, a, b, a, a, b, b, a, *params]
    return [_dyad_point(row[0], *row[1:]) for row in con.execute(sql, args).fetchall()]


def roll_up(days: list[DyadPoint], by: str) -> list[DyadPoint]:
    """Day points summed into periods (weeks start on Monday), by period and then
    direction, with Goldstein sums rounded to three decimals."""
    start = _period_start(_period(by))
    periods: dict[tuple[date, str, str], list[float]] = {}
    for day in days:
        sums = periods.setdefault((start(day.period), day.source, day.target), [0] * 6)
        for i, value in enumerate(_counts(day)):
            sums[i] += value
    return [
        _dyad_point(period, source, target, *map(int, sums[:5]), round(sums[5], 3))
        for (period, source, target), sums in sorted(periods.items())
    ]


def _period_start(by: str) -> Callable[[date], date]:
    """The first day of the period a date falls in (as DuckDB's ``date_trunc``)."""
    return {
        "day": lambda d: d,
        "week": lambda d: d - timedelta(days=d.weekday()),
        "month": lambda d: d.replace(day=1),
        "year": lambda d: d.replace(month=1, day=1),
    }[by]


def _counts(point: DyadPoint) -> tuple[float, ...]:
    return tuple(getattr(point, name) for name in COUNTS)


def _dyad_point(period: date, source: str, target: str, *counts: Any) -> DyadPoint:
    return DyadPoint(
        period=period, source=source, target=target, **dict(zip(COUNTS, counts, strict=True))
    )


def network(
    con: duckdb.DuckDBPyConnection,
    *,
    window: Window = Window(),
    level: int = 0,
    min_events: int = 1,
) -> list[Edge]:
    """Directed, weighted edges between actors (``level=3`` groups actors by country)."""
    clauses, params = window.where()
    src, tgt = _actor_group("source_code", level), _actor_group("target_code", level)
    where = " AND ".join(["target_code IS NOT NULL", *clauses])
    sql = f"""SELECT {src}, {tgt}, count(*), coalesce(sum(goldstein), 0) FROM events
              WHERE {where} GROUP BY 1, 2 HAVING count(*) >= ? AND {src} <> {tgt}
              ORDER BY 3 DESC, 1, 2"""
    rows = con.execute(sql, [*params, min_events]).fetchall()
    return [Edge(source=r[0], target=r[1], events=r[2], goldstein=round(r[3], 3)) for r in rows]


def type_distribution(
    con: duckdb.DuckDBPyConnection, *, window: Window = Window()
) -> list[tuple[str, str, int]]:
    """(CAMEO root, PLOVER type, events), most frequent first."""
    clauses, params = window.where()
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    # CAMEO 01 has no PLOVER type; nor has a user's own code under no CAMEO root ("901")
    plover = "coalesce(nullif(plover, ''), CASE WHEN root = '01' THEN 'STATEMENT' ELSE '-' END)"
    sql = f"""SELECT root, {plover}, count(*) FROM events{where}
              GROUP BY 1, 2 ORDER BY 3 DESC, 1"""
    return [tuple(row) for row in con.execute(sql, params).fetchall()]


def top_events(
    con: duckdb.DuckDBPyConnection, *, window: Window = Window(), limit: int = 10
) -> list[dict[str, Any]]:
    """The most intense confident events: ordered by |Goldstein| x confidence."""
    selection = dataclasses.replace(window.selection(), limit=limit)
    return query_events(con, selection, order="intensity")


def compare_dyads(
    con: duckdb.DuckDBPyConnection,
    first: tuple[str, str],
    second: tuple[str, str],
    *,
    by: str = "month",
    window: Window = Window(),
) -> dict[str, list[DyadPoint]]:
    """Two dyads' series side by side, keyed "A-B"."""
    return {f"{a}-{b}": dyad_series(con, a, b, by=by, window=window) for a, b in (first, second)}
