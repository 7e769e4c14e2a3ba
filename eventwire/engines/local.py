"""The local engine: this process alone, or a pool of worker processes on this machine."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from eventwire.config import Config
from eventwire.datatypes import Article
from eventwire.engines import Engine, EngineOptions, Pending
from eventwire.engines.work import (
    code_articles,
    code_in_worker,
    config_key,
    pipeline_for,
    wait_for_all,
)
from eventwire.pipeline import Pipeline


class InlineEngine(Engine):
    """Codes each batch in this process, when it is submitted."""

    def __init__(self, pipeline: Pipeline) -> None:
        super().__init__(batch_size=pipeline.config.batch_size, in_flight=1)
        self.pipeline = pipeline

    def submit(self, articles: list[Article]) -> Pending:
        future: Future[object] = Future()
        future.set_result(code_articles(self.pipeline, articles))
        return future


class ProcessEngine(Engine):
    """Codes batches in worker processes that each build the pipeline once."""

    def __init__(self, config: Config, *, processes: int, in_flight: int | None = None) -> None:
        super().__init__(batch_size=config.batch_size, in_flight=in_flight or 2 * processes)
        self.key = config_key(config)
        self.processes = processes
        context = multiprocessing.get_context("spawn")  # no forked DuckDB or spaCy state
        self.pool = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=context,
            initializer=pipeline_for,  # each worker builds the pipeline when it starts
            initargs=(self.key,),
        )

    def submit(self, articles: list[Article]) -> Pending:
        return self.pool.submit(code_in_worker, self.key, articles)

    def warm_up(self) -> None:
        """Start every worker: tasks that wait for each other make the pool start them all."""
        barrier = multiprocessing.get_context("spawn").Manager().Barrier(self.processes)
        tasks = [self.pool.submit(wait_for_all, barrier) for _ in range(self.processes)]
        for task in tasks:
            task.result()

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def open_local(config: Config, options: EngineOptions, *, shards: Path | None = None) -> Engine:
    """One process codes inline; more start a pool of workers (``shards`` is not used)."""
    if options.processes <= 1:
        return InlineEngine(Pipeline(config))
    return ProcessEngine(config, processes=options.processes, in_flight=options.in_flight)
