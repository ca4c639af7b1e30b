"""Event coder, round 9 (issue 6): people let do what they sought, a right granted (CAMEO 0833, CONCEDE).
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- allowed, let, permitted -----------------------------------------------------------------------
def test_a_government_allowing_its_citizens_to_act_concedes_to_them(code):
    events = triples(code("The Cuban government allowed citizens to travel abroad without exit permits."))
    assert ("CUBGOV", "CONCEDE", "CUBCVL") in events


def test_letting_workers_act_concedes_to_them(code):
    events = triples(code("The Vietnamese authorities let workers form their own unions."))
    assert any(s == "VNMGOV" and p == "CONCEDE" and t and t.startswith("VNM") for s, p, t in events)


def test_a_let_with_no_one_named_takes_no_conventional_target(code):
    # the rule needs the one let do something named: a currency let float is no concession to anyone
    events = triples(code("The Nigerian authorities allowed students to return to the campus, "
                          "and the central bank let the naira float."))
    assert ("NGAGOV", "CONCEDE", "NGACVL") in events
    assert sum(1 for _, p, _ in events if p == "CONCEDE") == 1
