"""Event commands: `eval` (score the coder on gold), `code --petrarch-xml` (PETRARCH validation
files), `quotes` (statements found in stored articles)."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.markup import escape
from rich.table import Table

from ..cli import (DB_OPTION, LEARNED_OPTION, MODEL_OPTION, ONE_SIDED_OPTION, PATTERNS_OPTION, _cells, _explain, _fail,
                   _learned_level, _open_store, _pattern_files, _print_json, _print_json_lines, checked_actor_files,
                   console)


def eval_command(
    gold: Optional[Path] = typer.Argument(None, help="Gold JSONL file (dateline or PLOVER gold format); "
                                                    "default: the gold set shipped with dateline."),
    errors: int = typer.Option(0, "--errors", help="Also print up to this many texts with missed or spurious events."),
    level: Optional[str] = typer.Option(None, help="Level of the last line: code or country. "
                                                   "Default: code; country for PLOVER gold."),
    learned: Optional[str] = LEARNED_OPTION,
    against: Optional[Path] = typer.Option(None, "--against", metavar="FILE",
                                           help="Score this other annotation of the same texts (a gold file with "
                                                "the same ids) instead of the coder: agreement between two "
                                                "annotators, or another system's output in the gold format."),
    patterns: List[str] = PATTERNS_OPTION,
    one_sided: Optional[bool] = ONE_SIDED_OPTION,
    model: Optional[str] = MODEL_OPTION,
    actors: List[str] = typer.Option([], "--actors", metavar="FILE",
                                     help="Your own actor dictionary (PETRARCH/TABARI actors or agents file, "
                                          ".yaml or .csv), as in `dateline process`; repeatable; its entries win."),
    format: str = typer.Option("table", "--format", "-f",
                               help="table, or json: one JSON object with every figure (and the texts of "
                                    "--errors), for scripts."),
):
    """Score the event coder on gold events: precision, recall and F1 per PLOVER type and overall.

    Events match on (source, type, target), at actor-code level (RUSGOV) and at country level
    (RUS, IGO); symmetric types match in either order. The last line reads
    `precision P recall R f1 F`.
    """
    from ..eval.events import GOLD_PATH, GoldError, evaluate, format_report, read_annotation, read_gold, report_record

    path = gold or GOLD_PATH
    if level not in (None, "code", "country"):
        _fail("--level must be code or country")
    if format not in ("table", "json"):
        _fail("--format must be table or json")
    try:
        items = read_gold(path)
        annotation = read_annotation(against, items) if against else None
    except GoldError as exc:
        _fail(str(exc))
    if annotation is not None:
        report = evaluate(items, annotation)
    else:
        from ..nlp import ModelNotInstalled
        actor_files = checked_actor_files(actors)
        try:
            with console.status(f"coding {len(items)} gold texts...", spinner="dots"):
                report = evaluate(items, learned=_learned_level(learned) if learned else None,
                                  pattern_files=_pattern_files(patterns), one_sided=one_sided, model=model,
                                  actor_files=actor_files)
        except ModelNotInstalled as exc:
            _fail(_explain(exc))
    if level == "country":
        report.codes = False
    if format == "json":
        record = report_record(report)
        record["errors"] = [{"id": e["id"], "text": e["text"], "missed": e["missed"], "spurious": e["spurious"],
                             "no_trigger_for": _types_without_trigger(e)} for e in report.errors[:errors]]
        _print_json(record)
        return
    lines = format_report(report)
    for line in lines[:-1]:
        console.print(line, highlight=False, markup=False)
    for error in report.errors[:errors]:
        console.print(f"- {error['id']}: missed {_triples(error['missed'])}; spurious {_triples(error['spurious'])}"
                      f"\n  {error['text'][:200]}",
                      highlight=False, markup=False)
        unworded = _types_without_trigger(error)
        if unworded:
            console.print(f"  no trigger word in the text for: {', '.join(unworded)}", highlight=False, markup=False)
    console.print(lines[-1], highlight=False, markup=False)


def _triples(events) -> str:
    """(source, type, target) keys as `RUS ACCUSE TUR`, `-` for an actor not given; `none` for none."""
    return ", ".join(" ".join(part or "-" for part in key) for key in events) or "none"


def _types_without_trigger(error: dict) -> list[str]:
    """The PLOVER types of an error's missed events that no word of the text triggers (a gap the
    user can fill with a pattern file), when the coder ran."""
    found = error.get("trigger_types")
    return [] if found is None else sorted({missed[1] for missed in error["missed"]} - found)


def code_command(
    petrarch_xml: Path = typer.Option(..., "--petrarch-xml", help="A PETRARCH/TABARI validation file (XML)."),
    dictionary_dir: Optional[Path] = typer.Option(None, "--dictionaries", help="Folder of the dictionaries the "
                                                  "file's <Environment> names. Default: the XML file's folder."),
    builtin: bool = typer.Option(False, "--builtin/--only-dictionaries",
                                 help="Also use dateline's own patterns and actor data beside the named dictionaries."),
    model: Optional[str] = MODEL_OPTION,
):
    """Code a PETRARCH validation file with its own dictionaries and compare with its expected codings.

    Each <Sentence> <Text> is parsed with dateline's pipeline and coded with the verb, actor and agent
    dictionaries named in <Environment> (<Verbfile>, <Actorfile>, <Agentfile>; a file with none needs
    --builtin); prints expected and produced codings per sentence, the codings produced where none was
    expected, and `reproduced N of M expected codings` as the last line. Formats: docs/your-data.md.
    """
    from ..events.validation import ValidationError, run_validation
    from ..nlp import ModelNotInstalled

    try:
        result = run_validation(petrarch_xml, dictionary_dir, builtin=builtin, model=model)
    except (ValidationError, ModelNotInstalled) as exc:
        _fail(_explain(exc))
    for sentence in result.sentences:
        console.print(f"[bold]{escape(sentence.id)}[/] {escape(sentence.text[:150])}", highlight=False)
        console.print("  expected: " + (", ".join(sentence.expected_text()) or "none"), highlight=False, markup=False)
        console.print("  produced: " + (", ".join(sentence.produced_text()) or "none"), highlight=False, markup=False)
    unexpected = [(s, c) for s in result.sentences for c in s.produced      # (a symmetric event's other
                  if c not in s.expected and (c[1], c[0], c[2]) not in s.expected]   # direction is no extra)
    if unexpected:        # the count below says nothing of them: a sentence expecting none was still coded
        in_none = sum(1 for s, _ in unexpected if not s.expected)
        console.print(f"produced {len(unexpected)} codings not expected, {in_none} of them in sentences "
                      "expected to have none", highlight=False)
    console.print(f"reproduced {result.reproduced} of {result.expected} expected codings", highlight=False)


def quotes_command(
    db: str = DB_OPTION,
    format: str = typer.Option("table", "--format", "-f", help="table or jsonl."),
    article: Optional[str] = typer.Option(None, "--article", help="Only the quotes of this article id "
                                          "(a unique prefix is enough, such as the one the table shows)."),
    limit: Optional[int] = typer.Option(None, min=0, help="At most this many quotes."),
):
    """List statements found in the articles: who said what, direct or indirect (like GDELT's quotations)."""
    if format not in ("table", "jsonl"):
        _fail("--format must be table or jsonl")
    store = _open_store(db)
    if article is not None:
        article = store.article_id(article) or _fail(
            f"no article with id {article!r} (or the prefix is not unique); list them with `dateline articles`")
    rows = store.quotes(article_id=article, limit=limit)
    if format == "jsonl":
        _print_json_lines(rows)
        return
    table = Table(header_style="bold")
    for column in ("article", "speaker", "kind", "verb", "quote"):
        table.add_column(column, overflow="fold")
    for row in rows:
        speaker = row.get("speaker_code") or "-"
        if row.get("speaker_text"):
            speaker += f" ({row['speaker_text']})"
        table.add_row(*_cells(str(row["article_id"])[:12], speaker, row["kind"], row["verb"], row["text"]))
    console.print(table)
    console.print(f"{len(rows)} quotes")


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
    app.command("code")(code_command)
    app.command("quotes")(quotes_command)
