"""The actor resolver with spaCy's entities (slow: loads the spaCy pipeline)."""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

import pytest

from eventwire.actors import ActorResolver
from eventwire.datatypes import Article, Document, Mention

TEXT = (
    "Maria Gonzalez, a lawyer, said on Monday that Russian President Vladimir Putin had met "
    "Chinese Foreign Minister Wang Yi in Moscow. Gonzalez added that the Kremlin was pleased."
)


def resolved(nlp: Any, text: str, published: datetime) -> tuple[Mention, ...]:
    """The resolver's mentions of a text parsed by spaCy."""
    from eventwire.annotate import to_document

    article = Article(id="s", text=text, published=published)
    return ActorResolver()(to_document(Document(article=article), nlp(text))).mentions


@pytest.mark.slow
def test_entities_mark_unknown_people(nlp: Any) -> None:
    found = resolved(nlp, TEXT, datetime(2019, 4, 26))
    by_text = {m.text: m for m in found}
    assert by_text["Maria Gonzalez"].kind == "unknown-person"
    assert by_text["Maria Gonzalez"].actor is None
    assert by_text["Russian President Vladimir Putin"].actor.code == "RUSGOV"  # type: ignore[union-attr]
    assert by_text["Kremlin"].sentence == 1
    assert "Moscow" not in by_text
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@pytest.mark.slow
def test_a_country_after_a_comma_in_a_list_is_no_apposition(nlp: Any) -> None:
    text = "The military leaders of Mali, Niger and Burkina Faso signed a defence pact."
    found = resolved(nlp, text, datetime(2024, 7, 6))
    assert [m.actor.code for m in found if m.actor] == ["MLIMIL", "NERMIL", "BFAMIL"]


@pytest.mark.slow
def test_a_body_the_tables_know_after_a_role_is_no_person(nlp: Any) -> None:
    text = "Egypt blocked the independent news website Mada Masr on Wednesday."
    found = resolved(nlp, text, datetime(2017, 5, 25))
    assert [(m.text, m.actor.code) for m in found if m.actor] == [
        ("Egypt", "EGY"),
        ("Mada Masr", "EGYMED"),
    ]
