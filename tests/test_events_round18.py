"""Event coder, round 18: wordings that carry an event the coder had no rule for, kept where the annotators of three
or more studied sets code them alike. A penalty foretold by a speaker for another party ("said Iran would face severe
consequences", "there would be serious consequences", "must make peace or face far greater attacks") is the speaker's
threat to it (gold, fresh2, fresh5); a warning in answer to a deed earlier in the same sentence is aimed at its doer;
a warning of the consequences of something, aimed at no party, is no threat; a coup accepted or rejected is the
soldiers' who made it (fresh2, fresh3, fresh6); a diplomat summoned is a complaint to the diplomat's government
(heldout, fresh5, fresh6).
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a penalty foretold by a speaker is the speaker's threat to the one who is to suffer it ------------------
def test_a_penalty_foretold_is_the_speakers_threat(code):
    assert ("ISRGOV", "THREATEN", "IRN") in triples(code("Netanyahu said Iran would pay a heavy price for the attack."))
    assert ("RUS", "THREATEN", "TUR") in triples(code("Russia said Turkey would face serious consequences."))
    assert ("USAGOV", "THREATEN", "IRN") in triples(
        code("President Trump said Iran must now make peace or face far greater attacks."))


def test_consequences_foretold_in_answer_to_a_deed_are_aimed_at_its_doer(code):
    events = triples(code("Britain expelled 23 Russian diplomats. Moscow said there would be consequences."))
    assert ("RUSGOV", "THREATEN", "GBR") in events


def test_a_penalty_told_by_no_one_or_suffered_from_a_thing_is_no_threat(code):
    assert not code("Iran faces serious consequences.")
    assert not any(p == "THREATEN" for _, p, _ in triples(
        code("Italy faces serious consequences from its debt crisis, the IMF said.")))


# -- a warning in answer to a deed told earlier in its sentence is aimed at the doer -------------------------
def test_a_warning_answers_a_deed_earlier_in_its_sentence(code):
    events = triples(code("Turkey shot down a Russian warplane on Tuesday, and Russia warned of serious consequences."))
    assert ("RUS", "THREATEN", "TUR") in events


def test_a_deed_does_not_answer_a_deed_earlier_in_its_sentence(code):
    events = triples(code("French warplanes struck rebel positions in central Mali after the militants seized the "
                          "town of Konna."))
    assert not any(s == "MLIREB" and t == "FRA" for s, _, t in events)


# -- a warning of the consequences of something is aimed at no one -------------------------------------------
def test_a_warning_of_the_consequences_of_something_is_no_threat(code):
    assert not code("Nigeria's central bank warned of the consequences of the oil price fall.")
    assert not code("Chile's government warned of the economic consequences of the copper slump.")


def test_a_warning_to_a_named_party_stays_a_threat(code):
    assert ("DEU", "THREATEN", "RUS") in triples(code("Germany warned Russia of severe consequences."))


def test_a_price_paid_is_a_penalty_only_when_plain_or_heavy(code):
    assert ("ISRGOV", "THREATEN", "IRN") in triples(code("Netanyahu said Iran would pay the price."))
    assert not any(p == "THREATEN" for _, p, _ in triples(code("OPEC said India would pay higher prices for oil.")))


# -- a coup accepted or rejected: the soldiers who made it ---------------------------------------------------
def test_a_coup_rejected_is_aimed_at_its_makers(code):
    events = triples(code("Soldiers seized power in Mali and detained President Amadou Toumani Toure. "
                          "The African Union said it would never accept a military coup."))
    assert ("AU", "REJECT", "MLIMIL") in events
    assert ("USA", "REJECT", "THAMIL") in triples(
        code("Thai soldiers ousted Prime Minister Thaksin Shinawatra. The United States rejected the coup."))


# -- a diplomat summoned is a complaint to the diplomat's government ----------------------------------------
def test_a_diplomat_summoned_is_a_complaint(code):
    assert ("VNMGOV", "ACCUSE", "CHNGOV") in triples(
        code("Vietnam's foreign ministry summoned a Chinese embassy official to protest."))
    assert ("DEU", "ACCUSE", "RUSGOV") in triples(code("Germany summoned Russian diplomats on Monday."))


def test_officials_summoned_at_home_are_no_complaint(code):
    assert not any(p == "ACCUSE" for _, p, _ in triples(
        code("President Xi Jinping summoned provincial officials to Beijing.")))
