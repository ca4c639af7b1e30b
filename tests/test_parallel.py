"""The local process pool (issue 8): same results as one process, in input order, counts reconcile."""
from __future__ import annotations

from dateline.corpus import CorpusOptions, generate, write_text_folder
from dateline.pipeline import InProcessExecutor, count_inputs, process_into_store, workers_for
from dateline.settings import Settings
from dateline.store import Store

COUNTS = ("processed", "duplicate", "skipped", "rejected", "existing")


def _corpus(folder, n=48, seed=11):
    write_text_folder(generate(n, CorpusOptions(seed=seed, paragraphs=(1, 3), syndicate_rate=0.25)), folder)
    (folder / "empty.txt").write_text("", encoding="utf-8")          # one reject
    return str(folder)


def _stored(db) -> tuple[list[tuple], int]:
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT id, status, duplicate_of FROM articles ORDER BY id").fetchall()
        events = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
    return rows, events


def test_two_workers_store_what_one_process_stores_in_input_order(tmp_path, nlp):
    corpus = _corpus(tmp_path / "corpus")
    summaries = {}
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.duckdb") as store:
            summaries[workers] = process_into_store([corpus], store, Settings(workers=workers, batch_size=8),
                                                    keep_results=True)
    one, two = summaries[1], summaries[2]
    assert one.executor == "in-process" and two.executor.startswith("process pool")
    assert one.counts == two.counts
    c = two.counts
    assert c["read"] == 49 == sum(c[k] for k in COUNTS)
    assert c["rejected"] == 1 and c["duplicate"] > 0 and c["processed"] > 30
    # results come back in input order, batch after batch
    assert [r.article.id for r in two.results] == [r.article.id for r in one.results]
    assert [r.article.input_ref for r in two.results] == sorted(r.article.input_ref for r in two.results)
    assert _stored(tmp_path / "w1.duckdb") == _stored(tmp_path / "w2.duckdb")


def test_a_rerun_counts_everything_as_existing_and_starts_no_worker(tmp_path):
    corpus = _corpus(tmp_path / "corpus", n=12)
    db = tmp_path / "again.duckdb"
    with Store(db) as store:
        first = process_into_store([corpus], store, Settings(workers=2, batch_size=4))
    with Store(db) as store:
        second = process_into_store([corpus, corpus], store, Settings(workers=2, batch_size=4))
    assert first.counts["existing"] == 0
    # the same folder twice: every article is already stored (the empty file is a reject again)
    assert second.counts["existing"] == 2 * (first.counts["read"] - first.counts["rejected"])
    assert second.counts["read"] == sum(second.counts[k] for k in COUNTS)
    assert second.counts["processed"] == 0


def test_an_article_read_twice_in_one_run_is_stored_once(tmp_path):
    corpus = _corpus(tmp_path / "corpus", n=10)
    with Store(tmp_path / "twice.duckdb") as store:
        summary = process_into_store([corpus, corpus], store, Settings(workers=1, batch_size=4))
        stored = store.con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
    assert summary.counts["existing"] == 10
    assert stored == (10, 10)


def test_workers_are_not_started_for_fewer_batches_than_workers():
    assert workers_for(4, total=10, batch_size=64) == 1
    assert workers_for(4, total=1000, batch_size=64) == 4
    assert workers_for(3, total=None, batch_size=64) == 3
    assert workers_for(None, total=None, batch_size=64) >= 1


def test_count_inputs_counts_files_and_json_lines_and_gives_up_on_unknown_formats(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n', encoding="utf-8")
    (tmp_path / "c.warc").write_bytes(b"WARC/1.0")
    assert count_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")]) == 3
    assert count_inputs([str(tmp_path)]) is None
    assert count_inputs(["-"]) is None


def test_the_in_process_executor_loads_nothing_when_there_is_no_work():
    executor = InProcessExecutor(Settings())
    assert executor.clean([]) == [] and executor._worker is None


def test_progress_in_a_log_prints_rate_and_eta_lines():
    import io

    from rich.console import Console

    from dateline.progress import RunProgress, accounted

    out = io.StringIO()
    counts = {"read": 40, "processed": 30, "duplicate": 5, "skipped": 1, "rejected": 2, "existing": 2}
    with RunProgress(Console(file=out, width=200), total=80) as progress:
        progress.update(counts)
        progress.update(counts)               # within 10 s of the first line: not repeated
    assert accounted(counts) == 40
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("progress: 40/80 (50%), ETA ") and "articles/s" in lines[0]
