"""The command line: data on stdout, messages on stderr, exit codes 0, 1 and 2."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main

SUMMIT = (
    "Putin meets Kim\n\nThursday, 2019-04-25 10:00:00\n\n"
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok "
    "on Thursday. The United States imposed new sanctions on North Korea.\n"
)


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "summit.txt"
    path.write_text(SUMMIT)
    return path


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.mark.slow
def test_code_prints_native_records_for_files_and_stdin(runner, article):
    from_file = runner.invoke(main, ["code", str(article)])
    from_stdin = runner.invoke(main, ["code", "-"], input=SUMMIT)
    assert from_file.exit_code == from_stdin.exit_code == 0
    records = _lines(from_file.stdout)
    assert [r["cameo"][:2] for r in _lines(from_stdin.stdout)] == [r["cameo"][:2] for r in records]
    codes = {(r["source"]["code"], r["target"]["code"], r["root"]) for r in records}
    assert ("RUSGOV", "PRKGOV", "04") in codes and ("USA", "PRK", "16") in codes
    assert {"id", "evidence", "plover", "goldstein", "quad_class", "place", "date"} <= set(
        records[0]
    )


@pytest.mark.slow
def test_code_shows_acts_on_no_one_only_with_all(runner):
    text = "Russian diplomats held talks in Geneva on Monday."
    shown = _lines(runner.invoke(main, ["code", "-"], input=text).stdout)
    everything = _lines(runner.invoke(main, ["code", "--all", "-"], input=text).stdout)
    assert shown == []
    assert [(r["source"]["code"], r["target"], r["root"]) for r in everything] == [
        ("RUSGOV", None, "04")
    ]


@pytest.mark.slow
def test_code_keeps_jsonl_ids_and_reports_bad_records(runner, tmp_path):
    path = tmp_path / "in.jsonl"
    good = {
        "id": "mine-1",
        "text": "Japan protested to China over the incident.",
        "date": "2021-01-05",
    }
    path.write_text(json.dumps(good) + "\n{broken\n")
    result = runner.invoke(main, ["code", str(path)])
    assert result.exit_code == 0
    assert {r["article_id"] for r in _lines(result.stdout)} == {"mine-1"}
    assert f"skipped {path}:2: malformed-json" in result.stderr


@pytest.mark.slow
def test_geoparse_finds_places_where_no_event_could_be(runner):
    text = "Snow fell near Lake Baikal and in Springfield. Russia attacked Ukraine."
    result = runner.invoke(main, ["geoparse", "-"], input=text)  # entities in both sentences
    assert result.exit_code == 0
    assert {"Lake Baikal", "Springfield"} <= {place["text"] for place in _lines(result.stdout)}


@pytest.mark.slow
def test_geoparse_prints_one_line_per_place(runner):
    result = runner.invoke(main, ["geoparse", "-"], input="Talks were held in Vladivostok, Russia.")
    assert result.exit_code == 0
    places = _lines(result.stdout)
    assert places[0]["name"] == "Vladivostok" and places[0]["country"] == "RUS"
    keys = {
        "article_id",
        "start",
        "end",
        "text",
        "name",
        "lat",
        "lon",
        "geonameid",
        "country",
        "score",
    }
    assert keys <= set(places[0])


def test_actors_lookup_one_line_per_record(runner, tmp_path):
    path = tmp_path / "actors.jsonl"
    rows = [{"id": 1, "text": "Putin", "date": "2010-06-01"}, {"id": 2, "text": "the vase"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    result = runner.invoke(main, ["actors", "lookup", "--jsonl", str(path)])
    assert result.exit_code == 0
    first, second = _lines(result.stdout)
    assert (first["id"], first["code"], first["name"]) == (1, "RUSGOV", "Vladimir Putin")
    assert (second["code"], second["sectors"]) == (None, [])
    assert f"skipped {path}:3" in result.stderr


@pytest.mark.slow
def test_ingest_then_query_in_every_format(runner, article, tmp_path):
    db = str(tmp_path / "events.duckdb")
    ingested = runner.invoke(main, ["ingest", str(article), "--db", db, "--quiet"])
    assert ingested.exit_code == 0 and "stored 1" in ingested.stderr
    as_jsonl = _lines(runner.invoke(main, ["events", "--db", db, "--format", "jsonl"]).stdout)
    assert {r["root"] for r in as_jsonl} >= {"04", "16"}
    only_rus = runner.invoke(main, ["events", "--db", db, "--source", "RUS", "--format", "jsonl"])
    assert {r["source"]["code"][:3] for r in _lines(only_rus.stdout)} == {"RUS"}
    as_csv = runner.invoke(main, ["events", "--db", db, "--format", "csv", "--code", "16"])
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [row["cameo"][:2] for row in rows] == ["16"] and rows[0]["source"] == "USA"
    table = runner.invoke(main, ["events", "--db", db]).stdout
    assert table.splitlines()[0].split()[:3] == ["date", "cameo", "plover"]


def test_errors_exit_1_and_usage_errors_exit_2(runner, tmp_path):
    missing = runner.invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "no such event store" in missing.stderr
    assert runner.invoke(main, ["events"]).exit_code == 2
    bad_date = runner.invoke(main, ["events", "--db", "x.duckdb", "--since", "yesterday"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.stderr
    bad_config = tmp_path / "bad.toml"
    bad_config.write_text("[pipeline\n")
    assert runner.invoke(main, ["--config", str(bad_config), "stages"]).exit_code == 1


def test_stages_lists_the_registry(runner):
    result = runner.invoke(main, ["stages"])
    assert "events.cameo_rules.v1\teventwire.events:CameoCoder" in result.stdout


GOLD_RECORDS = [
    {
        "id": "g1",
        "text": "Japan and South Korea held talks in Seoul on Monday.",
        "events": [{"source": "JPN", "target": "KOR", "code": "043"}],
    },
    {"id": "g2", "text": "The weather was mild on Tuesday.", "events": []},
]


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in GOLD_RECORDS))
    return path


@pytest.mark.slow
def test_evaluate_a_gold_file_prints_a_report_and_the_worst_errors(runner, gold, tmp_path):
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(main, ["evaluate", str(gold), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"{gold}: 2 records, 1 gold events, 2 coded"
    assert lines[2].split()[-3:] == ["0.5000", "1.0000", "0.6667"]  # source, target, root
    assert "  none -> 04: 1" in lines  # Seoul's talks with Tokyo are not in the gold
    assert "    extra:  KOR -> JPN 04" in lines
    assert [e["id"] for e in _lines(errors.read_text())] == ["g1"]


@pytest.mark.slow
def test_evaluate_json_prints_one_line_of_metrics_per_set(runner, gold):
    result = runner.invoke(main, ["evaluate", str(gold), "--json"])
    [metrics] = _lines(result.stdout)
    assert (metrics["set"], metrics["precision"], metrics["recall"]) == (str(gold), 0.5, 1.0)
    assert metrics["per_root"]["04"]["right"] == 1


def test_evaluate_names_what_it_cannot_find(runner, tmp_path):
    result = runner.invoke(main, ["evaluate", str(tmp_path / "nothing.jsonl")])
    assert result.exit_code == 1 and "neither a gold set" in result.stderr
