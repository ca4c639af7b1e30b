"""A user's acceptance pass over dateline: what an analyst running it every day found wrong or
confusing, each kept fixed here. Real components: the CLI on a real DuckDB file, a real uvicorn
server on 127.0.0.1, no mocks."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from typer.testing import CliRunner

from dateline.api import create_app
from dateline.cli import app
from dateline.store import Store
from conftest import VOA_SAMPLE
from test_store_support import running_server

TURKEY = "ANKARA — Turkey asked NATO on Monday to deploy Patriot missiles."
EGYPT = "CAIRO — Egypt accused Israel of violating the ceasefire on Friday."
TALIBAN = "KABUL — Taliban fighters attacked a police checkpoint in Kandahar on Sunday, killing four officers."


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def run(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.output


def write_jsonl(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_placeholder_years_and_numeric_dates_are_not_made_into_wrong_dates(tmp_path):
    """`dateline process` of records whose date field holds "N/A", a bare year, a weekday or a
    YYYYMMDD number: the first three used to become 2 days ago, 1970-01-01 and last Monday, the
    number 1970-08-21; an undated record must stay undated (or take --published)."""
    db = str(tmp_path / "dates.duckdb")
    records = [{"id": "na", "text": TURKEY, "date": "N/A"},
               {"id": "year", "text": EGYPT, "date": "2012"},
               {"id": "weekday", "text": TALIBAN, "date": "Monday"},
               {"id": "number", "text": "MOSCOW — Russia condemned the United States on Tuesday.", "date": 20121203},
               {"id": "words", "text": "PARIS — France recalled its ambassador from Syria.", "date": "Dec 3, 2012"}]
    run("process", write_jsonl(tmp_path / "dates.jsonl", records), "--db", db, "--workers", "1", "--quiet")
    rows = [json.loads(line) for line in run("articles", "--db", db, "--format", "jsonl").splitlines()]
    published = {r["id"]: r["published"] for r in rows}
    assert published == {"na": None, "year": None, "weekday": None, "number": "2012-12-03", "words": "2012-12-03"}


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    """The bundled VOA sample processed by the real `dateline process` into a real DuckDB file."""
    db = str(tmp_path_factory.mktemp("sample") / "sample.duckdb")
    run("process", str(VOA_SAMPLE), "--db", db, "--published", "2012-12-03", "--workers", "1", "--quiet")
    return db


def test_quotes_take_the_article_id_prefix_their_table_shows(sample_db):
    """`dateline quotes --article ID` with the 12-character id that `dateline quotes` prints (and
    that `dateline show` accepts) listed no quotes at all."""
    table = " ".join(run("quotes", "--db", sample_db).split())
    with Store(sample_db, read_only=True) as store:
        full_id = store.articles()[0]["id"]
        quotes = len(store.quotes(article_id=full_id))
    shown = full_id[:12]
    assert quotes > 0 and shown in table and full_id not in table
    assert f"{quotes} quotes" in " ".join(run("quotes", "--db", sample_db, "--article", shown).split())
    missing = invoke("quotes", "--db", sample_db, "--article", "zzzz")
    assert missing.exit_code == 2 and "no article with id 'zzzz'" in missing.output


def test_negative_limits_are_refused_without_a_traceback(sample_db):
    """`dateline events --limit -1` and `dateline quotes --limit -1` ended in a DuckDB traceback."""
    for command in ("events", "quotes"):
        result = invoke(command, "--db", sample_db, "--limit", "-1")
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output and "--limit" in result.output
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_misspelt_filters_and_formats_are_errors_not_empty_lists(sample_db):
    """`events --type ASSUALT` printed "0 events" (export refused it), `articles --status rejected`
    an empty table, `articles -f csv` and `rejects -f csv` a table: each must say what is wrong."""
    cases = [(("events", "--type", "ASSUALT"), "unknown PLOVER type ASSUALT"),
             (("articles", "--status", "rejected"), "dateline rejects"),
             (("articles", "--format", "csv"), "--format must be table or jsonl"),
             (("rejects", "--format", "csv"), "--format must be table or jsonl")]
    for args, message in cases:
        result = invoke(*args, "--db", sample_db)
        assert result.exit_code == 2, (args, result.output)
        assert message in " ".join(result.output.split()), (args, result.output)
    lower = run("events", "--db", sample_db, "--type", "reject", "--format", "jsonl")
    assert {json.loads(line)["plover"] for line in lower.splitlines()} == {"REJECT"}


def test_rejects_of_a_file_read_again_with_the_right_options_are_gone(tmp_path):
    """A CSV first read with the wrong --format (every line 'malformed'), then the right way: its
    articles were stored but `dateline rejects` still listed all its lines, and `stats` counted
    them, so the counts never reconciled. Inputs refused again, and inputs not read again, stay."""
    feed = tmp_path / "feed.csv"
    feed.write_text(f'headline,body,published\nClash,"{TALIBAN}",2014-02-02\nTalks,"{EGYPT}",2014-02-07\n',
                    encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    db = str(tmp_path / "rejects.duckdb")
    run("process", str(feed), str(empty), "--db", db, "--format", "jsonl", "--workers", "1", "--quiet")
    run("process", str(tmp_path / "missing.txt"), "--db", db, "--workers", "1", "--quiet")
    with Store(db, read_only=True) as store:
        assert len(store.rejects()) == 5          # 3 CSV lines as JSON, the empty file, the missing one
    run("process", str(feed), str(empty), "--db", db, "--workers", "1", "--quiet")
    rejects = [json.loads(line) for line in run("rejects", "--db", db, "--format", "jsonl").splitlines()]
    assert sorted((r["input"], r["reason"]) for r in rejects) == [(str(empty), "empty"),
                                                                  (str(tmp_path / "missing.txt"), "missing")]
    stats = json.loads(run("stats", "--db", db, "--format", "json"))
    assert stats["rejected_inputs"] == 2 and stats["articles_by_status"] == {"processed": 2}


def test_the_run_report_does_not_list_thousands_of_removed_blocks(tmp_path):
    """A page whose sentence was pasted 3,000 times: `dateline process` printed one line per
    removed repeat (3,000 lines for one article); the report now lists a few and says where the
    rest are, and `dateline show` still lists them all."""
    page = tmp_path / "pasted.txt"
    page.write_text("WASHINGTON — " + "The United States imposed sanctions on North Korea on Friday. " * 3000,
                    encoding="utf-8")
    db = str(tmp_path / "pasted.duckdb")
    report = run("process", str(page), "--db", db, "--workers", "1")
    listed = [line for line in report.splitlines() if line.lstrip().startswith("- repeat")]
    assert 0 < len(listed) <= 10
    assert "2,989 more" in report and "dateline show" in report
    with Store(db, read_only=True) as store:
        article_id = store.articles()[0]["id"]
    shown = run("show", article_id, "--db", db)
    assert sum(line.startswith("- repeat") for line in shown.splitlines()) == 2999


def test_export_to_dash_says_so_instead_of_writing_a_file_named_dash(sample_db, tmp_path, monkeypatch):
    """`dateline export --format jsonl --out -` (stdout, as `process -` reads stdin) quietly wrote
    a file named '-' in the current folder."""
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "--db", sample_db, "--format", "jsonl", "--out", "-")
    assert result.exit_code == 2 and "dateline events --format jsonl" in " ".join(result.output.split())
    assert not (tmp_path / "-").exists()


def test_serving_a_database_that_does_not_exist_warns(tmp_path):
    """`dateline serve --db typo.duckdb` made a new, empty database and served an empty dashboard
    without a word; it now warns on the console (a real server on 127.0.0.1)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = tmp_path / "typo.duckdb"
    env = {k: v for k, v in os.environ.items() if k != "DATELINE_TOKEN"}
    child = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--port", str(port)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/stats", timeout=5).json()
                break
            except httpx.TransportError:
                assert child.poll() is None and time.monotonic() < deadline, "dateline serve did not start"
                time.sleep(0.2)
        assert stats["articles"] == 0
    finally:
        child.terminate()
        output = child.communicate(timeout=30)[0]
    assert "did not exist: serving a new, empty database" in " ".join(output.split())


def test_misspelt_filters_are_errors_in_the_python_and_rest_apis(sample_db):
    """`dateline.open(db).events(type="ASSUALT")` gave an empty frame and `GET /articles?status=
    rejected` an empty page (200), where the CLI, exports and `GET /events` refuse such values."""
    import dateline
    database = dateline.open(sample_db, read_only=True)
    try:
        assert len(database.events(type="reject")) > 0
        with pytest.raises(ValueError, match="unknown PLOVER type ASSUALT"):
            database.events(type=["ASSAULT", "ASSUALT"])
    finally:
        database.store.close()
    with running_server(create_app(sample_db, read_only=True)) as url:
        assert httpx.get(url + "/articles", params={"status": "processed"}).json()["total"] == 1
        bad = httpx.get(url + "/articles", params={"status": "rejected"})
        assert bad.status_code == 422 and "status" in bad.json()["error"]


def test_a_broken_pattern_file_is_a_one_line_error(tmp_path):
    """`dateline process ... --patterns mine.yaml` with a YAML slip printed the parser's five-line
    message with a lone caret; errors are one line."""
    patterns = tmp_path / "mine.yaml"
    patterns.write_text('- {cameo: "081", verbs: [cede, "hand over"\n', encoding="utf-8")
    article = tmp_path / "one.txt"
    article.write_text(TURKEY, encoding="utf-8")
    result = invoke("process", str(article), "--db", str(tmp_path / "p.duckdb"), "--patterns", str(patterns))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "not valid YAML" in lines[0], result.output


def test_help_paragraphs_flow_and_show_says_unknown_for_a_missing_date(tmp_path):
    """`dateline generate --help` (and the command list of `dateline --help`) broke sentences where
    the docstring's source lines end ("codable event" / "sentences, ..."), and `dateline show`
    printed "published: None" for an undated article."""
    listing = [line.strip(" │") for line in run("--help").splitlines()]
    assert not any(line.endswith("codable event") for line in listing)
    for command in ("generate", "process", "stories"):
        text = run(command, "--help").split("╭")[0].splitlines()      # the prose above the option boxes
        for line, following in zip(text, text[1:]):
            if line.strip() and following.strip():   # inside a paragraph: lines are filled, not cut short
                assert len(line.rstrip()) > 40, (command, line, following)
    article = tmp_path / "undated.txt"
    article.write_text(TURKEY, encoding="utf-8")
    db = str(tmp_path / "undated.duckdb")
    run("process", str(article), "--db", db, "--workers", "1", "--quiet")
    with Store(db, read_only=True) as store:
        article_id = store.articles()[0]["id"]
    shown = run("show", article_id, "--db", db)
    assert "published: unknown" in shown and "None" not in shown


def test_events_are_readable_in_an_80_column_terminal(sample_db, monkeypatch):
    """`dateline events` in an 80-column terminal squeezed nine columns together: the sentence came
    out a few letters per line ("Vladimi / r Putin / says") and unreadable. Narrow consoles now get
    two lines per event, as the run report prints them, with the date."""
    from dateline import cli
    monkeypatch.setattr(cli.console, "width", 80)
    output = run("events", "--db", sample_db)
    flowing = " ".join(output.split())
    assert "┃" not in output
    assert "Russian President Vladimir Putin says his country is working with Turkey" in flowing
    assert "2012-12-03 COOPERATE (060, Goldstein +6.0) RUS (Russia) <-> TUR (Turkey)" in flowing
    with Store(sample_db, read_only=True) as store:
        assert flowing.endswith(f"{len(store.events())} events")


def test_posting_an_article_again_reports_its_stored_events(tmp_path):
    """POST /articles with an article stored before answered `"status": "existing", "events": 0`
    although it has events: a client counting events from the answers undercounts."""
    db = tmp_path / "posted.duckdb"
    with running_server(create_app(db, token="t0ken")) as url:
        auth = {"Authorization": "Bearer t0ken"}
        body = {"text": TURKEY, "published": "2012-12-03", "title": "Patriots"}
        first = httpx.post(url + "/articles", json=body, headers=auth, timeout=300).json()["articles"][0]
        again = httpx.post(url + "/articles", json=body, headers=auth, timeout=300).json()["articles"][0]
    assert first["status"] == "processed" and first["events"] > 0
    assert again["status"] == "existing" and again["events"] == first["events"]


def test_articles_can_be_limited_and_say_how_many_there_are(tmp_path):
    """`dateline articles` had no --limit (the README's 200,000-article corpus prints as one table)
    and never said how many articles it listed."""
    records = [{"id": f"a{n}", "text": text, "date": "2014-02-03"} for n, text in enumerate((TURKEY, EGYPT, TALIBAN))]
    db = str(tmp_path / "limit.duckdb")
    run("process", write_jsonl(tmp_path / "three.jsonl", records), "--db", db, "--workers", "1", "--quiet")
    assert len(run("articles", "--db", db, "--limit", "2", "--format", "jsonl").splitlines()) == 2
    assert "2 articles of 3" in run("articles", "--db", db, "--limit", "2")
    assert run("articles", "--db", db).rstrip().endswith("3 articles")


def test_two_files_numbering_their_records_alike_lose_no_article(tmp_path):
    """Two CSV exports (two outlets) whose `id` columns both count 1, 2: every article of the second
    file was counted "already stored" and vanished, in no list. An id taken by another text is now
    refused with a reason that `dateline rejects` lists; the same record read again stays `existing`."""
    first, second = tmp_path / "outlet-a.csv", tmp_path / "outlet-b.csv"
    first.write_text(f'id,text\n1,"{TURKEY}"\n2,"{EGYPT}"\n', encoding="utf-8")
    second.write_text(f'id,text\n1,"{TALIBAN}"\n2,"{EGYPT}"\n', encoding="utf-8")
    db = str(tmp_path / "ids.duckdb")
    report = run("process", str(first), str(second), "--db", db, "--workers", "1", "--quiet")
    assert "read 4: processed 2, duplicate 0, skipped 0, rejected 1, already stored 1" in " ".join(report.split())
    rejects = [json.loads(line) for line in run("rejects", "--db", db, "--format", "jsonl").splitlines()]
    assert [(r["input"], r["reason"]) for r in rejects] == [(f"{second}:2", "id_conflict")]
    assert f"{first}:2" in rejects[0]["detail"]
    again = run("process", str(first), "--db", db, "--workers", "1", "--quiet")
    assert "processed 0, duplicate 0, skipped 0, rejected 0, already stored 2" in " ".join(again.split())


def test_a_semicolon_csv_from_a_spreadsheet_is_read(tmp_path):
    """A CSV saved by a spreadsheet in a language with decimal commas (`id;title;text;date`) was
    refused as "no text column 'text' ... among id;title;text;date; name it with --text-field":
    the column is there, and no option chooses the delimiter."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f"id;title;text;date\n7;Clash;{TALIBAN};2014-02-02\n8;Talks;{EGYPT};2014-02-07\n",
                     encoding="utf-8")
    db = str(tmp_path / "sheet.duckdb")
    report = run("process", str(sheet), "--db", db, "--workers", "1", "--quiet")
    assert "read 2: processed 2" in " ".join(report.split())
    rows = [json.loads(line) for line in run("articles", "--db", db, "--format", "jsonl").splitlines()]
    assert {(r["id"], r["title"], r["published"]) for r in rows} == {("7", "Clash", "2014-02-02"),
                                                                     ("8", "Talks", "2014-02-07")}


def test_a_missing_model_stops_process_before_it_makes_a_database(tmp_path):
    """`dateline process ... --model en_core_web_lg` (not installed) failed only after creating the
    database and recording a run that never finished (`dateline stats` then counted it)."""
    article = tmp_path / "one.txt"
    article.write_text(TURKEY, encoding="utf-8")
    db = tmp_path / "model.duckdb"
    result = invoke("process", str(article), "--db", str(db), "--model", "en_core_web_not_installed")
    assert result.exit_code == 2 and "is not installed" in result.output
    assert not db.exists()


def test_show_gives_the_link_to_the_article(tmp_path):
    """`dateline show` printed source, date and status but not the article's URL, the one thing a
    journalist needs to check a coded event against the original."""
    records = [{"id": "u1", "text": EGYPT, "url": "https://news.example.com/egypt-israel", "date": "2013-05-03"}]
    db = str(tmp_path / "url.duckdb")
    run("process", write_jsonl(tmp_path / "url.jsonl", records), "--db", db, "--workers", "1", "--quiet")
    assert "url: https://news.example.com/egypt-israel" in run("show", "u1", "--db", db)


def test_since_after_until_is_an_error(sample_db, tmp_path):
    """`dateline events --since 2013-01-01 --until 2012-01-01` (dates typed the wrong way round)
    printed "0 events", and `export` wrote an empty file."""
    for command in (("events",), ("export", "--format", "csv", "--out", str(tmp_path / "none.csv"))):
        result = invoke(*command, "--db", sample_db, "--since", "2013-01-01", "--until", "2012-01-01")
        assert result.exit_code == 2 and "--since 2013-01-01 is after --until 2012-01-01" in result.output
    assert not (tmp_path / "none.csv").exists()
    assert run("events", "--db", sample_db, "--since", "2012-12-01", "--until", "2012-12-31", "-f", "jsonl")


def test_opening_a_database_that_does_not_exist_is_an_error_not_an_empty_database(tmp_path):
    """`dateline.open("typo.duckdb")` made and queried an empty database: every query answered nothing."""
    import dateline
    missing = tmp_path / "typo.duckdb"
    with pytest.raises(FileNotFoundError, match="no dateline database"):
        dateline.open(missing)
    assert not missing.exists()
    with dateline.open(missing, create=True) as handle:
        assert len(handle.events()) == 0
    assert missing.exists()
