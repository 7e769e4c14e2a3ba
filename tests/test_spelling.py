"""British -ise/-yse verbs are given to the parser in American spelling, and names it takes
for words as names it knows: same length."""

import pytest

from eventwire.events.syntax import verb_subjects
from eventwire.spelling import for_the_parser


@pytest.mark.parametrize(
    ("british", "expected"),
    [
        ("Abbas recognises Jerusalem", "Abbas recognizes Jerusalem"),
        (
            "Iran criticised the move, mobilising troops",
            "Iran criticized the move, mobilizing troops",
        ),
        ("the Organisation for Security", "the Organization for Security"),
        ("the army was paralysed; they analysed it", "the army was paralyzed; they analyzed it"),
    ],
)
def test_british_verbs_are_spelt_the_american_way(british, expected):
    assert for_the_parser(british) == expected


@pytest.mark.parametrize(
    "text",
    ["a promise to exercise restraint", "advised and surprised", "the uprising", "Denise"],
)
def test_words_that_are_no_ise_verbs_stay_as_written(text):
    assert for_the_parser(text) == text


def test_a_name_the_parser_takes_for_a_word_is_swapped_for_one_of_its_length():
    text = "Trump imposed sanctions; trump cards; Trumpet."
    swapped = for_the_parser(text)
    assert swapped == "Biden imposed sanctions; trump cards; Trumpet."
    assert len(swapped) == len(text)


def test_a_sentence_led_by_a_swapped_name_gets_its_subject(nlp):
    parsed = nlp(for_the_parser("Trump imposed sanctions on Turkey."))
    verb = next(token for token in parsed if token.lemma_ == "impose")
    assert [token.i for token in verb_subjects(verb)] == [0]
