"""Event coder, round 20: wrong targets and wrong types, fixed where the annotators of three or more studied sets
code them alike. A riot or sit-in by civilians at another state's embassy or consulate ("students besieged the U.S.
embassy", "protesters attacked the French embassy") is aimed at that state, coded as the bare country as a protest
outside the mission already is (gold, fresh_even, fresh5; no studied set codes the mission's government). Attacks
on embassies by armed men (annotators split between the state and its government), protests at buildings of the
protesters' own state, and a state's own dealings with a mission are left as they were.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a riot or sit-in at another state's mission is aimed at that state -------------------------------------------
def test_a_riot_at_a_foreign_embassy_is_aimed_at_the_state(code):
    for text, expected in (
            ("Chinese students besieged the Japanese embassy in Beijing on Saturday.", ("CHNCVL", "PROTEST", "JPN")),
            ("Sudanese protesters stormed the German embassy in Khartoum.", ("SDNCVL", "PROTEST", "DEU")),
            ("Lebanese demonstrators torched the Danish consulate in Beirut.", ("LBNCVL", "PROTEST", "DNK")),
            ("Iranian students occupied the British embassy in Tehran.", ("IRNCVL", "PROTEST", "GBR"))):
        events = triples(code(text))
        assert expected in events, text
        assert (expected[0], "PROTEST", expected[2] + "GOV") not in events, text


def test_a_protest_outside_a_foreign_embassy_stays_with_the_state(code):
    assert ("CHNCVL", "PROTEST", "USA") in triples(
        code("Thousands of Chinese students protested outside the U.S. embassy in Beijing."))


def test_a_riot_at_the_protesters_own_state_buildings_is_unchanged(code):
    events = triples(code("Protesters stormed the Sri Lankan president's residence in Colombo."))
    assert ("LKACVL", "PROTEST", "LKAGOV") in events
    events = triples(code("Thai protesters occupied Government House in Bangkok."))
    assert ("THACVL", "PROTEST", "THAGOV") in events


def test_an_armed_attack_on_an_embassy_is_not_changed(code):
    # the annotators split on armed attacks (the state in gold, fresh_even; its government in fresh3, fresh4)
    events = triples(code("Militants fired rockets at the U.S. embassy in Baghdad."))
    assert not any(p == "PROTEST" for _, p, _ in events)
    assert any(p == "ASSAULT" and t == "USAGOV" for _, p, t in events)


def test_a_states_own_act_on_a_mission_is_not_a_protest(code):
    events = triples(code("China closed the U.S. consulate in Chengdu."))
    assert not any(p == "PROTEST" for _, p, _ in events)
