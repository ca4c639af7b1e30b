"""Event coder, round 21: requested deeds whose parties were taken from the request, fixed where the annotators of
three or more studied sets code them alike. A withdrawal of forces that a body of states demands (the Security
Council, the Arab League) is not aimed at that body: the forces leave the country they went into, if the article
names one (gold, heldout, fresh3; no studied set codes the body as the one left). Forces that a state asks another
state or a body of states to send to it come to help it: aid to the one who asked (gold, heldout, fresh3, fresh4;
no studied set codes a mobilisation). A state's demand that forces leave its own soil, its own army asked to deploy,
and forces deployed unasked are left as they were.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a withdrawal demanded by a body of states is not aimed at the body ------------------------------------------
def test_a_withdrawal_demanded_by_a_body_of_states_leaves_the_country_invaded(code):
    for text, expected, body in (
            ("Iraqi troops invaded Kuwait on Thursday. The U.N. Security Council demanded an immediate Iraqi "
             "withdrawal.", ("IRQ", "RETREAT", "KWT"), "UNO"),
            ("Israeli troops invaded Lebanon on Sunday. The U.N. Security Council called on Israel to withdraw its "
             "forces.", ("ISR", "RETREAT", "LBN"), "UNO")):
        events = code(text)
        assert expected + ("requested",) in events, text
        assert not any(t == body for _, p, t in triples(events) if p in ("RETREAT", "SANCTION")), text


def test_a_withdrawal_demanded_by_a_body_with_no_country_left_is_not_aimed_at_the_body(code):
    events = triples(code("The Arab League urged Syria to withdraw its tanks from Hama."))
    assert ("ARL", "REQUEST", "SYR") in events
    assert not any(t == "ARL" for _, p, t in events if p != "REQUEST")     # was SYR SANCTION ARL


def test_a_state_demanding_forces_leave_its_soil_is_still_the_target(code):
    events = code("Niger's military rulers demanded the withdrawal of 1,500 French troops.")
    assert any(s == "FRAMIL" and p == "RETREAT" and t.startswith("NER") for s, p, t in triples(events))
    events = triples(code("Lebanon demanded that Syria withdraw its troops from Lebanese territory."))
    assert ("SYRMIL", "RETREAT", "LBN") in events


def test_other_requests_of_a_body_still_answer_the_body(code):
    events = code("The IAEA called on Iran to give inspectors access to the site.")
    assert ("IRN", "RETREAT", "IAEA", "requested") in events


# -- forces a state asks a foreign state or a body of states to send it come to help it ----------------------------
def test_forces_asked_for_by_a_state_are_aid_to_it(code):
    for text, expected in (
            ("Poland asked NATO to station permanent combat troops on its territory.", ("NATO", "AID", "POL")),
            ("Lithuania asked NATO to deploy more troops to its territory.", ("NATO", "AID", "LTU")),
            ("Mali asked France to send troops to stop the rebel advance.", ("FRAMIL", "AID", "MLI"))):
        events = code(text)
        assert expected + ("requested",) in events, text
        assert not any(p == "MOBILIZE" for _, p, _ in triples(events)), text


def test_a_states_own_forces_asked_to_deploy_still_mobilize(code):
    events = triples(code("Lebanon's prime minister asked the army to reinforce its positions around the camp."))
    assert ("LBNMIL", "MOBILIZE", None) in events
    assert not any(p == "AID" for _, p, _ in events)


def test_forces_deployed_unasked_still_mobilize(code):
    assert ("RUSMIL", "MOBILIZE", "KAZ") in triples(code("Russia deployed troops to Kazakhstan after the unrest."))
