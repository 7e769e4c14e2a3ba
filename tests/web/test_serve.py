"""`eventwire serve`: loopback by default, the store checked first, the web extra named."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from eventwire.cli import main
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


def test_serve_with_several_workers_gives_each_the_store_and_token(tmp_path, runs, monkeypatch):
    from eventwire.web.server import FACTORY, app_from_environment

    db = build_store(tmp_path / "events.duckdb")
    for name in ("EVENTWIRE_DB", "EVENTWIRE_TOKEN", "EVENTWIRE_CONFIG_FILES"):
        monkeypatch.delenv(name, raising=False)
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--workers", "2", "--token", "t"])
    assert result.exit_code == 0, result.output
    ((target, options),) = runs
    assert target == FACTORY
    assert (options["factory"], options["workers"], options["host"]) == (True, 2, "127.0.0.1")
    worker_app = app_from_environment()
    assert worker_app.state.token == "t"
    assert worker_app.state.db_path == str(db)
