"""Event coder, round 17: recall of shared classes. Ending or calling off one's own offensive or operation is a
pull-back like halting it; a gapped infinitive ("..., and Hamas to stop rocket fire") shares the promise of the
first; a state's forces attacking ground of their own country fight its rebels; "A and B signed" split by the
parser still has both doers; ground handed back with no recipient goes to the counterpart earlier in the story; a
town the gazetteer does not know, seized by rebels, is their country's ground.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- ending or calling off one's own offensive or operation: a pull-back aimed at the side attacked ----------
def test_ending_a_military_operation_is_a_retreat(code):
    assert ("RUS", "RETREAT", "GEO") in triples(code("Russia ended its military operation in Georgia."))
    events = triples(code("Ethiopia called off its offensive against the Tigrayan rebels."))
    assert ("ETH", "RETREAT", "ETHREB") in events
    assert not any(p in ("ASSAULT", "CONCEDE") for _, p, _ in events)


def test_pledging_to_end_an_offensive_is_an_intended_retreat(code):
    assert ("TUR", "RETREAT", "SYR", "intended") in code("Turkey pledged to end its offensive in Syria.")
    # ending a war or the fighting, agreed, stays the agreement
    assert not any(e[1] == "RETREAT" for e in code("India and Pakistan agreed to end the war."))


def test_winding_down_a_campaign_is_no_wounding(code):
    events = triples(code("Russia wound down its military campaign in Syria."))
    assert ("RUS", "RETREAT", "SYR") in events
    assert not any(p == "ASSAULT" for _, p, _ in events)
    assert not code("The company ended its operations in Russia.")


# -- a gapped infinitive shares the verb that governs the first ----------------------------------------------
def test_gapped_infinitive_shares_the_promise(code):
    events = code("Ethiopia promised to stop its shelling of Eritrean towns, and Eritrea to halt its raids "
                  "on Ethiopian positions.")
    assert ("ETH", "RETREAT", "ERI", "intended") in events
    assert ("ERI", "RETREAT", "ETH", "intended") in events


# -- a state's forces attacking ground of their own country fight its rebels ---------------------------------
def test_attack_on_own_ground_is_aimed_at_the_rebels(code):
    assert ("GEOMIL", "ASSAULT", "GEOREB") in triples(code("Georgian troops launched an offensive to retake South Ossetia."))
    assert ("IRQMIL", "ASSAULT", "IRQREB") in triples(code("Iraqi forces launched an offensive to retake Mosul."))
    assert ("RUSMIL", "ASSAULT", "GEO") in triples(code("Russian troops attacked Georgia on Friday."))


# -- "A and B signed": both doers, where the parser splits the coordination ----------------------------------
def test_coordinated_signers_split_by_the_parser(code):
    events = triples(code("Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin signed the "
                          "Camp David accords at the White House, with President Jimmy Carter looking on."))
    assert ("EGYGOV", "SUPPORT", "ISRGOV") in events


# -- ground handed back with no recipient named ----------------------------------------------------------------
def test_ground_handed_back_goes_to_the_earlier_counterpart(code):
    events = triples(code("Russia and China signed a border agreement in Beijing on Thursday. "
                          "Russia will hand over the island of Tarabarov."))
    assert ("RUS", "RETREAT", "CHN") in events
    assert not code("Ethiopia will hand back the town of Badme, the prime minister said.")


# -- a town the gazetteer does not know, taken by rebels, is their country's ground ----------------------------
def test_town_seized_by_rebels_is_their_countrys_ground(code):
    assert ("NGAREB", "COERCE", "NGA") in triples(code("Boko Haram fighters seized the town of Gwoza."))
    assert ("RUSMIL", "COERCE", "UKR") in triples(code("Russian troops seized the town of Kherson in Ukraine."))
