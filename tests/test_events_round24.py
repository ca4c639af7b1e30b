"""Event coder, round 24: the target side. A denial of a claim told before answers the one who made it (its
speaker, a domestic rival included, not the denier's own voice); a rejected ultimatum or demand answers its maker;
a hostile deed named back by a condemnation or a warning ("condemned the march", "such actions") is aimed at
its doer. Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


def _rejections(events):
    return {(s, t) for s, p, t in events if p == "REJECT"}


# -- a denied claim told in an earlier sentence answers its speaker ------------------------------------------
def test_a_claim_denied_in_a_later_sentence_answers_its_speaker(code):
    events = triples(code("Vietnam's foreign ministry said Chinese ships had entered its waters. "
                          "Beijing rejected the claim."))
    assert {t for s, t in _rejections(events)} == {"VNMGOV"}
    events = triples(code("The Organization of American States said it had found fraud in the vote. "
                          "Honduras's president rejected the findings."))
    assert ("HNDGOV", "REJECT", "OAS") in events


def test_a_domestic_rivals_claim_is_answered_but_not_the_deniers_own_voice(code):
    events = triples(code("The rebels said they had taken the airport in Juba. The army denied the claim."))
    assert ("SSDMIL", "REJECT", "SSDREB") in events
    events = triples(code("Iran's state television said the talks would resume on Monday. "
                          "The Iranian government denied the report."))
    assert all(t is None for s, t in _rejections(events))


def test_a_denial_with_no_earlier_speaker_keeps_no_target(code):
    assert _rejections(triples(code("Pakistan denied any role in the attack."))) == {("PAK", None)}
    events = triples(code("Turkey rejected Greece's accusation."))
    assert ("TUR", "REJECT", "GRC") in events


# -- a rejected ultimatum or demand answers its maker ---------------------------------------------------------
def test_a_rejected_ultimatum_answers_who_gave_it(code):
    events = triples(code("Egypt's army gave the Egyptian president 48 hours to resolve the crisis. "
                          "The president rejected the ultimatum."))
    assert ("EGYGOV", "REJECT", "EGYMIL") in events
    events = triples(code("Russia demanded that NATO halt its expansion. The alliance rejected the demand."))
    assert ("NATO", "REJECT", "RUS") in events


# -- a hostile deed named back is its doer's ------------------------------------------------------------------
def test_a_condemned_or_warned_deed_named_back_is_aimed_at_its_doer(code):
    events = triples(code("Thousands of Moroccan troops crossed into Western Sahara. Algeria condemned the march."))
    assert ("DZA", "ACCUSE", "MAR") in events
    events = triples(code("Iranian forces seized a British tanker in the Gulf. London condemned the action."))
    assert any(s.startswith("GBR") and p == "ACCUSE" and t and t.startswith("IRN") for s, p, t in events)
    events = triples(code("American warplanes struck Syrian army positions near Damascus. "
                          "Moscow warned that such actions would have consequences."))
    assert ("RUSGOV", "THREATEN", "USA") in events


def test_a_deed_not_told_before_stays_without_target(code):
    events = triples(code("The United Nations condemned the use of child soldiers."))
    assert not any(p == "ACCUSE" and t is not None for s, p, t in events)
