"""The store (issue 7): migrations from an old schema, stats, filters, pages, actor profiles,
readers on cursors, the synthetic generator, `dateline stats` and the Python API."""
from __future__ import annotations

import datetime as dt
import json
import threading
from collections import Counter

import duckdb
import pandas
import polars
import pytest
from typer.testing import CliRunner

import dateline
from dateline.cli import app
from dateline.model import event_record
from dateline.store import MIGRATIONS, EventQuery, Store
from test_store_support import make_results, write_sample

GROUP_KEYS = {"group_id", "story_id", "num_mentions", "num_articles", "num_sources"}   # issue 4's counts


def build_v1_database(path) -> None:
    """A database as release 1 made it: migration 1 only, with one article and one event."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER)")
    con.execute(MIGRATIONS[1])
    con.execute("INSERT INTO schema_version VALUES (1)")
    con.execute("INSERT INTO runs (id, started, command) VALUES (1, TIMESTAMP '2012-12-03 10:00:00', 'process old')")
    con.execute("INSERT INTO articles (id, run_id, source, title, published, status, raw_text, clean_text) "
                "VALUES ('old1', 1, 'VOA', 'Old article', DATE '2012-12-03', 'processed', 'Putin met Erdogan.', "
                "'Putin met Erdogan.')")
    record = {"id": "old1-e0", "article_id": "old1", "source": {"code": "RUSGOV", "country": "RUS", "sector": "GOV",
              "name": "Vladimir Putin"}, "target": {"code": "TURGOV", "country": "TUR", "sector": "GOV", "name": None},
              "plover": "CONSULT", "cameo": "040", "quad_class": 1, "goldstein": 1.0, "modality": "asserted",
              "speaker": None, "symmetric": True, "place": None, "date": "2012-12-03", "amounts": [], "trigger": "met",
              "pattern": "old", "confidence": 1.0, "explanation": "old", "sentence": "Putin met Erdogan.",
              "sentence_start": 0, "sentence_end": 18}
    con.execute("INSERT INTO events (id, article_id, seq, plover, cameo, root_code, quad_class, goldstein, source_code, "
                "source_country, target_code, target_country, modality, is_symmetric, date, trigger, sentence, record) "
                "VALUES ('old1-e0', 'old1', 0, 'CONSULT', '040', '04', 1, 1.0, 'RUSGOV', 'RUS', 'TURGOV', 'TUR', "
                "'asserted', true, DATE '2012-12-03', 'met', 'Putin met Erdogan.', ?)", [json.dumps(record)])
    con.close()


def test_a_version_1_database_opens_and_is_migrated(tmp_path):
    path = tmp_path / "v1.duckdb"
    build_v1_database(path)
    with Store(path) as store:
        assert store.schema_version == max(MIGRATIONS)
        versions = [v for (v,) in store.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]
        assert versions == sorted(MIGRATIONS)
        # the old rows read through every new query
        assert [e["id"] for e in store.events()] == ["old1-e0"]
        assert store.event_page(EventQuery(actor="RUS"))["total"] == 1
        assert store.actor_profile("RUSGOV")["as_source"] == 1
        assert store.stats()["events_by_country"] == {"RUS": 1, "TUR": 1}
        # and new batches go in beside them
        write_sample(store, make_results(3))
        assert store.stats()["articles"] == 4
    with Store(path) as again:                       # opening a current database changes nothing
        assert again.schema_version == max(MIGRATIONS)


def test_stats_count_by_status_type_quad_class_country_and_month(tmp_path):
    sample = make_results(10)
    with Store(tmp_path / "s.duckdb") as store:
        write_sample(store, sample)
        stats = store.stats()
    events = sample.events
    assert stats["articles_by_status"] == {"processed": 10}
    assert stats["events"] == len(events)
    assert stats["events_by_type"] == dict(Counter(e.plover for e in events))
    assert stats["events_by_quad_class"] == {str(q): n for q, n in Counter(e.quad_class for e in events).items()}
    assert stats["events_by_modality"] == dict(Counter(e.modality for e in events))
    assert stats["events_by_month"] == {"2012-12": len(events)}
    involved = Counter(c for e in events for c in {e.source.country, e.target.country, e.place.country} if c)
    assert stats["events_by_country"] == dict(involved)


def test_filters_combine_and_pages_cover_every_match_once(tmp_path):
    sample = make_results(20)
    with Store(tmp_path / "s.duckdb") as store:
        write_sample(store, sample)
        asserted = [e for e in sample.events if e.modality == "asserted"]
        query = EventQuery(country=["SYR"], quad_class=[3, 4])
        expected = {e.id for e in asserted if e.quad_class in (3, 4)
                    and "SYR" in (e.source.country, e.target.country, e.place.country)}
        first = store.event_page(query, limit=4, offset=0)
        assert first["total"] == len(expected) > 4
        seen = []
        for offset in range(0, first["total"], 4):
            seen += [e["id"] for e in store.event_page(query, limit=4, offset=offset)["events"]]
        assert len(seen) == len(set(seen)) and set(seen) == expected
        # a name part matches as well as a code prefix; source and target are separate filters
        by_name = store.event_page(EventQuery(actor=["erdogan"], modality=None), limit=1000)["events"]
        assert {e["id"] for e in by_name} == {e.id for e in sample.events if "TURGOV" in (e.source.code, e.target.code)}
        as_source = store.event_page(EventQuery(source=["SYR"], modality=None), limit=1000)["events"]
        assert as_source and all(e["source"]["code"].startswith("SYR") for e in as_source)
        dated = store.event_page(EventQuery(since=dt.date(2012, 12, 3), until=dt.date(2012, 12, 4), text="attacked"))
        assert dated["total"] == len([e for e in asserted if dt.date(2012, 12, 3) <= e.date <= dt.date(2012, 12, 4)
                                      and "attacked" in e.sentence.text])
        assert store.event_page(EventQuery(plover=["AID"]))["events"][0]["plover"] == "AID"


def test_pages_give_the_same_records_as_store_events(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        write_sample(store, make_results(5))
        page = store.event_page(EventQuery(modality=None), limit=1000)["events"]
        listed = store.events(modality=None)
    assert sorted(page, key=lambda r: r["id"]) == sorted(listed, key=lambda r: r["id"])
    assert GROUP_KEYS <= set(page[0]) and page[0]["num_mentions"] == 1


def test_actor_profile_counts_both_roles_and_partners(tmp_path):
    sample = make_results(15)
    with Store(tmp_path / "s.duckdb") as store:
        write_sample(store, sample)
        profile = store.actor_profile("rusgov", EventQuery(modality=None))
        assert store.actor_profile("XXXGOV") is None
    events = sample.events
    assert profile["code"] == "RUSGOV" and profile["names"][0] == "Vladimir Putin"
    assert profile["as_source"] == sum(e.source.code == "RUSGOV" for e in events)
    assert profile["as_target"] == sum(e.target.code == "RUSGOV" for e in events)
    assert profile["mentions"] == sum(m.actor.code == "RUSGOV" for r in sample.results for m in r.mentions)
    partners = {p["code"]: p for p in profile["partners"]}
    for code, partner in partners.items():
        assert partner["as_target"] == sum(e.source.code == "RUSGOV" and e.target.code == code for e in events)
        assert partner["as_source"] == sum(e.target.code == "RUSGOV" and e.source.code == code for e in events)
    assert sum(p["events"] for p in partners.values()) == profile["as_source"] + profile["as_target"]


def test_a_reader_on_its_own_thread_sees_committed_batches(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        write_sample(store, make_results(2, prefix="a"))
        totals = []

        def read() -> None:
            reader = store.reader()
            try:
                totals.append(reader.event_page(EventQuery(modality=None))["total"])
            finally:
                reader.close()

        thread = threading.Thread(target=read)
        thread.start()
        write_sample(store, make_results(2, prefix="b"))   # the writer goes on meanwhile
        thread.join()
        read()
    assert totals[0] in (6, 12) and totals[-1] == 12


def test_synthetic_events_have_the_public_record_shape(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.generate_synthetic_events(2000, seed=1)
        stats = store.stats()
        record = store.event_page(EventQuery(modality=None), limit=1)["events"][0]
    assert stats["events"] == 2000 and stats["articles"] == 400
    public = set(event_record(make_results(1).events[0])) | GROUP_KEYS
    assert set(record) <= public        # the public shape (later stages may add optional keys)
    assert {"id", "article_id", "source", "target", "plover", "cameo", "quad_class", "goldstein", "modality", "place",
            "date", "amounts", "trigger", "explanation", "sentence", "sentence_start", "sentence_end"} <= set(record)
    assert set(stats["events_by_type"]) <= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                                            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                                            "MOBILIZE", "COERCE", "ASSAULT"}


def test_dateline_stats_prints_tables_and_json(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        write_sample(store, make_results(4))
    runner = CliRunner()
    table = runner.invoke(app, ["stats", "--db", str(db)])
    assert table.exit_code == 0, table.output
    for heading in ("articles by status", "events by PLOVER type", "events by QuadClass", "events by country",
                    "events by month", "2012-12"):
        assert heading in table.output
    as_json = runner.invoke(app, ["stats", "--db", str(db), "--format", "json"])
    assert json.loads(as_json.output)["events"] == 12
    missing = runner.invoke(app, ["stats", "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 2 and "no such database" in " ".join(missing.output.split())


def test_python_api_gives_pandas_and_polars_frames(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        write_sample(store, make_results(6))
    with dateline.open(db) as handle:
        frame = handle.events(actor="RUS")
        assert isinstance(frame, pandas.DataFrame) and len(frame) > 0
        assert {"id", "date", "source_code", "target_code", "plover", "cameo", "quad_class", "goldstein",
                "explanation", "url"} <= set(frame.columns)
        assert frame["source_code"].str.startswith("RUS").sum() + frame["target_code"].str.startswith("RUS").sum() >= len(frame)
        assert isinstance(handle.events(as_="polars", type=["ASSAULT"], modality="all"), polars.DataFrame)
        assert handle.events_df(since="2012-12-05").date.min() >= pandas.Timestamp("2012-12-05")
        assert len(handle.events(as_="records", modality="all")) == 18
        assert list(handle.timeline().columns) == ["date", "quad_class", "events"]
        assert handle.actor("TURGOV")["as_source"] > 0
        assert handle.article("t00000")["title"] == "Test story 0"          # Store methods pass through
        assert len(handle.mentions()) == 36
        with pytest.raises(ValueError, match="modality"):
            handle.events(modality="maybe")


# -- memory cap during a run (issue 8) ---------------------------------------------------------------
def test_a_write_that_needs_more_than_the_run_cap_raises_it_and_is_written_whole(tmp_path):
    """DuckDB keeps primary-key indexes in memory: when a batch no longer fits under the run's cap,
    the cap doubles and the batch is written again, all of it (no error, no partial batch)."""
    from dateline.model import Article, CleanArticle, Result
    db = tmp_path / "capped.duckdb"
    with Store(db) as store:
        store.con.execute("INSERT INTO articles (id, status) SELECT md5(i::VARCHAR)[:16], 'processed' "
                          "FROM range(200000) r(i)")
    with Store(db) as store:
        previous = store.limit_memory("4MB")
        run_id = store.begin_run("capped")
        for batch in range(3):
            results = []
            for i in range(1000):
                article = Article(id=f"new-{batch}-{i:05d}", raw_text="hello world")
                results.append(Result(article=article, clean=CleanArticle(article=article, text="hello world")))
            store.write_batch(run_id, results)
        assert store._memory_cap[0] > 4_000_000                       # it had to grow
        assert store.con.execute("SELECT count(*) FROM articles WHERE id LIKE 'new-%'").fetchone()[0] == 3000
        store.restore_memory(previous)
        assert store._memory_cap is None
