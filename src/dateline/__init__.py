"""dateline: turn news articles into clean, deduplicated, coded event data.

    >>> import dateline
    >>> for result in dateline.process(["ISTANBUL - Putin met Erdogan on Monday."]):
    ...     print([e.plover for e in result.events])

`dateline.open(path)` opens a database written by `dateline process` for analysis:

    >>> db = dateline.open("dateline.duckdb")
    >>> db.events(actor="RUS", since="2012-01-01")              # a pandas DataFrame
    >>> db.events(type=["ASSAULT"], as_="polars")               # a polars DataFrame
    >>> db.actor("TURGOV")["partners"]                          # who it acts on, and who on it
    >>> db.export("events.parquet", actor="RUS")                # jsonl, csv, parquet or gdelt (.tsv)
"""
from __future__ import annotations

import datetime as _dt
import os as _os
from typing import TYPE_CHECKING, Any, Optional, Sequence, Union

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .store import EventQuery, Store

_FRAME_KINDS = ("pandas", "polars", "arrow")


def process(inputs, **settings):
    """Process texts (str) or Articles in memory, without a database; yields `Result`s."""
    from .pipeline import process as _process
    return _process(inputs, **settings)


def open(path, read_only: bool = False, create: bool = False) -> "Database":  # noqa: A001 - mirrors duckdb.connect
    """Open a dateline database for queries; an older database is migrated unless `read_only`. A path with no
    database is an error (a misspelt name would give an empty one) unless `create`."""
    if not create and str(path) != ":memory:" and not _os.path.exists(path):
        raise FileNotFoundError(f"no dateline database at {str(path)!r}: check the path, or make one with "
                                f"`dateline process ... --db {path}` (or pass create=True)")
    return Database(path, read_only=read_only)


class Database:
    """A dateline database opened for analysis: filters in, pandas or polars frames out.

    Event filters (keyword arguments of `events`, `timeline`, `network`, `export`...):
    `actor`, `source`, `target` (code prefix such as RUS or a name part such as Putin; one or a
    list), `country` (ISO alpha-3 of source, target or place), `type` (PLOVER types), `quad_class`
    (1-4), `modality` (default "asserted"; a list, or "all"), `since`/`until` (date or YYYY-MM-DD),
    `text` (in the sentence), `article_id`, `story_id`. Frames come `as_="pandas"` (default),
    `"polars"` or `"arrow"`; `as_="records"` gives the public JSON records as dicts.
    Other `Store` methods (`article`, `articles`, `rejects`, `counts`...) are reachable directly.
    """

    def __init__(self, path, read_only: bool = False):
        from . import store as _store
        self.path = str(path)
        self.store: "Store" = _store.Store(path, read_only=read_only)

    # -- events ---------------------------------------------------------------------------------
    def events(self, *, as_: str = "pandas", limit: Optional[int] = None, **filters: Any):
        """Events matching the filters: one row per event with flat columns (or records)."""
        query = _event_query(**filters)
        if as_ == "records":
            return self.store.event_page(query, limit=limit if limit is not None else 2**62, offset=0)["events"]
        return self.store.event_frame(query, kind=_kind(as_), limit=limit)

    def events_df(self, **filters: Any):
        """`events(...)` as a pandas DataFrame."""
        return self.events(as_="pandas", **filters)

    def events_pl(self, **filters: Any):
        """`events(...)` as a polars DataFrame."""
        return self.events(as_="polars", **filters)

    def timeline(self, *, as_: str = "pandas", **filters: Any):
        """Events per day and QuadClass: a DataFrame (columns date, quad_class, events), or `as_` asks."""
        return _frame(self.store.timeline(_event_query(**filters)), as_)

    def network(self, *, edges: int = 150, as_: str = "pandas", **filters: Any):
        """Who acts on whom: a DataFrame of source, target, events, mean_goldstein (the busiest `edges` pairs)."""
        return _frame(self.store.network(_event_query(**filters), edges=edges), as_)

    def actors(self, *, limit: int = 50, as_: str = "pandas", **filters: Any):
        """The most active actor codes among matching events: a DataFrame (or `as_` asks), busiest first."""
        return _frame(self.store.actor_list(_event_query(**filters), limit=limit), as_)

    def actor(self, code: str, **filters: Any) -> Optional[dict]:
        """One actor: counts as source and target, by type, and its partners (None if never seen)."""
        return self.store.actor_profile(code, _event_query(**filters))

    # -- the other tables -----------------------------------------------------------------------
    def articles_df(self, as_: str = "pandas"):
        """Every article (processed, duplicate, skipped, rejected) with its status, dateline and clean text: a
        DataFrame ("pandas", "polars" or "arrow" by `as_`)."""
        return self.store.frame("articles", _kind(as_))

    def mentions(self, as_: str = "pandas"):
        """Every actor mention: article, offsets, text, code, country, sector, how it was resolved: a DataFrame."""
        return self.store.frame("mentions", _kind(as_))

    def places(self, as_: str = "pandas"):
        """Every place found (the dateline's and the text's) with country and coordinates: a DataFrame."""
        return self.store.frame("places", _kind(as_))

    def quotes_df(self, as_: str = "pandas"):
        """Every statement (speaker, quote, direct or indirect, offsets, verb): a DataFrame."""
        return self.store.frame("quotes", _kind(as_))

    def stories(self, as_: str = "pandas"):
        """The stories (articles grouped by the event they report), largest first: a DataFrame."""
        return self.store.frame("stories", _kind(as_))

    def stats(self) -> dict:
        """Counts by status, type, QuadClass, modality, country and month."""
        return self.store.stats()

    def export(self, path, format: Optional[str] = None, **filters: Any) -> int:
        """Write matching events to `path` (format from the suffix unless given); returns the count."""
        from .exports import SUFFIXES, export_events
        if format is None:
            by_suffix = {suffix: fmt for fmt, suffix in SUFFIXES.items()}
            suffix = str(path)[str(path).rfind("."):].lower() if "." in str(path) else ""
            format = by_suffix.get(suffix)
            if format is None:
                raise ValueError(f"cannot tell the format from {path!r}; pass format= jsonl, csv, parquet or gdelt")
        return export_events(self.store, format, path, _event_query(**filters))

    # -- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the database (also done on leaving a `with` block)."""
        self.store.close()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __getattr__(self, name: str):
        # everything else the store offers (article, articles, rejects, counts, schema_version...)
        if name == "store":
            raise AttributeError(name)
        return getattr(self.store, name)

    def __repr__(self) -> str:
        return f"<dateline.Database {self.path}>"


def _kind(as_: str) -> str:
    if as_ not in _FRAME_KINDS:
        raise ValueError(f"as_ must be one of {', '.join(_FRAME_KINDS)} (or records for events), not {as_!r}")
    return as_


def _frame(rows: list[dict], as_: str):
    if as_ == "records":
        return rows
    import pyarrow
    table = pyarrow.Table.from_pylist(rows)
    kind = _kind(as_)
    if kind == "pandas":
        return table.to_pandas()
    if kind == "polars":
        import polars
        return polars.from_arrow(table)
    return table


def _as_date(value: Union[str, _dt.date, None], name: str) -> Optional[_dt.date]:
    if value is None or isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(value)
    except (TypeError, ValueError):     # a number (20120101) as much as a misspelt string
        raise ValueError(f"{name} must be a date or a 'YYYY-MM-DD' string, not {value!r}") from None


def _event_query(*, actor=None, source=None, target=None, country=None, type=None, plover=None,
                 quad_class=None, modality: Union[str, Sequence[str], None] = "asserted", since=None, until=None,
                 text: Optional[str] = None, article_id: Optional[str] = None,
                 story_id: Optional[str] = None) -> "EventQuery":
    from .model import MODALITIES
    from .store import EventQuery
    if modality == "all":
        modality = None
    for m in [modality] if isinstance(modality, str) else (modality or ()):
        if m not in MODALITIES:
            raise ValueError(f"unknown modality {m!r}; choose from {', '.join(MODALITIES)} or 'all'")
    return EventQuery(modality=modality, plover=type or plover, quad_class=quad_class, actor=actor, source=source,
                      target=target, country=country, since=_as_date(since, "since"),
                      until=_as_date(until, "until"), text=text, article_id=article_id, story_id=story_id)
