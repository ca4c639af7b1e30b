"""A local process pool for the parallel stages (`dateline process --workers N`).

Each worker process builds one `pipeline.Worker` (the spaCy model, actor matchers, gazetteer,
event coder) in its initializer, once, and then cleans and analyses whole batches. The driver
(`pipeline.process_into_store`) keeps reading, deduplication and writing to itself, submits a few
batches ahead (`window`) and writes them back in input order, so memory stays bounded.

Workers start with `forkserver` where the platform has it (else `spawn`): never `fork`, which
would copy the driver's open DuckDB connection and threads into every worker.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Optional

from .model import Article, Result
from .settings import Settings

_worker = None                          # this process's pipeline.Worker, built by _start_worker


def _start_worker(settings: Settings, driver_pid: int) -> None:
    global _worker
    watch_driver(driver_pid)
    from .pipeline import Worker
    _worker = Worker(settings)             # (a Worker moves what it loaded out of the collector's view)


def watch_driver(driver_pid: int, every_seconds: float = 1.0) -> None:
    """End this worker when the driver is gone (killed with SIGKILL, say): a pool worker blocked on
    its task queue never notices on its own, and would keep its model in memory forever."""
    import psutil
    import threading
    import time

    try:
        born = psutil.Process(driver_pid).create_time()
    except psutil.NoSuchProcess:
        os._exit(1)

    def driver_alive() -> bool:
        try:
            return psutil.Process(driver_pid).create_time() == born    # the same process, not a reused pid
        except psutil.NoSuchProcess:
            return False

    def watch() -> None:
        while driver_alive():
            time.sleep(every_seconds)
        os._exit(1)

    threading.Thread(target=watch, name="dateline-watch-driver", daemon=True).start()


def _clean(articles: list[Article]) -> list[Result]:
    return _worker.clean_batch(articles)


def _analyse(results: list[Result]) -> list[Result]:
    return _worker.analyse_batch(results)


def _ready() -> int:
    """A no-op task: returns once this worker has built its stages."""
    return os.getpid()


def start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


class PoolExecutor:
    """Runs `clean` and `analyse` of each batch in a pool of worker processes."""

    def __init__(self, settings: Settings, workers: int):
        self.workers = workers
        self.name = f"process pool ({workers} workers)"
        # enough batches in flight to keep every worker busy while the driver dedups and writes
        self.window = 2 * workers + 1
        self._settings = settings
        self._pool: Optional[ProcessPoolExecutor] = None   # started on the first batch with work

    @property
    def pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context(start_method())
            if start_method() == "forkserver":
                # import the heavy libraries once in the fork server: workers start faster
                context.set_forkserver_preload(["spacy", "dateline.pipeline"])
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                             initializer=_start_worker, initargs=(self._settings, os.getpid()))
        return self._pool

    def warm_up(self) -> None:
        """Wait until the workers have started (and loaded their model), e.g. before timing."""
        for future in [self.pool.submit(_ready) for _ in range(self.workers)]:
            future.result()

    def clean(self, articles: list[Article]) -> Future:
        return self.pool.submit(_clean, articles) if articles else _completed([])

    def analyse(self, results: list[Result], batch_number: int) -> "_Parts":
        """The batch's analysis, shared by the workers: cut into one contiguous part per worker
        of about the same text length, parsed at once (issue 8: no worker idles at the end of a
        run waiting for the last batch, which one worker alone would parse)."""
        parts = _split(list(results), self.workers)
        return _Parts([self.pool.submit(_analyse, part) if any(r.status == "processed" for r in part)
                       else _completed(part) for part in parts])   # nothing to parse: not shipped

    def done(self, handle) -> bool:
        return handle.done()

    def wait_first(self, handles: list) -> None:
        """Block until one handle (a Future, or all the parts of one batch) is done."""
        while not any(h.done() for h in handles):
            pending = [f for h in handles for f in (h.futures if isinstance(h, _Parts) else [h]) if not f.done()]
            wait(pending, return_when=FIRST_COMPLETED)

    def clean_result(self, handle: Future) -> list[Result]:
        return handle.result()

    def analyse_result(self, handle: "_Parts") -> list[Result]:
        return handle.result()

    def committed(self, handle: Future) -> None:
        pass

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


class _Parts:
    """The futures of one batch's parts; its result is their results in order."""

    def __init__(self, futures: list[Future]):
        self.futures = futures

    def done(self) -> bool:
        return all(f.done() for f in self.futures)

    def result(self) -> list[Result]:
        return [r for f in self.futures for r in f.result()]


def _split(results: list[Result], parts: int) -> list[list[Result]]:
    """Contiguous parts (input order kept) with about the same clean text to parse each."""
    sizes = [len(r.clean.text) if r.status == "processed" and r.clean is not None else 0 for r in results]
    total = sum(sizes)
    if parts <= 1 or total == 0:
        return [results]
    out, current, done = [], [], 0
    for result, size in zip(results, sizes):
        current.append(result)
        done += size
        if len(out) < parts - 1 and done >= total * (len(out) + 1) / parts:
            out.append(current)
            current = []
    out.append(current)
    return [part for part in out if part]


def _completed(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


class ClusterError(RuntimeError):
    """A cluster address that does not work, explained for a user."""


def explain_failure(exc: BaseException) -> Optional[str]:
    """A sentence for the user about a failed parallel run, or None for an unexpected error (a bug)."""
    from concurrent.futures.process import BrokenProcessPool
    if isinstance(exc, BrokenProcessPool):
        return ("a worker process died (out of memory? killed?); the batches written so far are kept: "
                "run the same command again to finish, with fewer --workers or a smaller --batch-size")
    if isinstance(exc, ClusterError):
        return str(exc)
    return None
