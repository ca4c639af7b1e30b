"""Event coder, round 26: the violent types (ASSAULT, COERCE), on conventions shared by three or more studied sets.
A toll with no doer told in a relative clause ("after weeks of protests in which 300 people were killed", "the
sinking of the Cheonan, an incident that killed 46 sailors", "air raids in which, it said, 20 people were killed")
describes the thing it hangs on: fresh2, fresh6 and GSR code no attack from it. A toll told as the news itself
stays an attack. A capital struck as a city ("air strikes on Baghdad") is the country's ground, not its government
(heldout, fresh3, GSR). A state coercing its own people is its government (no studied set codes a bare country there;
gold, fresh_even, fresh2, fresh5, fresh6 code GOV), and speech restricted ("shut down the internet", "imposed a
communications blackout") is restricted for the country's citizens (gold, fresh_even, fresh2). Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a toll with no doer in a relative clause is background, not an attack ----------------------------------
def test_a_toll_in_an_in_which_clause_is_no_attack(code):
    events = triples(code("Kyrgyzstan's president resigned after days of protests in which 80 people were killed."))
    assert ("KGZGOV", "CONCEDE", "KGZCVL") in events
    assert not any(p == "ASSAULT" for _, p, _ in events)


def test_a_toll_in_a_that_clause_is_no_attack(code):
    events = triples(code("Tokyo protested over the sinking of a fishing boat, an incident that killed nine fishermen."))
    assert not any(p == "ASSAULT" for _, p, _ in events)


def test_a_reported_toll_in_an_in_which_clause_is_no_attack(code):
    events = triples(code("Nepal protested over air raids in which, it said, 30 people were killed."))
    assert not any(p == "ASSAULT" for _, p, _ in events)


def test_a_toll_told_as_the_news_stays_an_attack(code):
    assert (None, "ASSAULT", "SYRCVL") in triples(code("Ninety people were killed in the Syrian town of Houla on Friday."))
    assert (None, "ASSAULT", "AFGCVL") in triples(code("A car bomb killed 40 people at a market in Kabul."))


def test_a_killing_with_its_doer_named_in_a_relative_clause_stays_an_attack(code):
    events = triples(code("Aid agencies reached the village where Russian troops killed 30 civilians."))
    assert any(s == "RUSMIL" and p == "ASSAULT" for s, p, _ in events)


# -- a capital struck as a city is the country --------------------------------------------------------------
def test_air_strikes_on_a_capital_hit_the_country(code):
    assert ("USAMIL", "ASSAULT", "IRQ") in triples(code("U.S.-led forces launched air strikes on Baghdad early on Thursday."))
    assert ("NATO", "ASSAULT", "SRB") in triples(code("NATO bombed Belgrade for the third night."))


def test_a_capital_struck_with_another_city_is_the_country(code):
    events = triples(code("U.S. aircraft bombed Tripoli and Benghazi."))
    assert ("USAMIL", "ASSAULT", "LBY") in events
    assert not any(t == "LBYGOV" for _, _, t in events)


def test_a_capital_named_as_an_actor_stays_its_government(code):
    assert ("UKRGOV", "ACCUSE", "RUSGOV") in triples(code("Kyiv accused Moscow of shelling the Zaporizhzhia plant."))


# -- a state coercing its own people is its government ------------------------------------------------------
def test_a_country_arresting_its_own_people_is_its_government(code):
    assert ("IRNGOV", "COERCE", "IRNCVL") in triples(code("Iran arrested dozens of protesters in Tehran."))


def test_a_country_coercing_foreigners_stays_the_country(code):
    assert ("SAU", "COERCE", "ETHCVL") in triples(code("Saudi Arabia deported thousands of Ethiopian migrant workers."))


# -- speech restricted is restricted for the country's citizens ---------------------------------------------
def test_a_communications_blackout_is_coercion_of_the_citizens(code):
    events = triples(code("India revoked the special status of Jammu and Kashmir and imposed a communications "
                          "blackout on the region."))
    assert ("INDGOV", "COERCE", "INDCVL") in events


def test_shutting_down_the_internet_is_coercion_of_the_citizens(code):
    assert ("MMRGOV", "COERCE", "MMRCVL") in triples(code("Myanmar's junta shut down the internet."))
