"""Issue 9.5: faults. A server or a CLI run killed (SIGKILL) during writes leaves a database that
opens and holds whole batches only; a re-post or re-run adds nothing twice. A full disk, a
read-only file system, a locked or corrupt database give one clear line, never a traceback.

Real processes throughout: `dateline serve` / `dateline process` subprocesses, DuckDB files, and
(when this runs as root) real tmpfs mounts for the full and the read-only disk; without root the
full disk is simulated with RLIMIT_FSIZE.
"""
from __future__ import annotations

import contextlib
import os
import random
import re
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from dateline.ingest import article_id
from test_api_safety import ROOT, Server, post_articles

ACTORS = ["Russia", "Turkey", "Syria", "NATO", "Iran", "the United States", "Putin", "Erdogan", "rebels",
          "the police", "Israel", "Egypt"]
VERBS = ["accused", "attacked", "met", "criticized", "praised", "threatened", "signed a deal with", "urged",
         "condemned", "visited"]
VOCAB = "the talks border troops city people week plan peace security trade oil gas price market report".split()


def article_text(seed: int, sentences: int = 12) -> str:
    rng = random.Random(seed)
    return " ".join(f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(ACTORS)} "
                    + " ".join(rng.choice(VOCAB) for _ in range(8)) + f" on day {seed}." for _ in range(sentences))


def write_corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"a{i:03d}.txt"
        path.write_text(article_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def cli(*args: str, timeout: float = 300, preexec=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "dateline.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env=env, preexec_fn=preexec)


def assert_one_line_error(result: subprocess.CompletedProcess, *words: str) -> str:
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"expected a failure, got 0:\n{output[-2000:]}"
    assert "Traceback" not in output and "╭" not in output and "│" not in output, \
        f"a traceback instead of a message:\n{output[-3000:]}"
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 1, f"expected one 'error:' line:\n{result.stderr[-2000:]}"
    for word in words:
        assert re.search(word, errors[0], re.I), f"{word!r} not in: {errors[0]}"
    return errors[0]


def store_snapshot(db: Path) -> dict:
    """Open the database as a user would after the crash: it must open; return what it holds."""
    from dateline.store import Store
    with Store(db, read_only=True) as store:
        articles = {row[0]: row[1] for row in store.con.execute("SELECT id, input_ref FROM articles").fetchall()}
        events = store.con.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchone()
        per_article_events = dict(store.con.execute(
            "SELECT article_id, count(*) FROM events GROUP BY article_id").fetchall())
        runs = store.con.execute("SELECT id, read, processed, duplicate, skipped, rejected, existing FROM runs "
                                 "WHERE finished IS NOT NULL").fetchall()
    assert events[0] == events[1], "an event is stored twice"
    return {"articles": articles, "events": events[0], "per_article_events": per_article_events, "runs": runs}


# --- kill the server during writes ---------------------------------------------------------------
BATCH = 6


def _batch(number: int) -> list[dict]:
    return [{"text": article_text(1000 + number * BATCH + i), "url": f"https://example.org/b{number}/a{i}",
             "title": f"batch {number} article {i}", "published": "2012-12-03", "source": "faults"}
            for i in range(BATCH)]


def _ids(batch: list[dict]) -> list[str]:
    return [article_id(a["text"], url=a["url"], ref="api") for a in batch]


def test_kill_server_during_posts_keeps_whole_batches_and_reposts_add_nothing(tmp_path):
    db = tmp_path / "killed.duckdb"
    server = Server(db).start()
    acked: set[int] = set()
    sent: set[int] = set()
    errors: list[str] = []
    try:
        warm = post_articles(server, _batch(0))          # loads the pipeline (the slow first post)
        assert warm.status_code == 200, warm.text
        acked.add(0)
        sent.add(0)
        stop = threading.Event()
        counter = iter(range(1, 10_000))
        lock = threading.Lock()

        def poster():
            while not stop.is_set():
                with lock:
                    number = next(counter)
                sent.add(number)
                try:
                    response = post_articles(server, _batch(number), timeout=120)
                except httpx.HTTPError:
                    return                                   # the server died under us: expected
                if response.status_code == 200:
                    acked.add(number)
                else:
                    errors.append(f"batch {number}: {response.status_code} {response.text[:200]}")

        threads = [threading.Thread(target=poster, daemon=True) for _ in range(3)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 180
        while len(acked) < 4 and time.monotonic() < deadline and not errors:
            time.sleep(0.05)
        time.sleep(random.Random(7).uniform(0.1, 0.6))      # somewhere inside the next batch
        server.kill()
        stop.set()
        for thread in threads:
            thread.join(150)
    finally:
        server.kill()
    assert not errors, errors
    assert len(acked) >= 4, f"only {len(acked)} batches acknowledged before the deadline:\n{server.log()}"

    # the database opens after SIGKILL and holds whole batches only
    snapshot = store_snapshot(db)
    stored = set(snapshot["articles"])
    whole = set()
    for number in sorted(sent):
        ids = _ids(_batch(number))
        present = [i in stored for i in ids]
        assert all(present) or not any(present), f"batch {number} is partly stored: {present}"
        if number in acked:
            assert all(present), f"batch {number} was acknowledged (200) but is not in the store"
        if all(present):
            whole.add(number)
    assert len(snapshot["articles"]) == BATCH * len(whole)
    print(f"sent {len(sent)} batches, {len(acked)} acknowledged, {len(whole)} stored whole after SIGKILL")

    # restart on the same file; re-post every batch: stored ones add nothing, lost ones are added
    with Server(db) as again:
        before = httpx.get(again.url + "/stats", timeout=30).json()
        for number in sorted(whole):
            response = post_articles(again, _batch(number))
            assert response.status_code == 200, response.text
            assert {a["status"] for a in response.json()["articles"]} == {"existing"}, response.text
        after_reposts = httpx.get(again.url + "/stats", timeout=30).json()
        assert after_reposts["articles"] == before["articles"] and after_reposts["events"] == before["events"]
        for number in sorted(sent - whole):
            response = post_articles(again, _batch(number))
            assert response.status_code == 200, response.text
    final = store_snapshot(db)
    assert len(final["articles"]) == BATCH * len(sent)
    for aid, n in snapshot["per_article_events"].items():
        assert final["per_article_events"].get(aid) == n, f"events of {aid} changed on re-post"


# --- kill the CLI during writes ------------------------------------------------------------------
def _run_and_kill(args: list[str], db: Path, growths: int, limit: float = 240) -> int:
    """Start `dateline process` and SIGKILL it once its write-ahead log has grown `growths` times
    (migrations, the run record, then batch commits): that is, in the middle of writing batches,
    whatever the speed of the machine."""
    wal = Path(str(db) + ".wal")
    process = subprocess.Popen([sys.executable, "-m", "dateline.cli", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + limit
    last, grown = -1, 0
    while time.monotonic() < deadline and process.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size != last:
            grown += 1 if size > last else 0
            last = size
        if grown > growths:
            break
        time.sleep(0.005)
    if process.poll() is not None:
        return process.returncode                        # finished before the kill
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(30)
    return -9


def test_kill_cli_during_writes_then_rerun_finishes_once(tmp_path):
    folder = tmp_path / "corpus"
    paths = write_corpus(folder, 48)
    db = tmp_path / "cli.duckdb"
    args = ["process", str(folder), "--db", str(db), "--batch-size", "4", "--quiet"]
    batches = [sorted(str(p) for p in paths)[i:i + 4] for i in range(0, len(paths), 4)]
    killed_once = False
    for growths in (7, 10):
        code = _run_and_kill(args, db, growths)
        print(f"process run {'killed' if code == -9 else f'exited {code}'} after {growths} WAL growths")
        if not db.exists():
            continue
        snapshot = store_snapshot(db)                    # opens after SIGKILL
        refs = set(snapshot["articles"].values())
        print(f"  the database opens: {len(refs)} articles stored")
        if not killed_once and code == -9:
            killed_once = True
            for batch in batches:                        # the first run's batches are all-or-nothing
                present = [ref in refs for ref in batch]
                assert all(present) or not any(present), f"a batch is partly stored: {batch} {present}"
    assert killed_once, "the first run finished before it could be killed"
    result = cli(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    final = store_snapshot(db)
    assert sorted(final["articles"].values()) == sorted(str(p) for p in paths), "an article is missing or twice"
    for run in final["runs"]:
        _, read, processed, duplicate, skipped, rejected, existing = run
        assert read == processed + duplicate + skipped + rejected + existing, f"counts do not reconcile: {run}"
    again = cli(*args)
    assert again.returncode == 0
    assert store_snapshot(db)["articles"] == final["articles"]
    assert store_snapshot(db)["events"] == final["events"]


# --- full disk and read-only file system ---------------------------------------------------------
@contextlib.contextmanager
def tmpfs(path: Path, size: str):
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        yield None
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                             capture_output=True).returncode == 0
    try:
        yield path if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _fsize_limit(limit: int):
    def preexec():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)    # writes past the limit fail with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


def test_disk_full_is_one_clear_line_and_a_rerun_finishes(tmp_path):
    folder = tmp_path / "corpus"
    paths = write_corpus(folder, 40)
    with tmpfs(tmp_path / "small", "400k") as disk:
        if disk is not None:
            db = disk / "full.duckdb"
            result = cli("process", str(folder), "--db", str(db), "--batch-size", "8", "-q")
        else:                                            # no mount: a file-size limit in the child
            db = tmp_path / "full.duckdb"
            result = cli("process", str(folder), "--db", str(db), "--batch-size", "8", "-q",
                         preexec=_fsize_limit(400_000))
        assert_one_line_error(result, "disk is full|cannot write|too large")
        if disk is not None:
            subprocess.run(["mount", "-o", "remount,size=50m", str(disk)], check=True)
        # with room again the same command finishes, and every article is stored once
        done = cli("process", str(folder), "--db", str(db), "--batch-size", "8", "-q")
        assert done.returncode == 0, done.stdout + done.stderr
        snapshot = store_snapshot(db)
        assert sorted(snapshot["articles"].values()) == sorted(str(p) for p in paths)


def test_read_only_file_system_is_one_clear_line(tmp_path):
    folder = tmp_path / "corpus"
    write_corpus(folder, 3)
    with tmpfs(tmp_path / "ro", "20m") as disk:
        if disk is None:
            pytest.skip("needs root to mount a read-only file system")
        db = disk / "ro.duckdb"
        assert cli("process", str(folder), "--db", str(db), "-q").returncode == 0
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        assert_one_line_error(cli("process", str(folder), "--db", str(db), "-q"), "read-only|cannot open")
        assert_one_line_error(cli("process", str(folder), "--db", str(disk / "new.duckdb"), "-q"),
                              "read-only|cannot open")
        # reading still works on a read-only disk
        listed = cli("articles", "--db", str(db), "--format", "jsonl")
        assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3, listed.stderr


def test_read_only_file_for_a_user(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only files; covered by the read-only mount test")
    folder = tmp_path / "corpus"
    write_corpus(folder, 2)
    db = tmp_path / "locked.duckdb"
    assert cli("process", str(folder), "--db", str(db), "-q").returncode == 0
    db.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        assert_one_line_error(cli("process", str(folder), "--db", str(db), "-q"), "read-only|cannot open|denied")
    finally:
        tmp_path.chmod(0o755)


def test_store_opened_read_only_refuses_writes_with_store_error(tmp_path):
    from dateline.model import Reject
    from dateline.store import Store, StoreError
    db = tmp_path / "ro.duckdb"
    Store(db).close()
    with Store(db, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.write_batch(1, [], [Reject("x.txt", "empty", "x.txt: the file is empty")])


def test_locked_database_is_one_clear_line(tmp_path):
    db = tmp_path / "busy.duckdb"
    folder = tmp_path / "corpus"
    write_corpus(folder, 1)
    with Server(db):                                     # a server holds the write lock
        assert_one_line_error(cli("process", str(folder), "--db", str(db), "-q"), "cannot open|lock")


@pytest.mark.parametrize("content", [b"this is a text file, not a database\n", os.urandom(64 * 1024),
                                     b"DUCK" + b"\x00" * 5000])
def test_not_a_database_is_one_clear_line(tmp_path, content):
    db = tmp_path / "not.duckdb"
    db.write_bytes(content)
    folder = tmp_path / "corpus"
    write_corpus(folder, 1)
    assert_one_line_error(cli("process", str(folder), "--db", str(db), "-q"), str(db.name))
    assert_one_line_error(cli("events", "--db", str(db)), str(db.name))


def test_server_on_a_full_disk_answers_503_with_a_message_and_keeps_serving(tmp_path):
    with tmpfs(tmp_path / "small-server", "1m") as disk:
        if disk is None:
            pytest.skip("needs root to mount a small file system")
        with Server(disk / "full.duckdb", log=tmp_path / "server.log") as server:
            failure = None
            for number in range(60):
                response = post_articles(server, _batch(number))
                if response.status_code != 200:
                    failure = response
                    break
            assert failure is not None, "1 MB never filled up"
            assert failure.status_code in (503, 507), f"{failure.status_code} {failure.text[:300]}"
            message = failure.json()["error"]
            assert "disk is full" in message or "cannot write" in message, message
            # reads still work, and the stored batches are whole
            assert httpx.get(server.url + "/stats", timeout=30).status_code == 200
        snapshot = store_snapshot(disk / "full.duckdb")
        for n in range(number + 1):
            present = [i in snapshot["articles"] for i in _ids(_batch(n))]
            assert all(present) or not any(present), f"batch {n} is partly stored"
