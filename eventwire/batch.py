"""Batch runs: inputs through the pipeline into the store, nothing lost, everything counted."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from eventwire.datatypes import Article, Document, Reject
from eventwire.pipeline import Pipeline
from eventwire.store import EventStore, RunCounts

Progress = Callable[[RunCounts], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class Batch:
    """One slice of the input: articles to process, rejects to record, duplicates to count."""

    articles: list[Article]
    rejects: list[Reject]
    duplicates: int


def _slices(items: Iterable[Article | Reject], size: int) -> Iterator[list[Article | Reject]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _split(chunk: list[Article | Reject], seen: set[str], store: EventStore) -> Batch:
    """Separate rejects, and drop articles already stored or already seen in this run."""
    rejects = [item for item in chunk if isinstance(item, Reject)]
    candidates = [item for item in chunk if isinstance(item, Article)]
    stored = store.known_articles(a.id for a in candidates)
    articles = []
    for article in candidates:
        if article.id not in stored and article.id not in seen:
            seen.add(article.id)
            articles.append(article)
    return Batch(articles=articles, rejects=rejects, duplicates=len(candidates) - len(articles))


def _account(counts: RunCounts, batch: Batch, docs: list[Document]) -> list[Reject]:
    """Update the counts; returns every reject of the batch, input and pipeline alike."""
    rejects = batch.rejects + [d.skipped for d in docs if d.skipped is not None]
    counts.read += len(batch.rejects) + len(batch.articles) + batch.duplicates
    counts.duplicates += batch.duplicates
    for reject in rejects:
        counts.add_reject(reject.reason)
    stored = [d for d in docs if d.skipped is None]
    counts.stored += len(stored)
    counts.events += sum(len(d.events) for d in stored)
    return rejects


def run_batch(
    items: Iterable[Article | Reject],
    *,
    pipeline: Pipeline,
    store: EventStore,
    run_id: str,
    progress: Progress | None = None,
) -> RunCounts:
    """Code every article into the store; read = stored + rejected + duplicates at the end."""
    counts = RunCounts()
    seen: set[str] = set()
    for chunk in _slices(items, pipeline.config.batch_size):
        batch = _split(chunk, seen, store)
        docs = pipeline.process_batch(batch.articles) if batch.articles else []
        rejects = _account(counts, batch, docs)
        store.write([d for d in docs if d.skipped is None], rejects, run_id=run_id)
        if progress is not None:
            progress(counts)
    store.finish_run(run_id, counts)
    return counts


def documents(
    items: Iterable[Article | Reject], *, pipeline: Pipeline
) -> Iterator[Document | Reject]:
    """Coded documents and rejects in input order, without a store (``eventwire code``)."""
    for chunk in _slices(items, pipeline.config.batch_size):
        articles = [item for item in chunk if isinstance(item, Article)]
        coded = iter(pipeline.process_batch(articles) if articles else [])
        for item in chunk:
            if isinstance(item, Reject):
                yield item
                continue
            doc = next(coded)
            yield doc.skipped if doc.skipped is not None else doc
