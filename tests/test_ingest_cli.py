"""End to end: `dateline process` over several input formats into a real DuckDB file."""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from test_ingest import PARAGRAPHS, RSS, news_page, write_warc  # noqa: E402

FRENCH = ("Le président russe Vladimir Poutine a déclaré lundi à Istanbul que son pays travaillait avec la Turquie "
          "pour résoudre la crise en Syrie, un sujet sur lequel les deux pays sont en profond désaccord.")


def make_inputs(folder: Path, voa_text: str) -> list[str]:
    (folder / "voa.txt").write_text(voa_text, encoding="utf-8")
    (folder / "page.html.gz").write_bytes(gzip.compress(news_page(3).encode()))
    lines = [json.dumps({"id": "en-1", "text": "ANKARA (Reuters) - " + " ".join(PARAGRAPHS[3:]), "date": "2012-12-04",
                         "title": "Patriots"}),
             "{broken",
             json.dumps({"id": "fr-1", "text": FRENCH, "date": "2012-12-03"}),
             json.dumps({"id": "no-text", "title": "nothing"})]
    (folder / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "world.rss").write_text(RSS, encoding="utf-8")
    write_warc(folder / "crawl.warc.gz", True)
    return [str(folder / name) for name in ("voa.txt", "page.html.gz", "export.jsonl", "world.rss", "crawl.warc.gz")]


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(app, list(args), input=input)
    assert result.exit_code == 0, result.output
    return result


def test_process_many_formats_into_duckdb(tmp_path, voa_text):
    inputs = make_inputs(tmp_path, voa_text)
    db = str(tmp_path / "news.duckdb")
    first = run("process", *inputs, "--db", db, "--workers", "1", "--published", "2012-12-03", "-q")
    # 1 txt + 1 html + 4 JSON lines + 3 feed entries + 3 WARC HTML responses
    assert "read 12" in first.output
    store = Store(db, read_only=True)
    try:
        [run_row] = store.runs()
        counts = {k: run_row[k] for k in ("read", "processed", "duplicate", "skipped", "rejected", "existing")}
        assert counts["read"] == sum(v for k, v in counts.items() if k != "read")
        # 8 articles (1 txt, 1 html, 2 jsonl, 2 rss, 2 warc), one of them French; 4 bad records
        assert counts["skipped"] == 1 and counts["rejected"] == 4
        rejects = {(r["input"].replace(str(tmp_path) + "/", ""), r["reason"]) for r in store.rejects()}
        assert {("export.jsonl:2", "malformed"), ("export.jsonl:4", "no_text"), ("world.rss#entry=3", "empty"),
                ("crawl.warc.gz#record=4", "http_status")} <= rejects
        articles = {a["id"]: a for a in store.articles()}
        assert articles["fr-1"]["status"] == "skipped" and articles["fr-1"]["status_detail"] == "language: fr"
        voa = next(a for a in articles.values() if a["input_ref"].endswith("voa.txt"))
        shown = store.article(voa["id"])
        assert shown["dateline"] == "ISTANBUL"
        assert sum(1 for r in shown["removed"] if r["kind"] == "repeat") == 7
        page = next(a for a in articles.values() if a["input_ref"].endswith("page.html.gz"))
        assert page["title"] == "Putin, Erdogan discuss Syria" and page["source"] == "Example News"
        assert store.article("en-1")["dateline"] == "ANKARA"
    finally:
        store.close()
    # a second run adds nothing twice
    second = run("process", *inputs, "--db", db, "--workers", "1", "-q")
    assert "already stored 8" in second.output
    listed = run("rejects", "--db", db, "--format", "jsonl")
    assert "export.jsonl:2" in listed.output


def test_process_stdin_and_forced_format(tmp_path):
    db = str(tmp_path / "stdin.duckdb")
    lines = "\n".join(json.dumps({"text": p, "url": f"https://e.org/{i}"}) for i, p in enumerate(PARAGRAPHS)) + "\n"
    result = run("process", "-", "--format", "jsonl", "--db", db, "--workers", "1", "-q", input=lines)
    assert "read 5" in result.output
    store = Store(db, read_only=True)
    try:
        assert {a["input_ref"] for a in store.articles()} == {f"<stdin>:{n}" for n in range(1, 6)}
    finally:
        store.close()


def test_process_csv_with_field_options_and_bad_format(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('key,head,body_text\nk1,Putin visits,"' + PARAGRAPHS[0] + '"\nk2,Empty,\n', encoding="utf-8")
    db = str(tmp_path / "csv.duckdb")
    result = run("process", str(path), "--text-field", "body_text", "--title-field", "head", "--id-field", "key",
                 "--db", db, "--workers", "1", "-q")
    assert "read 2" in result.output and "rejected 1" in result.output
    store = Store(db, read_only=True)
    try:
        assert [(a["id"], a["title"]) for a in store.articles()] == [("k1", "Putin visits")]
    finally:
        store.close()
    bad = CliRunner().invoke(app, ["process", str(path), "--format", "docx", "--db", db])
    assert bad.exit_code != 0 and "--format must be one of" in bad.output
