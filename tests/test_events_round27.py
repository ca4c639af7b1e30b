"""Event coder, round 27: verbal conflict (ACCUSE), conventions shared by the annotators of three or more studied
sets. A condemnation whose verdict names the doer ("an act of piracy by the United States") is aimed at that doer;
an attack told first and attributed after ("..., police said") is news, not an accusation by its teller; a reported
clause saying another party stole, smuggled, acted illegally or is a threat is an accusation.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a condemnation whose verdict names the doer is aimed at that doer ----------------------------------------
def test_the_doer_named_by_the_verdict_is_the_target(code):
    assert ("IRN", "ACCUSE", "ISR") in triples(code("Iran denounced the strike as an act of aggression by Israel."))
    events = triples(code("Georgia's president called the shelling an invasion by Russia."))
    assert ("GEOGOV", "ACCUSE", "RUS") in events
    assert ("UKRGOV", "ACCUSE", "RUS") in triples(code("Ukraine's foreign ministry called the referendum a sham staged "
                                                       "by Russia."))


def test_the_owner_of_the_deed_set_beside_the_verdict_is_the_target(code):
    events = triples(code("Cyprus condemned as an illegal occupation Turkey's presence in the north of the island."))
    assert ("CYP", "ACCUSE", "TUR") in events


def test_by_naming_the_one_who_condemns_is_no_target(code):
    events = triples(code("The attack was condemned by Egypt."))
    assert ("EGY", "ACCUSE", None) in events
    assert ("CUB", "ACCUSE", "USAGOV") in triples(code("Cuba denounced the embargo imposed by Washington."))


# -- an attack told first and attributed after is the news, not an accusation ---------------------------------
def test_an_attack_attributed_after_is_no_accusation(code):
    events = triples(code("Boko Haram gunmen kidnapped dozens of schoolgirls in northern Nigeria, police said."))
    assert not any(p == "ACCUSE" for _, p, _ in events)
    events = triples(code("Houthi rebels fired a missile at the Saudi capital, according to the Saudi-led coalition."))
    assert not any(p == "ACCUSE" for _, p, _ in events)


def test_a_teller_who_leads_accuses(code):
    assert ("KHM", "ACCUSE", "THAMIL") in triples(code("Cambodia said Thai soldiers had attacked its troops first."))
    # a wrong other than an attack told first still accuses
    assert ("OSCE", "ACCUSE", "BLR") in triples(code("The election in Belarus had fallen short of democratic "
                                                     "standards, the OSCE said."))


# -- a reported clause saying another party stole, acted illegally or is a threat accuses it -------------------
def test_a_reported_theft_or_threat_accuses(code):
    assert ("RUSGOV", "ACCUSE", "UKRGOV") in triples(code("Moscow said Kyiv had been stealing gas bound for Europe."))
    assert ("ISR", "ACCUSE", "IRN") in triples(code("Israel said Iran was a threat to world peace."))
    assert ("THA", "ACCUSE", "KHM") in triples(code("Thailand said Cambodia was smuggling weapons to the rebels."))


def test_a_threat_as_subject_a_denied_wrong_or_ones_own_side_accuse_no_one(code):
    assert not code("Kenya said the threat from Somali militants had receded.")
    assert not code("Israel said Iran was not a threat to its security.")
    assert not code("Norway said its own fishermen had been fishing illegally.")


# -- the one a verdict finds guilty is its target --------------------------------------------------------------
def test_the_one_found_guilty_is_the_target(code):
    events = triples(code("Pakistan's Supreme Court found Prime Minister Yousuf Raza Gilani guilty of contempt of "
                          "court."))
    assert ("PAKJUD", "ACCUSE", "PAKGOV") in events


def test_a_court_finding_no_one_named_guilty_keeps_no_target(code):
    events = triples(code("The court found the former minister guilty of fraud."))
    assert not any(p == "ACCUSE" and t for _, p, t in events)
