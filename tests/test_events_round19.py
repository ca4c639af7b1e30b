"""Event coder, round 19: triggers that made no event, fixed where the annotators of three or more studied sets code
them alike. A verb of address in the simple past joined to a clause the speaker reported ("India said the tests were
no surprise but urged Pakistan to ...", "Islamabad denied that its agencies were involved and offered ...") is the
speaker's own act, not the act of the reported clause's subject (gold, fresh2, fresh3, fresh5, fresh6); a reported
clause in the plain past telling an actor's deeds, a joined verb with its own auxiliary, a verb of deeds and words
addressed to no one named are left as they were.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a speaker's own act joined to the clause the speaker reported --------------------------------------------
def test_a_verb_of_address_after_a_reported_clause_is_the_speakers(code):
    assert ("IND", "REQUEST", "PAK") in triples(
        code("India said the tests were no surprise but urged Pakistan to show restraint."))
    assert ("KENGOV", "ACCUSE", "SOM") in triples(
        code("Kenya's foreign minister said the border was quiet and accused Somalia of lying."))
    assert ("CHN", "THREATEN", "JPN") in triples(
        code("China said the islands were Chinese territory and warned Japan against any provocation."))
    assert ("SYRGOV", "ACCUSE", "ISR") in triples(code("Damascus denied that it was involved and accused Israel of lying."))


def test_the_speaker_replaces_an_actor_of_a_told_clause(code):
    # the reported clause has an auxiliary: what follows is told by the speaker ("his country" did not accuse)
    events = triples(code("Brazil's president said his country would not yield and accused France of colonialism."))
    assert ("BRAGOV", "ACCUSE", "FRA") in events
    assert ("BRA", "ACCUSE", "FRA") not in events


def test_deeds_told_in_the_plain_past_stay_with_their_doer(code):
    events = triples(code("Officials said Serbia rejected the plan and accused NATO of aggression."))
    assert ("SRB", "ACCUSE", "NATO") in events
    events = triples(code("Officials said Iran had tested a missile and had threatened Israel."))
    assert ("IRN", "THREATEN", "ISR") in events


def test_words_addressed_to_no_one_named_give_no_event(code):
    assert not code("Analysts said the economy was weak and warned of a recession.")
    assert not code("Economists said inflation was falling but urged caution.")
    assert not any(p == "REQUEST" for _, p, _ in triples(code("Germany said the talks were over but urged restraint.")))
