"""JSONL and CSV records, read line by line: fields text, id, title, date, url, source."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, BinaryIO

from eventwire.datatypes import Article, Reject
from eventwire.ingest.common import BadInput, build_article, reject, reject_from_error
from eventwire.ingest.dates import parse_date
from eventwire.ingest.decode import text_lines

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

DATE_FIELDS = ("date", "published")


def read_jsonl(stream: BinaryIO, *, origin: str) -> Iterator[Article | Reject]:
    """One Article per JSON object line; a bad line becomes a Reject and reading goes on."""
    for number, line in text_lines(stream):
        if line.strip():
            try:
                yield _json_article(line, origin=origin, number=number)
            except BadInput as exc:
                yield reject_from_error(exc, origin)


def _json_article(line: str, *, origin: str, number: int) -> Article:
    """The Article of one JSONL line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        detail = f"invalid JSON: {exc.msg} (column {exc.colno}); write one JSON object per line"
        raise BadInput("malformed-json", detail, origin=origin, line=number) from exc
    if not isinstance(record, dict):
        detail = f"the line holds a JSON {type(record).__name__}; each line must be an object"
        raise BadInput("not-an-object", detail, origin=origin, line=number)
    return record_article(record, origin=origin, number=number, raw_format="jsonl")


def read_csv(stream: BinaryIO, *, origin: str, delimiter: str = ",") -> Iterator[Article | Reject]:
    """One Article per CSV row under a header that has a ``text`` column."""
    reader = csv.reader((line for _, line in text_lines(stream)), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        return
    except csv.Error as exc:
        yield reject(origin, "malformed-csv", f"the header row cannot be parsed ({exc})")
        return
    if "text" not in header:
        detail = f"the header has columns {header}; a 'text' column is required"
        yield reject(origin, "missing-column", detail)
        return
    yield from _csv_rows(reader, header, origin=origin)


def _csv_rows(reader: CsvReader, header: list[str], *, origin: str) -> Iterator[Article | Reject]:
    """The Articles of the rows after the header; a bad row becomes a Reject."""
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reject(
                f"{origin}:{start}", "malformed-csv", f"{exc}; check the quoting of this row"
            )
            continue
        if any(cell.strip() for cell in row):
            yield _row_article(dict(zip(header, row, strict=False)), origin=origin, number=start)


def _row_article(record: Mapping[str, object], *, origin: str, number: int) -> Article | Reject:
    """The Article of one CSV row, or its Reject."""
    try:
        return record_article(record, origin=origin, number=number, raw_format="csv")
    except BadInput as exc:
        return reject_from_error(exc, origin)


def record_article(
    record: Mapping[str, object], *, origin: str, number: int, raw_format: str
) -> Article:
    """The Article of one record; raises missing-text when ``text`` is absent or blank."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        detail = "the record has no non-empty 'text' field; add the article text"
        raise BadInput("missing-text", detail, origin=origin, line=number)
    published = next((parse_date(record.get(key)) for key in DATE_FIELDS if record.get(key)), None)
    return build_article(
        text,
        origin=f"{origin}:{number}",
        base=origin,
        raw_format=raw_format,
        record_id=_field(record, "id"),
        title=_field(record, "title"),
        published=published,
        url=_field(record, "url"),
        source=_field(record, "source"),
    )


def _field(record: Mapping[str, object], key: str) -> str:
    """A field as a string; absent and null become empty."""
    value = record.get(key)
    return "" if value is None else str(value)
