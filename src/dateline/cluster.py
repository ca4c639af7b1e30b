"""Run the parallel stages on a Dask distributed cluster (`dateline process --cluster ADDRESS`).

- `tcp://HOST:8786` connects to a running scheduler (see docs/cluster.md to start one and workers);
- `local:N` starts a LocalCluster of N worker processes on this machine, to try it out.

The driver keeps what must happen once and in order: reading, skipping stored articles,
deduplication and the writes. Workers clean and analyse whole batches; each analysed batch is
written by the worker as one Parquet part, `PARTS/run=R/batch=B.parquet` (a row per article: its
position and the serialised `Result`), and the driver merges the parts into DuckDB in input order,
one transaction per batch, deleting each part once it is committed. Results travel as serialised
records, not as table rows, so a cluster run goes through the very same `Store.write_batch` as a
local run and stores the same rows. A part left behind by a killed run is never merged (its
articles are not in the store, so the next run processes them again); the next run deletes it.

Parts are written and read on a filesystem that the workers and the driver share: the default
(`DB.parts` beside the database) works for `local:N`; give `--parts-dir` on shared storage for
workers on other machines.
"""
from __future__ import annotations

import logging
import os
import pickle
import shutil
import threading
import uuid
from pathlib import Path
from typing import Any, Callable, Optional

from .model import Article, Result
from .parallel import ClusterError
from .settings import Settings

CONNECT_TIMEOUT = "15s"

# -- on the workers -----------------------------------------------------------------------------
_workers: dict[Settings, Any] = {}      # one pipeline.Worker per settings, per worker process
_lock = threading.Lock()                 # a worker process with several threads parses one batch at a time


def _worker_for(settings: Settings):
    from .pipeline import Worker
    if settings not in _workers:
        _workers[settings] = Worker(settings)
    return _workers[settings]


def clean_task(settings: Settings, articles: list[Article]) -> list[Result]:
    with _lock:
        return _worker_for(settings).clean_batch(articles)


def analyse_task(settings: Settings, results: list[Result], part: str) -> str:
    """Analyse a batch and write it as one Parquet part; returns the part's path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    with _lock:
        analysed = _worker_for(settings).analyse_batch(results)
    table = pa.table({
        "seq": pa.array(range(len(analysed)), pa.int32()),
        "article_id": pa.array([r.article.id for r in analysed], pa.string()),
        "status": pa.array([r.status for r in analysed], pa.string()),
        "result": pa.array([pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in analysed], pa.binary()),
    })
    path = Path(part)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    pq.write_table(table, partial)
    os.replace(partial, path)            # a part is complete or absent, never half written
    return str(path)


# -- on the driver ------------------------------------------------------------------------------
class DaskExecutor:
    """Submits each batch's clean and analyse steps to Dask; merges the Parquet parts back."""

    def __init__(self, address: str, settings: Settings, run_id: int, parts_dir: str,
                 read_part: Optional[Callable[[str], list[bytes]]] = None):
        self.settings = settings
        self.address = address
        self._cluster = None
        self._client = self._connect(address)
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))
        self.name = f"dask {address} ({self.workers} worker{'s' if self.workers != 1 else ''})"
        self.window = 2 * self.workers + 1
        self.parts = Path(parts_dir)
        self.run_parts = self.parts / f"run={run_id}"
        self._read_part = read_part or _read_part_with_pyarrow
        self._remove_stale_parts()

    def _connect(self, address: str):
        from distributed import Client, LocalCluster
        if address.startswith("local:"):
            count = address.removeprefix("local:")
            if not count.isdigit() or int(count) < 1:
                raise ClusterError(f"--cluster {address}: write local:N with N the number of workers, e.g. local:2")
            self._cluster = LocalCluster(n_workers=int(count), threads_per_worker=1, processes=True,
                                         dashboard_address=":0", silence_logs=logging.CRITICAL)
            return Client(self._cluster)
        if not address.startswith(("tcp://", "tls://", "ws://", "wss://", "inproc://", "ucx://")):
            raise ClusterError(f"--cluster {address!r}: give a scheduler address such as tcp://HOST:8786, "
                               f"or local:N to start N workers here")
        try:
            return Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {address} ({exc}); start one with "
                               f"`dask scheduler` and workers with `dask worker {address}` (docs/cluster.md)") from exc

    def _remove_stale_parts(self) -> None:
        if self.parts.is_dir():
            for stale in self.parts.glob("run=*"):
                if stale != self.run_parts:
                    shutil.rmtree(stale, ignore_errors=True)

    def clean(self, articles: list[Article]):
        return self._client.submit(clean_task, self.settings, articles, pure=False)

    def analyse(self, results: list[Result], batch_number: int):
        part = self.run_parts / f"batch={batch_number:08d}.parquet"
        return self._client.submit(analyse_task, self.settings, results, str(part), pure=False)

    def done(self, handle) -> bool:
        return handle.done()

    def wait_first(self, handles: list) -> None:
        from distributed import wait
        wait(handles, return_when="FIRST_COMPLETED")

    def clean_result(self, handle) -> list[Result]:
        return handle.result()

    def analyse_result(self, handle) -> list[Result]:
        return [pickle.loads(blob) for blob in self._read_part(handle.result())]

    def committed(self, handle) -> None:
        Path(handle.result()).unlink(missing_ok=True)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        shutil.rmtree(self.run_parts, ignore_errors=True)
        if self.parts.is_dir() and not any(self.parts.iterdir()):
            self.parts.rmdir()


def _read_part_with_pyarrow(path: str) -> list[bytes]:
    import pyarrow.parquet as pq
    table = pq.read_table(path, columns=["seq", "result"]).sort_by("seq")
    return table.column("result").to_pylist()
