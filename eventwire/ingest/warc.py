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
    records = ArchiveIterator(stream, parse_http=False)
    number = 0
    try:
        for number, record in enumerate(records, start=1):
            yield from _record(record, origin=origin, number=number)
    except gzip.BadGzipFile:
        raise
    except (OSError, ValueError) as exc:
        detail = f"the WARC cannot be parsed after record {number} ({exc}); check the file"
        yield reject(f"{origin}#{number + 1}", "malformed-warc", detail)
        return
    if number == 0:
        yield reject(origin, "malformed-warc", "no WARC record found; check that it is a WARC file")


def _record(record: WarcRecord, *, origin: str, number: int) -> Iterator[Article | Reject]:
    """The Article of one record when it is an HTML response; nothing for other records."""
    where = f"{origin}#{number}"
    if record.record_type == WarcRecordType.no_type:
        yield reject(where, "malformed-warc", "the record has no valid WARC-Type; check the file")
        return
    if record.record_type != WarcRecordType.response:
        return
    try:
        payload = _payload(record)
    except BadInput as exc:
        yield reject_from_error(exc, where)
        return
    if not _is_html(record, payload):
        return
    try:
        yield read_html(
            payload,
            origin=where,
            base=origin,
            url=(record.headers.get("WARC-Target-URI", "") or "").strip("<>"),
            fallback_date=parse_date(record.headers.get("WARC-Date", "")),
            raw_format="warc",
        )
    except BadInput as exc:
        yield reject_from_error(exc, where)


def _payload(record: WarcRecord) -> bytes:
    """The HTTP body of a complete record; raises malformed-warc for a cut or bad record."""
    expected = record.content_length
    record.freeze()
    if record.content_length < expected:
        detail = (
            f"the record ends after {record.content_length} of {expected} bytes; the file is cut"
        )
        raise BadInput("malformed-warc", detail, origin="")
    try:
        record.parse_http(auto_decode="all")
    except (OSError, ValueError) as exc:
        detail = f"the record's HTTP response cannot be parsed ({exc}); check the file"
        raise BadInput("malformed-warc", detail, origin="") from exc
    return record.reader.read()


def _is_html(record: WarcRecord, payload: bytes) -> bool:
    """Whether the HTTP content type (or, lacking one, the payload) says HTML."""
    content_type = (record.http_content_type or "").lower()
    if content_type:
        return "html" in content_type
    head = payload[:1024].lstrip().lower()
    return head.startswith(HTML_MARKERS)
