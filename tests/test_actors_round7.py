"""Actor resolution, round 7: classes that carry to unseen news (armed groups striking outside their own
country, groups with branches in several countries, his/her before a noun of a deed told earlier, office
holders the dictionaries lacked). Sentences written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors import codes_of as codes, mentions  # noqa: E402  (the same readings as the main actor tests)
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def antecedent_of(found, text):
    """The text of the mention that the first mention with this text refers to."""
    mention = next(m for m in found if m.text == text)
    return found[mention.refers_to].text if mention.refers_to is not None else None


# -- an armed group striking outside its own country ---------------------------------------------------

def test_victims_and_police_where_a_group_strikes_abroad_are_of_that_place(nlp, resolver):
    found = found_on(nlp, resolver, "Al-Shabaab fighters attacked a bus near Mandera, killing 28 teachers. "
                                    "Police said the gunmen had fled across the border.", 2014, 11, 22)
    assert found["Al-Shabaab fighters"] == {"SOMREB"}
    assert found["28 teachers"] == {"KENCVL"}
    assert found["Police"] == {"KENCOP"}
    found = found_on(nlp, resolver, "Boko Haram militants burned a village near Maroua, and soldiers chased "
                                    "them toward the border.", 2015, 2, 1)
    assert found["soldiers"] == {"CMRMIL"}


def test_a_state_of_the_groups_own_country_keeps_its_people(nlp, resolver):
    # the group's own state speaking keeps the victims its own (no story place decides over it) ...
    found = found_on(nlp, resolver, "Colombia's army said FARC rebels killed four farmers near Cali.", 2001)
    assert found["four farmers"] == {"COLCVL"}
    # ... and a group fighting at home lends its country as before
    found = found_on(nlp, resolver, "FARC rebels attacked a police station, and soldiers pursued the guerrillas.",
                     2001)
    assert found["soldiers"] == {"COLMIL"}
    # which this round changes only abroad:
    found = found_on(nlp, resolver, "Al-Shabaab gunmen raided a hotel in Lamu, and soldiers evacuated the guests.",
                     2014, 6, 16)
    assert found["soldiers"] == {"KENMIL"}


def test_bare_attackers_after_a_named_group_are_that_group(nlp, resolver):
    found = found_on(nlp, resolver, "Al-Shabaab gunmen seized a shopping centre in Nairobi. Police said the "
                                    "attackers were still holding hostages.", 2013, 9, 22)
    assert found["Police"] == {"KENCOP"}
    assert found["the attackers"] == {"SOMREB"}
    # a country named as where they are still decides over the group named before
    found = found_on(nlp, resolver, "Hezbollah fired rockets at Israel. In Syria, rebels seized a town near Aleppo.",
                     2013, 9, 22)
    assert found["rebels"] == {"SYRREB"}


# -- groups with branches in several countries (groups.yaml) ------------------------------------------

def test_the_taliban_acting_in_pakistan_are_pakistans(nlp, resolver):
    found = found_on(nlp, resolver, "Taliban militants set off a bomb at a market in Lahore, killing 12 shoppers.",
                     2009, 3, 30)
    assert found["Taliban militants"] == {"PAKREB"}
    found = found_on(nlp, resolver, "Taliban fighters blew up a girls' school in the Swat valley on Sunday.",
                     2009, 1, 18)
    assert found["Taliban fighters"] == {"PAKREB"}
    assert found_on(nlp, resolver, "The TTP claimed the bombing in Bannu.", 2013)["The TTP"] == {"PAKREB"}


def test_the_taliban_talked_about_in_pakistan_stay_afghanistans(nlp, resolver):
    # where the group is struck or shelters is not where it acts
    found = found_on(nlp, resolver, "American drones could hit Taliban camps inside Pakistan, a U.S. general said.",
                     2008, 9, 1)
    assert found["Taliban"] == {"AFGREB"}
    found = found_on(nlp, resolver, "Taliban fighters attacked a checkpoint in Kandahar.", 2010)
    assert found["Taliban fighters"] == {"AFGREB"}
    # (fails before this round only through the Pakistani case above; kept here as its guard)
    found = found_on(nlp, resolver, "Taliban gunmen shot dead two policemen in Peshawar.", 2010)
    assert found["Taliban gunmen"] == {"PAKREB"}


def test_islamic_state_branches_take_the_country_they_fight_in(nlp, resolver):
    found = found_on(nlp, resolver, "Islamic State militants seized parts of Marawi, and the army said soldiers "
                                    "were fighting them street by street.", 2017, 5, 24)
    assert found["Islamic State militants"] == {"PHLREB"}
    found = found_on(nlp, resolver, "Islamic State militants ambushed Egyptian soldiers in northern Sinai.", 2017)
    assert found["Islamic State militants"] == {"EGYREB"}


# -- his/her before a noun of a deed told earlier --------------------------------------------------------

def test_his_resignation_is_of_the_one_who_resigned(nlp, resolver):
    found = mentions(nlp, resolver, "Peruvian President Alberto Fujimori resigned by fax from Tokyo. Japanese "
                                    "Prime Minister Yoshiro Mori said his resignation was a matter for Peru.",
                     dt.date(2000, 11, 20))
    assert codes(found)["his"] == {"PERGOV"}
    assert antecedent_of(found, "his") == "Peruvian President Alberto Fujimori"


def test_his_arrest_and_her_funeral_are_of_the_one_it_befell(nlp, resolver):
    found = codes(mentions(nlp, resolver, "Egyptian President Anwar Sadat was shot dead by soldiers during a "
                                          "parade. Israeli Prime Minister Menachem Begin said he would attend his "
                                          "funeral.", dt.date(1981, 10, 7)))
    assert found["he"] == {"ISRGOV"}
    assert found["his"] == {"EGYGOV"}
    found = codes(mentions(nlp, resolver, "Thai police arrested Cambodian opposition leader Sam Rainsy in Bangkok. "
                                          "Thai Prime Minister Thaksin Shinawatra said his arrest was lawful.",
                           dt.date(2005, 6, 1)))
    assert found["his"] == {"KHMOPP"}


# -- office holders the dictionaries lacked (leaders.yaml) -------------------------------------------------

def test_foreign_ministers_in_office_are_of_the_government(nlp, resolver):
    # Phoenix files such careers as "elite" spans (country only) or not at all
    assert found_on(nlp, resolver, "Abba Eban told the General Assembly that Israel wanted peace.", 1967, 6, 19)[
        "Abba Eban"] == {"ISRGOV"}
    assert found_on(nlp, resolver, "Yitzhak Shamir met the American envoy in Jerusalem.", 1981)[
        "Yitzhak Shamir"] == {"ISRGOV"}
    assert found_on(nlp, resolver, "Abdullah Gul flew to Brussels for talks on membership.", 2005)[
        "Abdullah Gul"] == {"TURGOV"}
    assert found_on(nlp, resolver, "Carl Bildt criticised the verdict.", 2010)["Carl Bildt"] == {"SWEGOV"}
    assert found_on(nlp, resolver, "Ann Linde summoned the Chinese ambassador.", 2020)["Ann Linde"] == {"SWEGOV"}
    assert found_on(nlp, resolver, "Nasser Bourita received the Spanish envoy.", 2022)["Nasser Bourita"] == {"MARGOV"}


def test_a_career_across_rebellion_office_and_opposition(nlp, resolver):
    assert found_on(nlp, resolver, "Daniel Ortega urged the guerrillas to fight on.", 1978)["Daniel Ortega"] == \
        {"NICREB"}
    assert found_on(nlp, resolver, "Daniel Ortega accused Washington of arming the Contras.", 1986)[
        "Daniel Ortega"] == {"NICGOV"}
    assert found_on(nlp, resolver, "Daniel Ortega called a general strike.", 1995)["Daniel Ortega"] == {"NICOPP"}


def test_former_leaders_leading_the_opposition_are_of_the_opposition(nlp, resolver):
    # out of office and campaigning to return (not an elder statesman): the opposition, whatever "former" says
    assert found_on(nlp, resolver, "Luiz Inacio Lula da Silva addressed supporters in Sao Paulo.", 2019)[
        "Luiz Inacio Lula da Silva"] == {"BRAOPP"}
    assert found_on(nlp, resolver, "Nawaz Sharif addressed a rally by video link from London.", 2020)[
        "Nawaz Sharif"] == {"PAKOPP"}
    assert found_on(nlp, resolver, "Keir Starmer called for an inquiry.", 2022)["Keir Starmer"] == {"GBROPP"}


def test_insurgent_leaders_between_their_governments(nlp, resolver):
    assert found_on(nlp, resolver, "Mullah Omar called on his fighters to keep up the attacks.", 2008)[
        "Mullah Omar"] == {"AFGREB"}
    assert found_on(nlp, resolver, "Sirajuddin Haqqani met the delegation in Kabul.", 2022)[
        "Sirajuddin Haqqani"] == {"AFGGOV"}


# -- "they" reported by a plural subject that is no actor ---------------------------------------------------

def test_they_said_by_a_group_that_is_no_actor_is_no_mention(nlp, resolver):
    found = found_on(nlp, resolver, "North Korean troops crossed the border at dawn. Western diplomats said they "
                                    "feared a wider war.", 1950, 6, 25)
    assert found["North Korean troops"] == {"PRKMIL"}
    assert "they" not in found
    # a group that is an actor still lends itself
    found = found_on(nlp, resolver, "Iraqi soldiers dug trenches around Baghdad, and they said they expected a "
                                    "long siege.", 2003, 3, 1)
    assert found["they"] == {"IRQMIL"}


# -- an army abroad lends its country to no civilians or rebels there ---------------------------------------

def test_civilians_and_rebels_where_a_foreign_army_strikes_are_of_that_country(nlp, resolver):
    found = found_on(nlp, resolver, "British warplanes bombed Iraqi air defences near Basra, in a campaign to "
                                    "shield civilians from Saddam Hussein's army. The rebel leaders thanked London.",
                     1999, 1, 5)
    assert found["civilians"] == {"IRQCVL"}
    found = found_on(nlp, resolver, "Soviet troops poured into Afghanistan on Thursday, and civilians fled the "
                                    "cities.", 1979, 12, 27)
    assert found["civilians"] == {"AFGCVL"}
    # an army at home keeps its civilians, though a foreign state is named before them
    found = found_on(nlp, resolver, "The United States warned Beijing against violence. Chinese troops fired on "
                                    "protesters near Tiananmen Square.", 1989, 6, 4)
    assert found["protesters"] == {"CHNCVL"}


def test_a_person_a_foreign_force_guards_is_of_the_other_side(nlp, resolver):
    found = found_on(nlp, resolver, "Liberian President Samuel Doe was captured by rebels. Nigerian soldiers "
                                    "guarding the vice president withdrew.", 1990, 9, 9)
    assert found["the vice president"] == {"LBRGOV"}


# -- a possessive in what an object is urged to do is that object's -----------------------------------------

def test_its_in_what_a_country_is_urged_to_do_is_that_countrys(nlp, resolver):
    found = found_on(nlp, resolver, "Russia said on Monday that it had tested a new missile. France urged Moscow "
                                    "to halt its tests.", 2019, 3, 4)
    assert found["its"] == {"RUSGOV"}
    found = found_on(nlp, resolver, "Kofi Annan urged the Syrian government to withdraw its troops from the "
                                    "cities.", 2012, 4, 1)
    assert found["its"] == {"SYRGOV"}
    found = found_on(nlp, resolver, "Bill Clinton pressed Slobodan Milosevic to halt his offensive in Kosovo.",
                     1998, 6, 1)
    assert found["his"] == {"SRBGOV"}


def test_what_one_asks_for_ones_own_people_stays_ones_own(nlp, resolver):
    # (fails before this round through the first case only: the guard is that "protect" keeps the asker's)
    found = found_on(nlp, resolver, "Seoul urged Tokyo to protect its fishermen.", 2005)
    assert found["its fishermen"] == {"KORCVL"}
    found = found_on(nlp, resolver, "The United Nations called on Iraq to destroy its missiles.", 2003, 3, 10)
    assert found["its missiles"] == {"IRQMIL"}


# -- "the group" after a man named with his group ---------------------------------------------------------

def test_the_group_after_its_commander_is_named_is_that_group(nlp, resolver):
    found = found_on(nlp, resolver, "An Israeli missile killed Hamas military chief Salah Shehadeh in Gaza. The group "
                                    "vowed to avenge him.", 2002, 7, 23)
    assert found["The group"] == {"PSEREB"}
    found = found_on(nlp, resolver, "Hezbollah leader Hassan Nasrallah threatened Israel. The movement says it has "
                                    "thousands of rockets.", 2019, 6, 1)
    assert found["The movement"] == {"LBNREB"}


# -- people who serve a group or an organisation ----------------------------------------------------------

def test_an_official_of_a_group_is_the_groups(nlp, resolver):
    found = found_on(nlp, resolver, "The chief negotiator of the Syrian opposition walked out of the talks in "
                                    "Geneva.", 2016, 4, 18)
    assert found["The chief negotiator"] == {"SYROPP"}
    found = found_on(nlp, resolver, "A senior official of the Syrian opposition said the talks had failed.",
                     2016, 4, 18)
    assert found["A senior official"] == {"SYROPP"}


def test_an_unknown_name_speaking_for_a_group_is_the_groups(nlp, resolver):
    found = found_on(nlp, resolver, "Yusuf Ahmadi, a spokesman for the Taliban, said the group had seized the "
                                    "district.", 2015, 9, 28)
    assert found["Yusuf Ahmadi"] == {"AFGREB"}
    assert found["the group"] == {"AFGREB"}
    found = found_on(nlp, resolver, "Farhan Haq, a spokesman for the United Nations, said he was alarmed.", 2019)
    assert found["Farhan Haq"] == {"UNO"}


def test_heads_of_state_and_government_since_phoenix_ended(nlp, resolver):
    assert found_on(nlp, resolver, "Sergio Mattarella signed the decree.", 2023)["Sergio Mattarella"] == {"ITAGOV"}
    assert found_on(nlp, resolver, "Mostafa Madbouly opened the new capital's business district.", 2023)[
        "Mostafa Madbouly"] == {"EGYGOV"}
    assert found_on(nlp, resolver, "Mahamat Idriss Deby flew to Paris.", 2022)["Mahamat Idriss Deby"] == {"TCDGOV"}
    assert found_on(nlp, resolver, "Albin Kurti rejected the proposal.", 2023)["Albin Kurti"] == {"XKXGOV"}
    assert found_on(nlp, resolver, "Robert Golob met the protesters.", 2023)["Robert Golob"] == {"SVNGOV"}
