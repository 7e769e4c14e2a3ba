"""The REST API: thin routes over ``eventwire.store``, ``eventwire.analyse`` and ``queries``."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import math
import re
import secrets
from collections.abc import AsyncIterator, Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
import pydantic_core
from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BeforeValidator

from eventwire import __version__
from eventwire.analyse import Window, network, type_distribution
from eventwire.store import EventFilter, summarize
from eventwire.web import queries
from eventwire.web.coder import Coder
from eventwire.web.memo import Memo
from eventwire.web.models import (
    MAX_PAGE_SIZE,
    MAX_TEXT,
    Article,
    Coded,
    CodeRequest,
    Dyad,
    Error,
    EventPage,
    Info,
    Network,
    Summary,
)

ACTOR = r"^[A-Za-z0-9]{1,24}$"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: Any) -> Any:
    """Only YYYY-MM-DD is a date here (pydantic alone would also take "0.0" as 1970-01-01)."""
    if isinstance(value, str) and not ISO_DATE.fullmatch(value):
        raise ValueError("expected a date as YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
CAMEO = r"^[0-9]{2,4}$"
MAX_PAGE = 100_000

router = APIRouter(
    prefix="/api",
    responses={
        422: {"model": Error},
        503: {"model": Error, "description": "The query took too long, or the store failed."},
    },
)


async def connection(request: Request) -> AsyncIterator[queries.Reader]:
    """A cursor of the app's read-only store connection, for one request; its queries are
    interrupted after the app's ``query_seconds`` (by the event loop, while the route runs
    in a worker thread)."""
    cursor = request.app.state.store.cursor()
    loop = asyncio.get_running_loop()
    deadline = loop.call_later(request.app.state.query_seconds, cursor.interrupt)
    try:
        yield queries.Reader(cursor, request.app.state.kept)
    finally:
        deadline.cancel()
        cursor.close()


Store = Annotated[queries.Reader, Depends(connection)]


async def window(
    since: Annotated[IsoDate | None, Query(description="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[IsoDate | None, Query(description="Last event date, YYYY-MM-DD.")] = None,
    include_all: Annotated[
        bool, Query(alias="all", description="Also non-asserted and untargeted events.")
    ] = False,
) -> Window:
    """The date range and factuality shared by the analysis routes."""
    return Window(since=since, until=until, include_all=include_all)


async def event_query(
    span: Annotated[Window, Depends(window)],
    source: Annotated[str | None, Query(pattern=ACTOR, description="Code prefix.")] = None,
    target: Annotated[str | None, Query(pattern=ACTOR, description="Code prefix.")] = None,
    code: Annotated[str | None, Query(pattern=CAMEO, description="CAMEO prefix.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text in the evidence.")] = None,
) -> queries.EventQuery:
    """The event filters of ``eventwire events``, plus a text search in the evidence."""
    selection = EventFilter(
        source=source,
        target=target,
        since=span.since,
        until=span.until,
        code=code,
        include_all=span.include_all,
    )
    return queries.EventQuery(selection=selection, text=q or None)


Filters = Annotated[queries.EventQuery, Depends(event_query)]
Span = Annotated[Window, Depends(window)]


def remembered(
    request: Request, reader: queries.Reader, function: Callable[..., Any], *args: Any
) -> Response:
    """``function(reader, *args)`` as a JSON response, computed once per server while the
    memo has room (see ``eventwire.web.memo``)."""
    memo: Memo = request.app.state.memo
    body = memo.get((function.__name__, *args), functools.partial(_json, function, reader, *args))
    return Response(body, media_type="application/json")


def _json(function: Callable[..., Any], reader: queries.Reader, *args: Any) -> bytes:
    """``function(reader, *args)`` (a response model or plain records) as JSON; a value
    JSON has no number for (NaN, infinity) becomes null."""
    return _encode(function(reader, *args))


def _encode(answer: Any) -> bytes:
    return pydantic_core.to_json(answer, inf_nan_mode="null")


async def require_token(request: Request) -> None:
    """Checks ``Authorization: Bearer TOKEN`` when the server was given a token."""
    expected = request.app.state.token
    if expected is None:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            status_code=401,
            detail="this server needs a token: send 'Authorization: Bearer TOKEN'",
            headers={"WWW-Authenticate": "Bearer"},
        )


@router.get("/info")
async def info(request: Request) -> Info:
    """The server's version, its store, and whether coding a text needs a token."""
    return Info(
        version=__version__,
        store=Path(request.app.state.db_path).name,
        code_requires_token=request.app.state.token is not None,
        max_page_size=MAX_PAGE_SIZE,
        max_text=MAX_TEXT,
    )


@router.get("/events", response_model=EventPage)
def events(
    request: Request,
    reader: Store,
    filters: Filters,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
    sort: Literal["date", "intensity"] = "date",
) -> Response:
    """Stored events, filtered and paged; actor and CAMEO filters match prefixes."""
    query = dataclasses.replace(filters, order=sort, offset=(page - 1) * page_size, limit=page_size)
    return remembered(request, reader, _events, query)


def _events(reader: queries.Reader, query: queries.EventQuery) -> EventPage:
    total, ids = queries.counted_page(reader.con, query)
    return EventPage(
        total=total,
        page=query.offset // query.limit + 1,
        page_size=query.limit,
        pages=math.ceil(total / query.limit),
        events=queries.events_by_id(reader, ids),
    )


@router.get("/dyad", response_model=Dyad)
def dyad(
    request: Request,
    reader: Store,
    span: Span,
    a: Annotated[str, Query(pattern=ACTOR, description="One actor's code prefix.")],
    b: Annotated[str, Query(pattern=ACTOR, description="The other actor's code prefix.")],
    by: Literal["day", "week", "month", "year"] = "month",
) -> Response:
    """Both directions of a dyad over time: events by QuadClass and the Goldstein sum."""
    return remembered(request, reader, _dyad, a.upper(), b.upper(), by, span)


def _dyad(reader: queries.Reader, a: str, b: str, by: str, span: Window) -> Dyad:
    points = reader.dyad(a, b, by=by, window=span)
    return Dyad(a=a, b=b, by=by, points=[_point(p) for p in points])


def _fields(item: Any) -> dict[str, Any]:
    """A flat dataclass as a dict (``dataclasses.asdict`` deep-copies: slow on long series)."""
    return {field.name: getattr(item, field.name) for field in dataclasses.fields(item)}


def _point(point: Any) -> dict[str, Any]:
    return {**_fields(point), "period": point.period.isoformat()}


@router.get("/network", response_model=Network)
def actor_network(
    request: Request,
    reader: Store,
    span: Span,
    level: Literal["actor", "country"] = "actor",
    min_events: Annotated[int, Query(ge=1)] = 1,
    limit: Annotated[int, Query(ge=1, le=1_000, description="The heaviest edges.")] = 100,
) -> Response:
    """The actor network: directed edges weighted by events and Goldstein intensity."""
    return remembered(request, reader, _network, span, level, min_events, limit)


def _network(
    reader: queries.Reader, span: Window, level: str, min_events: int, limit: int
) -> Network:
    edges = network(
        reader.con, window=span, level=3 if level == "country" else 0, min_events=min_events
    )
    kept = [{**_fields(e), "mean_goldstein": round(e.mean_goldstein, 3)} for e in edges[:limit]]
    return Network(nodes=_nodes(kept), edges=kept)


def _nodes(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actors of the edges, with their events as source and as target."""
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        for role, code in (("as_source", edge["source"]), ("as_target", edge["target"])):
            node = nodes.setdefault(code, {"code": code, "as_source": 0, "as_target": 0})
            node[role] += edge["events"]
    return sorted(nodes.values(), key=lambda n: (-(n["as_source"] + n["as_target"]), n["code"]))


@router.get("/actors", response_model=list[dict[str, Any]])
def actors(
    request: Request,
    reader: Store,
    span: Span,
    prefix: Annotated[str, Query(pattern=r"^[A-Za-z0-9]{0,24}$")] = "",
    limit: Annotated[int, Query(ge=1, le=1_000)] = 100,
) -> Response:
    """Actor codes with their event counts (as source, as target, in all), most active first."""
    return remembered(request, reader, _actors, span, prefix, limit)


def _actors(reader: queries.Reader, span: Window, prefix: str, limit: int) -> list[dict[str, Any]]:
    return queries.actor_counts(reader.con, window=span, prefix=prefix, limit=limit)


@router.get("/places", response_model=list[dict[str, Any]])
def places(
    request: Request,
    reader: Store,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=5_000)] = 1_000,
) -> Response:
    """Where the filtered events happened: places with coordinates and event counts."""
    return remembered(request, reader, _places, filters, limit)


def _places(
    reader: queries.Reader, filters: queries.EventQuery, limit: int
) -> list[dict[str, Any]]:
    return queries.places(reader.con, filters, limit=limit)


@router.get("/summary", response_model=Summary)
def summary(
    request: Request, reader: Store, span: Span, top: Annotated[int, Query(ge=1, le=100)] = 10
) -> Response:
    """Counts, event types, top dyads, the date range and the most intense events."""
    return remembered(request, reader, _summary, span, top)


def _summary(reader: queries.Reader, span: Window, top: int) -> Summary:
    con = reader.con
    counts = summarize(con, top=top)
    intense = queries.EventQuery(
        selection=EventFilter(since=span.since, until=span.until, include_all=span.include_all),
        order="intensity",
        limit=top,
    )
    return Summary(
        articles=counts["articles"],
        events=counts["events"],
        events_all=counts["events_all"],
        dates=queries.date_range(con),
        rejects=[{"reason": r, "count": n} for r, n in counts["rejects"]],
        by_type=[
            {"root": r, "plover": p, "events": n} for r, p, n in type_distribution(con, window=span)
        ],
        top_dyads=[{"source": s, "target": t, "events": n} for s, t, n in counts["top_dyads"]],
        top_events=queries.event_page(reader, intense),
    )


@router.get("/articles/{article_id}", response_model=Article, responses={404: {"model": Error}})
def article(request: Request, reader: Store, article_id: str) -> Response:
    """One article: its cleaned text, title and date, its events with their evidence spans."""
    return remembered(request, reader, _article, article_id)


def _article(reader: queries.Reader, article_id: str) -> Article:
    found = queries.article(reader, article_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no article with id {article_id!r}")
    return Article(**found)


@router.post(
    "/code",
    dependencies=[Depends(require_token)],
    responses={
        400: {"model": Error, "description": "The body is not JSON."},
        401: {"model": Error, "description": "The token is missing or wrong."},
        411: {"model": Error, "description": "The body came without a Content-Length."},
        413: {"model": Error, "description": "The body is too large."},
    },
)
def code_text(request: Request, body: CodeRequest) -> Coded:
    """Code a text with the pipeline (nothing is stored); events come as native records."""
    coder: Coder = request.app.state.coder
    return coder(body)


# What the dashboard asks for when it opens, besides summary?top=5 and the top dyad by month
# (dashboard.js: actors?limit=300, network?limit=200, places and a page of 25 events with the
# table's empty filters), computed when the server starts.
DASHBOARD: tuple[tuple[Callable[..., Any], tuple[Any, ...]], ...] = (
    (_actors, (Window(), "", 300)),
    (_network, (Window(), "actor", 1, 200)),
    (_places, (queries.EventQuery(), 1_000)),
    (_events, (queries.EventQuery(limit=25),)),
)


def first_dyad(summary: Summary) -> tuple[str, str] | None:
    """The dyad the dashboard charts first (dashboard.js does the same): the top dyad,
    by country unless both actors are of the same country."""
    top = summary.top_dyads[0] if summary.top_dyads else None
    if not top or not top["source"] or not top["target"]:
        return None
    source, target = top["source"], top["target"]
    return (source, target) if source[:3] == target[:3] else (source[:3], target[:3])


def warm(memo: Memo, store: duckdb.DuckDBPyConnection, kept: queries.Kept) -> None:
    """Compute the dashboard's first answers ahead of its first visitor."""
    reader = queries.Reader(store.cursor(), kept)
    try:
        summary = _summary(reader, Window(), 5)
        memo.get(("_summary", Window(), 5), lambda: _encode(summary))
        for function, args in DASHBOARD:
            memo.get((function.__name__, *args), functools.partial(_json, function, reader, *args))
        pair = first_dyad(summary)
        if pair:
            args = (*pair, "month", Window())
            memo.get(("_dyad", *args), functools.partial(_json, _dyad, reader, *args))
    finally:
        reader.con.close()
