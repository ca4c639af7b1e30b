"""Actor resolution, round 14: the actors of events named in the forms wire copy uses for them. Plural groups a
country or an organisation leads ("NATO-led troops"), an envoy named without a country word after his embassy
("the U.S. embassy in Beijing ... Ambassador James Sasser"), a titled person followed by "of" and a country
("Foreign Minister Abdalla Hamdok of Sudan"), and military operations named by a country adjective ("the Israeli
raid"). Sentences written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def test_a_plural_group_an_organisation_or_a_country_leads_is_the_leaders(nlp, resolver):
    found = found_on(nlp, resolver, "NATO-led troops killed three militants in Helmand province, Afghan officials "
                                     "said.", 2009)
    assert found["NATO-led troops"] == {"NATO"}
    assert found["Afghan officials"] == {"AFGGOV"}
    found = found_on(nlp, resolver, "U.N.-led forces in Ivory Coast fired on positions held by Gbagbo loyalists.", 2011)
    assert found["U.N.-led forces"] == {"UNO"}
    assert found_on(nlp, resolver, "U.S.-led forces attacked the town.", 2004)["U.S.-led forces"] == {"USAMIL"}
    assert found_on(nlp, resolver, "Saudi-led forces bombed Sanaa.", 2015)["Saudi-led forces"] == {"SAUMIL"}
    # an armed group leads as itself
    assert found_on(nlp, resolver, "Houthi-led forces seized Sanaa.", 2014)["Houthi-led forces"] == {"YEMREB"}
    # the singular bodies of round 13 are unchanged
    assert found_on(nlp, resolver, "The NATO-led force in Kosovo arrested two men.", 2004)["The NATO-led force"] == \
        {"NATO"}


def test_an_envoy_without_a_country_word_is_of_the_embassy_named_before(nlp, resolver):
    found = found_on(nlp, resolver, "Chinese students hurled stones at the U.S. embassy in Beijing a day after NATO "
                                     "bombs hit China's mission in Belgrade. Ambassador James Sasser and his staff "
                                     "were trapped inside.", 1999, 5, 9)
    assert found["Ambassador James Sasser"] == {"USAGOV"}
    assert found["his staff"] == {"USAGOV"}
    assert found["Chinese students"] == {"CHNCVL"}
    found = found_on(nlp, resolver, "Protesters stormed the Israeli embassy in Cairo overnight. Ambassador Yitzhak "
                                     "Levanon was flown home.", 2011)
    assert found["Ambassador Yitzhak Levanon"] == {"ISRGOV"}
    # a country word in the title still wins, and no embassy leaves the story's country
    found = found_on(nlp, resolver, "Chinese protesters besieged the embassy. U.S. Ambassador Jim Sasser said he "
                                     "was safe.", 1999, 5, 9)
    assert found["U.S. Ambassador Jim Sasser"] == {"USAGOV"}


def test_a_titled_person_of_a_country_holds_its_office(nlp, resolver):
    found = found_on(nlp, resolver, "Chinese President Xi Jinping met Foreign Minister Abdalla Hamdok of Sudan in "
                                     "Beijing.", 2019)
    assert found["Foreign Minister Abdalla Hamdok"] == {"SDNGOV"}
    found = found_on(nlp, resolver, "Chinese Premier Zhu Rongji met Ambassador Jim Sasser of the United States.",
                     1999)
    assert found["Ambassador Jim Sasser"] == {"USAGOV"}
    # "of" and a country's body is no country of office ("the leader of Myanmar's opposition" keeps round 8)
    found = found_on(nlp, resolver, "The leader of Myanmar's opposition was freed.", 2010)
    assert found["The leader of Myanmar's opposition"] == {"MMROPP"}


def test_a_military_operation_named_by_a_country_adjective_is_its_military(nlp, resolver):
    found = found_on(nlp, resolver, "Pakistan criticised the American raid that killed Osama bin Laden.", 2011)
    assert found["the American raid"] == {"USAMIL"}
    assert found["Pakistan"] == {"PAK"}
    assert found_on(nlp, resolver, "The Israeli raid killed ten people.", 2004)["The Israeli raid"] == {"ISRMIL"}
    found = found_on(nlp, resolver, "The Israeli bombing of the power station left Gaza without electricity.", 2006)
    assert found["The Israeli bombing"] == {"ISRMIL"}
    # "strike" is as often a labour strike: no operation; "air strike" was MIL before and stays so
    assert "The Greek strike" not in found_on(nlp, resolver, "The Greek strike paralysed Athens.", 2011)
    assert found_on(nlp, resolver, "A U.S. air strike destroyed the base.", 2016)["A U.S. air strike"] == {"USAMIL"}
