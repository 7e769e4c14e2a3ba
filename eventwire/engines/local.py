"""The local engine: this process alone, or a pool of worker processes on this machine."""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from eventwire.config import Config
from eventwire.datatypes import Article, Reject
from eventwire.engines import Engine, EngineOptions, Pending
from eventwire.engines.work import (
    Coded,
    code_articles,
    code_in_worker,
    config_key,
    joined,
    pipeline_for,
    wait_for_all,
)
from eventwire.pipeline import Pipeline
from eventwire.store.rows import batch_tables

CRASHED = "worker-crashed"
log = logging.getLogger(__name__)


class InlineEngine(Engine):
    """Codes each batch in this process, when it is submitted."""

    def __init__(self, pipeline: Pipeline) -> None:
        super().__init__(batch_size=pipeline.config.batch_size, in_flight=1)
        self.pipeline = pipeline

    def submit(self, articles: list[Article]) -> Pending:
        future: Future[object] = Future()
        future.set_result(code_articles(self.pipeline, articles))
        return future

    def warm_up(self, articles: Sequence[Article] = ()) -> None:
        if articles:
            code_articles(self.pipeline, list(articles))


class ProcessEngine(Engine):
    """Codes batches in worker processes that each build the pipeline once.

    When a worker dies (killed, out of memory, a crash in native code), the pool is started
    again and the batches it held are coded once more; a batch that kills a worker again is
    coded article by article, and an article that kills its worker is rejected as
    ``worker-crashed``. The run goes on and loses nothing.
    """

    def __init__(self, config: Config, *, processes: int, in_flight: int | None = None) -> None:
        super().__init__(batch_size=config.batch_size, in_flight=in_flight or 2 * processes)
        self.key = config_key(config)
        self.processes = processes
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("spawn"),  # no forked DuckDB or spaCy
            initializer=pipeline_for,  # each worker builds the pipeline when it starts
            initargs=(self.key,),
        )

    def submit(self, articles: list[Article]) -> Pending:
        future = self.pool.submit(code_in_worker, self.key, articles)
        return _Guarded(self, articles, self.pool, future)

    def recover(self, articles: list[Article], broken: ProcessPoolExecutor) -> Coded:
        """Code again a batch whose worker died in the pool ``broken``."""
        if self.pool is broken:
            self._restart("a worker process died")
        try:
            return self.pool.submit(code_in_worker, self.key, articles).result()
        except BrokenProcessPool:
            self._restart("a worker died again on the same batch; coding it article by article")
        return joined([self._one(article) for article in articles])

    def _one(self, article: Article) -> Coded:
        try:
            return self.pool.submit(code_in_worker, self.key, [article]).result()
        except BrokenProcessPool:
            self._restart(f"a worker died coding article {article.id}; it is rejected")
        detail = (
            "a worker process died while coding this article (killed, out of memory, or a "
            "crash in native code); the rest of the run went on. Try it alone with "
            "`eventwire code`, or with a larger memory limit"
        )
        reject = Reject(
            origin=article.origin or article.id,
            reason=CRASHED,
            detail=detail,
            stage="engine",
            article_id=article.id,
        )
        return Coded(tables=batch_tables([], [reject]), reasons=(CRASHED,))

    def _restart(self, why: str) -> None:
        log.warning("%s; starting the worker processes again", why)
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

    def warm_up(self, articles: Sequence[Article] = ()) -> None:
        """Start every worker (tasks that wait for each other make the pool start them all),
        then have each code ``articles``."""
        barrier = multiprocessing.get_context("spawn").Manager().Barrier(self.processes)
        tasks = [
            self.pool.submit(wait_for_all, barrier, self.key, list(articles))
            for _ in range(self.processes)
        ]
        for task in tasks:
            task.result()

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class _Guarded:
    """A batch in a worker process: its result, or the batch coded again if a worker died."""

    def __init__(
        self,
        engine: ProcessEngine,
        articles: list[Article],
        pool: ProcessPoolExecutor,
        future: Future[Coded],
    ) -> None:
        self.engine, self.articles, self.pool, self.future = engine, articles, pool, future

    def result(self) -> Coded:
        try:
            return self.future.result()
        except BrokenProcessPool:
            return self.engine.recover(self.articles, self.pool)


def open_local(config: Config, options: EngineOptions, *, shards: Path | None = None) -> Engine:
    """One process codes inline; more start a pool of workers (``shards`` is not used)."""
    if options.processes <= 1:
        return InlineEngine(Pipeline(config))
    return ProcessEngine(config, processes=options.processes, in_flight=options.in_flight)
