"""Progress of a long run: a Rich bar with articles per second and an ETA on a terminal, and plain
lines in a log (a batch job, a pipe) so that progress shows there too.

The unit is an input record: a run is done when every record read is accounted for as
processed, duplicate, skipped, rejected or already stored (`existing`).
"""
from __future__ import annotations

import time
from typing import Optional

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, Task,
                           TextColumn, TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text

DONE_KEYS = ("processed", "duplicate", "skipped", "rejected", "existing")
LOG_EVERY_SECONDS = 10.0


def accounted(counts: dict) -> int:
    """Records finished (written or counted), whatever their outcome."""
    return sum(counts.get(key, 0) for key in DONE_KEYS)


class RateColumn(ProgressColumn):
    """Articles per second over the last half minute (Rich's moving estimate)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("-- articles/s" if speed is None else f"{speed:,.1f} articles/s", style="progress.data.speed")


class RunProgress:
    """`with RunProgress(console, total) as progress: ... progress.update(counts)`."""

    def __init__(self, console: Console, total: Optional[int], label: str = "processing", enabled: bool = True):
        self.console, self.total, self.label, self.enabled = console, total, label, enabled
        self.started = time.monotonic()
        self._last_log: Optional[float] = None
        self._bar: Optional[Progress] = None
        self._task = None

    def __enter__(self) -> "RunProgress":
        if self.enabled and self.console.is_terminal:
            columns = [SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                       RateColumn(), TimeElapsedColumn()]
            if self.total is not None:
                columns.append(TextColumn("ETA"))
                columns.append(TimeRemainingColumn())
            columns.append(TextColumn("{task.fields[detail]}", style="dim"))
            self._bar = Progress(*columns, console=self.console, transient=False)
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=self.total, detail="")
        return self

    def update(self, counts: dict) -> None:
        done = accounted(counts)
        detail = (f"processed {counts.get('processed', 0)}  duplicate {counts.get('duplicate', 0)}  "
                  f"rejected {counts.get('rejected', 0)}")
        if self._bar is not None:
            self._bar.update(self._task, completed=done, detail=detail)
        elif self.enabled:
            self._log(done, detail)

    def _log(self, done: int, detail: str) -> None:
        """One plain line for the first batch, then every LOG_EVERY_SECONDS."""
        now = time.monotonic()
        if self._last_log is not None and now - self._last_log < LOG_EVERY_SECONDS:
            return
        self._last_log = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        line = f"progress: {done}"
        if self.total:
            line += f"/{self.total} ({100 * done / self.total:.0f}%)"
            if rate > 0:
                line += f", ETA {_clock((self.total - done) / rate)}"
        self.console.print(f"{line}, {rate:.1f} articles/s, {detail}", highlight=False, markup=False)

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
