"""Loopback load test of the REST API: a fixed request rate for a fixed time, bounded in both.

Usage: python benchmarks/load.py [--rate 200] [--seconds 60] [--events 100000] [--db FILE]

Builds (once; an existing --db is reused) a store of synthetic events with the builder of
benchmarks/api.py, starts ``eventwire serve --workers N`` on it (as a team would run it;
N = 2, one per core, by default), and sends requests on a fixed schedule, open loop:
request i leaves at i / rate seconds whether or not earlier answers came back, over
keep-alive connections. The mix is what a
dashboard and scripts ask for: event pages with varied filters, dyad series, summaries,
actors, networks, places and single articles. Prints the rate held, the errors (any status
other than 200, or no answer), and p50/p95/p99/max latency measured from each request's
scheduled time, so a server that falls behind shows it.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.error import URLError

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api import COUNTRIES, build_store

from eventwire.web.server import free_port

CONNECTIONS = 32
TIMEOUT = 10.0


@dataclass(slots=True)
class Tally:
    """What came back: latencies in ms of good answers, and the errors by kind."""

    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, kind: str) -> None:
        """Count one failed request."""
        self.errors[kind] = self.errors.get(kind, 0) + 1


def request_mix(count: int, *, articles: int, seed: int = 5) -> list[str]:
    """``count`` request paths in a realistic mix, most of them different from each other."""
    pick = random.Random(seed)
    top = COUNTRIES[:20]

    def events() -> str:
        a, b = pick.sample(top, 2)
        year = pick.randint(2015, 2024)
        return pick.choice(
            (
                f"/api/events?source={a}&since={year}-01-01&until={year}-12-31"
                f"&page={pick.randint(1, 5)}",
                f"/api/events?source={a}&target={b}&page_size=25",
                f"/api/events?code={pick.choice(('04', '05', '11', '17', '19'))}&source={a}",
                f"/api/events?page={pick.randint(1, 40)}&page_size=25",
            )
        )

    def dyad() -> str:
        a, b = pick.sample(top, 2)
        return f"/api/dyad?a={a}&b={b}&by={pick.choice(('month', 'week', 'year'))}"

    routes = (
        (40, events),
        (25, dyad),
        (10, lambda: f"/api/articles/a{pick.randrange(articles)}"),
        (8, lambda: "/api/summary?top=5"),
        (6, lambda: f"/api/actors?limit={pick.choice((50, 300))}"),
        (5, lambda: "/api/network?limit=200"),
        (4, lambda: "/api/places"),
        (2, lambda: "/api/info"),
    )
    weights = [weight for weight, _ in routes]
    return [pick.choices(routes, weights)[0][1]() for _ in range(count)]


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One GET on a keep-alive connection; returns the status (the body is read and dropped)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: loopback\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.lower().split(b"\r\n")
        if line.startswith(b"content-length:")
    )
    await reader.readexactly(length)
    return status


async def _worker(port: int, queue: asyncio.Queue[tuple[float, str]], tally: Tally) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while True:
            due, path = await queue.get()
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            try:
                status = await asyncio.wait_for(_get(reader, writer, path), TIMEOUT)
            except (TimeoutError, OSError, asyncio.IncompleteReadError) as error:
                tally.error(type(error).__name__)
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            else:
                if status == 200:
                    tally.latencies.append((time.perf_counter() - due) * 1000)
                else:
                    tally.error(f"HTTP {status}")
            queue.task_done()
    finally:
        writer.close()


async def run_load(port: int, paths: list[str], rate: float) -> tuple[Tally, float]:
    """Send the paths at ``rate`` per second; returns the tally and the seconds it took."""
    queue: asyncio.Queue[tuple[float, str]] = asyncio.Queue()
    tally = Tally()
    workers = [asyncio.create_task(_worker(port, queue, tally)) for _ in range(CONNECTIONS)]
    start = time.perf_counter() + 0.5
    for i, path in enumerate(paths):
        queue.put_nowait((start + i / rate, path))
    await queue.join()
    elapsed = time.perf_counter() - start
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return tally, elapsed


def serve(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    """``eventwire serve`` in its own process(es), once it answers."""
    command = [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port)]
    command += ["--workers", str(workers)]
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/info", timeout=2):
                return server
        except (URLError, OSError):
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("eventwire serve did not answer within 120 s")


def report(tally: Tally, elapsed: float, sent: int, rate: float) -> None:
    """Print the rate held, the errors and the latency percentiles."""
    done = len(tally.latencies) + sum(tally.errors.values())
    print(f"sent {sent} requests at {rate:g}/s; {done} answered in {elapsed:.1f} s")
    print(f"held {done / elapsed:.1f} requests/s; errors: {sum(tally.errors.values())}", end="")
    print(f" {tally.errors}" if tally.errors else "")
    if len(tally.latencies) >= 100:
        cuts = statistics.quantiles(tally.latencies, n=100)
        print(
            f"latency from schedule: p50 {cuts[49]:.1f} ms, p95 {cuts[94]:.1f} ms, "
            f"p99 {cuts[98]:.1f} ms, max {max(tally.latencies):.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rate", type=float, default=200.0, help="Requests per second.")
    parser.add_argument("--seconds", type=float, default=60.0, help="How long to send.")
    parser.add_argument("--events", type=int, default=100_000, help="Synthetic events.")
    parser.add_argument("--db", type=Path, help="A store to reuse (built when missing).")
    parser.add_argument("--workers", type=int, default=2, help="Server processes.")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "load.duckdb"
    if not db.exists():
        seconds = build_store(db, args.events)
        print(f"built {args.events:,} synthetic events in {db} in {seconds:.1f} s")
    sent = int(args.rate * args.seconds)
    paths = request_mix(sent, articles=max(1, args.events // 5))
    port = free_port()
    server = serve(db, port, args.workers)
    try:
        asyncio.run(run_load(port, paths[:50], 50.0))  # warm-up, not counted
        tally, elapsed = asyncio.run(run_load(port, paths, args.rate))
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(tally, elapsed, sent, args.rate)


if __name__ == "__main__":
    main()
