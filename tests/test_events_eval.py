"""`dateline eval`: gold files in both formats, scores per type, the last line."""
from __future__ import annotations

import datetime as dt
import json
import re

from typer.testing import CliRunner

from dateline.cli import app
from dateline.eval.events import GoldEvent, GoldItem, Scores, evaluate, format_report, miss_causes, read_gold
from dateline.model import Actor, Event, Sentence

LAST_LINE = re.compile(r"^precision \d\.\d{3} recall \d\.\d{3} f1 \d\.\d{3}$")


def _event(source, plover, target, symmetric=False, modality="asserted"):
    def actor(code):
        if code is None:
            return None
        return Actor(code, code[:3] if code not in ("NATO", "UNO") else None, code[3:] or None)
    return Event("x", "a", Sentence(0, 1, "x"), plover, "040", 1, 1.0, actor(source), actor(target),
                 modality=modality, symmetric=symmetric)


def test_scores_at_code_and_country_level():
    items = [GoldItem("1", "t", None, "sentence", [GoldEvent("RUSGOV", "RUS", "CONSULT", "TURGOV", "TUR")]),
             GoldItem("2", "t", None, "sentence", [GoldEvent("NATO", None, "REQUEST", "TUR", "TUR", "requested")])]
    predictions = [[_event("TURGOV", "CONSULT", "RUSGOV", symmetric=True)],          # either order
                   [_event("NATO", "REQUEST", "TURGOV", modality="requested"), _event("TUR", "ASSAULT", None)]]
    report = evaluate(items, predictions)
    assert report.code.prf("CONSULT")[:3] == (1.0, 1.0, 1.0)
    assert report.code.tp["REQUEST"] == 0 and report.country.tp["REQUEST"] == 1     # TURGOV vs TUR
    assert report.country.fp["ASSAULT"] == 1
    assert report.modality_agree == report.modality_matched == 1


def test_misses_are_explained_by_the_nearest_unmatched_coded_event():
    missed = [("RUSGOV", "CONSULT", "TURGOV"), ("SYRMIL", "ASSAULT", "SYRCVL"), ("USA", "ACCUSE", "IRN"),
              ("FRA", "AID", "MLI"), ("CHN", "THREATEN", "TWN")]
    spurious = [("RUSGOV", "CONSULT", None),          # source right, target missing
                ("SYRREB", "ASSAULT", "SYRCVL"),      # target right, source wrong
                ("USA", "REJECT", "IRN"),             # actors right, type wrong
                ("GBR", "AID", "NGA"),                # type right, both actors off
                ("DEU", "PROTEST", None)]             # nothing like it in the gold
    causes, extra = miss_causes(missed, spurious)
    assert causes == {"type and source right, target missing": 1, "type and target right, source wrong": 1,
                      "actors right, type wrong": 1, "type right, source and target wrong": 1,
                      "not coded at all": 1}
    assert extra == {"no gold event like it": 1}


def test_report_lists_causes_before_its_last_line():
    items = [GoldItem("1", "t", None, "sentence", [GoldEvent("RUSGOV", "RUS", "CONSULT", "TURGOV", "TUR")])]
    lines = format_report(evaluate(items, [[_event("RUSGOV", "CONSULT", "SYRGOV")]]))
    assert "  type and source right, target wrong" in "\n".join(lines)
    assert LAST_LINE.match(lines[-1])


def test_misses_not_coded_are_split_by_the_trigger_words_found_in_the_text():
    """With the real coder, a missed event with no coded partner is told apart: no word of its type
    in the text (a vocabulary gap) or a trigger of its type that made no event (no actors here)."""
    date = dt.date(2020, 1, 6)
    items = [GoldItem("talks", "Talks were held in Geneva on Monday.", date, "sentence",
                      [GoldEvent("RUSGOV", "RUS", "CONSULT", "USAGOV", "USA")]),
             GoldItem("sochi", "Russia and Turkey held talks in Sochi.", date, "sentence",
                      [GoldEvent("RUS", "RUS", "CONSULT", "TUR", "TUR"), GoldEvent("RUS", "RUS", "ASSAULT", "TUR", "TUR")])]
    report = evaluate(items)
    assert report.code.tp["CONSULT"] == 1
    assert [e["trigger_types"] for e in report.errors] == [{"CONSULT"}, {"CONSULT"}]
    text = "\n".join(format_report(report))
    assert re.search(r"not coded: a trigger of its type made no event +1\n", text)
    assert re.search(r"not coded: no trigger word of its type +1\n", text)
    assert "not coded at all" not in text


def test_other_annotations_keep_the_plain_not_coded_cause():
    assert miss_causes([("USA", "AID", "HTI")], [])[0] == {"not coded at all": 1}


def test_prf_handles_empty_counts():
    assert Scores().prf() == (0.0, 0.0, 0.0, 0)


def test_reads_plover_gold_records(tmp_path):
    path = tmp_path / "plover.jsonl"
    path.write_text(json.dumps({"id": "p1", "text": "Jordan and Britain agreed to hold joint exercises.",
                                "date": "2000-01-01", "event": "AGREE",
                                "source": [{"code": "JOR"}, {"code": "GBR"}], "target": [], "mode": ""}) + "\n",
                    encoding="utf-8")
    items = read_gold(path)
    assert not items[0].codes
    assert [(e.source, e.type, e.target) for e in items[0].events] == [("JOR", "AGREE", "GBR")]


def test_gold_codes_of_historical_states_are_read_as_the_codebooks(tmp_path):
    """The resolver codes the Soviet Union by its successor (RUS), as CAMEO's JAP is JPN; a gold file
    that writes SUNGOV or USR means the same actor."""
    path = tmp_path / "gold.jsonl"
    lines = [{"id": "s1", "text": "Moscow sent tanks into Prague.", "date": "1968-08-21",
              "events": [{"source": "SUNGOV", "source_country": "SUN", "type": "ASSAULT", "target": "CSK",
                          "target_country": "CSK", "modality": "asserted"}]},
             {"id": "p1", "text": "Japan and the Soviet Union agreed to talk.", "date": "1975-01-01", "event": "AGREE",
              "source": [{"code": "JAP"}, {"code": "USR"}], "target": [], "mode": ""}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    first, second = read_gold(path)
    assert [(e.source, e.source_country, e.target, e.target_country) for e in first.events] == [
        ("RUSGOV", "RUS", "CZE", "CZE")]
    assert [(e.source, e.target) for e in second.events] == [("JPN", "RUS")]


def test_eval_command_prints_types_and_last_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [
        {"id": "g1", "kind": "sentence", "text": "Russian President Vladimir Putin held talks with Turkish Prime "
         "Minister Recep Tayyip Erdogan in Istanbul on Monday.", "date": "2012-12-03",
         "events": [{"source": "RUSGOV", "source_country": "RUS", "type": "CONSULT", "target": "TURGOV",
                     "target_country": "TUR", "modality": "asserted"}]},
        {"id": "g2", "kind": "sentence", "text": "The weather was fine.", "date": "2012-12-03", "events": []},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path)])
    assert result.exit_code == 0, result.output
    out = result.output.strip().splitlines()
    assert LAST_LINE.match(out[-1]), out[-1]
    assert out[-1] == "precision 1.000 recall 1.000 f1 1.000"
    assert any(line.startswith("CONSULT") for line in out) and "level: country" in result.output


def test_bad_gold_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x", "events": [{"type": "HUG"}]}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path)])
    assert result.exit_code == 2 and "unknown PLOVER type" in result.output
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "cannot read" in result.output


def _annotation(path, events_by_id):
    texts = {"a1": "Russia and Turkey held talks.", "a2": "Israeli jets struck Gaza."}
    path.write_text("".join(json.dumps({"id": key, "text": texts[key], "date": "2020-01-01", "events": events})
                            + "\n" for key, events in events_by_id.items()))
    return path


def test_eval_against_scores_a_second_annotation_instead_of_the_coder(tmp_path):
    gold = _annotation(tmp_path / "gold.jsonl", {
        "a1": [{"source": "RUSGOV", "type": "CONSULT", "target": "TURGOV"}],
        "a2": [{"source": "ISRMIL", "type": "ASSAULT", "target": "PSE"}]})
    # the symmetric CONSULT in the other order agrees; the strike's target does not
    second = _annotation(tmp_path / "second.jsonl", {
        "a1": [{"source": "TURGOV", "type": "CONSULT", "target": "RUSGOV"}],
        "a2": [{"source": "ISRMIL", "type": "ASSAULT", "target": "PSECVL"},
               {"source": "ISRMIL", "type": "COERCE", "target": "PSE"}]})
    result = CliRunner().invoke(app, ["eval", str(gold), "--against", str(second)])
    assert result.exit_code == 0, result.output
    assert "2 gold events, 3 coded events" in result.output
    assert result.output.strip().splitlines()[-1] == "precision 0.333 recall 0.500 f1 0.400"
    country = CliRunner().invoke(app, ["eval", str(gold), "--against", str(second), "--level", "country"])
    assert country.output.strip().splitlines()[-1] == "precision 0.667 recall 1.000 f1 0.800"


def test_eval_against_names_a_text_the_second_annotation_lacks(tmp_path):
    gold = _annotation(tmp_path / "gold.jsonl", {"a1": [], "a2": []})
    second = _annotation(tmp_path / "second.jsonl", {"a1": []})
    result = CliRunner().invoke(app, ["eval", str(gold), "--against", str(second)])
    assert result.exit_code != 0
    assert "'a2'" in result.output


def test_errors_name_the_missed_types_no_word_of_the_text_triggers(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "s1", "text": "Russia and Turkey held talks in Sochi.", "date": "2020-01-06",
                                "events": [{"source": "RUS", "type": "ASSAULT", "target": "TUR"}]}) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path), "--errors", "5"])
    assert result.exit_code == 0, result.output
    assert "no trigger word in the text for: ASSAULT" in result.output
    assert LAST_LINE.match(result.output.strip().splitlines()[-1])
