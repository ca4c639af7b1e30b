"""Store and REST API speed (issue 7): `GET /events` with filters over 1,000,000 stored events.

A generator fills a fresh database with synthetic events straight in DuckDB SQL (not through the
pipeline), then a real uvicorn server on 127.0.0.1 answers each query many times over HTTP;
we report the median and the 95th percentile per query, and the time of the dashboard's
aggregates and of full exports. Target: median under 200 ms for `GET /events`.

    python -m bench.run --only store            # 1,000,000 events
    python -m bench.run --only store --quick    # 100,000 events
"""
from __future__ import annotations

import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

EVENT_QUERIES = [
    ("no filter (asserted), first page", {}),
    ("actor code prefix RUS", {"actor": "RUS"}),
    ("actor name part 'putin'", {"actor": "putin"}),
    ("country SYR, QuadClass 4", {"country": "SYR", "quad_class": 4}),
    ("type ASSAULT in 2021", {"type": "ASSAULT", "since": "2021-01-01", "until": "2021-12-31"}),
    ("text 'Erdogan' in the sentence", {"text": "Erdogan"}),
    ("source USA, target CHN, all modalities", {"source": "USA", "target": "CHN", "modality": "all"}),
    ("actor RUS, page at offset 5,000", {"actor": "RUS", "offset": 5000}),
    ("actor TURGOV, newest first, 200 rows", {"actor": "TURGOV", "order": "desc", "limit": 200}),
]
OTHER_QUERIES = [
    ("GET /events/timeline actor RUS", "/events/timeline", {"actor": "RUS"}),
    ("GET /events/network (all)", "/events/network", {}),
    ("GET /events/places (all)", "/events/places", {}),
    ("GET /actors/RUSGOV", "/actors/RUSGOV", {}),
    ("GET /stats", "/stats", {}),
]


def run(quick: bool) -> str:
    import httpx

    from dateline.api import create_app
    from dateline.exports import export_events
    from dateline.store import EventQuery, Store

    n = 100_000 if quick else 1_000_000
    repeats = 15 if quick else 31
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        db = Path(tmp) / "bench.duckdb"
        started = time.perf_counter()
        with Store(db) as store:
            store.generate_synthetic_events(n, seed=7)
        generate_s = time.perf_counter() - started
        size_mb = db.stat().st_size / 2**20

        app = create_app(db, token="bench")
        rows = []
        with _server(app) as url, httpx.Client(base_url=url, timeout=60) as client:
            for name, params in EVENT_QUERIES:
                times, total = _time(client, "/events", {"limit": 50, **params}, repeats)
                rows.append(("GET /events " + name, total, times))
            event_medians = [statistics.median(t) for _, _, t in rows]
            for name, path, params in OTHER_QUERIES:
                times, _ = _time(client, path, params, max(5, repeats // 3))
                rows.append((name, None, times))
        exports = []
        with Store(db, read_only=True) as store:
            for fmt in ("parquet", "gdelt", "jsonl"):
                out = Path(tmp) / f"all.{fmt}"
                started = time.perf_counter()
                written = export_events(store, fmt, out, EventQuery(modality=None))
                exports.append((fmt, written, time.perf_counter() - started, out.stat().st_size / 2**20))

    lines = [
        "## Store and REST API (issue 7)", "",
        f"`python -m bench.run --only store{' --quick' if quick else ''}`: {n:,} synthetic events "
        f"({n // 5:,} articles) made by `Store.generate_synthetic_events` in {generate_s:.1f} s "
        f"({size_mb:.0f} MiB on disk); every query over HTTP to a real uvicorn server on 127.0.0.1, "
        f"{repeats} times after 2 warm-ups (fewer for the aggregates); 50 rows a page unless said.", "",
        "| query | matches | median ms | p95 ms |", "| --- | ---: | ---: | ---: |",
    ]
    for name, total, times in rows:
        lines.append(f"| {name} | {'' if total is None else f'{total:,}'} | {statistics.median(times):.1f} | "
                     f"{_p95(times):.1f} |")
    overall = statistics.median(event_medians)
    lines += ["", f"Median of the `GET /events` medians: **{overall:.1f} ms** (target: under 200 ms); "
                  f"slowest median {max(event_medians):.1f} ms.", "",
              "| export (all modalities) | events | seconds | MiB |", "| --- | ---: | ---: | ---: |"]
    lines += [f"| {fmt} | {written:,} | {seconds:.1f} | {mb:.0f} |" for fmt, written, seconds, mb in exports]
    return "\n".join(lines) + "\n"


def _time(client, path: str, params: dict, repeats: int) -> tuple[list[float], int | None]:
    total = None
    for _ in range(2):
        response = client.get(path, params=params)
        response.raise_for_status()
        total = response.json().get("total")
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        client.get(path, params=params).raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    return times, total


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


class _server:
    """A real uvicorn server on 127.0.0.1, on a free port, in a thread."""

    def __init__(self, app):
        import uvicorn
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the benchmark server did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()
