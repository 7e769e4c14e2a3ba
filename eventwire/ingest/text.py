"""Plain text files: the whole decoded content is the raw article text."""

from __future__ import annotations

from eventwire.datatypes import Article
from eventwire.ingest.common import BadInput, build_article
from eventwire.ingest.decode import decode


def read_text(data: bytes, *, origin: str) -> Article:
    """One Article from the bytes of a plain text input."""
    text = decode(data, origin=origin)
    if not text.strip():
        raise BadInput("empty-file", "the file holds only whitespace; remove it", origin=origin)
    return build_article(text, origin=origin, base=origin, raw_format="text")
