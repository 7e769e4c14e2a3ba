"""Batch runs: counts that add up, and a store that survives kill -9."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

from eventwire.store import connect

pytestmark = pytest.mark.slow
TABLES = ("articles", "mentions", "events", "rejects")


def _corpus() -> str:
    return str(resources.files("eventwire.demo").joinpath("corpus"))


def _ingest(db: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "eventwire", "ingest", _corpus(), "--db", str(db), "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _contents(db: Path) -> dict[str, list[tuple[str, ...]]]:
    con = connect(db, read_only=True)
    try:
        return {
            t: con.execute(f"SELECT * EXCLUDE (run_id) FROM {t} ORDER BY id").fetchall()
            for t in TABLES
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict[str, list[tuple[str, ...]]]:
    db = tmp_path_factory.mktemp("reference") / "events.duckdb"
    assert _ingest(db).wait(timeout=300) == 0
    return _contents(db)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_killed_batch_resumes_to_the_same_store(tmp_path, reference, seed):
    db = tmp_path / "events.duckdb"
    process = _ingest(db)
    time.sleep(random.Random(seed).uniform(2.0, 7.0))
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert _ingest(db).wait(timeout=300) == 0
    assert _contents(db) == reference
