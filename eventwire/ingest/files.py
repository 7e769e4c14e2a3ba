"""Files and streams: walking folders, peeking at heads, gzip, and sniffing the format."""

from __future__ import annotations

import io
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO

from eventwire.datatypes import Reject
from eventwire.ingest.common import reject, reject_from_os_error
from eventwire.ingest.decode import bom_codec

HEAD_SIZE = 8192
GZIP_MAGIC = b"\x1f\x8b"
EXTENSIONS = MappingProxyType(
    {
        ".txt": "text",
        ".text": "text",
        ".html": "html",
        ".htm": "html",
        ".xhtml": "html",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".json": "json",
        ".csv": "csv",
        ".tsv": "tsv",
        ".rss": "feed",
        ".atom": "feed",
        ".xml": "xml",
        ".warc": "warc",
    }
)
FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf")
HTML_MARKERS = ("<!doctype html", "<html")
HTML_TAGS = ("<html", "<head", "<body")


def walk(path: Path) -> Iterator[Path | Reject]:
    """The files under a path, sorted, skipping hidden names; loops and errors become Rejects."""
    yield from _walk(path, ancestors=frozenset(), top=True)


def _walk(
    path: Path, *, ancestors: frozenset[tuple[int, int]], top: bool
) -> Iterator[Path | Reject]:
    """Walk one path, remembering the folders above it to catch symlink loops."""
    try:
        info = path.stat()
    except OSError as exc:
        yield reject_from_os_error(str(path), exc)
        return
    if not stat.S_ISDIR(info.st_mode):
        if top or stat.S_ISREG(info.st_mode):
            yield path
        else:
            yield reject(str(path), "unsupported-format", "not a regular file; skipped")
        return
    key = (info.st_dev, info.st_ino)
    if key in ancestors:
        yield reject(
            str(path), "symlink-loop", "the folder links back to a folder above it; skipped"
        )
        return
    yield from _walk_folder(path, ancestors=ancestors | {key})


def _walk_folder(path: Path, *, ancestors: frozenset[tuple[int, int]]) -> Iterator[Path | Reject]:
    """The visible entries of a folder, in sorted order."""
    try:
        names = sorted(os.listdir(path))
    except OSError as exc:
        yield reject_from_os_error(str(path), exc)
        return
    for name in names:
        if not name.startswith("."):
            yield from _walk(path / name, ancestors=ancestors, top=False)


def peek(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """The first bytes of a stream, and a stream that still yields them."""
    head = stream.read(HEAD_SIZE)
    return head, io.BufferedReader(_Prefixed(head, stream))


class _Prefixed(io.RawIOBase):
    """A raw stream that replays a head of bytes before the rest of a stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self.head = head
        self.rest = rest
        self.position = 0

    def readable(self) -> bool:
        """Always readable."""
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Fill the buffer from the head first, then from the rest."""
        size = len(buffer)
        chunk = self.head[:size] if self.head else self.rest.read(size)
        self.head = self.head[len(chunk) :]
        buffer[: len(chunk)] = chunk
        self.position += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        """Bytes read so far (fastwarc asks, even of streams it cannot seek)."""
        return self.position


def strip_gz(name: str) -> str:
    """The name without a final ``.gz``."""
    return name[:-3] if name.lower().endswith(".gz") else name


def format_from_name(name: str) -> str | None:
    """The format its extension names (``.gz`` aside), or None when unknown."""
    return EXTENSIONS.get(Path(strip_gz(name)).suffix.lower()) if name else None


def format_from_content(head: bytes) -> str:
    """The format its first bytes show: warc, feed, xml, html, jsonl or text."""
    if head.startswith(b"WARC/"):
        return "warc"
    text = _head_text(head).lstrip("\ufeff \t\r\n")
    lower = text[:2048].lower()
    if lower.startswith("<?xml") or lower.startswith(FEED_MARKERS):
        return _xml_kind(lower)
    if lower.startswith(HTML_MARKERS) or (
        lower.startswith("<") and any(tag in lower for tag in HTML_TAGS)
    ):
        return "html"
    return "jsonl" if _starts_with_object(text, complete=len(head) < HEAD_SIZE) else "text"


def _xml_kind(lower: str) -> str:
    """feed for RSS/Atom/RDF, html for XHTML, else xml."""
    if any(marker in lower for marker in FEED_MARKERS):
        return "feed"
    return "html" if "<html" in lower else "xml"


def _head_text(head: bytes) -> str:
    """The head decoded leniently, for sniffing only."""
    found = bom_codec(head)
    if found is None:
        return head.decode("utf-8", errors="replace")
    codec, skip = found
    return head[skip:].decode(codec, errors="replace")


def _starts_with_object(text: str, *, complete: bool) -> bool:
    """Whether the first line is a JSON object (or, cut off by the head, starts like one)."""
    first, newline, _ = text.partition("\n")
    if not first.lstrip().startswith("{"):
        return False
    if not newline and not complete:
        return first.lstrip().startswith('{"')
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False
