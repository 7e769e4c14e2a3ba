"""End to end: the canonical example article and the bundled demo corpus."""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from importlib import resources

import pytest
from click.testing import CliRunner

import eventwire
from eventwire.cli import main
from eventwire.store import EventFilter, connect, query_events
from tests.conftest import shared_path

pytestmark = pytest.mark.slow

VLADIVOSTOK = (43.12, 131.89)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def example_events() -> list[dict]:
    path = shared_path("examples", "russia-dprk-summit-2019.txt")
    result = CliRunner().invoke(main, ["code", "--all", str(path)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def example_document():
    from eventwire.batch import documents
    from eventwire.ingest import read_paths
    from eventwire.pipeline import Pipeline

    path = shared_path("examples", "russia-dprk-summit-2019.txt")
    [doc] = list(documents(read_paths([path]), pipeline=Pipeline()))
    return doc


def _codes(record: dict | None) -> str | None:
    return record["code"] if record else None


def test_title_date_and_junk(example_document):
    article = example_document.article
    assert article.title == "New motivation from Russia-DPRK Summit"
    assert article.published == datetime(2019, 4, 26, 18, 8, 15)
    assert "Font Size" not in article.text and "Print" not in article.text


def test_every_record_names_its_article(example_events):
    titles = {(e["article"]["title"], e["article"]["published"]) for e in example_events}
    assert titles == {("New motivation from Russia-DPRK Summit", "2019-04-26T18:08:15")}


def test_the_summit_is_a_dated_located_consultation_between_the_two_governments(example_events):
    summit = [
        e
        for e in example_events
        if e["factuality"] == "asserted"
        and e["root"] == "04"
        and e["plover"] == "CONSULT"
        and {_codes(e["source"]), _codes(e["target"])} == {"RUSGOV", "PRKGOV"}
    ]
    assert summit, "no RUSGOV-PRKGOV consultation"
    located = [e for e in summit if e["date"] == "2019-04-25" and e["place"]]
    assert located
    for event in located:
        assert _km(event["place"]["lat"], event["place"]["lon"], *VLADIVOSTOK) <= 30
        assert {event["source"]["name"], event["target"]["name"]} == {
            "Vladimir Putin",
            "Kim Jong Un",
        }


def test_every_evidence_span_is_inside_the_text(example_events, example_document):
    text = example_document.article.text
    for event in example_events:
        evidence = event["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
        sentence = example_document.sentences[event["sentence"]]
        assert sentence.start <= evidence["start"] < evidence["end"] <= sentence.end


def test_us_sanctions_on_the_dprk(example_events):
    assert any(
        e["cameo"] == "163"
        and e["plover"] == "SANCTION"
        and _codes(e["source"]) == "USA"
        and _codes(e["target"]).startswith("PRK")
        and e["factuality"] == "asserted"
        for e in example_events
    )


def test_russia_calls_for_lifting_sanctions_against_pyongyang(example_events):
    assert any(
        (_codes(e["source"]) or "").startswith("RUS")
        and e["root"] in ("02", "10")
        and e["plover"] == "REQUEST"
        and "lift" in e["evidence"]["text"]
        for e in example_events
    )


def test_nothing_asserted_from_expectations_or_junk(example_events):
    for event in example_events:
        if "expected" in event["evidence"]["text"]:
            assert event["factuality"] != "asserted", event
        assert "Font Size" not in event["evidence"]["text"]


def test_python_api_codes_text_with_a_publication_date():
    doc = eventwire.code(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on Thursday.",
        published=date(2019, 4, 26),
    )
    [event, *_] = [e for e in doc.events if e.root == "04"]
    assert {event.source.actor.code, event.target.actor.code} == {"RUSGOV", "PRKGOV"}
    assert event.date == date(2019, 4, 25)


def test_talks_a_third_party_hosted_are_between_their_parties():
    doc = eventwire.code("Qatar hosted talks between the United States and the Taliban in Doha.")
    dyads = {
        (e.source.actor.code, e.target.actor.code if e.target else None, e.root) for e in doc.events
    }
    assert {("USA", "AFGINS", "04"), ("AFGINS", "USA", "04")} <= dyads
    assert {root for source, _, root in dyads if source == "QAT"} == {"04"}


def test_a_person_the_parser_read_as_an_adjective_of_the_next_is_a_subject_too():
    # the parser reads "Trump" as an adjective of "President"
    doc = eventwire.code(
        "Trump and Chilean President Boric discussed trade on Thursday and agreed to meet.",
        published=date(2023, 6, 1),
    )
    dyads = {(e.source.actor.code, e.target.actor.code if e.target else None) for e in doc.events}
    assert {("USAELI", "CHLGOV"), ("CHLGOV", "USAELI")} <= dyads


def test_the_demo_stores_events_and_accounts_for_every_input(tmp_path):
    db = tmp_path / "demo.duckdb"
    result = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "skipped 3" in result.stdout and "events by type" in result.stdout
    con = connect(db, read_only=True)
    read, stored, rejected, duplicates = con.execute(
        "SELECT read, stored, rejected, duplicates FROM runs"
    ).fetchone()
    assert read == stored + rejected + duplicates
    assert stored == con.execute("SELECT count(*) FROM articles").fetchone()[0] >= 20
    formats = {row[0] for row in con.execute("SELECT DISTINCT raw_format FROM articles").fetchall()}
    assert formats == {"text", "html", "jsonl", "csv", "rss", "atom", "warc"}
    events = query_events(con, EventFilter())
    assert len({e["root"] for e in events}) >= 12
    assert all(e["evidence"]["text"] for e in events)


def test_ingesting_twice_changes_nothing(tmp_path):
    corpus = resources.files("eventwire.demo").joinpath("corpus")
    db = tmp_path / "events.duckdb"
    runner = CliRunner()
    tables = ("articles", "mentions", "events", "rejects")

    def counts():
        con = connect(db, read_only=True)
        try:
            return [con.execute(f"SELECT count(*), max(id) FROM {t}").fetchone() for t in tables]
        finally:
            con.close()

    assert runner.invoke(main, ["ingest", str(corpus), "--db", str(db), "--quiet"]).exit_code == 0
    first = counts()
    second_run = runner.invoke(main, ["ingest", str(corpus), "--db", str(db), "--quiet"])
    assert second_run.exit_code == 0
    assert "stored 0" in second_run.stderr
    assert counts() == first
