"""Actor resolution, round 11: constructions that carry to unseen news. A body named by a mass noun as "it", the
people around a person, a definite noun phrase that repeats a body named before, the owner of a role in apposition
to a known person, the possessive inside a partitive, capitals after "between" a relation, and the people on whom
the object of an object-control verb is to act. Sentences written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def test_a_body_named_by_a_mass_noun_is_it(nlp, resolver):
    found = found_on(nlp, resolver, "Zimbabwe's military said it had taken control of the state broadcaster.",
                     2017, 11, 15)
    assert found["Zimbabwe's military"] == {"ZWEMIL"}
    assert found["it"] == {"ZWEMIL"}


def test_the_people_around_a_person_are_of_the_person(nlp, resolver):
    found = found_on(nlp, resolver, "U.S. Ambassador James Sasser and his staff were trapped inside.", 1999, 5, 8)
    assert found["his staff"] == {"USAGOV"}
    assert found["his"] == {"USAGOV"}
    found = found_on(nlp, resolver, "Mourners set fire to buildings owned by the Somoza family.", 1978, 1, 11)
    assert found["the Somoza family"] == {"NICGOV"}


def test_a_definite_phrase_repeating_a_body_is_that_body(nlp, resolver):
    found = found_on(nlp, resolver, "Police officers arrested 20 people in Lagos. The officers said the suspects "
                                     "had weapons.", 2021)
    assert found["The officers"] == {"NGACOP"}
    found = found_on(nlp, resolver, "The Pentagon reported an attack on U.S. destroyers in the Gulf of Tonkin. "
                                     "McNamara said the ships had been fired on.", 1964, 8, 5)
    assert found["the ships"] == {"USAMIL"}
    # the same word before another word for it: the Philippine warship, not the Chinese ships
    found = found_on(nlp, resolver, "The Philippine warship tried to arrest the fishermen, but two Chinese ships "
                                     "moved between them and the warship.", 2012, 4, 10)
    assert found["the warship"] == {"PHLMIL"}


def test_the_owner_of_a_role_in_apposition_is_of_the_persons_country(nlp, resolver):
    found = found_on(nlp, resolver, "Gambia's longtime ruler Yahya Jammeh agreed to leave. Guinean President "
                                     "Alpha Conde flew him to Conakry. His successor, Adama Barrow, said he would "
                                     "return home soon.", 2017, 1, 22)
    assert found["His"] == {"GMBGOV"}
    assert found["he"] == {"GMBGOV"}
    found = found_on(nlp, resolver, "Israeli commandos freed the hostages. Ugandan soldiers were killed. Their "
                                     "commander, Lieutenant Colonel Yonatan Netanyahu, was the only Israeli soldier "
                                     "to die.", 1976, 7, 4)
    assert found["Their"] == {"ISRMIL"}


def test_the_possessive_inside_a_partitive_is_read_as_such(nlp, resolver):
    found = found_on(nlp, resolver, "Iraqi troops crossed into Kuwait. The emir, Sheikh Jaber al-Ahmad al-Sabah, "
                                     "fled to Saudi Arabia with members of his government.", 1990, 8, 2)
    assert found["members of his government"] == {"KWTGOV"}
    assert found["his"] == {"KWTGOV"}


def test_capitals_between_two_sides_of_a_relation_are_governments(nlp, resolver):
    found = found_on(nlp, resolver, "Talks between Kiev and Moscow collapsed. Relations between Washington and "
                                     "Beijing worsened.", 2022, 2, 20)
    assert found["Kiev"] == {"UKRGOV"}
    assert found["Moscow"] == {"RUSGOV"}
    assert found["Beijing"] == {"CHNGOV"}
    # a border between two places is no relation
    found = found_on(nlp, resolver, "The border between Kenya and Somalia was closed.", 2015)
    assert "Kenya" not in found or found["Kenya"] == {"KEN"}


def test_people_an_urged_state_is_to_act_on_are_its_own(nlp, resolver):
    found = found_on(nlp, resolver, "Washington urged Nairobi to release the activists.", 2015)
    assert found["the activists"] == {"KENCVL"}
    found = found_on(nlp, resolver, "Obama pressed Mubarak to stop attacking protesters.", 2011, 2, 1)
    assert found["protesters"] == {"EGYCVL"}


def test_fighters_named_by_their_cause_are_rebels(nlp, resolver):
    found = found_on(nlp, resolver, "Baghdad said it had answered a call from Kuwaiti revolutionaries.", 1990, 8, 3)
    assert found["Kuwaiti revolutionaries"] == {"KWTREB"}


def test_it_as_the_object_of_what_one_actor_does_to_another(nlp, resolver):
    found = found_on(nlp, resolver, "The European Union imposed sanctions on Belarus and urged it to free political "
                                     "prisoners.", 2021, 6, 21)
    assert found["it"] == {"BLR"}
    # after other verbs "it" is mostly a thing
    found = found_on(nlp, resolver, "The Kenyan government signed the deal and promised to implement it.", 2019)
    assert "it" not in found


def test_it_in_what_a_relative_clause_says_is_its_noun(nlp, resolver):
    found = found_on(nlp, resolver, "New Delhi suspended the Indus Waters Treaty with Pakistan, which denied any role "
                                     "and said it would treat any diversion of water as an act of war.", 2025, 4, 24)
    assert found["it"] == {"PAK"}


def test_heads_named_by_surname_alone_in_office(nlp, resolver):
    # leaders.yaml: surnames of heads whom wire copy names alone (Allende, Reagan, Castro, Tudjman, Biya ...)
    found = found_on(nlp, resolver, "Chilean troops surrounded the palace, and Allende refused to resign.",
                     1973, 9, 11)
    assert found["Allende"] == {"CHLGOV"}
    found = found_on(nlp, resolver, "Reagan said the talks would continue.", 1985)
    assert found["Reagan"] == {"USAGOV"}
    found = found_on(nlp, resolver, "Biya said the talks would continue.", 2000)
    assert found["Biya"] == {"CMRGOV"}


def test_pro_western_says_what_a_group_wants_not_where_it_is_from(nlp, resolver):
    found = found_on(nlp, resolver, "Ukraine's president fled. Pro-Western protesters took control of Kiev.",
                     2014, 2, 22)
    assert found["Pro-Western protesters"] == {"UKRCVL"}
    # "Western" alone still guesses no country
    found = found_on(nlp, resolver, "Ukraine's president fled. Western diplomats met in Kiev.", 2014, 2, 22)
    assert "Western diplomats" not in found or found["Western diplomats"] != {"UKRGOV"}


def test_a_count_out_of_a_group_named_by_a_pronoun_is_that_group(nlp, resolver):
    found = found_on(nlp, resolver, "South Africa, which had 200 soldiers in the capital, said 13 of them had been "
                                     "killed.", 2013, 3, 25)
    assert found["13 of them"] == {"ZAFMIL"}
    assert found["them"] == {"ZAFMIL"}
    found = found_on(nlp, resolver, "Kenyan police arrested 30 protesters. Some of them were released.", 2013)
    assert found["Some of them"] == {"KENCVL"}


def test_a_countrys_military_base_is_its_military(nlp, resolver):
    found = found_on(nlp, resolver, "Iran fired missiles at the U.S. base at Al Asad.", 2020, 1, 8)
    assert found["the U.S. base"] == {"USAMIL"}
    # a base of no country is nobody's
    found = found_on(nlp, resolver, "The party's base was angry.", 2020)
    assert not any("base" in text for text in found)


def test_monitors_are_the_international_bodys_not_the_states(nlp, resolver):
    found = found_on(nlp, resolver, "The IAEA has been unable to verify the size of Iran's uranium stockpile since "
                                     "Tehran restricted its inspectors.", 2023, 5, 31)
    assert found["its inspectors"] == {"IAEA"}
    # with no international body named, a state's own
    found = found_on(nlp, resolver, "Iran's nuclear agency said its inspectors had visited the site.", 2023)
    assert found["its inspectors"] == {"IRNGOV"}



def test_the_country_a_border_is_with_is_the_other_side(nlp, resolver):
    found = found_on(nlp, resolver, "Villagers in the north said soldiers had burned their homes. The army denied "
                                     "it. The incident happened near the border with Chad in Cameroon's Far North "
                                     "region.", 2019, 5, 3)
    assert found["Villagers"] == {"CMRCVL"}
    assert found["The army"] == {"CMRMIL"}
