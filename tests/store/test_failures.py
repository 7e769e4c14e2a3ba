"""A full disk, a read-only store and a store in use: a clear error, and no half-written state."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.store import EventStore
from tests.store.contents import store_contents


def _corpus() -> str:
    return str(resources.files("eventwire.demo").joinpath("corpus"))


def _small_batches(tmp_path: Path) -> Path:
    config = tmp_path / "small-batches.toml"
    config.write_text("[pipeline]\nbatch_size = 4\n")
    return config


def _ingest(db: Path, config: Path, *, max_file_bytes: int | None = None):
    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))

    command = [sys.executable, "-m", "eventwire", "--config", str(config), "ingest"]
    return subprocess.run(
        [*command, _corpus(), "--db", str(db), "--quiet"],
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=limit_file_size if max_file_bytes else None,
        check=False,
    )


@pytest.mark.slow
def test_a_full_disk_stops_the_run_clearly_and_a_rerun_completes_the_store(tmp_path):
    config = _small_batches(tmp_path)
    reference = tmp_path / "reference.duckdb"
    assert _ingest(reference, config).returncode == 0

    db = tmp_path / "full.duckdb"
    failed = _ingest(db, config, max_file_bytes=120_000)
    assert failed.returncode == 1
    assert "could not write a batch" in failed.stderr
    assert "check that the disk has room" in failed.stderr
    assert "Traceback" not in failed.stderr
    partial = store_contents(db)
    assert 0 < len(partial["articles"]) < len(store_contents(reference)["articles"])
    stored = {row[0] for row in partial["articles"]}
    assert {row[1] for row in partial["events"]} <= stored  # no event without its article

    assert _ingest(db, config).returncode == 0
    assert store_contents(db) == store_contents(reference)


def test_a_store_in_use_by_another_writer_is_a_clear_error(tmp_path):
    db = tmp_path / "events.duckdb"
    code = "from eventwire.store import EventStore; import sys; EventStore(sys.argv[1])"
    with EventStore(db):
        other = subprocess.run(
            [sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=False
        )
    assert other.returncode != 0
    assert "StoreError" in other.stderr
    assert "cannot open the event store" in other.stderr
    assert "no other eventwire process is writing to it" in other.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_a_read_only_store_is_a_clear_error_and_stays_as_it_was(tmp_path):
    db = tmp_path / "events.duckdb"
    EventStore(db).close()
    before = db.read_bytes()
    db.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(StoreError, match=r"cannot open the event store.*writable"):
            EventStore(db)
    finally:
        tmp_path.chmod(0o755)
    assert db.read_bytes() == before
