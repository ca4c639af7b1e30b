"""Event coder, round 25: a trigger that made no event, on conventions shared by three or more studied sets. A riot
by a crowd whose protest at home was told in an earlier sentence ("Millions took to the streets to demand Morsi's
resignation. Protesters set fire to the headquarters of his party") is an attack on whom the crowd protests against
(gold, fresh2 and fresh5 code an ASSAULT besides the PROTEST); a riot told on its own stays a protest.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a riot after a protest told before attacks the protest's target ---------------------------------------
def test_a_riot_after_an_earlier_protest_is_an_attack_on_its_target(code):
    events = triples(code("Thousands of Egyptians protested in Cairo against President Mubarak. "
                          "Demonstrators ransacked the offices of the ruling party."))
    assert ("EGYCVL", "PROTEST", "EGYGOV") in events
    assert ("EGYCVL", "ASSAULT", "EGYGOV") in events


def test_a_riot_with_no_earlier_protest_stays_a_protest(code):
    events = triples(code("Protesters stormed the government headquarters in Yerevan."))
    assert ("ARMCVL", "PROTEST", "ARMGOV") in events
    assert not any(p == "ASSAULT" for _, p, _ in events)


def test_a_riot_at_a_foreign_mission_after_a_protest_stays_a_protest(code):
    events = triples(code("Thousands of Sudanese demonstrated in Khartoum against an anti-Islam film. "
                          "Protesters set fire to the German embassy."))
    assert not any(p == "ASSAULT" for _, p, _ in events)


# -- a crowd out in the streets to demand something makes the demand too -----------------------------------
def test_a_crowd_taking_to_the_streets_to_demand_makes_the_demand(code):
    events = triples(code("Hundreds of thousands of Chileans took to the streets to demand the resignation of "
                          "President Pinera."))
    assert ("CHLCVL", "PROTEST", "CHLGOV") in events
    assert ("CHLCVL", "REQUEST", "CHLGOV") in events


def test_a_rally_to_demand_something_stays_the_protest_alone(code):
    events = triples(code("Hundreds of thousands of Serbs rallied in Belgrade to demand that Slobodan Milosevic "
                          "concede defeat."))
    assert any(p == "PROTEST" for _, p, _ in events)
    assert not any(p == "REQUEST" for _, p, _ in events)
