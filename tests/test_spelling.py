"""British -ise/-yse verbs are given to the parser in American spelling, same length."""

import pytest

from eventwire.spelling import american


@pytest.mark.parametrize(
    ("british", "expected"),
    [
        ("Trump recognises Jerusalem", "Trump recognizes Jerusalem"),
        (
            "Iran criticised the move, mobilising troops",
            "Iran criticized the move, mobilizing troops",
        ),
        ("the Organisation for Security", "the Organization for Security"),
        ("the army was paralysed; they analysed it", "the army was paralyzed; they analyzed it"),
    ],
)
def test_british_verbs_are_spelt_the_american_way(british, expected):
    assert american(british) == expected


@pytest.mark.parametrize(
    "text",
    ["a promise to exercise restraint", "advised and surprised", "the uprising", "Denise"],
)
def test_words_that_are_no_ise_verbs_stay_as_written(text):
    assert american(text) == text
