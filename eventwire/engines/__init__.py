"""Engines: where the batches of a run are coded, one process, several, or a Dask cluster.

Whatever the engine, the main process reads the inputs, cuts them into batches, and is
the one writer of the store; workers only code batches (``work.code_articles``). An
engine keeps a bounded number of batches in flight and hands results back in input
order, so memory stays flat and every engine stores the same rows.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from eventwire.config import Config
from eventwire.datatypes import Article
from eventwire.engines.work import Coded
from eventwire.errors import ConfigError

ENGINES = ("local", "dask")
K = TypeVar("K")


class Pending(Protocol):
    """A batch being coded: a ``concurrent.futures`` or a Dask future."""

    def result(self) -> Any:
        """Wait for the coded batch."""


@dataclass(frozen=True, slots=True, kw_only=True)
class EngineOptions:
    """How to run a batch: ``local`` or ``dask``, how many processes, which cluster."""

    engine: str = "local"
    processes: int = 1
    scheduler: str | None = None
    shards: Path | None = None
    in_flight: int | None = None


class Engine:
    """Codes batches of articles; results come back in order, a bounded number in flight."""

    def __init__(self, *, batch_size: int, in_flight: int) -> None:
        self.batch_size = batch_size
        self.in_flight = max(1, in_flight)
        self.peaks: dict[str, float] = {}

    def submit(self, articles: list[Article]) -> Pending:
        """Start coding a batch."""
        raise NotImplementedError

    def warm_up(self, articles: Sequence[Article] = ()) -> None:
        """Have every worker build its pipeline now and code ``articles`` (nothing is
        kept), so that a benchmark times workers in their steady state."""

    def close(self) -> None:
        """Stop the workers."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def map(self, items: Iterable[tuple[K, list[Article]]]) -> Iterator[tuple[K, Coded]]:
        """Each key with its coded batch, in input order; the next batch is only taken
        from ``items`` when fewer than ``in_flight`` are being coded."""
        pending: deque[tuple[K, Pending | None]] = deque()
        for key, articles in items:
            pending.append((key, self.submit(articles) if articles else None))
            if len(pending) >= self.in_flight:
                yield self._next(pending)
        while pending:
            yield self._next(pending)

    def _next(self, pending: deque[tuple[K, Pending | None]]) -> tuple[K, Coded]:
        key, future = pending.popleft()
        coded = future.result() if future is not None else Coded()
        if coded.worker:
            self.peaks[coded.worker] = max(self.peaks.get(coded.worker, 0.0), coded.peak_rss_mb)
        return key, coded


def open_engine(config: Config, options: EngineOptions, *, shards: Path | None = None) -> Engine:
    """The engine the options name; ``shards`` is where a Dask run writes its Parquet shards
    unless ``options.shards`` says otherwise (a default folder is emptied first: it holds only
    what killed runs left behind)."""
    opener: Callable[..., Engine]
    if options.engine == "local":
        from eventwire.engines.local import open_local

        opener = open_local
    elif options.engine == "dask":
        from eventwire.engines.dask_engine import open_dask

        opener = open_dask
    else:
        raise ConfigError(f"unknown engine {options.engine!r}; use one of {', '.join(ENGINES)}")
    return opener(config, options, shards=shards)


__all__ = ["ENGINES", "Coded", "Engine", "EngineOptions", "open_engine"]
