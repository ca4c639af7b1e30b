"""Places, round 8: a shared town name followed by "in" and a province or country of one of its towns is that
town, and a town spaCy mis-tags is found where a noun of war is aimed at it (sentences written for these
tests; the probe bank is tests/data/place_probes_round8.jsonl, labelled before the gazetteer was run on it)."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("text, name, country", [
    ("Insurgents attacked the town of Palma in Cabo Delgado.", "Palma", "MOZ"),       # not Mallorca's, 9x bigger
    ("Police in Tripoli in northern Lebanon arrested two men.", "Tripoli", "LBN"),
    ("Floods hit Hyderabad in Sindh province.", "Hyderabad", "PAK"),
])
def test_a_shared_town_name_followed_by_in_and_a_province_or_country_is_the_town_there(places_of, text, name, country):
    assert places_of(text)[name].country == country


def test_in_and_a_month_or_a_town_leaves_the_biggest_namesake(places_of):
    assert places_of("Tourists crowded the beaches of Palma in July.")["Palma"].country == "ESP"


@pytest.mark.parametrize("text, countries, names", [
    ("Russian forces pressed their assault on Bakhmut and Avdiivka.", ["RUS"], {"Bakhmut", "Avdiyivka"}),
    ("Ukraine launched an offensive on Kherson.", ["UKR"], {"Kherson"}),
])
def test_a_town_a_noun_of_war_is_aimed_at_is_a_place_whatever_its_entity_label(nlp, places_of, text, countries, names):
    assert not any(e.label_ == "GPE" for e in nlp(text).ents if e.text in names)   # the tagger's reading this rule is for
    assert names <= {place.name for place in places_of(text, countries).values()}


@pytest.mark.parametrize("text, countries, name", [
    ("Republicans stepped up their attack on Obama over the trade deal with Japan.", ["USA", "JPN"], "Obama"),
    ("Critics renewed their attack on Obama after the vote.", [], "Obama"),      # one town of that name: Japan's
])
def test_an_attack_in_words_is_no_assault_on_a_town(places_of, text, countries, name):
    assert name not in places_of(text, countries)


def test_the_probe_bank_is_well_formed():
    from dateline.eval.actors import read_gold
    records = read_gold(Path(__file__).parent / "data" / "place_probes_round8.jsonl")
    assert len(records) >= 50 and sum(len(r["toponyms"]) for r in records) >= 60
    for record in records:
        for toponym in record["toponyms"]:
            assert record["text"][toponym["start"]:].startswith(toponym["text"]), record["id"]
            assert len(toponym["country"]) == 3 and (toponym["lat"] is None) == (toponym["lon"] is None)


@pytest.mark.parametrize("text, mention, code", [
    ("Police in Tripoli in northern Lebanon arrested two men.", "Police in Tripoli", "LBNCOP"),
    ("Rebels attacked Hyderabad in Pakistan's Sindh province.", "Rebels", "PAKREB"),
    ("Officials in Tripoli in Libya denied it.", "Officials in Tripoli", "LBYGOV"),
])
def test_an_actor_placed_in_a_town_in_another_country_takes_that_country(nlp, resolver, text, mention, code):
    assert {m.text: m.actor.code for m in resolver.resolve(nlp(text))}[mention] == code


def test_a_capital_acting_in_another_country_stays_its_government(nlp, resolver):
    found = {m.text: m.actor.code for m in resolver.resolve(nlp("The role of Moscow in Syria worries Washington."))}
    assert found["Moscow"] == "RUSGOV"                   # Syria has no town called Moscow
