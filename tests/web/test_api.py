"""The REST API over a hand-built store, through FastAPI's TestClient (no network, no spaCy)."""

from __future__ import annotations

import asyncio
import dataclasses
import re
import time
from datetime import date

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from eventwire.analyse import Window, dyad_series
from eventwire.datatypes import Document, Factuality
from eventwire.errors import StoreError
from eventwire.store import connect
from eventwire.web import create_app
from eventwire.web.app import STATIC
from eventwire.web.memo import Memo
from eventwire.web.models import MAX_BODY, MAX_TEXT
from tests.store.events import event, mention
from tests.web.stores import SANCTIONS_EVIDENCE, SANCTIONS_TEXT, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("web") / "events.duckdb")


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as test_client:
        yield test_client


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def ids(page):
    return [e["id"] for e in page["events"]]


# ---- /api/events ---------------------------------------------------------------------------


def test_events_are_native_records_with_their_article_and_a_total(client):
    page = get(client, "/api/events")
    assert (page["total"], page["page"], page["pages"]) == (6, 1, 1)
    first = page["events"][0]
    assert first["id"] == "a1-1"
    assert first["article"]["title"] == "Title a1"
    assert first["source"]["code"] == "RUSGOV"
    assert first["evidence"] == {"start": 0, "end": 75, "text": first["evidence"]["text"]}
    assert first["place"]["name"] == "Vladivostok"
    assert {e["factuality"] for e in page["events"]} == {"asserted"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("source=rus", ["a1-1", "a2-2"]),
        ("target=PRKGOV", ["a1-1", "a2-2", "a3-1", "b1-1"]),
        ("since=2019-05-01&until=2019-05-31", ["a2-1", "a2-2"]),
        ("code=16", ["a3-1", "b1-1"]),
        ("source=RUS&all=true", ["a1-1", "a2-2", "a2-3"]),
        ("q=SANCTIONS", ["b1-1"]),
        ("q=vladimir putin&target=PRK", ["a1-1", "a2-2", "a3-1"]),
        ("q=100%25", []),
        ("q=_", []),
    ],
)
def test_event_filters(client, query, expected):
    page = get(client, f"/api/events?{query}")
    assert ids(page) == expected
    assert page["total"] == len(expected)


def test_pages_split_the_events_without_gaps_or_repeats(client):
    everything = ids(get(client, "/api/events?all=true"))
    pages = [get(client, f"/api/events?all=true&page_size=3&page={n}") for n in (1, 2, 3)]
    assert [p["pages"] for p in pages] == [3, 3, 3]
    assert [p["total"] for p in pages] == [7, 7, 7]
    assert ids(pages[0]) + ids(pages[1]) + ids(pages[2]) == everything
    assert ids(pages[2]) == everything[-1:]
    beyond = get(client, "/api/events?page=9&page_size=3")
    assert (beyond["total"], beyond["events"]) == (6, [])


def test_text_search_pages_and_counts_in_one_pass(client):
    page = get(client, "/api/events?q=kim jong&page_size=2&page=2")
    assert page["total"] == 5
    assert ids(page) == ["a2-1", "a2-2"]
    assert get(client, "/api/events?q=kim jong&page=4&page_size=2")["total"] == 5


def test_events_by_intensity(client):
    page = get(client, "/api/events?sort=intensity&page_size=2")
    assert ids(page) == ["a2-2", "a3-1"]  # assault (-9 x 0.9), then the US sanction


@pytest.mark.parametrize(
    "query",
    [
        "page_size=1000",
        "page=0",
        "since=2019-13-01",
        "since=0.0",
        "until=20190425",
        "code=4x",
        "source=RUS;DROP",
        "sort=random",
        f"q={'x' * 201}",
    ],
)
def test_bad_event_parameters_are_422_with_the_reason(client, query):
    detail = get(client, f"/api/events?{query}", status=422)["detail"]
    assert detail[0]["loc"][0] == "query"
    assert detail[0]["msg"]


# ---- analysis routes ------------------------------------------------------------------------


def test_dyad_is_the_analysis_library_series(client, db):
    answer = get(client, "/api/dyad?a=rus&b=prk&by=month")
    assert (answer["a"], answer["b"], answer["by"]) == ("RUS", "PRK", "month")
    con = connect(db, read_only=True)
    try:
        expected = dyad_series(con, "RUS", "PRK", by="month")
    finally:
        con.close()
    assert answer["points"] == [
        {**dataclasses.asdict(p), "period": p.period.isoformat()} for p in expected
    ]
    assert answer["points"][0]["period"] == "2019-04-01"


def test_dyad_windows_and_errors(client):
    assert get(client, "/api/dyad?a=RUS&b=PRK&since=2019-05-10")["points"][0]["events"] == 1
    everything = get(client, "/api/dyad?a=RUS&b=PRK&by=year&all=true")["points"]
    assert sum(p["events"] for p in everything) == 5
    assert get(client, "/api/dyad?a=RUS&b=PRK&by=fortnight", status=422)
    assert get(client, "/api/dyad?a=RUS", status=422)


def test_network_edges_nodes_levels_and_limits(client):
    graph = get(client, "/api/network")
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    assert edges[("RUSGOV", "PRKGOV")]["events"] == 2
    assert edges[("USA", "PRKGOV")]["mean_goldstein"] == -8.0
    nodes = {n["code"]: n for n in graph["nodes"]}
    assert nodes["PRKGOV"] == {"code": "PRKGOV", "as_source": 2, "as_target": 4}
    by_country = get(client, "/api/network?level=country")["edges"]
    assert {(e["source"], e["target"]) for e in by_country} == {
        ("RUS", "PRK"),
        ("PRK", "RUS"),
        ("USA", "PRK"),
    }
    assert len(get(client, "/api/network?min_events=2")["edges"]) == 2
    assert len(get(client, "/api/network?limit=1")["edges"]) == 1
    get(client, "/api/network?level=region", status=422)


def test_actors_with_their_counts(client):
    actors = {a["code"]: a for a in get(client, "/api/actors")}
    assert actors["PRKGOV"] == {
        "code": "PRKGOV",
        "country": "PRK",
        "events": 6,
        "as_source": 2,
        "as_target": 4,
    }
    assert [a["code"] for a in get(client, "/api/actors?prefix=us")] == ["USA", "USAGOV"]
    assert get(client, "/api/actors?prefix=RUS&all=true")[0]["events"] == 5
    assert len(get(client, "/api/actors?limit=1")) == 1


def test_places_follow_the_event_filters(client):
    assert get(client, "/api/places") == [
        {
            "name": "Vladivostok",
            "country": "RUS",
            "lat": 43.1,
            "lon": 131.9,
            "events": 5,
            "goldstein": -14.4,
        }
    ]
    assert get(client, "/api/places?source=USA")[0]["events"] == 1
    assert get(client, "/api/places?all=true")[0]["events"] == 6
    assert get(client, "/api/places?q=sanctions") == []


def test_summary(client):
    summary = get(client, "/api/summary?top=3")
    assert (summary["articles"], summary["events"], summary["events_all"]) == (4, 6, 7)
    assert summary["dates"] == {"first": "2019-04-25", "last": "2019-06-03"}
    assert summary["by_type"][0] == {"root": "04", "plover": "CONSULT", "events": 2}
    assert summary["top_dyads"][0]["events"] == 2
    assert [e["id"] for e in summary["top_events"]] == ["a2-2", "a3-1", "b1-1"]
    assert summary["rejects"] == []


# ---- /api/articles/{id} ---------------------------------------------------------------------


def test_an_article_with_its_text_events_evidence_and_mentions(client):
    article = get(client, "/api/articles/b1")
    assert article["text"] == SANCTIONS_TEXT
    assert (article["title"], article["published"]) == ("New sanctions", "2019-06-03T00:00:00")
    (coded,) = article["events"]
    evidence = coded["evidence"]
    assert article["text"][evidence["start"] : evidence["end"]] == SANCTIONS_EVIDENCE
    assert evidence["text"] == SANCTIONS_EVIDENCE
    assert coded["source"]["text"] == "Washington"
    assert coded["trigger"]["text"] == "imposed"
    assert [m["code"] for m in article["mentions"]] == ["USAGOV", "PRKGOV"]


def test_an_article_shows_every_event_even_those_not_asserted(client):
    events = get(client, "/api/articles/a2")["events"]
    assert [e["factuality"] for e in events] == ["asserted", "asserted", "future"]


def test_an_unknown_article_is_a_404_in_json(client):
    assert get(client, "/api/articles/nope", status=404) == {"detail": "no article with id 'nope'"}


# ---- POST /api/code -------------------------------------------------------------------------

CODE_TEXT = "Russian President Vladimir Putin met Kim Jong Un in Vladivostok on Thursday."


def fake_pipeline(article):
    """Stands in for the spaCy pipeline: per article one asserted event, one future one and
    one asserted on no one."""
    rus, prk = mention("Vladimir Putin", "RUSGOV"), mention("Kim Jong Un", "PRKGOV")
    events = (
        dataclasses.replace(event(article.id, "043", rus, prk, date(2019, 4, 25)), id="c1"),
        dataclasses.replace(
            event(article.id, "040", rus, prk, date(2019, 5, 1), factuality=Factuality.FUTURE),
            id="c2",
        ),
        dataclasses.replace(event(article.id, "040", rus, None, date(2019, 4, 25)), id="c3"),
    )
    return Document(article=article, events=events)


def coding_app(db, token=None):
    app = create_app(db, token=token)
    app.state.coder._pipeline = fake_pipeline
    return TestClient(app)


def test_code_a_text(db):
    client = coding_app(db)
    response = client.post("/api/code", json={"text": CODE_TEXT, "published": "2019-04-26"})
    assert response.status_code == 200, response.text
    coded = response.json()
    assert coded["article"]["text"] == CODE_TEXT
    assert coded["article"]["published"] == "2019-04-26T00:00:00"
    assert [e["id"] for e in coded["events"]] == ["c1"]
    assert coded["events"][0]["evidence"]["text"] == CODE_TEXT[:-1]
    assert coded["events"][0]["source"]["code"] == "RUSGOV"
    assert coded["skipped"] is None
    everything = client.post("/api/code", json={"text": CODE_TEXT, "all": True}).json()
    assert [e["id"] for e in everything["events"]] == ["c1", "c2", "c3"]


def test_coding_needs_the_token_when_one_is_set(db):
    client = coding_app(db, token="s3cret")
    body = {"text": CODE_TEXT}
    refused = client.post("/api/code", json=body)
    assert refused.status_code == 401
    assert "Bearer" in refused.json()["detail"]
    assert refused.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/api/code", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    right = client.post("/api/code", json=body, headers={"Authorization": "Bearer s3cret"})
    assert right.status_code == 200
    assert client.get("/api/info").json()["code_requires_token"] is True
    assert client.get("/api/events").status_code == 200  # reading needs no token


@pytest.mark.parametrize(
    "body",
    [{"text": ""}, {"text": "x" * (MAX_TEXT + 1)}, {"text": "x", "colour": "red"}, {}],
)
def test_bad_code_requests_are_422(db, body):
    assert coding_app(db).post("/api/code", json=body).status_code == 422


def test_request_bodies_are_limited(db):
    client = coding_app(db)
    big = b'{"text": "' + b"x" * MAX_BODY + b'"}'
    response = client.post("/api/code", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "bytes" in response.json()["detail"]


def test_a_body_without_its_length_is_refused():
    from eventwire.web.guards import BodyLimit

    sent = []

    async def send(message):
        sent.append(message)

    async def never(scope, receive, send):  # pragma: no cover - must not be reached
        raise AssertionError("the app was called")

    scope = {"type": "http", "method": "POST", "headers": [], "path": "/api/code"}
    asyncio.run(BodyLimit(never, max_bytes=10)(scope, None, send))
    assert sent[0]["status"] == 411


# ---- the app: pages, static files, docs, headers, read-only ---------------------------------


def test_pages_and_their_local_assets(client):
    for path in ("/", "/article", "/code"):
        response = client.get(path)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/html")
        for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', response.text):
            assert client.get(asset).status_code == 200, asset


def test_nothing_is_fetched_from_elsewhere():
    """Every script, stylesheet and the map geometry ship in the package."""
    remote = re.compile(r"""(?:src=|href=|url\(|from\s|import\(|fetch\()\s*["']?(?:https?:)?//""")
    for path in STATIC.glob("*.*"):
        assert not remote.search(path.read_text()), path.name
    for module in STATIC.glob("*.js"):
        for name in re.findall(r'from "\./([^"]+)"', module.read_text()):
            assert (STATIC / name).exists(), f"{module.name} imports {name}"


def test_openapi_and_docs_work_offline(client):
    schema = get(client, "/openapi.json")
    assert {
        "/api/events",
        "/api/dyad",
        "/api/network",
        "/api/actors",
        "/api/places",
        "/api/summary",
        "/api/articles/{article_id}",
        "/api/code",
        "/api/info",
    } <= set(schema["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    for asset in re.findall(r'"(/static/vendor/[^"]+)"', docs.text):
        assert client.get(asset).status_code == 200
    assert "cdn" not in docs.text


def test_security_headers(client):
    page = client.get("/")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "default-src 'self'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" in client.get("/docs").headers["content-security-policy"]


def test_the_dashboards_first_answers_are_ready_when_the_server_starts(db):
    app = create_app(db)
    with TestClient(app) as started:
        deadline = time.monotonic() + 10
        while len(app.state.memo) < 6 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(app.state.memo) == 6
        for url in (
            "/api/summary?top=5",
            "/api/actors?limit=300",
            "/api/network?limit=200",
            "/api/places",
            "/api/events?page=1&page_size=25",
            "/api/dyad?a=PRK&b=RUS&by=month",
        ):
            assert started.get(url).status_code == 200
        assert len(app.state.memo) == 6  # dashboard.js asks for what was prepared


def test_memo_keeps_the_most_recent_answers_within_its_bytes():
    memo = Memo(8)
    calls = []
    for key in ("a", "b", "a", "c", "b"):
        memo.get(key, lambda key=key: calls.append(key) or key.encode() * 4)
    assert calls == ["a", "b", "c", "b"]
    assert memo.get("c", lambda: b"again") == b"cccc"
    assert memo.held == 8 and (memo.hits, memo.misses) == (2, 4)
    assert memo.get("big", lambda: b"x" * 9) == b"x" * 9  # too big to keep: sent, not kept
    assert "big" not in memo and memo.held == 8


def test_kept_headers_and_dyad_days_spare_the_store_a_second_query(db):
    from eventwire.web.queries import Kept, Reader

    kept = Kept()
    con = connect(db, read_only=True)
    first = Reader(con, kept)
    headers = kept.headers.get(con, {"a1", "a2", "nowhere"})
    by_month = first.dyad("RUS", "PRK", by="month", window=Window())
    assert by_month == dyad_series(con, "RUS", "PRK", by="month")
    con.close()  # from here on, any query would fail
    assert headers["a1"]["article_title"] == "Title a1" and "nowhere" not in headers
    assert kept.headers.get(con, {"a1", "a2"}) == {k: headers[k] for k in ("a1", "a2")}
    later = Reader(con, kept)
    assert later.dyad("RUS", "PRK", by="month", window=Window()) == by_month
    assert sum(p.events for p in later.dyad("RUS", "PRK", by="year", window=Window())) == sum(
        p.events for p in by_month
    )


def test_answers_are_json_without_nan():
    from eventwire.web.api import _encode

    assert _encode({"goldstein": float("nan"), "text": "Пхеньян"}) == (
        '{"goldstein":null,"text":"Пхеньян"}'.encode()
    )


def test_info(client):
    info = get(client, "/api/info")
    assert info["store"] == "events.duckdb"
    assert info["code_requires_token"] is False
    assert info["max_page_size"] == 200


def test_the_store_is_opened_read_only(tmp_path, db):
    with pytest.raises(StoreError, match="no such event store"):
        create_app(tmp_path / "missing.duckdb")
    assert not (tmp_path / "missing.duckdb").exists()
    app = create_app(db)
    with pytest.raises(Exception, match="read-only"):
        app.state.store.execute("DELETE FROM events")


def test_every_static_file_is_package_data():
    import fnmatch
    import tomllib

    root = STATIC.parents[2]
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["*"]
    missing = [
        path.name
        for path in STATIC.rglob("*")
        if path.is_file() and not any(fnmatch.fnmatch(path.name, p) for p in patterns)
    ]
    assert missing == []


def test_a_query_over_the_time_limit_is_stopped_with_a_503(db, monkeypatch):
    from eventwire.web import queries

    counted_page = queries.counted_page

    def endless_for_russia(con, query):
        if query.selection.source == "RUS":
            con.execute("SELECT count(*) FROM range(10000000000) a, range(10) b").fetchall()
        return counted_page(con, query)

    monkeypatch.setattr(queries, "counted_page", endless_for_russia)
    started = time.perf_counter()
    with TestClient(create_app(db, query_seconds=0.2)) as client:
        response = client.get("/api/events?source=RUS")
    assert time.perf_counter() - started < 10
    assert response.status_code == 503
    assert "took longer than 0.2 s" in response.json()["detail"]


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../../../etc/passwd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2f..%2fetc%2fpasswd",
        "/static/vendor/../../app.py",
        "/static//etc/passwd",
    ],
)
def test_static_files_never_leave_the_static_folder(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "create_app" not in response.text
