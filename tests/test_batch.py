"""Batch runs: counts that add up, the same store from every engine, and kill -9 resumes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

from eventwire.cli import ingest_paths
from eventwire.config import load_config
from eventwire.engines import EngineOptions
from eventwire.store import connect
from tests.store.contents import store_contents

pytestmark = pytest.mark.slow
# Small batches, so that a run over the demo corpus has several batches in flight.
SMALL_BATCHES = '[pipeline]\nbatch_size = 4\n[stages."annotate.spacy.v1"]\nbatch_size = 4\n'
ENGINES = {
    "2 processes": ("--processes", "2"),
    "dask": ("--engine", "dask", "--processes", "2"),
}


def _corpus() -> str:
    return str(resources.files("eventwire.demo").joinpath("corpus"))


def _ingest(db: Path, *options: str, config: Path | None = None) -> subprocess.Popen[bytes]:
    settings = ["--config", str(config)] if config else []
    command = [sys.executable, "-m", "eventwire", *settings, "ingest", _corpus(), "--db", str(db)]
    return subprocess.Popen(
        [*command, *options, "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: kill -9 reaches its workers too
    )


def _run_counts(db: Path) -> tuple[int, ...]:
    con = connect(db, read_only=True)
    try:
        row = con.execute("SELECT read, stored, rejected, duplicates, events FROM runs").fetchone()
    finally:
        con.close()
    assert row is not None
    return tuple(row)


@pytest.fixture(scope="module")
def timed_reference(
    tmp_path_factory, small_batches
) -> tuple[dict[str, list[tuple[str, ...]]], float]:
    """The store of an uninterrupted run, and how long a run in small batches takes."""
    db = tmp_path_factory.mktemp("reference") / "events.duckdb"
    assert _ingest(db).wait(timeout=300) == 0
    started = time.monotonic()
    timed = tmp_path_factory.mktemp("timed") / "e.duckdb"
    assert _ingest(timed, config=small_batches).wait(300) == 0
    return store_contents(db), time.monotonic() - started


@pytest.fixture(scope="module")
def reference(timed_reference) -> dict[str, list[tuple[str, ...]]]:
    return timed_reference[0]


@pytest.fixture(scope="module")
def small_batches(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("config") / "small.toml"
    path.write_text(SMALL_BATCHES)
    return path


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_killed_batch_resumes_to_the_same_store(tmp_path, timed_reference, small_batches, seed):
    reference, seconds = timed_reference
    db = tmp_path / "events.duckdb"
    process = _ingest(db, config=small_batches)
    time.sleep(random.Random(seed).uniform(0.3, 0.95) * seconds)  # a random moment of the run
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert _ingest(db, config=small_batches).wait(timeout=300) == 0
    assert store_contents(db) == reference


@pytest.mark.parametrize("engine", list(ENGINES))
def test_a_killed_run_of_an_engine_resumes_to_the_same_store(
    tmp_path, reference, small_batches, engine
):
    db = tmp_path / "events.duckdb"
    process = _ingest(db, *ENGINES[engine], config=small_batches)
    time.sleep(random.Random(engine).uniform(6.0, 12.0))
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert _ingest(db, *ENGINES[engine], config=small_batches).wait(timeout=300) == 0
    assert store_contents(db) == reference
    assert not Path(f"{db}.shards").exists()


def test_every_engine_stores_the_same_rows_and_counts(tmp_path, reference, small_batches):
    config = load_config(small_batches)
    runs = {
        "1 process": EngineOptions(),
        "2 processes": EngineOptions(processes=2),
        "dask": EngineOptions(engine="dask", processes=2),
    }
    counts = {}
    for name, options in runs.items():
        db = tmp_path / f"{name}.duckdb"
        counts[name] = ingest_paths(config, (_corpus(),), str(db), quiet=True, options=options)
        assert store_contents(db) == reference, name
        assert _run_counts(db) == (
            counts[name].read,
            counts[name].stored,
            counts[name].rejected,
            counts[name].duplicates,
            counts[name].events,
        )
    assert counts["2 processes"] == counts["1 process"] == counts["dask"]
    assert counts["dask"].read == counts["dask"].stored + counts["dask"].rejected
    assert counts["dask"].duplicates == 0


def test_a_second_run_of_any_engine_counts_everything_as_a_duplicate(tmp_path, small_batches):
    config, db = load_config(small_batches), str(tmp_path / "events.duckdb")
    first = ingest_paths(config, (_corpus(),), db, quiet=True)
    again = ingest_paths(
        config, (_corpus(),), db, quiet=True, options=EngineOptions(engine="dask", processes=2)
    )
    assert again.duplicates == first.stored
    assert again.read == first.read and again.stored == again.events == 0
