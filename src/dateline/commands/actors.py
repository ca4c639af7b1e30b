"""`dateline eval-actors` and `dateline eval-places`: accuracy of actor and place resolution."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..cli import MODEL_OPTION


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
    model: Optional[str] = MODEL_OPTION,
    format: str = typer.Option("table", "--format", "-f", help="table, or json: one JSON object with every figure "
                                                               "(and the mentions of --errors), for scripts."),
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
    from ..cli import _explain, _fail, _print_json, console
    from ..eval.actors import DEFAULT_GOLD, GoldError, agreement, evaluate
    from ..nlp import ModelNotInstalled
    if format not in ("table", "json"):
        _fail("--format must be table or json")
    unfound: list[str] = []
    try:
        score = agreement(gold or DEFAULT_GOLD, against) if against else evaluate(
            gold or DEFAULT_GOLD, tuple(actors), model=model, head_match=not strict_spans, unfound=unfound)
    except (GoldError, DictionaryError, ModelNotInstalled) as exc:
        _fail(_explain(exc))
    if score.total == 0:
        _fail(f"no gold mentions in {gold or DEFAULT_GOLD}")
    if format == "json":
        _print_json({"mentions": score.total, "code_accuracy": round(score.code_accuracy, 4),
                     "country_accuracy": round(score.country_accuracy, 4), "missed": score.missed,
                     "matched_on_head": score.on_head, "matched_on_head_right": score.on_head_correct,
                     "by_kind": {kind: {"mentions": n, "code_accuracy": round(code / n, 4),
                                        "country_accuracy": round(country / n, 4)}
                                 for kind, (n, code, country) in score.by_kind.items()},
                     "wrong_codes_by_cause": dict(score.causes.most_common()), "gold_not_in_text": unfound,
                     "errors": score.errors[:errors]})
        return
    for error in score.errors[:errors]:
        console.print(f"{error['id']}: {error['text']!r} gold {error['gold']} got {error['got']}  | {error['sentence']}",
                      highlight=False, markup=False)
    for line in unfound[:10]:           # a typo in the gold: counted as missed, so say which
        console.print(f"warning: {line}; counted as missed", highlight=False, markup=False, soft_wrap=True)
    if len(unfound) > 10:
        console.print(f"warning: ... and {len(unfound) - 10} more gold mentions not in their text", highlight=False)
    for line in score.breakdown():
        console.print(line, highlight=False, markup=False)
    console.print(f"missed (no mention on the span{'' if strict_spans else ' or its head'}): {score.missed}",
                  highlight=False)
    console.print(score.summary(), highlight=False)


def eval_places(
    gold: Optional[str] = typer.Argument(None, help="Gold JSONL (default: the project's places_gold.jsonl)."),
    errors: int = typer.Option(0, "--errors", help="Also print up to this many wrong or missed toponyms."),
    model: Optional[str] = MODEL_OPTION,
    format: str = typer.Option("table", "--format", "-f", help="table, or json: one JSON object with every figure "
                                                               "(and the toponyms of --errors), for scripts."),
) -> None:
    """Find and resolve the toponyms of a labelled set; print accuracy (right country, within 50 km).

    Each gold line is {"id", "text", "dateline"?, "toponyms": [{"text", "occurrence", "name", "country",
    "lat", "lon"}]}. The last line reads: place accuracy P country accuracy C (N toponyms, M not found).
    """
    from ..cli import _explain, _fail, _print_json, console
    from ..eval.actors import GoldError
    from ..eval.places import DEFAULT_GOLD, evaluate
    from ..nlp import ModelNotInstalled
    if format not in ("table", "json"):
        _fail("--format must be table or json")
    try:
        score = evaluate(gold or DEFAULT_GOLD, model=model)
    except (GoldError, ModelNotInstalled) as exc:
        _fail(_explain(exc))
    if score.total == 0:
        _fail(f"no gold toponyms in {gold or DEFAULT_GOLD}")
    if format == "json":
        _print_json({"toponyms": score.total, "place_accuracy": round(score.accuracy, 4),
                     "country_accuracy": round(score.country_accuracy, 4), "not_found": score.missed,
                     "errors": score.errors[:errors]})
        return
    for error in score.errors[:errors]:
        console.print(f"{error['id']}: {error['text']!r} gold {error['gold']} got {error['got']}  | {error['sentence']}",
                      highlight=False, markup=False)
    console.print(score.summary(), highlight=False)


def register(app: typer.Typer) -> None:
    app.command("eval-actors")(eval_actors)
    app.command("eval-places")(eval_places)
