"""Event coder, round 15: conventions shared by the annotators of three or more studied sets. An agreement reported
by a foreign speaker is made with that speaker ("North Korea has agreed to ..., China's foreign minister said"); arms
given up or attacks halted, agreed or promised, are coded as the RETREAT itself ("agreed to dismantle a test site"),
and rebels disarm to their own government; an attack, coercion or pull-back aimed at no one is left out.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- an agreement reported by a foreign speaker is made with the speaker -------------------------------------
def test_an_agreement_reported_by_a_foreign_speaker_is_made_with_the_speaker(code):
    events = triples(code("North Korea has agreed to resume family reunions, the Chinese foreign minister said."))
    assert ("PRK", "AGREE", "CHNGOV") in events or ("CHNGOV", "AGREE", "PRK") in events
    events = triples(code("Ukraine's president agreed to hold early elections, the Polish prime minister said."))
    assert ("UKRGOV", "AGREE", "POLGOV") in events or ("POLGOV", "AGREE", "UKRGOV") in events


def test_a_speaker_of_the_doers_own_country_is_no_counterpart(code):
    # round 28: one side agreeing to a deed of its own is an AGREE with no partner (gold, fresh5, fresh6, GSR);
    # the speaker of its own country is still no counterpart
    events = triples(code("Iran agreed to postpone the launch of its satellite, the Iranian foreign minister said."))
    assert all(t is None for _, _, t in events)


def test_a_pair_that_agreed_is_not_given_the_speaker(code):
    events = triples(code("Sudan's government and the rebels agreed to a truce, Chad's president said."))
    assert ("SDNGOV", "AGREE", "SDNREB") in events or ("SDNREB", "AGREE", "SDNGOV") in events
    assert not any("TCD" in (s or "") + (t or "") for s, _, t in events)


# -- arms given up or attacks halted, agreed or promised, are the RETREAT itself -----------------------------
def test_arms_given_up_by_agreement_are_a_retreat(code):
    events = code("Libya's government agreed to dismantle its chemical weapons programme.")
    assert ("LBYGOV", "RETREAT", None, "intended") in events


def test_rebels_pledging_to_disarm_yield_to_their_government(code):
    events = triples(code("The rebels in Aceh pledged to hand over their weapons."))
    assert ("IDNREB", "RETREAT", "IDNGOV") in events
    events = triples(code("The separatists agreed to lay down their arms, the Georgian government said."))
    assert ("GEOREB", "RETREAT", "GEOGOV") in events


def test_prisoners_released_by_agreement_stay_the_agreements_content(code):
    # only arms given up or attacks halted: a release, a return to talks or an end to a war stays the agreement's topic
    assert not any(p == "RETREAT" for _, p, _ in triples(code("Cuba agreed to release 40 political prisoners.")))


# -- an attack, coercion or pull-back aimed at no one is left out ---------------------------------------------
def test_force_aimed_at_no_one_is_left_out(code):
    assert not code("Bosnian Serb forces shelled the enclave.")
    assert not code("Peru closed its borders.")
    assert not code("Russian troops quit Kherson.")


def test_force_with_a_target_is_kept(code):
    assert ("MMRMIL", "ASSAULT", "MMRCVL") in triples(code("The Myanmar army burned Rohingya villages in Rakhine state."))
    assert ("RUSMIL", "RETREAT", "UKR") in triples(code("Russian troops quit the Ukrainian city of Kherson."))


# -- a numbered group named again stands for the countries last named together ------------------------------
def test_the_three_countries_are_the_three_named_before(code):
    events = triples(code("Spain, Ireland and Norway recognised a Palestinian state, and Israel recalled its ambassadors "
                          "from the three countries."))
    assert {("ISR", "SANCTION", "ESP"), ("ISR", "SANCTION", "IRL"), ("ISR", "SANCTION", "NOR")} <= events
    events = triples(code("Kenya and Uganda closed their borders to Somali traders. Somalia condemned the two countries."))
    assert {("SOM", "ACCUSE", "KEN"), ("SOM", "ACCUSE", "UGA")} <= events


def test_a_group_between_whom_something_happens_is_no_target(code):
    # "between the two countries": both sides of what is restored, not whom one side acts on
    events = triples(code("Ethiopia and Eritrea signed a declaration, and agreed to restore flights between the two "
                          "countries."))
    assert not any(p == "RETREAT" for _, p, _ in events)


# -- analysts who count one-sided events keep them ---------------------------------------------------------
def test_one_sided_events_are_kept_when_asked(nlp, resolver, gazetteer):
    from dateline.events import CodingContext, EventCoder
    from test_events_rules import DATE
    coder = EventCoder(one_sided=True)
    found = set()
    for text in ("Peru closed its borders.", "Bosnian Serb forces shelled the enclave.", "Russian troops quit Kherson."):
        doc = nlp(text)
        mentions = resolver.resolve(doc, DATE)
        events, _ = coder.code(doc, mentions, CodingContext(article_id="t", date=DATE, places=()))
        found |= {(e.source.code, e.plover, e.target) for e in events}
    assert {("PER", "COERCE", None), ("RUSMIL", "RETREAT", None)} <= found
    assert any(plover == "ASSAULT" and target is None for _, plover, target in found)


def test_process_one_sided_stores_them_and_the_default_does_not(tmp_path):
    import json
    from typer.testing import CliRunner
    from dateline.cli import app
    (tmp_path / "peru.txt").write_text("LIMA, March 16 (Reuters) - Peru closed its borders on Monday.\n")
    found = {}
    for flag in ("--two-sided", "--one-sided"):
        db = str(tmp_path / f"{flag[2:]}.duckdb")
        runner = CliRunner()
        result = runner.invoke(app, ["process", str(tmp_path / "peru.txt"), "--db", db, "--published", "2020-03-16",
                                     flag], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--modality", "all"]).output
        found[flag] = [json.loads(line) for line in out.splitlines()]
    assert not any(e["plover"] == "COERCE" for e in found["--two-sided"])
    assert any(e["plover"] == "COERCE" and e["source"]["country"] == "PER" and not e["target"] for e in found["--one-sided"])
