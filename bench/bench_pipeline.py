"""Pipeline throughput and memory (issue 8), side by side in one run on the same generated articles.

1. Throughput on one corpus of original articles of about 500 words (no copies, no repeats, no
   foreign articles, so every measurement parses the same words): spaCy alone (`nlp.pipe`, same
   model and components: the ceiling), the full dateline pipeline into a DuckDB file with 1 worker,
   and with 2 worker processes (started and warmed before timing; their start-up is shown apart).
   Words per second count the words of the raw input texts in every case.
2. Where the time goes: cProfile of the 1-worker run, per stage.
3. Bounded memory: peak RSS (driver + workers) of a real `dateline process` run on 10,000 and on
   100,000 short generated articles (quick mode: 500 and 2,000).

Run:  .venv/bin/python -m bench.run --only pipeline [--quick] --no-write
"""
from __future__ import annotations

import cProfile
import dataclasses
import os
import pstats
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from dateline.corpus import CorpusOptions, generate, write_jsonl
from dateline.pipeline import process_into_store
from dateline.settings import Settings
from dateline.store import Store

ARTICLE_WORDS = 500
GDELT_DAY = 200_000
ORIGINALS = dict(repeat_rate=0.0, syndicate_rate=0.0, foreign_rate=0.0)
# The memory runs make 90% of the articles syndicated copies: they are read, cleaned, deduplicated
# and stored like any article but not parsed, so 100,000 articles fit in a bench run on 2 cores,
# while everything that could grow with the corpus (dedup index, id checks, store, in-flight
# batches, the workers' vocabularies over 10,000 parsed articles) still sees every article.
MEMORY_COPIES = 0.9

# stage -> how to recognise its entry point in the profile: (file path part, function name)
STAGES = {
    "read inputs": ("dateline/ingest", "read_inputs"),
    "clean (incl. language)": ("dateline/clean", "clean_article"),
    "dedup": ("dateline/dedup", "check_results"),
    "spaCy parse (nlp.pipe)": ("spacy/language", "pipe"),
    "actors": ("dateline/actors", "resolve"),
    "places: dateline": ("dateline/places", "dateline_place"),
    "places: in text": ("dateline/places", "find_places"),
    "events": ("dateline/events", "code"),
    "store writes": ("dateline/store", "write_batch"),
    "stories": ("dateline/stories", "update_stories"),
}


class PeakMemory:
    """Samples the summed RSS of a process and its children (workers) every 50 ms."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                root = psutil.Process(self.pid)
                total = root.memory_info().rss + sum(c.memory_info().rss for c in root.children(recursive=True))
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(0.05)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def _spacy_alone(texts: list[str], settings: Settings) -> float:
    from dateline import nlp
    model = nlp.load(settings.model)
    list(model.pipe(texts[:4]))                 # warm up
    started = time.perf_counter()
    for _ in model.pipe(texts, batch_size=settings.batch_size):
        pass
    return time.perf_counter() - started


def _pipeline(corpus: Path, workers: int, settings: Settings, folder: Path) -> dict:
    from dateline.pipeline import make_executor
    executor = make_executor(dataclasses.replace(settings, workers=workers))
    startup = time.perf_counter()
    if hasattr(executor, "warm_up"):
        executor.warm_up()
    startup = time.perf_counter() - startup
    db = folder / f"bench-{workers}.duckdb"
    with Store(db) as store, PeakMemory(os.getpid()) as memory:
        started = time.perf_counter()
        summary = process_into_store([str(corpus)], store, settings, executor=executor)
        elapsed = time.perf_counter() - started
    executor.close()
    return {"seconds": elapsed, "startup": startup, "peak": memory.peak, "counts": summary.counts}


def _hotspots(stats: dict, limit: int = 8) -> list[tuple[str, float, float]]:
    """dateline's own functions that take the most time themselves (spaCy and libraries excluded)."""
    rows = []
    for (filename, line, function), (_, _, own, cumulative, _) in stats.items():
        path = filename.replace(os.sep, "/")
        if "/dateline/" in path and "/site-packages/" not in path:
            rows.append((f"`{path.split('/dateline/', 1)[1]}:{line} {function}`", own, cumulative))
    return sorted(rows, key=lambda row: -row[1])[:limit]


def _profile(corpus: Path, settings: Settings, folder: Path) -> tuple[float, dict[str, float], list]:
    profiler = cProfile.Profile()
    with Store(folder / "profile.duckdb") as store:
        started = time.perf_counter()
        profiler.runcall(process_into_store, [str(corpus)], store, settings)
        total = time.perf_counter() - started
    stats = pstats.Stats(profiler).stats
    found: dict[str, float] = {}
    for stage, (path_part, name) in STAGES.items():
        found[stage] = sum(cumulative for (filename, _, function), (_, _, _, cumulative, _) in stats.items()
                           if function == name and path_part in filename.replace(os.sep, "/"))
    return total, found, _hotspots(stats)


def _memory_run(count: int, folder: Path) -> tuple[int, float]:
    """Peak RSS (bytes) and seconds of `dateline process` on `count` short articles, 2 workers."""
    corpus = folder / f"memory-{count}.jsonl"
    write_jsonl(generate(count, CorpusOptions(seed=count, paragraphs=(0, 1), syndicate_rate=MEMORY_COPIES)), corpus)
    db = folder / f"memory-{count}.duckdb"
    command = [sys.executable, "-m", "dateline.cli", "process", str(corpus), "--db", str(db), "--workers", "2",
               "--quiet"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with PeakMemory(process.pid) as memory:
        _, stderr = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"dateline process failed: {stderr[-2000:]}")
    return memory.peak, time.perf_counter() - started


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min) / {five:.1f} (5 min) on {os.cpu_count()} cores"


def run(quick: bool) -> str:
    count = 24 if quick else 160
    memory_sizes = (500, 2_000) if quick else (10_000, 100_000)
    settings = Settings(batch_size=16)
    lines = ["## Pipeline: throughput, scaling and memory (issue 8)", "",
             f"`.venv/bin/python -m bench.run --only pipeline{' --quick' if quick else ''} --no-write`", ""]
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        folder = Path(tmp)
        articles = list(generate(count, CorpusOptions(seed=8, paragraphs=(14, 22), **ORIGINALS)))
        corpus = folder / "throughput.jsonl"
        write_jsonl(articles, corpus)
        texts = [a.text for a in articles]
        words = _words(texts)
        load_before = _load()

        spacy_seconds = _spacy_alone(texts, settings)
        one = _pipeline(corpus, 1, settings, folder)
        two = _pipeline(corpus, 2, settings, folder)
        profile_total, stages, hotspots = _profile(corpus, settings, folder)
        load_after = _load()

        rows = [("spaCy alone (`nlp.pipe`)", spacy_seconds, None, None),
                ("dateline, 1 worker", one["seconds"], one["startup"], one["peak"]),
                ("dateline, 2 workers", two["seconds"], two["startup"], two["peak"])]
        lines += [f"{count} generated articles, {words:,} words ({words / count:.0f} per article), "
                  f"batch size {settings.batch_size}, model `{settings.model}`.",
                  f"Machine load: {load_before} before, {load_after} after (the 2 cores are shared with "
                  f"other work, so the 2-worker figure is a floor).", "",
                  "| run | seconds | words/s | vs spaCy alone | start-up s | peak RSS MiB | "
                  f"hours for {GDELT_DAY:,} x {ARTICLE_WORDS} words |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        spacy_rate = words / spacy_seconds
        for name, seconds, startup, peak in rows:
            rate = words / seconds
            hours = GDELT_DAY * ARTICLE_WORDS / rate / 3600
            lines.append(f"| {name} | {seconds:.1f} | {rate:,.0f} | {rate / spacy_rate:.0%} | "
                         f"{'' if startup is None else f'{startup:.1f}'} | "
                         f"{'' if peak is None else f'{peak / 2**20:.0f}'} | {hours:.1f} |")
        one_rate, two_rate = words / one["seconds"], words / two["seconds"]
        lines += ["", f"- 1 worker reaches **{one_rate / spacy_rate:.0%}** of spaCy alone (target 75%).",
                  f"- 2 workers give **{two_rate / one_rate:.2f}x** 1 worker (target 1.7x).",
                  f"- Counts of the 1-worker run: {one['counts']}.", ""]

        lines += ["### Where the time goes (cProfile, 1 worker)", "",
                  f"Cumulative seconds per stage in a profiled run of {profile_total:.1f} s "
                  "(profiling slows Python code more than spaCy's compiled parser).", "",
                  "| stage | seconds | share |", "| --- | ---: | ---: |"]
        for stage, seconds in sorted(stages.items(), key=lambda item: -item[1]):
            lines.append(f"| {stage} | {seconds:.2f} | {seconds / profile_total:.0%} |")

        lines += ["", "dateline functions with the most time of their own in the same profile:", "",
                  "| function | own s | cumulative s |", "| --- | ---: | ---: |"]
        lines += [f"| {name} | {own:.2f} | {cumulative:.2f} |" for name, own, cumulative in hotspots]
        lines += ["", "### Bounded memory", "",
                  "Peak RSS of `dateline process CORPUS.jsonl --workers 2 --quiet` (driver + workers, sampled "
                  "every 50 ms), on short generated articles (a lead and at most one paragraph), "
                  f"{MEMORY_COPIES:.0%} of them syndicated copies (read, cleaned, deduplicated and stored, not "
                  "parsed: this keeps 100,000 articles within a bench run while every growing structure sees "
                  "them all).", "",
                  "| articles | seconds | articles/s | peak RSS MiB |", "| ---: | ---: | ---: | ---: |"]
        peaks = []
        for size in memory_sizes:
            peak, seconds = _memory_run(size, folder)
            peaks.append(peak)
            lines.append(f"| {size:,} | {seconds:.0f} | {size / seconds:,.0f} | {peak / 2**20:.0f} |")
        growth = peaks[1] / peaks[0] - 1
        lines += ["", f"- {memory_sizes[1]:,} articles need **{growth:+.0%}** peak memory over {memory_sizes[0]:,} "
                  f"(target: under 20%). Machine load at the end: {_load()}."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run(quick="--quick" in sys.argv))
