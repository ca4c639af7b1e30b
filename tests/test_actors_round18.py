"""Actor resolution, round 18: descriptions that resolved to nothing or to another sector. Banks are businesses, a
ministry by its other names (the Treasury, the Home Office) and a state's watchdogs, agencies, missions and health
authorities are its government, a story naming no country but the U.S. parties is American, "its" after a state
office is the office's country, a leader's rivals are the opposition. Sentences written for these tests; real spaCy
model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def test_banks_are_businesses_of_their_country(nlp, resolver):
    found = found_on(nlp, resolver, "Western sanctions cut Russian banks off from the SWIFT payment system.", 2022, 3, 1)
    assert found["Russian banks"] == {"RUSBUS"}
    found = found_on(nlp, resolver, "Greeks voted against the bailout terms. Banks stayed closed, and pensioners "
                                     "queued at cash machines.", 2015, 7, 5)
    assert found["Banks"] == {"GRCBUS"}
    found = found_on(nlp, resolver, "The U.S. Treasury imposed sanctions on a Chinese bank.", 2012, 7, 31)
    assert found["a Chinese bank"] == {"CHNBUS"}


def test_a_bank_of_a_country_stays_its_central_bank(nlp, resolver):
    # the title "bank" must not make a business of a capitalised Bank of a country, nor of the West Bank
    found = found_on(nlp, resolver, "The Bank of England raised interest rates for the 14th time.", 2023, 8, 3)
    assert found["The Bank of England"] == {"GBRGOV"}
    found = found_on(nlp, resolver, "The Bank of Japan kept its ultra-loose policy.", 2022, 12, 20)
    assert found["The Bank of Japan"] == {"JPNGOV"}
    found = found_on(nlp, resolver, "The World Bank approved a $500 million loan to Nigeria.", 2016, 2, 3)
    assert found["The World Bank"] == {"WB"}
    found = found_on(nlp, resolver, "Israeli settlers in the West Bank attacked a Palestinian village.", 2014, 7, 8)
    assert found["Israeli settlers"] == {"ISRCVL"}
    assert found["the West Bank"] == {"PSE"}


def test_a_ministry_by_its_other_names_is_the_government(nlp, resolver):
    found = found_on(nlp, resolver, "Britain's Home Office said it would deport the two men.", 2019, 4, 10)
    assert "GBRGOV" in found["Home Office"]
    found = found_on(nlp, resolver, "The Home Office said the men would be deported to Rwanda.", 2022, 6, 14)
    assert found["The Home Office"] == {"GBRGOV"}
    found = found_on(nlp, resolver, "Kenya raised fuel taxes on Monday. The Treasury said the measure would raise "
                                     "$500 million.", 2023, 7, 3)
    assert found["The Treasury"] == {"KENGOV"}


def test_a_states_watchdogs_agencies_and_missions_are_its_government(nlp, resolver):
    found = found_on(nlp, resolver, "Russia's communications watchdog blocked Telegram.", 2018, 4, 16)
    assert found["Russia's communications watchdog"] == {"RUSGOV"}
    found = found_on(nlp, resolver, "Hungary's media watchdog fined the station.", 2021, 2, 9)
    assert found["Hungary's media watchdog"] == {"HUNGOV"}
    found = found_on(nlp, resolver, "India's anti-corruption agency raided the offices of the opposition leader.",
                     2023, 3, 10)
    assert found["India's anti-corruption agency"] == {"INDGOV"}
    found = found_on(nlp, resolver, "Chinese students hurled stones at the U.S. embassy in Beijing after NATO bombs "
                                     "hit China's mission in Belgrade.", 1999, 5, 8)
    assert found["China's mission"] == {"CHNGOV"}
    found = found_on(nlp, resolver, "Hackers encrypted the systems of a regional health authority in Newfoundland.",
                     2021, 11, 2)
    assert found["a regional health authority"] == {"CANGOV"}
    # an international organisation's stay its own
    found = found_on(nlp, resolver, "The U.N. nuclear watchdog said Iran had enriched uranium to 60 percent.",
                     2021, 4, 13)
    assert found["The U.N. nuclear watchdog"] == {"IAEA"}
    found = found_on(nlp, resolver, "NATO's mission in Afghanistan ended in 2014.", 2014, 12, 28)
    assert found["NATO's mission"] == {"NATO"}


def test_a_story_of_the_us_parties_is_american(nlp, resolver):
    found = found_on(nlp, resolver, "Republican senators refused to pass a budget without cuts to the health law, "
                                     "and the government shut down.", 2013, 10, 1)
    assert found["Republican senators"] == {"USALEG"}
    assert found["the government"] == {"USAGOV"}
    found = found_on(nlp, resolver, "Democratic lawmakers walked out of the House chamber.", 2019, 3, 6)
    assert found["Democratic lawmakers"] == {"USALEG"}
    # another country's party and a named country keep theirs
    found = found_on(nlp, resolver, "South Korea's Democratic Party lawmakers boycotted the vote.", 2020, 12, 9)
    assert found["South Korea's Democratic Party lawmakers"] == {"KOROPP"}


def test_its_after_a_state_office_is_the_offices_country(nlp, resolver):
    found = found_on(nlp, resolver, "Sri Lanka's president fled. Its lawmakers elected a successor.", 2022, 7, 20)
    assert found["Its lawmakers"] == {"LKALEG"}
    # a body before "its" stays its owner
    found = found_on(nlp, resolver, "Kenya's parliament passed the bill. Its speaker said the vote was valid.",
                     2023, 6, 21)
    assert found["Its speaker"] == {"KENLEG"}


def test_a_leaders_rivals_are_the_opposition(nlp, resolver):
    found = found_on(nlp, resolver, "South Sudan's President Salva Kiir said soldiers loyal to Riek Machar had tried "
                                     "to seize power. Machar accused Kiir of using the fighting to purge his rivals.",
                     2013, 12, 16)
    assert found["his rivals"] == {"SSDOPP"}


def test_people_named_by_what_they_hold_and_owners(nlp, resolver):
    found = found_on(nlp, resolver, "Angry depositors besieged banks in Buenos Aires after the government froze "
                                     "accounts.", 2001, 12, 3)
    assert found["Angry depositors"] == {"ARGCVL"}
    found = found_on(nlp, resolver, "Bangladesh's garment factory owners agreed to raise wages.", 2013, 11, 13)
    assert found["Bangladesh's garment factory owners"] == {"BGDBUS"}


def test_a_states_ships_are_its_navys_unless_trade_or_fishing(nlp, resolver):
    found = found_on(nlp, resolver, "Soviet ships approaching Cuba turned back as the U.S. Navy enforced a "
                                     "quarantine.", 1962, 10, 24)
    assert found["Soviet ships"] == {"RUSMIL"}
    found = found_on(nlp, resolver, "Houthi rebels attacked Greek cargo ships in the Red Sea.", 2024, 1, 10)
    assert found["Greek cargo ships"] == {"GRCBUS"}
    found = found_on(nlp, resolver, "Russian warships and Chinese fishing vessels were seen near the island.",
                     2021, 5, 4)
    assert found["Chinese fishing vessels"] == {"CHNCVL"}
    found = found_on(nlp, resolver, "A Chinese navy frigate fired warning shots at a Vietnamese fishing boat.",
                     2014, 5, 26)
    assert found["a Vietnamese fishing boat"] == {"VNMCVL"}


def test_the_north_and_the_south_of_a_divided_country(nlp, resolver):
    found = found_on(nlp, resolver, "South Korean officials said the North had fired two missiles into the sea.",
                     2017, 3, 6)
    assert found["the North"] == {"PRK"}
    found = found_on(nlp, resolver, "North Korean artillery shelled Yeonpyeong Island, killing two South Korean "
                                     "marines, and the South fired back.", 2010, 11, 23)
    assert found["the South"] == {"KOR"}
    # a name that goes on, and a text of no divided country, are left alone
    found = found_on(nlp, resolver, "The Philippines rejected China's claims in the South China Sea.", 2016, 7, 12)
    assert not any(text.startswith("the South") for text in found)
    found = found_on(nlp, resolver, "Floods hit the North of England, and British officials said 10 people died.",
                     2015, 12, 27)
    assert "the North" not in found
