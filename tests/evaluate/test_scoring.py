"""Scoring coded events against gold ones: three levels, per root, the root confusion."""

from __future__ import annotations

from eventwire.evaluate.scoring import EventTally, level_key, prf

MEETING = ("JPN", "KOR", "042", "CONSULT")
TALKS = ("JPN", "KOR", "043", "CONSULT")
STRIKE = ("RUSMIL", "UKR", "195", "ASSAULT")
SHELLING = ("RUSMIL", "UKR", "194", "ASSAULT")
PROTEST = ("RUS", "UKR", "111", "ACCUSE")


def test_the_three_levels_compare_less_and_less():
    assert level_key("root", MEETING) == ("JPN", "KOR", "04")
    assert level_key("full_code", MEETING) == ("JPN", "KOR", "042")
    assert level_key("event_type", MEETING) == ("CONSULT",)
    assert level_key("root", ("JPN", "KOR", "", "CONSULT")) is None
    assert level_key("event_type", ("JPN", "KOR", "042", "")) is None


def test_a_wrong_sub_code_is_right_at_the_root_and_wrong_at_the_full_code():
    tally = EventTally()
    wrong = tally.add([MEETING, STRIKE], [TALKS, STRIKE])
    metrics = tally.metrics()
    assert (metrics["precision"], metrics["recall"], metrics["f1"]) == (1.0, 1.0, 1.0)
    assert metrics["full_code"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert metrics["event_type"]["f1"] == 1.0
    assert wrong == {"missed": [], "extra": []}
    assert metrics["exact_records"] == 1.0


def test_events_on_a_record_that_expects_none_are_extra():
    tally = EventTally()
    tally.add([], [PROTEST])
    tally.add([STRIKE], [STRIKE])
    metrics = tally.metrics()
    assert (metrics["gold_events"], metrics["predicted_events"]) == (1, 2)
    assert metrics["precision"] == 0.5 and metrics["recall"] == 1.0
    assert metrics["extra_ratio"] == 1.0
    assert metrics["exact_records"] == 0.5
    assert metrics["confusion"] == {"19": {"19": 1}, "none": {"11": 1}}


def test_per_root_scores_and_a_wrong_root_for_the_same_pair():
    tally = EventTally()
    wrong = tally.add([MEETING, STRIKE], [MEETING, ("RUSMIL", "UKR", "138", "THREATEN")])
    metrics = tally.metrics()
    assert wrong["missed"] == [("RUSMIL", "UKR", "19")]
    assert wrong["extra"] == [("RUSMIL", "UKR", "13")]
    assert metrics["confusion"] == {"04": {"04": 1}, "19": {"13": 1}}
    assert metrics["per_root"]["04"] == {
        "gold": 1,
        "predicted": 1,
        "right": 1,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert metrics["per_root"]["13"]["precision"] == 0.0
    assert metrics["per_root"]["19"]["recall"] == 0.0


def test_a_missed_event_with_no_partner_is_confused_with_none():
    tally = EventTally()
    tally.add([SHELLING, PROTEST], [])
    assert tally.metrics()["confusion"] == {"11": {"none": 1}, "19": {"none": 1}}


def test_prf_is_zero_where_undefined():
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert prf(1, 2, 4) == {"precision": 0.5, "recall": 0.25, "f1": 0.3333}
