"""Flat table rows for articles, mentions and rejects (events: ``eventwire.records``).

A batch's rows are built here without a connection, as Arrow tables, so that worker
processes can build them and the one writer (``EventStore.write_tables``) stores them;
a Parquet *shard* is the same tables on disk, for workers on other machines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.datatypes import Article, Document, Mention, Reject, stable_id
from eventwire.records import event_row


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


TABLE_ORDER = ("articles", "mentions", "events", "rejects")


def batch_rows(
    docs: Sequence[Document], rejects: Sequence[Reject]
) -> dict[str, list[dict[str, Any]]]:
    """The rows a batch adds to each table, without a run id (the writer adds it)."""
    return {
        "articles": [article_row(d.article) for d in docs],
        "mentions": [mention_row(m, d.article.id) for d in docs for m in d.mentions],
        "events": [event_row(e) for d in docs for e in d.events],
        "rejects": [reject_row(r) for r in rejects],
    }


def batch_tables(docs: Sequence[Document], rejects: Sequence[Reject]) -> dict[str, pa.Table]:
    """A batch as Arrow tables, built without a connection; empty tables are left out."""
    rows = batch_rows(docs, rejects)
    return {name: pa.Table.from_pylist(rows[name]) for name in TABLE_ORDER if rows[name]}


def _shard_file(prefix: str | Path, table: str) -> Path:
    return Path(f"{prefix}.{table}.parquet")


def write_shard(prefix: str | Path, tables: Mapping[str, pa.Table]) -> None:
    """Write a batch's tables as Parquet files ``PREFIX.TABLE.parquet``."""
    Path(prefix).parent.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        pq.write_table(table, _shard_file(prefix, name))


def read_shard(prefix: str | Path) -> dict[str, pa.Table]:
    """The tables of a shard written by ``write_shard``."""
    files = {name: _shard_file(prefix, name) for name in TABLE_ORDER}
    return {name: pq.read_table(path) for name, path in files.items() if path.exists()}


def remove_shard(prefix: str | Path) -> None:
    """Delete a shard's files once they are stored."""
    for name in TABLE_ORDER:
        _shard_file(prefix, name).unlink(missing_ok=True)
