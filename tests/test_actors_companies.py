"""State and national companies named in the news are their country's business sector (BUS), and a company's
chief executive speaks for the company, not for the government of the country the story is about. Sentences
written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


@pytest.mark.parametrize("text, year, mention, code", [
    ("Gazprom chief executive Alexei Miller said Ukraine had stolen gas meant for Europe.", 2009,
     "Gazprom chief executive Alexei Miller", "RUSBUS"),
    ("Gazprom cut gas supplies to Ukraine on Thursday.", 2009, "Gazprom", "RUSBUS"),
    ("Saudi Aramco said drones had struck its Abqaiq plant.", 2019, "Saudi Aramco", "SAUBUS"),
    ("Mexico's Pemex reported a fire at an offshore platform.", 2021, "Mexico's Pemex", "MEXBUS"),
])
def test_a_state_company_is_its_countrys_business(nlp, resolver, text, year, mention, code):
    assert found_on(nlp, resolver, text, year)[mention] == {code}


def test_a_common_word_is_no_company(nlp, resolver):
    found = found_on(nlp, resolver, "A shell hit the total of three houses in Donetsk.", 2015)
    assert not any(code.endswith("BUS") for codes in found.values() for code in codes)
