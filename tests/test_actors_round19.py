"""Actor resolution, round 19: classes found with a probe bank of wire-copy shapes written and labelled before the
resolver ran (`tests/data/actor_probes_round19.jsonl`). A country word before "anti-government" keeps the group's own
sector; people named by their trade or deed are civilians named alone; a party's or a group's wing is of its actor;
bare rebels are of the state their clause fights; "planes" are an air force; "the Lebanese group" is the group named
before; heads of state named by the surname alone; "the ambassador" after an embassy is its envoy. Sentences written
for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def test_a_country_word_before_anti_government_keeps_the_groups_sector(nlp, resolver):
    found = found_on(nlp, resolver, "Thai anti-government protesters occupied the finance ministry in Bangkok.",
                     2013, 11, 24)
    assert found["Thai anti-government protesters"] == {"THACVL"}
    found = found_on(nlp, resolver, "Syrian anti-government demonstrators filled the main square of Hama.", 2011, 7, 8)
    assert found["Syrian anti-government demonstrators"] == {"SYRCVL"}
    found = found_on(nlp, resolver, "Syrian pro-government militias attacked the village.", 2012)
    assert found["Syrian pro-government militias"] == {"SYRREB"}


def test_people_named_by_their_trade_are_civilians_named_alone(nlp, resolver):
    found = found_on(nlp, resolver, "Coca growers blocked the main highway to La Paz.", 2003, 9, 18)
    assert found["Coca growers"] == {"BOLCVL"}
    found = found_on(nlp, resolver, "Israeli police shot dead four Palestinian stone-throwers in Hebron.", 2000, 9, 29)
    assert found["four Palestinian stone-throwers"] == {"PSECVL"}
    found = found_on(nlp, resolver, "Street vendors in Tunis protested against police.", 2011)
    assert found["Street vendors in Tunis"] == {"TUNCVL"}


def test_a_wing_of_a_party_or_group_is_of_its_actor(nlp, resolver):
    found = found_on(nlp, resolver, "The ruling party's youth wing marched through Kampala.", 2016, 3, 20)
    assert found["The ruling party's youth wing"] == {"UGAGOV"}
    found = found_on(nlp, resolver, "The ANC Youth League called for the nationalisation of South Africa's mines.",
                     2011, 4, 12)
    assert found["The ANC Youth League"] == {"ZAFGOV"}
    found = found_on(nlp, resolver, "Hamas's armed wing said it had fired rockets at Tel Aviv.", 2014, 7, 9)
    assert found["Hamas's armed wing"] == {"PSEREB"}
    assert found["it"] == {"PSEREB"}
    # no wing noun after a modifier: "right wing" is no wing of ours, the country stays
    found = found_on(nlp, resolver, "Israel's right wing opposed the deal.", 2010)
    assert "Israel's right wing" not in found


def test_bare_rebels_are_of_the_state_their_clause_fights(nlp, resolver):
    found = found_on(nlp, resolver, "Rwandan and Ugandan troops backed rebels fighting Laurent Kabila's government "
                                     "in Congo.", 1998, 8, 2)
    assert found["rebels"] == {"CODREB"}
    found = found_on(nlp, resolver, "Chad accused Sudan of arming rebels fighting the Chadian government.", 2006, 4, 13)
    assert found["rebels"] == {"TCDREB"}
    found = found_on(nlp, resolver, "South Africa supplied rebels battling the Angolan army.", 1985, 6, 10)
    assert found["rebels"] == {"AGOREB"}


def test_planes_of_a_country_or_an_organisation_are_its_air_force(nlp, resolver):
    found = found_on(nlp, resolver, "Russian planes bombed rebel positions near Homs.", 2015, 10, 5)
    assert found["Russian planes"] == {"RUSMIL"}
    found = found_on(nlp, resolver, "NATO planes hit a passenger train south of Belgrade.", 1999, 4, 12)
    assert found["NATO planes"] == {"NATO"}
    found = found_on(nlp, resolver, "Syrian government planes bombed Aleppo.", 2012, 8, 1)
    assert found["Syrian government planes"] == {"SYRMIL"}


def test_the_groups_own_country_word_describes_the_group_named_before(nlp, resolver):
    found = found_on(nlp, resolver, "Hezbollah fighters captured two Israeli soldiers. The Lebanese group said it "
                                     "would swap them for prisoners.", 2006, 7, 13)
    assert found["The Lebanese group"] == {"LBNREB"}
    assert "Lebanese" not in found
    found = found_on(nlp, resolver, "Boko Haram gunmen attacked churches in Kano. The Nigerian group said it wanted "
                                     "Islamic law.", 2012, 1, 21)
    assert found["The Nigerian group"] == {"NGAREB"}
    # another country's word: not the group named before
    found = found_on(nlp, resolver, "Hamas fighters fired rockets at Sderot. The Lebanese group said it would keep "
                                     "firing.", 2008)
    assert "The Lebanese group" not in found


def test_heads_of_state_are_named_by_the_surname_alone(nlp, resolver):
    found = found_on(nlp, resolver, "Critics said Karimov had ordered the shooting.", 2005, 5, 14)
    assert found["Karimov"] == {"UZBGOV"}
    found = found_on(nlp, resolver, "Rebels reached the palace in N'Djamena, but Deby refused to leave.", 2008, 2, 3)
    assert found["Deby"] == {"TCDGOV"}
    found = found_on(nlp, resolver, "Yemeni opposition spokesman Mohammed Qahtan said Saleh had refused to sign.",
                     2011, 5, 22)
    assert found["Saleh"] == {"YEMGOV"}
    # after April 2021 "Deby" is the son, Mahamat Deby, president in turn
    found = found_on(nlp, resolver, "Critics said Deby had ordered the shooting.", 2022, 1, 1)
    assert found["Deby"] == {"TCDGOV"}


def test_the_ambassador_after_an_embassy_is_its_envoy(nlp, resolver):
    found = found_on(nlp, resolver, "Libyan militiamen attacked the U.S. consulate in Benghazi, killing the "
                                     "ambassador.", 2012, 9, 12)
    assert found["the ambassador"] == {"USAGOV"}
    found = found_on(nlp, resolver, "Protesters stormed the Israeli embassy in Cairo, and the ambassador flew home.",
                     2011, 9, 10)
    assert found["the ambassador"] == {"ISRGOV"}
    # no embassy and no ambassador before: still no mention
    found = found_on(nlp, resolver, "The foreign minister said the ambassador would return.", 2012)
    assert "the ambassador" not in found
