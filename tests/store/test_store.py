from datetime import date, datetime

import pytest

from eventwire.datatypes import Document, Factuality, Reject
from eventwire.errors import StoreError
from eventwire.records import event_record
from eventwire.store import EventFilter, EventStore, connect, query_events, summarize
from tests.store.events import document, event, mention


def _document(article_id: str = "a1", factuality: Factuality = Factuality.ASSERTED) -> Document:
    source, target = mention("Vladimir Putin", "RUSGOV"), mention("Kim Jong Un", "PRKGOV")
    meeting = event(article_id, "043", source, target, date(2019, 4, 25), factuality=factuality)
    return document(article_id, (meeting,), datetime(2019, 4, 26))


def _store(tmp_path, docs, rejects=()):
    store = EventStore(tmp_path / "events.duckdb")
    run_id = store.start_run(config={}, stages=["s"], inputs=["x"], version="t")
    store.write(docs, list(rejects), run_id=run_id)
    store.close()
    return tmp_path / "events.duckdb", run_id


def test_stored_events_come_back_as_the_same_native_records(tmp_path):
    doc = _document()
    path, run_id = _store(tmp_path, [doc])
    con = connect(path, read_only=True)
    [stored] = query_events(con, EventFilter())
    assert stored == event_record(doc.events[0], article=doc.article, run_id=run_id)
    assert stored["article"] == {
        "title": "Title a1",
        "published": "2019-04-26T00:00:00",
        "url": "https://news.example/a1",
    }
    assert stored["place"]["name"] == "Vladivostok"
    assert stored["source"]["sectors"] == ["GOV"]


def test_writing_the_same_documents_twice_changes_nothing(tmp_path):
    path, _ = _store(tmp_path, [_document()], [Reject(origin="bad.bin", reason="binary-content")])
    before = connect(path, read_only=True)
    tables = ("articles", "mentions", "events", "rejects")
    counts = [before.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    before.close()
    _store(tmp_path, [_document()], [Reject(origin="bad.bin", reason="binary-content")])
    after = connect(path, read_only=True)
    assert [after.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables] == counts
    assert counts == [1, 2, 1, 1]


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (EventFilter(source="RUS"), 1),
        (EventFilter(source="PRK"), 0),
        (EventFilter(target="PRKGOV"), 1),
        (EventFilter(since=date(2019, 4, 26)), 0),
        (EventFilter(until=date(2019, 4, 25)), 1),
        (EventFilter(code="04"), 1),
        (EventFilter(code="16"), 0),
    ],
)
def test_filters(tmp_path, selection, expected):
    path, _ = _store(tmp_path, [_document()])
    assert len(query_events(connect(path, read_only=True), selection)) == expected


def test_acts_on_no_one_are_excluded_unless_asked_but_one_sided_acts_are_not(
    tmp_path,
):
    source = mention("Vladimir Putin", "RUSGOV")
    acts = [
        event("a1", code, source, None, date(2019, 4, 25), number=n)
        for n, code in enumerate(("043", "141", "150", "1723", "173", "0813"))
    ]
    path, _ = _store(tmp_path, [document("a1", tuple(acts), datetime(2019, 4, 26))])
    con = connect(path, read_only=True)
    shown = ["0813", "141", "150", "1723"]
    assert sorted(e["cameo"] for e in query_events(con, EventFilter())) == shown
    assert len(query_events(con, EventFilter(include_all=True))) == 6
    assert summarize(con)["events"] == 4
    assert [e.shown_by_default for e in acts] == [False, True, True, True, False, True]


def test_events_that_did_not_happen_are_excluded_unless_asked(tmp_path):
    path, _ = _store(tmp_path, [_document("a1"), _document("a2", Factuality.FUTURE)])
    con = connect(path, read_only=True)
    assert len(query_events(con, EventFilter())) == 1
    assert len(query_events(con, EventFilter(include_all=True))) == 2
    summary = summarize(con)
    assert (summary["events"], summary["events_all"]) == (1, 2)
    assert summary["top_dyads"] == [("RUSGOV", "PRKGOV", 1)]


def test_a_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such event store"):
        connect(tmp_path / "absent.duckdb", read_only=True)
