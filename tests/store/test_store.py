from datetime import date, datetime

import pytest

from eventwire.datatypes import (
    Actor,
    Article,
    Document,
    Event,
    Factuality,
    Mention,
    Place,
    Reject,
    Span,
    Toponym,
)
from eventwire.errors import StoreError
from eventwire.records import event_record
from eventwire.store import EventFilter, EventStore, connect, query_events, summarize

TEXT = "Russian President Vladimir Putin met Kim Jong Un in Vladivostok on Thursday."


def _mention(phrase: str, code: str) -> Mention:
    start = TEXT.index(phrase)
    actor = Actor(code=code, country=code[:3], sectors=(code[3:],), name=phrase)
    return Mention(start=start, end=start + len(phrase), text=phrase, sentence=0, actor=actor)


def _document(article_id: str = "a1", factuality: Factuality = Factuality.ASSERTED) -> Document:
    source, target = _mention("Vladimir Putin", "RUSGOV"), _mention("Kim Jong Un", "PRKGOV")
    where = TEXT.index("Vladivostok")
    place = Place(name="Vladivostok", lat=43.1, lon=131.9, country="RUS", geonameid=2013348)
    event = Event(
        id=f"{article_id}-e1",
        article_id=article_id,
        sentence=0,
        cameo="043",
        plover="CONSULT",
        mode="visit",
        goldstein=2.8,
        quad_class=1,
        source=source,
        target=target,
        factuality=factuality,
        evidence=Span(start=0, end=len(TEXT) - 1, text=TEXT[:-1]),
        trigger=Span(start=TEXT.index("met"), end=TEXT.index("met") + 3, text="met"),
        place=Toponym(start=where, end=where + 11, text="Vladivostok", sentence=0, place=place),
        date=date(2019, 4, 25),
        confidence=0.9,
        rule="test",
    )
    article = Article(id=article_id, text=TEXT, title="Summit", published=datetime(2019, 4, 26))
    return Document(article=article, mentions=(source, target), events=(event,))


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
    assert stored["article"] == {"title": "Summit", "published": "2019-04-26T00:00:00", "url": None}
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
