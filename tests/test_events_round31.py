"""Event coder, round 31: classes found by whole wire articles written and labelled first
(tests/data/event_probes_round31.jsonl). Aid sent or pledged with no recipient named goes to the story's country
(the dateline's place, else the article's first place), never to the giver itself; relief sent under the names of
its goods ("shipped food", "sent tents and blankets") is aid. Texts written for these tests, coded with the real
spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- aid with no recipient named goes to the story's country -------------------------------------------------
def test_aid_with_no_recipient_goes_to_the_storys_country(code):
    events = triples(code("An earthquake struck Nepal on Saturday. Britain pledged 5 million pounds in emergency aid."))
    assert ("GBR", "AID", "NPL") in events
    events = triples(code("Famine spread across southern Somalia. Turkey and Qatar sent medical supplies and food."))
    assert {("TUR", "AID", "SOM"), ("QAT", "AID", "SOM")} <= events
    events = triples(code("An earthquake struck Nepal on Saturday. India and China sent rescue teams and relief "
                          "supplies."))
    assert {("IND", "AID", "NPL"), ("CHN", "AID", "NPL")} <= events


def test_aid_to_someone_unnamed_keeps_no_recipient(code):
    # "to the countries hit by the waves": a recipient told, not the story's country (ef-0126 codes JPN AID -)
    events = triples(code("A tsunami struck Sri Lanka on Sunday. Japan pledged 30 million dollars in emergency grants "
                          "to the countries hit by the waves."))
    assert ("JPN", "AID", "LKA") not in events


def test_aid_at_home_is_not_given_to_the_giver(code):
    events = triples(code("Floods swept northern Britain. The British government pledged 5 million pounds in "
                          "emergency aid."))
    assert not any(p == "AID" and (t or "").startswith("GBR") for _, p, t in events)


# -- relief told by its goods is aid ------------------------------------------------------------------------
def test_relief_goods_shipped_are_aid(code):
    events = triples(code("Floods hit Bangladesh. Indonesia shipped food and sent tents and blankets."))
    assert ("IDN", "AID", "BGD") in events
