"""Generalisation tests for the coder's accuracy rules (sentences written for these tests, not taken
from the gold set): denials answer accusations, reactions to an attack point at the attacker,
forces are their state when blamed or asked, civilian violence is a riot, requests code what is
asked, a government giving up a policy concedes to the protesters."""
from __future__ import annotations

import datetime as dt


from dateline.events import CodingContext

DATE = dt.date(2015, 6, 1)


def triples(nlp, coder, resolver, text):
    doc = nlp(text)
    events, _ = coder.code(doc, resolver.resolve(doc, DATE), CodingContext(article_id="q", date=DATE))
    return {(e.source.code if e.source else None, e.plover, e.target.code if e.target else None, e.modality)
            for e in events}


def test_denial_is_a_rejection_of_the_accuser(nlp, coder, resolver):
    found = triples(nlp, coder, resolver, "Peru accused Bolivia of arming smugglers. Bolivia denied any involvement.")
    assert ("PER", "ACCUSE", "BOL", "asserted") in found
    assert ("BOL", "REJECT", "PER", "asserted") in found
    assert ("NOR", "REJECT", None, "asserted") in triples(nlp, coder, resolver,
                                                           "Norway denied that it had funded the militia.")


def test_forces_blamed_or_asked_stand_for_their_state(nlp, coder, resolver):
    assert ("ARG", "ACCUSE", "CHL", "asserted") in triples(nlp, coder, resolver,
                                                            "Argentina blamed Chilean soldiers for the incident.")
    found = triples(nlp, coder, resolver, "Argentina demanded that Chilean troops leave the disputed island.")
    assert ("ARG", "REQUEST", "CHL", "asserted") in found
    assert ("CHLMIL", "RETREAT", "ARG", "requested") in found     # what is asked is coded, as requested


def test_civilians_storming_a_building_riot(nlp, coder, resolver):
    found = triples(nlp, coder, resolver, "Protesters stormed the parliament building in Lima.")
    assert any(p == "PROTEST" and s == "PERCVL" for s, p, _, _ in found)
    assert not any(p == "ASSAULT" for _, p, _, _ in found)


def test_scrapping_a_policy_after_protests_concedes(nlp, coder, resolver):
    found = triples(nlp, coder, resolver, "The Danish government scrapped the fuel tax after weeks of protests.")
    assert ("DNKGOV", "CONCEDE", "DNKCVL", "asserted") in found


def test_deployments_to_help_and_to_fight(nlp, coder, resolver):
    found = triples(nlp, coder, resolver, "Ghana deployed 500 troops to Liberia to help restore order.")
    assert any(p == "AID" and s and s.startswith("GHA") and t == "LBR" for s, p, t, _ in found)
    found = triples(nlp, coder, resolver, "The Malian army sent more troops to Kidal to fight the rebels.")
    assert ("MLIMIL", "MOBILIZE", "MLIREB", "asserted") in found
    assert not any(p == "ASSAULT" for _, p, _, _ in found)     # the purpose, not a fight


def test_leaving_a_treaty_reduces_relations(nlp, coder, resolver):
    found = triples(nlp, coder, resolver, "Hungary withdrew from the treaty.")
    assert any(s == "HUN" and p == "SANCTION" for s, p, _, _ in found)
    assert not any(p == "RETREAT" for _, p, _, _ in found)
