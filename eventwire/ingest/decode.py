"""Bytes to text: byte-order marks, UTF-8, cp1252 and latin-1, and binary content."""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator

from eventwire.ingest.common import BadInput

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX/XLSX/EPUB file)"),
)

CONTROL_BYTES = tuple(bytes([code]) for code in range(32) if code not in (9, 10, 12, 13, 27))
CONTROL_SHARE = 0.1
FALLBACKS = ("utf-8", "cp1252", "latin-1")


def bom_codec(data: bytes) -> tuple[str, int] | None:
    """The codec named by a byte-order mark at the start of data, and the mark's length."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def check_binary(head: bytes, *, origin: str) -> None:
    """Raise binary-content when the head has a known binary signature or NUL bytes."""
    for signature, what in SIGNATURES:
        if head.startswith(signature):
            detail = f"the content is {what}, not text; extract its text first"
            raise BadInput("binary-content", detail, origin=origin)
    if bom_codec(head) is not None:
        return
    if b"\x00" in head:
        detail = "the content has NUL bytes, so it is binary (or UTF-16 without a byte-order mark)"
        raise BadInput("binary-content", detail, origin=origin)
    if sum(head.count(byte) for byte in CONTROL_BYTES) > CONTROL_SHARE * len(head):
        detail = "the content is mostly control bytes, so it is binary, not text"
        raise BadInput("binary-content", detail, origin=origin)


def decode(data: bytes, *, origin: str) -> str:
    """Decode a whole input: BOM first, then UTF-8, cp1252, latin-1; NUL bytes are binary."""
    found = bom_codec(data)
    if found is not None:
        codec, skip = found
        try:
            return data[skip:].decode(codec)
        except UnicodeDecodeError as exc:
            detail = (
                f"invalid {codec} ({exc.reason} at byte {exc.start}); re-save the file as UTF-8"
            )
            raise BadInput("undecodable-text", detail, origin=origin) from exc
    check_binary(data, origin=origin)
    return _decode_plain(data)


def _decode_plain(data: bytes) -> str:
    """UTF-8, else cp1252, else latin-1 (which never fails)."""
    for codec in FALLBACKS:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1", errors="replace")


def text_lines(raw_lines: Iterable[bytes]) -> Iterator[tuple[int, str]]:
    """Number and decode lines one by one (1-based), keeping a single "\\n" at the end."""
    for number, raw in enumerate(raw_lines, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        text = _decode_plain(raw)
        yield number, text.rstrip("\r\n") + "\n"
