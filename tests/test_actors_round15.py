"""Actor resolution, round 15: descriptions and spans the resolver found nothing on, in the forms wire copy uses
for them. Wire-copy synonyms of sector classes whose gold holds in three or more studied sets (the people and
units of armies, unnamed hostage-takers, state-run press, town councils and spy agencies), the people of an
international organisation after its possessive ("the bloc's leaders"), diplomats after an embassy, and a state
voice that goes on for the main subject of the sentence before, not the subject of a clause that it reports.
Sentences written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def test_the_people_and_units_of_an_army_are_its_military(nlp, resolver):
    found = found_on(nlp, resolver, "Allied warplanes bombed Baghdad, and Iraqi anti-aircraft gunners fired into the "
                                     "night sky.", 1991)
    assert found["Iraqi anti-aircraft gunners"] == {"IRQMIL"}
    found = found_on(nlp, resolver, "Fighting broke out in Aleppo, Syria. The servicemen said the talks had failed.",
                     2012)
    assert found["The servicemen"] == {"SYRMIL"}
    assert found_on(nlp, resolver, "Syrian pilots bombed the town.", 2012)["Syrian pilots"] == {"SYRMIL"}
    # pilots with no country word may fly airliners: no mention
    assert "The pilots" not in found_on(nlp, resolver, "Fighting broke out in Aleppo, Syria. The pilots landed "
                                                       "safely.", 2012)


def test_unnamed_hostage_takers_are_rebels_where_they_act(nlp, resolver):
    found = found_on(nlp, resolver, "Islamist gunmen seized a gas plant in Algeria. The hostage-takers demanded a "
                                     "ransom.", 2013)
    assert found["The hostage-takers"] == {"DZAREB"}


def test_state_run_press_is_media(nlp, resolver):
    found = found_on(nlp, resolver, "China's state-run press accused Taiwan of seeking independence.", 1995)
    assert found["China's state-run press"] == {"CHNMED"}
    found = found_on(nlp, resolver, "South Korea said a warship had sunk. State TV showed rescue boats.", 2010)
    assert found["State TV"] == {"KORMED"}


def test_local_bodies_and_spy_agencies_are_the_government(nlp, resolver):
    found = found_on(nlp, resolver, "Fighting broke out in Aleppo, Syria. The city council said the talks had "
                                     "failed.", 2012)
    assert found["The city council"] == {"SYRGOV"}
    assert found_on(nlp, resolver, "Pakistan's spy agency denied the report.", 2011)["Pakistan's spy agency"] == \
        {"PAKGOV"}


def test_the_people_of_an_international_organisation_after_its_possessive_are_it(nlp, resolver):
    found = found_on(nlp, resolver, "Britain voted to leave the European Union. The bloc's leaders met in Brussels "
                                     "to discuss the result.", 2016)
    assert found["The bloc's leaders"] == {"EU"}
    found = found_on(nlp, resolver, "The African Union suspended Mali. The organisation's leaders demanded "
                                     "elections.", 2012)
    assert found["The organisation's leaders"] == {"AU"}
    # a country's body keeps round 8 ("the rebels' leader" is the rebels')
    found = found_on(nlp, resolver, "Sierra Leone's rebels freed 50 peacekeepers. The rebels' leader, Foday Sankoh, "
                                     "was still missing.", 2000)
    assert found["The rebels' leader"] == {"SLEREB"}


def test_diplomats_after_an_embassy_are_its_countrys(nlp, resolver):
    found = found_on(nlp, resolver, "Iranian students seized the U.S. embassy in Tehran and took 52 diplomats "
                                     "hostage.", 1979)
    assert any(code == {"USAGOV"} for text, code in found.items() if text.startswith("52 diplomats"))
    found = found_on(nlp, resolver, "Protesters stormed the British embassy in Tehran on Tuesday. Diplomats were "
                                     "evacuated to a compound outside the city.", 2011)
    assert found["Diplomats"] == {"GBRGOV"}
    # with no embassy, the story's country (unchanged)
    assert found_on(nlp, resolver, "Chinese officials met diplomats in Beijing.", 2001)["diplomats"] == {"CHNGOV"}


def test_a_state_voice_goes_on_for_the_main_subject_of_the_sentence_before(nlp, resolver):
    found = found_on(nlp, resolver, "Iraqi officials said American missiles struck Baghdad before dawn. A government "
                                     "spokesman called the attack a crime.", 2003)
    assert found["A government spokesman"] == {"IRQGOV"}
    # round 5's subject of the sentence before is unchanged
    found = found_on(nlp, resolver, "The Kenyan government deployed police to the border with Somalia. Officials "
                                     "said the attackers had fled.", 2011)
    assert found["Officials"] == {"KENGOV"}


def test_a_titled_official_whose_sentence_names_countries_after_him_goes_on_for_the_main_subject_before(nlp, resolver):
    # (2026-11-28: the same main-clause reading when his own sentence names other countries after him)
    found = found_on(nlp, resolver, "Indonesian troops landed in Dili, the capital of East Timor, nine days after "
                                     "Fretilin declared the territory independent of Portugal. Foreign Minister Adam "
                                     "Malik said Jakarta had acted at the request of pro-Indonesian Timorese parties.", 1975)
    assert found["Foreign Minister Adam Malik"] == {"IDNGOV"}


def test_a_country_description_as_subject_goes_on_for_the_subject_before(nlp, resolver):
    found = found_on(nlp, resolver, "Kim Jong Un met Donald Trump in Singapore. The reclusive state promised to work "
                                     "toward denuclearisation.", 2018, 6, 12)
    assert found["The reclusive state"] == {"PRK"}
    found = found_on(nlp, resolver, "Netanyahu met Obama at the White House. The Jewish state has opposed the "
                                     "nuclear deal.", 2015)
    assert found["The Jewish state"] == {"ISR"}
    # not as an object: "Russia was trying to destabilise the country" (round 12) is unchanged
    found = found_on(nlp, resolver, "Protests spread across Bahrain. The kingdom declared a state of emergency.", 2011)
    assert found["The kingdom"] == {"BHR"}
