"""Exports (issue 7): JSONL, CSV, Parquet read back by pandas, polars and DuckDB, and the GDELT 2.0
event table (61 tab-separated columns, no header), through the store, the CLI and the Python API."""
from __future__ import annotations

import csv
import json

import duckdb
import pandas
import polars
import pytest
from typer.testing import CliRunner

import dateline
from dateline.cli import app
from dateline.exports import ExportError, export_events
from dateline.store import GDELT_COLUMNS, EventQuery, Store
from test_store_support import make_results, write_sample

# The GDELT 2.0 event table, column by column (http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf)
GDELT_2_EVENT_COLUMNS = [
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]


@pytest.fixture(scope="module")
def sample():
    return make_results(8)


@pytest.fixture
def db(tmp_path, sample):
    path = tmp_path / "e.duckdb"
    with Store(path) as store:
        write_sample(store, sample)
    return path


def asserted(sample):
    return [e for e in sample.events if e.modality == "asserted"]


def test_jsonl_holds_the_public_records(db, sample, tmp_path):
    out = tmp_path / "events.jsonl"
    with Store(db) as store:
        written = export_events(store, "jsonl", out)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert written == len(records) == len(asserted(sample))
    assert {r["id"] for r in records} == {e.id for e in asserted(sample)}
    assert records[0]["source"]["code"] and records[0]["explanation"]


def test_csv_has_a_header_and_one_row_per_event(db, sample, tmp_path):
    out = tmp_path / "events.csv"
    with Store(db) as store:
        export_events(store, "csv", out, EventQuery(modality=None, actor=["SYRREB"]))
    rows = list(csv.DictReader(out.open()))
    expected = [e for e in sample.events if "SYRREB" in (e.source.code, e.target.code)]
    assert len(rows) == len(expected) > 0
    assert {"id", "date", "source_code", "plover", "cameo", "goldstein", "sentence", "url"} <= set(rows[0])
    assert any(r["amounts"] for r in rows if r["plover"] == "ASSAULT") or all(r["plover"] != "ASSAULT" for r in rows)


def test_parquet_reads_in_pandas_polars_and_duckdb(db, sample, tmp_path):
    out = tmp_path / "events.parquet"
    with Store(db) as store:
        written = export_events(store, "parquet", out, EventQuery(modality=None))
    by_pandas = pandas.read_parquet(out)
    by_polars = polars.read_parquet(out)
    by_duckdb = duckdb.connect().execute(
        "SELECT count(*), count(DISTINCT id), min(date) FROM read_parquet(?)", [str(out)]).fetchone()
    assert written == len(sample.events) == len(by_pandas) == by_polars.height == by_duckdb[0] == by_duckdb[1]
    assert str(by_duckdb[2]) == "2012-12-01"
    assert by_pandas["goldstein"].dtype == "float64" and by_polars["quad_class"].dtype == polars.Int32
    assert set(by_polars["plover"].unique()) == {e.plover for e in sample.events}


def test_gdelt_writes_61_tab_separated_columns_in_gdelts_order(db, sample, tmp_path):
    assert list(GDELT_COLUMNS) == GDELT_2_EVENT_COLUMNS and len(GDELT_COLUMNS) == 61
    out = tmp_path / "events.tsv"
    with Store(db) as store:
        written = export_events(store, "gdelt", out, EventQuery(modality=None))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert written == len(lines) == len(sample.events)       # no header line, like GDELT's files
    rows = [dict(zip(GDELT_2_EVENT_COLUMNS, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == 61 for line in lines)
    by_code = {(e.source.code, e.target.code, e.cameo, e.sentence.text) for e in sample.events}
    first = rows[0]
    assert first["GlobalEventID"].isdigit()
    assert first["SQLDATE"] == "20121201" and first["MonthYear"] == "201212" and first["Year"] == "2012"
    assert first["FractionDate"].startswith("2012.9")
    for row in rows:
        assert row["EventRootCode"] == row["EventCode"][:2] and row["EventBaseCode"] == row["EventCode"][:3]
        assert row["QuadClass"] in {"1", "2", "3", "4"} and -10 <= float(row["GoldsteinScale"]) <= 10
        assert row["NumMentions"] == row["NumSources"] == row["NumArticles"] == "1"
        assert row["SOURCEURL"].startswith("https://example.org/news/") and len(row["DATEADDED"]) == 14
        assert row["Actor1EthnicCode"] == ""                                   # what we do not know stays empty
        # an actor's geo is the event's place when that lies in the actor's country, else empty
        for n in ("1", "2"):
            assert row[f"Actor{n}Geo_FullName"] in ("", row["ActionGeo_FullName"])
            assert (row[f"Actor{n}Geo_Type"] == "") == (row[f"Actor{n}Geo_FullName"] == "")
        assert row["IsRootEvent"] in {"0", "1"}
    assert {(r["Actor1Code"], r["Actor2Code"], r["EventCode"]) for r in rows} == {c[:3] for c in by_code}
    syria = next(r for r in rows if r["ActionGeo_FullName"] == "Damascus, Syria")      # "City, Country"
    assert syria["ActionGeo_CountryCode"] == "SY" and syria["ActionGeo_Type"] == "4"   # FIPS, world city
    assert any(r["Actor1Geo_FullName"] == "Damascus, Syria" for r in rows if r["Actor1CountryCode"] == "SYR")
    assert float(syria["ActionGeo_Lat"]) == pytest.approx(33.51)
    nato = next(r for r in rows if r["Actor1Code"] == "NATO")
    assert nato["Actor1KnownGroupCode"] == "NATO" and nato["Actor1CountryCode"] == "" and nato["Actor1Type1Code"] == "IGO"
    putin = next(r for r in rows if r["Actor1Code"] == "RUSGOV")
    assert putin["Actor1Name"] == "VLADIMIR PUTIN" and putin["Actor1CountryCode"] == "RUS"


def test_gdelt_geo_types_follow_the_kind_of_place(tmp_path):
    """GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 region (an island or
    a sea of our gazetteer is an area below a country, as GDELT's ADM1 regions are)."""
    import dataclasses

    from dateline.model import Place
    sample = make_results(2, sentences=3)
    kinds = [Place("Houston", "USA", 29.76, -95.37, "city", "sentence"), Place("Texas", "USA", 31.0, -99.0, "region", "sentence"),
             Place("Crimea", "UKR", 45.3, 34.4, "region", "sentence"), Place("Mindanao", "PHL", 7.9, 125.0, "island", "sentence"),
             Place("South China Sea", None, 12.0, 114.0, "water", "sentence"), Place("Turkey", "TUR", 39.0, 35.0, "country", "sentence")]
    for result in sample.results:
        result.events = [dataclasses.replace(e, place=kinds[int(e.id[-1]) + 3 * (result is sample.results[1])])
                         for e in result.events]
    path, out = tmp_path / "geo.duckdb", tmp_path / "geo.tsv"
    with Store(path) as store:
        write_sample(store, sample)
        export_events(store, "gdelt", out, EventQuery(modality=None))
    rows = [dict(zip(GDELT_2_EVENT_COLUMNS, line.split("\t"))) for line in out.read_text(encoding="utf-8").splitlines()]
    types = {r["ActionGeo_FullName"]: (r["ActionGeo_Type"], r["ActionGeo_CountryCode"]) for r in rows}
    assert types == {"Houston, United States": ("3", "US"), "Texas, United States": ("2", "US"),
                     "Crimea, Ukraine": ("5", "UP"), "Mindanao, Philippines": ("5", "RP"),
                     "South China Sea": ("5", ""), "Turkey": ("1", "TU")}


def test_gdelt_adm1_codes_are_the_fips_country_and_the_division_of_the_place(tmp_path):
    """GDELT's ADM1Code: the FIPS country code of a country, with the place's first-level division after it for a
    town or a US state ("USTX" for Austin and for Texas, "SY13" for Damascus in GeoNames' codes), empty for a region of
    our own list, which has no division code."""
    import dataclasses

    from dateline.places import Gazetteer
    gazetteer = Gazetteer()
    austin, damascus = gazetteer.dateline_place("AUSTIN, Texas"), gazetteer.dateline_place("DAMASCUS")
    texas = gazetteer.best(("texas",), ["USA"])
    turkey, crimea = gazetteer.dateline_place("TURKEY"), gazetteer.best(("crimea",), ["UKR"])
    assert austin.admin1 == "TX" and texas.admin1 == "TX" and damascus.admin1
    places = [austin, dataclasses.replace(damascus, source="sentence"), gazetteer.dateline_place("HOMS"), turkey]
    regions = [Place for Place in (texas, crimea)]
    from dateline.places import _place
    places += [_place(record, "sentence") for record in regions]
    sample = make_results(2, sentences=3)
    for result in sample.results:
        result.events = [dataclasses.replace(e, place=places[int(e.id[-1]) + 3 * (result is sample.results[1])])
                         for e in result.events]
    path, out = tmp_path / "adm1.duckdb", tmp_path / "adm1.tsv"
    with Store(path) as store:
        write_sample(store, sample)
        export_events(store, "gdelt", out, EventQuery(modality=None))
    rows = [dict(zip(GDELT_2_EVENT_COLUMNS, line.split("\t"))) for line in out.read_text(encoding="utf-8").splitlines()]
    codes = {r["ActionGeo_FullName"].split(",")[0]: r["ActionGeo_ADM1Code"] for r in rows}
    assert codes["Austin"] == "USTX" and codes["Texas"] == "USTX" and codes["Turkey"] == "TU"
    assert codes["Damascus"] == "SY" + damascus.admin1 and codes["Crimea"] == ""
    assert len(codes["Homs"]) == 4 and codes["Homs"] != codes["Damascus"]        # another Syrian division


def test_cli_export_takes_the_events_filters(db, sample, tmp_path):
    runner = CliRunner()
    out = tmp_path / "assault.jsonl"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", "--out", str(out),
                                 "--type", "ASSAULT", "--modality", "all"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == sum(e.plover == "ASSAULT" for e in sample.events) and all(r["plover"] == "ASSAULT" for r in records)
    for fmt, suffix in (("gdelt", "tsv"), ("csv", "csv"), ("parquet", "parquet")):
        target = tmp_path / f"turkey.{suffix}"
        ok = runner.invoke(app, ["export", "--db", str(db), "-f", fmt, "-o", str(target), "--country", "TUR",
                                 "--since", "2012-12-02", "--modality", "all"])
        assert ok.exit_code == 0, ok.output
        assert target.stat().st_size > 0
    bad = runner.invoke(app, ["export", "--db", str(db), "-f", "xml", "-o", str(tmp_path / "x")])
    assert bad.exit_code == 2 and "jsonl, csv, parquet, gdelt" in " ".join(bad.output.split())
    nowhere = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "-o", str(tmp_path / "no" / "x.csv")])
    assert nowhere.exit_code == 2 and "does not exist" in " ".join(nowhere.output.split())


def test_python_api_export_picks_the_format_from_the_suffix(db, sample, tmp_path):
    with dateline.open(db) as handle:
        assert handle.export(tmp_path / "all.parquet", modality="all") == len(sample.events)
        assert handle.export(tmp_path / "all.tsv", modality="all") == len(sample.events)
        with pytest.raises(ValueError, match="format"):
            handle.export(tmp_path / "all.xlsx")
    assert len(pandas.read_parquet(tmp_path / "all.parquet")) == len(sample.events)
    with Store(db) as store, pytest.raises(ExportError, match="folder"):
        export_events(store, "csv", tmp_path)


def test_exports_carry_the_counts_of_aggregated_events(db, sample, tmp_path):
    first, second = sample.events[0], sample.events[3]
    with Store(db) as store:
        store.replace_event_groups(["story-1"], [{
            "id": "group-1", "story_id": "story-1", "plover": first.plover, "cameo": first.cameo,
            "modality": first.modality, "source_code": first.source.code, "target_code": first.target.code,
            "first_date": first.date, "last_date": second.date, "num_mentions": 2, "num_articles": 2,
            "num_sources": 1, "first_event_id": first.id}],
            [(first.id, "group-1", "story-1"), (second.id, "group-1", "story-1")])
        export_events(store, "gdelt", tmp_path / "g.tsv", EventQuery(modality=None))
        export_events(store, "jsonl", tmp_path / "g.jsonl", EventQuery(modality=None))
        export_events(store, "parquet", tmp_path / "g.parquet", EventQuery(modality=None))
        listed = {r["id"]: r for r in store.events(modality=None)}
    rows = [dict(zip(GDELT_2_EVENT_COLUMNS, line.split("\t"))) for line in (tmp_path / "g.tsv").read_text().splitlines()]
    # GDELT's event table: a row per event, so the group of two mentions is one row carrying their counts
    assert sorted(r["NumMentions"] for r in rows).count("2") == 1 and len(rows) == len(listed) - 1
    records = {r["id"]: r for r in map(json.loads, (tmp_path / "g.jsonl").read_text().splitlines())}
    assert records == listed                                     # the same records as `dateline events`
    assert records[first.id]["num_mentions"] == 2 and records[first.id]["group_id"] == "group-1"
    frame = pandas.read_parquet(tmp_path / "g.parquet").set_index("id")
    assert frame.loc[second.id, "num_articles"] == 2 and frame.loc[second.id, "story_id"] == "story-1"
