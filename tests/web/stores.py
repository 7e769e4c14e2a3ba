"""Hand-built stores for the web tests: the summit events plus an article with its own text."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from eventwire.datatypes import Actor, Article, Document, Event, Factuality, Mention, Span, Toponym
from eventwire.events import load_ontology
from eventwire.store import EventStore
from tests.store.events import TEXT as SUMMIT_TEXT
from tests.store.events import summit_documents

SANCTIONS_TEXT = (
    "Officials in Seoul said little on Monday.\n\n"
    "Washington imposed new sanctions on Pyongyang over its missile tests. "
    "Analysts expect more talks."
)
SANCTIONS_EVIDENCE = "Washington imposed new sanctions on Pyongyang over its missile tests"


def _mention(text: str, phrase: str, code: str) -> Mention:
    start = text.index(phrase)
    actor = Actor(code=code, country=code[:3], sectors=("GOV",), name=phrase)
    return Mention(start=start, end=start + len(phrase), text=phrase, sentence=1, actor=actor)


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase), text=phrase)


def sanctions_document() -> Document:
    """One article whose event's evidence is its second sentence (offsets not at 0)."""
    text = SANCTIONS_TEXT
    usa, prk = _mention(text, "Washington", "USAGOV"), _mention(text, "Pyongyang", "PRKGOV")
    code = load_ontology()["163"]
    event = Event(
        id="b1-1",
        article_id="b1",
        sentence=1,
        cameo="163",
        plover=code.plover,
        mode=code.mode,
        goldstein=code.goldstein,
        quad_class=code.quad_class,
        source=usa,
        target=prk,
        factuality=Factuality.ASSERTED,
        evidence=_span(text, SANCTIONS_EVIDENCE),
        trigger=_span(text, "imposed"),
        place=Toponym(start=0, end=0, text="", sentence=1, place=None),
        date=date(2019, 6, 3),
        confidence=0.8,
        rule="test",
    )
    article = Article(
        id="b1", text=text, title="New sanctions", published=datetime(2019, 6, 3), url=""
    )
    return Document(article=article, mentions=(usa, prk), events=(event,))


def build_store(path: Path) -> Path:
    """The summit articles (a1-a3: six events, one of them future) and the sanctions one (b1)."""
    with EventStore(path) as store:
        run_id = store.start_run(config={}, stages=[], inputs=[], version="test")
        store.write([*summit_documents(), sanctions_document()], [], run_id=run_id)
    return path


__all__ = ["SANCTIONS_EVIDENCE", "SANCTIONS_TEXT", "SUMMIT_TEXT", "build_store"]
