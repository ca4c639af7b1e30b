"""The store: one DuckDB file, the only module that speaks SQL.

Schema changes are numbered migrations applied on open, so an older database opens in a newer
release. Every batch is written in one transaction: a run killed part-way leaves whole batches
only, and a re-run skips the articles already stored.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

import duckdb

from .model import Reject, Result, actor_record, event_record, place_record, to_dict

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
}


class StoreError(RuntimeError):
    """A database problem explained for a user (locked, read-only, not a dateline file...)."""


class Store:
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; create it with `dateline process ... --db {self.path}`")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        if not read_only:
            self._migrate()

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

    def dedup_keys(self) -> list[tuple[str, str]]:
        """(article_id, clean text) of stored first copies, to seed the deduplicator."""
        return [(aid, text) for aid, text in self.con.execute(
            "SELECT id, clean_text FROM articles WHERE status = 'processed' ORDER BY run_id, id").fetchall()]

    def write_batch(self, run_id: int, results: Iterable[Result], rejects: Iterable[Reject] = ()) -> None:
        """Write results and rejects in one transaction: all of the batch or none of it."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for result in results:
                self._write_result(run_id, result)
            for reject in rejects:
                self.con.execute("INSERT OR IGNORE INTO rejects VALUES (?, ?, ?, ?, ?)",
                                 [reject.input, reject.reason, reject.detail, run_id, dt.datetime.now()])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _write_result(self, run_id: int, result: Result) -> None:
        article, clean = result.article, result.clean
        self.con.execute(
            "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article.id, run_id, article.source, article.url, article.title, article.published,
             article.published_origin, (clean.language if clean else None) or article.language, article.author,
             result.status, result.status_detail, result.duplicate_of, None, article.input_ref,
             clean.dateline if clean else None, _json(place_record(result.dateline_place)),
             article.raw_text, clean.text if clean else None,
             _json(list(clean.offset_map)) if clean else None])
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
        self.con.execute(
            "INSERT OR IGNORE INTO events VALUES (" + ", ".join(["?"] * 30) + ")",
            [event.id, event.article_id, seq, event.plover, event.cameo, event.cameo[:2], event.quad_class,
             event.goldstein,
             src and src.code, src and src.country, src and src.sector, src and src.name,
             tgt and tgt.code, tgt and tgt.country, tgt and tgt.sector, tgt and tgt.name,
             event.modality, event.symmetric, event.speaker and event.speaker.code,
             event.speaker and event.speaker.name, place and place.name, place and place.country,
             place and place.lat, place and place.lon, event.date, event.trigger, event.pattern,
             event.confidence, event.sentence.text, json.dumps(record)])
        self._insert_many("amounts", [
            (event.id, i, a.value, a.currency, a.unit, a.role, a.text) for i, a in enumerate(event.amounts)])

    def _insert_many(self, table: str, rows: list[tuple]) -> None:
        if rows:
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
        sql = f"SELECT record FROM events WHERE {' AND '.join(where)} ORDER BY date NULLS LAST, article_id, seq"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"; params += [limit, offset]
        return [json.loads(row[0]) for row in self.con.execute(sql, params).fetchall()]

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

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


def _json(value: Any) -> Optional[str]:
    return None if value is None else json.dumps(to_dict(value))
