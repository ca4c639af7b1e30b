"""General coding rules for sources and targets (issue 6): one real sentence each, written for these
tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import datetime as dt

import pytest

from dateline.events import CodingContext
from dateline.places import Gazetteer

DATE = dt.date(2023, 5, 4)


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer()


@pytest.fixture(scope="module")
def code(nlp, coder, resolver, gazetteer):
    def run(text):
        doc = nlp(text)
        mentions = resolver.resolve(doc, DATE)
        places = gazetteer.find_places(doc, [m.actor.country for m in mentions if m.actor.country])
        events, _ = coder.code(doc, mentions, CodingContext(article_id="t", date=DATE, places=tuple(places)))
        return [(e.source.code if e.source else None, e.plover, e.target.code if e.target else None, e.modality)
                for e in events]
    return run


def triples(events):
    return {(s, p, t) for s, p, t, _ in events}


def test_civilian_building_in_a_place_is_its_civilians(code):
    events = code("Russian rockets hit a school in Kharkiv, killing dozens of people.")
    assert ("RUSMIL", "ASSAULT", "UKRCVL") in triples(events)
    assert not any(t == "RUSCVL" for _, _, t in triples(events))


def test_victims_of_a_prepositional_object_are_civilians(code):
    events = code("Riot police fired tear gas at demonstrators in Nairobi.")
    assert ("KENCOP", "ASSAULT", "KENCVL") in triples(events)


def test_conjoined_verbs_share_their_victims(code):
    events = code("Soldiers beat and detained villagers near Mandalay.")
    assert ("MMRMIL", "ASSAULT", "MMRCVL") in triples(events)
    assert ("MMRMIL", "COERCE", "MMRCVL") in triples(events)


def test_what_is_between_two_sides_is_done_by_each_to_the_other(code):
    found = triples(code("The truce between Armenia and Azerbaijan collapsed on Monday."))
    assert {("ARM", "RETREAT", "AZE"), ("AZE", "RETREAT", "ARM")} <= found


def test_a_gerund_subject_is_an_event_noun(code):
    found = triples(code("Fighting between Armenia and Azerbaijan resumed on Monday."))
    assert {("ARM", "ASSAULT", "AZE"), ("AZE", "ASSAULT", "ARM")} <= found


def test_call_on_x_to_makes_x_the_doer_of_the_requested_event(code):
    events = code("The UN Security Council called on Armenia and Azerbaijan to respect the truce.")
    assert ("UNO", "REQUEST", "ARM") in triples(events)
    requested = {(s, t) for s, p, t, m in events if p == "RETREAT"}
    # the sides asked keep the truce toward each other, not toward the council that asked
    assert requested == {("ARM", "AZE"), ("AZE", "ARM")}
    assert all(m == "requested" for _, p, _, m in events if p == "RETREAT")


def test_a_threat_in_a_despite_phrase_is_aimed_at_the_subject(code):
    assert ("USA", "THREATEN", "IRN") in triples(code("Iran rejected the proposal despite American threats."))


def test_an_attack_after_which_someone_reacts_was_aimed_at_them(code):
    events = code("Ukraine closed its airspace after the Russian attack.")
    assert any(s and s.startswith("RUS") and p == "ASSAULT" and t == "UKR" for s, p, t in triples(events))


def test_aid_from_x_that_reached_y(code):
    assert ("TUR", "AID", "SYR") in triples(code("Aid from Turkey reached Syria on Sunday."))


def test_what_is_handed_back_goes_to_the_recipient(code):
    assert ("RUS", "RETREAT", "JPN") in triples(code("Russia handed the island back to Japan."))


def test_an_object_pronoun_stands_for_the_actor_named_before_it(code):
    found = triples(code("Egypt and Jordan recalled their ambassadors from Israel, accusing it of war crimes."))
    assert {("EGY", "ACCUSE", "ISR"), ("JOR", "ACCUSE", "ISR")} <= found
    assert ("EGY", "SANCTION", "ISR") in found


def test_a_conditional_threat_is_aimed_at_the_subject_of_the_condition(code):
    events = code("Moscow would retaliate if Finland joined NATO, a Russian diplomat said.")
    assert any(s == "RUSGOV" and t == "FIN" for s, p, t in triples(events))


def test_a_warning_with_a_condition_in_its_clause(code):
    events = code("Washington warned that new sanctions would follow if China sent weapons to Russia.")
    assert any(s == "USAGOV" and p == "THREATEN" and t and t.startswith("CHN") for s, p, t in triples(events))
    assert not any(s is None and p in ("SANCTION", "COERCE") for s, p, t in triples(events))


def test_a_state_protests_in_words(code):
    events = code("Beijing would protest if Washington sent warships to the strait.")
    assert any(s.startswith("CHN") and p == "ACCUSE" and t.startswith("USA") for s, p, t in triples(events) if s and t)


def test_returning_without_an_object_is_not_a_release(code):
    assert not [e for e in code("The exiled president returned to Haiti on Friday.") if e[1] == "RETREAT"]


def test_a_disaster_is_not_an_attack(code):
    assert not [e for e in code("A building collapse in Lagos killed 12 people.") if e[1] == "ASSAULT"]


def test_people_arrested_are_not_protesting_by_the_police(code):
    events = code("Police arrested protesters in Minsk.")
    assert ("BLRCOP", "COERCE", "BLRCVL") in triples(events)
    assert not any(p == "PROTEST" and s == "BLRCOP" for s, p, t in triples(events))


def test_forces_do_not_demonstrate(code):
    assert not [e for e in code("Russian troops gathered near the border for weeks.") if e[1] == "PROTEST"]


def test_a_people_named_by_its_demonym_protests_as_civilians(code):
    assert ("SRBCVL", "PROTEST", "SRBGOV") in triples(code("Serbians protested in Belgrade."))


def test_a_protest_at_an_embassy_is_aimed_at_its_state(code):
    events = code("Thousands of Kenyans demonstrated outside the British embassy in Nairobi.")
    assert any(s == "KENCVL" and p == "PROTEST" and t and t.startswith("GBR") for s, p, t in triples(events))


def test_a_second_verb_of_the_same_doer_shares_the_target(code):
    events = code("Poland condemned Belarus and demanded compensation.")
    assert ("POL", "REQUEST", "BLR") in triples(events)


def test_own_people_are_not_the_target(code):
    events = code("Peru recalled its ambassador from Mexico.")
    assert ("PER", "SANCTION", "MEX") in triples(events)


def test_denial_is_not_aimed_at_the_denied_deed(code):
    events = code("Belarus denied sending weapons to Russia.")
    assert not any(p == "REJECT" and t == "RUS" for s, p, t in triples(events))


def test_a_led_coalition_is_its_leader_and_a_strike_hits_civilians(code):
    events = code("A French-led coalition air strike hit a market in northern Mali.")
    assert ("FRAMIL", "ASSAULT", "MLICVL") in triples(events)


def test_members_named_after_including(code):
    events = code("European leaders including Germany's Olaf Scholz praised Finland.")
    assert ("DEUGOV", "SUPPORT", "FIN") in triples(events)
    # with no member named, "European leaders" is the EU itself
    assert ("EU", "SUPPORT", "FIN") in triples(code("European leaders praised Finland."))


def test_the_outcome_of_a_summit_points_back_to_its_parties(code):
    text = ("Chile and Peru held a summit in Lima on Monday. "
            "The United Nations welcomed the outcome of the summit.")
    found = triples(code(text))
    assert {("UNO", "SUPPORT", "CHL"), ("UNO", "SUPPORT", "PER")} <= {(s, p, t[:3] if t else t) for s, p, t in found}


def test_aid_to_people_in_a_place_is_aid_to_its_civilians(code):
    assert ("ICRC", "AID", "IRQCVL") in triples(code("The Red Cross airlifted medicine to hospitals in Mosul."))


def test_a_refused_request_is_coded_as_the_refusal_only(code):
    events = code("Hungary refused Ukraine's request to extradite the businessman.")
    assert ("HUN", "REJECT", "UKR") in triples(events)
    assert not [e for e in events if e[1] in ("REQUEST", "COOPERATE")]


def test_civilians_occupying_a_building_stage_a_sit_in(code):
    events = code("Students occupied the parliament in Belgrade for a day.")
    assert not [e for e in events if e[1] == "COERCE"]
    assert any(p == "PROTEST" for s, p, t in triples(events))


def test_a_reduced_main_clause_keeps_its_subject(code):
    events = code("The IAEA called on Iran to allow inspectors into the plant.")
    assert ("IAEA", "REQUEST", "IRN") in triples(events)


def test_a_statement_that_another_party_did_wrong_is_an_accusation(code):
    events = code("The Danish foreign minister said Russia was violating the treaty.")
    assert ("DNKGOV", "ACCUSE", "RUS") in triples(events)
    assert not [e for e in code("The Danish foreign minister said Russia was not violating the treaty.")
                if e[1] == "ACCUSE"]


def test_calling_a_decision_illegal_is_a_condemnation(code):
    events = code("Mexico called the decision illegal.")
    assert any(s == "MEX" and p == "ACCUSE" for s, p, t in triples(events))


def test_a_condemned_decision_is_its_makers(code):
    text = "Canada recognised Kosovo as a state on Monday. Serbia condemned the decision."
    found = triples(code(text))
    assert any(s == "SRB" and p == "ACCUSE" and t and t.startswith("CAN") for s, p, t in found)
    assert not any(s == "SRB" and p == "ACCUSE" and t and t.startswith("XKX") for s, p, t in found)


def test_people_leaving_is_not_a_withdrawal(code):
    assert not [e for e in code("Thousands of Syrians rushed to the border hoping to leave.") if e[1] == "RETREAT"]


def test_a_meeting_or_a_vow_with_no_other_party_is_not_coded(code):
    assert not [e for e in code("Japan convened its national security council on Sunday.") if e[1] == "CONSULT"]
    assert not [e for e in code("The Colombian president vowed to fight corruption.") if e[1] == "AGREE"]
    assert ("FRAGOV", "CONSULT", "DEUGOV") in triples(code("The French president met the German chancellor in Paris."))


def test_releasing_a_thing_is_not_freeing_anyone(code):
    assert not [e for e in code("The Iraqi army released a statement on Monday.") if e[1] == "RETREAT"]
    assert any(p == "RETREAT" for s, p, t in triples(code("Iran released two French prisoners on Monday.")))


def test_a_refusal_answers_the_demander_named_in_an_as_clause(code):
    events = code("The Georgian prime minister refused to call early elections, as the opposition demanded.")
    found = triples(events)
    assert ("GEOGOV", "REJECT", "GEOOPP") in found
    assert ("GEOOPP", "REQUEST", "GEOGOV") in found


def test_a_refusal_answers_the_one_defied(code):
    events = code("Defying the Supreme Court, the Polish government refused to publish the ruling.")
    assert ("POLGOV", "REJECT", "POLJUD") in triples(events)


def test_leaders_of_several_countries_agree_with_each_other(code):
    found = triples(code("The presidents of Chile, Peru and Bolivia agreed in Lima to end the border dispute."))
    assert {("BOLGOV", "AGREE", "CHLGOV"), ("BOLGOV", "AGREE", "PERGOV"), ("CHLGOV", "AGREE", "PERGOV")} <= \
        {(min(s, t), p, max(s, t)) for s, p, t in found if s and t}
    assert not any(t in ("CHL", "PER", "BOL") for s, p, t in found)


def test_an_operation_against_unplaced_militants_is_against_those_of_the_place(code):
    events = code("Nigerian troops launched an operation against Islamist militants near Maiduguri.")
    assert ("NGAMIL", "ASSAULT", "NGAREB") in triples(events)


def test_a_refusal_of_what_was_demanded_answers_the_demander(code):
    text = ("France demanded on Monday that Algeria hand over the suspect. "
            "The Algerian government said it would not hand over the suspect.")
    found = triples(code(text))
    assert any(s and s.startswith("DZA") and p == "REJECT" and t and t.startswith("FRA") for s, p, t in found)


def test_a_definite_event_noun_named_again_is_not_a_new_event(code):
    text = ("Hezbollah fighters attacked an Israeli patrol on Wednesday. "
            "The Israeli prime minister called the attack an act of war.")
    events = code(text)
    assert not any(p == "ASSAULT" and s and s.startswith("ISR") for s, p, t in triples(events))


def test_a_verb_that_is_also_a_weather_word_does_not_discard_the_sentence(code):
    events = code("Armenian opposition supporters tried to storm parliament in Yerevan.")
    assert ("ARMOPP", "PROTEST", "ARMLEG") in triples(events)
    assert not [e for e in code("A storm killed 12 people in Yerevan.") if e[1] == "ASSAULT"]


def test_a_dateline_left_in_the_text_is_not_a_party(code):
    events = code("KABUL, Afghanistan — Taliban fighters seized the town of Kunduz on Sunday.")
    assert not any(s in ("AFG", "AFGGOV") for s, p, t in triples(events))


def test_suspending_aid_in_a_country_is_aimed_at_it(code):
    assert ("UNO", "SANCTION", "YEM") in triples(code("The United Nations suspended all aid deliveries in Yemen."))


def test_forces_that_leave_leave_the_foreign_country_where_it_happens(code):
    events = code("Rebels seized the town of Goma on Monday, hours after Rwandan troops left.")
    assert any(s == "RWAMIL" and p == "RETREAT" and t == "COD" for s, p, t in triples(events))


def test_a_denial_answers_a_domestic_accuser(code):
    text = "The Spanish government blamed ETA for the bombing. ETA denied responsibility."
    assert ("ESPREB", "REJECT", "ESPGOV") in triples(code(text))


def test_an_imperative_quote_told_to_someone_is_a_request(code):
    events = code('"Free our fishermen now," the Indian foreign minister told Sri Lanka.')
    assert ("INDGOV", "REQUEST", "LKA") in triples(events)
    assert any(s == "LKA" and p == "RETREAT" and t == "INDCVL" and m == "requested" for s, p, t, m in events)


def test_talks_with_no_party_named_do_not_take_the_speaker(code):
    events = code("Neither side agreed to a truce at the talks in Istanbul, Turkish officials said.")
    assert not [e for e in events if e[1] == "CONSULT"]


def test_what_was_sent_belongs_to_the_sender(code):
    assert ("RUS", "AID", "SYR") in triples(code("Russian weapons were delivered to Syria last year."))


def test_a_deed_done_jointly_is_cooperation(code):
    events = code("Kenya and Ethiopia will jointly build a railway to the coast.")
    assert any({s, t} == {"KEN", "ETH"} and p == "COOPERATE" and m == "intended" for s, p, t, m in events)


def test_moving_weapons_is_mobilizing_and_paying_for_is_aid(code):
    assert any(s == "RUSMIL" and p == "MOBILIZE" for s, p, t in
               triples(code("Russia moved tanks and missiles to its western border.")))
    assert ("JPN", "AID", "TON") in triples(code("Japan paid for Tonga's new water pipes."))


def test_the_recipient_of_an_extradition_even_when_parsed_on_the_object(code):
    events = code("Colombia would extradite the rebel commander to the United States.")
    assert ("COL", "COOPERATE", "USA") in triples(events)


def test_a_denial_answers_the_one_who_reported_the_deeds(code):
    text = ("Chadian officials said Sudanese soldiers had shot civilians near the border. "
            "The Sudanese government denied the accusations.")
    assert ("SDNGOV", "REJECT", "TCDGOV") in triples(code(text))


def test_an_anti_modifier_is_the_target_and_protesters_are_of_the_place(code):
    assert ("PAKCVL", "PROTEST", "USA") in triples(code("Anti-American protests erupted in Karachi."))
    assert ("TUNCVL", "PROTEST", "TUNGOV") in triples(code("Anti-government protests spread across Tunisia."))


def test_protests_by_no_one_named_are_by_the_people_of_the_place(code):
    events = code("The minister resigned after mass protests in Bratislava.")
    assert ("SVKCVL", "PROTEST", "SVKGOV") in triples(events)


def test_protesters_breaking_into_parliament_riot_against_it(code):
    events = code("Police fired tear gas at protesters who broke into parliament in Kampala.")
    assert ("UGACVL", "PROTEST", "UGALEG") in triples(events)


# -- rules from the held-out error review (even half) -------------------------------------------------

def test_releasing_a_loan_is_aid_not_freeing_anyone(code):
    assert ("JPN", "AID", "LKA") in triples(code("Japan released a $2 billion loan to Sri Lanka."))
    assert not any(p == "RETREAT" for _, p, _ in triples(code("Japan released a $2 billion loan to Sri Lanka.")))


def test_suspending_part_of_the_assistance_is_cutting_aid(code):
    found = triples(code("Germany suspended part of its development assistance to Niger."))
    assert ("DEU", "SANCTION", "NER") in found
    assert not any(p in ("COERCE", "AID") for _, p, _ in found)


def test_dropping_a_bid_is_giving_in(code):
    events = code("Malawi's opposition called on President Peter Mutharika to drop his bid for a third term.")
    assert ("MWIGOV", "CONCEDE", "MWIOPP", "requested") in events


def test_stopping_an_attack_is_de_escalation_aimed_at_its_victims(code):
    found = triples(code("The United Nations urged Azerbaijan to stop shelling Armenian villages."))
    assert ("AZE", "RETREAT", "ARMCVL") in found
    assert not any(p == "RETREAT" and t == "UNO" for _, p, t in found)


def test_the_partner_of_what_was_agreed_to_is_the_target(code):
    assert ("SDNMIL", "AGREE", "SDNREB") in triples(code("Sudan's army agreed to a truce with the rebels in Darfur."))


def test_own_troops_in_a_threat_are_the_means_not_the_target(code):
    found = triples(code("Russia threatened to send troops into Moldova."))
    assert ("RUS", "THREATEN", "MDA") in found
    assert ("RUS", "THREATEN", "RUSMIL") not in found


def test_a_sit_in_at_a_place_of_their_own_country_is_against_its_government(code):
    found = triples(code("Chilean opposition supporters occupied Chile's main airport."))
    assert ("CHLOPP", "PROTEST", "CHLGOV") in found
    assert ("CHLOPP", "PROTEST", "CHL") not in found


def test_talks_that_a_trip_is_for_are_coded(code):
    found = triples(code("The Turkish foreign minister flew to Athens for talks with his Greek counterpart."))
    assert any({s, t} == {"TURGOV", "GRCGOV"} and p == "CONSULT" for s, p, t in found)


def test_a_conjoined_verbs_object_is_not_the_first_verbs(code):
    found = triples(code("The African Union suspended Guinea and threatened sanctions."))
    assert ("AU", "THREATEN", "GIN") in found
    assert not any(p == "RETREAT" for _, p, _ in found)      # not "suspended sanctions"


def test_a_demanded_withdrawal_is_from_the_place_left(code):
    events = code("The European Union demanded that Russian forces pull out of Moldova.")
    assert ("RUSMIL", "RETREAT", "MDA", "requested") in events


def test_one_who_resigns_after_protests_gives_in_to_the_protesters(code):
    text = ("Thousands of Bulgarian protesters marched on parliament in Sofia. "
            "The prime minister resigned two days later.")
    assert ("BGRGOV", "CONCEDE", "BGRCVL") in triples(code(text))


def test_forces_readied_with_no_one_named_face_the_country_that_acted_first(code):
    text = ("North Korea fired a ballistic missile over Japan on Tuesday. "
            "South Korea put its armed forces on high alert.")
    found = triples(code(text))
    assert ("KORMIL", "MOBILIZE", "PRK") in found
    assert not any(p == "MOBILIZE" and t == "KORMIL" for _, p, t in found)


def test_a_halt_to_an_offensive_is_de_escalation(code):
    found = triples(code("The army announced a halt to its offensive against the rebels in Darfur."))
    assert ("SDNMIL", "RETREAT", "SDNREB") in found
    assert not any(p == "ASSAULT" for _, p, _ in found)


def test_a_capital_captured_is_the_country_taken_not_its_government(code):
    found = code("Islamist fighters captured Bamako after a week of clashes.")
    assert any(p == "COERCE" and t == "MLI" for _, p, t, _ in found)
    assert not any(t == "MLIGOV" for _, _, t, _ in found)


def test_what_talks_are_on_is_their_topic_not_a_party(code):
    found = triples(code("Greece will ask the European Union to press Turkey to resume talks on Cyprus."))
    assert not any(p == "CONSULT" and "CYP" in (s, t) for s, p, t in found)
    found = triples(code("Putin held talks with Erdogan on Syria."))
    assert any({s, t} == {"RUSGOV", "TURGOV"} and p == "CONSULT" for s, p, t in found)
    assert not any(p == "CONSULT" and t == "SYR" for _, p, t in found)


def test_the_doers_took_part_in_the_months_of_talks_or_fighting_their_deed_ends(code):
    found = triples(code("Serbia and Kosovo signed a trade deal after two years of negotiations."))
    assert any({s, t} == {"SRB", "XKX"} and p == "CONSULT" for s, p, t in found)
    # protests are done to the one who resigns, not by him
    assert not any(p == "PROTEST" and s and s.endswith("GOV")
                   for s, p, _ in triples(code("The Peruvian president resigned after three weeks of protests.")))


def test_a_threat_conditioned_inside_its_infinitive_is_aimed_at_the_conditions_subject(code):
    events = code("Venezuela threatened to expel foreign diplomats if Brazil recognised the opposition leader.")
    assert ("VEN", "THREATEN", "BRA", "asserted") in events


def test_an_agreement_settled_in_a_deal_or_talks_with_someone_is_with_them(code):
    events = code("Chile agreed to lower its copper tariffs as part of a trade deal with Japan.")
    assert any({s, t} == {"CHL", "JPN"} and p == "AGREE" and m == "asserted" for s, p, t, m in events)
    events = code("Peru has not agreed to any change in its border with Ecuador, officials in Lima said.")
    assert any({s, t} == {"PER", "ECU"} and p == "AGREE" and m == "negated" for s, p, t, m in events)


def test_a_state_that_pulled_its_own_troops_back_acts_through_its_forces(code):
    events = code("Armenia has withdrawn its troops from the border with Azerbaijan.")
    assert ("ARMMIL", "RETREAT", "AZE", "asserted") in events
    # an announced withdrawal is the state's decision
    events = code("Canada will withdraw its troops from Latvia next year.")
    assert any(s == "CAN" and p == "RETREAT" and t == "LVA" for s, p, t, _ in events)


def test_dealings_with_a_partner_called_off_reduce_relations_with_the_partner(code):
    found = triples(code("Norway suspended military cooperation with Chile."))
    assert ("NOR", "SANCTION", "CHL") in found
    assert not any(p == "COOPERATE" for _, p, _ in found)
    assert not any(t == "NORMIL" for _, _, t in found)
    found = triples(code("Greece called off joint naval drills with Egypt."))
    assert ("GRC", "SANCTION", "EGY") in found


def test_halted_mediation_is_a_sanction_on_both_sides(code):
    found = triples(code("Oman suspended its mediation between Sudan and Ethiopia."))
    assert {("OMN", "SANCTION", "SDN"), ("OMN", "SANCTION", "ETH")} <= found


def test_the_partner_of_shared_intelligence_is_not_its_topic(code):
    found = triples(code("Kenya is sharing intelligence with Uganda on al-Shabaab fighters."))
    assert any({s, t} == {"KEN", "UGA"} and p == "COOPERATE" for s, p, t in found)
    assert not any(p == "COOPERATE" and "SOMREB" in (s, t) for s, p, t in found)


def test_cooperation_or_aid_stopped_reduces_relations(code):
    events = code("Italy stopped supplying weapons to Libya.")
    assert ("ITA", "SANCTION", "LBY", "asserted") in events
    events = code("Egypt did not stop sharing intelligence with Israel.")
    assert ("EGY", "SANCTION", "ISR", "negated") in events


def test_protests_that_a_concession_yields_to_are_its_background(code):
    found = triples(code("Peru's president resigned on Friday, bowing to weeks of student protests."))
    assert any(s == "PERGOV" and p == "CONCEDE" for s, p, _ in found)
    assert not any(p == "PROTEST" for _, p, _ in found)
    # protests told as events of their own are still coded
    found = triples(code("Students protested in Lima against the president."))
    assert any(p == "PROTEST" for _, p, _ in found)


def test_a_place_named_by_who_holds_it_is_attacked_as_theirs(code):
    found = triples(code("Syrian troops shelled rebel-held districts of Aleppo."))
    assert ("SYRMIL", "ASSAULT", "SYRREB") in found


def test_power_stations_struck_are_the_country_not_its_civilians(code):
    found = triples(code("Russian missiles struck power stations in Odesa and other Ukrainian cities."))
    assert ("RUSMIL", "ASSAULT", "UKR") in found
    assert not any(t == "UKRCVL" for _, _, t in found)


def test_a_compatriot_known_only_by_country_is_the_target_of_its_institutions(code):
    events = code("A Peruvian court convicted former President Alberto Fujimori of corruption.")
    assert any(s == "PERJUD" and p == "ACCUSE" and t is not None and t.startswith("PER")
               for s, p, t, _ in events)


def test_forces_readied_ahead_of_or_as_others_act_face_those_others(code):
    events = code("Riot police were deployed across Nairobi ahead of the opposition march.")
    assert ("KENCOP", "MOBILIZE", "KENOPP", "asserted") in events
    events = code("Greece put its air force on alert as Turkish jets approached the islands.")
    assert any(p == "MOBILIZE" and t is not None and t.startswith("TUR") for _, p, t, _ in events)


def test_an_appeal_to_someone_for_help_asks_them_for_aid(code):
    events = code("Mozambique asked Rwanda for military help against the insurgents.")
    assert ("MOZ", "REQUEST", "RWA", "asserted") in events or any(
        s == "MOZGOV" and p == "REQUEST" and t == "RWA" for s, p, t, _ in events)
    assert any(s == "RWA" and p == "AID" and t and t.startswith("MOZ") and m == "requested" for s, p, t, m in events)
    # an appeal that is only possible does not code the aid
    events = code("Mali could ask Senegal for more troops if the fighting spread.")
    assert not any(p == "AID" for _, p, _, _ in events)


def test_what_was_sent_from_a_country_was_sent_by_it(code):
    found = triples(code("Medical supplies from Qatar were delivered to displaced families in Gaza."))
    assert any(s == "QAT" and p == "AID" and t and t.startswith("PSE") for s, p, t in found)


def test_aid_pledged_or_offered_is_aid_intended(code):
    events = code("Norway pledged $200 million in humanitarian aid to Sudan.")
    assert ("NOR", "AID", "SDN", "intended") in events
    assert not any(p == "AGREE" for _, p, _, _ in events)
    events = code("Poland offered refuge to the Belarusian opposition leader.")
    assert any(s == "POL" and p == "AID" and t and t.startswith("BLR") for s, p, t, _ in events)


def test_a_deed_denied_is_coded_as_negated(code):
    events = code("Syria denied supplying rockets to Hezbollah.")
    assert any(s == "SYR" and p == "AID" and t == "LBNREB" and m == "negated" for s, p, t, m in events)
    assert any(s == "SYR" and p == "REJECT" for s, p, _, _ in events)


def test_places_called_civilian_are_the_civilians(code):
    events = code("The Sudanese army shelled civilian areas of Omdurman.")
    assert ("SDNMIL", "ASSAULT", "SDNCVL", "asserted") in events


def test_forces_fighting_inside_another_country_fight_that_country(code):
    events = code("Eritrean troops were fighting in northern Ethiopia.")
    assert ("ERIMIL", "ASSAULT", "ETH", "asserted") in events


def test_a_strike_over_pay_is_against_the_employers_unless_the_state_employs_them(code):
    found = triples(code("Thousands of workers at a copper mine in Chile went on strike over pay."))
    assert ("CHLCVL", "PROTEST", "CHLBUS") in found
    found = triples(code("Nigerian doctors in public hospitals went on strike over pay."))
    assert ("NGACVL", "PROTEST", "NGAGOV") in found


def test_workers_fired_on_are_civilians(code):
    found = triples(code("Kenyan police fired tear gas at striking workers in Kericho."))
    assert ("KENCOP", "ASSAULT", "KENCVL") in found
    assert not any(t and t.endswith("LAB") for _, _, t in found)


def test_own_government_buildings_seized_abroad_are_the_foreign_country(code):
    found = triples(code("Armenian forces seized government buildings in Azerbaijan."))
    assert ("ARMMIL", "COERCE", "AZE") in found or ("ARMMIL", "ASSAULT", "AZE") in found
    assert not any(t == "ARMGOV" for _, _, t in found)


def test_refusing_to_hand_over_a_national_answers_whom_it_would_go_to(code):
    found = triples(code("Kenya refused to hand President Uhuru Kenyatta over to the International Criminal Court."))
    assert ("KEN", "REJECT", "ICC") in found
    assert not any(p == "REJECT" and t == "KENGOV" for _, p, t in found)


def test_a_domestic_threat_conditioned_on_another_institution_is_aimed_at_it(code):
    found = triples(code("Kenyan protesters will block roads if parliament passes the bill, activists warned."))
    assert ("KENCVL", "THREATEN", "KENLEG") in found


def test_a_refusal_that_another_reacts_to_was_aimed_at_it(code):
    found = triples(code("France expelled two Iranian diplomats over Tehran's refusal to release a French aid worker."))
    assert any(s and s.startswith("IRN") and p == "REJECT" and t == "FRA" for s, p, t in found)


def test_demands_a_concession_yields_to_are_its_background(code):
    found = triples(code("Peru's president yielded to opposition demands that he call early elections."))
    assert any(s == "PERGOV" and p == "CONCEDE" for s, p, _ in found)
    assert not any(p == "REQUEST" for _, p, _ in found)
    # demands made as events of their own are still coded
    found = triples(code("Thousands of Peruvians demanded early elections."))
    assert any(p == "REQUEST" for _, p, _ in found)


def test_leaders_shaking_hands_meet(code):
    found = triples(code("The Indian and Pakistani prime ministers shook hands in Lahore."))
    assert any({s, t} == {"INDGOV", "PAKGOV"} and p == "CONSULT" for s, p, t in found)


def test_leaving_people_dead_is_a_result_not_a_withdrawal(code):
    found = triples(code("Thai and Cambodian troops clashed near the border, leaving five Thai soldiers dead."))
    assert not any(p == "RETREAT" for _, p, _ in found)
    found = triples(code("Israeli troops left southern Lebanon on Monday."))
    assert any(s == "ISRMIL" and p == "RETREAT" for s, p, _ in found)


def test_talks_an_agreement_was_reached_after_are_its_lead_up(code):
    found = triples(code("Chile and Peru reached a deal on fishing rights after months of talks."))
    assert any({s, t} == {"CHL", "PER"} and p == "AGREE" for s, p, t in found)
    assert not any(p == "CONSULT" for _, p, _ in found)


def test_a_visit_for_talks_with_a_host_is_a_visit_to_the_host(code):
    found = triples(code("The Brazilian president will visit Argentina next week for talks with President Javier Milei."))
    assert not any(p == "CONSULT" and "ARG" in (s, t) for s, p, t in found)
    assert any(p == "CONSULT" and {s, t} == {"BRAGOV", "ARGGOV"} for s, p, t in found)


def test_declining_to_comment_rejects_no_one(code):
    found = triples(code("Egyptian officials declined to say whether they would meet the Ethiopian delegation."))
    assert not any(p == "REJECT" for _, p, _ in found)
    found = triples(code("Egypt refused to meet the Ethiopian delegation."))
    assert any(p == "REJECT" for _, p, _ in found)


def test_a_joint_force_accepted_is_not_a_joint_deed(code):
    found = triples(code("Mali said it would accept a joint ECOWAS and African Union force in the north."))
    assert not any(p == "COOPERATE" for _, p, _ in found)
    assert any(s == "MLI" and p == "AGREE" for s, p, _ in found)


def test_workers_striking_against_a_policy_protest(code):
    events = code("Kenyan teachers will strike on Monday against the government's pay freeze.")
    assert ("KENCVL", "PROTEST", "KENGOV", "intended") in events
    assert not any(p == "ASSAULT" for _, p, _ in triples(events))


def test_walking_out_in_protest_is_a_protest(code):
    events = code("Opposition legislators walked out of the Kenyan parliament in protest at the budget.")
    assert ("KENOPP", "PROTEST", "KENGOV", "asserted") in events


def test_stones_hurled_at_police_are_a_protest(code):
    events = code("Palestinian youths hurled stones at Israeli police.")
    assert ("PSECVL", "PROTEST", "ISRCOP", "asserted") in events


def test_troops_massing_along_a_border_mobilize_against_the_neighbour(code):
    events = code("Indian troops massed along the border with Pakistan.")
    assert ("INDMIL", "MOBILIZE", "PAK", "asserted") in events


def test_forces_on_high_alert_or_combat_readiness_mobilize(code):
    assert ("PAKCOP", "MOBILIZE", None, "asserted") in code("Pakistani police were on high alert in Lahore.")
    assert ("ARMMIL", "MOBILIZE", None, "asserted") in code(
        "Armenia placed its army on the highest level of combat readiness.")
    assert ("KORMIL", "MOBILIZE", None, "asserted") in code("South Korea raised its military alert level after the launch.")
    assert code("The minister was in Paris on Monday.") == []


def test_dissolving_a_party_is_coercion(code):
    events = code("The Zambian government dissolved the main opposition party.")
    assert ("ZMBGOV", "COERCE", "ZMBOPP", "asserted") in events
    assert not any(p == "CONSULT" for _, p, _ in triples(events))


def test_stripping_citizenship_and_declaring_illegal_are_coercion(code):
    # round 26: a state coercing its own people is its government (no studied set codes a bare country there)
    assert any(s == "BHRGOV" and p == "COERCE" for s, p, _ in triples(code("Bahrain stripped 30 dissidents of their citizenship.")))
    # round 15: an attack, coercion or pull-back aimed at no one is left out (annotators of all eight studied sets code
    # 26 of 496 such events with no target)
    assert not any(p in ("SUPPORT", "ACCUSE") for _, p, _ in triples(
        code("The Iranian government declared the opposition movement illegal.")))


def test_poison_gas_used_is_an_assault(code):
    events = code("Syrian forces used chlorine gas against rebels in Idlib.")
    assert ("SYRMIL", "ASSAULT", "SYRREB", "asserted") in events


def test_a_visitor_received_by_a_host_at_a_place_meets_the_host(code):
    found = triples(code("The Bolivian president was received by the Chilean president at the palace in Santiago."))
    assert any(p == "CONSULT" and {s, t} == {"BOLGOV", "CHLGOV"} for s, p, t in found)


def test_requested_sharing_of_data_and_access_are_requested_deeds(code):
    events = code("The WHO urged India to share more data on the outbreak.")
    assert ("IND", "COOPERATE", "WHO", "requested") in events
    events = code("The UN urged Syria to give its inspectors access to the site.")
    assert ("SYR", "RETREAT", "UNO", "requested") in events


def test_a_preposition_hung_on_the_object_still_belongs_to_the_verb(code):
    # round 15: an attack, coercion or pull-back aimed at no one is left out (annotators of all eight studied sets code
    # 26 of 496 such events with no target); a variant with a target keeps the type decision tested
    found = triples(code("Sudan allowed UN aid workers into Darfur."))
    assert any(s == "SDN" and p == "RETREAT" for s, p, _ in found)


def test_soldiers_crossing_out_of_a_country_withdraw(code):
    events = code("The last Cuban soldiers crossed the river out of Angola on Friday.")
    assert ("CUBMIL", "RETREAT", "AGO", "asserted") in events


def test_hours_given_to_act_or_face_consequences_is_an_ultimatum(code):
    found = triples(code("The AU gave Mali's junta two weeks to release the president or face sanctions."))
    assert any(s == "AU" and p == "THREATEN" and t and t.startswith("MLI") for s, p, t in found)


def test_approving_a_deployment_supports_the_forces_sent(code):
    events = code("The Kenyan parliament approved the deployment of troops to Somalia.")
    assert ("KENLEG", "SUPPORT", "KENMIL", "asserted") in events


def test_a_town_seized_at_home_is_its_country_ground(code):
    events = code("Somali insurgents seized the town of Kismayo on Monday.")
    assert ("SOMREB", "COERCE", "SOM", "asserted") in events


def test_foreign_forces_landing_not_to_fight_come_to_help(code):
    assert ("FRAMIL", "AID", "CAF", "asserted") in code(
        "French peacekeepers landed in Bangui at the head of an African force on Monday.")
    found = triples(code("Nigerian troops arrived in Monrovia to fight the rebels."))
    assert not any(p == "AID" for _, p, _ in found)


def test_recognition_ended_is_a_break_in_relations(code):
    events = code("Paraguay ended its recognition of Taiwan on Friday.")
    assert ("PRY", "SANCTION", "TWN", "asserted") in events


def test_a_state_declaring_martial_law_at_home_is_its_government_coercing_it(code):
    events = code("Azerbaijan declared martial law and mobilised troops.")
    assert ("AZEGOV", "COERCE", "AZE", "asserted") in events


def test_an_organisation_suspending_a_member_state_sanctions_it(code):
    events = code("The African Union suspended Guinea after soldiers overthrew President Alpha Conde.")
    assert ("AU", "SANCTION", "GIN", "asserted") in events
    found = triples(code("The Guinean junta suspended the constitution."))
    assert not any(p == "SANCTION" for _, p, _ in found)


def test_protests_put_down_by_police_are_repression_of_civilians(code):
    events = code("Iranian police quelled protests in Tehran.")
    assert ("IRNCOP", "ASSAULT", "IRNCVL", "asserted") in events


def test_troops_sent_for_a_peacekeeping_mission_are_aid(code):
    found = triples(code("Brazil sent 1,200 troops to lead the U.N. peacekeeping mission in Haiti."))
    assert any(s == "BRAMIL" and p == "AID" for s, p, _ in found)
    assert not any(p == "MOBILIZE" for _, p, _ in found)


def test_calling_an_offer_insufficient_is_criticism(code):
    found = triples(code("The Kenyan opposition called the government's offer insufficient."))
    assert any(s == "KENOPP" and p == "ACCUSE" for s, p, _ in found)


def test_admitting_a_state_as_a_member_supports_it(code):
    events = code("Serbia urged the UN to admit Kosovo as a full member state.")
    assert ("UNO", "SUPPORT", "XKX", "requested") in events


def test_a_state_blocking_access_restricts_rather_than_protests(code):
    # round 15: an attack, coercion or pull-back aimed at no one is left out (annotators of all eight studied sets code
    # 26 of 496 such events with no target); a variant with a target keeps the type decision tested
    events = code("The Turkish government blocked access to opposition websites.")
    assert ("TURGOV", "COERCE", "TURMED", "asserted") in events
    found = triples(code("Chilean protesters blocked roads into Santiago."))
    assert any(s == "CHLCVL" and p == "PROTEST" for s, p, _ in found)


def test_a_state_closing_another_states_base_cuts_relations(code):
    events = code("China closed the U.S. consulate in Chengdu.")
    assert ("CHN", "SANCTION", "USAGOV", "asserted") in events
    events = code("Ukraine closed its airspace to Russian airlines.")
    assert ("UKR", "COERCE", "RUSBUS", "asserted") in events


def test_a_no_fly_zone_imposed_over_a_country_coerces_it(code):
    events = code("NATO imposed a no-fly zone over Bosnia.")
    assert ("NATO", "COERCE", "BIH", "asserted") in events


def test_a_leader_or_civilians_fleeing_is_no_military_retreat_or_sanction(code):
    assert code("The Liberian president fled the capital.") == []
    assert not any(p in ("RETREAT", "SANCTION") for _, p, _ in triples(code("Thousands of Syrian civilians fled to Turkey.")))


def test_an_agent_hung_on_the_of_object_is_the_doer_of_the_event_noun(code):
    events = code("The expulsion of Russian diplomats by Poland angered Moscow.")
    assert ("POL", "SANCTION", "RUSGOV", "asserted") in events


def test_an_event_noun_used_as_a_modifier_is_no_event(code):
    # "riot police", "protest leaders": the noun names a kind of thing, not a riot or a protest
    found = triples(code("Kenyan riot police guarded the parliament in Nairobi."))
    assert not any(p == "PROTEST" for _, p, _ in found)


def test_an_event_noun_that_only_dates_the_clause_is_no_event(code):
    found = triples(code("Zambian police sealed off Lusaka ahead of the opposition march."))
    assert not any(p == "PROTEST" for _, p, _ in found)


def test_closing_without_an_object_is_no_restriction(code):
    assert code("Brazil's main stock index closed 2 percent lower on Monday.") == []
    found = triples(code("Algeria closed its border with Morocco."))
    assert any(s == "DZA" and p == "COERCE" for s, p, _ in found)


def test_rebels_surrendering_to_the_army_face_the_army(code):
    found = triples(code("Tamil Tiger rebels surrendered to the Sri Lankan army."))
    assert ("LKAREB", "RETREAT", "LKAMIL") in found


def test_exercises_and_missile_tests_are_a_show_of_force(code):
    found = triples(code("China began military exercises around Taiwan."))
    assert ("CHNMIL", "MOBILIZE", "TWN") in found
    found = triples(code("Iran test-fired a ballistic missile on Sunday."))
    assert any(s == "IRNMIL" and p == "MOBILIZE" for s, p, _ in found)
    assert not any(p == "ASSAULT" for _, p, _ in found)


def test_forces_abandoning_positions_or_dispatched_warships(code):
    found = triples(code("Serbian forces abandoned their positions in Kosovo."))
    assert ("SRBMIL", "RETREAT", "XKX") in found
    found = triples(code("Turkey dispatched warships to the eastern Mediterranean."))
    assert any(s == "TURMIL" and p == "MOBILIZE" for s, p, _ in found)


def test_a_pledge_of_force_is_a_threat(code):
    events = code("China vowed to retaliate against the new American tariffs.")
    assert ("CHN", "THREATEN", "USA", "asserted") in events
    assert ("RUS", "THREATEN", "UKR") in triples(code("Russia promised to punish Ukraine."))
    # a promise of help stays a promise
    assert not any(p == "THREATEN" for _, p, _ in triples(code("Iran promised to help Iraq.")))


def test_an_investigation_asked_of_a_court_is_requested_of_it(code):
    events = code("Ukraine asked the International Criminal Court to investigate Russian war crimes.")
    assert ("UKR", "REQUEST", "ICC", "asserted") in events
    assert ("ICC", "ACCUSE", "RUS", "requested") in events


def test_leaving_is_a_pull_out_only_for_a_state_or_its_forces(code):
    assert ("SYRMIL", "RETREAT", "LBN") in triples(code("Syrian troops left Lebanon on Tuesday."))
    assert not any(p == "RETREAT" for _, p, _ in triples(code("The Bolivian president left the country on Sunday.")))
    events = code("Mali ordered the UN peacekeeping mission to leave the country.")
    assert ("MLI", "SANCTION", "UNO", "asserted") in events
    assert not any(p == "RETREAT" for _, p, _, _ in events)


def test_an_agentless_passive_clause_has_no_doer_from_the_main_clause(code):
    events = code("The Chilean government rejected the Bolivian proposal a day after its embassy in La Paz was attacked.")
    assert ("CHLGOV", "REJECT", "BOL") in triples(events) or ("CHLGOV", "REJECT", "BOLGOV") in triples(events)
    assert not any(s == "CHLGOV" and p == "ASSAULT" for s, p, _ in triples(events))


def test_what_a_landing_is_for_is_not_coded_apart(code):
    found = triples(code("French troops landed in Bangui to protect aid convoys to Central African refugees."))
    assert not any(p == "SUPPORT" for _, p, _ in found)


def test_a_participle_describing_a_noun_without_a_target_is_no_event(code):
    found = triples(code("Sri Lankan police arrested students calling for free elections."))
    assert not any(p == "REQUEST" for _, p, _ in found)
    assert any(s == "LKACOP" and p == "COERCE" for s, p, _ in found)


def test_war_as_a_background_noun_is_no_attack(code):
    found = triples(code("Thailand and Cambodia agreed to a ceasefire after three days of war."))
    assert not any(p == "ASSAULT" for _, p, _ in found)
    found = triples(code("Iraq declared war on Iran."))
    assert any(p == "ASSAULT" and t == "IRN" for _, p, t in found)


def test_ordering_a_halt_to_operations_de_escalates(code):
    found = triples(code("Russian President Dmitry Medvedev ordered a halt to military operations in Georgia."))
    assert any(p == "RETREAT" and t == "GEO" for _, p, t in found)
    assert not any(p == "CONSULT" for _, p, _ in found)


def test_a_person_handed_over_is_cooperation_not_aid(code):
    found = triples(code("Kuwait handed over a wanted Iraqi businessman to the authorities in Baghdad."))
    assert not any(p == "AID" for _, p, _ in found)
    assert any(p == "COOPERATE" for _, p, _ in found)


def test_solidarity_and_condolences_are_support(code):
    found = triples(code("Polish opposition lawmakers voiced solidarity with Ukraine."))
    assert any(s == "POLOPP" and p == "SUPPORT" and t == "UKR" for s, p, t in found)
    found = triples(code("The Chilean president sent condolences to Mexico after the earthquake."))
    assert any(s == "CHLGOV" and p == "SUPPORT" and t == "MEX" for s, p, t in found)


def test_a_message_sent_is_no_aid(code):
    found = triples(code("The Chilean president sent a letter to Bolivia."))
    assert not any(p == "AID" for _, p, _ in found)
    assert ("JPN", "AID", "PRK") in triples(code("Japan sent food aid to North Korea."))


def test_pooling_is_cooperation(code):
    found = triples(code("Norway and Sweden will pool their fighter jets."))
    assert ("NOR", "COOPERATE", "SWE") in found or ("SWE", "COOPERATE", "NOR") in found


def test_civilians_besieging_an_embassy_protest(code):
    found = triples(code("Thousands of Chinese students besieged the U.S. embassy in Beijing."))
    assert any(s == "CHNCVL" and p == "PROTEST" for s, p, _ in found)
    assert not any(p == "COERCE" for _, p, _ in found)
    assert any(p == "COERCE" for _, p, _ in triples(code("Serbian forces besieged Sarajevo.")))


def test_a_request_or_threat_noun_with_no_one_addressed_is_a_topic(code):
    found = triples(code("France will back Brazil's bid for a permanent seat on the Security Council."))
    assert not any(p == "REQUEST" for _, p, _ in found)
    found = triples(code("Peru closed its airspace, citing the threat of foreign intervention."))
    assert not any(p == "THREATEN" for _, p, _ in found)
    found = triples(code("Ecuador rejected Peru's request for talks."))
    assert any(s == "ECU" and p == "REJECT" for s, p, _ in found)


def test_people_released_are_placed_by_what_they_are(code):
    assert ("AZE", "RETREAT", "AZEOPP") in triples(code("Azerbaijan released all political prisoners."))
    events = code("The Council of Europe urged Azerbaijan to release all political prisoners.")
    assert ("AZE", "RETREAT", "AZEOPP", "requested") in events
    found = triples(code("Al-Shabaab militants freed the kidnapped aid workers in Somalia."))
    assert any(p == "RETREAT" and t is not None and t.endswith("CVL") for _, p, t in found)


def test_two_sides_halting_a_fight_each_de_escalate_toward_the_other(code):
    found = triples(code("Ethiopia and Eritrea observed a ceasefire on Monday."))
    assert {("ETH", "RETREAT", "ERI"), ("ERI", "RETREAT", "ETH")} <= found
    events = code("The African Union called on Ethiopia and Eritrea to observe a ceasefire.")
    assert ("ETH", "RETREAT", "ERI", "requested") in events
    assert not any(p == "RETREAT" and t == "AU" for _, p, t, _ in events)


def test_a_mislemmatised_verb_still_finds_its_pattern(code):
    # the model lemmatises "staged" as "stag": the sit-in must still be found
    found = triples(code("South Korean students staged a sit-in outside the parliament."))
    assert any(s == "KORCVL" and p == "PROTEST" for s, p, _ in found)


def test_weapons_handed_over_are_disarmament(code):
    found = triples(code("Colombian rebels handed over their weapons to the United Nations."))
    assert any(p == "RETREAT" and t == "UNO" for _, p, t in found)
    assert not any(p in ("AID", "COOPERATE") for _, p, _ in found)


def test_an_event_noun_in_its_verbs_phrase_is_the_same_event(code):
    events = code("Germany provided 500 million euros in military aid to Ukraine.")
    assert [(s, p, t) for s, p, t, _ in events if p == "AID"] == [("DEU", "AID", "UKR")]
    # "military aid" is what is given, not the German armed forces
    assert not any("DEUMIL" in (s, t) for s, _, t, _ in events)
    # the talks name the partner the trip lacks: kept
    found = triples(code("The Nigerian president flew to Monrovia for talks with Liberian leader Charles Taylor."))
    assert ("NGAGOV", "CONSULT", "LBRGOV") in found or ("LBRGOV", "CONSULT", "NGAGOV") in found


def test_military_action_threatened_is_no_party(code):
    events = code("Turkey threatened military action against Syria.")
    assert ("TUR", "THREATEN", "SYR") in triples(events)
    assert not any(t == "TURMIL" for _, _, t in triples(events))


def test_taking_a_state_to_court_accuses_that_state(code):
    found = triples(code("Hungary could take Slovakia to the International Court of Justice over the dam."))
    assert any(s in ("HUN", "HUNGOV") and p == "ACCUSE" and t in ("SVK", "SVKGOV") for s, p, t in found)
    assert not any(p == "COERCE" for _, p, _ in found)
    found = triples(code("Gambia took Myanmar before an international court over the Rohingya."))
    assert any(p == "ACCUSE" and t in ("MMR", "MMRGOV") for _, p, t in found)


def test_taking_to_the_streets_is_a_demonstration(code):
    found = triples(code("Thousands of Georgians took to the streets of Tbilisi."))
    assert any(s == "GEOCVL" and p == "PROTEST" for s, p, _ in found)


def test_calling_or_regarding_a_side_as_wrongdoers_accuses_it(code):
    found = triples(code("Turkey regards the Kurdish militia as terrorists."))
    assert any(s == "TUR" and p == "ACCUSE" for s, p, _ in found)
    found = triples(code("Venezuela called the American sanctions economic blackmail."))
    assert any(s == "VEN" and p == "ACCUSE" for s, p, _ in found)
    assert not any(p == "ACCUSE" for _, p, _ in triples(code("Peru called the election a victory for democracy.")))
    # an appeal to act is no accusation
    found = triples(code("Kenya called on the United Nations to act."))
    assert ("KEN", "REQUEST", "UNO") in found and not any(p == "ACCUSE" for _, p, _ in found)


def test_an_aid_convoy_arriving_is_aid_not_a_visit(code):
    found = triples(code("A Turkish aid convoy arrived in Gaza."))
    assert ("TUR", "AID", "PSE") in found
    assert not any(p == "CONSULT" for _, p, _ in found)
    assert ("TURGOV", "CONSULT", "PSE") in triples(code("The Turkish president arrived in Gaza."))


def test_a_reporting_verb_from_the_dictionary_is_no_event(code):
    events = code("Kenya could take Somalia before an international court over the maritime border, "
                  "officials in Nairobi hinted.")
    assert ("KEN", "ACCUSE", "SOM", "hypothetical") in events
    assert not any(p == "REQUEST" for _, p, _, _ in events)


def test_ending_a_rift_or_settling_a_dispute_is_an_agreement(code):
    found = triples(code("Ecuador and Peru settled their border dispute."))
    assert ("ECU", "AGREE", "PER") in found or ("PER", "AGREE", "ECU") in found


def test_a_strike_shutting_down_a_city_is_the_strike_not_a_closure(code):
    found = triples(code("A general strike called by Nepal's opposition parties shut down Kathmandu for a sixth day."))
    assert any(p == "PROTEST" for _, p, _ in found)
    assert not any(p == "COERCE" for _, p, _ in found)
    # round 15: an attack, coercion or pull-back aimed at no one is left out (annotators of all eight studied sets code
    # 26 of 496 such events with no target)
    assert not any(p == "PROTEST" for _, p, _ in triples(code("The Nepalese government shut down the airport.")))


def test_an_incident_named_later_points_back_to_its_doer(code):
    found = triples(code("Turkish jets shot down a Russian warplane on Tuesday. Putin called the incident a stab in the back."))
    assert ("RUSGOV", "ACCUSE", "TUR") in found


def test_a_demand_a_protest_is_held_for_is_not_coded_apart(code):
    events = code("Thousands of Kenyan students rallied in Nairobi to demand electoral reform.")
    assert any(s == "KENCVL" and p == "PROTEST" for s, p, _, _ in events)
    assert not any(p == "REQUEST" for _, p, _, _ in events)
    # a demand that is the main deed is coded
    assert any(p == "REQUEST" for _, p, _ in triples(code("Kenyan students demanded electoral reform.")))


def test_fighting_in_an_as_clause_is_not_the_main_subjects(code):
    found = triples(code("Armenia mobilised its reservists as fighting in Nagorno-Karabakh escalated."))
    assert not any(s in ("ARM", "ARMMIL") and p == "ASSAULT" for s, p, _ in found)
    assert any(p == "MOBILIZE" for _, p, _ in found)


def test_stopping_short_of_a_deed_is_its_doers_negated_deed(code):
    events = code("The Jordanian foreign ministry stopped short of blaming Syria for the explosion.")
    assert ("JORGOV", "ACCUSE", "SYR", "negated") in events


def test_one_side_accepting_a_thing_agrees_with_no_one(code):
    assert not any(p == "AGREE" for _, p, _ in triples(code("Ukraine accepted a fourfold increase in the gas price.")))
    assert not any(p == "COOPERATE" for _, p, _ in triples(code("Peru cooperated fully, the ministry said.")))
    # a stated refusal stays a rejection; two sides agreeing stay an agreement
    found = triples(code("Vietnam said it would never accept the tribunal's ruling."))
    assert any(s == "VNM" and p == "REJECT" for s, p, _ in found)
    found = triples(code("Ecuador and Peru agreed to reopen their border."))
    assert ("ECU", "AGREE", "PER") in found or ("PER", "AGREE", "ECU") in found


def test_a_leader_returned_to_power_is_no_property_returned(code):
    found = triples(code("ECOWAS threatened to use force if Bazoum was not returned to power."))
    assert not any(p == "RETREAT" for _, p, _ in found)
    assert ("IRQ", "RETREAT", "KWT") in triples(code("Iraq returned the Kuwaiti archives to Kuwait."))


# -- trigger coverage for the weak types (wire-copy wordings, one family per test) ---------------
def _has(found, plover, source=None, target=None):
    """Some coded event of this type whose actors start with the given codes (country level)."""
    return any(p == plover and (source is None or (s or "").startswith(source))
               and (target is None or (t or "").startswith(target)) for s, p, t in found)


@pytest.mark.parametrize("text, source, target", [
    ("Armenia consented to the deployment of Russian peacekeepers.", "ARM", "RUS"),
    ("Britain and France reached a settlement on fishing rights.", "GBR", "FRA"),
    ("Serbia and Kosovo thrashed out a deal on licence plates.", "SRB", "XKX"),
])
def test_agreeing_in_other_words(code, text, source, target):
    found = triples(code(text))
    assert _has(found, "AGREE", source, target) or _has(found, "AGREE", target, source)


@pytest.mark.parametrize("text, source, target", [
    ("Washington approved a $95 million arms sale to Taiwan.", "USA", "TWN"),
    ("Turkey dispatched rescue teams to Syria after the earthquake.", "TUR", "SYR"),
    ("Britain will train Ukrainian pilots.", "GBR", "UKR"),
    ("Ukraine received F-16 jets from Denmark.", "DNK", "UKR"),
    ("Egypt secured a loan from the IMF.", "IMF", "EGY"),
])
def test_aid_in_other_words(code, text, source, target):
    assert _has(triples(code(text)), "AID", source, target)


def test_aid_received_is_given_by_the_from_object_not_the_receiver(code):
    found = triples(code("Pakistan accepted aid from India after the floods."))
    assert _has(found, "AID", "IND", "PAK")
    assert not _has(found, "AID", "PAK")


@pytest.mark.parametrize("text, source, target", [
    ("Mali's junta snubbed the Nigerian envoys.", "MLI", "NGA"),
    ("China brushed aside the criticism from Australia.", "CHN", "AUS"),
    ("Sweden's NATO bid was blocked by Turkey.", "TUR", "SWE"),
    ("North Korea ignored the ultimatum from Washington.", "PRK", "USA"),
])
def test_rejecting_in_other_words(code, text, source, target):
    assert _has(triples(code(text)), "REJECT", source, target)


@pytest.mark.parametrize("text", [
    "Students in Dhaka held a candlelight vigil outside parliament.",
    "Opposition supporters in Minsk joined the protest march.",
    "Kenyan doctors embarked on an indefinite strike.",
    "Palestinian prisoners in Israeli jails launched a hunger strike.",
])
def test_protesting_in_other_words(code, text):
    found = code(text)
    assert any(p == "PROTEST" for _, p, _, _ in found)
    assert not any(p == "ASSAULT" for _, p, _, _ in found)


def test_air_strikes_begun_are_no_labour_strike(code):
    found = triples(code("NATO began air strikes against Yugoslavia on Wednesday night."))
    assert not any(p == "PROTEST" for _, p, _ in found)


@pytest.mark.parametrize("text, source, target", [
    ("Washington relaxed its sanctions on Cuba.", "USA", "CUB"),
    ("Armenia handed over three villages to Azerbaijan.", "ARM", "AZE"),
    ("Russia scaled back its military presence in Syria.", "RUS", None),
    ("Iraq dropped its claim to Kuwait.", "IRQ", "KWT"),
])
def test_retreating_in_other_words(code, text, source, target):
    assert _has(triples(code(text)), "RETREAT", source, target)


@pytest.mark.parametrize("text, source", [
    ("Poland stationed more soldiers along the Belarusian border.", "POL"),
    ("NATO bolstered its presence in the Baltic states.", "NATO"),
    ("Iran staged war games in the Gulf.", "IRN"),
    ("Russian troops had gathered near the Ukrainian border for weeks.", "RUS"),
])
def test_mobilising_in_other_words(code, text, source):
    found = triples(code(text))
    assert _has(found, "MOBILIZE", source)
    assert not any(p == "PROTEST" for _, p, _ in found)


@pytest.mark.parametrize("text, source, target", [
    ("The Egyptian government reversed the bread price increase.", "EGYGOV", "EGYCVL"),
    ("The Saudi government lifted its ban on women driving.", "SAUGOV", "SAUCVL"),
    ("The French government backtracked on the fuel tax.", "FRAGOV", "FRACVL"),
])
def test_a_domestic_concession_is_made_to_the_countrys_people(code, text, source, target):
    assert (source, "CONCEDE", target) in triples(code(text))


def test_backing_down_to_another_state(code):
    assert _has(triples(code("Turkey bowed to pressure from Washington.")), "CONCEDE", "TUR", "USA")


@pytest.mark.parametrize("text, source, target", [
    ("The Thai army staged a coup against the elected government.", "THAMIL", "THAGOV"),
    ("Sudan's generals staged a coup on Monday.", "SDNMIL", "SDNGOV"),
    ("Burkina Faso's army seized power on Friday.", "BFAMIL", "BFAGOV"),          # power seized: a coup too
    ("The military took power in Myanmar on Monday.", "MMRMIL", "MMRGOV"),
    ("Islamic State militants seized Mosul in June 2014.", "IRQREB", "IRQ"),
    ("Iran seized a British-flagged tanker in the Gulf.", "IRN", "GBR"),
])
def test_coercing_in_other_words(code, text, source, target):
    assert _has(triples(code(text)), "COERCE", source, target)


def test_a_negated_coup_keeps_its_target(code):
    events = code("The Thai army would not stage a coup, its chief said.")
    assert ("THAMIL", "COERCE", "THAGOV", "negated") in events


@pytest.mark.parametrize("text", [
    "Police seized two tonnes of cocaine in Rotterdam.",
    "Fans held a vigil for the singer in London.",
    "The board reversed its decision to close the plant.",
    "Parliament approved the budget on Tuesday.",
    "The minister received a letter from the union.",
])
def test_new_wordings_code_nothing_without_two_political_sides(code, text):
    assert not [e for e in code(text) if e[1] in ("COERCE", "PROTEST", "CONCEDE", "AGREE", "AID")]


def test_joint_patrols_are_cooperation_not_detention(code):
    found = triples(code("Japan and the Philippines held joint naval patrols in the South China Sea."))
    assert _has(found, "COOPERATE", "JPN", "PHL") or _has(found, "COOPERATE", "PHL", "JPN")
    assert not any(p == "COERCE" for _, p, _ in found)


def test_ties_deepened_by_two_states_are_mutual(code):
    found = triples(code("Turkey and Qatar deepened their ties."))
    assert _has(found, "SUPPORT", "TUR", "QAT") or _has(found, "SUPPORT", "QAT", "TUR")
    # military or economic ties are cooperation in that field
    found = triples(code("Saudi Arabia and Iran restored economic ties."))
    assert _has(found, "COOPERATE", "SAU", "IRN") or _has(found, "COOPERATE", "IRN", "SAU")


@pytest.mark.parametrize("text, source, target", [
    ("Germany accepted 800,000 refugees from Syria.", "DEU", "SYR"),
    ("Norway granted asylum to the Iranian activist.", "NOR", "IRN"),
])
def test_refuge_is_given_to_the_country_fled(code, text, source, target):
    assert _has(triples(code(text)), "AID", source, target)


def test_an_envoy_sent_is_no_aid(code):
    assert not [e for e in code("China sent a special envoy to Myanmar.") if e[1] == "AID"]


@pytest.mark.parametrize("text, plover, source, target", [
    ("Russia and Ukraine exchanged prisoners on Sunday.", "RETREAT", "RUS", "UKR"),
    ("Russia and Ukraine exchanged prisoners on Sunday.", "RETREAT", "UKR", "RUS"),
    ("Putin ordered troops into eastern Ukraine.", "MOBILIZE", "RUS", "UKR"),
    ("Iran vowed to respond to the Israeli strike.", "THREATEN", "IRN", "ISR"),
    ("Moscow cancelled the summit with Washington.", "SANCTION", "RUS", "USA"),
    ("Niger's junta revoked its military agreements with France.", "SANCTION", "NER", "FRA"),
    ("Police used water cannon against protesters in Tbilisi.", "ASSAULT", "GEO", "GEO"),
    ("Pakistan's president dismissed the chief justice.", "COERCE", "PAK", "PAK"),
    ("ASEAN persuaded Myanmar to accept foreign aid.", "REQUEST", "ASEAN", "MMR"),
    ("The African Union lifted Mali's suspension.", "RETREAT", "AU", "MLI"),
])
def test_more_wordings_of_each_type(code, text, plover, source, target):
    assert _has(triples(code(text)), plover, source, target)


@pytest.mark.parametrize("text, plover, source, target", [
    ("Russia will scale back its military presence in Syria, the Kremlin said.", "RETREAT", "RUS", "SYR"),
    ("The withdrawal of French troops from Mali was completed in August.", "RETREAT", "FRA", "MLI"),
    ("The deployment of 3,000 American troops to Poland was announced on Friday.", "MOBILIZE", "USA", "POL"),
    ("Russia warned of a military response if Finland joined NATO.", "THREATEN", "RUS", "FIN"),
    ("A Russian missile slammed into an apartment block in Dnipro.", "ASSAULT", "RUS", "UKR"),
])
def test_a_states_own_forces_are_the_doers_not_the_target(code, text, plover, source, target):
    found = triples(code(text))
    assert _has(found, plover, source, target)
    assert not any(p == plover and s and t and t.startswith(s[:3]) and t.endswith("MIL") for s, p, t in found)


def test_a_joint_statement_is_no_cooperation(code):
    found = triples(code("Morocco and Spain agreed to restore diplomatic ties, a joint statement said."))
    assert not any(p == "COOPERATE" for _, p, _ in found)
    assert not any(p == "COOPERATE" for _, p, _ in triples(code("France and Germany held a joint news conference.")))


def test_a_king_dismissing_the_government_yields_to_the_street(code):
    found = triples(code("King Abdullah of Jordan dismissed the government after weeks of street protests."))
    assert ("JORGOV", "CONCEDE", "JORCVL") in found


@pytest.mark.parametrize("text, plover, source, target", [
    ("Macedonia offered to meet the ethnic Albanian rebels' demand for constitutional talks.", "AGREE", "MKD", "MKD"),
    ("Turkey offered to help Syria rebuild.", "AID", "TUR", "SYR"),
    ("China offered Pakistan a $2 billion loan.", "AID", "CHN", "PAK"),
    ("Lithuania offered refuge to the Belarusian opposition leader.", "AID", "LTU", "BLR"),
    ("Ethiopia will hand the town of Badme to Eritrea.", "RETREAT", "ETH", "ERI"),
    ("Hamas balked at the Israeli proposal.", "REJECT", "PSE", "ISR"),
    ("The talks in Geneva will be attended by Iran and Saudi Arabia.", "CONSULT", None, None),
])
def test_offers_handovers_and_attendance(code, text, plover, source, target):
    assert _has(triples(code(text)), plover, source, target)


@pytest.mark.parametrize("text", [
    "The company offered a reward for information.",
    "The ministry offered no details about the attack.",
    "Israel offered little hope of a deal with Hamas.",
    "The storm sank three fishing boats.",
    "A plane crashed into a mountain in Nepal.",
])
def test_offers_and_crashes_without_two_sides_code_nothing(code, text):
    assert not code(text)


@pytest.mark.parametrize("text, plover, source, target", [
    ("The European Union approved 18 billion euros in loans for Ukraine.", "AID", "EU", "UKR"),
    ("Burundi quit the International Criminal Court.", "SANCTION", "BDI", "ICC"),
    ("China flew 71 warplanes near Taiwan.", "MOBILIZE", "CHN", "TWN"),
    ("Peru's Congress removed President Pedro Castillo from office.", "COERCE", "PERLEG", "PERGOV"),
])
def test_sums_departures_flights_and_removals(code, text, plover, source, target):
    assert _has(triples(code(text)), plover, source, target)


def test_aid_pledged_as_a_sum_is_one_event(code):
    events = code("Japan pledged $500 million in reconstruction aid to Afghanistan.")
    assert [e for e in events if e[1] == "AID"] == [("JPN", "AID", "AFG", "intended")]


def test_a_warning_ignored_is_still_a_warning_to_the_one_who_ignored_it(code):
    found = triples(code("North Korea test-fired seven missiles, ignoring warnings from Washington and Tokyo."))
    assert {("USAGOV", "THREATEN", "PRK"), ("JPNGOV", "THREATEN", "PRK")} <= found
    assert _has(found, "REJECT", "PRK", "USA")


def test_missiles_fired_into_the_sea_are_a_show_of_force(code):
    found = triples(code("China fired missiles into waters off Taiwan on Friday."))
    assert _has(found, "MOBILIZE", "CHN", "TWN")
    assert not any(p == "ASSAULT" for _, p, _ in found)


def test_drills_begun_jointly_are_cooperation_and_alone_a_show_of_force(code):
    found = triples(code("Indian and Chinese troops began joint counter-terrorism drills in Yunnan."))
    assert any(p == "COOPERATE" for _, p, _ in found)
    assert not any(p == "MOBILIZE" for _, p, _ in found)
    assert _has(triples(code("China launched drills around Taiwan.")), "MOBILIZE", "CHN", "TWN")


@pytest.mark.parametrize("text", [
    "Iran seized the opportunity to improve ties with Saudi Arabia.",
    "Ukraine's foreign minister quit the government on Tuesday.",
    "The ruling party quit the coalition in Israel.",
])
def test_figurative_seizures_and_quitting_office_are_no_events(code, text):
    assert not [e for e in code(text) if e[1] in ("COERCE", "RETREAT", "SANCTION")]


@pytest.mark.parametrize("text, plover, source, target", [
    ("Ukrainian forces recaptured Kherson from Russia.", "COERCE", "UKR", "RUS"),
    ("Israel paused its strikes on Gaza for four hours.", "RETREAT", "ISR", "PSE"),
    ("Israel withheld tax revenues from the Palestinian Authority.", "SANCTION", "ISR", "PSE"),
    ("China halted imports of Japanese seafood.", "COERCE", "CHN", "JPN"),
])
def test_recaptures_pauses_and_trade_halts(code, text, plover, source, target):
    assert _has(triples(code(text)), plover, source, target)


@pytest.mark.parametrize("text, plover, source, target", [
    ("A general strike called by Nepal's opposition parties shut down Kathmandu for a sixth day.",
     "PROTEST", "NPLOPP", "NPLGOV"),
    ("Aid sent by Turkey reached Syria on Sunday.", "AID", "TUR", "SYR"),
])
def test_the_agent_of_a_participle_that_made_the_event_is_its_doer(code, text, plover, source, target):
    assert _has(triples(code(text)), plover, source, target)


def test_a_mediator_named_by_a_participle_is_no_party(code):
    assert not any(s and s.startswith("EGY") for s, _, _ in triples(code("The ceasefire brokered by Egypt held overnight.")))


@pytest.mark.parametrize("text, source, target", [
    ("China expressed willingness to work with the United States on climate.", "CHN", "USA"),
    ("India signalled readiness to resume talks with Pakistan.", "IND", "PAK"),
    ("Iran and Saudi Arabia came to an agreement on Yemen.", "IRN", "SAU"),
])
def test_willingness_and_agreements_reached_in_other_words(code, text, source, target):
    found = triples(code(text))
    assert _has(found, "AGREE", source, target) or _has(found, "AGREE", target, source)
    # the content of the willingness is not coded again as a deed of no one
    assert not any(s is None for s, _, _ in found)


def test_the_doer_of_a_response_does_the_event_it_responds_with(code):
    found = triples(code("Hezbollah fired missiles at northern Israel, and Israel retaliated with air strikes on Lebanon."))
    assert ("ISR", "ASSAULT", "LBN") in found


def test_a_measure_of_events_stands_where_the_event_would(code):
    found = triples(code("Germany unveiled a new wave of sanctions against Moscow."))
    assert ("DEU", "COERCE", "RUSGOV") in found


def test_aid_named_by_its_sum_goes_to_the_verbs_recipient(code):
    found = triples(code("Germany announced 300 million euros in humanitarian aid for Sudan on Monday."))
    assert ("DEU", "AID", "SDN") in found
