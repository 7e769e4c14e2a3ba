"""WARC archives: each response record with an HTML payload is an article."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from eventwire.datatypes import Article, Reject
from eventwire.ingest.common import BadInput, reject, reject_from_error
from eventwire.ingest.dates import parse_date
from eventwire.ingest.html import read_html

HTML_MARKERS = (b"<html", b"<!doctype html")


def read_warc(stream: BinaryIO, *, origin: str) -> Iterator[Article | Reject]:
    """One Article per HTML response record (origin ``path#N``, N counts every record from 1)."""
    records = ArchiveIterator(stream, parse_http=True, auto_decode="all")
    number = 0
    try:
        for number, record in enumerate(records, start=1):
            yield from _record(record, origin=origin, number=number)
    except gzip.BadGzipFile:
        raise
    except OSError as exc:
        detail = f"the WARC cannot be parsed after record {number} ({exc}); check the file"
        yield reject(f"{origin}#{number + 1}", "malformed-warc", detail)


def _record(record: WarcRecord, *, origin: str, number: int) -> Iterator[Article | Reject]:
    """The Article of one record when it is an HTML response; nothing for other records."""
    where = f"{origin}#{number}"
    if record.record_type == WarcRecordType.unknown:
        yield reject(where, "malformed-warc", "the record has no valid WARC-Type; check the file")
        return
    if record.record_type != WarcRecordType.response:
        return
    payload = record.reader.read()
    if not _is_html(record, payload):
        return
    try:
        yield read_html(
            payload,
            origin=where,
            base=origin,
            url=record.headers.get("WARC-Target-URI", "") or "",
            fallback_date=parse_date(record.headers.get("WARC-Date", "")),
            raw_format="warc",
        )
    except BadInput as exc:
        yield reject_from_error(exc, where)


def _is_html(record: WarcRecord, payload: bytes) -> bool:
    """Whether the HTTP content type (or, lacking one, the payload) says HTML."""
    content_type = (record.http_content_type or "").lower()
    if content_type:
        return "html" in content_type
    head = payload[:1024].lstrip().lower()
    return head.startswith(HTML_MARKERS)
