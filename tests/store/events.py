"""Hand-built documents with events, for store, analysis and export tests."""

from __future__ import annotations

from datetime import date, datetime

from eventwire.datatypes import (
    Actor,
    Article,
    Document,
    Event,
    Factuality,
    Mention,
    Place,
    Span,
    Toponym,
)
from eventwire.events import load_ontology

TEXT = "Russian President Vladimir Putin met Kim Jong Un in Vladivostok on Thursday."
VLADIVOSTOK = Place(name="Vladivostok", lat=43.1, lon=131.9, country="RUS", geonameid=2013348)


def mention(phrase: str, code: str, name: str = "") -> Mention:
    """A mention of ``phrase`` in TEXT (or at 0 when TEXT lacks it) resolving to ``code``."""
    start = max(TEXT.find(phrase), 0)
    actor = Actor(
        code=code, country=code[:3], sectors=(code[3:],) if code[3:] else (), name=name or phrase
    )
    return Mention(start=start, end=start + len(phrase), text=phrase, sentence=0, actor=actor)


def event(
    article_id: str,
    cameo: str,
    source: Mention,
    target: Mention | None,
    day: date,
    *,
    factuality: Factuality = Factuality.ASSERTED,
    number: int = 1,
) -> Event:
    """An event of the CAMEO code (or a user's own), with its PLOVER type, Goldstein and quad
    class."""
    code = load_ontology().user_code(cameo)
    where = TEXT.index("Vladivostok")
    return Event(
        id=f"{article_id}-{number}",
        article_id=article_id,
        sentence=0,
        cameo=cameo,
        plover=code.plover,
        mode=code.mode,
        goldstein=code.goldstein,
        quad_class=code.quad_class,
        source=source,
        target=target,
        factuality=factuality,
        evidence=Span(start=0, end=len(TEXT) - 1, text=TEXT[:-1]),
        trigger=Span(start=TEXT.index("met"), end=TEXT.index("met") + 3, text="met"),
        place=Toponym(
            start=where,
            end=where + 11,
            text="Vladivostok",
            sentence=0,
            place=VLADIVOSTOK,
            reason="in-sentence preposition 'in'",
        ),
        date=day,
        confidence=0.9,
        rule="test",
    )


def document(article_id: str, events: tuple[Event, ...], published: datetime) -> Document:
    """An article holding the events and their mentions."""
    article = Article(
        id=article_id,
        text=TEXT,
        title=f"Title {article_id}",
        published=published,
        url=f"https://news.example/{article_id}",
    )
    mentions = {m.start: m for e in events for m in (e.source, e.target) if m is not None}
    return Document(article=article, mentions=tuple(mentions.values()), events=events)


def summit_documents() -> list[Document]:
    """Russia-North Korea events over three months, both directions, plus a US sanction."""
    rus, prk = mention("Vladimir Putin", "RUSGOV"), mention("Kim Jong Un", "PRKGOV")
    usa = mention("Washington", "USA")
    return [
        document(
            "a1",
            (
                event("a1", "043", rus, prk, date(2019, 4, 25)),
                event("a1", "043", prk, rus, date(2019, 4, 25), number=2),
            ),
            datetime(2019, 4, 26),
        ),
        document(
            "a2",
            (
                event("a2", "112", prk, rus, date(2019, 5, 3)),
                event("a2", "190", rus, prk, date(2019, 5, 20), number=2),
                event(
                    "a2", "040", rus, prk, date(2019, 5, 21), number=3, factuality=Factuality.FUTURE
                ),
            ),
            datetime(2019, 5, 21),
        ),
        document("a3", (event("a3", "163", usa, prk, date(2019, 6, 1)),), datetime(2019, 6, 2)),
    ]
