"""Dask (issue 8): the same stages on a real LocalCluster, parts merged into DuckDB, same store as a local run."""
from __future__ import annotations

import subprocess
import sys

import pytest
from distributed import LocalCluster

from dateline.corpus import CorpusOptions, generate, write_text_folder
from dateline.pipeline import process_into_store
from dateline.settings import Settings
from dateline.store import Store

COUNTS = ("processed", "duplicate", "skipped", "rejected", "existing")


def _rows(db):
    with Store(db, read_only=True) as store:
        articles = store.con.execute("SELECT id, status, duplicate_of FROM articles ORDER BY id").fetchall()
        events = store.con.execute("SELECT article_id, seq, plover FROM events ORDER BY article_id, seq").fetchall()
    return articles, events


@pytest.fixture(scope="module")
def scheduler():
    """A real Dask scheduler and one worker over TCP; the worker runs as a thread of this process
    (processes=False) so that it shares the spaCy model already loaded by the tests."""
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                      dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def test_a_dask_run_stores_what_a_local_run_stores(tmp_path, nlp, scheduler):
    corpus = tmp_path / "corpus"
    write_text_folder(generate(24, CorpusOptions(seed=31, paragraphs=(1, 3), syndicate_rate=0.25)), corpus)
    parts = tmp_path / "parts"
    with Store(tmp_path / "dask.duckdb") as store:
        summary = process_into_store([str(corpus)], store, Settings(batch_size=6), cluster=scheduler,
                                     parts_dir=str(parts), keep_results=True)
    with Store(tmp_path / "local.duckdb") as store:
        local = process_into_store([str(corpus)], store, Settings(batch_size=6))
    assert summary.executor.startswith("dask tcp://")
    assert summary.counts == local.counts
    assert summary.counts["read"] == 24 == sum(summary.counts[k] for k in COUNTS)
    assert [r.article.input_ref for r in summary.results] == sorted(r.article.input_ref for r in summary.results)
    assert _rows(tmp_path / "dask.duckdb") == _rows(tmp_path / "local.duckdb")
    assert not parts.exists()              # every part merged and deleted


def test_a_part_left_by_a_killed_run_is_removed_not_merged(tmp_path, nlp, scheduler):
    corpus = tmp_path / "corpus"
    write_text_folder(generate(6, CorpusOptions(seed=32, paragraphs=(1, 2))), corpus)
    parts = tmp_path / "parts"
    stale = parts / "run=1" / "batch=00000000.parquet"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"not merged: the articles it held are not in the store, so they are processed again")
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.begin_run("killed run")      # run 1 was killed; this run is run 2
        summary = process_into_store([str(corpus)], store, Settings(batch_size=4), cluster=scheduler,
                                     parts_dir=str(parts))
    assert summary.counts["read"] == 6 and summary.counts["existing"] == 0
    assert not parts.exists()


def test_the_cli_starts_a_local_cluster_and_explains_bad_addresses(tmp_path):
    corpus = tmp_path / "corpus"
    write_text_folder(generate(4, CorpusOptions(seed=33, paragraphs=(1, 1), syndicate_rate=0)), corpus)
    db = tmp_path / "cli.duckdb"
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "process", str(corpus), "--db", str(db),
                           "--cluster", "local:1", "--quiet"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    output = " ".join(done.stdout.split())
    assert "read 4: processed 4" in output and "dask local:1 (1 worker)" in output
    bad = subprocess.run([sys.executable, "-m", "dateline.cli", "process", str(corpus), "--db", str(db),
                          "--cluster", "local:zero"], capture_output=True, text=True)
    assert bad.returncode == 2 and "local:N" in bad.stderr and "Traceback" not in bad.stderr
