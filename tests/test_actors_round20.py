"""Actor resolution, round 20: names and bodies in no dictionary whose code must come from the words around them,
found with a probe bank written and labelled before the resolver ran (`tests/data/actor_probes_round20.jsonl`). A
name the parser does not tag as a person takes the one-person description in apposition to it; a name whose relative
clause heads, leads or commands a body is of that body; trade unions by name are LAB; a state's "Defence Forces" by
name are its military. Sentences written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def test_a_name_not_tagged_as_a_person_takes_its_apposed_description(nlp, resolver):
    found = found_on(nlp, resolver, "Tenzin Dorje, a Nepali student leader, said students would keep marching.",
                     2011, 9, 27)
    assert found["Tenzin Dorje"] == {"NPLCVL"}
    found = found_on(nlp, resolver, "Violence spread across Kenya after the vote. Odhiambo, a bus driver in Kisumu, "
                     "said gangs had burned his house.", 2008, 1, 2)
    assert found["Odhiambo"] == {"KENCVL"}
    # a body in apposition makes a body, not a person ("it" is the company)
    found = found_on(nlp, resolver, "Sahel Gold, a Canadian company, said it would close the mine.", 2015)
    assert found["Sahel Gold"] == {"CANBUS"}
    # places in apposition are no actor of a description
    found = found_on(nlp, resolver, "Gao, a town in Mali, fell to the rebels.", 2012)
    assert "Gao" not in found


def test_a_name_whose_relative_clause_leads_a_body_is_of_that_body(nlp, resolver):
    found = found_on(nlp, resolver, "Foday Kamara, who heads the army, told reporters that Freetown was safe.", 2000, 5, 9)
    assert found["Foday Kamara"] == {"SLEMIL"}
    found = found_on(nlp, resolver, "Ahmad Yusufzai, who chairs Afghanistan's election commission, said the count "
                     "would take weeks.", 2014, 6, 20)
    assert found["Ahmad Yusufzai"] == {"AFGGOV"}
    found = found_on(nlp, resolver, "Juan Pablo Ortiz, who commands the Guatemalan army's northern brigade, denied "
                     "the massacre.", 1982, 7, 18)
    assert found["Juan Pablo Ortiz"] == {"GTMMIL"}
    found = found_on(nlp, resolver, "Maria Quispe, who heads the Bolivian teachers' union, called a national strike.",
                     2018, 4, 5)
    assert found["Maria Quispe"] == {"BOLLAB"}
    # a known person keeps the dictionary's office
    found = found_on(nlp, resolver, "Nikol Pashinyan, who leads the opposition Civil Contract party, said the "
                     "protests would continue in Yerevan.", 2018, 4, 23)
    assert found["Nikol Pashinyan"] == {"ARMOPP"}


def test_trade_unions_by_name_are_labour(nlp, resolver):
    found = found_on(nlp, resolver, "The Union of Teachers called a strike across Senegal.", 2011, 5, 17)
    assert found["The Union of Teachers"] == {"SENLAB"}
    found = found_on(nlp, resolver, "The National Union of Mineworkers called a strike in South Africa.", 2012)
    assert found["The National Union of Mineworkers"] == {"ZAFLAB"}
    found = found_on(nlp, resolver, "The Confederation of Ethiopian Trade Unions said workers would stay at home.",
                     2005, 10, 12)
    assert found["The Confederation of Ethiopian Trade Unions"] == {"ETHLAB"}
    # a union head with no word of labour is no union ("the Union for the Republic", a party)
    found = found_on(nlp, resolver, "The Union for the Republic won the vote in Niger.", 2011)
    assert not any(code.endswith("LAB") for codes in found.values() for code in codes)
    found = found_on(nlp, resolver, "Crowds gathered outside the Union Buildings in Pretoria.", 2013)
    assert "the Union Buildings" not in found


def test_a_states_defence_forces_by_name_are_its_military(nlp, resolver):
    found = found_on(nlp, resolver, "The Kenya Defence Forces said they had crossed into Somalia.", 2011, 10, 16)
    assert found["The Kenya Defence Forces"] == {"KENMIL"}
    assert found["they"] == {"KENMIL"}
    found = found_on(nlp, resolver, "The Rwanda Defence Force denied sending troops into eastern Congo.", 2013)
    assert found["The Rwanda Defence Force"] == {"RWAMIL"}
    # a force with no defence word in its name is left to the dictionaries
    found = found_on(nlp, resolver, "The Rapid Support Forces attacked El Fasher.", 2024)
    assert found["The Rapid Support Forces"] == {"SDNREB"}
