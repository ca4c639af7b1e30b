"""Resumable, exactly-once runs (issue 8): SIGKILL a real `dateline process` part-way, run the same
command again, and the store holds what one uninterrupted run stores: each article once, each event once."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import psutil
import pytest

from dateline.corpus import CorpusOptions, generate, write_text_folder
from dateline.pipeline import process_into_store
from dateline.settings import Settings
from dateline.store import Store

BATCH = 8
TOTAL = 64                  # 8 batches: the kill comes after the first is committed


def _command(corpus, db, workers):
    return [sys.executable, "-m", "dateline.cli", "process", str(corpus), "--db", str(db),
            "--workers", str(workers), "--batch-size", str(BATCH)]


def _snapshot(db):
    with Store(db) as store:     # a read-write open replays the WAL a killed writer left behind
        con = store.con
        articles = con.execute("SELECT id, status, duplicate_of FROM articles ORDER BY id").fetchall()
        events = con.execute("SELECT id, article_id FROM events ORDER BY id").fetchall()
        unique = con.execute("SELECT count(*) = count(DISTINCT id) FROM articles").fetchone()[0]
        unique_events = con.execute("SELECT count(*) = count(DISTINCT id) AND count(*) = "
                                    "count(DISTINCT (article_id, seq)) FROM events").fetchone()[0]
    return articles, events, unique and unique_events


def _kill_after_first_batch(command) -> tuple[int, list[psutil.Process]]:
    """Start the run, SIGKILL it once a batch is committed (its first progress line); return the
    batches' worth of lines seen and the worker processes it had started."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen = 0
    for line in process.stderr:
        if line.startswith("progress:"):
            seen += 1
            break
    assert process.poll() is None, "the run finished before it could be killed; use a bigger corpus"
    workers = psutil.Process(process.pid).children(recursive=True)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    return seen, workers


@pytest.mark.parametrize("workers", [1, 2])
def test_a_killed_run_finishes_on_rerun_and_stores_everything_once(tmp_path, nlp, workers):
    corpus = tmp_path / "corpus"
    write_text_folder(generate(TOTAL, CorpusOptions(seed=21, paragraphs=(1, 3), syndicate_rate=0.2)), corpus)
    db = tmp_path / "killed.duckdb"
    reference = tmp_path / "reference.duckdb"          # one uninterrupted run, to compare with
    with Store(reference) as store:
        process_into_store([str(corpus)], store, Settings(workers=1, batch_size=BATCH))

    seen, children = _kill_after_first_batch(_command(corpus, db, workers))
    assert seen == 1
    # the driver's death ends its workers too: nothing is left running
    gone, alive = psutil.wait_procs(children, timeout=30)
    for process in alive:
        process.kill()
    assert not alive

    articles, _, _ = _snapshot(db)
    assert BATCH <= len(articles) < TOTAL          # whole batches only, and not the whole corpus

    done = subprocess.run(_command(corpus, db, workers) + ["--quiet"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"already stored {len(articles)}" in done.stdout

    resumed_articles, resumed_events, unique = _snapshot(db)
    reference_articles, reference_events, _ = _snapshot(reference)
    assert unique
    assert len(resumed_articles) == TOTAL
    assert resumed_articles == reference_articles            # same statuses, same duplicates
    assert len(resumed_events) == len(reference_events)
    with Store(db) as store:
        runs = store.runs()
    assert len(runs) == 2
    assert runs[0]["finished"] is None and runs[0]["processed"] > 0    # the killed run shows as unfinished
    assert runs[1]["finished"] is not None
    assert runs[1]["existing"] == len(articles)
    assert runs[1]["read"] == sum(runs[1][k] for k in ("processed", "duplicate", "skipped", "rejected", "existing"))
