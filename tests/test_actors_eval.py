"""The actor evaluation harness and the eval-actors / eval-places commands, on small gold files."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.eval.actors import evaluate, find_occurrence

GOLD = [
    {"id": "a1", "text": "Russian President Vladimir Putin met Erdogan. Putin said Russia would help.",
     "date": "2012-12-03",
     "mentions": [{"text": "Putin", "occurrence": 1, "code": "RUSGOV", "country": "RUS"},
                  {"text": "Erdogan", "occurrence": 1, "code": "TURGOV", "country": "TUR"},
                  {"text": "Putin", "occurrence": 2, "code": "RUSGOV", "country": "RUS"},
                  {"text": "Russia", "occurrence": 1, "code": "RUS", "country": "RUS"}]},
    {"id": "a2", "text": "The two leaders met in Ankara.", "date": "2012-12-03",
     "mentions": [{"text": "The two leaders", "occurrence": 1, "code": "USAGOV", "country": "USA"}]},
]


def write(tmp_path, lines, name="gold.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_find_occurrence():
    assert find_occurrence("a b a b", "b", 2) == (6, 7)
    assert find_occurrence("a b", "c") is None


def test_evaluate_counts_codes_countries_and_misses(tmp_path):
    score = evaluate(write(tmp_path, GOLD))
    assert score.total == 5
    assert score.code_correct == 4 and score.country_correct == 4
    assert score.missed == 1                       # no antecedent for "the two leaders"
    assert score.errors[0]["id"] == "a2"


def test_eval_actors_command(tmp_path):
    result = CliRunner().invoke(app, ["eval-actors", str(write(tmp_path, GOLD))])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "code accuracy 0.800 country accuracy 0.800 (5 mentions)"


def test_eval_commands_explain_bad_input(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["eval-actors", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2 and "does not exist" in " ".join(missing.output.split())
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["eval-places", str(broken)])
    assert result.exit_code == 2 and "not valid JSON" in " ".join(result.output.split())


def test_process_rejects_a_missing_actor_dictionary(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Putin met Erdogan in Ankara.", encoding="utf-8")
    result = CliRunner().invoke(app, ["process", str(article), "--db", str(tmp_path / "x.duckdb"),
                                      "--actors", str(tmp_path / "missing.yaml"), "-q"])
    assert result.exit_code == 2
    assert "missing.yaml does not exist" in " ".join(result.output.split())


def test_eval_actors_against_compares_two_annotations_mention_by_mention(tmp_path):
    plural = {"id": "a3", "text": "The two leaders met in Ankara.", "date": "2012-12-03",
              "mentions": [{"text": "The two leaders", "occurrence": 1, "code": "USAGOV", "country": "USA"},
                           {"text": "The two leaders", "occurrence": 1, "code": "TURGOV", "country": "TUR"}]}
    gold = write(tmp_path, [GOLD[0], plural])
    second = json.loads(json.dumps([GOLD[0], plural]))
    second[0]["mentions"][3]["code"] = "RUSGOV"            # "Russia": the government, not the country
    second[1]["mentions"] = second[1]["mentions"][::-1]     # a plural's codes in another order still agree
    result = CliRunner().invoke(app, ["eval-actors", str(gold), "--against", str(write(tmp_path, second, "b.jsonl")),
                                      "--errors", "5"])
    assert result.exit_code == 0, result.output
    assert "'Russia' gold RUS got ['RUSGOV']" in result.output
    assert result.output.strip().splitlines()[-1] == "code accuracy 0.833 country accuracy 1.000 (6 mentions)"


def test_historical_codes_and_null_codes_in_gold(tmp_path):
    """A gold file may write the Soviet Union as SUN (the resolver gives its successor, RUS) and mark a
    phrase that names no actor that can be told with a null code: both are scored as the codebook means them."""
    from dateline.actors.codes import codebook_code
    assert codebook_code("SUNGOV") == "RUSGOV" and codebook_code("YUG") == "SRB" and codebook_code("JAP") == "JPN"
    assert codebook_code("NATO") == "NATO" and codebook_code("USAGOV") == "USAGOV" and codebook_code(None) is None
    gold = [{"id": "h1", "text": "Soviet leader Leonid Brezhnev called for an international peacekeeping force.",
             "date": "1975-10-14",
             "mentions": [{"text": "Soviet leader Leonid Brezhnev", "occurrence": 1, "code": "SUNGOV", "country": "SUN"},
                          {"text": "an international peacekeeping force", "occurrence": 1, "code": None,
                           "country": None}]}]
    score = evaluate(write(tmp_path, gold))
    assert (score.total, score.code_correct, score.country_correct, score.missed) == (2, 2, 2, 0), score.errors


def test_eval_actors_counts_accuracy_per_kind_and_wrong_codes_by_cause(tmp_path):
    text = "Russian troops entered the town. Moscow said the soldiers would stay. Kyiv protested."
    mentions = [{"text": "Russian troops", "occurrence": 1, "code": "RUSMIL", "country": "RUS", "kind": "description"},
                {"text": "Moscow", "occurrence": 1, "code": "RUSGOV", "country": "RUS", "kind": "name"},
                {"text": "the soldiers", "occurrence": 1, "code": "RUSMIL", "country": "RUS", "kind": "description"},
                {"text": "Kyiv", "occurrence": 1, "code": "UKRGOV", "country": "UKR", "kind": "name"}]
    gold = {"id": "k1", "text": text, "date": "2022-02-24", "mentions": mentions}
    second = json.loads(json.dumps(gold))
    second["mentions"][0]["code"] = "RUS"                   # the country where the gold has its army
    second["mentions"][2]["code"] = "UKRMIL"                # another country's army
    second["mentions"][2]["country"] = "UKR"
    del second["mentions"][3]                               # not marked at all
    result = CliRunner().invoke(app, ["eval-actors", str(write(tmp_path, [gold])),
                                      "--against", str(write(tmp_path, [second], "b.jsonl"))])
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    assert "description 2 0.000 0.500" in lines and "name 2 0.500 0.500" in lines
    assert "country right, sector missing 1" in lines
    assert "another country or organisation 1" in lines
    assert "nothing found on the span 1" in lines
    assert lines[-1] == "code accuracy 0.250 country accuracy 0.500 (4 mentions)"


def test_resolver_scores_add_up_over_kinds(tmp_path):
    kinds = ["name", "name", "name", "description"]
    gold = json.loads(json.dumps(GOLD))
    for mention, kind in zip(gold[0]["mentions"], kinds):
        mention["kind"] = kind
    score = evaluate(write(tmp_path, gold))
    assert sum(total for total, _, _ in score.by_kind.values()) == score.total == 5
    assert sum(code for _, code, _ in score.by_kind.values()) == score.code_correct
    assert score.by_kind["-"][0] == 1                      # the record without kinds
    assert sum(score.causes.values()) == score.total - score.code_correct


def test_a_longer_gold_span_is_matched_on_its_head_word(tmp_path):
    """The annotator's span keeps the participle ("Ugandan soldiers guarding the terminal"), dateline's
    mention stops at the noun phrase ("Three Ugandan soldiers"): the actor is scored on the span's head
    word, and counted apart; --strict-spans keeps the whole-span rule."""
    gold = [{"id": "h1", "text": "Israeli commandos stormed the airport at Entebbe. Three Ugandan soldiers guarding "
                                 "the terminal were killed.", "date": "1976-07-04",
             "mentions": [{"text": "Ugandan soldiers guarding the terminal", "occurrence": 1, "code": "UGAMIL",
                           "country": "UGA"}]}]
    path = write(tmp_path, gold)
    headed = evaluate(path)
    assert (headed.code_correct, headed.missed, headed.on_head, headed.on_head_correct) == (1, 0, 1, 1)
    strict = evaluate(path, head_match=False)
    assert (strict.code_correct, strict.missed, strict.on_head) == (0, 1, 0)
    runner = CliRunner()
    assert "matched on the head word of a longer gold span: 1 mentions" in runner.invoke(
        app, ["eval-actors", str(path)]).output
    assert runner.invoke(app, ["eval-actors", str(path), "--strict-spans"]).output.strip().endswith(
        "code accuracy 0.000 country accuracy 0.000 (1 mentions)")
