"""The Dask engine: batches coded on a Dask cluster, rows handed back as Parquet shards.

Workers build the pipeline once per process (``work.pipeline_for``, keyed by the
config) and write each batch's rows to ``SHARDS/NNNNNNNN.TABLE.parquet``; the one
writer loads each shard and deletes it. With a remote scheduler, ``shards`` must be a
folder that the workers and this process both see.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import shutil
import uuid
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from eventwire.config import Config
from eventwire.datatypes import Article
from eventwire.engines import Engine, EngineOptions, Pending
from eventwire.engines.work import Coded, code_to_shard, config_key, warm_up
from eventwire.errors import ConfigError

# A local cluster runs nothing but eventwire's batches, on the cores that code them: no
# statistical profiler in the workers (it samples the task's stack every 10 ms), no work
# stealing (a batch waits in the scheduler until a worker is free anyway), and slower
# housekeeping. With Dask's defaults the engine ran at 0.81 of the local engine's speed
# on 600 articles and 2 workers; with these, at 0.86 to 0.92 (docs/scale.md).
LOCAL_CLUSTER_SETTINGS = {
    "distributed.worker.profile.enabled": False,
    "distributed.scheduler.work-stealing": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.tick.interval": "200ms",
}


def distributed() -> ModuleType:
    """``dask.distributed``, or an error that says which extra installs it."""
    try:
        import dask.distributed
    except ImportError as error:
        raise ConfigError(
            f"the Dask engine needs the dask extra ({error.name} is missing): "
            'pip install "eventwire[dask]"'
        ) from error
    return dask.distributed


class DaskEngine(Engine):
    """Codes batches as Dask tasks, one task per batch."""

    def __init__(self, config: Config, *, client: Any, shards: Path, in_flight: int) -> None:
        super().__init__(batch_size=config.batch_size, in_flight=in_flight)
        self.key = config_key(config)
        self.client = client
        self.shards = shards / uuid.uuid4().hex[:12]
        self._numbers = itertools.count()

    def submit(self, articles: list[Article]) -> Pending:
        prefix = str(self.shards / f"{next(self._numbers):08d}")
        future: Pending = self.client.submit(code_to_shard, self.key, articles, prefix, pure=False)
        return future

    def warm_up(self, articles: Sequence[Article] = ()) -> None:
        ready: dict[str, Coded] = self.client.run(warm_up, self.key, list(articles))
        for coded in ready.values():
            self.peaks[coded.worker] = coded.peak_rss_mb

    def close(self) -> None:
        cluster = getattr(self.client, "cluster", None)
        self.client.close()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(self.shards, ignore_errors=True)
        with contextlib.suppress(OSError):
            self.shards.parent.rmdir()  # when no other run's shards are there


def _client(dd: ModuleType, options: EngineOptions) -> Any:
    """A client of the scheduler, or of a new LocalCluster with ``processes`` workers."""
    if options.scheduler:
        try:
            return dd.Client(options.scheduler, timeout="30s")
        except (OSError, TimeoutError) as error:
            raise ConfigError(
                f"cannot reach the Dask scheduler at {options.scheduler} ({error}); "
                "check --scheduler, or leave it out to start a local cluster"
            ) from error
    import dask.config

    with dask.config.set(LOCAL_CLUSTER_SETTINGS):
        cluster = dd.LocalCluster(
            n_workers=options.processes,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        return dd.Client(cluster)


def open_dask(config: Config, options: EngineOptions, *, shards: Path | None = None) -> Engine:
    """Connect to (or start) a cluster; in flight: twice the workers' threads."""
    if options.shards is None and shards is not None:
        shutil.rmtree(shards, ignore_errors=True)
    folder = options.shards or shards
    if folder is None:
        raise ConfigError("the Dask engine needs a folder for its Parquet shards (--shards)")
    client = _client(distributed(), options)
    threads = sum(client.nthreads().values()) or options.processes
    in_flight = options.in_flight or 2 * threads
    return DaskEngine(config, client=client, shards=folder, in_flight=in_flight)
