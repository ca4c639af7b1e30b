"""Event coder, round 28: AID, AGREE, MOBILIZE and RETREAT, on conventions shared by three or more studied sets.
Protection told as what an authorised means is for ("the Security Council authorised all necessary measures to
protect civilians", "approved a mission to protect civilians") is given by whoever set the means up: gold, fresh3
and fresh4 code the authoriser as the AID's source. One side agreeing to a deed of its own that is no event by
itself ("Iran agreed to curb its nuclear programme", "agreed to set up a centre", "agreed to postpone the
demonstration") is an AGREE with no partner named (gold, fresh6 and GSR), its partner the 'with' of the deed where
one is named ("agreed to form a government with the opposition", fresh5); a deed that is an event itself ("agreed to
step down") stays that event alone. Sentences written for these tests, coded with the real spaCy model, actor
resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- protection told as what an authorised means is for: the authoriser gives it -------------------------------
def test_protection_by_an_authorised_mission_is_given_by_the_authoriser(code):
    events = triples(code("The U.N. Security Council authorised a peacekeeping mission to protect civilians in Mali."))
    assert ("UNO", "AID", "MLICVL") in events
    assert (None, "AID", "MLICVL") not in events


def test_protection_by_measures_others_take_is_given_by_the_authoriser(code):
    events = triples(code("The Security Council authorised member states to take all necessary measures to "
                          "protect civilians in Libya."))
    assert ("UNO", "AID", "LBYCVL") in events


def test_protection_by_a_created_force_is_given_by_its_creator(code):
    events = triples(code("The Security Council created an intervention brigade to protect civilians in eastern Congo."))
    assert ("UNO", "AID", "CODCVL") in events


def test_protection_with_its_own_doer_keeps_it(code):
    assert ("FRAMIL", "AID", "CAFCVL") in triples(code("French troops protected civilians in Bangui."))


def test_protection_only_talked_about_names_no_authoriser(code):
    events = triples(code("Libya's government said foreign powers had no right to protect its civilians."))
    assert not any(p == "AID" and s is not None for s, p, _ in events)


# -- one side agreeing to a deed of its own: an AGREE with no partner -------------------------------------------
def test_agreeing_to_a_deed_of_ones_own_is_an_agree_with_no_partner(code):
    assert ("IRN", "AGREE", None) in triples(code("Iran agreed to curb its uranium enrichment."))


def test_the_partner_of_a_deed_agreed_to_is_its_with_phrase(code):
    events = triples(code("India agreed to build a railway with Nepal."))
    assert ("IND", "AGREE", "NPL") in events


def test_agreeing_to_a_deed_that_is_an_event_stays_that_event(code):
    events = triples(code("Yemen's president agreed to hand over power."))
    assert not any(p == "AGREE" for _, p, _ in events)


def test_agreeing_with_a_partner_named_keeps_the_partner(code):
    assert ("ARM", "AGREE", "AZE") in triples(code("Armenia and Azerbaijan agreed to a ceasefire brokered by Moscow."))


def test_accepting_a_thing_still_agrees_with_no_one(code):
    events = triples(code("Kiev accepted a price increase."))
    assert not any(p == "AGREE" for _, p, _ in events)
