"""eventwire: news in, political events out — who did what to whom, when and where.

The public API::

    import eventwire
    doc = eventwire.code(text, published=date(2019, 4, 26))
    for event in doc.events: ...

    pipeline = eventwire.Pipeline()           # many articles: build once, reuse
    docs = pipeline.process(articles)
"""

from __future__ import annotations

import functools
from datetime import date, datetime

from eventwire.config import Config, load_config
from eventwire.datatypes import (
    Actor,
    Article,
    Document,
    Event,
    Factuality,
    Mention,
    Place,
    Reject,
    Toponym,
    stable_id,
)
from eventwire.errors import ConfigError, EventwireError, InputError, Skip, StageError, StoreError
from eventwire.pipeline import Pipeline

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Config",
    "ConfigError",
    "Document",
    "Event",
    "EventwireError",
    "Factuality",
    "InputError",
    "Mention",
    "Pipeline",
    "Place",
    "Reject",
    "Skip",
    "StageError",
    "StoreError",
    "Toponym",
    "__version__",
    "code",
    "load_config",
]


@functools.cache
def _default_pipeline() -> Pipeline:
    return Pipeline(load_config())


def _as_datetime(published: date | datetime | None) -> datetime | None:
    if published is None or isinstance(published, datetime):
        return published
    return datetime(published.year, published.month, published.day)


def code(
    text: str,
    *,
    published: date | datetime | None = None,
    title: str = "",
    article_id: str | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Code one article's text; the Document holds its events (``doc.skipped`` says why not)."""
    article = Article(
        id=article_id or stable_id(title, text),
        text=text,
        title=title,
        published=_as_datetime(published),
        origin=article_id or "<text>",
    )
    return (pipeline or _default_pipeline())(article)
