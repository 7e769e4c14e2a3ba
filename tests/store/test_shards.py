"""Batch rows built without a connection, and Parquet shards loaded by the one writer."""

from __future__ import annotations

from datetime import date, datetime

from eventwire.datatypes import Reject
from eventwire.store import EventStore, connect
from eventwire.store.rows import batch_tables, read_shard, remove_shard, write_shard
from tests.store.contents import store_contents
from tests.store.events import document, event, mention


def _batch():
    source, target = mention("Vladimir Putin", "RUSGOV"), mention("Kim Jong Un", "PRKGOV")
    docs = [
        document(f"a{i}", (event(f"a{i}", "043", source, target, date(2019, 4, 25)),), None)
        for i in range(3)
    ]
    docs.append(document("a3", (), datetime(2019, 4, 26)))
    rejects = [Reject(origin="x.jsonl:2", reason="malformed-json", detail="bad")]
    return docs, rejects


def _runs(path):
    con = connect(path, read_only=True)
    try:
        return con.execute("SELECT DISTINCT run_id FROM events").fetchall()
    finally:
        con.close()


def test_a_shard_stores_the_same_rows_as_the_documents(tmp_path):
    docs, rejects = _batch()
    with EventStore(tmp_path / "direct.duckdb") as store:
        store.write(docs, rejects, run_id="r1")
    write_shard(tmp_path / "shards" / "00000001", batch_tables(docs, rejects))
    with EventStore(tmp_path / "sharded.duckdb") as store:
        store.load_shard(tmp_path / "shards" / "00000001", run_id="r1")
    assert store_contents(tmp_path / "sharded.duckdb") == store_contents(tmp_path / "direct.duckdb")
    assert len(store_contents(tmp_path / "direct.duckdb")["events"]) == 3


def test_loading_a_shard_again_changes_nothing_and_keeps_the_first_run(tmp_path):
    docs, rejects = _batch()
    prefix, path = tmp_path / "00000001", tmp_path / "events.duckdb"
    write_shard(prefix, batch_tables(docs, rejects))
    with EventStore(path) as store:
        store.load_shard(prefix, run_id="first")
    before = store_contents(path)
    with EventStore(path) as store:
        store.load_shard(prefix, run_id="second")
    assert store_contents(path) == before
    assert _runs(path) == [("first",)]


def test_empty_tables_are_left_out_and_a_removed_shard_is_gone(tmp_path):
    tables = batch_tables([], [Reject(origin="f.txt", reason="empty-file")])
    assert list(tables) == ["rejects"]
    write_shard(tmp_path / "s", tables)
    assert list(read_shard(tmp_path / "s")) == ["rejects"]
    remove_shard(tmp_path / "s")
    assert read_shard(tmp_path / "s") == {}
