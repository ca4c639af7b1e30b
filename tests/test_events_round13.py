"""Event coder, round 13: conventions several annotators share. An attack on ground marked as the
rebels' (positions, camps, hideouts of rebels, militants, insurgents) is aimed at the rebels of the
country it lies in, not at the country (gold, fresh4 and fresh6 code "struck rebel positions in Mali",
"militant training camps in Afghanistan" as MLIREB / AFGREB); missiles or rockets fired at something
in a foreign place with no actor named are aimed at that place's country; joined objects struck in two
countries are an attack on each (gold, fresh4, fresh6); and a 'killing' clause hung on an attack just
coded tells its toll, not a second attack on the doer's own civilians (gold, fresh, fresh2, fresh6).
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- ground marked as the rebels' ------------------------------------------------------------------------
def test_rebel_positions_abroad_are_the_rebels_of_that_country(code):
    events = triples(code("Chadian aircraft bombed rebel positions in northern Mali."))
    assert ("TCDMIL", "ASSAULT", "MLIREB") in events
    assert ("TCDMIL", "ASSAULT", "MLI") not in events


def test_militant_camps_at_home_are_the_countrys_rebels(code):
    events = triples(code("Egyptian troops raided militant hideouts in the Sinai peninsula."))
    assert ("EGYMIL", "ASSAULT", "EGYREB") in events


def test_guerrilla_camps_are_not_civilians(code):
    events = triples(code("Peruvian army helicopters attacked guerrilla camps in the jungle."))
    assert ("PERMIL", "ASSAULT", "PERREB") in events
    assert not any(t == "PERCVL" for _, _, t in events)


def test_plain_ground_keeps_its_country(code):
    # no rebel word on the ground attacked: the rule leaves the coding as it was
    events = triples(code("Russian missiles struck power stations across Ukraine."))
    assert ("RUSMIL", "ASSAULT", "UKR") in events
    assert not any(t and t.endswith("REB") for _, _, t in events)


# -- fired at something in a foreign place -----------------------------------------------------------------
def test_missiles_fired_at_a_building_in_a_foreign_city(code):
    events = triples(code("Hamas fighters fired rockets at a power plant in Ashkelon."))
    assert any(p == "ASSAULT" and t == "ISR" for _, p, t in events)


def test_missiles_fired_at_a_city_with_no_actor_named(code):
    events = triples(code("Iraq fired Scud missiles at Riyadh on Sunday."))
    assert ("IRQ", "ASSAULT", "SAU") in events


# -- joined objects struck in two countries --------------------------------------------------------------
def test_joined_objects_in_two_countries_are_each_attacked(code):
    events = triples(code("Israeli jets struck an arms depot in Syria and a militia convoy in Lebanon."))
    assert ("ISRMIL", "ASSAULT", "SYR") in events
    assert ("ISRMIL", "ASSAULT", "LBN") in events


def test_joined_objects_in_one_country_stay_one_attack(code):
    events = triples(code("Russian missiles struck a bridge in Kyiv and a power plant in Lviv."))
    assert ("RUSMIL", "ASSAULT", "UKR") in events
    assert all(t == "UKR" for _, p, t in events if p == "ASSAULT")      # one country: one attack


# -- the toll of an attack ---------------------------------------------------------------------------------
def test_a_killing_clause_is_the_toll_of_the_attack(code):
    events = triples(code("A Russian drone hit an apartment block in Odesa, killing twelve people."))
    assert ("RUSMIL", "ASSAULT", "UKRCVL") in events
    assert ("RUSMIL", "ASSAULT", "RUSCVL") not in events


def test_armed_victims_of_a_killing_clause_stay_an_attack_on_them(code):
    events = triples(code("North Korean artillery shelled a South Korean island, killing three South Korean soldiers."))
    assert ("PRKMIL", "ASSAULT", "KORMIL") in events


def test_a_killing_clause_with_no_attack_coded_stays(code):
    # bombs that exploded: no attack was coded before the 'killing' clause, which is the attack
    events = triples(code("Two bombs exploded on a train in Madrid, killing forty people."))
    assert (None, "ASSAULT", "ESPCVL") in events
