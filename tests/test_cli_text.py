"""The CLI shows article text as written: square brackets in news ("[Reuters]", "[disputed]") are data,
not console markup (a real DuckDB file, the real pipeline)."""
from __future__ import annotations

from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import Store

TEXT = "Russia and Turkey held talks on the [disputed] border [/b] on Monday.\n"


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())          # the console wraps long lines


def test_brackets_in_articles_are_printed_as_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "[wire] talks.txt").write_text(TEXT, encoding="utf-8")
    db = "news.duckdb"
    report = run("process", "[wire] talks.txt", "--db", db, "--published", "2012-12-03", "--workers", "1")
    assert "held talks on the [disputed] border" in report  # the event's sentence, as written
    assert "[wire] talks.txt" in report                     # the input's name too
    with Store(db) as store:
        article_id = store.articles()[0]["id"]
    shown = run("show", article_id, "--db", db)
    assert "[asserted]" in shown                            # the modality of each event
    assert "[disputed] border [/b] on Monday" in shown
