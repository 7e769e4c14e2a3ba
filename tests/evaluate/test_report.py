"""A score as lines for people: the events table, or a set's metrics on one line."""

from __future__ import annotations

from eventwire.evaluate import Score
from eventwire.evaluate.report import report_lines
from eventwire.evaluate.scoring import EventTally


def test_a_set_that_scores_no_events_prints_its_metrics_on_one_line():
    score = Score(name="places", metrics={"articles": 3, "f1": 0.8})
    assert report_lines(score) == ["places: articles 3, f1 0.8"]


def test_the_worst_errors_come_first_with_their_sentences():
    tally = EventTally()
    tally.add([("USA", "IRN", "172", "COERCE")], [])
    metrics = tally.metrics()
    errors = [
        {"id": "one", "text": "A.", "missed": [("USA", "IRN", "17")], "extra": []},
        {
            "id": "two",
            "text": "B.",
            "missed": [("USA", "IRN", "17")],
            "extra": [("IRN", "", "11"), ("IRN", "USA", "13")],
        },
    ]
    lines = report_lines(Score(name="mine", metrics=metrics, errors=errors))
    start = lines.index("worst errors (2 of 2):")
    assert lines[start + 1 : start + 4] == [
        "  two: B.",
        "    missed: USA -> IRN 17",
        "    extra:  IRN -> - 11; IRN -> USA 13",
    ]
    assert "  17 -> none: 1" in lines
