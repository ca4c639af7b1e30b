"""Load test of the REST API (issue 9.4): concurrent clients on 127.0.0.1 mixing reads and posts.

A real `dateline serve` runs in a subprocess over a fresh DuckDB file; `clients` asyncio httpx
clients send, for `seconds`, a mix of GET /events, GET /stats, GET /articles/{id} and
POST /articles (one new article each, with the token). Afterwards the server is stopped and the
database opened: every article whose POST was answered 200 must be in it (no lost post).

    python -m bench.run --only load            # 50 clients, 60 s
    python -m bench.run --only load --quick    # 10 clients, 10 s
    python bench/bench_load.py --clients 20 --seconds 30
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "load-test-token"
MIX = (("GET /events", 0.40), ("GET /stats", 0.20), ("GET /articles/{id}", 0.25), ("POST /articles", 0.15))

ACTORS = ["Russia", "Turkey", "Syria", "NATO", "Iran", "the United States", "Putin", "Erdogan", "rebels", "Israel"]
VERBS = ["accused", "attacked", "met", "criticized", "praised", "threatened", "signed a deal with", "urged",
         "condemned", "visited"]
WORDS = "the talks border troops city people week plan peace security trade oil gas price market report".split()


def article(n: int) -> dict:
    rng = random.Random(n)
    text = " ".join(f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(ACTORS)} "
                    + " ".join(rng.choice(WORDS) for _ in range(8)) + f" on day {n}." for _ in range(8))
    return {"text": text, "url": f"https://load.example/{n}", "title": f"load {n}", "published": "2012-12-03",
            "source": "load"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    def __init__(self, db: Path, token: str = TOKEN):
        self.db, self.token, self.port = db, token, _free_port()
        self.log = db.with_suffix(".log")
        self.process: Optional[subprocess.Popen] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "ServerProcess":
        env = {k: v for k, v in os.environ.items() if k != "DATELINE_TOKEN"}
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "dateline.cli", "serve", "--db", str(self.db), "--port", str(self.port),
                 "--token", self.token], stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=env,
                start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(self.url + "/stats", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("server did not start within 120 s")

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(30)


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {name: [] for name, _ in MIX})
    errors: dict[str, int] = field(default_factory=lambda: {name: 0 for name, _ in MIX})
    error_samples: list[str] = field(default_factory=list)
    accepted: set[str] = field(default_factory=set)       # article ids answered 200 to a POST
    posted: int = 0


async def _client(number: int, base: str, seconds: float, ids: list[str], tally: Tally, next_article) -> None:
    rng = random.Random(number)
    names = [name for name, _ in MIX]
    weights = [weight for _, weight in MIX]
    headers = {"Authorization": f"Bearer {TOKEN}"}
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=base, timeout=300) as client:
        while time.monotonic() < deadline:
            name = rng.choices(names, weights)[0]
            started = time.perf_counter()
            try:
                if name == "GET /events":
                    response = await client.get("/events", params={"limit": 50, "modality": "all"})
                elif name == "GET /stats":
                    response = await client.get("/stats")
                elif name == "GET /articles/{id}":
                    response = await client.get(f"/articles/{rng.choice(ids)}")
                else:
                    body = next_article()
                    tally.posted += 1
                    response = await client.post("/articles", json={"articles": [body]}, headers=headers)
                    if response.status_code == 200:
                        for outcome in response.json()["articles"]:
                            tally.accepted.add(outcome["id"])
                            ids.append(outcome["id"])
                ok = response.status_code == 200
                detail = f"{response.status_code} {response.text[:120]}"
            except httpx.HTTPError as exc:
                ok, detail = False, f"{type(exc).__name__}: {exc}"
            tally.latencies[name].append(time.perf_counter() - started)
            if not ok:
                tally.errors[name] += 1
                if len(tally.error_samples) < 5:
                    tally.error_samples.append(f"{name}: {detail}")


def load(clients: int, seconds: float, workdir: Optional[Path] = None) -> dict:
    """Run the load test; return the tally, the lost posts and the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(workdir or tmp) / "load.duckdb"
        counter = iter(range(10**9))
        with ServerProcess(db) as server:
            # seed a few articles (this also loads the pipeline, outside the measured window)
            seed = httpx.post(server.url + "/articles", json={"articles": [article(next(counter)) for _ in range(5)]},
                              headers={"Authorization": f"Bearer {TOKEN}"}, timeout=600)
            seed.raise_for_status()
            ids = [a["id"] for a in seed.json()["articles"]]
            tally = Tally()
            tally.accepted.update(ids)

            async def main():
                await asyncio.gather(*(_client(i, server.url, seconds, ids, tally, lambda: article(next(counter)))
                                       for i in range(clients)))

            started = time.perf_counter()
            asyncio.run(main())
            elapsed = time.perf_counter() - started
        from dateline.store import Store
        with Store(db, read_only=True) as store:
            stored = {row[0] for row in store.con.execute("SELECT id FROM articles").fetchall()}
            runs_ok = store.con.execute(
                "SELECT count(*) FROM runs WHERE read <> processed + duplicate + skipped + rejected + existing"
            ).fetchone()[0] == 0
    lost = sorted(tally.accepted - stored)
    return {"tally": tally, "lost": lost, "elapsed": elapsed, "stored": len(stored), "runs_reconcile": runs_ok,
            "clients": clients, "seconds": seconds}


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(q / 100 * (len(ordered) - 1)))))
    return ordered[index]


def markdown(figures: dict, command: str) -> str:
    tally: Tally = figures["tally"]
    total = sum(len(v) for v in tally.latencies.values())
    lines = [
        "## Load: REST API under concurrent clients (issue 9)",
        "",
        f"Command: `{command}`",
        "",
        f"{figures['clients']} concurrent clients for {figures['seconds']:g} s on 127.0.0.1 against `dateline serve` "
        f"(uvicorn, one process) over a fresh DuckDB file; mix: "
        + ", ".join(f"{name} {weight:.0%}" for name, weight in MIX)
        + ". Each POST carries one new article (about 8 sentences) and is coded by the real pipeline.",
        "",
        "| endpoint | requests | errors | p50 ms | p95 ms | p99 ms | max ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, _ in MIX:
        values = tally.latencies[name]
        lines.append(f"| {name} | {len(values)} | {tally.errors[name]} | {_percentile(values, 50) * 1000:.0f} | "
                     f"{_percentile(values, 95) * 1000:.0f} | {_percentile(values, 99) * 1000:.0f} | "
                     f"{(max(values) if values else float('nan')) * 1000:.0f} |")
    errors = sum(tally.errors.values())
    lines += [
        "",
        f"Total: {total} requests in {figures['elapsed']:.1f} s ({total / figures['elapsed']:.1f} requests/s), "
        f"{errors} errors; {tally.posted} posts, {len(tally.accepted) - 5} accepted (+5 seed articles), "
        f"**{len(figures['lost'])} lost** (accepted but not in the store afterwards); {figures['stored']} articles "
        f"stored; run counts reconcile: {'yes' if figures['runs_reconcile'] else 'NO'}.",
    ]
    if tally.error_samples:
        lines += ["", "Error samples: " + "; ".join(f"`{s}`" for s in tally.error_samples)]
    return "\n".join(lines) + "\n"


def run(quick: bool = False) -> str:
    clients, seconds = (10, 10) if quick else (50, 60)
    figures = load(clients, seconds)
    command = "python -m bench.run --only load" + (" --quick" if quick else "")
    return markdown(figures, command)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    print(markdown(load(args.clients, args.seconds),
                   f"python bench/bench_load.py --clients {args.clients} --seconds {args.seconds:g}"))
