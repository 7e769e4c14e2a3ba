"""The catalogue of bad input (docs/reliability.md), all in one folder through `eventwire ingest`:
every file is stored or rejected with its reason, and read = stored + rejected + duplicates."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import connect

pytestmark = pytest.mark.slow

NEWS = (
    "Officials from Russia and China met in Beijing on Tuesday to discuss trade. "
    "The foreign ministers of the two countries said that the talks had been useful "
    "and that they would meet again in the spring. The United States criticized the "
    "meeting and said it was watching the situation closely."
)
GERMAN = (
    "Die Außenminister Russlands und Chinas haben sich am Dienstag in Peking getroffen, "
    "um über den Handel zu sprechen. Die Gespräche seien nützlich gewesen, sagten sie, "
    "und sie würden sich im Frühjahr wieder treffen."
)
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Talks</title><link>https://news.example/a</link>
<pubDate>the day after tomorrow, maybe</pubDate><description>{news}</description></item>
<item><title>Nothing here</title><link>https://news.example/b</link></item>
</channel></rss>"""


def _warc_record(uri: str, body: str) -> bytes:
    payload = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
        + f"<html><body><article><p>{body}</p></article></body></html>".encode()
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: 2019-04-25T11:00:00Z\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n\r\n"


def _csv_without_text() -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["headline", "date"])
    writer.writerow(["Talks in Beijing", "2019-04-25"])
    return out.getvalue()


def _write_folder(root: Path) -> dict[str, str]:
    """One file per class of bad input; returns file name -> expected outcome."""
    files: dict[str, bytes] = {
        "good.txt": NEWS.encode(),
        "empty.txt": b"",
        "binary.dat": bytes(range(256)) * 8,
        "report.pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "photo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
        "latin1.txt": ("Caf\u00e9 " + NEWS).encode("latin-1"),
        "utf16.txt": ("\ufeff" + NEWS.replace("Tuesday", "Monday")).encode("utf-16-le"),
        "bom.txt": b"\xef\xbb\xbf" + NEWS.replace("Tuesday", "Sunday").encode(),
        "invalid-utf8.txt": NEWS.replace("Tuesday", "Friday").encode() + b" \xc3\x28 \xff",
        "oneline.txt": (("word " * 200_000).strip()).encode(),
        "huge.txt": (NEWS + "\n\n").encode() * 200_000,
        "mixed.jsonl": "\n".join(
            [
                json.dumps({"id": "j1", "text": NEWS.replace("Tuesday", "Thursday")}),
                "{not json",
                json.dumps(["a list, not an object"]),
                json.dumps({"id": "j2", "title": "no text"}),
            ]
        ).encode(),
        "columns.csv": _csv_without_text().encode(),
        "broken.html": (
            "<html><head><title>Talks</title><body><div><p><b>"
            + NEWS.replace("Tuesday", "Wednesday")
            + "</i></table><p>More <<<>>> to come</td></html"
        ).encode(),
        "tags-only.html": b"<html><body><div><p><b>" + b"<<<>>>" * 10 + b"</i></table>",
        "cut.txt.gz": gzip.compress(NEWS.encode())[:-20],
        "cut.warc": _warc_record("https://news.example/w", NEWS)[:-200],
        "feed.rss": RSS.format(news=NEWS.replace("Tuesday", "Saturday")).encode(),
        "german.txt": GERMAN.encode(),
        "junk.txt": b"Font Size: | Print\n\nShare this article\n\n---\n",
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    (root / "loop").mkdir()
    os.symlink(root / "loop", root / "loop" / "again")
    return {
        "good.txt": "stored",
        "empty.txt": "empty-file",
        "binary.dat": "binary-content",
        "report.pdf": "binary-content",
        "photo.png": "binary-content",
        "latin1.txt": "stored",
        "utf16.txt": "stored",
        "bom.txt": "stored",
        "invalid-utf8.txt": "stored",
        "oneline.txt": "too-long",
        "huge.txt": "too-long",
        "mixed.jsonl": "stored",
        "columns.csv": "missing-column",
        "broken.html": "stored",
        "tags-only.html": "no-text",
        "cut.txt.gz": "truncated-gzip",
        "cut.warc": "malformed-warc",
        "feed.rss": "stored",
        "german.txt": "not-english",
        "junk.txt": "no-text",
        "again": "symlink-loop",
    }


def _file_name(origin: str) -> str:
    """The file an origin names: "folder/a.jsonl:3" and "folder/a.warc#5" name a.jsonl, a.warc."""
    return Path(re.sub(r"(#|:)\d+$", "", origin)).name


def test_every_bad_file_is_accounted_for_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    expected = _write_folder(folder)
    assert (folder / "huge.txt").stat().st_size > 50 * 2**20
    db = tmp_path / "events.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    con = connect(db, read_only=True)
    try:
        run = con.execute("SELECT read, stored, rejected, duplicates FROM runs").fetchone()
        rejects = con.execute("SELECT origin, reason, detail FROM rejects").fetchall()
        origins = [row[0] for row in con.execute("SELECT origin FROM articles").fetchall()]
        feed_dates = con.execute(
            "SELECT published FROM articles WHERE origin LIKE '%feed.rss%'"
        ).fetchall()
    finally:
        con.close()
    read, stored, rejected, duplicates = run
    assert read == stored + rejected + duplicates
    assert (stored, rejected) == (len(origins), len(rejects))
    reasons: dict[str, list[str]] = {}
    for origin, reason, detail in rejects:
        assert detail, f"{origin}: {reason} without a detail"
        reasons.setdefault(_file_name(origin), []).append(reason)
    stored_files = {_file_name(origin) for origin in origins}
    for name, outcome in expected.items():
        if outcome == "stored":
            assert name in stored_files, f"{name} was not stored: {reasons.get(name)}"
        else:
            assert outcome in reasons.get(name, []), f"{name}: {reasons}"
    assert sorted(reasons["mixed.jsonl"]) == ["malformed-json", "missing-text", "not-an-object"]
    assert reasons["feed.rss"] == ["no-content"]
    assert feed_dates == [(None,)]  # a broken date is left out, not guessed
    assert len({reason for found in reasons.values() for reason in found}) >= 12
