"""The web app in Debian's chromium, driven by Playwright, against a real uvicorn server.

Skipped when /usr/bin/chromium or the playwright package is missing (``.ci/run`` installs
both). Screenshots go to $EVENTWIRE_SCREENSHOTS, or to pytest's tmp_path.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.web.stores import SANCTIONS_EVIDENCE, build_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTICLE = (
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok "
    "on Thursday. The two leaders discussed the nuclear standoff with the United States.\n\n"
    "Washington imposed new sanctions on Pyongyang on Monday."
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    pytest.importorskip("fastapi")
    from eventwire.web import create_app
    from eventwire.web.server import background

    db = build_store(tmp_path_factory.mktemp("browser") / "events.duckdb")
    app = create_app(db)
    with background(app) as url:
        deadline = time.monotonic() + 10
        while len(app.state.memo) < 6 and time.monotonic() < deadline:
            time.sleep(0.05)
        app.state.prepared = len(app.state.memo)
        yield url, app


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("EVENTWIRE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser, server):
    """A fresh page that records requests and script errors; none may leave loopback."""
    base_url, _ = server
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=base_url)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    requests, errors = [], []
    tab.on("request", lambda request: requests.append(request.url))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert [url for url in requests if not url.startswith(base_url)] == []
    assert errors == []


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def ready(tab, path):
    tab.goto(path)
    tab.wait_for_selector("body[data-ready=true]")


def test_dashboard_search_and_article(page, shots, server):
    ready(page, "/")
    _, app = server
    assert len(app.state.memo) == app.state.prepared == 6  # its first answers were ready
    assert page.locator("#dyad-chart svg polyline").count() == 2
    assert page.locator("#map svg .places circle").count() == 1
    assert page.locator("#network svg path.edge").count() >= 3
    assert page.locator("table.events tbody tr").count() == 6
    assert "4 articles" in page.inner_text("#stats")
    page.screenshot(path=shots / "dashboard.png", full_page=True)

    page.fill("#q", "sanctions")
    page.press("#q", "Enter")
    expect(page.locator("table.events tbody tr")).to_have_count(1)
    assert page.inner_text("table.events mark.match") == "sanctions"
    # (an element shot: right after a full-page one, chromium 156 drops the next click)
    page.locator("#events-title").locator("xpath=../..").screenshot(
        path=shots / "dashboard-search.png"
    )

    page.click("table.events a.event-link")
    page.wait_for_url(lambda url: url.endswith("/article?id=b1&event=b1-1"))
    page.wait_for_selector("body[data-ready=true]")
    assert page.inner_text("mark.evidence") == SANCTIONS_EVIDENCE
    assert page.inner_text("mark.evidence .hl-source") == "Washington"
    assert page.inner_text("mark.evidence .hl-target") == "Pyongyang"
    assert page.inner_text("mark.evidence .hl-trigger") == "imposed"
    fields = page.inner_text(".card.selected .fields")
    for field in ("cameo", "163", "goldstein", "quad_class", "factuality", "rule", "run_id"):
        assert field in fields
    page.screenshot(path=shots / "article.png", full_page=True)


def test_code_a_pasted_article(page, shots):
    ready(page, "/code")
    page.fill("#text-input", ARTICLE)
    page.fill("input[name=published]", "2019-04-26")
    page.click("#code-button")
    page.wait_for_selector("body[data-coded=true]", timeout=45_000)
    assert page.locator("#events .error").count() == 0
    assert page.locator("#events .card").count() >= 1
    evidence = page.inner_text("mark.evidence")
    assert evidence and evidence in ARTICLE
    assert page.locator(".card.selected .fields dd").count() > 20
    page.screenshot(path=shots / "code.png", full_page=True)


def test_api_docs_render_offline(page, shots):
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock-summary-path")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/events" in paths and "/api/code" in paths
    page.screenshot(path=shots / "docs.png")
