"""The worker's side of a batch: articles in, the store's rows and their counts out.

Every engine runs ``code_articles`` on whole batches; a worker process builds the
pipeline once per config (``pipeline_for``) and keeps it for every batch it gets.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import socket
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from eventwire.config import Config, config_from_dict
from eventwire.datatypes import Article
from eventwire.pipeline import Pipeline
from eventwire.store.rows import batch_tables, read_shard, remove_shard, write_shard


@dataclass(frozen=True, slots=True, kw_only=True)
class Coded:
    """One coded batch: its rows (or the Parquet shard holding them) and what they count."""

    tables: Mapping[str, pa.Table] = field(default_factory=dict)
    shard: str = ""
    stored: int = 0
    events: int = 0
    reasons: tuple[str, ...] = ()
    worker: str = ""
    peak_rss_mb: float = 0.0

    def rows(self) -> Mapping[str, pa.Table]:
        """The tables to store, read from the shard when there is one."""
        return read_shard(self.shard) if self.shard else self.tables

    def discard(self) -> None:
        """Delete the shard once its rows are stored."""
        if self.shard:
            remove_shard(self.shard)


def joined(parts: list[Coded]) -> Coded:
    """Batches coded apart as one (their rows in order, their counts summed)."""
    names = [name for part in parts for name in part.tables]
    tables = {
        name: pa.concat_tables(
            [part.tables[name] for part in parts if name in part.tables],
            promote_options="default",
        )
        for name in dict.fromkeys(names)
    }
    return Coded(
        tables=tables,
        stored=sum(part.stored for part in parts),
        events=sum(part.events for part in parts),
        reasons=tuple(reason for part in parts for reason in part.reasons),
        worker=next((part.worker for part in parts if part.worker), ""),
        peak_rss_mb=max((part.peak_rss_mb for part in parts), default=0.0),
    )


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (0 where the OS does not say)."""
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def code_articles(pipeline: Pipeline, articles: list[Article]) -> Coded:
    """Run the pipeline over a batch; stored documents and pipeline rejects become rows."""
    docs = pipeline.process_batch(articles) if articles else []
    stored = [d for d in docs if d.skipped is None]
    rejects = [d.skipped for d in docs if d.skipped is not None]
    return Coded(
        tables=batch_tables(stored, rejects),
        stored=len(stored),
        events=sum(len(d.events) for d in stored),
        reasons=tuple(r.reason for r in rejects),
        worker=f"{socket.gethostname()}:{os.getpid()}",
        peak_rss_mb=peak_rss_mb(),
    )


def config_key(config: Config) -> str:
    """The config as canonical JSON: what a worker caches its pipeline by."""
    return json.dumps(config.as_dict(), sort_keys=True)


def config_from_key(key: str) -> Config:
    """The config back from ``config_key``."""
    return config_from_dict(json.loads(key))


@functools.cache
def pipeline_for(key: str) -> Pipeline:
    """The pipeline of a config, built once per process."""
    return Pipeline(config_from_key(key))


def code_in_worker(key: str, articles: list[Article]) -> Coded:
    """A task for a worker process: the batch's rows come back with the result."""
    return code_articles(pipeline_for(key), articles)


def code_to_shard(key: str, articles: list[Article], prefix: str) -> Coded:
    """A task for a cluster worker: the rows go to a Parquet shard, its name comes back."""
    coded = code_articles(pipeline_for(key), articles)
    write_shard(prefix, coded.tables)
    return dataclasses.replace(coded, tables={}, shard=prefix)


def warm_up(key: str, articles: list[Article] | None = None) -> Coded:
    """Build the pipeline now and code ``articles`` (nothing is kept), so timing starts
    with every worker ready and in its steady state."""
    pipeline = pipeline_for(key)
    if articles:
        code_articles(pipeline, articles)
    return Coded(worker=f"{socket.gethostname()}:{os.getpid()}", peak_rss_mb=peak_rss_mb())


def wait_for_all(barrier: Any, key: str, articles: list[Article]) -> None:
    """A warm-up task: once every worker holds one (so all of them have started), each
    codes ``articles``."""
    barrier.wait(timeout=600)
    warm_up(key, articles)
