"""Event coder, round 29: conventions shared by the annotators of three or more studied sets (GSR counted as one).
A yielding whose doer the text does not name is coded only when people are set free; forces readied in a foreign
place named by 'in' face that place's country. Sentences written for these tests, coded with the real spaCy model,
actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a thing or a place given up by no one named is no RETREAT (heldout, fresh5, fresh6, GSR) -----------------
def test_a_thing_given_up_by_no_one_named_is_no_retreat(code):
    assert not any(p == "RETREAT" for _, p, _ in triples(
        code("Iran's Revolutionary Guards seized the British-flagged tanker, and London warned of serious "
             "consequences if it was not released.")))
    assert not any(p == "RETREAT" for _, p, _ in triples(code("The canal will be returned to Panama.")))


def test_people_set_free_by_no_one_named_stay_a_retreat(code):
    events = triples(code("Ten Thai hostages were freed in Gaza on Friday."))
    assert (None, "RETREAT", "THACVL") in events
    assert ("RUSMIL", "RETREAT", "UKR") in triples(code("Russian troops withdrew from Kherson."))


# -- forces readied in a foreign place named by 'in' face that country (gold, fresh6, GSR) ---------------------
def test_forces_readied_in_a_foreign_place_face_its_country(code):
    assert ("ISRMIL", "MOBILIZE", "PSE") in triples(code("Israeli troops were on alert in the occupied West Bank."))
    assert ("CHNMIL", "MOBILIZE", "TWN") in triples(
        code("China's military began live-fire drills in six zones encircling Taiwan on Thursday."))


def test_forces_readied_at_home_face_no_one(code):
    assert ("KENCOP", "MOBILIZE", None) in triples(code("Kenyan police were on high alert in Nairobi."))
    assert ("EGYMIL", "MOBILIZE", None) in triples(code("Egypt massed troops in Sinai."))


def test_a_leader_flying_into_exile_faces_no_country(code):
    events = triples(code("Gambia's president Yahya Jammeh flew into exile in Equatorial Guinea."))
    assert not any(p == "MOBILIZE" and t and t.startswith("GNQ") for _, p, t in events)
