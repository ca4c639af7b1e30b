"""Event coder, round 30: conventions shared by the annotators of three or more studied sets. One who is "on a
visit" to a country makes the visit ("while Nkrumah was on a state visit to China": gold of fresh3, fresh6 and
fresh2's "made a visit"), and a rejection answers the one who did what is rejected, named by 'by' as by 'from'
("rejected criticism from NATO", "a petition by Palestinian villagers", "his defeat by Adama Barrow": gold, heldout,
GSR). Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


def _pair(events, a, plover, b):
    return (a, plover, b) in events or (b, plover, a) in events


# -- one who is on a visit makes it ----------------------------------------------------------------------------
def test_one_on_a_visit_to_a_country_visits_it(code):
    assert ("FRAGOV", "CONSULT", "VNM") in triples(code("The French president is on a three-day visit to Vietnam."))
    events = triples(code("Army officers seized power in Ghana while the Ghanaian president was on a state visit "
                          "to China."))
    assert _pair(events, "GHAGOV", "CONSULT", "CHN")
    # a capital visited is its government, named on the visit noun too ("made a surprise visit to Kyiv")
    assert ("USAGOV", "CONSULT", "UKRGOV") in triples(code("Joe Biden made a surprise visit to Kyiv on Monday."))


def test_being_on_something_that_is_no_visit_makes_no_event(code):
    assert not code("The ship was on a visit to the port.")
    assert not any(p == "CONSULT" for _, p, _ in triples(code("Soldiers were on patrol in Gao when the mine exploded.")))


# -- a rejection answers the 'by' agent of what it rejects ------------------------------------------------------
def test_a_rejection_answers_the_doer_named_by_by(code):
    assert {("IRN", "REJECT", "GBR"), ("IRN", "REJECT", "FRA")} <= triples(
        code("Iran refused to accept the censure by Britain and France."))
    assert ("IND", "REJECT", "CHN") in triples(code("India rejected the statement by China on Arunachal Pradesh."))
    assert ("PAK", "REJECT", "IND") in triples(code("Pakistan denied the accusation by India."))


def test_a_rejection_with_no_by_agent_keeps_its_target(code):
    assert ("RUS", "REJECT", None) in triples(code("Russia rejected the plan."))
    assert ("CHN", "REJECT", None) in triples(code("China refused to accept the arbitration ruling."))
    # a 'from' phrase still answers its own way
    assert ("AFGGOV", "REJECT", "NATO") in triples(code("Afghan President Hamid Karzai rejected criticism from NATO."))
