"""A worker process that dies: its batches are coded again, the article that killed it is
rejected, and the run loses nothing."""

from __future__ import annotations

import pytest

from eventwire.batch import run_batch
from eventwire.config import Config
from eventwire.datatypes import Article
from eventwire.engines.local import CRASHED, ProcessEngine
from eventwire.store import EventStore, connect
from tests.engines.crashing import MARKER

STAGES = ("clean.v1", "tests.engines.crashing:kill_on_marker")


def _articles(count: int, killers: set[int]) -> list[Article]:
    return [
        Article(
            id=f"a{i}",
            text=f"Article {i} says little. " + (MARKER if i in killers else "Nothing more."),
            origin=f"feed.jsonl:{i + 1}",
        )
        for i in range(count)
    ]


@pytest.mark.slow
def test_an_article_that_kills_its_worker_is_rejected_and_the_run_goes_on(tmp_path):
    db = tmp_path / "events.duckdb"
    config = Config(stages=STAGES, batch_size=3)
    with EventStore(db) as store, ProcessEngine(config, processes=2) as engine:
        run_id = store.start_run(config={}, stages=list(STAGES), inputs=[], version="t")
        counts = run_batch(_articles(12, {4, 10}), store=store, run_id=run_id, engine=engine)
    assert (counts.read, counts.stored, counts.rejected) == (12, 10, 2)
    assert counts.reasons == {CRASHED: 2}
    con = connect(db, read_only=True)
    try:
        rejects = con.execute("SELECT article_id, origin, reason, stage FROM rejects").fetchall()
        stored = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
    finally:
        con.close()
    assert sorted(rejects) == [
        ("a10", "feed.jsonl:11", CRASHED, "engine"),
        ("a4", "feed.jsonl:5", CRASHED, "engine"),
    ]
    assert stored == {f"a{i}" for i in range(12)} - {"a4", "a10"}
