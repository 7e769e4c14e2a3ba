"""The core data types: frozen, slotted, keyword-only dataclasses.

Every ``Mention``, ``Toponym`` and ``Event`` keeps half-open character offsets
into ``Article.text`` (the cleaned text), so every coded fact shows its evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


def stable_id(*parts: object, length: int = 16) -> str:
    """A deterministic id: the hex digest of the parts joined by a separator."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=length // 2).hexdigest()


class Factuality(StrEnum):
    """Whether an event happened, according to its sentence."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"
    HISTORICAL = "historical"
    REPORTED = "reported"
    ALLEGED = "alleged"
    """An act one party charges another with ("accused Russia of shelling the city",
    "claimed that Moscow shelled it"): the charge is the event, the act is not news."""


class DatePrecision(StrEnum):
    """How precisely an event date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A half-open character range of a text, with the text it covers."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article as ingested and then cleaned.

    ``origin`` says where it came from (``path``, ``path:line`` or ``path#entry``).
    ``captions`` are photo captions kept in the text but flagged.
    """

    id: str
    text: str
    title: str = ""
    published: datetime | None = None
    url: str = ""
    source: str = ""
    origin: str = ""
    dateline: Span | None = None
    dateline_place: str = ""
    captions: tuple[Span, ...] = ()
    raw_format: str = "text"


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence of the article text."""

    index: int
    start: int
    end: int
    text: str
    is_caption: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A named entity found by the annotator (spaCy label)."""

    start: int
    end: int
    text: str
    label: str
    sentence: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A resolved political actor: ``RUSGOV`` is country RUS, sector GOV."""

    code: str
    country: str = ""
    sectors: tuple[str, ...] = ()
    name: str = ""


PLACE = "place"
"""The kind of a mention in ``Document.places``: a capital or a place that says where
something happened ("protested in Beijing"), resolved to the country it is in."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """Where an actor is named in the text, and what it resolved to."""

    start: int
    end: int
    text: str
    sentence: int
    actor: Actor | None
    kind: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A gazetteer entry."""

    name: str
    lat: float
    lon: float
    country: str = ""
    geonameid: int | None = None
    precision: str = "city"
    population: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Toponym:
    """A place name in the text, its resolution, and why it was chosen."""

    start: int
    end: int
    text: str
    sentence: int
    place: Place | None
    score: float = 0.0
    reason: str = ""
    candidates: tuple[Place, ...] = ()


ONE_SIDED_CODES = ("14", "15", "1723", "1724", "0813", "0814")
"""CAMEO codes (and the codes under them) whose acts need no target: a protest, a show of
force (mobilising, drills, an alert), a curfew, a state of emergency or martial law, and
easing a curfew or a state of emergency."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One coded event: who did what to whom, when and where, with its evidence."""

    id: str
    article_id: str
    sentence: int
    cameo: str
    plover: str
    mode: str
    goldstein: float
    quad_class: int
    source: Mention | None
    target: Mention | None
    factuality: Factuality
    evidence: Span
    trigger: Span
    place: Toponym | None = None
    date: date | None = None
    date_precision: DatePrecision | None = None
    date_method: str = ""
    confidence: float = 0.5
    rule: str = ""

    @property
    def root(self) -> str:
        """The two-digit CAMEO root code."""
        return self.cameo[:2]

    @property
    def complete(self) -> bool:
        """Whether the event says whom it was done to, or needs no one (a protest, a show of
        force, a curfew): "the leaders met" with no one named says who did what, not to
        whom."""
        return self.target is not None or self.cameo.startswith(ONE_SIDED_CODES)

    @property
    def shown_by_default(self) -> bool:
        """Whether exports and queries show the event without ``--all``: asserted and
        complete."""
        return self.factuality is Factuality.ASSERTED and self.complete


@dataclass(frozen=True, slots=True, kw_only=True)
class Reject:
    """An input or article dropped on purpose: where it was, why, and at which stage."""

    origin: str
    reason: str
    detail: str = ""
    stage: str = "ingest"
    article_id: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """An article and everything the stages found in it.

    ``parse`` holds the annotator's own object (a spaCy ``Doc``); stages other than
    the annotator and those that read it (the coders; the event locator and the date
    stage, which also work without it) treat it as opaque. ``places`` are no
    actors: the capitals and places the actor resolver found after a word of place ("in
    Beijing"), as mentions (kind ``PLACE``) of the country each is in.
    """

    article: Article
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    toponyms: tuple[Toponym, ...] = ()
    events: tuple[Event, ...] = ()
    parse: Any = field(default=None, compare=False, repr=False)
    skipped: Reject | None = None
