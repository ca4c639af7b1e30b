"""Capitals and cities named as ground, not as actors: the destination of a journey ("flights to Moscow", "the
road to Damascus") and the owner of a part of a city ("Kabul's diplomatic quarter"). A capital as possessor of
what a government has ("Moscow's support") and as destination of a deed ("sent tanks to Kyiv") stays an actor.
Sentences written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


@pytest.mark.parametrize("text, place", [
    ("Flights to Moscow were suspended after the crash.", "Moscow"),
    ("The road to Damascus was cut by heavy snow.", "Damascus"),
    ("Militants attacked a checkpoint in Kabul's diplomatic quarter, killing 12 people.", "Kabul's"),
    ("Shells fell on Aleppo's eastern districts overnight.", "Aleppo's"),
    ("Troops took control of Baghdad's airport.", "Baghdad's"),
])
def test_a_city_named_as_ground_is_no_actor(nlp, resolver, text, place):
    assert place not in found_on(nlp, resolver, text, 2012)


def test_a_capital_that_owns_a_policy_or_receives_a_deed_stays_its_government(nlp, resolver):
    assert found_on(nlp, resolver, "Moscow's support for Damascus angered Ankara.", 2012)["Moscow's"] == {"RUSGOV"}
    assert found_on(nlp, resolver, "Russia sent tanks to Kyiv.", 2022)["Kyiv"] == {"UKRGOV"}


def test_the_people_of_a_city_named_as_ground_still_take_its_country(nlp, resolver):
    found = found_on(nlp, resolver, "Militants attacked a checkpoint in Kabul's diplomatic quarter, killing 12 people.",
                     2012)
    assert found["Militants"] == {"AFGREB"}
