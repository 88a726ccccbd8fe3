"""The load check: many concurrent readers against the site, on this machine only.

    python benchmarks/load.py [--out build] [--clients 50] [--seconds 20]

starts the site (`sckb serve`, uvicorn) on a free port of 127.0.0.1 in a child process, then
runs `--clients` concurrent readers (asyncio + httpx) for `--seconds`. Each reader fetches, one
after the other, claim pages and the conflicts page, for a mix of claim ids taken from the
database. It reports requests per second, latency (p50, p99) and errors, stops the server, and
exits non-zero when any request failed.

Bounded: the readers stop at the deadline or after `MAX_REQUESTS_PER_CLIENT` requests each,
whichever comes first, and every request has a timeout. Nothing is sent anywhere but the
loopback address the server listens on.
"""
from __future__ import annotations

import asyncio
import math
import random
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Sequence

import click

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
DEFAULT_CLIENTS = 50
DEFAULT_SECONDS = 20.0
#: A hard cap on each reader, whatever the deadline.
MAX_REQUESTS_PER_CLIENT = 100_000
REQUEST_TIMEOUT = 30.0
STARTUP_TIMEOUT = 120.0
#: Claim ids sampled from the database for the mix of pages.
CLAIM_SAMPLE = 200
#: One request in this many is for the conflicts page, the others for claim pages.
CONFLICTS_EVERY = 5


class LoadError(Exception):
    """The load check could not run; `str()` is one line for people."""


# --- statistics ---------------------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    """The nearest-rank percentile: the smallest value that at least p% of the values do not exceed.
    (p50 of 1..100 is 50, p99 is 99.)"""
    if not values:
        raise ValueError("no values")
    if not 0 < p <= 100:
        raise ValueError(f"percentile must be in (0, 100], got {p}")
    ordered = sorted(values)
    return ordered[max(1, math.ceil(p / 100 * len(ordered))) - 1]


def summarise(latencies: Sequence[float]) -> dict[str, float]:
    """count, mean, p50, p95, p99 and max of latencies (in the unit they are given in)."""
    if not latencies:
        return {"count": 0}
    return {"count": len(latencies), "mean": sum(latencies) / len(latencies),
            "p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
            "p99": percentile(latencies, 99), "max": max(latencies)}


# --- the server ---------------------------------------------------------------------------------


def free_port(host: str = HOST) -> int:
    """A port nobody listens on now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class Server:
    """`sckb serve` on a loopback port, in a child process, for the duration of a `with` block."""

    def __init__(self, out_dir: Path, port: int | None = None):
        self.out_dir = Path(out_dir)
        self.port = port or free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "Server":
        if not (self.out_dir / "kb.db").is_file():
            raise LoadError(f"{self.out_dir}: no kb.db there; build first (sckb build --out {self.out_dir})")
        command = [sys.executable, "-c", "from kb.cli import cli; cli()", "serve", "--out", str(self.out_dir),
                   "--host", HOST, "--port", str(self.port)]
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_until_ready()
        return self

    def _wait_until_ready(self) -> None:
        import httpx

        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode("utf-8", "replace").strip().splitlines()
                raise LoadError(f"the site did not start: {error[-1] if error else 'it exited'}")
            try:
                if httpx.get(self.url + "/", timeout=2.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.25)
        self.__exit__()
        raise LoadError(f"the site did not answer on {self.url} within {STARTUP_TIMEOUT:.0f} s")

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# --- the readers ----------------------------------------------------------------------------------


def page_mix(db_path: Path, seed: int = 1, sample: int = CLAIM_SAMPLE) -> list[str]:
    """The paths the readers fetch: claim pages for a sample of claim ids, and the conflicts page."""
    if not Path(db_path).is_file():
        raise LoadError(f"{Path(db_path).parent}: no kb.db there; build first (sckb build --out {Path(db_path).parent})")
    try:
        conn = sqlite3.connect(f"file:{Path(db_path).resolve().as_posix()}?mode=ro", uri=True)
        try:
            ids = [row[0] for row in conn.execute("select id from claims order by id")]
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise LoadError(f"{db_path}: cannot read the claims ({error})") from None
    if not ids:
        raise LoadError(f"{db_path}: the knowledge base has no claims to read")
    chosen = random.Random(seed).sample(ids, min(sample, len(ids)))
    paths = [f"/kb/claims/{claim_id}" for claim_id in chosen]
    conflicts = max(1, len(paths) // (CONFLICTS_EVERY - 1))
    return paths + ["/conflicts"] * conflicts


@dataclass
class LoadResult:
    clients: int
    seconds: float
    requests: int = 0
    errors: int = 0
    #: A few example errors ("GET /kb/claims/x: 500"), for people.
    error_examples: list[str] = field(default_factory=list)
    latency_ms: dict[str, float] = field(default_factory=dict)
    by_page_ms: dict[str, dict[str, float]] = field(default_factory=dict)

    @property
    def requests_per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "requests_per_second": self.requests_per_second}


async def _reader(client, paths: list[str], rng: random.Random, deadline: float,
                  latencies: dict[str, list[float]], failures: list[str]) -> None:
    for _ in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() >= deadline:
            return
        path = rng.choice(paths)
        kind = "conflicts" if path == "/conflicts" else "claim"
        started = time.perf_counter()
        try:
            response = await client.get(path)
            ok, what = response.status_code == 200, str(response.status_code)
        except Exception as error:  # a timeout or a dropped connection is an error to count, not a crash
            ok, what = False, type(error).__name__
        latencies[kind].append((time.perf_counter() - started) * 1000)
        if not ok:
            failures.append(f"GET {path}: {what}")


async def _run_readers(base_url: str, paths: list[str], clients: int, seconds: float, seed: int):
    import httpx

    latencies: dict[str, list[float]] = {"claim": [], "conflicts": []}
    failures: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=REQUEST_TIMEOUT) as client:
        started = time.monotonic()
        deadline = started + seconds
        await asyncio.gather(*(_reader(client, paths, random.Random(f"{seed}-{n}"), deadline, latencies, failures)
                               for n in range(clients)))
        elapsed = time.monotonic() - started
    return latencies, failures, elapsed


def run_load(out_dir: str | Path, clients: int = DEFAULT_CLIENTS, seconds: float = DEFAULT_SECONDS,
             seed: int = 1) -> LoadResult:
    """Serve `out_dir`/kb.db on loopback and read it with `clients` concurrent readers for `seconds`."""
    out_dir = Path(out_dir)
    paths = page_mix(out_dir / "kb.db", seed)
    with Server(out_dir) as server:
        latencies, failures, elapsed = asyncio.run(_run_readers(server.url, paths, clients, seconds, seed))
    every = latencies["claim"] + latencies["conflicts"]
    return LoadResult(clients=clients, seconds=elapsed, requests=len(every), errors=len(failures),
                      error_examples=sorted(set(failures))[:5], latency_ms=summarise(every),
                      by_page_ms={kind: summarise(values) for kind, values in latencies.items()})


def describe(result: LoadResult) -> list[str]:
    lines = [f"{result.clients} clients for {result.seconds:.1f} s: {result.requests:,} requests, "
             f"{result.requests_per_second:,.1f} requests/s, {result.errors} errors"]
    for kind, stats in [("all", result.latency_ms), *result.by_page_ms.items()]:
        if stats.get("count"):
            lines.append(f"  {kind:<9} p50 {stats['p50']:8.1f} ms   p99 {stats['p99']:8.1f} ms   "
                         f"({stats['count']:,} requests)")
    lines += [f"  error: {example}" for example in result.error_examples]
    return lines


@click.command()
@click.option("--out", "out_dir", default="build", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="The build folder whose kb.db is served.")
@click.option("--clients", default=DEFAULT_CLIENTS, show_default=True, type=click.IntRange(1, 1000))
@click.option("--seconds", default=DEFAULT_SECONDS, show_default=True, type=click.FloatRange(0.5, 600))
@click.option("--seed", default=1, show_default=True, type=int, help="Chooses the claim ids and each reader's order.")
def main(out_dir: Path, clients: int, seconds: float, seed: int) -> None:
    """Load-check the site: concurrent readers of claim and conflicts pages on 127.0.0.1."""
    try:
        result = run_load(out_dir, clients, seconds, seed)
    except LoadError as error:
        raise click.ClickException(str(error)) from None
    for line in describe(result):
        click.echo(line)
    sys.exit(1 if result.errors else 0)


if __name__ == "__main__":
    main()
