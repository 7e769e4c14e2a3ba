"""JSONL and CSV records: fields, line numbers, ids, and bad records."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path

import pytest

from eventwire.datatypes import Article, Reject, stable_id
from eventwire.ingest import read_paths
from eventwire.ingest.dates import parse_date


def articles(items: list[Article | Reject]) -> list[Article]:
    """The Articles among the items."""
    return [item for item in items if isinstance(item, Article)]


def rejects(items: list[Article | Reject]) -> list[Reject]:
    """The Rejects among the items."""
    return [item for item in items if isinstance(item, Reject)]


JSONL_LINES = [
    json.dumps(
        {
            "id": "a-1",
            "text": "BEIJING, March 10 - Saudi Arabia and Iran agreed to restore ties.",
            "title": "Ties restored",
            "date": "2023-03-10T18:30:00+08:00",
            "url": "https://news.example/a1",
            "source": "Example News",
        }
    ),
    '{"id": "a-2", "text": "Broken line", ',
    "",
    json.dumps({"text": "No id here.", "date": "not a date"}),
    json.dumps(["a", "list"]),
    json.dumps({"id": 7, "text": "   "}),
    json.dumps({"id": 8, "text": "Numeric id.", "date": "10 March 2023", "url": "https://x/8"}),
]


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    items = list(read_paths([path]))
    good, bad = articles(items), rejects(items)
    assert [a.origin for a in good] == [f"{path}:1", f"{path}:4", f"{path}:7"]
    first = good[0]
    assert (first.id, first.title, first.url, first.source) == (
        "a-1",
        "Ties restored",
        "https://news.example/a1",
        "Example News",
    )
    assert first.published == datetime(2023, 3, 10, 18, 30)
    assert first.raw_format == "jsonl"
    assert good[1].published is None
    assert good[1].id == stable_id(str(path), "No id here.")
    assert good[2].id == "8"
    assert good[2].published == datetime(2023, 3, 10)
    reasons = [(r.origin, r.reason) for r in bad]
    assert reasons == [
        (f"{path}:2", "malformed-json"),
        (f"{path}:5", "not-an-object"),
        (f"{path}:6", "missing-text"),
    ]
    assert "column" in bad[0].detail


def test_json_and_ndjson_extensions(tmp_path: Path) -> None:
    line = json.dumps({"text": "One object per line."}) + "\n"
    (tmp_path / "a.json").write_text(line)
    (tmp_path / "b.ndjson").write_text(line)
    (tmp_path / "c.json").write_text("[" + line + "]")
    items = list(read_paths([tmp_path]))
    assert [type(item).__name__ for item in items] == ["Article", "Article", "Reject"]
    assert isinstance(items[2], Reject)
    assert items[2].reason == "unsupported-format"


def test_jsonl_gz_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    lines = [json.dumps({"id": f"r{n}", "text": f"Text {n}."}) for n in range(50)]
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    found = articles(list(read_paths([path])))
    assert [a.id for a in found] == [f"r{n}" for n in range(50)]
    assert found[49].origin == f"{path}:50"


def test_id_falls_back_to_url(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Body.", "url": "https://x/1"}) + "\n")
    (article,) = articles(list(read_paths([path])))
    assert article.id == stable_id("https://x/1", "Body.")


CSV_TEXT = (
    "id,Title,date,text,url\n"
    'c1,First,2019-05-10,"WASHINGTON, May 10 - Tariffs rose.",https://x/c1\n'
    'c2,Second,May 11 2019,"Line one.\n\nLine two, quoted ""here"".",\n'
    "c3,Third,2019-05-12,,\n"
    "c4,Fourth,garbage,Plain text.,\n"
)


def test_csv_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    items = list(read_paths([path]))
    good, bad = articles(items), rejects(items)
    assert [a.id for a in good] == ["c1", "c2", "c4"]
    assert [a.origin for a in good] == [f"{path}:2", f"{path}:3", f"{path}:7"]
    assert good[0].title == "First"
    assert good[0].published == datetime(2019, 5, 10)
    assert good[1].text == 'Line one.\n\nLine two, quoted "here".'
    assert good[1].published == datetime(2019, 5, 11)
    assert good[2].published is None
    assert all(a.raw_format == "csv" for a in good)
    assert [(r.origin, r.reason) for r in bad] == [(f"{path}:6", "missing-text")]


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("id,body\n1,Some text\n")
    (item,) = list(read_paths([path]))
    assert isinstance(item, Reject)
    assert item.reason == "missing-column"
    assert "'body'" in item.detail and "'text'" in item.detail


def test_tsv(tmp_path: Path) -> None:
    path = tmp_path / "rows.tsv"
    path.write_text("text\tid\nA tab, separated text.\tt1\n")
    (article,) = articles(list(read_paths([path])))
    assert (article.id, article.text) == ("t1", "A tab, separated text.")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-04-26", datetime(2019, 4, 26)),
        ("2019-04-26T18:08:15Z", datetime(2019, 4, 26, 18, 8, 15)),
        ("2019-04-26 18:08:15+07:00", datetime(2019, 4, 26, 18, 8, 15)),
        ("Fri, 26 Apr 2019 18:08:15 +0700", datetime(2019, 4, 26, 18, 8, 15)),
        ("April 26, 2019", datetime(2019, 4, 26)),
        ("26 April 2019", datetime(2019, 4, 26)),
        ("2019/04/26", datetime(2019, 4, 26)),
        ("26.04.2019", datetime(2019, 4, 26)),
        ("soon", None),
        ("", None),
        (None, None),
        (20190426, None),
    ],
)
def test_parse_date(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected
