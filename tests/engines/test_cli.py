"""``eventwire ingest`` with engines and a progress bar, on a pipeline without spaCy."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from eventwire.batch import Progress
from eventwire.cli import _progress_line, main
from eventwire.store import RunCounts, connect

CHEAP = '[pipeline]\nstages = ["clean.v1"]\nbatch_size = 3\n'


@pytest.fixture
def inputs(tmp_path):
    records = [{"id": f"r{i}", "text": f"Article number {i}.\n\nIt has a body."} for i in range(10)]
    lines = [json.dumps(r) for r in records] + ["{broken", json.dumps(records[0])]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "cheap.toml").write_text(CHEAP)
    return tmp_path


def _ingest(inputs, db, *options):
    command = ["--config", str(inputs / "cheap.toml"), "ingest", str(inputs / "in"), "--db", db]
    return CliRunner().invoke(main, [*command, *options])


def _rows(db):
    con = connect(db, read_only=True)
    try:
        return [
            con.execute(f"SELECT * EXCLUDE (run_id) FROM {t} ORDER BY id").fetchall()
            for t in ("articles", "rejects")
        ]
    finally:
        con.close()


def test_progress_shows_the_share_done_the_rate_the_counts_and_an_eta():
    counts = RunCounts(read=120, stored=100, rejected=5, duplicates=15, events=42)
    line = _progress_line(Progress(counts=counts, done_bytes=250, total_bytes=1000, seconds=60))
    assert line.startswith(" 25% [##--------] 120 articles 2.0/s, 42 events")
    assert line.endswith("5 skipped, 15 duplicates, ETA 0:03:00")
    unknown = _progress_line(Progress(counts=counts, done_bytes=0, total_bytes=None, seconds=60))
    assert unknown.startswith("120 articles") and "ETA" not in unknown


def test_ingest_shows_progress_on_stderr_unless_quiet(inputs, tmp_path):
    shown = _ingest(inputs, str(tmp_path / "a.duckdb"))
    assert shown.exit_code == 0, shown.output
    assert "100% [##########]" in shown.stderr and "ETA 0:00:00" in shown.stderr
    assert shown.stdout == ""
    quiet = _ingest(inputs, str(tmp_path / "b.duckdb"), "--quiet")
    assert "%" not in quiet.stderr
    assert "read 12 = stored 10 + skipped 1 + duplicates 1" in quiet.stderr


def test_two_processes_store_what_one_does(inputs, tmp_path):
    one, two = str(tmp_path / "one.duckdb"), str(tmp_path / "two.duckdb")
    assert _ingest(inputs, one, "--quiet").exit_code == 0
    result = _ingest(inputs, two, "--quiet", "--processes", "2")
    assert result.exit_code == 0, result.output
    assert "read 12 = stored 10 + skipped 1 + duplicates 1" in result.stderr
    assert _rows(two) == _rows(one)


def test_scheduler_without_the_dask_engine_is_a_usage_error(inputs, tmp_path):
    result = _ingest(inputs, str(tmp_path / "a.duckdb"), "--scheduler", "tcp://x:8786")
    assert result.exit_code == 2 and "--engine dask" in result.stderr


def test_the_dask_engine_without_the_extra_says_what_to_install(inputs, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    result = _ingest(inputs, str(tmp_path / "a.duckdb"), "--engine", "dask")
    assert result.exit_code == 1
    assert 'pip install "eventwire[dask]"' in result.stderr


@pytest.mark.slow  # about 8 s: a cluster starts
def test_a_local_dask_cluster_stores_what_one_process_does_and_leaves_no_shards(inputs, tmp_path):
    pytest.importorskip("dask.distributed")
    one, dask = str(tmp_path / "one.duckdb"), str(tmp_path / "dask.duckdb")
    assert _ingest(inputs, one, "--quiet").exit_code == 0
    result = _ingest(inputs, dask, "--quiet", "--engine", "dask", "--processes", "2")
    assert result.exit_code == 0, result.output
    assert "read 12 = stored 10 + skipped 1 + duplicates 1" in result.stderr
    assert _rows(dask) == _rows(one)
    assert not (tmp_path / "dask.duckdb.shards").exists()
