"""The two public entry points: paths (files and folders) and streams (stdin) to Articles."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from eventwire.datatypes import Article, Reject
from eventwire.errors import InputError
from eventwire.ingest.common import (
    BadInput,
    reject,
    reject_from_error,
    reject_from_os_error,
)
from eventwire.ingest.decode import bom_codec, check_binary, decode
from eventwire.ingest.feeds import read_feed
from eventwire.ingest.files import (
    GZIP_MAGIC,
    format_from_content,
    format_from_name,
    peek,
    strip_gz,
    walk,
)
from eventwire.ingest.html import read_html
from eventwire.ingest.records import read_csv, read_jsonl
from eventwire.ingest.text import read_text
from eventwire.ingest.warc import read_warc

GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | Reject]:
    """Articles from files and folders (recursive, sorted); bad inputs become Rejects."""
    for path in paths:
        for found in walk(Path(path)):
            if isinstance(found, Reject):
                yield found
            else:
                yield from _read_file(found)


def _read_file(path: Path) -> Iterator[Article | Reject]:
    """Articles from one file."""
    origin = str(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield reject_from_os_error(origin, exc)
        return
    with stream:
        yield from read_stream(stream, origin=origin, name=path.name)


def read_stream(
    stream: BinaryIO, *, origin: str = "<stdin>", name: str = ""
) -> Iterator[Article | Reject]:
    """Articles from a binary stream; the format is ``name``'s extension, else sniffed."""
    try:
        yield from _dispatch(stream, origin=origin, name=name)
    except InputError as exc:
        yield reject_from_error(exc, origin)
    except GZIP_ERRORS as exc:
        detail = f"the gzip data ends early or is corrupt ({exc}); download or compress it again"
        yield reject(origin, "truncated-gzip", detail)
    except OSError as exc:
        yield reject_from_os_error(origin, exc)


def _dispatch(stream: BinaryIO, *, origin: str, name: str) -> Iterator[Article | Reject]:
    """Unwrap gzip, then hand the stream to the reader of its format."""
    head, stream = peek(stream)
    if not head.strip():
        raise BadInput("empty-file", "the input is empty; remove it", origin=origin)
    if head.startswith(GZIP_MAGIC):
        unzipped = gzip.GzipFile(fileobj=stream, mode="rb")
        yield from _dispatch(unzipped, origin=origin, name=strip_gz(name))  # type: ignore[arg-type]
        return
    kind = format_from_name(name) or format_from_content(head)
    if kind == "warc":
        yield from read_warc(stream, origin=origin)
        return
    check_binary(head, origin=origin)
    yield from _read_format(kind, _utf8(head, stream, origin), origin=origin, head=head)


def _utf8(head: bytes, stream: BinaryIO, origin: str) -> BinaryIO:
    """The stream, transcoded to UTF-8 when it starts with a UTF-16 or UTF-32 byte-order mark."""
    found = bom_codec(head)
    if found is None or found[0] == "utf-8":
        return stream
    return io.BytesIO(decode(stream.read(), origin=origin).encode("utf-8"))


def _read_format(
    kind: str, stream: BinaryIO, *, origin: str, head: bytes
) -> Iterator[Article | Reject]:
    """Dispatch on the format name."""
    if kind in ("jsonl", "json"):
        _check_json_lines(kind, head, origin=origin)
        yield from read_jsonl(stream, origin=origin)
    elif kind in ("csv", "tsv"):
        yield from read_csv(stream, origin=origin, delimiter="\t" if kind == "tsv" else ",")
    elif kind == "html":
        yield read_html(stream.read(), origin=origin, base=origin)
    elif kind == "feed" or (kind == "xml" and format_from_content(head) == "feed"):
        yield from read_feed(stream.read(), origin=origin)
    elif kind == "xml":
        detail = (
            "an XML file that is not an RSS or Atom feed; convert it to JSONL with a text field"
        )
        yield reject(origin, "unsupported-format", detail)
    else:
        yield read_text(stream.read(), origin=origin)


def _check_json_lines(kind: str, head: bytes, *, origin: str) -> None:
    """Refuse a .json file that holds an array instead of one object per line."""
    if kind == "json" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        detail = "a JSON array; write one JSON object per line (JSONL) instead"
        raise BadInput("unsupported-format", detail, origin=origin)
