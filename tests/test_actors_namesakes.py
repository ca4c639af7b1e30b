"""A dictionary person whose phrase names another country's office is that country's office holder, not the
dictionary's namesake: "Jordan's King Abdullah" (the dictionary's King Abdullah is Saudi), "King Abdullah of
Jordan", "Hong Kong leader Carrie Lam" (filed under China). A country before an envoy's title is where he is
sent, and a phrase that names the dictionary's own country keeps it. Sentences written for these tests; real
spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


@pytest.mark.parametrize("text, year, mention, code", [
    ("Jordan's King Abdullah dismissed the government after street protests.", 2011, "Jordan's King Abdullah", "JORGOV"),
    ("King Abdullah of Jordan met President Obama at the White House.", 2012, "King Abdullah", "JORGOV"),
    ("Hong Kong leader Carrie Lam withdrew the extradition bill.", 2019, "Hong Kong leader Carrie Lam", "HKGGOV"),
    ("Hong Kong's chief executive Carrie Lam met student leaders.", 2019,
     "Hong Kong's chief executive Carrie Lam", "HKGGOV"),
])
def test_the_office_named_in_the_phrase_beats_a_namesake(nlp, resolver, text, year, mention, code):
    assert found_on(nlp, resolver, text, year)[mention] == {code}


@pytest.mark.parametrize("text, year, mention, code", [
    ("Saudi Arabia's King Abdullah pledged aid to Egypt.", 2012, "Saudi Arabia's King Abdullah", "SAUGOV"),
    ("King Abdullah of Saudi Arabia met President Obama.", 2012, "King Abdullah", "SAUGOV"),
    ("U.S. Iraq envoy Zalmay Khalilzad met Iraqi leaders in Baghdad.", 2005, "Iraq envoy Zalmay Khalilzad", "USAGOV"),
    ("Russia's President Vladimir Putin met Turkish officials.", 2016, "Russia's President Vladimir Putin", "RUSGOV"),
])
def test_a_phrase_of_the_dictionarys_own_country_or_an_envoys_posting_keeps_the_dictionary(
        nlp, resolver, text, year, mention, code):
    # ("King Abdullah of | Saudi Arabia": the parser ends the name on "of", which is no longer name)
    assert found_on(nlp, resolver, text, year)[mention] == {code}
