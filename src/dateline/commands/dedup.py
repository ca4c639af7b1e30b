"""Commands of the dedup and stories area (issue 4): `stories` and `eval-dedup`."""
from __future__ import annotations

from typing import Optional

import typer
from rich.table import Table

from ..cli import DB_OPTION, _cells, _fail, _open_store, _print_json_lines, console


def stories(
    db: str = DB_OPTION,
    format: str = typer.Option("table", "--format", "-f", help="table or jsonl (one story a line, with its articles)."),
    limit: Optional[int] = typer.Option(None, min=1, help="At most this many stories (largest first)."),
    story: Optional[str] = typer.Option(None, "--id", help="Only this story id."),
):
    """List stories: articles about the same event grouped together, largest first.

    A story holds first copies written in different words (grouped by text similarity, shared
    actors and event types, dates within a few days) and their duplicates (syndicated copies).
    """
    if format not in ("table", "jsonl"):
        _fail("--format must be table or jsonl")
    store = _open_store(db)
    rows = store.stories(limit=limit, story_id=story)
    if story and not rows:
        _fail(f"no story with id {story!r}; list them with `dateline stories --db {db}`")
    if format == "jsonl":
        _print_json_lines(rows)
        return
    table = Table(header_style="bold")
    for column in ("story", "title", "dates", "articles", "sources", "members"):
        table.add_column(column, overflow="fold")
    for row in rows:
        dates = " - ".join(sorted({str(d) for d in (row["first_published"], row["last_published"]) if d})) or "-"
        members = "\n".join(
            f"{a['id']} {a['status']}" + (f" of {a['duplicate_of']}" if a["duplicate_of"] else "")
            + f"  {a['title'] or a['source'] or ''}" for a in row["articles"])
        table.add_row(*_cells(row["id"], (row["title"] or "")[:100], dates, row["num_articles"], row["num_sources"], members))
    console.print(table)
    console.print(f"{len(rows)} stories")


def eval_dedup(
    pairs: Optional[str] = typer.Option(None, "--pairs", help="Your labelled corpus, JSON Lines: "
                                        '{"id": ..., "text": ..., "cluster": ...} per article (same cluster = copies), '
                                        'optionally {"duplicates": [id, id]} lines. Without it, a corpus is generated.'),
    n: int = typer.Option(300, "--n", min=1, help="Seed articles to generate (copies and hard negatives come on top)."),
    seed: int = typer.Option(0, "--seed", help="Random seed of the generated corpus (same seed, same corpus)."),
    write: Optional[str] = typer.Option(None, "--write", help="Also write the generated corpus to this file, "
                                        "in the --pairs format."),
):
    """Measure duplicate detection: precision, recall and F1 of the duplicate pairs found.

    Without --pairs, a labelled corpus is generated: seed articles, copies of them with sentences
    deleted, inserted and swapped, headlines changed, boilerplate added and ends cut off, and hard
    negatives (other articles on the same topic). The last line reads
    `precision P recall R f1 F`.
    """
    from ..eval.dedup import GeneratorOptions, LabelledCorpusError, evaluate, generate, read_labelled, write_jsonl

    if pairs:
        try:
            articles, gold = read_labelled(pairs)
        except LabelledCorpusError as exc:
            _fail(str(exc))
        console.print(f"labelled corpus {pairs}: {len(articles)} articles")
    else:
        articles = generate(GeneratorOptions(seed=seed, seeds=n))
        gold = None
        kinds = {k: sum(a.kind == k for a in articles) for k in ("seed", "copy", "negative")}
        console.print(f"generated corpus (seed {seed}): {len(articles)} articles: {kinds['seed']} seeds, "
                      f"{kinds['copy']} copies, {kinds['negative']} hard negatives")
        if write:
            write_jsonl(articles, write)
            console.print(f"written to {write}")
    scores = evaluate(articles, gold)
    console.print(f"duplicate pairs: labelled {scores.gold_pairs}, found {scores.predicted_pairs}, "
                  f"correct {scores.true_pairs}")
    print(f"precision {scores.precision:.3f} recall {scores.recall:.3f} f1 {scores.f1:.3f}")


def register(app: typer.Typer) -> None:
    app.command("stories")(stories)
    app.command("eval-dedup")(eval_dedup)
