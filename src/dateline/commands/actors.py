"""`dateline eval-actors` and `dateline eval-places`: accuracy of actor and place resolution."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer


def eval_actors(
    gold: Optional[str] = typer.Argument(None, help="Gold JSONL (default: the project's actors_gold.jsonl)."),
    actors: List[str] = typer.Option([], "--actors", metavar="FILE",
                                     help="Extra dictionary, repeatable: a PETRARCH actors file, a PETRARCH agents "
                                          "file (role nouns with [~SECTOR] codes, told apart by its codes), or "
                                          ".yaml/.csv; its entries win."),
    errors: int = typer.Option(0, "--errors", help="Also print up to this many wrong or missed mentions."),
    against: Optional[Path] = typer.Option(None, "--against", metavar="FILE",
                                           help="Score this other annotation of the same texts and mentions "
                                                "(same ids) instead of the resolver: how often two annotators "
                                                "agree."),
    strict_spans: bool = typer.Option(False, "--strict-spans",
                                      help="Count a gold mention as found only when a mention covers its whole "
                                           "span (the scoring before 2026-11-27), not also on its head word."),
) -> None:
    """Resolve the actors of a labelled set and print code and country accuracy.

    Each gold line is {"id", "text", "date", "mentions": [{"text", "occurrence", "code", "country",
    "kind"?}]}. Accuracy is printed per mention kind (name, description, role, pronoun) when the gold
    gives kinds, and the wrong codes are counted by cause (nothing found, another country, the
    country right but another sector...). A gold span that no mention covers whole ("Ugandan soldiers
    guarding the terminal") is matched on its head word ("soldiers"), unless --strict-spans.
    The last line reads: code accuracy A country accuracy C (N mentions).
    """
    from ..actors import DictionaryError
    from ..cli import _fail, console
    from ..eval.actors import DEFAULT_GOLD, GoldError, agreement, evaluate
    try:
        score = agreement(gold or DEFAULT_GOLD, against) if against else evaluate(
            gold or DEFAULT_GOLD, tuple(actors), head_match=not strict_spans)
    except (GoldError, DictionaryError) as exc:
        _fail(str(exc))
    if score.total == 0:
        _fail(f"no gold mentions in {gold or DEFAULT_GOLD}")
    for error in score.errors[:errors]:
        console.print(f"{error['id']}: {error['text']!r} gold {error['gold']} got {error['got']}  | {error['sentence']}",
                      highlight=False, markup=False)
    for line in score.breakdown():
        console.print(line, highlight=False, markup=False)
    console.print(f"missed (no mention on the span{'' if strict_spans else ' or its head'}): {score.missed}",
                  highlight=False)
    console.print(score.summary(), highlight=False)


def eval_places(
    gold: Optional[str] = typer.Argument(None, help="Gold JSONL (default: the project's places_gold.jsonl)."),
    errors: int = typer.Option(0, "--errors", help="Also print up to this many wrong or missed toponyms."),
) -> None:
    """Find and resolve the toponyms of a labelled set; print accuracy (right country, within 50 km).

    Each gold line is {"id", "text", "dateline"?, "toponyms": [{"text", "occurrence", "name", "country",
    "lat", "lon"}]}. The last line reads: place accuracy P country accuracy C (N toponyms, M not found).
    """
    from ..cli import _fail, console
    from ..eval.actors import GoldError
    from ..eval.places import DEFAULT_GOLD, evaluate
    try:
        score = evaluate(gold or DEFAULT_GOLD)
    except GoldError as exc:
        _fail(str(exc))
    if score.total == 0:
        _fail(f"no gold toponyms in {gold or DEFAULT_GOLD}")
    for error in score.errors[:errors]:
        console.print(f"{error['id']}: {error['text']!r} gold {error['gold']} got {error['got']}  | {error['sentence']}",
                      highlight=False, markup=False)
    console.print(score.summary(), highlight=False)


def register(app: typer.Typer) -> None:
    app.command("eval-actors")(eval_actors)
    app.command("eval-places")(eval_places)
