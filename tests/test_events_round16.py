"""Event coder, round 16: halting an attack. Stopping, suspending or ending named strikes, raids, shelling or fire
is coded as the pull-back (RETREAT) of the state that stops them, aimed at the side attacked, with the modality of
the clause it sits in ("agreed to halt its air strikes" is an intended RETREAT); the attack named under the
stopping word is what is stopped, not an attack told (gold, heldout, fresh2 and fresh4 code it so).
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- halting named strikes, raids or fire is a pull-back by the state that halts them -------------------------
def test_halting_air_strikes_is_a_retreat_by_the_state(code):
    events = triples(code("Saudi Arabia halted its air strikes on Yemen on Sunday."))
    assert ("SAU", "RETREAT", "YEM") in events
    assert not any(p == "ASSAULT" for _, p, _ in events)


def test_raids_and_firing_stopped_are_a_retreat(code):
    assert ("PAK", "RETREAT", "AFG") in {(s, p, t[:3]) for s, p, t in triples(code("Pakistan halted its raids on Afghan border villages."))}
    assert ("INDMIL", "RETREAT", "CHN") in triples(code("Indian soldiers stopped firing at Chinese troops."))


# -- agreeing or promising to halt an attack: an intended pull-back, never an intended attack -----------------
def test_agreeing_to_halt_strikes_is_no_intended_attack(code):
    events = code("Israel agreed to halt its air strikes on Gaza.")
    assert ("ISR", "RETREAT", "PSE", "intended") in events
    assert not any(e[1] == "ASSAULT" for e in events)


# -- the attack named under a stopping word is what is stopped ------------------------------------------------
def test_an_offensive_under_a_ceasefire_is_not_coded_as_an_attack(code):
    events = triples(code("Israel declared a unilateral ceasefire in its offensive against Hamas in Gaza."))
    assert ("ISR", "RETREAT", "PSEREB") in events
    assert not any(p == "ASSAULT" for _, p, _ in events)


def test_attacks_resumed_or_launched_stay_attacks(code):
    assert ("ISR", "ASSAULT", "PSE") in triples(code("Israel launched air strikes on Gaza after the truce collapsed."))
