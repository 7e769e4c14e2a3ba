"""RSS and Atom feeds: each entry with text is an article."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

import feedparser

from eventwire.datatypes import Article, Reject
from eventwire.ingest.common import build_article, reject
from eventwire.ingest.dates import parse_date
from eventwire.ingest.html import fragment_text


def read_feed(data: bytes, *, origin: str) -> Iterator[Article | Reject]:
    """One Article per entry (origin ``path#N``, N from 1); entries without text are Rejects."""
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # feedparser's fallback parser can fail on broken markup
        parsed = feedparser.FeedParserDict(bozo=True, bozo_exception=exc, entries=[], feed={})
    entries = list(parsed.entries)
    if parsed.bozo and not any(_entry_text(entry) for entry in entries):
        cause = parsed.get("bozo_exception", "not a feed")
        detail = f"the feed cannot be parsed ({cause}); check that it is well-formed RSS or Atom"
        yield reject(origin, "malformed-feed", detail)
        return
    raw_format = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    source = " ".join(str(parsed.feed.get("title", "")).split())
    for number, entry in enumerate(entries, start=1):
        yield _entry_article(
            entry, origin=origin, number=number, raw_format=raw_format, source=source
        )


def _entry_article(
    entry: Mapping[str, Any], *, origin: str, number: int, raw_format: str, source: str
) -> Article | Reject:
    """The Article of one feed entry, or a no-content Reject."""
    where = f"{origin}#{number}"
    text = _entry_text(entry)
    if not text:
        return reject(where, "no-content", "the feed entry has no content or summary text")
    return build_article(
        text,
        origin=where,
        base=origin,
        raw_format=raw_format,
        title=" ".join(str(entry.get("title", "")).split()),
        published=_entry_date(entry),
        url=str(entry.get("link", "")),
        source=source,
    )


def _entry_text(entry: Mapping[str, Any]) -> str:
    """The entry's content (or summary) as text; HTML is converted, plain text kept."""
    contents = entry.get("content") or []
    value = contents[0].get("value", "") if contents else entry.get("summary", "")
    return fragment_text(str(value or ""))


def _entry_date(entry: Mapping[str, Any]) -> datetime | None:
    """The published (else updated) date in the time the feed gives, else feedparser's UTC one."""
    for key in ("published", "updated"):
        found = parse_date(entry.get(key))
        if found is not None:
            return found
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime(*parsed[:6]) if parsed else None
