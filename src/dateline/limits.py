"""Shared bounds that keep one bad record from stalling or sinking a run (issue 9).

`time_limit(seconds)` raises `TimeLimitExceeded` in the block it guards once the wall-clock time
is spent. It uses SIGALRM, so it works only in the main thread of the main interpreter; anywhere
else (an API worker thread, a Dask worker thread) it does nothing rather than fail, and callers
must rely on the size bounds below. It interrupts Python code and any C code that returns to the
interpreter between steps (spaCy, lxml parse loops); a single C call that never returns cannot be
interrupted this way: run such work in a subprocess (`run_in_subprocess`) when it must be bounded.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
import time
from typing import Any, Callable, Iterator, Optional

# Time bounds (seconds of wall-clock time, generous for a slow shared machine). Size bounds live
# where they are enforced: Settings.max_text_bytes (ingest), the parser's max_length (pipeline),
# the API's body and batch limits.
RECORD_SECONDS = 30.0                 # read + clean one record (tests/test_fuzz_*.py)
ARTICLE_SECONDS = 120.0               # actors + places + events of one article (Worker.analyse)


class TimeLimitExceeded(Exception):
    """The guarded block ran past its time bound."""

    def __init__(self, seconds: float, what: str = "the operation"):
        super().__init__(f"{what} took longer than {seconds:g} s")
        self.seconds = seconds
        self.what = what


def _can_use_alarm() -> bool:
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread())


@contextlib.contextmanager
def time_limit(seconds: Optional[float], what: str = "the operation") -> Iterator[None]:
    """Raise `TimeLimitExceeded` if the block is still running after `seconds`.

    No-op when `seconds` is falsy or when not in the main thread. Nests: an inner limit
    restores the outer timer (less the time spent) when it ends.
    """
    if not seconds or not _can_use_alarm():
        yield
        return

    def on_alarm(signum, frame):
        raise TimeLimitExceeded(seconds, what)

    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    outer_remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    if outer_remaining and outer_remaining < seconds:
        # the outer limit fires first; leave its timer and handler in place
        signal.signal(signal.SIGALRM, previous_handler)
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if outer_remaining:
            left = outer_remaining - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))


def _child(conn, fn, args, kwargs):  # pragma: no cover - runs in the child process
    try:
        conn.send(("ok", fn(*args, **kwargs)))
    except BaseException as exc:  # noqa: BLE001 - report anything to the parent
        import traceback
        conn.send(("error", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"))
    finally:
        conn.close()


def run_in_subprocess(fn: Callable[..., Any], *args: Any, timeout: float, **kwargs: Any) -> Any:
    """Run `fn(*args, **kwargs)` in a forked child and return its (picklable) result.

    Raises `TimeLimitExceeded` (after killing the child) if it runs past `timeout`, and
    `RuntimeError` with the child's traceback if it raised or died.
    """
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(child, fn, args, kwargs), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise TimeLimitExceeded(timeout, getattr(fn, "__name__", "the call"))
        try:
            status, value = parent.recv()
        except EOFError:
            process.join(5)
            raise RuntimeError(f"{getattr(fn, '__name__', 'the call')} died (exit code {process.exitcode})")
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        parent.close()
    if status == "error":
        raise RuntimeError(value)
    return value
