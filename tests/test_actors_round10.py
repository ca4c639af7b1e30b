"""Actor resolution, round 10: descriptions that resolved to nothing. Whole classes of the people, armed men and
officials that wire copy names without a country word, counted people as what is done to them or as doers of their
own clause, and where such a description takes its country from (a town of its own sentence that no dictionary
knows; not a news agency). Sentences written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


# -- role words: people, armed men and officials named bare (data/titles.yaml) ------------------------------

def test_people_of_wire_copy_are_civilians_of_the_context(nlp, resolver):
    found = found_on(nlp, resolver, "Gunmen abducted 27 passengers from a bus in Pakistan's Punjab province. "
                                     "Angry motorists blocked the highway, and tribesmen joined them.", 2016, 3, 3)
    assert found["27 passengers"] == {"PAKCVL"}
    assert found["Angry motorists"] == {"PAKCVL"}
    assert found["tribesmen"] == {"PAKCVL"}
    found = found_on(nlp, resolver, "Peasants occupied a ranch in Brazil's Para state on Tuesday.", 1996, 4, 18)
    assert found["Peasants"] == {"BRACVL"}


def test_armed_men_named_bare_are_rebels_of_the_context(nlp, resolver):
    found = found_on(nlp, resolver, "Bandits killed 18 villagers in Nigeria's Katsina state on Tuesday.", 2022, 5, 10)
    assert found["Bandits"] == {"NGAREB"}
    found = found_on(nlp, resolver, "Suicide bombers struck a market in Iraq, and militiamen fired on the crowd.",
                     2008, 1, 17)
    assert found["Suicide bombers"] == {"IRQREB"}
    assert found["militiamen"] == {"IRQREB"}
    # unnamed ones stay nobody's, as "unidentified gunmen" do
    found = found_on(nlp, resolver, "Unidentified snipers fired on a bus in Syria.", 2012)
    assert not any(text.endswith("snipers") for text in found)


def test_criminals_named_bare_are_of_the_context(nlp, resolver):
    found = found_on(nlp, resolver, "Mexican police arrested two gang members on Monday. Drug traffickers had "
                                     "shot a mayor in Michoacan.", 2018)
    assert found["two gang members"] == {"MEXCRM"}
    assert found["Drug traffickers"] == {"MEXCRM"}


# -- counted people --------------------------------------------------------------------------------------------

def test_counted_people_taken_or_held_are_civilians(nlp, resolver):
    found = found_on(nlp, resolver, "Police in Lagos arrested 12 people after a riot.", 2020)
    assert found["12 people"] == {"NGACVL"}
    found = found_on(nlp, resolver, "Gunmen abducted 30 people from a village in Nigeria's Zamfara state.", 2021)
    assert found["30 people"] == {"NGACVL"}


def test_counted_victims_of_a_passive_are_civilians(nlp, resolver):
    found = found_on(nlp, resolver, "At least 40 people were killed when militiamen attacked a camp in Congo's "
                                     "Ituri province.", 2022, 2, 2)
    assert found["At least 40 people"] == {"CODCVL"}
    # people said to do something passive are no victims: "12 people were seen" stays unread
    found = found_on(nlp, resolver, "In Congo, 12 people were seen near the camp.", 2022)
    assert "12 people" not in found


def test_counted_people_doing_something_in_a_clause_of_their_own(nlp, resolver):
    found = found_on(nlp, resolver, "Belarusian riot police used stun grenades against thousands of people "
                                     "protesting in Minsk.", 2020, 8, 10)
    assert found["thousands of people"] == {"BLRCVL"}
    found = found_on(nlp, resolver, "Soldiers in Yemen fired on hundreds of people who had gathered outside "
                                     "the palace.", 2011)
    assert found["hundreds of people"] == {"YEMCVL"}


# -- where a bare description takes its country from -----------------------------------------------------

def test_a_news_agency_lends_no_country(nlp, resolver):
    found = found_on(nlp, resolver, "KABUL (Reuters) - Gunmen stormed a wedding hall on Saturday, residents said.",
                     2019)
    assert found["Gunmen"] == {"AFGREB"}
    assert found["residents"] == {"AFGCVL"}
    from dateline.actors import ActorResolver
    assert ActorResolver().lexicon.actor_for("MED").country is None


def test_a_town_of_the_sentence_before_a_country_of_another(nlp, resolver):
    found = found_on(nlp, resolver, "Gunmen killed 12 villagers in Zamfara on Sunday. The United States condemned "
                                     "the attack.", 2021)
    assert found["Gunmen"] == {"NGAREB"}
    assert found["12 villagers"] == {"NGACVL"}
    found = found_on(nlp, resolver, "French President Francois Hollande flew to Mali. In Gao, residents said the "
                                     "market had reopened.", 2016)
    assert found["residents"] == {"MLICVL"}


def test_a_town_of_the_sentence_does_not_override_what_the_rules_read(nlp, resolver):
    # a state voice goes on acting for the subject before it; a capital is a mention the rules read already
    found = found_on(nlp, resolver, "The Kenyan government deployed troops on Monday. Officials in Garissa said "
                                     "the border was closed.", 2015)
    assert found["Officials"] == {"KENGOV"}
    found = found_on(nlp, resolver, "Ugandan President Idi Amin expelled the Asians. Britain's prime minister said "
                                     "London would take in the refugees.", 1972, 8, 10)
    assert found["the refugees"] == {"UGAREF"}


def test_rulers_in_their_capital_are_of_its_country(nlp, resolver):
    found = found_on(nlp, resolver, "The generals in Rangoon rejected the appeal from Washington.", 1989)
    assert found["The generals"] == {"MMRMIL"}


def test_a_group_a_foreign_army_fires_on_is_no_topic(nlp, resolver):
    # "on" after a verb of force names its target, whose country the victims and witnesses share
    found = found_on(nlp, resolver, "American troops fired on a crowd in Fallujah, killing 13 people. Residents said "
                                     "the demonstrators were unarmed.", 2003, 4, 29)
    assert found["13 people"] == {"IRQCVL"}
    assert found["Residents"] == {"IRQCVL"}
