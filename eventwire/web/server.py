"""Running the app with uvicorn: in the foreground (``eventwire serve``) or in a thread."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import Any

import uvicorn

from eventwire.config import load_config

FACTORY = "eventwire.web.server:app_from_environment"
# Linux spreads the connections to a port evenly among the sockets bound to it with
# SO_REUSEPORT; elsewhere the processes share one socket (uvicorn's own workers).
SPREADS_CONNECTIONS = sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT")
QUICK_END = 10.0  # seconds: a server process that ends sooner did not start
log = logging.getLogger(__name__)


def worker_environment(
    db: str, *, token: str | None, config_files: Sequence[str], workers: int
) -> dict[str, str]:
    """What each server process of ``eventwire serve --workers N`` builds its app from; the
    processes share the cores, so each gives DuckDB its part of them."""
    return {
        "EVENTWIRE_DB": db,
        "EVENTWIRE_TOKEN": token or "",
        "EVENTWIRE_CONFIG_FILES": os.pathsep.join(config_files),
        "EVENTWIRE_QUERY_THREADS": str(max(1, (os.cpu_count() or 1) // workers)),
    }


def app_from_environment() -> Any:
    """The app of one server process, from ``worker_environment``'s variables."""
    from eventwire.web import create_app

    files = os.environ.get("EVENTWIRE_CONFIG_FILES", "").split(os.pathsep)
    return create_app(
        os.environ["EVENTWIRE_DB"],
        token=os.environ.get("EVENTWIRE_TOKEN") or None,
        config=load_config(*(path for path in files if path)),
        query_threads=int(os.environ.get("EVENTWIRE_QUERY_THREADS") or 0) or None,
    )


def reuse_port_socket(host: str, port: int, *, shared: bool = True) -> socket.socket:
    """A socket listening on ``host:port`` that other server processes bind too (or, not
    ``shared``, that nobody else may bind: a test that the port is free)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    return sock


def _serve_one(host: str, port: int) -> None:
    """One server process: its own socket on the port, its app from the environment."""
    config = uvicorn.Config(FACTORY, factory=True, log_level="warning")
    uvicorn.Server(config).run(sockets=[reuse_port_socket(host, port)])


def serve_processes(workers: int, *, host: str, port: int) -> None:
    """Run ``workers`` server processes on ``host:port`` until SIGINT or SIGTERM, each with
    its own socket, so that the kernel spreads connections evenly among them (one shared
    socket lets the least busy process take most keep-alive connections). A process that
    ends while serving is replaced; the apps come from ``worker_environment``'s variables.

    Raises ``OSError`` when the port is taken, ``RuntimeError`` when a process cannot start.
    """
    reuse_port_socket(host, port, shared=False).close()  # the port is free, or say so now
    context = multiprocessing.get_context("spawn")
    stop = threading.Event()

    def stopping(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, stopping) for sig in (signal.SIGINT, signal.SIGTERM)}
    processes: list[tuple[Any, float]] = []
    try:
        processes = [_start(context, host, port) for _ in range(workers)]
        while not stop.wait(0.5):
            processes = [_replace_ended(context, host, port, *item) for item in processes]
    finally:
        _stop_all([process for process, _ in processes])
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _start(context: Any, host: str, port: int) -> tuple[Any, float]:
    process = context.Process(target=_serve_one, args=(host, port), name="eventwire-serve")
    process.start()
    return process, time.monotonic()


def _replace_ended(
    context: Any, host: str, port: int, process: Any, started: float
) -> tuple[Any, float]:
    if process.is_alive():
        return process, started
    if time.monotonic() - started < QUICK_END:
        raise RuntimeError(
            f"a server process ended as it started (exit status {process.exitcode}); "
            "its messages above say why"
        )
    log.warning(
        "server process %s ended (exit status %s); starting another", process.pid, process.exitcode
    )
    return _start(context, host, port)


def _stop_all(processes: list[Any], timeout: float = 10.0) -> None:
    for process in processes:
        if process.is_alive():
            process.terminate()
    deadline = time.monotonic() + timeout
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join()


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
