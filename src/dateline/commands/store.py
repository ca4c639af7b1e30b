"""`dateline stats`, `dateline export` and `dateline serve` (issue 7)."""
from __future__ import annotations

import json
import os
import sys
from typing import List, Optional

import typer
from rich.markup import escape
from rich.table import Table

from ..cli import (ACTOR_OPTION, COUNTRY_OPTION, DB_OPTION, LEARNED_OPTION, MODALITY_OPTION, MODEL_OPTION,
                   ONE_SIDED_OPTION, PATTERNS_OPTION, QUAD_CLASS_OPTION, SINCE_OPTION, TEXT_OPTION, TYPE_OPTION,
                   UNTIL_OPTION, _date_range, _fail, _modalities, _open_store, console, err)
from ..model import PLOVER_TYPES


def register(app: typer.Typer) -> None:
    app.command()(stats)
    app.command()(export)
    app.command()(serve)


def stats(
    db: str = DB_OPTION,
    format: str = typer.Option("table", "--format", "-f", help="table or json."),
):
    """Counts: articles by status; events by PLOVER type, QuadClass, modality, country and month."""
    if format not in ("table", "json"):
        _fail("--format must be table or json")
    store = _open_store(db)
    try:
        counts = store.stats()
    finally:
        store.close()
    if format == "json":
        sys.stdout.write(json.dumps(counts, indent=2, default=str) + "\n")
        return
    console.print(f"[bold]{escape(db)}[/] (schema version {counts['schema_version']}): {counts['articles']} articles, "
                  f"{counts['events']} events ({counts['distinct_events']} distinct, the same happening in several "
                  f"copies or articles counted once), {counts['rejected_inputs']} rejected inputs, {counts['runs']} runs"
                  + (f", events from {counts['first_date']} to {counts['last_date']}" if counts["first_date"] else ""))
    sections = [("articles by status", counts["articles_by_status"]),
                ("events by PLOVER type", counts["events_by_type"]),
                ("events by QuadClass", {f"{q} {_QUAD_NAMES.get(q, '')}": n for q, n in counts["events_by_quad_class"].items()}),
                ("events by modality", counts["events_by_modality"]),
                ("events by country (source, target or place)", counts["events_by_country"]),
                ("events by month", counts["events_by_month"]),
                ("articles by month published", counts["articles_by_month"])]
    for title, values in sections:
        console.print(f"[bold]{title}[/]")
        table = Table(show_header=False)
        table.add_column("key")
        table.add_column("count", justify="right")
        for key, n in values.items():
            table.add_row(str(key), f"{n:,}")
        if not values:
            table.add_row("(none)", "0")
        console.print(table)


_QUAD_NAMES = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"}


def export(
    out: str = typer.Option(..., "--out", "-o", help="File to write."),
    format: str = typer.Option(..., "--format", "-f", help="jsonl, csv, parquet, or gdelt (GDELT 2.0 event "
                                                              "table: 61 tab-separated columns, no header, a row "
                                                              "per aggregated event)."),
    db: str = DB_OPTION,
    modality: str = MODALITY_OPTION,
    type: Optional[List[str]] = TYPE_OPTION,
    actor: Optional[str] = ACTOR_OPTION,
    country: Optional[str] = COUNTRY_OPTION,
    quad_class: Optional[int] = QUAD_CLASS_OPTION,
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    text: Optional[str] = TEXT_OPTION,
):
    """Export events (the filters of `dateline events`) to a file, streamed from the database.

    Parquet reads with pandas, polars and DuckDB; gdelt follows the GDELT 2.0 event table's column
    order with our values where we have them and empty columns where not (what each column holds:
    docs/api.md). CSV has no types: read the CAMEO codes as text ("040", not 40).
    """
    from ..exports import FORMATS, ExportError, export_events
    from ..store import EventQuery
    if format.lower() not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    unknown = [t for t in type or () if t.upper() not in PLOVER_TYPES]
    if unknown:
        _fail(f"unknown PLOVER type {', '.join(unknown)}; choose from {', '.join(PLOVER_TYPES)}")
    query = EventQuery(modality=_modalities(modality), plover=type or None, actor=actor, country=country,
                       quad_class=quad_class, **_date_range(since, until), text=text)
    store = _open_store(db)
    try:
        written = export_events(store, format, out, query)
    except ExportError as exc:
        _fail(str(exc))
    finally:
        store.close()
    err.print(f"wrote {written:,} events as {format.lower()} to {out}")


def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (0.0.0.0 for every interface)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    token: Optional[str] = typer.Option(None, envvar="DATELINE_TOKEN", show_envvar=True,
                                        help="Bearer token that POST /articles needs; without one the API is read-only "
                                             "and the database held read-only (other commands can read it meanwhile)."),
    read_only: bool = typer.Option(False, "--read-only", help="Open the database read-only (no writes, no migrations)."),
    max_body: int = typer.Option(5_000_000, help="Largest request body in bytes (bigger gets 413)."),
    max_batch: int = typer.Option(100, help="Most articles in one POST /articles (more gets 413)."),
    actors: List[str] = typer.Option([], "--actors", metavar="FILE",
                                     help="Your own actor dictionary for the articles POST /articles codes, as in "
                                          "`dateline process`; repeatable; its entries win over the bundled ones."),
    patterns: List[str] = PATTERNS_OPTION,
    model: Optional[str] = MODEL_OPTION,
    learned: Optional[str] = LEARNED_OPTION,
    one_sided: Optional[bool] = ONE_SIDED_OPTION,
):
    """Serve the REST API (OpenAPI at /docs) and the web dashboard (at /) over --db.

    Articles sent to POST /articles (and pasted in the dashboard) are coded with the settings given
    here: pass the --actors, --patterns, --model, --learned and --one-sided of your `dateline process`
    runs so that they are coded as the rest of the database.
    """
    import uvicorn
    from ..api import create_app
    from ..cli import _check_model, coding_settings
    from ..settings import Settings
    from ..store import StoreError
    settings = Settings(**coding_settings(actors, patterns, model, learned, one_sided))
    if token and not read_only:
        _check_model(settings.model)    # the model loads on the first POST: a missing one is told now
    if read_only and not os.path.exists(db):
        _fail(f"{db}: no such database; create it with `dateline process ... --db {db}`")
    if not os.path.exists(db):          # a misspelt --db would otherwise show an empty dashboard, unexplained
        err.print(f"[yellow]warning:[/] {escape(db)} did not exist: serving a new, empty database "
                  "(is --db the file `dateline process` wrote?)", soft_wrap=True)
    try:
        if not token and not read_only:
            # without a token nothing can be written: create or migrate the database, then hold it
            # read-only, so that `dateline stats`, `events`, `export` ... can read it meanwhile
            from ..store import Store
            Store(db).close()
            read_only = True
        app = create_app(db, token=token or "", settings=settings, read_only=read_only, max_body_bytes=max_body,
                         max_batch=max_batch)
    except StoreError as exc:
        _fail(str(exc))
    mode = "read-only (no token)" if not token or read_only else "writes need the bearer token"
    err.print(f"dateline serving {db} on http://{host}:{port}/ - dashboard at /, API docs at /docs; {mode}")
    uvicorn.run(app, host=host, port=port, log_level="warning")
