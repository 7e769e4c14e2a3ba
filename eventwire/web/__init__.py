"""The REST API and the web app over an event store (``pip install 'eventwire[web]'``).

    from eventwire.web import create_app
    app = create_app("events.duckdb", token=None)   # an ASGI app: uvicorn, TestClient

``eventwire serve --db events.duckdb`` runs it on 127.0.0.1:8000; see ``docs/web.md``.
"""

from eventwire.web.app import create_app

__all__ = ["create_app"]
