"""Loopback load test of the REST API: a fixed request rate for a fixed time, bounded in both.

Usage: python benchmarks/load.py [--rate 200] [--seconds 60] [--ramp 10] [--events 100000]
       [--workers 1] [--db FILE]

Builds (once; an existing --db is reused) a store of synthetic events with the builder of
benchmarks/api.py, starts ``eventwire serve --workers N`` on it, and sends requests on a
fixed schedule, open loop: request i leaves at its scheduled time whether or not earlier
answers came back, over keep-alive connections. First the rate rises from 0 to --rate over
--ramp seconds (reported apart, not counted), as traffic reaches a server that has just
started; then --rate is held for --seconds. With --ramp 0 the full rate hits a cold server.
The mix is what a dashboard and scripts ask for: event pages with varied filters, dyad
series, summaries, actors, networks, places and single articles, drawn at random (about
3,500 different requests in 12,000). Prints the rate held, the errors (any status other than
200, or no answer), and p50/p95/p99/max latency measured from each request's scheduled
time, so a server that falls behind shows it, overall and for each 10 seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import math
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
    """What came back: for each good answer its scheduled send time (s) and its latency
    (ms), and the errors by kind."""

    answers: list[tuple[float, float]] = field(default_factory=list)
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
                    tally.answers.append((due, (time.perf_counter() - due) * 1000))
                else:
                    tally.error(f"HTTP {status}")
            queue.task_done()
    finally:
        writer.close()


def steady(count: int, rate: float) -> list[float]:
    """Send times (seconds from the start) of ``count`` requests at ``rate`` per second."""
    return [i / rate for i in range(count)]


def ramp(seconds: float, rate: float) -> list[float]:
    """Send times of a rate rising evenly from 0 to ``rate`` over ``seconds``."""
    count = int(rate * seconds / 2)
    return [math.sqrt(2 * seconds * i / rate) for i in range(count)]


async def run_load(port: int, paths: list[str], offsets: list[float]) -> tuple[Tally, float]:
    """Send each path at its offset (seconds from now); returns the tally and the seconds
    it took."""
    queue: asyncio.Queue[tuple[float, str]] = asyncio.Queue()
    tally = Tally()
    workers = [asyncio.create_task(_worker(port, queue, tally)) for _ in range(CONNECTIONS)]
    start = time.perf_counter() + 0.5
    for offset, path in zip(offsets, paths, strict=True):
        queue.put_nowait((start + offset, path))
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


def report(tally: Tally, elapsed: float, sent: int) -> None:
    """Print the rate held, the errors and the latency percentiles, overall and by 10 s."""
    done = len(tally.answers) + sum(tally.errors.values())
    print(f"sent {sent} requests; {done} answered in {elapsed:.1f} s")
    print(f"held {done / elapsed:.1f} requests/s; errors: {sum(tally.errors.values())}", end="")
    print(f" {tally.errors}" if tally.errors else "")
    print(f"latency from schedule: {_percentiles([ms for _, ms in tally.answers])}")
    first = min((due for due, _ in tally.answers), default=0.0)
    windows: dict[int, list[float]] = {}
    for due, ms in tally.answers:
        windows.setdefault(int((due - first) // 10), []).append(ms)
    for window, latencies in sorted(windows.items()):
        print(f"  {window * 10:3d}-{window * 10 + 10:3d} s: {_percentiles(latencies)}")


def _percentiles(latencies: list[float]) -> str:
    if len(latencies) < 100:
        return f"{len(latencies)} answers, too few for percentiles"
    cuts = statistics.quantiles(latencies, n=100)
    return (
        f"p50 {cuts[49]:.1f} ms, p95 {cuts[94]:.1f} ms, p99 {cuts[98]:.1f} ms, "
        f"max {max(latencies):.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rate", type=float, default=200.0, help="Requests per second.")
    parser.add_argument("--seconds", type=float, default=60.0, help="How long to hold it.")
    parser.add_argument("--ramp", type=float, default=10.0, help="Seconds of rising rate.")
    parser.add_argument("--events", type=int, default=100_000, help="Synthetic events.")
    parser.add_argument("--db", type=Path, help="A store to reuse (built when missing).")
    parser.add_argument("--workers", type=int, default=1, help="Server processes.")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "load.duckdb"
    if not db.exists():
        seconds = build_store(db, args.events)
        print(f"built {args.events:,} synthetic events in {db} in {seconds:.1f} s")
    rising = ramp(args.ramp, args.rate)
    held = steady(int(args.rate * args.seconds), args.rate)
    paths = request_mix(len(rising) + len(held), articles=max(1, args.events // 5))
    port = free_port()
    server = serve(db, port, args.workers)
    try:
        if rising:
            print(f"ramp-up: 0 to {args.rate:g}/s over {args.ramp:g} s (not counted)")
            report(*asyncio.run(run_load(port, paths[: len(rising)], rising)), len(rising))
        print(f"held rate: {args.rate:g}/s for {args.seconds:g} s")
        tally, elapsed = asyncio.run(run_load(port, paths[len(rising) :], held))
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(tally, elapsed, len(held))


if __name__ == "__main__":
    main()
