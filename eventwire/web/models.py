"""The web API's request and response shapes (pydantic at the edge, as the design asks).

Events are the native records of ``eventwire.records`` (README, "The event record"); they
pass through as JSON objects so that the API and ``eventwire code`` never drift apart.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT = 100_000  # characters of one article sent to POST /api/code
MAX_BODY = 1_048_576  # bytes of any request body
MAX_PAGE_SIZE = 200

Record = dict[str, Any]


class CodeRequest(BaseModel):
    """An article to code: its text and, to resolve relative dates, its publication date."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The article text.")
    published: date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    title: str = Field(default="", max_length=1_000)
    all: bool = Field(
        default=False, description="Also events not asserted, and those that name no target."
    )


class CodedArticle(BaseModel):
    """The cleaned article: event offsets point into this ``text``."""

    id: str
    title: str
    published: str | None
    text: str


class Skipped(BaseModel):
    """Why the pipeline dropped the article."""

    reason: str
    detail: str


class Coded(BaseModel):
    """The events of a coded text, as native records."""

    article: CodedArticle
    events: list[Record]
    skipped: Skipped | None = None


class EventPage(BaseModel):
    """One page of events and how many match in all."""

    total: int
    page: int
    page_size: int
    pages: int
    events: list[Record]


class Dyad(BaseModel):
    """Both directions of a dyad, period by period."""

    a: str
    b: str
    by: str
    points: list[Record]


class Network(BaseModel):
    """Actors and the directed, weighted edges between them."""

    nodes: list[Record]
    edges: list[Record]


class Article(BaseModel):
    """A stored article with its text, its events and its actor mentions."""

    id: str
    title: str | None
    published: str | None
    url: str | None
    source: str | None
    origin: str | None
    dateline_place: str | None
    text: str
    events: list[Record]
    mentions: list[Record]


class Summary(BaseModel):
    """What the store holds: counts, dates, event types, top dyads, the most intense events."""

    articles: int
    events: int
    events_all: int
    dates: dict[str, str | None]
    rejects: list[Record]
    by_type: list[Record]
    top_dyads: list[Record]
    top_events: list[Record]


class Info(BaseModel):
    """What the web app needs to know about the server."""

    version: str
    store: str
    code_requires_token: bool
    max_page_size: int
    max_text: int


class Error(BaseModel):
    """Every error: what went wrong (a list of problems for invalid parameters)."""

    detail: str | list[Record]
