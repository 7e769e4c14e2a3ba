"""WARC archives, plain and with per-record gzip."""

from __future__ import annotations

import gzip
from datetime import datetime
from pathlib import Path

import pytest

from eventwire.datatypes import Article, Reject
from eventwire.ingest import read_paths

PAGE = (
    "<html><head><title>Summit in Vladivostok</title></head><body><article>"
    "<h1>Summit in Vladivostok</h1>"
    "<p>VLADIVOSTOK, April 25 (Reuters) - Russian President Vladimir Putin met North Korean "
    "leader Kim Jong Un on Thursday for their first summit, the Kremlin said.</p>"
    "<p>The two leaders discussed the nuclear standoff and economic ties.</p>"
    "</article></body></html>"
)


def warc_record(kind: str, uri: str, block: bytes, content_type: str) -> bytes:
    """One WARC/1.0 record."""
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: 2019-04-25T11:00:00Z\r\nWARC-Record-ID: <urn:uuid:{kind}-{len(block)}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str) -> bytes:
    """An HTTP response block."""
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def records() -> list[bytes]:
    """warcinfo, request, HTML response, PNG response, HTML response."""
    http = "application/http; msgtype=response"
    page = http_response(PAGE.encode(), "text/html; charset=utf-8")
    image = http_response(b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
    return [
        warc_record("warcinfo", "", b"software: test\r\n", "application/warc-fields"),
        warc_record("request", "https://a.example/1", b"GET /1 HTTP/1.1\r\n\r\n", http),
        warc_record("response", "https://a.example/1", page, http),
        warc_record("response", "https://a.example/logo.png", image, http),
        warc_record("response", "https://b.example/2", page, http),
    ]


def test_warc_gz_with_per_record_gzip(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(record) for record in records()))
    items = list(read_paths([path]))
    assert all(isinstance(item, Article) for item in items)
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert [first.origin, second.origin] == [f"{path}#3", f"{path}#5"]
    assert first.url == "https://a.example/1"
    assert first.raw_format == "warc"
    assert first.title == "Summit in Vladivostok"
    assert first.published == datetime(2019, 4, 25, 11, 0)
    assert first.text.startswith("Summit in Vladivostok\n\nVLADIVOSTOK, April 25 (Reuters)")
    assert first.id != second.id


def test_plain_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records()))
    assert len([i for i in read_paths([path]) if isinstance(i, Article)]) == 2


def test_truncated_warc_gz(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    data = b"".join(gzip.compress(record) for record in records())
    path.write_bytes(data[: len(data) - 40])
    items = list(read_paths([path]))
    assert isinstance(items[-1], Reject)
    assert items[-1].reason == "truncated-gzip"


@pytest.mark.parametrize(
    "data",
    [
        b"WARC/1.0\r\nthis is not a header\r\n\r\n",
        b"WARC/1.0\r\ngarbage\r\n\r\n",
        b"not a warc at all\n",
    ],
)
def test_malformed_warc(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(data)
    items = list(read_paths([path]))
    assert items
    assert all(isinstance(i, Reject) and i.reason == "malformed-warc" for i in items)


def test_truncated_plain_warc_record(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    path.write_bytes(b"".join(records())[:-120])
    items = list(read_paths([path]))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Reject)
    assert (items[-1].origin, items[-1].reason) == (f"{path}#5", "malformed-warc")
