"""Running the app with uvicorn: in the foreground (``eventwire serve``) or in a thread."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import uvicorn

from eventwire.config import load_config

FACTORY = "eventwire.web.server:app_from_environment"


def worker_environment(
    db: str, *, token: str | None, config_files: Sequence[str]
) -> dict[str, str]:
    """What each server process of ``eventwire serve --workers N`` builds its app from."""
    return {
        "EVENTWIRE_DB": db,
        "EVENTWIRE_TOKEN": token or "",
        "EVENTWIRE_CONFIG_FILES": os.pathsep.join(config_files),
    }


def app_from_environment() -> Any:
    """The app of one server process, from ``worker_environment``'s variables."""
    from eventwire.web import create_app

    files = os.environ.get("EVENTWIRE_CONFIG_FILES", "").split(os.pathsep)
    return create_app(
        os.environ["EVENTWIRE_DB"],
        token=os.environ.get("EVENTWIRE_TOKEN") or None,
        config=load_config(*(path for path in files if path)),
    )


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


@contextmanager
def background(app: Any, *, host: str = "127.0.0.1", timeout: float = 10.0) -> Iterator[str]:
    """Serve ``app`` from a thread on a free loopback port; yields its base URL."""
    port = free_port(host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="eventwire-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
