"""The store: one DuckDB file, the only module that speaks SQL.

Schema changes are numbered migrations applied on open, so an older database opens in a newer
release. Every batch is written in one transaction: a run killed part-way leaves whole batches
only, and a re-run skips the articles already stored.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

import duckdb

from .model import PLOVER_TYPES, Reject, Result, event_record, place_record, to_dict

# Numbered migrations, applied in order; a number is never reused or edited once released.
# Each area owns its numbers: 2 dedup/stories, 3 store/API, 4 scale, 5 events, 6 actors/places.
MIGRATIONS: dict[int, str] = {
    1:  # the first schema
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, command VARCHAR,
        read INTEGER DEFAULT 0, processed INTEGER DEFAULT 0, duplicate INTEGER DEFAULT 0,
        skipped INTEGER DEFAULT 0, rejected INTEGER DEFAULT 0, existing INTEGER DEFAULT 0);
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, run_id INTEGER, source VARCHAR, url VARCHAR, title VARCHAR,
        published DATE, published_origin VARCHAR, language VARCHAR, author VARCHAR,
        status VARCHAR, status_detail VARCHAR, duplicate_of VARCHAR, story_id VARCHAR,
        input_ref VARCHAR, dateline VARCHAR, dateline_place JSON, raw_text VARCHAR, clean_text VARCHAR,
        offset_map JSON);
    CREATE TABLE removals (
        article_id VARCHAR, seq INTEGER, start_offset INTEGER, end_offset INTEGER, kind VARCHAR,
        text VARCHAR, detail VARCHAR, PRIMARY KEY (article_id, seq));
    CREATE TABLE rejects (
        input VARCHAR, reason VARCHAR, detail VARCHAR, run_id INTEGER, rejected_at TIMESTAMP,
        PRIMARY KEY (input, reason));
    CREATE TABLE mentions (
        article_id VARCHAR, seq INTEGER, start_offset INTEGER, end_offset INTEGER, text VARCHAR,
        code VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR, via VARCHAR, refers_to INTEGER,
        PRIMARY KEY (article_id, seq));
    CREATE TABLE places (
        article_id VARCHAR, seq INTEGER, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE,
        feature VARCHAR, source VARCHAR, start_offset INTEGER, end_offset INTEGER,
        PRIMARY KEY (article_id, seq));
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, seq INTEGER, plover VARCHAR, cameo VARCHAR,
        root_code VARCHAR, quad_class INTEGER, goldstein DOUBLE,
        source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_name VARCHAR,
        target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_name VARCHAR,
        modality VARCHAR, is_symmetric BOOLEAN, speaker_code VARCHAR, speaker_name VARCHAR,
        place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, date DATE,
        trigger VARCHAR, pattern VARCHAR, confidence DOUBLE, sentence VARCHAR, record JSON);
    CREATE TABLE amounts (
        event_id VARCHAR, seq INTEGER, value DOUBLE, currency VARCHAR, unit VARCHAR, role VARCHAR,
        text VARCHAR, PRIMARY KEY (event_id, seq));
    CREATE TABLE quotes (
        article_id VARCHAR, seq INTEGER, speaker_code VARCHAR, speaker_name VARCHAR,
        speaker_text VARCHAR, text VARCHAR, kind VARCHAR, start_offset INTEGER, end_offset INTEGER,
        verb VARCHAR, PRIMARY KEY (article_id, seq));
    CREATE TABLE stories (id VARCHAR PRIMARY KEY, title VARCHAR, first_published DATE, size INTEGER);
    CREATE INDEX events_article ON events (article_id);
    CREATE INDEX events_date ON events (date);
    """,
    2:  # dedup and stories (issue 4): fingerprints instead of texts, story facts, grouped events
    """
    CREATE TABLE dedup_docs (
        seq BIGINT PRIMARY KEY, article_id VARCHAR, canonical_id VARCHAR, text_key UBIGINT, url_key UBIGINT,
        num_shingles INTEGER, signature UINTEGER[], band_keys UBIGINT[]);
    ALTER TABLE stories ADD COLUMN last_published DATE;
    ALTER TABLE stories ADD COLUMN num_articles INTEGER;
    ALTER TABLE stories ADD COLUMN num_sources INTEGER;
    CREATE TABLE event_groups (
        id VARCHAR, story_id VARCHAR, plover VARCHAR, cameo VARCHAR, modality VARCHAR,
        source_code VARCHAR, target_code VARCHAR, first_date DATE, last_date DATE,
        num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_event_id VARCHAR);
    CREATE TABLE event_group_members (event_id VARCHAR, group_id VARCHAR, story_id VARCHAR);
    """,
    3:  # store, exports and API (issue 7): exact-code lookups of the actor profile and story pages
    """
    CREATE INDEX events_source ON events (source_code);
    CREATE INDEX events_target ON events (target_code);
    CREATE INDEX mentions_code ON mentions (code);
    CREATE INDEX articles_story ON articles (story_id);
    """,
    4:  # scale (issue 8): the LSH band keys as rows, so that dedup looks candidates up in the store
        # (a join per batch) instead of holding every band key of the corpus in memory
    """
    CREATE TABLE dedup_bands (band_key UBIGINT, seq BIGINT);
    INSERT INTO dedup_bands SELECT unnest(band_keys) AS band_key, seq FROM dedup_docs;
    """,
    5:  # events (issue 6): an amount's bound ("at least 20": min) and the upper end of a range ("12 to 15")
    """
    ALTER TABLE amounts ADD COLUMN bound VARCHAR;
    ALTER TABLE amounts ADD COLUMN high DOUBLE;
    """,
}


def _group_columns():
    import pyarrow as pa
    return [("id", pa.string()), ("story_id", pa.string()), ("plover", pa.string()), ("cameo", pa.string()),
            ("modality", pa.string()), ("source_code", pa.string()), ("target_code", pa.string()),
            ("first_date", pa.date32()), ("last_date", pa.date32()), ("num_mentions", pa.int32()),
            ("num_articles", pa.int32()), ("num_sources", pa.int32()), ("first_event_id", pa.string())]


class StoreError(RuntimeError):
    """A database problem explained for a user (locked, read-only, not a dateline file...)."""


# -- reliability (issue 9) -------------------------------------------------------------------------
_DISK_FULL = ("no space left on device", "file too large", "disk is full", "could not write all bytes",
              "out of disk space")
_READ_ONLY = ("read-only file system", "permission denied", "read-only mode", "readonly", "operation not permitted")


def explain_write_error(exc: BaseException, path: str) -> Optional[str]:
    """One line for a user when a write failed for a reason outside dateline (disk full, read-only
    file or folder, I/O error), or None when the error is not of that kind (a bug: let it show)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = str(exc).lower()
    if isinstance(exc, OSError) or isinstance(exc, (duckdb.IOException, duckdb.PermissionException)) or any(
            key in low for key in _DISK_FULL + _READ_ONLY):
        if any(key in low for key in _DISK_FULL):
            return (f"cannot write to {path}: the disk is full ({text[:160]}); free some space and run the same "
                    "command again (the batches written before are kept)")
        if any(key in low for key in _READ_ONLY):
            return (f"cannot write to {path}: the database file or its folder is read-only ({text[:160]}); "
                    "make it writable, or choose another --db")
        return f"cannot write to {path}: {text[:200]}"
    return None


def _rollback_quietly(con) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


class Store:
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; create it with `dateline process ... --db {self.path}`")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                holder = re.search(r"\(PID (\d+)\)", str(exc))
                raise StoreError(
                    f"cannot open {self.path}: another process{' (PID ' + holder.group(1) + ')' if holder else ''} "
                    "holds it (a `dateline process` or `dateline serve`?). A database has one writer, or any "
                    "number of readers: wait for the writer or stop it; `dateline serve` without --token "
                    "only reads, so the other commands that read (stats, events, export ...) work alongside "
                    "it") from exc
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        if not read_only:
            try:
                self._migrate()
            except duckdb.Error as exc:
                problem = explain_write_error(exc, self.path)
                if problem is None:
                    raise
                self.con.close()
                raise StoreError(problem) from exc

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)")
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        current = row[0] or 0
        for number, sql in sorted(MIGRATIONS.items()):
            if number <= current:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?)", [number])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return self.con.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0

    # -- memory (issue 8) ----------------------------------------------------------------------
    def limit_memory(self, limit: Optional[str]) -> Optional[str]:
        """Cap DuckDB's buffer pool (e.g. "128MB"); returns the previous limit, to restore it.

        Without a cap DuckDB keeps the pages it has written cached up to 80% of the machine's
        memory, so a long run's memory grows with the corpus. Pages beyond the cap are evicted
        (they are on disk already), and larger operations spill to the temporary directory."""
        if limit is None or self.path == ":memory:":
            return None
        previous = self.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        self.con.execute(f"SET memory_limit = '{_memory_size(limit)}'")
        # DuckDB keeps the ART indexes of primary keys in memory, and they grow with the stored
        # rows: when one no longer fits, a write fails with an out-of-memory error. The cap then
        # doubles (up to the limit it replaced) and the write is tried again (`_retry_on_oom`).
        self._memory_cap = (_size_bytes(limit), max(_size_bytes(limit), _size_bytes(previous)))
        return previous

    _memory_cap: Optional[tuple[int, int]] = None      # (current cap, ceiling) in bytes, during a run

    def restore_memory(self, previous: Optional[str]) -> None:
        """End the run's cap: back to the limit `limit_memory` returned."""
        if previous is not None:
            self.con.execute(f"SET memory_limit = '{_memory_size(previous)}'")
        self._memory_cap = None

    def _raise_memory_cap(self) -> bool:
        """Double the run's memory cap, if below its ceiling; False when it cannot grow."""
        if self._memory_cap is None:
            return False
        cap, ceiling = self._memory_cap
        grown = min(2 * cap, ceiling)
        if grown <= cap:
            return False
        self.con.execute(f"SET memory_limit = '{grown // 2**20}MiB'")
        self._memory_cap = (grown, ceiling)
        return True

    def _retry_on_oom(self, write, *args):
        """Run a write (a whole transaction); on DuckDB's out-of-memory error, raise the cap and redo it."""
        while True:
            try:
                return write(*args)
            except duckdb.OutOfMemoryException:
                if not self._raise_memory_cap():
                    raise

    def limit_threads(self, threads: Optional[int]) -> Optional[int]:
        """Set DuckDB's worker threads (None: leave them); returns the previous number, to restore it.

        While batches flow, each write is a few small statements: one thread does them as fast,
        and leaves the other cores to the parsing workers (issue 8)."""
        if threads is None:
            return None
        previous = self.con.execute("SELECT current_setting('threads')").fetchone()[0]
        self.con.execute(f"SET threads = {int(threads)}")
        return int(previous)

    # -- runs --------------------------------------------------------------------------------
    def begin_run(self, command: str) -> int:
        run_id = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()[0]
        self.con.execute("INSERT INTO runs (id, started, command) VALUES (?, ?, ?)",
                         [run_id, dt.datetime.now(), command])
        return run_id

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        columns = ["read", "processed", "duplicate", "skipped", "rejected", "existing"]
        self.con.execute(
            f"UPDATE runs SET finished = ?, {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            [dt.datetime.now(), *[counts.get(c, 0) for c in columns], run_id])

    def runs(self) -> list[dict]:
        return self._dicts("SELECT * FROM runs ORDER BY id")

    # -- writes ------------------------------------------------------------------------------
    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)]).fetchall()
        return {row[0] for row in rows}

    def stored_texts(self, ids: Sequence[str]) -> dict[str, tuple[str, Optional[str]]]:
        """For the stored ones of these article ids: (MD5 of the raw text, the input it was read from)."""
        if not ids:
            return {}
        rows = self.con.execute("SELECT id, md5(raw_text), input_ref FROM articles WHERE id IN (SELECT unnest(?))",
                                [list(ids)]).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def dedup_keys(self) -> list[tuple[str, str]]:
        """(article_id, clean text) of stored first copies, to seed the deduplicator."""
        return [(aid, text) for aid, text in self.con.execute(
            "SELECT id, clean_text FROM articles WHERE status = 'processed' ORDER BY run_id, id").fetchall()]

    def write_batch(self, run_id: int, results: Iterable[Result], rejects: Iterable[Reject] = (),
                    inputs_read: Sequence[str] = ()) -> None:
        """Write results and rejects in one transaction: all of the batch or none of it.

        `inputs_read` names the inputs (files, URLs) this batch read again: their rejects of earlier
        runs are dropped, so that `dateline rejects` lists what is still refused once a file is fixed
        or read with the right options (a record refused again is written again, with this run)."""
        self._retry_on_oom(self._write_batch, run_id, list(results), list(rejects), list(inputs_read))

    def _write_batch(self, run_id: int, results: list[Result], rejects: list[Reject],
                     inputs_read: Sequence[str] = ()) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            fingerprints = []
            self._bulk = {}                   # rows gathered per table, inserted in bulk (issue 8)
            for result in results:
                self._write_result(run_id, result)
                if result.fingerprint is not None:
                    fingerprints.append((result.article.id, result.fingerprint))
            self._flush_bulk()
            self._write_fingerprints(fingerprints)
            if inputs_read:
                self.con.execute(
                    "DELETE FROM rejects r WHERE r.run_id < ? AND EXISTS (SELECT 1 FROM (SELECT unnest(?) AS f) i "
                    "WHERE r.input = i.f OR (starts_with(r.input, i.f) "   # the input, or one of its records
                    "AND regexp_full_match(substr(r.input, length(i.f) + 1), '(:[0-9]+|#.*)')))",
                    [run_id, list(inputs_read)])
            for reject in rejects:
                self.con.execute("INSERT OR REPLACE INTO rejects VALUES (?, ?, ?, ?, ?)",
                                 [reject.input, reject.reason, reject.detail, run_id, dt.datetime.now()])
            self.con.execute("COMMIT")
        except Exception as exc:
            self._bulk = None
            _rollback_quietly(self.con)     # a failed COMMIT (disk full) has already ended the transaction
            problem = explain_write_error(exc, self.path)
            if problem:
                raise StoreError(problem) from exc
            raise

    def _write_result(self, run_id: int, result: Result) -> None:
        article, clean = result.article, result.clean
        self._insert_many("articles", [(
             article.id, run_id, article.source, article.url, article.title, article.published,
             article.published_origin, (clean.language if clean else None) or article.language, article.author,
             result.status, result.status_detail, result.duplicate_of, None, article.input_ref,
             clean.dateline if clean else None, _json(place_record(result.dateline_place)),
             article.raw_text, clean.text if clean else None,
             json.dumps(clean.offset_map) if clean else None)])   # pairs of ints: to_dict's walk is not needed
        if clean:
            self._insert_many("removals", [
                (article.id, i, r.start, r.end, r.kind, r.text, r.detail) for i, r in enumerate(clean.removed)])
        self._insert_many("mentions", [
            (article.id, i, m.start, m.end, m.text, m.actor.code, m.actor.country, m.actor.sector,
             m.actor.name, m.via, m.refers_to) for i, m in enumerate(result.mentions)])
        self._insert_many("places", [
            (article.id, i, p.name, p.country, p.lat, p.lon, p.feature, p.source, p.start, p.end)
            for i, p in enumerate(result.places)])
        for seq, event in enumerate(result.events):
            self._write_event(seq, event)
        self._insert_many("quotes", [
            (article.id, i, q.speaker.code if q.speaker else None, q.speaker.name if q.speaker else None,
             q.speaker_text, q.text, q.kind, q.start, q.end, q.verb) for i, q in enumerate(result.quotes)])

    def _write_event(self, seq: int, event) -> None:
        src, tgt, place = event.source, event.target, event.place
        record = event_record(event)
        self._insert_many("events", [(
             event.id, event.article_id, seq, event.plover, event.cameo, event.cameo[:2], event.quad_class,
             event.goldstein,
             src and src.code, src and src.country, src and src.sector, src and src.name,
             tgt and tgt.code, tgt and tgt.country, tgt and tgt.sector, tgt and tgt.name,
             event.modality, event.symmetric, event.speaker and event.speaker.code,
             event.speaker and event.speaker.name, place and place.name, place and place.country,
             place and place.lat, place and place.lon, event.date, event.trigger, event.pattern,
             event.confidence, event.sentence.text, json.dumps(record))])
        self._insert_many("amounts", [
            (event.id, i, a.value, a.currency, a.unit, a.role, a.text, a.bound, a.high)
            for i, a in enumerate(event.amounts)])

    def _insert_many(self, table: str, rows: list[tuple]) -> None:
        if rows and self._bulk is not None:   # inside write_batch: gathered, then inserted in bulk
            self._bulk.setdefault(table, []).extend(rows)
        elif rows:
            marks = ", ".join(["?"] * len(rows[0]))
            self.con.executemany(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", rows)

    # -- queries -----------------------------------------------------------------------------
    def events(self, *, modality: Optional[Sequence[str]] = ("asserted",), plover: Optional[Sequence[str]] = None,
               actor: Optional[str] = None, country: Optional[str] = None, quad_class: Optional[int] = None,
               since: Optional[dt.date] = None, until: Optional[dt.date] = None, text: Optional[str] = None,
               article_id: Optional[str] = None, limit: Optional[int] = None, offset: int = 0) -> list[dict]:
        """Events as their public records, filtered; every filter value is a bound parameter."""
        where, params = ["1 = 1"], []
        if modality:
            where.append("modality IN (SELECT unnest(?))"); params.append(list(modality))
        if plover:
            where.append("plover IN (SELECT unnest(?))"); params.append([p.upper() for p in plover])
        if actor:
            where.append("(source_code LIKE ? OR target_code LIKE ? OR source_name ILIKE ? OR target_name ILIKE ?)")
            params += [actor.upper() + "%", actor.upper() + "%", f"%{actor}%", f"%{actor}%"]
        if country:
            where.append("(source_country = ? OR target_country = ? OR place_country = ?)"); params += [country.upper()] * 3
        if quad_class:
            where.append("quad_class = ?"); params.append(quad_class)
        if since:
            where.append("date >= ?"); params.append(since)
        if until:
            where.append("date <= ?"); params.append(until)
        if text:
            where.append("sentence ILIKE ?"); params.append(f"%{text}%")
        if article_id:
            where.append("article_id = ?"); params.append(article_id)
        sql = (f"SELECT id, record, date, article_id, seq FROM events WHERE {' AND '.join(where)} "
               "ORDER BY date NULLS LAST, article_id, seq")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"; params += [limit, offset]
        # issue 4: each mention carries the counts of the aggregated event it belongs to
        sql = ("SELECT e.record, g.id, g.story_id, g.num_mentions, g.num_articles, g.num_sources FROM (" + sql + ") e "
               "LEFT JOIN event_group_members m ON m.event_id = e.id LEFT JOIN event_groups g ON g.id = m.group_id "
               "ORDER BY e.date NULLS LAST, e.article_id, e.seq")
        return [_with_event_group(json.loads(row[0]), *row[1:]) for row in self.con.execute(sql, params).fetchall()]

    def articles(self, status: Optional[str] = None, limit: Optional[int] = None, offset: int = 0) -> list[dict]:
        sql = ("SELECT id, title, source, published, status, status_detail, duplicate_of, story_id, input_ref "
               "FROM articles")
        params: list[Any] = []
        if status:
            sql += " WHERE status = ?"; params.append(status)
        sql += " ORDER BY run_id, input_ref, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"; params += [limit, offset]
        return self._dicts(sql, params)

    def article(self, article_id: str) -> Optional[dict]:
        """One article with its clean text, removals, mentions, places, events and quotes."""
        rows = self._dicts("SELECT * FROM articles WHERE id = ? OR id LIKE ? ORDER BY id = ? DESC LIMIT 2",
                           [article_id, article_id + "%", article_id])
        if not rows or (len(rows) > 1 and rows[0]["id"] != article_id):
            return None
        row = rows[0]
        aid = row["id"]
        return {
            "id": aid, "title": row["title"], "source": row["source"], "url": row["url"],
            "published": row["published"], "status": row["status"], "status_detail": row["status_detail"],
            "duplicate_of": row["duplicate_of"], "story_id": row["story_id"], "language": row["language"],
            "text": row["clean_text"], "raw_text": row["raw_text"], "dateline": row["dateline"],
            "dateline_place": json.loads(row["dateline_place"]) if row["dateline_place"] else None,
            "removed": self._dicts("SELECT start_offset AS start, end_offset AS \"end\", kind, text, detail "
                                   "FROM removals WHERE article_id = ? ORDER BY seq", [aid]),
            "mentions": self._dicts("SELECT start_offset AS start, end_offset AS \"end\", text, code, country, "
                                    "sector, name, via, refers_to FROM mentions WHERE article_id = ? ORDER BY seq", [aid]),
            "places": self._dicts("SELECT name, country, lat, lon, feature, source, start_offset AS start, "
                                  "end_offset AS \"end\" FROM places WHERE article_id = ? ORDER BY seq", [aid]),
            "events": self.events(modality=None, article_id=aid),
            "quotes": self.quotes(article_id=aid),
        }

    def article_id(self, prefix: str) -> Optional[str]:
        """The full id of the article with this id or unique id prefix (as `article` takes), else None."""
        rows = self.con.execute("SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id = ? DESC LIMIT 2",
                                [prefix, prefix]).fetchall()
        if not rows or (len(rows) > 1 and rows[0][0] != prefix):
            return None
        return rows[0][0]

    def quotes(self, article_id: Optional[str] = None, limit: Optional[int] = None) -> list[dict]:
        sql = ("SELECT article_id, speaker_code, speaker_name, speaker_text, text, kind, "
               "start_offset AS start, end_offset AS \"end\", verb FROM quotes")
        params: list[Any] = []
        if article_id:
            sql += " WHERE article_id = ?"; params.append(article_id)
        sql += " ORDER BY article_id, seq"
        if limit is not None:
            sql += " LIMIT ?"; params.append(limit)
        return self._dicts(sql, params)

    def rejects(self) -> list[dict]:
        return self._dicts("SELECT input, reason, detail, run_id, rejected_at FROM rejects ORDER BY rejected_at, input")

    def counts(self) -> dict[str, int]:
        rows = self.con.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall()
        counts = {status: n for status, n in rows}
        counts["rejected"] = counts.get("rejected", 0) + self.con.execute("SELECT count(*) FROM rejects").fetchone()[0]
        counts["events"] = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
        return counts

    # -- dedup and stories (issue 4) ---------------------------------------------------------
    def _write_fingerprints(self, fingerprints: list[tuple[str, Any]]) -> None:
        """Dedup fingerprints (model.Fingerprint) of a batch; called inside write_batch's transaction."""
        if not fingerprints:
            return
        # One typed Arrow insert per batch: row-by-row executemany cost about a second per batch.
        import pyarrow as pa
        prints = [f for _, f in fingerprints]
        table = pa.table({
            "seq": pa.array([f.seq for f in prints], pa.int64()),
            "article_id": pa.array([article_id for article_id, _ in fingerprints], pa.string()),
            "canonical_id": pa.array([f.canonical_id for f in prints], pa.string()),
            "text_key": pa.array([f.text_key for f in prints], pa.uint64()),
            "url_key": pa.array([f.url_key for f in prints], pa.uint64()),
            "num_shingles": pa.array([f.num_shingles for f in prints], pa.int32()),
            "signature": pa.array([list(f.signature) for f in prints], pa.list_(pa.uint32())),
            "band_keys": pa.array([list(f.band_keys) for f in prints], pa.list_(pa.uint64())),
        })
        self._query_with(table,
                         "INSERT OR IGNORE INTO dedup_docs SELECT * FROM dateline_rows", None)
        # the band keys each document adds to the LSH index (a copy adds only keys no earlier
        # document holds: dedup.stored.IndexedFingerprint; a plain Fingerprint adds them all)
        indexed = [getattr(f, "indexed_keys", f.band_keys) for f in prints]
        bands = pa.table({
            "band_key": pa.array([k for keys in indexed for k in keys], pa.uint64()),
            "seq": pa.array([f.seq for f, keys in zip(prints, indexed) for _ in keys], pa.int64()),
        })
        if bands.num_rows:
            self._query_with(bands,
                             "INSERT INTO dedup_bands SELECT band_key, seq FROM dateline_rows "
                             "WHERE seq NOT IN (SELECT seq FROM dedup_bands WHERE seq >= ?)",
                             None, [min(f.seq for f in prints)])

    # -- dedup lookups in the store (issue 8: memory bounded whatever the corpus size) ----------
    def dedup_next_seq(self) -> int:
        """The next free document number of the deduplicator."""
        return self.con.execute(
            "SELECT greatest(coalesce((SELECT max(seq) FROM dedup_docs), -1), "
            "coalesce((SELECT max(seq) FROM dedup_bands), -1)) + 1").fetchone()[0]

    def dedup_seqs_since(self, seq: int) -> set[int]:
        """The document numbers from `seq` on that the store holds."""
        return {row[0] for row in self.con.execute("SELECT seq FROM dedup_docs WHERE seq >= ?", [seq]).fetchall()}

    def _query_with(self, table, sql: str, fetch: Optional[str] = "fetchall", params: Sequence[Any] = ()):
        """Run `sql` with an Arrow table that it names `dateline_rows`; the rows as `fetch` gives them
        (None: none).

        DuckDB reads an Arrow table named in a query from the variable of that name in the frame
        that runs it (its replacement scan): the same scan as a view registered for the statement,
        without registering and unregistering one each time (issue 8, speed: half a millisecond
        per statement, a dozen statements per batch written)."""
        dateline_rows = table              # noqa: F841 (read by DuckDB, by name)
        cursor = self.con.execute(sql, list(params))
        return getattr(cursor, fetch)() if fetch else None

    def dedup_lookup(self, text_keys: Sequence[int], url_keys: Sequence[int], band_keys) -> tuple[dict, dict, Any, Any]:
        """For a batch: text key -> canonical id and url key -> canonical id of the earliest stored document
        with it, and (band keys, seqs) of the stored index rows holding any of the band keys; one query."""
        import numpy as np
        import pyarrow as pa
        bands = np.unique(np.asarray(band_keys, np.uint64).ravel())
        texts, urls = sorted(set(text_keys)), sorted(set(url_keys))
        query = pa.table({
            "kind": pa.array([0] * len(texts) + [1] * len(urls) + [2] * len(bands), pa.int8()),
            "key": pa.concat_arrays([pa.array(texts, pa.uint64()), pa.array(urls, pa.uint64()),
                                     pa.array(bands, pa.uint64())])})
        rows = self._query_with(
            query,
            "SELECT 0 AS kind, d.text_key AS key, arg_min(d.canonical_id, d.seq) AS canonical, NULL::BIGINT AS seq "
            "FROM dedup_docs d WHERE d.text_key IN (SELECT key FROM dateline_rows WHERE kind = 0) "
            "GROUP BY d.text_key "
            "UNION ALL SELECT 1, d.url_key, arg_min(d.canonical_id, d.seq), NULL FROM dedup_docs d "
            "WHERE d.url_key IN (SELECT key FROM dateline_rows WHERE kind = 1) GROUP BY d.url_key "
            "UNION ALL SELECT 2, b.band_key, NULL, b.seq FROM dedup_bands b "
            "JOIN (SELECT key FROM dateline_rows WHERE kind = 2) q ON b.band_key = q.key",
            "fetchnumpy")
        kind = np.asarray(rows["kind"])
        keys = np.asarray(rows["key"], np.uint64)
        canonical = rows["canonical"]
        exact = [{int(k): c for k, c in zip(keys[kind == n].tolist(), np.asarray(canonical)[kind == n].tolist())}
                 for n in (0, 1)]
        band = kind == 2
        seqs = np.asarray(rows["seq"])[band]
        return exact[0], exact[1], keys[band], np.asarray(seqs, np.int64)

    def dedup_docs_by_seq(self, seqs: Sequence[int]) -> dict[int, tuple[str, str, int, Any]]:
        """seq -> (article id, canonical id, shingle count, signature as a numpy array)."""
        import numpy as np
        import pyarrow as pa
        if not seqs:
            return {}
        import warnings
        with warnings.catch_warnings():   # "Arrow output makes an extra copy": a few signatures
            warnings.simplefilter("ignore", UserWarning)
            table = self._query_with(
                pa.table({"seq": pa.array(sorted(set(seqs)), pa.int64())}),
                "SELECT d.seq, d.article_id, d.canonical_id, d.num_shingles, d.signature FROM dedup_docs d "
                "WHERE d.seq IN (SELECT seq FROM dateline_rows)", "to_arrow_table")
        if not table.num_rows:
            return {}
        signatures = table.column("signature").combine_chunks().flatten().to_numpy().astype(np.uint32)
        signatures = signatures.reshape(table.num_rows, -1)
        return {seq: (aid, canonical, size, signatures[i]) for i, (seq, aid, canonical, size) in enumerate(zip(
            table.column("seq").to_pylist(), table.column("article_id").to_pylist(),
            table.column("canonical_id").to_pylist(), table.column("num_shingles").to_pylist()))}

    def dedup_state(self) -> dict:
        """What the deduplicator needs at start-up: ids, exact keys, signatures and flat LSH band
        keys (numpy arrays via Arrow, in seq order), no texts."""
        import warnings

        import pyarrow.compute as pc
        with warnings.catch_warnings():   # "Arrow output makes an extra copy": fine, it is signatures only
            warnings.simplefilter("ignore", UserWarning)
            table = self.con.execute("SELECT seq, article_id, canonical_id, text_key, url_key, num_shingles, "
                                     "signature, band_keys FROM dedup_docs ORDER BY seq").to_arrow_table()
        seqs = table.column("seq").to_numpy()
        bands = table.column("band_keys").combine_chunks()
        return {"seq": seqs, "article_id": table.column("article_id").to_pylist(),
                "canonical_id": table.column("canonical_id").to_pylist(),
                "text_key": table.column("text_key").to_pylist(), "url_key": table.column("url_key").to_pylist(),
                "num_shingles": table.column("num_shingles").to_numpy(),
                "signature": table.column("signature").combine_chunks().flatten().to_numpy(),
                "band_seq": seqs[pc.list_parent_indices(bands).to_numpy()] if len(seqs) else seqs,
                "band_key": bands.flatten().to_numpy()}

    def unfingerprinted(self, limit: int = 1000) -> list[tuple[str, str, Optional[str]]]:
        """(id, clean text, url) of first copies stored without a dedup fingerprint (a database
        written before migration 2), oldest first."""
        return self.con.execute(
            "SELECT a.id, a.clean_text, a.url FROM articles a WHERE a.status = 'processed' "
            "AND a.clean_text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dedup_docs d WHERE d.article_id = a.id) "
            "ORDER BY a.run_id, a.rowid LIMIT ?", [limit]).fetchall()

    def write_fingerprints(self, fingerprints: list[tuple[str, Any]]) -> None:
        """Fingerprints of articles already stored, in one transaction."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._write_fingerprints(fingerprints)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def clean_texts(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Clean texts of some articles (dedup verifies a candidate pair on demand)."""
        if not article_ids:
            return {}
        return dict(self.con.execute("SELECT id, clean_text FROM articles WHERE id IN (SELECT unnest(?))",
                                     [list(article_ids)]).fetchall())

    def story_inputs(self, *, unassigned: bool, since: Optional[dt.date] = None, until: Optional[dt.date] = None,
                     limit: int = 5000) -> list[dict]:
        """First copies with what story grouping compares: date, title, text, actor codes, the
        country of each actor mention (repeated: how much an article is about each), event types.

        unassigned=True: those without a story yet, in arrival order. Otherwise those with a story,
        published in [since, until] (or undated), the most recent first."""
        where = ["a.status = 'processed'"]
        params: list[Any] = []
        if unassigned:
            where.append("a.story_id IS NULL")
            # arrival order: the deduplicator numbers articles as they come (rows may be bulk-inserted)
            order = ("a.run_id, (SELECT d.seq FROM dedup_docs d WHERE d.article_id = a.id) NULLS LAST, "
                     "a.input_ref, a.id")
        else:
            where.append("a.story_id IS NOT NULL")
            if since is not None and until is not None:
                where.append("(a.published BETWEEN ? AND ? OR a.published IS NULL)")
                params += [since, until]
            order = "a.run_id DESC, a.id"
        rows = self._dicts(
            "SELECT a.id, a.story_id, a.title, a.source, a.published, "
            "a.clean_text AS text, "
            "(SELECT list(DISTINCT m.code) FROM mentions m WHERE m.article_id = a.id) AS actors, "
            "(SELECT list(m.country) FROM mentions m WHERE m.article_id = a.id AND m.country IS NOT NULL) "
            "AS countries, "
            "(SELECT list(DISTINCT e.plover) FROM events e WHERE e.article_id = a.id) AS event_types "
            f"FROM articles a WHERE {' AND '.join(where)} "
            f"ORDER BY {order} LIMIT ?", params + [limit])
        return rows

    def assign_stories(self, assignments: dict[str, str], copies_at_most: int = 20_000) -> list[str]:
        """Set story ids of first copies, give copies without a story their first copy's one (at
        most `copies_at_most` per call, so that a run with many copies updates them in bounded
        transactions: call again until it returns no story), and refresh the rows of the stories
        touched (returned)."""
        return self._retry_on_oom(self._assign_stories, assignments, copies_at_most)

    def _assign_stories(self, assignments: dict[str, str], copies_at_most: int) -> list[str]:
        import pyarrow as pa
        self.con.execute("BEGIN TRANSACTION")
        try:
            if assignments:
                # one set-based UPDATE from an Arrow table (executemany is a statement per row, issue 8)
                self._query_with(pa.table({
                    "id": pa.array(list(assignments), pa.string()),
                    "story": pa.array(list(assignments.values()), pa.string())}),
                    "UPDATE articles SET story_id = t.story FROM dateline_rows t WHERE articles.id = t.id")
            copies = self.con.execute(
                "SELECT d.id, c.story_id FROM articles d JOIN articles c ON d.duplicate_of = c.id "
                "WHERE d.story_id IS NULL AND c.story_id IS NOT NULL ORDER BY d.id LIMIT ?",
                [copies_at_most]).fetchall()
            story_ids = sorted(set(assignments.values()) | {story for _, story in copies})
            if not story_ids:
                self.con.execute("COMMIT")
                return []
            if copies:
                self._query_with(pa.table({
                    "id": pa.array([c[0] for c in copies], pa.string()),
                    "story": pa.array([c[1] for c in copies], pa.string())}),
                    "UPDATE articles SET story_id = t.story FROM dateline_rows t WHERE articles.id = t.id")
            self.con.execute("DELETE FROM stories WHERE id IN (SELECT unnest(?))", [story_ids])
            self.con.execute(
                "INSERT INTO stories (id, title, first_published, size, last_published, num_articles, num_sources) "
                "SELECT story_id, arg_min(coalesce(title, left(clean_text, 120)), {'founder': 'story-' || id <> story_id, 'copy': status <> 'processed', "
                "'published': coalesce(published, DATE '9999-12-31'), 'run': run_id, 'ref': input_ref, 'id': id}), "
                "min(published), count(*) FILTER (WHERE status = 'processed'), max(published), count(*), "
                "count(DISTINCT coalesce(source, id)) "
                "FROM articles WHERE story_id IN (SELECT unnest(?)) GROUP BY story_id", [story_ids])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return story_ids

    def stories(self, limit: Optional[int] = None, offset: int = 0, story_id: Optional[str] = None) -> list[dict]:
        """Stories, largest first, each with its articles (first copies and their duplicates)."""
        sql = ("SELECT id, title, first_published, last_published, size, num_articles, num_sources FROM stories"
               + (" WHERE id = ?" if story_id else "") + " ORDER BY num_articles DESC, first_published NULLS LAST, id")
        params: list[Any] = [story_id] if story_id else []
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"; params += [limit, offset]
        stories = self._dicts(sql, params)
        if not stories:
            return []
        members = self._dicts(
            "SELECT id, story_id, title, source, published, status, duplicate_of FROM articles "
            "WHERE story_id IN (SELECT unnest(?)) ORDER BY published NULLS LAST, run_id, input_ref, id",
            [[s["id"] for s in stories]])
        by_story: dict[str, list[dict]] = {}
        for row in members:
            by_story.setdefault(row.pop("story_id"), []).append(row)
        for story in stories:
            story["articles"] = by_story.get(story["id"], [])
        return stories

    def story_events(self, story_ids: Sequence[str]) -> list[dict]:
        """Events of first copies in these stories, with how far each article reached: its own
        source plus the sources of its stored duplicates (syndicated copies are not coded again)."""
        return self._dicts(
            "SELECT e.id, e.article_id, a.story_id, e.plover, e.cameo, e.modality, e.source_code, e.target_code, "
            "e.is_symmetric, e.date, e.seq, "
            "list_distinct(list_concat([coalesce(a.source, a.id)], "
            "  (SELECT coalesce(list(coalesce(d.source, d.id)), []) FROM articles d WHERE d.duplicate_of = a.id))) AS sources, "
            "1 + (SELECT count(*) FROM articles d WHERE d.duplicate_of = a.id) AS copies "
            "FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE a.status = 'processed' AND a.story_id IN (SELECT unnest(?)) "
            "ORDER BY e.date NULLS LAST, a.run_id, a.input_ref, e.article_id, e.seq", [list(story_ids)])

    def replace_event_groups(self, story_ids: Sequence[str], groups: list[dict], members: list[tuple[str, str, str]]) -> None:
        """Replace the aggregated events of these stories (one transaction)."""
        self._retry_on_oom(self._replace_event_groups, story_ids, groups, members)

    def _replace_event_groups(self, story_ids: Sequence[str], groups: list[dict], members: list[tuple[str, str, str]]) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM event_groups WHERE story_id IN (SELECT unnest(?))", [list(story_ids)])
            self.con.execute("DELETE FROM event_group_members WHERE story_id IN (SELECT unnest(?))", [list(story_ids)])
            # typed Arrow tables, one INSERT each: executemany ran a statement per row and was most of
            # the time of `update_stories` (issue 8)
            import pyarrow as pa
            if groups:
                table = pa.table({c: pa.array([g[c] for g in groups], t) for c, t in _group_columns()})
                names = ", ".join(c for c, _ in _group_columns())
                self._query_with(table,
                                 f"INSERT INTO event_groups ({names}) SELECT {names} FROM dateline_rows", None)
            if members:
                event_ids, group_ids, story_ids_ = zip(*members)
                table = pa.table({"event_id": pa.array(event_ids, pa.string()),
                                  "group_id": pa.array(group_ids, pa.string()),
                                  "story_id": pa.array(story_ids_, pa.string())})
                self._query_with(table, "INSERT INTO event_group_members "
                                 "SELECT event_id, group_id, story_id FROM dateline_rows", None)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def event_groups(self, story_id: Optional[str] = None) -> list[dict]:
        """Aggregated events (one per event reported in several articles), with their mentions' event ids."""
        sql = ("SELECT g.*, (SELECT list(m.event_id ORDER BY m.event_id) FROM event_group_members m "
               "WHERE m.group_id = g.id) AS event_ids FROM event_groups g")
        params: list[Any] = []
        if story_id:
            sql += " WHERE g.story_id = ?"; params.append(story_id)
        return self._dicts(sql + " ORDER BY g.first_date NULLS LAST, g.id", params)

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    # -- scale (issue 8) -----------------------------------------------------------------------
    def record_progress(self, run_id: int, counts: dict[str, int]) -> None:
        """The counts so far of a run in progress; `finished` stays empty until `finish_run`, so a run
        killed part-way shows as unfinished in `runs`."""
        columns = ["read", "processed", "duplicate", "skipped", "rejected", "existing"]
        self.con.execute(f"UPDATE runs SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                         [*[counts.get(c, 0) for c in columns], run_id])

    _bulk: Optional[dict[str, list[tuple]]] = None

    def _flush_bulk(self) -> None:
        """Insert the rows gathered by `write_batch`, one statement per table.

        DuckDB runs `executemany` one row at a time (about a millisecond each: a batch of articles
        with their events, mentions and removals spent more time here than in parsing); a whole
        table of rows handed over as Arrow is one vectorised insert. Same rows, same order, same
        INSERT OR IGNORE semantics (the first of two equal keys wins)."""
        import pyarrow as pa
        bulk, self._bulk = self._bulk or {}, None
        for table, rows in bulk.items():
            try:
                columns = {f"c{i}": pa.array(list(values)) for i, values in enumerate(zip(*rows))}
            except (pa.ArrowException, OverflowError, TypeError):
                self._insert_many(table, rows)          # values Arrow cannot type: row by row
                continue
            self._query_with(pa.table(columns),
                             f"INSERT OR IGNORE INTO {table} SELECT * FROM dateline_rows", None)

    def read_result_part(self, path: str | Path) -> list[bytes]:
        """The serialised results of one Parquet part written by a cluster worker, in input order."""
        return [row[0] for row in self.con.execute(
            "SELECT result FROM read_parquet(?) ORDER BY seq", [str(path)]).fetchall()]

    # -- store, exports and API (issue 7) -------------------------------------------------------
    def reader(self) -> "Store":
        """A Store on a fresh cursor of this connection, for one reader thread.

        DuckDB allows one read-write connection per file and process; cursors share it, each sees
        committed data, and may be used from its own thread while the main connection writes.
        """
        view = Store.__new__(Store)
        view.__dict__.update(self.__dict__)    # whatever state the other sections keep, read-only here
        view.con = self.con.cursor()
        return view

    def event_page(self, query: "EventQuery", limit: int = 50, offset: int = 0,
                   descending: bool = False) -> dict:
        """One page of matching events (public records), by date then storage order, and the total.

        One scan finds the matches (row ids and dates only); the count and the page's top-N come
        from that, and only the page's rows read their JSON record.
        """
        where, params = _event_where(query)
        order = "DESC NULLS LAST" if descending else "NULLS LAST"
        direction = "DESC" if descending else ""
        # `rowid IN (...)` fetches the page's rows directly (a join would read every record), and
        # only those few rows meet the aggregated-event tables
        rows = self.con.execute(
            f"WITH m AS MATERIALIZED (SELECT e.rowid AS r, e.date FROM events e WHERE {where}), "
            f"p AS (SELECT r FROM m ORDER BY date {order}, r {direction} LIMIT ? OFFSET ?), "
            "page AS MATERIALIZED (SELECT id, record, date, rowid AS r FROM events WHERE rowid IN (SELECT r FROM p)) "
            f"SELECT (SELECT count(*) FROM m), {_PUBLIC_RECORD} FROM page e {_GROUP_JOIN} "
            f"ORDER BY e.date {order}, e.r {direction}", [*params, limit, offset]).fetchall()
        if rows:
            total = rows[0][0]
        else:   # an empty page says nothing of the total
            total = self.con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
        events = [json.loads(record) for _, record in rows]
        return {"total": total, "limit": limit, "offset": offset, "events": events}

    def event_frame(self, query: "EventQuery", kind: str = "pandas", limit: Optional[int] = None):
        """Matching events as flat columns: a pandas or polars DataFrame, or a pyarrow Table."""
        sql, params = _flat_events_sql(query)
        if limit is not None:
            sql += " LIMIT ?"; params.append(limit)
        return self._frame(sql, params, kind)

    def frame(self, table: str, kind: str = "pandas"):
        """A whole table (articles, mentions, places, quotes, amounts, removals, rejects, stories,
        runs) as a pandas or polars DataFrame, or a pyarrow Table."""
        if table not in _FRAME_QUERIES:
            raise ValueError(f"unknown table {table!r}; choose one of {', '.join(_FRAME_QUERIES)}")
        return self._frame(_FRAME_QUERIES[table], [], kind)

    def _frame(self, sql: str, params: list, kind: str):
        if kind not in ("pandas", "polars", "arrow"):
            raise ValueError(f"unknown frame kind {kind!r}; choose pandas, polars or arrow")
        cursor = self.con.cursor()   # a relation needs a connection with no pending result
        try:
            relation = cursor.sql(sql, params=params or None)
            return {"pandas": relation.df, "polars": relation.pl, "arrow": relation.to_arrow_table}[kind]()
        finally:
            cursor.close()

    def export_events(self, query: "EventQuery", fmt: str, path: str | Path,
                      fips: Optional[dict[str, str]] = None, country_names: Optional[dict[str, str]] = None) -> int:
        """Write matching events to `path` as jsonl, csv, parquet or gdelt; returns the row count
        (gdelt: a row per aggregated event, as GDELT's event table; the others: a row per mention).

        csv, parquet and gdelt are written by DuckDB's COPY and jsonl in fixed-size batches, so
        memory stays bounded whatever the number of events.
        """
        where, params = _event_where(query)
        count = self.con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
        target = str(path).replace("'", "''")
        if fmt == "jsonl":
            self._export_jsonl(where, params, Path(path))
        elif fmt == "csv":
            sql, params = _flat_events_sql(query)
            self.con.execute(f"COPY ({sql}) TO '{target}' (FORMAT csv, HEADER true)", params)
        elif fmt == "parquet":
            sql, params = _flat_events_sql(query)
            self.con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet, COMPRESSION zstd)", params)
        elif fmt == "gdelt":
            sql, params = _gdelt_sql(query, fips or {}, country_names)
            written = self.con.execute(
                f"COPY ({sql}) TO '{target}' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '')", params).fetchone()
            count = int(written[0]) if written else count   # a row per aggregated event
        else:
            raise ValueError(f"unknown export format {fmt!r}; choose jsonl, csv, parquet or gdelt")
        return count

    def _export_jsonl(self, where: str, params: list, path: Path, batch: int = 10_000) -> None:
        cursor = self.con.cursor()   # a cursor of its own, so that the export streams from one result
        try:
            cursor.execute(f"SELECT {_PUBLIC_RECORD} FROM events e {_GROUP_JOIN} WHERE {where} "
                           "ORDER BY e.date NULLS LAST, e.article_id, e.seq", params)
            with open(path, "w", encoding="utf-8") as out:
                while rows := cursor.fetchmany(batch):
                    # records are stored as compact JSON already: no parse and re-dump needed
                    out.writelines(row[0] + "\n" for row in rows)
        finally:
            cursor.close()

    def stats(self, query: Optional["EventQuery"] = None) -> dict:
        """Counts for `dateline stats` and GET /stats: articles by status, events by type,
        QuadClass, modality, country (source, target or place) and month."""
        where, params = _event_where(query or EventQuery(modality=None))
        by_status = {status: n for status, n in self.con.execute(
            "SELECT status, count(*) FROM articles GROUP BY status ORDER BY status").fetchall()}
        # one scan for every breakdown of the events: a grouping set each
        grouped = self.con.execute(
            "SELECT GROUPING(e.plover, e.quad_class, e.modality, strftime(e.date, '%Y-%m')) AS g, e.plover, "
            "e.quad_class, e.modality, strftime(e.date, '%Y-%m') AS month, count(*) AS n, min(e.date), max(e.date) "
            f"FROM events e WHERE {where} GROUP BY GROUPING SETS ((e.plover), (e.quad_class), (e.modality), "
            "(strftime(e.date, '%Y-%m')), ())", params).fetchall()
        sets: dict[str, list] = {"plover": [], "quad_class": [], "modality": [], "month": []}
        total, first, last = 0, None, None
        for g, plover, quad, modality, month, n, low, high in grouped:
            if g == 0b1111:                    # the grand total
                total, first, last = n, low, high
            else:
                key, value = {0b0111: ("plover", plover), 0b1011: ("quad_class", quad),
                              0b1101: ("modality", modality), 0b1110: ("month", month)}[g]
                sets[key].append((value, n))

        def ranked(pairs: list, by_count: bool = True) -> dict:
            ordered = sorted(pairs, key=lambda p: (-p[1], str(p[0])) if by_count else str(p[0]))
            return {str(k) if k is not None else "unknown": n for k, n in ordered}

        return {
            "schema_version": self.schema_version,
            "articles": sum(by_status.values()),
            "articles_by_status": by_status,
            "rejected_inputs": self.con.execute("SELECT count(*) FROM rejects").fetchone()[0],
            "runs": self.con.execute("SELECT count(*) FROM runs").fetchone()[0],
            "events": total,
            # the same happening told by several copies or articles is one grouped event (GDELT's one row)
            "distinct_events": self.con.execute(
                "SELECT count(DISTINCT coalesce(m.group_id, e.id)) FROM events e "
                f"LEFT JOIN event_group_members m ON m.event_id = e.id WHERE {where}", params).fetchone()[0],
            "events_by_type": ranked(sets["plover"]),
            "events_by_quad_class": ranked(sets["quad_class"], by_count=False),
            "events_by_modality": ranked(sets["modality"]),
            "events_by_country": ranked(self._events_by_country(where, params)),
            "events_by_month": ranked(sets["month"], by_count=False),
            "articles_by_month": {k or "unknown": n for k, n in self.con.execute(
                "SELECT strftime(published, '%Y-%m'), count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall()},
            "first_date": _iso(first),
            "last_date": _iso(last),
        }

    def _events_by_country(self, where: str, params: list) -> list[tuple]:
        """Events per country involved (source, target or place), each event once per country."""
        return self.con.execute(
            "SELECT c, count(*) FROM ("
            f" SELECT e.source_country AS c FROM events e WHERE {where} AND e.source_country IS NOT NULL"
            f" UNION ALL SELECT e.target_country FROM events e WHERE {where} AND e.target_country IS NOT NULL"
            "  AND e.target_country IS DISTINCT FROM e.source_country"
            f" UNION ALL SELECT e.place_country FROM events e WHERE {where} AND e.place_country IS NOT NULL"
            "  AND e.place_country IS DISTINCT FROM e.source_country AND e.place_country IS DISTINCT FROM e.target_country"
            ") GROUP BY c", [*params, *params, *params]).fetchall()

    def actor_profile(self, code: str, query: Optional["EventQuery"] = None, partners: int = 25) -> Optional[dict]:
        """What one actor code does and to whom: counts as source and target, by type, its partners
        with counts both ways and the mean Goldstein score, and how often it is mentioned."""
        code = code.upper()
        base = query or EventQuery()
        where, params = _event_where(base)
        head = self.con.execute(
            f"SELECT count(*) FILTER (WHERE e.source_code = ?), count(*) FILTER (WHERE e.target_code = ?), "
            f"min(e.date), max(e.date), avg(e.goldstein) FROM events e WHERE {where} "
            "AND (e.source_code = ? OR e.target_code = ?)", [code, code, *params, code, code]).fetchone()
        mentions = self.con.execute("SELECT count(*) FROM mentions WHERE code = ?", [code]).fetchone()[0]
        if not head[0] and not head[1] and not mentions:
            return None
        names = self.con.execute(
            "SELECT name, count(*) AS n FROM (SELECT source_name AS name FROM events WHERE source_code = ? "
            "UNION ALL SELECT target_name FROM events WHERE target_code = ? UNION ALL "
            "SELECT name FROM mentions WHERE code = ?) WHERE name IS NOT NULL GROUP BY name ORDER BY n DESC LIMIT 5",
            [code, code, code]).fetchall()
        by_type = self._dicts(
            f"SELECT e.plover, count(*) FILTER (WHERE e.source_code = ?) AS as_source, "
            f"count(*) FILTER (WHERE e.target_code = ?) AS as_target FROM events e WHERE {where} "
            "AND (e.source_code = ? OR e.target_code = ?) GROUP BY 1 ORDER BY count(*) DESC, 1",
            [code, code, *params, code, code])
        partner_rows = self._dicts(
            "SELECT partner AS code, any_value(partner_name) AS name, count(*) FILTER (WHERE outgoing) AS as_target, "
            "count(*) FILTER (WHERE NOT outgoing) AS as_source, count(*) AS events, "
            "round(avg(goldstein), 2) AS mean_goldstein FROM ("
            f" SELECT e.target_code AS partner, e.target_name AS partner_name, true AS outgoing, e.goldstein "
            f" FROM events e WHERE {where} AND e.source_code = ? AND e.target_code IS NOT NULL"
            f" UNION ALL SELECT e.source_code, e.source_name, false, e.goldstein "
            f" FROM events e WHERE {where} AND e.target_code = ? AND e.source_code IS NOT NULL"
            ") GROUP BY partner ORDER BY events DESC, partner LIMIT ?",
            [*params, code, *params, code, partners])
        return {
            "code": code, "names": [n for n, _ in names], "as_source": head[0], "as_target": head[1],
            "mentions": mentions, "first_date": _iso(head[2]), "last_date": _iso(head[3]),
            "mean_goldstein": None if head[4] is None else round(head[4], 2),
            "by_type": by_type, "partners": partner_rows,
        }

    def actor_list(self, query: Optional["EventQuery"] = None, limit: int = 50) -> list[dict]:
        """The most active actor codes (as source or target) among matching events."""
        where, params = _event_where(query or EventQuery())
        return self._dicts(
            "SELECT code, any_value(name) AS name, count(*) AS events FROM ("
            f" SELECT e.source_code AS code, e.source_name AS name FROM events e WHERE {where}"
            f" UNION ALL SELECT e.target_code, e.target_name FROM events e WHERE {where}"
            ") WHERE code IS NOT NULL GROUP BY code ORDER BY events DESC, code LIMIT ?", [*params, *params, limit])

    def timeline(self, query: "EventQuery") -> list[dict]:
        """Events per day and QuadClass (the dashboard's stacked timeline)."""
        where, params = _event_where(query)
        return [{"date": _iso(day), "quad_class": quad, "events": n} for day, quad, n in self.con.execute(
            f"SELECT e.date, e.quad_class, count(*) FROM events e WHERE {where} AND e.date IS NOT NULL "
            "GROUP BY 1, 2 ORDER BY 1, 2", params).fetchall()]

    def network(self, query: "EventQuery", edges: int = 150) -> list[dict]:
        """Who acts on whom: directed edges with their event count and mean Goldstein score."""
        where, params = _event_where(query)
        return self._dicts(
            "SELECT e.source_code AS source, any_value(e.source_name) AS source_name, e.target_code AS target, "
            "any_value(e.target_name) AS target_name, count(*) AS events, round(avg(e.goldstein), 2) AS mean_goldstein "
            f"FROM events e WHERE {where} AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL "
            "AND e.source_code <> e.target_code GROUP BY e.source_code, e.target_code "
            "ORDER BY events DESC, source, target LIMIT ?", [*params, edges])

    def event_places(self, query: "EventQuery", limit: int = 500) -> dict:
        """Where events happen: counts per country and per located place (the dashboard's map)."""
        where, params = _event_where(query)
        countries = {c: n for c, n in self.con.execute(
            f"SELECT e.place_country, count(*) FROM events e WHERE {where} AND e.place_country IS NOT NULL "
            "GROUP BY 1", params).fetchall()}
        points = self._dicts(
            "SELECT any_value(e.place_name) AS name, e.place_country AS country, round(e.lat, 2) AS lat, "
            f"round(e.lon, 2) AS lon, count(*) AS events FROM events e WHERE {where} AND e.lat IS NOT NULL "
            "AND e.lon IS NOT NULL GROUP BY 2, 3, 4 ORDER BY events DESC LIMIT ?", [*params, limit])
        return {"countries": countries, "points": points}

    def article_page(self, status: Optional[str] = None, text: Optional[str] = None, limit: int = 50,
                     offset: int = 0) -> dict:
        """A page of articles (newest first) with their event counts, and the total."""
        where, params = ["1 = 1"], []
        if status:
            where.append("a.status = ?"); params.append(status)
        if text:
            where.append("(a.title ILIKE ? OR a.clean_text ILIKE ?)"); params += [f"%{text}%"] * 2
        clause = " AND ".join(where)
        total = self.con.execute(f"SELECT count(*) FROM articles a WHERE {clause}", params).fetchone()[0]
        rows = self._dicts(
            "SELECT a.id, a.title, a.source, a.url, a.published, a.status, a.status_detail, a.duplicate_of, "
            "a.story_id, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events "
            f"FROM articles a WHERE {clause} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
            [*params, limit, offset])
        return {"total": total, "limit": limit, "offset": offset, "articles": rows}

    def story_page(self, limit: int = 50, offset: int = 0) -> dict:
        """A page of stories (biggest first) and the total; a story groups articles on one event."""
        total = self.con.execute("SELECT count(*) FROM stories").fetchone()[0]
        rows = self._dicts("SELECT * FROM stories ORDER BY size DESC NULLS LAST, first_published DESC NULLS LAST, id "
                           "LIMIT ? OFFSET ?", [limit, offset])
        for row in rows:
            row["articles"] = self._dicts(
                "SELECT id, title, source, published, status FROM articles WHERE story_id = ? "
                "ORDER BY published NULLS LAST, id LIMIT 20", [row["id"]])
        return {"total": total, "limit": limit, "offset": offset, "stories": rows}

    def generate_synthetic_events(self, n: int, seed: int = 0, articles_per_event: float = 0.2,
                                  start: dt.date = dt.date(2020, 1, 1), days: int = 1461) -> None:
        """Fill the store with `n` made-up events (and their articles) in one SQL statement each.

        For benchmarks and demos only: actors, types and places are drawn from small fixed lists by
        hashing the row number, so a run is repeatable. Records have the public event shape.
        """
        n_articles = max(1, int(n * articles_per_event))
        self.con.execute("SET enable_progress_bar = false")   # no progress bar in benchmark output
        run_id = self.begin_run(f"synthetic {n}")
        pick = "list_extract(?, 1 + CAST(hash(i, ?, {salt}) % {size} AS INTEGER))"

        def choice(values: list, salt: int) -> tuple[str, list]:
            return pick.format(salt=salt, size=len(values)), [values, seed]

        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                "INSERT INTO articles (id, run_id, source, url, title, published, published_origin, language, status, "
                "clean_text) SELECT 'syn' || lpad(CAST(i AS VARCHAR), 9, '0'), ?, 'synthetic', "
                "'https://example.org/synthetic/' || i, 'Synthetic article ' || i, "
                "CAST(? AS DATE) + CAST(hash(i, ?, 7) % ? AS INTEGER), 'metadata', 'en', 'processed', "
                "'Synthetic article ' || i FROM range(?) t(i)", [run_id, start, seed, days, n_articles])
            parts, params = [], []
            for values, salt in ((_SYNTHETIC_ACTORS, 1), (_SYNTHETIC_ACTORS, 2), (_SYNTHETIC_TYPES, 3),
                                 (_SYNTHETIC_PLACES, 4), (_SYNTHETIC_MODALITIES, 5)):
                sql, p = choice(values, salt)
                parts.append(sql); params += p
            self.con.execute(
                "INSERT INTO events (id, article_id, seq, plover, cameo, root_code, quad_class, goldstein, "
                "source_code, source_country, source_sector, source_name, target_code, target_country, target_sector, "
                "target_name, modality, is_symmetric, place_name, place_country, lat, lon, date, trigger, pattern, "
                "confidence, sentence, record) "
                "SELECT id, article_id, seq, t.p, t.c, left(t.c, 2), t.q, t.g, s.code, s.country, s.sector, s.name, "
                "o.code, o.country, o.sector, o.name, m, false, pl.name, pl.country, pl.lat, pl.lon, date, "
                "'synthetic', 'synthetic', 1.0, sentence, json_object('id', id, 'article_id', article_id, "
                "'source', json_object('code', s.code, 'country', s.country, 'sector', s.sector, 'name', s.name), "
                "'target', json_object('code', o.code, 'country', o.country, 'sector', o.sector, 'name', o.name), "
                "'plover', t.p, 'cameo', t.c, 'quad_class', t.q, 'goldstein', t.g, 'modality', m, 'speaker', NULL, "
                "'symmetric', false, 'place', json_object('name', pl.name, 'country', pl.country, 'lat', pl.lat, "
                "'lon', pl.lon, 'feature', 'city', 'source', 'sentence'), 'date', strftime(date, '%Y-%m-%d'), "
                "'amounts', json('[]'), 'trigger', 'synthetic', 'pattern', 'synthetic', 'confidence', 1.0, "
                "'explanation', 'Synthetic event made by generate_synthetic_events.', 'sentence', sentence, "
                "'sentence_start', 0, 'sentence_end', length(sentence)) "
                "FROM (SELECT i, 'syn' || lpad(CAST(i AS VARCHAR), 10, '0') AS id, "
                " 'syn' || lpad(CAST(i % ? AS VARCHAR), 9, '0') AS article_id, CAST(i // ? AS INTEGER) AS seq, "
                f" {parts[0]} AS s, {parts[1]} AS o, {parts[2]} AS t, {parts[3]} AS pl, {parts[4]} AS m, "
                " CAST(? AS DATE) + CAST(hash(i % ?, ?, 7) % ? AS INTEGER) AS date FROM range(?) r(i)) x, "
                " LATERAL (SELECT s.name || ' ' || lower(t.p) || 's ' || o.name || ' (synthetic event ' || i || ').' "
                " AS sentence) y",
                [n_articles, n_articles, *params, start, n_articles, seed, days, n])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        self.finish_run(run_id, {"read": n_articles, "processed": n_articles})


def _with_event_group(record: dict, group_id: Optional[str], story_id: Optional[str], mentions: Optional[int],
                      articles: Optional[int], sources: Optional[int]) -> dict:
    """An event record with its aggregated event's counts (issue 4); an ungrouped one counts once."""
    record.update(group_id=group_id, story_id=story_id, num_mentions=mentions or 1, num_articles=articles or 1,
                  num_sources=sources or 1)
    return record


def _memory_size(text: str) -> str:
    """A memory size as DuckDB reads it ("128MB", "1.5GiB"); anything else is refused (it is
    pasted into a SET statement, which takes no parameters)."""
    import re
    text = str(text).strip().replace(" ", "")
    if not re.fullmatch(r"\d+(\.\d+)?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)", text, re.IGNORECASE):
        raise ValueError(f"not a memory size: {text!r} (write e.g. 128MB or 1GiB)")
    return text


def _size_bytes(text: str) -> int:
    """Bytes of a memory size as DuckDB writes it ("128MB", "18.8 GiB")."""
    import re
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMGT]?i?B)", str(text).strip(), re.IGNORECASE)
    if not match:
        raise ValueError(f"not a memory size: {text!r}")
    unit = match.group(2).upper()
    power = "BKMGT".index(unit[0]) if unit != "B" else 0
    base = 1024 if "I" in unit else 1000
    return int(float(match.group(1)) * base ** power)


def _json(value: Any) -> Optional[str]:
    return None if value is None else json.dumps(to_dict(value))


# -- store, exports and API (issue 7): event filters and the SQL they compile to ----------------
@dataclass
class EventQuery:
    """Event filters shared by the CLI, the Python API, the exports and the REST API.

    Each list filter matches any of its values; filters combine with AND. `actor` matches a code
    prefix (RUS matches RUSGOV) or a part of the name, as source or target; `country` an ISO
    alpha-3 code of the source, the target or the place. `modality=None` means every modality.
    """
    modality: Optional[Sequence[str]] = ("asserted",)
    plover: Optional[Sequence[str]] = None
    quad_class: Optional[Sequence[int]] = None
    actor: Optional[Sequence[str]] = None
    source: Optional[Sequence[str]] = None
    target: Optional[Sequence[str]] = None
    country: Optional[Sequence[str]] = None
    since: Optional[dt.date] = None
    until: Optional[dt.date] = None
    text: Optional[str] = None
    article_id: Optional[str] = None
    story_id: Optional[str] = None

    def __post_init__(self) -> None:
        # a single value is as good as a list of one
        for name in ("modality", "plover", "quad_class", "actor", "source", "target", "country"):
            value = getattr(self, name)
            if isinstance(value, (str, int)):
                setattr(self, name, [value])
            elif value is not None:
                setattr(self, name, [v for v in value if v not in (None, "")] or None)
        for name in ("modality", "plover", "actor", "source", "target", "country"):
            wrong = [v for v in getattr(self, name) or () if not isinstance(v, str)]
            if wrong:                   # else an AttributeError from deep inside the query
                raise TypeError(f"{'type' if name == 'plover' else name} must be a string or a list of strings, "
                                f"not {wrong[0]!r}")
        wrong = [q for q in self.quad_class or () if isinstance(q, bool) or str(q).strip() not in ("1", "2", "3", "4")]
        if wrong:
            raise ValueError(f"quad_class must be 1, 2, 3 or 4 (or a list of them), not {wrong[0]!r}")
        unknown = [t for t in self.plover or () if str(t).upper() not in PLOVER_TYPES]
        if unknown:                     # a misspelt type would match nothing, silently
            raise ValueError(f"unknown PLOVER type {', '.join(map(str, unknown))}; "
                             f"choose from {', '.join(PLOVER_TYPES)}")


def _actor_clause(roles: Sequence[str], values: Sequence[str], params: list) -> str:
    alternatives = []
    for value in values:
        for role in roles:
            alternatives.append(f"e.{role}_code LIKE ? OR e.{role}_name ILIKE ?")
            params += [value.upper() + "%", f"%{value}%"]
    return "(" + " OR ".join(alternatives) + ")"


def _in_list(column: str, values: list, params: list) -> str:
    # `x IN (?, ?)` rather than a join with a list: DuckDB pushes it into the table scan
    params += values
    return f"{column} IN ({', '.join(['?'] * len(values))})"


def _event_where(query: EventQuery) -> tuple[str, list]:
    """A WHERE clause over `events e` and its bound parameters (never values pasted into SQL)."""
    where, params = ["1 = 1"], []
    if query.modality:
        where.append(_in_list("e.modality", list(query.modality), params))
    if query.plover:
        where.append(_in_list("e.plover", [p.upper() for p in query.plover], params))
    if query.quad_class:
        where.append(_in_list("e.quad_class", [int(q) for q in query.quad_class], params))
    if query.actor:
        where.append(_actor_clause(("source", "target"), query.actor, params))
    if query.source:
        where.append(_actor_clause(("source",), query.source, params))
    if query.target:
        where.append(_actor_clause(("target",), query.target, params))
    if query.country:
        countries = [c.upper() for c in query.country]
        where.append("(" + " OR ".join(_in_list(f"e.{role}_country", countries, params)
                                       for role in ("source", "target", "place")) + ")")
    if query.since:
        where.append("e.date >= ?"); params.append(query.since)
    if query.until:
        where.append("e.date <= ?"); params.append(query.until)
    if query.text:
        where.append("e.sentence ILIKE ?"); params.append(f"%{query.text}%")
    if query.article_id:
        where.append("e.article_id = ?"); params.append(query.article_id)
    if query.story_id:
        where.append("e.article_id IN (SELECT id FROM articles WHERE story_id = ?)"); params.append(query.story_id)
    return " AND ".join(where), params


# An event as the public record of `Store.events` (issue 4 adds its aggregated event's counts),
# built in SQL so that exports stream it as text; records are compact JSON objects ending in "}".
_GROUP_JOIN = ("LEFT JOIN event_group_members gm ON gm.event_id = e.id "
               "LEFT JOIN event_groups g ON g.id = gm.group_id")
_PUBLIC_RECORD = (
    "left(e.record, -1) || ',\"group_id\":' || coalesce(CAST(to_json(g.id) AS VARCHAR), 'null') "
    "|| ',\"story_id\":' || coalesce(CAST(to_json(g.story_id) AS VARCHAR), 'null') "
    "|| ',\"num_mentions\":' || coalesce(nullif(g.num_mentions, 0), 1) "
    "|| ',\"num_articles\":' || coalesce(nullif(g.num_articles, 0), 1) "
    "|| ',\"num_sources\":' || coalesce(nullif(g.num_sources, 0), 1) || '}'")

# Flat event columns for CSV, Parquet and data frames, with the aggregated event's counts.
_FLAT_EVENT_COLUMNS = """
    e.id, e.article_id, e.date, e.source_code, e.source_country, e.source_sector, e.source_name,
    e.plover, e.cameo, e.root_code, e.quad_class, e.goldstein,
    e.target_code, e.target_country, e.target_sector, e.target_name,
    e.modality, e.is_symmetric AS symmetric, e.speaker_code, e.speaker_name,
    e.place_name, e.place_country, e.lat, e.lon,
    CASE WHEN json_array_length(e.record -> 'amounts') > 0 THEN CAST(e.record -> 'amounts' AS VARCHAR) END AS amounts,
    e.trigger, e.pattern, e.confidence, e.sentence, e.record ->> 'explanation' AS explanation,
    g.id AS group_id, coalesce(nullif(g.num_mentions, 0), 1) AS num_mentions,
    coalesce(nullif(g.num_sources, 0), 1) AS num_sources, coalesce(nullif(g.num_articles, 0), 1) AS num_articles,
    coalesce(g.story_id, a.story_id) AS story_id,
    a.published, a.source AS article_source, a.url, a.title AS article_title
"""


def _flat_events_sql(query: EventQuery) -> tuple[str, list]:
    where, params = _event_where(query)
    return (f"SELECT {_FLAT_EVENT_COLUMNS} FROM events e LEFT JOIN articles a ON a.id = e.article_id {_GROUP_JOIN} "
            f"WHERE {where} ORDER BY e.date NULLS LAST, e.article_id, e.seq", params)


def _tsv(expr: str) -> str:
    """A text value made safe for GDELT's tab-separated, unquoted lines."""
    return f"regexp_replace(CAST({expr} AS VARCHAR), '[\\t\\r\\n]+', ' ', 'g')"


def _gdelt_actor(role: str) -> list[str]:
    return [_tsv(f"e.{role}_code"), _tsv(f"upper(e.{role}_name)"), f"e.{role}_country",
            f"CASE WHEN e.{role}_country IS NULL THEN e.{role}_code END",   # IGOs and groups: known group
            "NULL", "NULL", "NULL",                                         # ethnic, religion 1 and 2
            f"e.{role}_sector", "NULL", "NULL"]                             # type 1, 2, 3


# GDELT 2.0 event table columns, in order (what we put in each: see dateline.exports).
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
)


def _gdelt_sql(query: EventQuery, fips: dict[str, str],
               country_names: Optional[dict[str, str]] = None) -> tuple[str, list]:
    """SELECT of the 61 GDELT columns: our values where we have them, NULL (empty) where not."""
    where, params = _event_where(query)
    day = "coalesce(e.date, a.published)"
    sentence_start = "TRY_CAST(e.record ->> 'sentence_start' AS INTEGER)"
    values = [
        "CAST('0x' || left(md5(e.id), 15) AS BIGINT)",   # stable 60-bit integer from our event id
        f"strftime({day}, '%Y%m%d')", f"strftime({day}, '%Y%m')", f"strftime({day}, '%Y')",
        f"printf('%.4f', year({day}) + dayofyear({day}) / 365.0)",
        *_gdelt_actor("source"), *_gdelt_actor("target"),
        # root event: the article's first sentence that holds an event (GDELT: the lead paragraph)
        f"CASE WHEN {sentence_start} = min({sentence_start}) OVER (PARTITION BY e.article_id) THEN 1 ELSE 0 END",
        "e.cameo", "left(e.cameo, 3)", "e.root_code", "e.quad_class", "e.goldstein",
        "coalesce(nullif(g.num_mentions, 0), 1)", "coalesce(nullif(g.num_sources, 0), 1)",
        "coalesce(nullif(g.num_articles, 0), 1)",
        "TRY_CAST(e.record ->> 'tone' AS DOUBLE)",
        # an actor's geo is the event's place where the place lies in the actor's country (GDELT's: the place
        # named closest to the actor, most often the action's), else empty
        *_gdelt_geo("e.source_country = e.place_country"), *_gdelt_geo("e.target_country = e.place_country"),
        *_gdelt_geo("TRUE"),
        "strftime(r.started, '%Y%m%d%H%M%S')", _tsv("coalesce(a.url, a.source)"),
    ]
    assert len(values) == len(GDELT_COLUMNS) == 61
    select = ", ".join(f"{v} AS {c}" for v, c in zip(values, GDELT_COLUMNS))
    # GDELT's event table has a row per event, not per mention: an aggregated event (event group)
    # gives one row, its first mention among those the filters keep, with the group's counts
    sql = (f"SELECT {select} FROM events e LEFT JOIN articles a ON a.id = e.article_id "
           f"LEFT JOIN runs r ON r.id = a.run_id {_GROUP_JOIN} WHERE {where} "
           "QUALIFY row_number() OVER (PARTITION BY coalesce(g.id, e.id) "
           "ORDER BY e.date NULLS LAST, e.article_id, e.seq) = 1 "
           "ORDER BY e.date NULLS LAST, e.article_id, e.seq")
    names = country_names or {}
    maps = [list(names.keys()), list(names.values()), list(fips.keys()), list(fips.values()),
            list(fips.keys()), list(fips.values())]
    return sql, [*maps * 3, *params]


def _gdelt_geo(when: str) -> list[str]:
    """The 8 geo columns of the event's place where `when` holds. GDELT's types: 1 country, 2 US state, 3 US city,
    4 world city, 5 world region (provinces, and the islands and waters of our gazetteer, are areas below a country
    as ADM1 is). FullName "Khartoum, Sudan" (GDELT writes "City, ADM1, Country"; our gazetteer has no ADM1 names
    outside the US, only their codes). Parameters: country names, then FIPS codes twice, each as a MAP's keys and
    values."""
    feature = "e.record -> 'place' ->> 'feature'"
    known = f"e.place_name IS NOT NULL AND coalesce(({when}), FALSE)"
    return [
        f"CASE WHEN NOT ({known}) THEN NULL WHEN {feature} = 'country' THEN 1 WHEN {feature} = 'city' "
        "THEN (CASE WHEN e.place_country = 'USA' THEN 3 ELSE 4 END) WHEN e.place_country = 'USA' THEN 2 ELSE 5 END",
        f"CASE WHEN {known} THEN " + _tsv(
            f"CASE WHEN {feature} = 'country' THEN e.place_name ELSE concat_ws(', ', e.place_name, "
            "map_extract_value(MAP(?, ?), e.place_country)) END") + " END",
        f"CASE WHEN {known} THEN map_extract_value(MAP(?, ?), e.place_country) END",
        # GDELT's ADM1 code: the FIPS country code of a country, with GeoNames' first-level division code of a town or
        # US state after it ("SY13" Damascus, "USTX" Austin); none for the provinces and waters of our own list
        f"CASE WHEN {known} THEN map_extract_value(MAP(?, ?), e.place_country) || CASE WHEN {feature} = 'country' "
        "THEN '' ELSE e.record -> 'place' ->> 'admin1' END END", "NULL",
        f"CASE WHEN {known} THEN e.lat END", f"CASE WHEN {known} THEN e.lon END",
        f"CASE WHEN {known} THEN e.record -> 'place' ->> 'geonameid' END"]


_FRAME_QUERIES: dict[str, str] = {
    "articles": "SELECT id, run_id, source, url, title, published, published_origin, language, author, status, "
                "status_detail, duplicate_of, story_id, input_ref, dateline, clean_text FROM articles "
                "ORDER BY published NULLS LAST, id",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, seq",
    "places": "SELECT * FROM places ORDER BY article_id, seq",
    "quotes": "SELECT * FROM quotes ORDER BY article_id, seq",
    "amounts": "SELECT * FROM amounts ORDER BY event_id, seq",
    "removals": "SELECT * FROM removals ORDER BY article_id, seq",
    "rejects": "SELECT * FROM rejects ORDER BY rejected_at, input",
    "stories": "SELECT * FROM stories ORDER BY size DESC NULLS LAST, id",
    "runs": "SELECT * FROM runs ORDER BY id",
}


def _iso(value: Any) -> Optional[str]:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


# Made-up values for `generate_synthetic_events` (benchmarks and demos), not reference data.
_SYNTHETIC_ACTORS = [
    {"code": code, "country": country, "sector": sector, "name": name} for code, country, sector, name in [
        ("RUS", "RUS", None, "Russia"), ("RUSGOV", "RUS", "GOV", "Vladimir Putin"), ("TUR", "TUR", None, "Turkey"),
        ("TURGOV", "TUR", "GOV", "Recep Tayyip Erdogan"), ("SYR", "SYR", None, "Syria"),
        ("SYRGOV", "SYR", "GOV", "Bashar al-Assad"), ("SYRREB", "SYR", "REB", "Syrian rebels"),
        ("USA", "USA", None, "United States"), ("USAGOV", "USA", "GOV", "Barack Obama"),
        ("USAMIL", "USA", "MIL", "Pentagon"), ("CHN", "CHN", None, "China"), ("CHNGOV", "CHN", "GOV", "Xi Jinping"),
        ("IRN", "IRN", None, "Iran"), ("IRNGOV", "IRN", "GOV", "Iranian government"), ("ISR", "ISR", None, "Israel"),
        ("ISRMIL", "ISR", "MIL", "Israeli army"), ("PSE", "PSE", None, "Palestine"), ("UKR", "UKR", None, "Ukraine"),
        ("UKRGOV", "UKR", "GOV", "Ukrainian government"), ("DEU", "DEU", None, "Germany"),
        ("FRA", "FRA", None, "France"), ("GBR", "GBR", None, "United Kingdom"), ("EGY", "EGY", None, "Egypt"),
        ("IND", "IND", None, "India"), ("PAK", "PAK", None, "Pakistan"), ("NATO", None, "IGO", "NATO"),
        ("UNO", None, "IGO", "United Nations"), ("EU", None, "IGO", "European Union"),
        ("NGA", "NGA", None, "Nigeria"), ("BRA", "BRA", None, "Brazil")]]
_SYNTHETIC_PLACES = [
    {"name": name, "country": country, "lat": lat, "lon": lon} for name, country, lat, lon in [
        ("Moscow", "RUS", 55.75, 37.62), ("Istanbul", "TUR", 41.01, 28.98), ("Ankara", "TUR", 39.93, 32.86),
        ("Damascus", "SYR", 33.51, 36.29), ("Aleppo", "SYR", 36.2, 37.16), ("Washington", "USA", 38.9, -77.04),
        ("New York", "USA", 40.71, -74.01), ("Beijing", "CHN", 39.9, 116.41), ("Tehran", "IRN", 35.69, 51.39),
        ("Jerusalem", "ISR", 31.77, 35.21), ("Gaza", "PSE", 31.5, 34.47), ("Kyiv", "UKR", 50.45, 30.52),
        ("Berlin", "DEU", 52.52, 13.4), ("Paris", "FRA", 48.86, 2.35), ("London", "GBR", 51.51, -0.13),
        ("Cairo", "EGY", 30.04, 31.24), ("New Delhi", "IND", 28.61, 77.21), ("Islamabad", "PAK", 33.68, 73.05),
        ("Brussels", "BEL", 50.85, 4.35), ("Lagos", "NGA", 6.52, 3.38), ("Brasilia", "BRA", -15.79, -47.88)]]
_SYNTHETIC_TYPES = [
    {"p": p, "c": c, "q": q, "g": g} for p, c, q, g in [
        ("AGREE", "057", 1, 8.0), ("CONSULT", "040", 1, 1.0), ("SUPPORT", "051", 1, 3.4), ("CONCEDE", "080", 1, 5.0),
        ("COOPERATE", "061", 2, 6.4), ("AID", "070", 2, 7.0), ("RETREAT", "087", 2, 9.0),
        ("REQUEST", "020", 3, 3.0), ("ACCUSE", "112", 3, -2.0), ("REJECT", "120", 3, -4.0),
        ("THREATEN", "130", 3, -4.4), ("PROTEST", "140", 4, -6.5), ("SANCTION", "163", 4, -8.0),
        ("MOBILIZE", "150", 4, -7.2), ("COERCE", "170", 4, -7.0), ("ASSAULT", "190", 4, -10.0)]]
# asserted most of the time, as in real news
_SYNTHETIC_MODALITIES = ["asserted"] * 6 + ["negated", "hypothetical", "intended", "requested"]
