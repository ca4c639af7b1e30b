"""Issue 2: the whole path on the bundled VOA article, through the real CLI into a real DuckDB file."""
from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from pathlib import Path

from dateline.cli import app

VOA_SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "voa-2012-12-03-putin-istanbul.txt"

runner = CliRunner()


def invoke(*args: str, input: str | None = None):
    result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def voa_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("voa")
    shutil.copy(VOA_SAMPLE, folder / VOA_SAMPLE.name)
    db = folder / "voa.duckdb"
    report = invoke("process", str(folder), "--db", str(db), "--published", "2012-12-03", "--workers", "1")
    return db, report.output


@pytest.fixture(scope="module")
def voa_article(voa_db):
    db, _ = voa_db
    rows = [json.loads(line) for line in invoke("articles", "--db", str(db), "--format", "jsonl").output.splitlines()]
    assert len(rows) == 1 and rows[0]["status"] == "processed"
    return json.loads(invoke("show", rows[0]["id"], "--db", str(db), "--format", "json").output)


@pytest.fixture(scope="module")
def voa_events(voa_db):
    db, _ = voa_db
    out = invoke("events", "--db", str(db), "--format", "jsonl", "--modality", "all").output
    return [json.loads(line) for line in out.splitlines()]


def codes(actor) -> set[str]:
    return {actor["code"], actor["country"]} if actor else set()


def between(event, a: str, b: str) -> bool:
    src, tgt = codes(event["source"]), codes(event["target"])
    return (a in src and b in tgt) or (event["symmetric"] and b in src and a in tgt)


def test_report_shows_counts_removals_actors_and_events(voa_db):
    _, report = voa_db
    assert "read 1" in report and "processed 1" in report
    assert "repeat" in report
    assert "RUSGOV" in report and "TURGOV" in report


def test_seven_repeated_paragraphs_removed_and_recorded(voa_article):
    repeats = [r for r in voa_article["removed"] if r["kind"] == "repeat"]
    assert len(repeats) == 7
    raw = voa_article["raw_text"]
    for removal in repeats:
        assert raw[removal["start"]:removal["end"]] == removal["text"]
        assert removal["text"].strip() in voa_article["text"]   # the first copy stays
    assert voa_article["text"].count("Patriot") == raw.count("Patriot") // 2


def test_dateline_is_istanbul_with_coordinates(voa_article):
    assert voa_article["dateline"].upper() == "ISTANBUL"
    place = voa_article["dateline_place"]
    assert place["name"] == "Istanbul" and place["country"] == "TUR"
    assert 40.5 < place["lat"] < 41.5 and 28.5 < place["lon"] < 29.5


@pytest.mark.parametrize("words, code", [
    ("Putin", "RUSGOV"), ("Russian president", "RUSGOV"), ("Moscow", "RUSGOV"), ("Russia", "RUS"),
    ("Erdogan", "TURGOV"), ("Ankara", "TURGOV"), ("Turkey", "TUR"), ("Damascus", "SYRGOV"), ("NATO", "NATO"),
])
def test_actors_resolved(voa_article, words, code):
    found = {m["code"] for m in voa_article["mentions"] if words.lower() in m["text"].lower()}
    assert code in found, f"{words!r} resolved to {found}"


def test_assad_government_is_syrian_government(voa_article):
    text = voa_article["text"]
    assert any(m["code"] == "SYRGOV" and ("Assad" in m["text"] or "government" in m["text"])
               for m in voa_article["mentions"]), text


def test_consult_between_russia_and_turkey(voa_events):
    assert any(e["plover"] == "CONSULT" and e["modality"] == "asserted" and between(e, "RUS", "TUR")
               for e in voa_events)


def test_russia_rejects_turkeys_request(voa_events):
    assert any(e["plover"] == "REJECT" and "RUS" in codes(e["source"]) for e in voa_events)


def test_turkey_requests_nato(voa_events):
    assert any(e["plover"] == "REQUEST" and "TUR" in codes(e["source"]) and "NATO" in codes(e["target"])
               for e in voa_events)


def test_agree_with_trade_amounts(voa_events):
    agreements = [e for e in voa_events if e["plover"] == "AGREE" and between(e, "RUS", "TUR")]
    assert agreements
    amounts = [(a["value"], a["currency"], a["role"]) for e in agreements for a in e["amounts"]]
    assert (30e9, "USD", "from") in amounts and (100e9, "USD", "to") in amounts


def test_turkey_accuses_russia(voa_events):
    assert any(e["plover"] == "ACCUSE" and "TUR" in codes(e["source"]) and "RUS" in codes(e["target"])
               for e in voa_events)


def test_not_protecting_is_negated(voa_events):
    negated = [e for e in voa_events if "not protecting" in e["sentence"]]
    assert negated and all(e["modality"] == "negated" for e in negated)


def test_no_asserted_assault_from_any_syrian_attack(voa_events):
    assert not [e for e in voa_events if e["plover"] == "ASSAULT" and e["modality"] == "asserted"]


def test_no_event_counted_twice(voa_events):
    keys = [(e["sentence"], e["plover"], json.dumps(e["source"]), json.dumps(e["target"])) for e in voa_events]
    assert len(keys) == len(set(keys))


def test_event_records_have_the_public_keys(voa_events):
    required = {"article_id", "source", "target", "plover", "cameo", "quad_class", "goldstein", "modality",
                "speaker", "symmetric", "place", "date", "amounts", "trigger", "sentence"}
    for event in voa_events:
        assert required <= set(event)
        assert event["quad_class"] in (1, 2, 3, 4)
        for actor in (event["source"], event["target"]):
            assert actor is None or {"code", "country", "sector", "name"} <= set(actor)


def test_bad_inputs_rejected_with_reasons_and_rerun_adds_nothing(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(VOA_SAMPLE, inputs / "voa.txt")
    (inputs / "empty.txt").write_text("")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (inputs / "bad-utf8.txt").write_bytes(b"\xff\xfe\x00\x81\x8d garbage \xc3\x28 \xa0\xa1" * 3)
    db = tmp_path / "bad.duckdb"
    args = ["process", str(inputs), str(tmp_path / "missing.txt"), "--db", str(db), "--published", "2012-12-03",
            "--workers", "1"]
    first = invoke(*args).output
    assert "processed 1" in first
    rejects = [json.loads(line) for line in invoke("rejects", "--db", str(db), "--format", "jsonl").output.splitlines()]
    by_input = {r["input"].rsplit("/", 1)[-1].split(":")[0]: r for r in rejects}
    assert {"empty.txt", "binary.txt", "bad-utf8.txt", "missing.txt"} <= set(by_input)
    for reject in rejects:
        assert reject["reason"] and reject["detail"] and "\n" not in reject["detail"]
    events_before = invoke("events", "--db", str(db), "--format", "jsonl", "--modality", "all").output
    invoke(*args)
    articles = invoke("articles", "--db", str(db), "--format", "jsonl").output.splitlines()
    assert len(articles) == 1
    assert invoke("events", "--db", str(db), "--format", "jsonl", "--modality", "all").output == events_before
    assert len(invoke("rejects", "--db", str(db), "--format", "jsonl").output.splitlines()) == len(rejects)


def test_stdin_input(tmp_path):
    db = tmp_path / "stdin.duckdb"
    text = "ANKARA — Turkey asked NATO on Monday to deploy Patriot missiles along its border with Syria."
    invoke("process", "-", "--db", str(db), "--published", "2012-11-21", "--workers", "1", input=text)
    rows = [json.loads(line) for line in invoke("articles", "--db", str(db), "--format", "jsonl").output.splitlines()]
    assert [r["status"] for r in rows] == ["processed"]
