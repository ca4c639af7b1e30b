"""Event coder, round 23: false triggers no studied annotator codes. A violation a speaker reports is the speaker's
accusation, not the violator's defiance; an agreement, meeting, support, concession or rejection that no named party
does (a document, a passive with no agent) is no event; 'be met with' a response is no meeting.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a violation a speaker reports is an accusation, not a REJECT ----------------------------------------------
def test_a_reported_violation_is_the_speakers_accusation(code):
    events = triples(code("Finland said Russia had violated its airspace on Friday."))
    assert ("FIN", "ACCUSE", "RUS") in events
    assert not any(p == "REJECT" for _, p, _ in events)
    events = triples(code("Chile's foreign minister said Bolivia had breached the 1904 treaty."))
    assert ("CHLGOV", "ACCUSE", "BOL") in events
    assert not any(p == "REJECT" for _, p, _ in events)


def test_a_reported_violation_by_a_thing_or_denied_is_nothing(code):
    assert triples(code("Tokyo said the drone had violated Japanese airspace.")) == set()
    assert triples(code("The tribunal said Malaysia's decision did not violate international law.")) == set()


def test_a_violation_told_as_fact_stays_a_rejection(code):
    assert ("RUSMIL", "REJECT", "SWE") in triples(code("Russian warplanes violated Swedish airspace on Friday."))


# -- cooperative and verbal events need a doer ---------------------------------------------------------------
def test_a_document_or_an_agentless_passive_does_nothing(code):
    assert triples(code("The accord recognises Eritrea's independence.")) == set()
    assert triples(code("The Syrian request was turned down.")) == set()
    assert triples(code("Portugal's proposal was welcomed at the summit.")) == set()


def test_the_same_events_with_a_doer_stay(code):
    assert ("ITA", "SUPPORT", "HRV") in triples(code("Italy recognised the independence of Croatia."))
    assert ("IRQ", "REJECT", "FRA") in triples(code("Iraq rejected the French proposal."))


# -- "be met with" a response is no meeting --------------------------------------------------------------------
def test_met_with_a_response_is_no_meeting(code):
    assert not any(p == "CONSULT" for _, p, _ in triples(code(
        "Any incursion would be met with force, the Indian defence minister said.")))
    assert triples(code("The decision was met with anger in Ankara.")) == set()


def test_a_meeting_in_the_passive_with_an_agent_stays(code):
    events = triples(code("The Iraqi president was met at the airport by the Jordanian foreign minister."))
    assert any(p == "CONSULT" for _, p, _ in events)


# -- owning up to a domestic rival's victory is a concession; a foreign recognition stays support ------------------
def test_recognising_a_rivals_victory_at_home_is_a_concession(code):
    events = triples(code("Nicaragua's president recognised the opposition's victory in the elections."))
    assert ("NICGOV", "CONCEDE", "NICOPP") in events
    assert not any(p == "SUPPORT" for _, p, _ in events)


def test_a_foreign_recognition_of_a_victory_stays_support(code):
    assert ("FRA", "SUPPORT", "BLROPP") in triples(code("France recognised the Belarusian opposition's victory."))
