"""Event coder, round 11: vocabulary news English uses for each type that the lexicon lacked (added as
data in patterns.yaml), a promise whose content is a gerund after 'to', and retaliation said as what one
will do. Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- ASSAULT: a garrison overpowered ----------------------------------------------------------------
def test_a_garrison_overpowered_is_attacked(code):
    events = triples(code("Argentine forces overpowered the British garrison at Port Stanley."))
    assert ("ARGMIL", "ASSAULT", "GBRMIL") in events


# -- MOBILIZE: warships dispatched, security stepped up -----------------------------------------------
def test_a_warship_dispatched_is_a_mobilisation(code):
    events = triples(code("Britain dispatched a destroyer to Guyana."))
    assert ("GBRMIL", "MOBILIZE", "GUY") in events


def test_security_stepped_up_is_a_police_mobilisation(code):
    events = triples(code("Kenyan police stepped up security in Nairobi."))
    assert ("KENCOP", "MOBILIZE", None) in events


# -- REJECT: packages and statements blocked -------------------------------------------------------
def test_an_aid_package_blocked_is_a_rejection(code):
    events = triples(code("Hungary blocked the EU aid package for Ukraine."))
    assert ("HUN", "REJECT", "EU") in events
    assert not any(p == "COERCE" for _, p, _ in events)


# -- REQUEST: loans and support sought ------------------------------------------------------------
def test_a_loan_sought_from_a_lender_is_a_request(code):
    assert ("PAK", "REQUEST", "IMF") in triples(code("Pakistan sought a loan from the International Monetary Fund."))
    assert ("AFGGOV", "REQUEST", "PAK") in triples(code("Kabul sought Pakistan's support for the peace talks."))


# -- ACCUSE: taken to task, objections lodged, cases filed ----------------------------------------------
def test_taken_to_task_is_an_accusation_not_coercion(code):
    events = triples(code("Greece took Turkey to task for violating its airspace."))
    assert ("GRC", "ACCUSE", "TUR") in events
    assert ("GRC", "COERCE", "TUR") not in events


def test_an_objection_lodged_and_a_case_filed_accuse(code):
    assert ("JPN", "ACCUSE", "CHN") in triples(code("Japan lodged an objection with China over the gas field."))
    assert ("UKR", "ACCUSE", "RUS") in triples(code(
        "Ukraine filed a case against Russia at the International Court of Justice."))


# -- SANCTION: relations cut off -------------------------------------------------------------------
def test_relations_cut_off_are_a_sanction(code):
    assert ("ARG", "SANCTION", "GBR") in triples(code("Argentina cut off relations with Britain."))


# -- COERCE: tariffs placed, boats harassed, reporters expelled ---------------------------------------
def test_tariffs_placed_coerce(code):
    assert ("CHNGOV", "COERCE", "AUS") in triples(code("Beijing placed tariffs on Australian wine."))


def test_fishing_boats_harassed_are_coerced_not_protested_at(code):
    events = triples(code("China harassed Vietnamese fishing boats near the Paracel Islands."))
    assert ("CHN", "COERCE", "VNMCVL") in events
    assert not any(p == "PROTEST" for _, p, _ in events)


def test_reporters_expelled_are_deported_not_a_break_in_relations(code):
    events = triples(code("China expelled three Wall Street Journal reporters."))
    # round 15: an attack, coercion or pull-back aimed at no one is left out (annotators of all eight studied sets code
    # 26 of 496 such events with no target); a variant with a target keeps the type decision tested
    assert not any(p == "SANCTION" for _, p, _ in events)
    events = triples(code("China expelled three American reporters."))
    assert any(s == "CHN" and p == "COERCE" for s, p, _ in events)
    assert not any(p == "SANCTION" for _, p, _ in events)


# -- AID: civilians protected ------------------------------------------------------------------------
def test_civilians_protected_are_aided(code):
    events = triples(code("UN peacekeepers protected civilians in Juba."))
    assert ("UNO", "AID", "SSDCVL") in events
    assert not any(p == "SUPPORT" for _, p, _ in events)


# -- CONCEDE: a leader quitting, a price rise reversed, a project scrapped, demands heeded --------------
def test_a_leader_who_quits_after_protests_concedes(code):
    events = triples(code("The Lebanese prime minister quit after months of street protests."))
    assert ("LBNGOV", "CONCEDE", "LBNCVL") in events


def test_a_price_rise_reversed_and_a_project_scrapped_after_protests_concede(code):
    assert ("ECUGOV", "CONCEDE", "ECUCVL") in triples(code(
        "The Ecuadorian government reversed the fuel price rise after violent protests."))
    assert ("SRBGOV", "CONCEDE", "SRBCVL") in triples(code(
        "The Serbian government scrapped the lithium mining project after protests."))


def test_demands_heeded_concede(code):
    events = triples(code("The Jordanian government heeded the demands of the protesters."))
    assert ("JORGOV", "CONCEDE", "JORCVL") in events


# -- PROTEST: motorways blocked ---------------------------------------------------------------------
def test_motorways_blocked_by_farmers_are_a_protest(code):
    events = triples(code("Farmers in France blocked motorways with tractors."))
    assert ("FRACVL", "PROTEST", "FRAGOV") in events


# -- CONSULT: sitting down with someone ---------------------------------------------------------------
def test_sitting_down_with_a_leader_is_a_meeting(code):
    events = triples(code("Israel's defence minister sat down with Palestinian President Mahmoud Abbas."))
    assert ("ISRGOV", "CONSULT", "PSEGOV") in events


# -- a promise whose content is a gerund after 'to' -----------------------------------------------------
def test_a_commitment_to_supplying_is_aimed_at_the_recipient(code):
    assert ("IND", "AGREE", "NPL") in triples(code("India committed to supplying vaccines to Nepal."))


# -- retaliation said as what one will do is a threat; done, it is an attack --------------------------
def test_retaliation_to_come_is_a_threat(code):
    events = triples(code("Russia said it would retaliate if Finland joined NATO."))
    assert ("RUS", "THREATEN", "FIN") in events
    assert ("RUS", "ASSAULT", "FIN") not in events


def test_retaliation_done_stays_an_attack(code):
    events = triples(code("Israel retaliated with airstrikes on Gaza."))
    assert ("ISR", "ASSAULT", "PSE") in events
    assert not any(p == "THREATEN" for _, p, _ in events)


# -- a date after the verb is not part of its phrase ("called Putin on Monday" is no "call on") ------------
def test_a_call_on_a_weekday_is_a_phone_call_not_an_appeal(code):
    events = triples(code("Erdogan called Putin on Monday."))
    assert ("TURGOV", "CONSULT", "RUSGOV") in events
    assert not any(p == "REQUEST" for _, p, _ in events)


# -- more wordings: a counterpart received, differences patched up, participation suspended ----------------
def test_a_counterpart_received_is_hosted(code):
    events = triples(code("The Egyptian foreign minister received his Jordanian counterpart in Cairo."))
    assert ("EGYGOV", "CONSULT", "JORGOV") in events
    assert not any(p == "AID" for _, p, _ in events)


def test_differences_patched_up_are_an_agreement(code):
    assert ("JPN", "AGREE", "KOR") in triples(code("Japan and South Korea patched up their differences."))


def test_troops_quitting_a_place_withdraw_rather_than_resign(code):
    events = triples(code("Russian troops quit Kherson."))
    # round 15: an attack, coercion or pull-back aimed at no one is left out (annotators of all eight studied sets code
    # 26 of 496 such events with no target); a variant with a target keeps the type decision tested
    assert not any(p == "CONCEDE" for _, p, _ in events)
    events = triples(code("Russian troops quit the Ukrainian city of Kherson."))
    assert any(s == "RUSMIL" and p == "RETREAT" for s, p, _ in events)
    assert not any(p == "CONCEDE" for _, p, _ in events)


def test_villages_burned_by_an_army_are_attacked(code):
    # round 15: an attack, coercion or pull-back aimed at no one is left out (annotators of all eight studied sets code
    # 26 of 496 such events with no target); a variant with a target keeps the type decision tested
    events = triples(code("The Myanmar army burned Rohingya villages in Rakhine state."))
    assert any(s == "MMRMIL" and p == "ASSAULT" for s, p, _ in events)


def test_a_gift_of_ambulances_is_aid(code):
    assert ("IND", "AID", "NPL") in triples(code("India gifted ambulances to Nepal."))


def test_leaders_speaking_by_video_consult(code):
    assert ("CHNGOV", "CONSULT", "RUSGOV") in triples(code("Putin and Xi held a video call."))


def test_a_warrant_ignored_is_defiance(code):
    assert ("RUS", "REJECT", "ICC") in triples(code("Russia ignored the ICC warrant."))
