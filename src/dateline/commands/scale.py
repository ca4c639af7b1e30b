"""Scale commands (issue 8): `dateline generate`, a realistic synthetic corpus for tests and benchmarks."""
from __future__ import annotations

from pathlib import Path

import typer


def generate(
    out: Path = typer.Argument(..., metavar="OUT", help="A folder (one .txt file per article) or a .jsonl file."),
    count: int = typer.Option(1000, "--count", "-n", min=1, help="How many articles to write."),
    seed: int = typer.Option(0, help="Random seed: the same seed writes byte-identical output."),
    paragraphs: str = typer.Option("4-9", help="Body paragraphs per article, as MIN-MAX (about 25 words each)."),
    repeat_rate: float = typer.Option(0.08, min=0, max=1, help="Share of articles whose body is pasted twice."),
    syndicate_rate: float = typer.Option(0.12, min=0, max=1,
                                         help="Share of syndicated copies of earlier articles (near duplicates)."),
    foreign_rate: float = typer.Option(0.02, min=0, max=1, help="Share of articles not in English."),
    force: bool = typer.Option(False, "--force", help="Write into OUT even if it exists."),
):
    """Write a deterministic synthetic news corpus, for trying dateline out, tests and benchmarks.

    Varied countries and leaders, codable event sentences, datelines, boilerplate, repeated bodies,
    syndicated copies and a few foreign articles.

    Example: `dateline generate corpus.jsonl -n 10000 --seed 1`, then `dateline process corpus.jsonl`.
    """
    from ..cli import _fail, console
    from ..corpus import CorpusOptions, generate as generate_articles, write_jsonl, write_text_folder

    try:
        low, high = (int(part) for part in paragraphs.split("-"))
        if not 0 <= low <= high:
            raise ValueError
    except ValueError:
        _fail(f"--paragraphs must be MIN-MAX with 0 <= MIN <= MAX, such as 4-9, not {paragraphs!r}")
    if out.exists() and not force and (out.is_file() or any(out.iterdir())):
        _fail(f"{out} exists; choose another path or pass --force")
    options = CorpusOptions(seed=seed, paragraphs=(low, high), repeat_rate=repeat_rate,
                            syndicate_rate=syndicate_rate, foreign_rate=foreign_rate)
    articles = generate_articles(count, options)
    if out.suffix.lower() in (".jsonl", ".ndjson"):
        out.parent.mkdir(parents=True, exist_ok=True)
        written = write_jsonl(articles, out)
    else:
        written = write_text_folder(articles, out)
    console.print(f"wrote {written} articles to {out} (seed {seed})")


def register(app: typer.Typer) -> None:
    app.command("generate")(generate)
