"""Event coder: reactions aimed at what was just told, and weapons tests (issue 6; classes first seen in
the fresh3 even ids). Sentences written for these tests, coded with the real model, resolver and
gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


def test_a_weapons_test_is_a_show_of_force_by_the_state(code):
    events = code("France carried out a nuclear test in the Pacific on Tuesday.")
    assert ("FRA", "MOBILIZE", None) in triples(events)     # the state tests; no forces are moved


def test_condemnation_drawn_by_an_act_is_aimed_at_its_doer(code):
    events = code("France carried out a nuclear test, drawing sharp criticism from Australia and New Zealand.")
    assert {("AUS", "ACCUSE", "FRA"), ("NZL", "ACCUSE", "FRA")} <= triples(events)
    # two critics named together are both the source, never each other's target
    assert ("AUS", "ACCUSE", "NZL") not in triples(events) and ("NZL", "ACCUSE", "AUS") not in triples(events)


def test_a_vow_to_retaliate_threatens_the_attacker(code):
    events = code("Israeli jets bombed a Hamas training camp in Gaza, and Hamas vowed revenge.")
    assert ("PSEREB", "THREATEN", "ISR") in triples(events)


def test_a_reaction_never_answers_its_own_side(code):
    events = code("Pakistani troops shelled Indian posts in Kashmir, and Pakistan vowed to retaliate.")
    assert not any(p == "THREATEN" and t and t.startswith("PAK") for _, p, t in triples(events))


# -- trade cut off and envoys withdrawn -----------------------------------------------------------
def test_cutting_off_trade_is_an_embargo_and_withdrawing_an_envoy_cuts_relations(code):
    events = code("Canada cut off trade with Rhodesia and withdrew its high commissioner from Salisbury.")
    assert ("CAN", "COERCE", "ZWE") in triples(events)          # CAMEO 163, COERCE in the 2021 table
    assert ("CAN", "SANCTION", "ZWE") in triples(events)        # CAMEO 161


# -- force on a condition ---------------------------------------------------------------------
def test_force_used_only_if_something_happens_is_hypothetical(code):
    events = code("The president said the United States would have no choice but to destroy North Korea "
                  "if forced to defend itself.")
    assert ("USA", "ASSAULT", "PRK", "hypothetical") in events      # the doer is the one left no choice
    assert not any(p == "ASSAULT" and m == "asserted" for _, p, _, m in events)


# -- a hostile act joined to another by the same side -----------------------------------------------
def test_a_joined_hostile_act_shares_the_target_of_the_first(code):
    events = code("Russia has massed troops near its border with Ukraine and could launch an offensive soon.")
    assert ("RUS", "ASSAULT", "UKR", "hypothetical") in events
    # a joined clause with a target of its own keeps it
    events = code("Russia massed troops near its border with Ukraine and attacked Georgia.")
    assert ("RUS", "ASSAULT", "GEO") in triples(events) and ("RUS", "ASSAULT", "UKR") not in triples(events)


def test_a_coup_condemned_by_name_points_back_to_its_doers(code):
    # the soldiers who took power answer for the coup themselves, not the state they overthrew
    events = code("The army seized power in Fiji. Australia condemned the coup.")
    assert ("AUS", "ACCUSE", "FJIMIL") in triples(events)
    events = code("Soldiers seized power in Mali on Tuesday. The African Union condemned the coup and "
                  "demanded a return to civilian rule.")
    assert {("AU", "ACCUSE", "MLIMIL"), ("AU", "REQUEST", "MLIMIL")} <= set(triples(events))
