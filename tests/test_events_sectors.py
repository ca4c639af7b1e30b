"""Event coder, round 18: the sectors of an event's source and target as the event annotators write them.

Counted on the 8 studied event sets over every gold event whose type and countries the coder matches (the agreeing
cases as well as the differing ones): the annotators write a state named by its name as the
bare country in diplomatic events, as source and as target (source AGREE 38 of 38 bare, CONSULT 8/8, SUPPORT 23/25,
REQUEST 31/36, ACCUSE 42/49, REJECT 33/38, SANCTION 56/61; target ACCUSE 65/70, SANCTION 51/57, SUPPORT 32/35), and
the country attacked as the bare country (target ASSAULT 55/72); the GOV written for such a state comes mostly from
one set (fresh6: 5 of the 5 SANCTION sources, 4 of the 5 REQUEST sources), so no sector is lifted. Officials, leaders
and a capital acting are the government, troops and weapons the military, as the resolver gives them. A state's name
as the source of an attack is split by annotator (strikes told as done: MIL 16 in 5 sets, bare 12 in 3) and left
bare; a strike only considered is the bare country (6 in 4 sets, against MIL 2 in 1).
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- a state named by its name in a diplomatic event: the bare country, source and target ------------------
def test_a_state_accusing_or_rejecting_is_the_bare_country(code):
    assert ("JPN", "ACCUSE", "CHN") in triples(code("Japan accused China of violating its airspace."))
    assert ("DEU", "REJECT", "GRC") in triples(code("Germany rejected Greece's request for debt relief."))
    assert ("DZA", "ACCUSE", "MAR") in triples(code("Algeria accused Morocco of hostile acts."))


def test_a_state_imposing_sanctions_or_cutting_ties_is_the_bare_country(code):
    assert ("USA", "COERCE", "VEN") in triples(code("The United States imposed sanctions on Venezuela."))
    assert ("SAU", "SANCTION", "QAT") in triples(code("Saudi Arabia cut diplomatic ties with Qatar."))


def test_a_state_asking_supporting_or_giving_is_the_bare_country(code):
    assert ("PAK", "REQUEST", "IND") in triples(code("Pakistan urged India to resume dialogue."))
    assert ("TUR", "SUPPORT", "AZE") in triples(code("Turkey expressed support for Azerbaijan."))
    assert ("FRA", "AID", "LBN") in triples(code("France sent humanitarian aid to Lebanon."))
    assert ("IRN", "THREATEN", "ISR") in triples(code("Iran threatened Israel with retaliation."))


def test_states_agreeing_or_meeting_are_the_bare_countries(code):
    events = triples(code("South Korea and Japan agreed to share military intelligence."))
    assert ("JPN", "AGREE", "KOR") in events or ("KOR", "AGREE", "JPN") in events
    events = triples(code("India and Pakistan held talks on Kashmir."))
    assert ("IND", "CONSULT", "PAK") in events or ("PAK", "CONSULT", "IND") in events


# -- officials, leaders and a capital acting: the government --------------------------------------------------
def test_officials_and_leaders_are_the_government_and_their_addressee_stays_bare(code):
    assert ("FRAGOV", "ACCUSE", "TUR") in triples(code("French President Emmanuel Macron criticised Turkey."))
    assert ("DEUGOV", "REJECT", "POL") in triples(code("The German government rejected Poland's demand."))
    events = triples(code("Greek and Turkish officials held talks in Ankara."))
    assert ("GRCGOV", "CONSULT", "TURGOV") in events or ("TURGOV", "CONSULT", "GRCGOV") in events


def test_a_capital_acting_is_the_government(code):
    assert ("CHNGOV", "ACCUSE", "USAGOV") in triples(code("Beijing accused Washington of meddling in its affairs."))
    assert ("RUSGOV", "THREATEN", "UKRGOV") in triples(code("Moscow warned Kyiv against joining NATO."))


# -- troops and weapons: the military; the country attacked: the bare country ---------------------------------
def test_troops_are_the_military_and_the_country_attacked_is_bare(code):
    assert ("RUSMIL", "ASSAULT", "UKR") in triples(code("Russian troops shelled the Ukrainian city of Kharkiv."))
    assert ("PRKMIL", "ASSAULT", "KOR") in triples(code("North Korean artillery fired on a South Korean island."))


def test_a_strike_only_considered_keeps_the_bare_state(code):
    events = triples(code("Israel could strike Iran's nuclear facilities, officials said."))
    assert ("ISR", "ASSAULT", "IRN") in events
