"""A headline's present verb the parser read as a noun is found by a second parse."""

import pytest

from eventwire.headlines import reparse_headlines, word_index


def _parsed(nlp, text):
    return reparse_headlines(nlp, nlp(text), word_index(nlp))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Pakistan arrests opposition leader Imran Khan", "arrests"),
        ("Kenya police fire tear gas at protesters in Nairobi", "fire"),
        ("Niger junta orders French ambassador to leave within 48 hours", "orders"),
        ("EU and UN hand over urgently needed medical supplies to Nigeria.", "hand"),
        ("Kenya's Ruto scraps finance bill", "scraps"),  # the parser's verb: "finance"
    ],
)
def test_a_headline_s_verb_read_as_a_noun_becomes_its_root_verb(nlp, text, verb):
    doc = _parsed(nlp, text)
    [root] = [t for t in doc if t.dep_ == "ROOT"]
    assert (root.text, root.pos_, root.tag_[:2]) == (verb, "VERB", "VB")
    assert doc.text == text
    assert any(child.dep_ == "nsubj" for child in root.children)


def test_the_word_will_of_the_second_parse_makes_no_token_and_no_future(nlp):
    doc = _parsed(nlp, "Pakistan arrests opposition leader Imran Khan")
    assert "will" not in [t.lower_ for t in doc]
    assert not any(t.dep_ == "aux" for t in doc)


@pytest.mark.parametrize(
    "text",
    [
        "The army said on Friday that it had killed five militants.",
        "Heavy rains in Kenya",
        "Niger soldiers detain President Bazoum in apparent coup",  # "detain" is no noun
    ],
)
def test_a_sentence_with_a_verb_or_none_to_find_keeps_its_parse(nlp, text):
    before = [(t.dep_, t.head.i, t.tag_) for t in nlp(text)]
    assert [(t.dep_, t.head.i, t.tag_) for t in _parsed(nlp, text)] == before


def test_a_verb_form_that_does_not_fit_its_subject_is_no_candidate(nlp):
    # "Kenya police": "police" after a singular name would need "polices"
    doc = _parsed(nlp, "Kenya police fire tear gas at protesters")
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["fire"]
