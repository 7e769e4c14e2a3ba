"""Scoring coded events: a sentence's quad class from its events, on hand-built events."""

from __future__ import annotations

import dataclasses
import json

import pytest

from eventwire.datatypes import Article, Document, Event, Factuality, Span
from eventwire.errors import ConfigError, InputError
from eventwire.evaluate import Options, evaluate
from eventwire.evaluate.coding import _gold_codes, coded, phoenix_class, sentence_class, triple
from tests.conftest import assault

TEXT = "Rebels attacked the town, state media said."


def event(cameo: str, factuality: Factuality, confidence: float = 0.5) -> Event:
    span = Span(start=0, end=len(TEXT), text=TEXT)
    attack = assault(sentence=0, evidence=span, trigger=span, factuality=factuality)
    return dataclasses.replace(attack, id=cameo, cameo=cameo, confidence=confidence)


def document(*events: Event) -> Document:
    return Document(article=Article(id="a", text=TEXT), events=events)


def test_phoenix_classes_of_the_roots() -> None:
    assert [phoenix_class(root) for root in ("01", "03", "07", "11", "19")] == [0, 1, 2, 3, 4]
    assert [phoenix_class(root) for root in ("14", "15", "16", "17")] == [4, 4, 3, 4]


def test_a_sentence_without_events_is_neutral() -> None:
    assert sentence_class(document()) == 0


def test_a_reported_act_outranks_the_statement_that_reports_it() -> None:
    statement = event("010", Factuality.ASSERTED, confidence=0.9)
    attack = event("190", Factuality.REPORTED, confidence=0.6)
    assert sentence_class(document(statement, attack)) == 4


def test_an_act_that_did_not_happen_gives_way_to_one_that_did() -> None:
    attack = event("190", Factuality.NEGATED, confidence=0.9)
    statement = event("010", Factuality.ASSERTED)
    assert sentence_class(document(attack, statement)) == 0


def test_a_sentence_whose_acts_did_not_happen_is_neutral() -> None:
    considered = event("070", Factuality.HYPOTHETICAL)
    denied = event("190", Factuality.NEGATED)
    assert sentence_class(document(considered, denied)) == 0
    assert sentence_class(document(event("070", Factuality.FUTURE))) == 2


def test_a_compound_gold_actor_is_an_event_for_each_of_its_actors() -> None:
    record = {"events": [{"source": "KRA/VOS", "target": "---GOV", "code": "043"}]}
    assert sorted(_gold_codes(record).elements()) == [("KRA", "GOV", "043"), ("VOS", "GOV", "043")]


def test_a_dateline_before_a_gold_sentence_is_not_its_subject() -> None:
    records = [
        {
            "id": "a",
            "text": "MOSCOW: Russian troops shelled Kharkiv on Friday.",
            "date": "2022-05-06",
        },
        {"id": "b", "text": "KABUL (Reuters) - Taliban fighters attacked a checkpoint."},
    ]
    docs = [doc for _, doc in coded(records, Options())]
    assert [doc.article.dateline and doc.article.dateline.text for doc in docs] == [
        "MOSCOW:",
        "KABUL (Reuters) -",
    ]
    assert [triple(event) for event in docs[0].events] == [("RUSMIL", "UKR", "19")]


GOLD = [
    {
        "id": "g1",
        "text": "Japan and South Korea held talks in Seoul on Monday.",
        "date": "2023-05-01",
        "events": [
            {"source": "JPN", "target": "KOR", "code": "043", "plover": None},
            {"source": "KOR", "target": "JPN", "code": "043", "plover": None},
        ],
    },
    {"id": "g2", "text": "The weather was mild on Tuesday.", "date": "2023-05-02", "events": []},
    {
        "id": "g3",
        "text": "Russian troops shelled Kharkiv on Friday.",
        "date": "2023-05-05",
        "events": [{"source": "RUSMIL", "target": "UKR", "code": "193", "plover": None}],
    },
]


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


@pytest.mark.slow
def test_a_users_gold_file_is_scored_at_three_levels(tmp_path):
    metrics = evaluate(_write(tmp_path / "mine.jsonl", GOLD)).metrics
    assert (metrics["records"], metrics["gold_events"], metrics["predicted_events"]) == (3, 3, 3)
    assert metrics["f1"] == 1.0  # source, target, root
    assert metrics["full_code"]["f1"] < 1.0  # shelling is 194, not the gold's 193
    assert metrics["event_type"]["f1"] == 1.0
    assert metrics["confusion"]["19"] == {"19": 1}


@pytest.mark.slow
def test_a_folder_names_its_data_file(tmp_path):
    _write(tmp_path / "data.jsonl", GOLD[1:2])
    metrics = evaluate(str(tmp_path)).metrics
    assert (metrics["records"], metrics["exact_records"]) == (1, 1.0)


def test_a_name_that_is_neither_a_set_nor_a_file_says_what_to_give(tmp_path):
    with pytest.raises(ConfigError, match=r"neither a gold set .* nor a gold file"):
        evaluate(str(tmp_path / "missing.jsonl"))


@pytest.mark.slow
def test_a_gold_record_without_events_is_an_input_error(tmp_path):
    record = {"id": "x", "text": "Japan and South Korea held talks."}
    with pytest.raises(InputError, match="record 1 \\(x\\) has no 'events' list"):
        evaluate(_write(tmp_path / "bad.jsonl", [record]))


@pytest.mark.slow
def test_an_act_an_accusation_alleges_is_not_scored_as_news(tmp_path):
    record = {
        "id": "a1",
        "text": "Ukraine accused Russia on Sunday of shelling Kharkiv.",
        "date": "2023-05-07",
        "events": [{"source": "UKR", "target": "RUS", "code": "112", "plover": None}],
    }
    metrics = evaluate(_write(tmp_path / "mine.jsonl", [record])).metrics
    assert (metrics["predicted_events"], metrics["precision"]) == (1, 1.0)


@pytest.mark.slow
def test_an_act_on_no_one_is_not_scored_as_exports_leave_it_out(tmp_path):
    record = {
        "id": "a1",
        "text": "Russian diplomats held talks in Geneva on Monday.",
        "date": "2023-05-07",
        "events": [],
    }
    metrics = evaluate(_write(tmp_path / "mine.jsonl", [record])).metrics
    assert (metrics["predicted_events"], metrics["extra_ratio"]) == (0, 0.0)
