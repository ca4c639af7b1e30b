"""Event coder, round 22: conventions PLOVER's own annotators (the PLOVER gold standard records) share with the
annotators of the studied sets. What a foreign speaker says another party must do is a demand made of it; an offer to
act between two sides is an agreement with both; a protest at a foreign party is not also aimed at the protesters' own
government; a resolution vetoed or voted against, naming no body, is the United Nations'.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a foreign speaker's "X must ..." is a demand made of X ------------------------------------------------
def test_what_a_foreign_speaker_says_another_must_do_is_a_demand(code):
    events = triples(code("Britain's foreign secretary said on Tuesday that Libya must hand over the two bombing "
                          "suspects."))
    assert ("GBRGOV", "REQUEST", "LBY") in events
    events = triples(code("Iraq must give U.N. inspectors unrestricted access to all sites, the Australian prime "
                          "minister said."))
    assert ("AUSGOV", "REQUEST", "IRQ") in events


def test_a_must_of_ones_own_side_or_a_passive_one_is_no_demand(code):
    assert not any(p == "REQUEST" for _, p, _ in triples(code("The French president said France must increase its "
                                                                "defence spending.")))
    assert not any(p == "REQUEST" for _, p, _ in triples(code("Kenya's foreign minister said Somalia must be given "
                                                                "more time.")))


# -- an offer to act between two sides is an agreement with both ---------------------------------------------
def test_an_offer_to_act_between_two_sides_is_agreed_with_both(code):
    events = triples(code("Norway offered to mediate between the Sri Lankan government and the Tamil Tiger rebels."))
    assert {("NOR", "AGREE", "LKAGOV"), ("NOR", "AGREE", "LKAREB")} <= events
    events = triples(code("Qatar offered to host talks between Ethiopia and Eritrea."))
    assert {("QAT", "AGREE", "ETH"), ("QAT", "AGREE", "ERI")} <= events


def test_an_offer_of_nothing_to_anyone_is_no_agreement(code):
    assert not code("Kenya offered no evidence for the claim.")
    assert not code("Brazil offered to host talks in Geneva.")


# -- a protest at a foreign party is not also aimed at the home government -----------------------------------
def test_a_protest_at_a_foreign_party_is_not_aimed_at_home(code):
    events = triples(code("Chinese protesters marched in Shanghai against Japanese textbooks."))
    assert ("CHNCVL", "PROTEST", "JPN") in events
    assert ("CHNCVL", "PROTEST", "CHNGOV") not in events


def test_a_protest_at_home_keeps_the_government(code):
    events = triples(code("Farmers in France blocked roads to protest against new fuel taxes."))
    assert ("FRACVL", "PROTEST", "FRAGOV") in events


# -- a resolution vetoed or voted against, naming no body, is the United Nations' ----------------------------
def test_a_vetoed_resolution_is_the_united_nations(code):
    events = triples(code("France will vote against any resolution authorising war on Iraq, President Jacques Chirac "
                          "said."))
    assert ("FRA", "REJECT", "UNO") in events
    events = triples(code("Britain and the United States vetoed a Security Council resolution on Rhodesia."))
    assert {("GBR", "REJECT", "UNO"), ("USA", "REJECT", "UNO")} <= events


def test_a_veto_of_a_named_bodys_plan_keeps_the_body(code):
    assert ("POL", "REJECT", "EU") in triples(code("Poland vetoed the EU budget."))
