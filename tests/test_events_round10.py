"""Event coder, round 10 (issue 6): a second event carried by a participle or clause beside the main one (a
crowd under fire protesting), targets the annotators infer from context (what citizens demand of their own
government, the attacker that forces flee, the armed men a refusal answers), and protest phrases not read
before.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- what citizens demand with no one named, they demand of their own government --------------------
def test_citizens_demand_of_their_own_government(code):
    events = triples(code("Georgian opposition supporters rallied in Tbilisi, demanding early elections."))
    assert ("GEOOPP", "REQUEST", "GEOGOV") in events


def test_an_opposition_call_for_a_vote_is_made_of_the_government_but_a_states_is_not(code):
    events = triples(code("Bolivian opposition candidate Carlos Mesa called for a new vote."))
    assert ("BOLOPP", "REQUEST", "BOLGOV") in events
    # only citizens, the opposition and unions demand of their own government by convention
    events = triples(code("The Bolivian government called for a new vote."))
    assert not any(p == "REQUEST" and t == "BOLGOV" for _, p, t in events)


# -- a crowd under fire whose protest is told beside it -------------------------------------------
def test_protesters_marking_an_anniversary_under_fire_protest_but_a_crowd_merely_fired_on_does_not(code):
    events = triples(code("Kenyan police fired live rounds at protesters marking the anniversary of the "
                          "election in Nairobi."))
    assert ("KENCVL", "PROTEST", "KENGOV") in events
    events = triples(code("Uzbek troops fired on demonstrators in Andijan."))
    assert not any(p == "PROTEST" for _, p, _ in events)


def test_protesters_against_police_brutality_protest_against_the_police(code):
    events = triples(code("Nigerian soldiers opened fire on protesters against police brutality in Lagos."))
    assert ("NGACVL", "PROTEST", "NGACOP") in events


def test_demonstrators_arrested_carrying_flags_protest_against_the_government(code):
    events = triples(code("Belarusian police detained demonstrators carrying red-and-white flags in Minsk."))
    assert ("BLRCVL", "PROTEST", "BLRGOV") in events


# -- a crowd dispersed with tear gas or water cannon is coerced as well as attacked ---------------------
def test_tear_gas_fired_at_a_crowd_coerces_it_as_well(code):
    events = triples(code("Kenyan riot police fired tear gas at opposition supporters in Kisumu."))
    assert ("KENCOP", "COERCE", "KENOPP") in events
    assert ("KENCOP", "ASSAULT", "KENOPP") in events


def test_water_cannon_coerces_but_live_rounds_fired_with_tear_gas_are_an_attack_only(code):
    events = triples(code("French police used water cannon to disperse farmers in Paris."))
    assert ("FRACOP", "COERCE", "FRACVL") in events
    events = triples(code("Kenyan police fired tear gas and live rounds at protesters in Nairobi."))
    assert ("KENCOP", "ASSAULT", "KENCVL") in events
    assert not any(p == "COERCE" for _, p, _ in events)


# -- forces giving way to the attacker ------------------------------------------------------------
def test_troops_abandoning_their_posts_retreat_from_the_attacker(code):
    events = triples(code("Islamist fighters seized the Iraqi town of Tikrit as thousands of Iraqi soldiers "
                          "abandoned their posts."))
    assert ("IRQMIL", "RETREAT", "IRQREB") in events


def test_troops_fleeing_retreat_from_the_attacker_but_a_leader_fleeing_makes_a_journey(code):
    events = triples(code("Rebels captured the Congolese town of Bukavu as government troops fled."))
    assert ("CODMIL", "RETREAT", "CODREB") in events
    events = triples(code("The Haitian president fled to Jamaica."))
    assert not any(p == "RETREAT" for _, p, _ in events)


# -- each doer of one attack answers the reaction to it -------------------------------------------
def test_each_of_the_joint_attackers_is_accused_of_the_attack(code):
    events = triples(code("Saudi Arabia and the United Arab Emirates bombed Houthi positions in Yemen, and Iran "
                          "condemned the attack."))
    assert ("IRN", "ACCUSE", "SAU") in events
    assert ("IRN", "ACCUSE", "ARE") in events


# -- a refusal answers armed men themselves ------------------------------------------------------
def test_a_refusal_answers_the_armed_men_themselves(code):
    events = triples(code("Kuwaiti villagers refused to surrender to the invading Iraqi troops."))
    assert ("KWTCVL", "REJECT", "IRQMIL") in events


# -- crowds filling the streets -----------------------------------------------------------------
def test_crowds_massing_in_the_streets_protest(code):
    events = triples(code("Hundreds of thousands of Filipinos massed in the streets of Manila."))
    assert ("PHLCVL", "PROTEST", "PHLGOV") in events


def test_crowds_pouring_into_the_streets_protest(code):
    events = triples(code("Tens of thousands of Serbs poured into the streets of Belgrade."))
    assert ("SRBCVL", "PROTEST", "SRBGOV") in events
