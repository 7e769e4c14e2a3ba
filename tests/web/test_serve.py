"""`eventwire serve`: loopback by default, the store checked first, the web extra named."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.web.server import SPREADS_CONNECTIONS, free_port, serve_processes
from tests.web.stores import build_store

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")


@pytest.fixture
def runs(monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append((app, options)))
    return calls


def test_serve_listens_on_loopback_by_default(tmp_path, runs):
    db = build_store(tmp_path / "events.duckdb")
    result = CliRunner().invoke(main, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    ((app, options),) = runs
    assert options == {"host": "127.0.0.1", "port": 8000, "log_level": "warning"}
    assert app.state.token is None
    assert "http://127.0.0.1:8000/" in result.stderr


def test_serve_with_a_token_on_another_interface_warns(tmp_path, runs):
    db = build_store(tmp_path / "events.duckdb")
    args = ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "9001", "--token", "t"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    ((app, options),) = runs
    assert (options["host"], options["port"], app.state.token) == ("0.0.0.0", 9001, "t")
    assert "warning" in result.stderr


def test_serve_needs_an_existing_store(tmp_path, runs):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no such event store" in result.stderr
    assert runs == []


@pytest.mark.parametrize("module", ["uvicorn", "fastapi"])
def test_serve_names_the_web_extra_when_it_is_missing(tmp_path, monkeypatch, module):
    monkeypatch.setitem(sys.modules, module, None)
    for name in [n for n in sys.modules if n.startswith("eventwire.web")]:
        monkeypatch.delitem(sys.modules, name)
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert "pip install 'eventwire[web]'" in result.stderr


@pytest.mark.parametrize("spreads", [True, False])
def test_serve_with_several_workers_gives_each_the_store_and_token(
    tmp_path, runs, monkeypatch, spreads
):
    from eventwire.web import server

    db = build_store(tmp_path / "events.duckdb")
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    monkeypatch.setattr(server, "SPREADS_CONNECTIONS", spreads)
    processes = []
    monkeypatch.setattr(server, "serve_processes", lambda n, **where: processes.append((n, where)))
    names = ("EVENTWIRE_DB", "EVENTWIRE_TOKEN", "EVENTWIRE_CONFIG_FILES", "EVENTWIRE_QUERY_THREADS")
    for name in names:
        monkeypatch.delenv(name, raising=False)
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--workers", "2", "--token", "t"])
    assert result.exit_code == 0, result.output
    if spreads:  # a socket per process, on Linux
        assert processes == [(2, {"host": "127.0.0.1", "port": 8000})] and runs == []
    else:
        ((target, options),) = runs
        assert target == server.FACTORY
        assert (options["factory"], options["workers"], options["host"]) == (True, 2, "127.0.0.1")
    worker_app = server.app_from_environment()
    assert worker_app.state.token == "t"
    assert worker_app.state.db_path == str(db)
    threads = worker_app.state.store.execute("SELECT current_setting('threads')").fetchone()
    assert threads == (2,)  # 4 cores shared by 2 processes


def _workers(pid: int) -> list[int]:
    """The server processes started by ``pid`` (not multiprocessing's resource tracker)."""
    children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return [c for c in children if b"resource_tracker" not in _command_line(c)]


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # it has ended
        return b""


@pytest.mark.slow
@pytest.mark.skipif(not SPREADS_CONNECTIONS, reason="SO_REUSEPORT spreads connections on Linux")
def test_serve_runs_its_processes_on_one_port_and_stops_them_all(tmp_path):
    db = build_store(tmp_path / "events.duckdb")
    port = free_port()
    command = [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen([*command, "--workers", "2"], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while len(_workers(server.pid)) < 2 or not _answers(port):
            assert server.poll() is None and time.monotonic() < deadline, server.stderr.read()
            time.sleep(0.2)
        assert all(_answers(port) for _ in range(8))
        workers = _workers(server.pid)
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0
        assert not [pid for pid in workers if _command_line(pid)]
    finally:
        server.kill()


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/info", timeout=2) as answer:
            return answer.status == 200
    except OSError:
        return False


@pytest.mark.skipif(not SPREADS_CONNECTIONS, reason="SO_REUSEPORT spreads connections on Linux")
def test_serve_processes_says_when_the_port_is_taken_or_a_process_cannot_start(
    tmp_path, monkeypatch
):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(OSError):
            serve_processes(1, host="127.0.0.1", port=taken.getsockname()[1])
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "none.duckdb"))
    with pytest.raises(RuntimeError, match="ended as it started"):
        serve_processes(1, host="127.0.0.1", port=free_port())
