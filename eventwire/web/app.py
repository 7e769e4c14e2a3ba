"""The web application: the REST API under /api, the pages, the static files, /docs."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import duckdb
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.config import Config
from eventwire.errors import ConfigError, EventwireError, InputError, StageError, StoreError
from eventwire.store import connect
from eventwire.web.api import router, warm
from eventwire.web.coder import Coder
from eventwire.web.guards import BodyLimit, SecurityHeaders
from eventwire.web.memo import Memo
from eventwire.web.models import MAX_BODY
from eventwire.web.queries import Kept

STATIC = Path(__file__).parent / "static"
PAGES = {"/": "index.html", "/article": "article.html", "/code": "code.html"}
STATUS = {InputError: 422, ConfigError: 500, StageError: 500, StoreError: 503}
SWAGGER = "/static/vendor/swagger-ui"
QUERY_SECONDS = 10.0
log = logging.getLogger(__name__)


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    config: Config | None = None,
    query_seconds: float = QUERY_SECONDS,
    query_threads: int | None = None,
) -> FastAPI:
    """The API and web app over the store at ``db_path``, opened read-only.

    ``token``, when given, is required (``Authorization: Bearer TOKEN``) to code texts;
    ``config`` sets the pipeline that codes them (the shipped defaults otherwise); a query
    that runs longer than ``query_seconds`` is stopped and answered with 503. DuckDB runs
    each query on ``query_threads`` threads (all cores when not given); several server
    processes share the cores among them.
    """

    def open_store() -> duckdb.DuckDBPyConnection:
        store = connect(db_path, read_only=True)
        if query_threads is not None:
            store.execute(f"SET threads = {int(query_threads)}")
        return store

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The store opens with the app, and again when a stopped app starts once more.
        app.state.store = app.state.store or open_store()
        warming = threading.Thread(target=_warm, args=(app,), name="eventwire-warm", daemon=True)
        warming.start()
        yield
        warming.join(timeout=app.state.query_seconds)
        app.state.store.close()
        app.state.store = None

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Political events coded from news, with the evidence for each.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = open_store()
    app.state.db_path, app.state.token = str(db_path), token or None
    app.state.query_seconds = query_seconds
    app.state.coder = Coder(config)
    app.state.memo = Memo()
    app.state.kept = Kept()
    app.include_router(router)
    _add_errors(app)
    _add_pages(app)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY)
    app.add_middleware(SecurityHeaders)
    return app


def _warm(app: FastAPI) -> None:
    try:
        warm(app.state.memo, app.state.store, app.state.kept)
    except (duckdb.Error, EventwireError):  # the routes will say what is wrong
        log.exception("could not prepare the dashboard's first answers")


def _add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for path, name in PAGES.items():
        app.add_api_route(path, _page(STATIC / name), include_in_schema=False)
    app.add_api_route("/docs", _docs, include_in_schema=False)
    app.add_api_route(
        "/favicon.ico", _page(STATIC / "favicon.svg", "image/svg+xml"), include_in_schema=False
    )


def _page(path: Path, media_type: str = "text/html") -> Callable[[], Awaitable[FileResponse]]:
    async def page() -> FileResponse:
        return FileResponse(path, media_type=media_type)

    return page


async def _docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="eventwire API",
        swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
        swagger_css_url=f"{SWAGGER}/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
    )


def _add_errors(app: FastAPI) -> None:
    async def eventwire_error(request: Request, error: Exception) -> JSONResponse:
        status = next((s for kind, s in STATUS.items() if isinstance(error, kind)), 400)
        return JSONResponse({"detail": str(error)}, status_code=status)

    async def store_error(request: Request, error: Exception) -> JSONResponse:
        log.exception("store query failed on %s", request.url.path, exc_info=error)
        return JSONResponse({"detail": "the store could not answer this query"}, status_code=500)

    async def too_slow(request: Request, error: Exception) -> JSONResponse:
        seconds = request.app.state.query_seconds
        detail = f"the query took longer than {seconds:g} s; narrow it (dates, actors, codes)"
        return JSONResponse({"detail": detail}, status_code=503)

    app.add_exception_handler(EventwireError, eventwire_error)
    app.add_exception_handler(duckdb.InterruptException, too_slow)
    app.add_exception_handler(duckdb.Error, store_error)
