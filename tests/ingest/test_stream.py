"""Streams (stdin): the format from the name, else sniffed from the content."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from eventwire.datatypes import Article, Reject
from eventwire.ingest import read_stream

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>T</title>'
    b"<description>Body text.</description></item></channel></rss>"
)
ATOM = (
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title>'
    b"<content>Body text.</content></entry></feed>"
)
HTML = (
    b"<!DOCTYPE html><html><body><article><p>"
    + b"Ministers met in Geneva on Monday. " * 6
    + b"</p></article></body></html>"
)
WARC = (
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/1\r\n"
    b"WARC-Date: 2019-04-25T11:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
)


def warc_bytes() -> bytes:
    """A one-record WARC."""
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + HTML
    return WARC + b"Content-Length: %d\r\n\r\n" % len(block) + block + b"\r\n\r\n"


@pytest.mark.parametrize(
    ("data", "raw_format"),
    [
        (b"Just a plain story.\nWith two lines.", "text"),
        (json.dumps({"text": "From JSONL."}).encode() + b"\n", "jsonl"),
        (RSS, "rss"),
        (ATOM, "atom"),
        (HTML, "html"),
        (gzip.compress(json.dumps({"text": "Zipped JSONL."}).encode()), "jsonl"),
        (warc_bytes(), "warc"),
        (gzip.compress(warc_bytes()), "warc"),
    ],
    ids=["text", "jsonl", "rss", "atom", "html", "gzip-jsonl", "warc", "warc-gz"],
)
def test_sniffed_formats(data: bytes, raw_format: str) -> None:
    items = list(read_stream(io.BytesIO(data)))
    assert items and all(isinstance(item, Article) for item in items), items
    assert items[0].raw_format == raw_format
    assert items[0].origin.startswith("<stdin>")


def test_name_decides_the_format() -> None:
    data = b'text,id\n"A row.",r1\n'
    (article,) = list(read_stream(io.BytesIO(data), origin="upload", name="rows.csv"))
    assert isinstance(article, Article)
    assert (article.id, article.origin, article.raw_format) == ("r1", "upload:2", "csv")


def test_empty_stream() -> None:
    (item,) = list(read_stream(io.BytesIO(b"")))
    assert isinstance(item, Reject)
    assert (item.origin, item.reason) == ("<stdin>", "empty-file")


def test_utf16_jsonl_stream() -> None:
    data = (json.dumps({"id": "u", "text": "Caf\u00e9."}) + "\n").encode("utf-16")
    (article,) = list(read_stream(io.BytesIO(data), name="x.jsonl"))
    assert isinstance(article, Article)
    assert article.text == "Caf\u00e9."


def test_long_first_json_line_is_sniffed() -> None:
    record = {"text": "word " * 5000, "id": "long"}
    (article,) = list(read_stream(io.BytesIO(json.dumps(record).encode() + b"\n")))
    assert isinstance(article, Article) and article.id == "long"
