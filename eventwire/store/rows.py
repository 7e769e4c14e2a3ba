"""Flat table rows for articles, mentions and rejects (events: ``eventwire.records``)."""

from __future__ import annotations

from typing import Any

from eventwire.datatypes import Article, Mention, Reject, stable_id


def article_row(article: Article) -> dict[str, Any]:
    """One row of ``articles``."""
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published,
        "url": article.url,
        "source": article.source,
        "origin": article.origin,
        "raw_format": article.raw_format,
        "dateline_place": article.dateline_place,
        "text": article.text,
    }


def mention_row(mention: Mention, article_id: str) -> dict[str, Any]:
    """One row of ``mentions``."""
    actor = mention.actor
    return {
        "id": stable_id(article_id, mention.start, mention.end),
        "article_id": article_id,
        "sentence": mention.sentence,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "kind": mention.kind,
        "code": actor.code if actor else None,
        "country": actor.country if actor else None,
        "sectors": list(actor.sectors) if actor else [],
        "name": actor.name if actor else None,
    }


def reject_row(reject: Reject) -> dict[str, Any]:
    """One row of ``rejects``; the id makes a second run over the same input change nothing."""
    return {
        "id": stable_id(reject.origin, reject.stage, reject.reason, reject.article_id),
        "origin": reject.origin,
        "reason": reject.reason,
        "detail": reject.detail,
        "stage": reject.stage,
        "article_id": reject.article_id,
    }
