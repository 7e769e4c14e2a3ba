"""HTML pages: main text, title, date and URL by trafilatura and htmldate."""

from __future__ import annotations

import re
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

import trafilatura

from eventwire.datatypes import Article
from eventwire.ingest.common import BadInput, build_article
from eventwire.ingest.dates import parse_date
from eventwire.ingest.decode import decode

DATE_PARAMS = {
    "original_date": True,
    "extensive_search": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S",
}
BLOCK_TAGS = frozenset(
    {
        *("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("blockquote", "pre", "table", "tr", "section", "article", "header", "footer"),
        *("figure", "figcaption", "dd", "dt", "hr"),
    }
)
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "title", "svg"})
SPACE_RE = re.compile(r"\s+")


def read_html(
    data: bytes,
    *,
    origin: str,
    base: str,
    url: str = "",
    fallback_date: datetime | None = None,
    raw_format: str = "html",
) -> Article:
    """One Article from an HTML page; raises no-content when it has no main text."""
    doc = _extract(data, url)
    text = _paragraphs(doc.text or "") if doc is not None else ""
    if not text:
        text = fragment_text(decode(data, origin=origin))
    if not text:
        detail = (
            "no main text found in the HTML page; check that it is an article, not a script shell"
        )
        raise BadInput("no-content", detail, origin=origin)
    published = parse_date(doc.date) if doc is not None else None
    return build_article(
        text,
        origin=origin,
        base=base,
        raw_format=raw_format,
        title=" ".join((doc.title or "").split()) if doc is not None else "",
        published=published or fallback_date,
        url=url or (doc.url if doc is not None and doc.url else ""),
        source=(doc.sitename or doc.hostname or "") if doc is not None else "",
    )


def _extract(data: bytes, url: str) -> Any:
    """trafilatura's bare extraction with metadata, or None when it finds nothing or fails."""
    try:
        return trafilatura.bare_extraction(
            data,
            url=url or None,
            include_comments=False,
            favor_recall=True,
            with_metadata=True,
            date_extraction_params=DATE_PARAMS,
        )
    except Exception:  # lxml and htmldate can fail on broken markup; fall back to tag stripping
        return None


def _paragraphs(text: str) -> str:
    """trafilatura's one-line-per-paragraph text with paragraphs separated by a blank line."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment (a feed entry's content), blocks separated by a blank line."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return _paragraphs("".join(parser.parts))


class _TextParser(HTMLParser):
    """Collects text, breaking lines at block elements and skipping scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a block or a skipped element."""
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        """Close a block or a skipped element."""
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        """Keep text outside skipped elements, with its whitespace collapsed."""
        if not self.skipping:
            self.parts.append(SPACE_RE.sub(" ", data))
