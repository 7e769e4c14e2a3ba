"""Batch runs: inputs through the pipeline into the store, nothing lost, everything counted.

The main process reads the inputs, drops the articles already stored or already seen in
this run, and hands whole batches to an engine (``eventwire.engines``: this process, a
pool of processes, or a Dask cluster); it alone writes the store, batch by batch in input
order, so every engine leaves the same store and a killed run resumes where it stopped.
"""

from __future__ import annotations

import dataclasses
import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from eventwire.datatypes import Article, Document, Reject
from eventwire.engines import Coded, Engine
from eventwire.engines.inputs import Inputs
from eventwire.engines.local import InlineEngine
from eventwire.pipeline import Pipeline
from eventwire.store import EventStore, RunCounts
from eventwire.store.rows import batch_tables


@dataclass(frozen=True, slots=True, kw_only=True)
class Batch:
    """One slice of the input: articles to process, rejects to record, duplicates to count,
    and how many bytes of the input had been read when it was cut."""

    articles: list[Article]
    rejects: list[Reject]
    duplicates: int
    position: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Progress:
    """Where a run stands: the counts so far, and the input bytes stored out of the total."""

    counts: RunCounts
    done_bytes: int
    total_bytes: int | None
    seconds: float

    @property
    def fraction(self) -> float | None:
        """How much of the input is stored, from 0 to 1; None when the size is unknown."""
        if not self.total_bytes:
            return None
        return min(1.0, self.done_bytes / self.total_bytes)

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far; None until there is a rate."""
        fraction = self.fraction
        if fraction is None or fraction <= 0:
            return None
        return self.seconds * (1 - fraction) / fraction

    @property
    def rate(self) -> float:
        """Articles read per second."""
        return self.counts.read / self.seconds if self.seconds > 0 else 0.0


OnProgress = Callable[[Progress], None]


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


def _batches(
    items: Iterable[Article | Reject], *, store: EventStore, size: int, where: Callable[[], int]
) -> Iterator[tuple[Batch, list[Article]]]:
    """Batches cut lazily: the next one is read only when the engine asks for it."""
    seen: set[str] = set()
    for chunk in _slices(items, size):
        batch = dataclasses.replace(_split(chunk, seen, store), position=where())
        yield batch, batch.articles


def _account(counts: RunCounts, batch: Batch, coded: Coded) -> None:
    """Update the counts with a batch's input rejects and duplicates and its coded result."""
    counts.read += len(batch.rejects) + len(batch.articles) + batch.duplicates
    counts.duplicates += batch.duplicates
    for reason in [r.reason for r in batch.rejects] + list(coded.reasons):
        counts.add_reject(reason)
    counts.stored += coded.stored
    counts.events += coded.events


def run_batch(
    items: Iterable[Article | Reject],
    *,
    store: EventStore,
    run_id: str,
    pipeline: Pipeline | None = None,
    engine: Engine | None = None,
    progress: OnProgress | None = None,
) -> RunCounts:
    """Code every article into the store with ``engine`` (default: ``pipeline`` in this
    process); read = stored + rejected + duplicates at the end."""
    if engine is None:
        if pipeline is None:
            raise TypeError("run_batch needs a pipeline or an engine")
        engine = InlineEngine(pipeline)
    measured = items if isinstance(items, Inputs) else None
    total = measured.size.bytes if measured and measured.size.known else None
    where = measured.position if measured else lambda: 0
    counts, started = RunCounts(), time.perf_counter()
    batches = _batches(items, store=store, size=engine.batch_size, where=where)
    for batch, coded in engine.map(batches):
        _account(counts, batch, coded)
        store.write_tables([batch_tables([], batch.rejects), coded.rows()], run_id=run_id)
        coded.discard()
        if progress is not None:
            snapshot = dataclasses.replace(counts, reasons=dict(counts.reasons))
            seconds = time.perf_counter() - started
            progress(
                Progress(
                    counts=snapshot, done_bytes=batch.position, total_bytes=total, seconds=seconds
                )
            )
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
