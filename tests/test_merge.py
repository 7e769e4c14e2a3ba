"""Merging: a generated feed of one event in 20 reports, 10 of them syndicated copies."""

from __future__ import annotations

import random
from datetime import date, datetime

from eventwire.datatypes import Article, Document
from eventwire.merge import MergeOptions, Report, count_stories, merge, merge_store, same_event
from eventwire.store import EventStore, connect
from tests.store.events import event, mention

WORDS = [
    "talks",
    "economy",
    "border",
    "energy",
    "railway",
    "summit",
    "leaders",
    "pipeline",
    "visit",
    "cooperation",
    "sanctions",
    "nuclear",
    "region",
    "delegation",
    "railway",
    "port",
    "agreement",
    "security",
    "trade",
    "bridge",
]


def _article_text(rng: random.Random) -> str:
    lead = "Russian President Vladimir Putin met Kim Jong Un in Vladivostok on Thursday."
    return lead + " " + " ".join(rng.choice(WORDS) for _ in range(120)) + "."


def _feed() -> list[Document]:
    """10 distinct articles and 10 copies of one more, all reporting the same meeting;
    plus, on the same day and dyad, a different event (an accusation)."""
    rng = random.Random(7)
    texts = [_article_text(rng) for _ in range(10)]
    syndicated = _article_text(rng)
    texts += [syndicated + f"\n\nDistributed by agency {i}." for i in range(10)]
    putin, kim = mention("Vladimir Putin", "RUSGOV"), mention("Kim Jong Un", "PRKGOV")
    docs = []
    for number, text in enumerate(texts):
        aid = f"art{number:02d}"
        events = (event(aid, "043", putin, kim, date(2019, 4, 25)),)
        if number == 0:
            events += (event(aid, "112", putin, kim, date(2019, 4, 25), number=2),)
        article = Article(
            id=aid,
            text=text,
            published=datetime(2019, 4, 26),
            url=f"https://site{number}.example/{aid}",
            source=f"Outlet {number}",
        )
        docs.append(Document(article=article, mentions=(putin, kim), events=events))
    return docs


def test_one_event_in_twenty_reports_is_one_merged_event(tmp_path):
    with EventStore(tmp_path / "feed.duckdb") as store:
        store.write(
            _feed(), [], run_id=store.start_run(config={}, stages=[], inputs=[], version="t")
        )
        clusters = merge_store(store)
    meetings = [c for c in clusters if c.first.cameo == "043"]
    assert len(meetings) == 1
    assert (len(meetings[0].reports), meetings[0].stories, meetings[0].publishers) == (20, 11, 20)
    assert [c.first.cameo for c in clusters if c not in meetings] == ["112"]
    con = connect(tmp_path / "feed.duckdb", read_only=True)
    rows = con.execute("SELECT cameo, reports, articles FROM clusters ORDER BY cameo").fetchall()
    assert rows == [("043", 20, 11), ("112", 1, 1)]
    assert con.execute("SELECT count(*) FROM cluster_reports").fetchone()[0] == 21


def test_merging_twice_gives_the_same_clusters(tmp_path):
    with EventStore(tmp_path / "feed.duckdb") as store:
        store.write(
            _feed(), [], run_id=store.start_run(config={}, stages=[], inputs=[], version="t")
        )
        first = sorted(c.id for c in merge_store(store))
        second = sorted(c.id for c in merge_store(store))
    assert first == second


def _report(
    event_id: str,
    day: date,
    cameo: str = "190",
    evidence: str = "troops shelled the town",
    lat: float | None = 50.0,
) -> Report:
    return Report(
        event_id=event_id,
        article_id=event_id,
        source_code="RUSMIL",
        target_code="UKR",
        cameo=cameo,
        day=day,
        lat=lat,
        lon=36.0,
        evidence=evidence,
        publisher="x",
    )


def test_what_counts_as_the_same_event():
    options = MergeOptions()
    base = _report("a", date(2022, 5, 1))
    assert same_event(base, _report("b", date(2022, 5, 2)), options)
    assert not same_event(base, _report("c", date(2022, 5, 4)), options)
    assert not same_event(base, _report("d", date(2022, 5, 1), lat=55.0), options)
    assert same_event(base, _report("e", date(2022, 5, 1), lat=None), options)
    unlike = _report("f", date(2022, 5, 1), cameo="193", evidence="a sniper wounded two soldiers")
    assert not same_event(base, unlike, options)
    assert len(merge([base, unlike], {})) == 2


def test_syndicated_copies_count_as_one_story():
    rng = random.Random(1)
    story, other = _article_text(rng), _article_text(rng)
    texts = {"a": story, "b": story + " Copyright agency.", "c": other}
    assert count_stories(["a", "b", "c"], texts, MergeOptions()) == 2


def test_the_merge_command_lists_the_most_reported_events(tmp_path):
    import json

    from click.testing import CliRunner

    from eventwire.cli import main

    db = tmp_path / "feed.duckdb"
    with EventStore(db) as store:
        store.write(
            _feed(), [], run_id=store.start_run(config={}, stages=[], inputs=[], version="t")
        )
    result = CliRunner().invoke(main, ["merge", "--db", str(db), "--top", "1"])
    assert result.exit_code == 0 and "21 reports merged into 2 events" in result.stderr
    [top] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (top["cameo"], top["reports"], top["articles"], top["sources"]) == ("043", 20, 11, 20)
