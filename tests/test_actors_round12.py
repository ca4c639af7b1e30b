"""Actor resolution, round 12: conventions that the annotators of three or more studied sets share. Plural groups
named by a noun alone are the people of the story's country; a political party named by a country word or a name is
that country's opposition; capitals that wire copy uses for a government; "its" of a country named itself is the
country, inside a prepositional phrase; "the country" or "the kingdom" after a country named only as a place,
and "the former Soviet republic", are the country named before. Sentences written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def test_a_plural_group_named_alone_is_of_the_story_country(nlp, resolver):
    found = found_on(nlp, resolver, "Police fired tear gas in Nairobi. Pensioners said the cuts were unfair, and "
                                     "businessmen blamed the government.", 2015)
    assert found["Pensioners"] == {"KENCVL"}
    assert found["businessmen"] == {"KENBUS"}
    found = found_on(nlp, resolver, "Magistrates in Karachi ordered the release of 40 detainees.", 2013)
    assert found["Magistrates in Karachi"] == {"PAKJUD"}
    found = found_on(nlp, resolver, "Detectives in Johannesburg arrested three men over the killing.", 2014)
    assert found["Detectives in Johannesburg"] == {"ZAFCOP"}
    # with no country in the story the group stays nobody's
    assert "Pensioners" not in found_on(nlp, resolver, "Pensioners said the cuts were unfair.", 2015)


def test_a_party_named_by_a_country_word_or_a_name_is_the_opposition(nlp, resolver):
    found = found_on(nlp, resolver, "The main Kenyan parties rejected the new electoral law.", 2016)
    assert found["The main Kenyan parties"] == {"KENOPP"}
    found = found_on(nlp, resolver, "Odinga's party said it would boycott the rerun in Kenya.", 2017)
    assert found["Odinga's party"] == {"KENOPP"}
    assert found["it"] == {"KENOPP"}
    # the party of a head of government rules; a ruling party stays the government; a party that is no party
    # of a country is nobody's
    assert found_on(nlp, resolver, "Erdogan's party won the election in Turkey.", 2015)["Erdogan's party"] == {"TURGOV"}
    assert found_on(nlp, resolver, "Kenyan officials said the ruling party had won.", 2017)["the ruling party"] == \
        {"KENGOV"}
    assert not found_on(nlp, resolver, "The party was held in a Nairobi hotel.", 2017)


def test_capitals_that_wire_copy_uses_for_a_government(nlp, resolver):
    found = found_on(nlp, resolver, "Abidjan accused its neighbour of arming the rebels.", 2002)
    assert found["Abidjan"] == {"CIVGOV"}
    found = found_on(nlp, resolver, "Ulan Bator recalled its ambassador.", 1995)
    assert found["Ulan Bator"] == {"MNGGOV"}


def test_its_of_a_country_in_a_prepositional_phrase_is_the_country(nlp, resolver):
    found = found_on(nlp, resolver, "Saudi Arabia admitted that the journalist had died inside its consulate in "
                                     "Istanbul.", 2018, 10, 20)
    assert found["its"] == {"SAU"}
    assert found["its consulate"] == {"SAUGOV"}
    found = found_on(nlp, resolver, "Thaci said Kosovo would be a democratic state for all its citizens.", 2008)
    assert found["its"] == {"XKX"}
    # a clause's object stays one actor for the event coder, and so does a military body after a preposition
    assert "its" not in found_on(nlp, resolver, "Portugal put its navy on alert.", 2019)
    assert "its" not in found_on(nlp, resolver, "Israel declared a ceasefire in its offensive against Hamas.", 2009)


def test_the_country_named_only_as_a_place_is_the_one_described(nlp, resolver):
    found = found_on(nlp, resolver, "Protests spread across Bahrain on Monday. The kingdom declared a state of "
                                     "emergency.", 2011, 3, 15)
    assert found["The kingdom"] == {"BHR"}
    # a country named as an actor before still comes first
    found = found_on(nlp, resolver, "Floods hit Nepal on Monday. The Himalayan nation appealed for aid.", 2015)
    assert found["The Himalayan nation"] == {"NPL"}


def test_a_former_soviet_republic_is_the_successor_state_named_before(nlp, resolver):
    found = found_on(nlp, resolver, "Mass protests erupted in Georgia. The former Soviet republic's parliament "
                                     "approved the law anyway.", 2024, 5, 14)
    assert found["The former Soviet republic's parliament"] == {"GEOLEG"}
    found = found_on(nlp, resolver, "Kazakhstan held elections. The ex-Soviet state has been ruled by one man "
                                     "since 1991.", 2005)
    assert found["The ex-Soviet state"] == {"KAZ"}
    # the old state itself and its leaders keep the successor's code
    assert found_on(nlp, resolver, "Former Soviet leader Mikhail Gorbachev died on Tuesday.", 2022, 8, 31)[
        "Former Soviet leader Mikhail Gorbachev"] == {"RUSGOV"}
