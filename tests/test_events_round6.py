"""Event coder, round 6 (issue 6): rules that carry to unseen news. Sentences written for these
tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


def types(events):
    return {p for _, p, _, _ in events}


# -- a journey is not a visit ------------------------------------------------------------------
def test_coming_from_a_country_is_no_visit(code):
    events = code("Nigerian police said the kidnappers had come from Niger.")
    assert "CONSULT" not in types(events)
    # a leader who travels somewhere still visits it
    events = code("The Indonesian president travelled to Australia on Monday.")
    assert ("IDNGOV", "CONSULT", "AUS") in triples(events)


def test_someone_carried_somewhere_is_no_visit(code):
    events = code("Peruvian soldiers detained the rebel commander and flew him to Bolivia.")
    assert "CONSULT" not in types(events)
    assert ("PERMIL", "COERCE", "PERREB") in triples(events)


def test_people_flown_somewhere_pay_no_visit(code):
    events = code("A group of Turkish engineers was flown to Tripoli on Sunday.")
    assert "CONSULT" not in types(events)


# -- a call to strike -----------------------------------------------------------------------
def test_a_call_for_a_general_strike_goes_to_the_people(code):
    events = code("The Bolivian opposition leader called for a general strike.")
    assert ("BOLOPP", "REQUEST", "BOLCVL") in triples(events)
    assert "PROTEST" not in types(events)       # no one named will strike; the caller does not
    # strikers named are still protesting
    events = code("Bolivian miners went on strike against the government.")
    assert ("BOLCVL", "PROTEST", "BOLGOV") in triples(events)


# -- what the asker asks for, with no one asked, is not done by the asker ----------------------
def test_an_appeal_for_aid_is_not_aid_given_by_the_appellant(code):
    events = code("Nepal appealed for international aid after the floods.")
    assert ("NPL", "REQUEST", None) in triples(events)
    assert "AID" not in types(events)


# -- a call to stop fighting goes to the sides of the fighting --------------------------------
def test_a_call_for_a_ceasefire_goes_to_both_fighting_sides(code):
    events = code("Sudanese troops and Eritrean troops fought along the border on Monday. "
                  "Egypt called for an immediate ceasefire.")
    found = triples(events)
    assert any(s == "EGY" and p == "REQUEST" and t and t.startswith("SDN") for s, p, t in found)
    assert any(s == "EGY" and p == "REQUEST" and t and t.startswith("ERI") for s, p, t in found)
    assert ("EGY", "RETREAT", None) not in found
    # with no fighting told before, the call names no one
    events = code("Egypt called for an immediate ceasefire.")
    assert ("EGY", "REQUEST", None) in triples(events)


# -- a hostile act with no one named is aimed at the doer's rival in the article --------------
def test_a_hostile_act_after_fighting_is_aimed_at_the_rival(code):
    events = code("Ecuadorean and Peruvian troops exchanged fire along the border on Monday. "
                  "Ecuador closed its border crossings and recalled its ambassador.")
    found = triples(events)
    assert any(s and s.startswith("ECU") and p == "COERCE" and t and t.startswith("PER") for s, p, t in found)
    assert any(s and s.startswith("ECU") and p == "SANCTION" and t and t.startswith("PER") for s, p, t in found)
    # help makes no rival
    events = code("Japan sent rescue teams to help Turkey after the earthquake. "
                  "Turkey declared a state of emergency in ten provinces.")
    assert not any(p == "COERCE" and t and t.startswith("JPN") for _, p, t in triples(events))


def test_an_ultimatum_rejected_answers_the_one_who_gave_it(code):
    events = code("The United States gave Venezuela 48 hours to release the detained diplomats. "
                  "Venezuela's government rejected the ultimatum on Tuesday.")
    assert ("VENGOV", "REJECT", "USA") in triples(events) or ("VENGOV", "REJECT", "USAGOV") in triples(events)
    # a denial keeps its own convention (it answers an accuser, not the rival)
    events = code("Israeli jets struck targets in Syria on Sunday. Syria denied the reports.")
    assert not any(s and s.startswith("SYR") and p == "REJECT" and t and t.startswith("ISR")
                   for s, p, t in triples(events))


# -- "clashed with" and no other side named ---------------------------------------------------
def test_conjoined_sides_that_clashed_with_weapons_attacked_each_other(code):
    events = code("Armenian and Azerbaijani troops clashed with heavy weapons near the border.")
    found = triples(events)
    assert ("ARMMIL", "ASSAULT", "AZEMIL") in found
    assert ("AZEMIL", "ASSAULT", "ARMMIL") in found
    # with the other side named, one way only
    found = triples(code("Thai troops clashed with Cambodian soldiers near the temple."))
    assert ("THAMIL", "ASSAULT", "KHMMIL") in found
    assert ("KHMMIL", "ASSAULT", "THAMIL") not in found


# -- declining to criticise is the criticism not made, not a rejection --------------------------
def test_declining_to_criticise_is_a_negated_accusation(code):
    events = code("The Brazilian government declined to criticise Venezuela on Monday.")
    assert ("BRAGOV", "ACCUSE", "VEN", "negated") in events
    assert "REJECT" not in types(events)
    # refusing a deed is still a rejection
    events = code("Sudan refused to hand the suspects over to the International Criminal Court.")
    assert ("SDN", "REJECT", "ICC") in triples(events)


# -- "take military action" is the use of force, not an arrest ("take" in PETRARCH's dictionary) --
def test_taking_military_action_against_a_country_is_an_assault(code):
    events = code("The Turkish president said Turkey would take military action against Kurdish militants in Iraq.")
    found = triples(events)
    assert any(p == "ASSAULT" and s and s.startswith("TUR") for s, p, _ in found)
    assert "COERCE" not in types(events)


# -- a protest is aimed at whom its purpose clause denounces -----------------------------------
def test_a_protest_to_denounce_police_violence_is_aimed_at_the_police(code):
    events = code("Thousands of students marched through Nairobi on Friday to denounce police violence.")
    assert ("KENCVL", "PROTEST", "KENCOP") in triples(events)
    assert "ACCUSE" not in types(events)        # the denouncing is what the march is for


# -- what a plan is for is its topic, not its maker ---------------------------------------------
def test_a_plan_for_a_place_is_not_aimed_at_the_place(code):
    events = code("The Moroccan government rejected a new peace plan for Western Sahara on Monday.")
    assert ("MARGOV", "REJECT", None) in triples(events)
    # the plan's maker is still its target
    events = code("Morocco rejected the UN envoy's plan for Western Sahara.")
    assert ("MAR", "REJECT", "UNO") in triples(events)


# -- an answer given under someone's scheme goes to the scheme's maker -------------------------
def test_refusing_under_a_scheme_answers_its_maker(code):
    events = code("Slovakia will refuse to admit asylum seekers under the European Union's resettlement plan.")
    assert ("SVK", "REJECT", "EU") in triples(events) or ("SVKGOV", "REJECT", "EU") in triples(events)


# -- a deal made with a partner the words do not name ------------------------------------------
def test_a_deal_with_an_unnamed_partner_is_still_an_agreement(code):
    events = code("Zambia and its foreign creditors reached a deal on Thursday to restructure its debt.")
    assert ("ZMB", "AGREE", None) in triples(events)
    # one side alone accepting a thing still agrees with no one
    events = code("Zambia accepted a price increase on Thursday.")
    assert "AGREE" not in types(events)


# -- people expelled are deported; envoys expelled cut relations --------------------------------
def test_expelled_journalists_are_deported_not_a_sanction(code):
    events = code("Egyptian authorities expelled three British journalists on Tuesday.")
    assert ("EGYGOV", "COERCE", "GBRMED") in triples(events)
    assert "SANCTION" not in types(events)
    # diplomats expelled are still a sanction
    events = code("Poland expelled 45 Russian diplomats on Tuesday.")
    assert ("POL", "SANCTION", "RUSGOV") in triples(events)


# -- a counterpart is of the kind of the party it answers to ------------------------------------
def test_police_counterparts_are_police(code):
    events = code("Spanish police shared intelligence with their Moroccan counterparts on Friday.")
    found = triples(events)
    assert ("ESPCOP", "COOPERATE", "MARCOP") in found or ("MARCOP", "COOPERATE", "ESPCOP") in found
    # an official's counterpart is still an official
    events = code("The Spanish foreign minister met his Moroccan counterpart on Friday.")
    assert ("ESPGOV", "CONSULT", "MARGOV") in triples(events)


# -- violence by a people named by its demonym is a riot -----------------------------------------
def test_a_people_setting_fire_to_offices_riot(code):
    events = code("Thousands of Bolivians set fire to government offices in La Paz on Monday.")
    found = triples(events)
    assert any(s and s.startswith("BOL") and p == "PROTEST" and t == "BOLGOV" for s, p, t in found)
    assert "ASSAULT" not in types(events)
    # a people that attacks is not rioting
    events = code("Palestinians attacked an Israeli checkpoint near Hebron on Monday.")
    assert "PROTEST" not in types(events)


# -- forces meeting forces stay forces ---------------------------------------------------------
def test_army_chiefs_meeting_each_other_are_both_military(code):
    events = code("The Ethiopian and Eritrean army chiefs met in Asmara on Monday.")
    found = triples(events)
    assert ("ETHMIL", "CONSULT", "ERIMIL") in found or ("ERIMIL", "CONSULT", "ETHMIL") in found


# -- the one extradited is no party; the one who asked for it is ---------------------------------
def test_an_extradition_asked_for_is_cooperation_with_the_asker(code):
    events = code("Peru asked Chile to extradite former President Alberto Fujimori.")
    found = triples(events)
    assert ("CHL", "COOPERATE", "PER") in found or ("PER", "COOPERATE", "CHL") in found
    assert not any(p == "COOPERATE" and (t or "").endswith("GOV") for _, p, t in found)


# -- soldiers set free are the soldiers ----------------------------------------------------------
def test_soldiers_released_are_the_military(code):
    events = code("Iran released eight British soldiers on Thursday.")
    assert ("IRN", "RETREAT", "GBRMIL") in triples(events)


# -- citizens defying a law defy the state that made it -----------------------------------------
def test_protesters_defying_a_ban_defy_their_government(code):
    events = code("Thousands of Sudanese protesters marched in Khartoum on Sunday, defying a ban on demonstrations.")
    assert ("SDNCVL", "REJECT", "SDNGOV") in triples(events)
