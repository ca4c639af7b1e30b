"""Event coder, round 7 (issue 6): rules that carry to unseen news. Sentences written for these
tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


def pairs_of(events, plover):
    """The unordered pairs of the events of one type (symmetric types are stored in one order)."""
    return {frozenset((s, t)) for s, p, t in triples(events) if p == plover}


# -- armed people answer for their own deeds ---------------------------------------------------
def test_a_condemned_deed_is_aimed_at_its_doer(code):
    events = code("Canada condemned the Ethiopian army's shelling of the town.")
    assert ("CAN", "ACCUSE", "ETHMIL") in triples(events)
    # the doer named by 'by', not the victim named by 'of'
    events = code("France condemned the arrest of the journalist by Iranian police.")
    assert ("FRA", "ACCUSE", "IRNCOP") in triples(events)
    # a weapon blamed stands for its state
    events = code("Japan condemned the North Korean missile launch.")
    assert ("JPN", "ACCUSE", "PRK") in triples(events)
    assert ("JPN", "ACCUSE", "PRKMIL") not in triples(events)


def test_an_army_threatened_is_the_target(code):
    events = code("The African Union threatened the Sudanese army with sanctions.")
    assert ("AU", "THREATEN", "SDNMIL") in triples(events)


# -- the broker or host of a deal deals with each party -----------------------------------------
def test_a_country_brokered_deal_is_mediation_with_each_party(code):
    events = code("Ethiopia and Eritrea signed a Saudi-brokered peace deal.")
    consulted = pairs_of(events, "CONSULT")
    assert frozenset(("ETH", "SAU")) in consulted
    assert frozenset(("ERI", "SAU")) in consulted


def test_a_deal_mediated_by_an_organisation(code):
    events = code("Sudan and South Sudan reached an agreement mediated by the African Union.")
    consulted = pairs_of(events, "CONSULT")
    assert frozenset(("AU", "SDN")) in consulted
    assert frozenset(("AU", "SSD")) in consulted


def test_the_host_of_a_signing_ceremony_deals_with_the_signers(code):
    events = code("Rwanda and Congo signed a peace accord at a ceremony hosted by Qatar.")
    consulted = pairs_of(events, "CONSULT")
    assert frozenset(("QAT", "RWA")) in consulted
    assert frozenset(("COD", "QAT")) in consulted
    # talks brokered before the deal ("after years of talks brokered by Norway") name no party to it
    events = code("Colombia and the FARC rebels signed a peace accord after years of talks brokered by Norway.")
    assert not any("NOR" in pair for pair in pairs_of(events, "CONSULT"))


# -- a deed's agent does what the deed does ---------------------------------------------------
def test_the_agent_of_a_deed_as_subject_is_the_doer(code):
    events = code("The bombing of the bus station by Boko Haram militants killed 30 Nigerian civilians.")
    assert ("NGAREB", "ASSAULT", "NGACVL") in triples(events)
    events = code("A report by Human Rights Watch accused Ethiopia of war crimes.")
    assert any(s and s.startswith("NGO") and p == "ACCUSE" and t == "ETH" for s, p, t in triples(events))
    # a dictionary verb does not borrow it: "an operation by troops would need approval" is no attack
    events = code("Any joint operation by Ugandan troops against the rebels would need the approval of Kinshasa.")
    assert not any(p == "ASSAULT" and t and t.startswith("COD") and not t.endswith("REB")
                   for s, p, t in triples(events))


# -- an event only wanted, planned or rehearsed has not happened --------------------------------
def test_an_event_wanted_or_planned_is_not_coded(code):
    events = code("Russia does not want a war with NATO, the Kremlin said.")
    assert not any(p == "ASSAULT" for _, p, _ in triples(events))
    events = code("The Pentagon criticised Moscow's plans for an offensive against Ukraine.")
    assert not any(p == "ASSAULT" for _, p, _ in triples(events))
    assert ("USAMIL", "ACCUSE", "RUSGOV") in triples(events)     # the criticism itself is still coded
    events = code("Chinese warships held drills near Taiwan, simulating an attack on the island.")
    assert not any(p == "ASSAULT" for _, p, _ in triples(events))


# -- crowds broken up by force ----------------------------------------------------------------
def test_crowds_broken_up_or_stun_grenades_used(code):
    events = code("Georgian police broke up the protest in Tbilisi.")
    assert ("GEOCOP", "ASSAULT", "GEOCVL") in triples(events)
    events = code("Serbian riot police used stun grenades against protesters in Belgrade.")
    assert ("SRBCOP", "ASSAULT", "SRBCVL") in triples(events)


# -- an answer to a plan goes to the one who made it ---------------------------------------------
def test_an_answer_to_a_brokered_or_drafted_plan_goes_to_its_maker(code):
    events = code("Israel rejected the ceasefire plan proposed by France.")
    assert ("ISR", "REJECT", "FRA") in triples(events)
    events = code("Hamas accepted a truce proposal drafted by Egypt.")
    assert ("PSEREB", "AGREE", "EGY") in triples(events)
    events = code("Serbia did not reject the EU-brokered plan on Kosovo outright, diplomats said.")
    assert ("SRB", "REJECT", "EU") in triples(events)


# -- the other side of what the object is part of ---------------------------------------------
def test_a_ceasefire_in_an_offensive_is_toward_its_target(code):
    events = code("Israel declared a unilateral ceasefire in its offensive against Hezbollah.")
    assert ("ISR", "RETREAT", "LBNREB") in triples(events)


# -- aid that reached a part of a country reached its people ------------------------------------
def test_aid_reaching_a_region_of_a_country_reaches_its_civilians(code):
    events = code("Food aid from Kenya reached Somalia's southern regions on Friday.")
    assert ("KEN", "AID", "SOMCVL") in triples(events)
    # aid that reached the country itself reached the country
    events = code("Aid from China reached Pakistan on Sunday.")
    assert ("CHN", "AID", "PAK") in triples(events)


# -- the subject of "is expected to", "is likely to", "was forced to" does the deed ------------
def test_a_raised_subject_does_the_deed_of_its_clause(code):
    events = code("Japan is expected to sign the trade agreement with India next month.")
    assert ("JPN", "SUPPORT", "IND") in triples(events)
    events = code("Kenya is set to deploy troops to Haiti.")
    assert ("KENMIL", "MOBILIZE", "HTI") in triples(events)
    events = code("Britain is likely to expel Russian diplomats.")
    assert ("GBR", "SANCTION", "RUSGOV") in triples(events)
    events = code("Iraq was forced to withdraw from Kuwait.")
    assert ("IRQ", "RETREAT", "KWT") in triples(events)


# -- "people accused of ..." describes them; no one named accuses them ------------------------
def test_people_described_as_accused_are_not_an_accusation(code):
    events = code("Egyptian police arrested three activists accused of spreading false news.")
    assert not any(p == "ACCUSE" for _, p, _ in triples(events))
    assert ("EGYCOP", "COERCE", "EGYCVL") in triples(events)     # the arrest is still coded


# -- order restored is given back to no one ---------------------------------------------------
def test_restoring_order_returns_nothing(code):
    events = code("Chad sent troops to Niger to help restore order.")
    assert not any(p == "RETREAT" for _, p, _ in triples(events))
    assert ("TCDMIL", "AID", "NER") in triples(events)
    # what is restored to a party is still given back
    events = code("Russia restored gas supplies to Ukraine.")
    assert ("RUS", "RETREAT", "UKR") in triples(events)


# -- the yielding a protest demands is its cause, not another event -----------------------------
def test_a_resignation_demanded_by_marchers_is_not_coded_apart(code):
    events = code("Thousands of Thai students marched in Bangkok to demand the prime minister's resignation.")
    assert ("THACVL", "PROTEST", "THAGOV") in triples(events)
    assert not any(p == "CONCEDE" for _, p, _ in triples(events))
    # a withdrawal demanded of others is still coded, as requested
    events = code("Tens of thousands of Iraqis rallied in Baghdad to demand the withdrawal of American troops.")
    assert ("USAMIL", "RETREAT", "IRQ", "requested") in events


# -- a party that says another attacked accuses it --------------------------------------------
def test_saying_another_party_attacked_accuses_it(code):
    events = code("Armenia said Azerbaijani troops had attacked first.")
    assert ("ARM", "ACCUSE", "AZEMIL") in triples(events)
    # round 15: an attack, coercion or pull-back aimed at no one is left out (annotators of all eight studied sets code
    # 26 of 496 such events with no target); a variant with a target keeps the type decision tested
    events = code("Armenia said Azerbaijani troops had attacked its positions first.")
    assert ("ARM", "ACCUSE", "AZEMIL") in triples(events)
    assert ("AZEMIL", "ASSAULT", "ARM") in triples(events)     # the attack told is still coded


# -- fighting with one side named is fought by the clause's subject ------------------------------
def test_clashes_with_one_side_named_are_fought_by_the_subjects_forces(code):
    events = code("Mali imposed a curfew in Gao after clashes with Tuareg rebels.")
    assert ("MLIMIL", "ASSAULT", "MLIREB") in triples(events)
    assert (None, "ASSAULT", "MLIREB") not in triples(events)
