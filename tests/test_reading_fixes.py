"""Readings a user met as wrong, each fixed in general: PETRARCH synonym sets joined to more words
("&REFUGEE_STATUS"), rebel ground struck near a foreign town, Arabic articles without a hyphen ("al Qaeda"),
central banks, and a locative mention placed twice. Sentences written for these tests, read by the real spaCy
model, actor resolver, gazetteer and event coder."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from dateline.events import CodingContext
from dateline.events.petrarch import parse_verb_dictionary, read_verb_dictionary
from dateline.events.tables import DATA

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import gazetteer  # noqa: E402,F401  (the same gazetteer fixture as the rule tests)

DATE = dt.date(2015, 6, 1)

VERBS = """&REFUGEE
+REFUGEE
+EXILE

--- APPROVE [---] ---
APPROVE
- * &REFUGEE_STATUS [075]
- * &UNKNOWN_THING [020]
"""


def _events(nlp, resolver, coder, gazetteer, text):
    doc = nlp(text)
    mentions = resolver.resolve(doc, DATE)
    places = gazetteer.find_places(doc, [m.actor.country for m in mentions if m.actor.country])
    events, _ = coder.code(doc, mentions, CodingContext(article_id="t", date=DATE, places=tuple(places)))
    return events


def _mentions(nlp, resolver, text):
    return [(m.text, m.actor.code) for m in resolver.resolve(nlp(text), DATE)]


# -- PETRARCH: a set joined to more words is the set's members followed by those words ---------------------------
def test_a_set_joined_to_words_reads_as_the_members_followed_by_the_words():
    dictionary = parse_verb_dictionary(VERBS)
    assert dictionary.best_pattern("APPROVE", [], ["refugee", "status", "for", "him"]).code == "075"
    assert dictionary.best_pattern("APPROVE", [], ["exile", "status"]).code == "075"


def test_a_set_joined_to_words_does_not_match_any_object():
    dictionary = parse_verb_dictionary(VERBS)
    # before the fix the unknown name was dropped and "* &REFUGEE_STATUS" matched every approval
    assert dictionary.best_pattern("APPROVE", [], ["the", "appointment", "of", "a", "minister"]) is None


def test_a_name_that_begins_with_no_set_is_read_as_its_words():
    dictionary = parse_verb_dictionary(VERBS)
    assert dictionary.best_pattern("APPROVE", [], ["unknown", "thing"]).code == "020"
    assert dictionary.best_pattern("APPROVE", [], ["a", "budget"]) is None


def test_the_shipped_dictionary_spells_out_joined_sets():
    dictionary = read_verb_dictionary(DATA / "CAMEO.verbpatterns.150430.txt")
    assert dictionary.best_pattern("GRANT", [], ["military", "assistance", "to", "ukraine"]).code == "072"
    assert dictionary.best_pattern("GRANT", [], ["troops", "assistance", "to", "ukraine"]).code == "072"
    grant_to = dictionary.best_pattern("GRANT", [], ["refugee", "status", "to", "syrians"])
    assert grant_to is None or grant_to.code != "072"        # "granted ... to" alone is no military aid


def test_refugee_status_granted_is_no_military_aid(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Germany granted refugee status to 5,000 Syrians.")
    assert events and all(e.cameo != "072" for e in events)


def test_an_approval_is_not_a_grant_of_asylum(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer,
                     "Russia's parliament approved the appointment of a new prime minister.")
    assert all(e.cameo != "075" for e in events)


# -- rebel ground struck near a town: the rebels of the town's country, not of the attacker's --------------------
def test_rebel_positions_near_a_foreign_town_are_that_countrys_rebels(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Russian jets struck rebel positions near Aleppo.")
    triples = {(e.source.code if e.source else None, e.plover, e.target.code if e.target else None) for e in events}
    assert ("RUSMIL", "ASSAULT", "SYRREB") in triples
    assert not any(t == "RUSREB" for _, _, t in triples)


def test_rebel_positions_east_of_a_town(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "French jets bombed Islamist rebel bases near Gao.")
    assert ("FRAMIL", "ASSAULT", "MLIREB") in {(e.source.code, e.plover, e.target.code) for e in events
                                               if e.source and e.target}


# -- an Arabic article written apart from the name ------------------------------------------------------------
def test_al_written_apart_from_the_name(nlp, resolver):
    assert ("al Qaeda", "IMGMUSALQ") in _mentions(nlp, resolver, "The attack was claimed by al Qaeda.")
    assert ("al-Qaeda", "IMGMUSALQ") in _mentions(nlp, resolver, "The attack was claimed by al-Qaeda.")


def test_english_words_before_a_capital_are_no_article(nlp, resolver):
    codes = [code for _, code in _mentions(nlp, resolver, "He met an American envoy at Nusra's request.")]
    assert "USAGOV" in codes or "USA" in codes
    assert all(not code.startswith("IMG") for code in codes)


# -- central banks are their state's; commercial banks named after a country are not ----------------------------
def test_central_banks_are_the_state(nlp, resolver):
    assert ("The Bank of Korea", "KORGOV") in _mentions(nlp, resolver, "The Bank of Korea raised interest rates.")
    assert ("The People's Bank of China", "CHNGOV") in _mentions(nlp, resolver, "The People's Bank of China cut rates.")
    assert ("The Fed", "USAGOV") in _mentions(nlp, resolver, "The Fed raised rates on Wednesday.")
    assert ("The European Central Bank", "EU") in _mentions(nlp, resolver, "The European Central Bank cut rates.")


def test_a_commercial_bank_named_after_a_country_stays_a_business(nlp, resolver):
    assert ("Bank of China", "CHNBUS") in _mentions(nlp, resolver, "Bank of China lent the company $2 billion.")


# -- a group placed by "in" once is not placed again by the next "in" -----------------------------------------
def test_a_placed_group_is_one_mention(nlp, resolver):
    found = _mentions(nlp, resolver, "Police in Hyderabad in Pakistan's Sindh province arrested three men.")
    police = [(text, code) for text, code in found if text.startswith("Police")]
    assert police == [("Police in Hyderabad", "PAKCOP")]


# -- a passive conjunct with a subject of its own does not borrow the first one's ---------------------------------
def test_a_passive_conjunct_keeps_its_own_subject(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "In Nairobi, 105 people were arrested and 30 officers were injured.")
    assert [(e.plover, e.target.code if e.target else None) for e in events if e.plover == "COERCE"] == [
        ("COERCE", "KENCVL")]
    assert not any(e.plover == "ASSAULT" and e.target and e.target.code == "KENCVL" for e in events)


def test_a_passive_conjunct_without_a_subject_shares_the_first(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Protesters were beaten and arrested by police in Harare.")
    triples = {(e.source.code if e.source else None, e.plover, e.target.code if e.target else None) for e in events}
    assert ("ZWECOP", "COERCE", "ZWECVL") in triples and ("ZWECOP", "ASSAULT", "ZWECVL") in triples


# -- an apposition describes the subject: its possessor does nothing ------------------------------------------------
def test_the_possessor_in_an_apposition_is_no_doer(nlp, resolver, coder, gazetteer):
    for text, doer, possessor in (("China, Myanmar's main ally, has called for dialogue between all parties.", "CHN", "MMR"),
                                  ("Egypt, Israel's neighbour, urged restraint.", "EGY", "ISR")):
        sources = {e.source.code for e in _events(nlp, resolver, coder, gazetteer, text) if e.source}
        assert doer in sources and possessor not in sources


def test_an_apposition_that_names_actors_still_gives_them(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "The two countries, India and Pakistan, agreed to hold talks.")
    assert {(e.source.code, e.target.code) for e in events if e.source and e.target} & {("IND", "PAK"), ("PAK", "IND")}


# -- what an attack is made "with" is its weapon, not its target ----------------------------------------------------
def test_the_weapon_of_an_attack_is_no_target(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Russian forces attacked Kyiv with Iranian drones.")
    assert {(e.source.code, e.target.code) for e in events if e.plover == "ASSAULT" and e.source and e.target} == {
        ("RUSMIL", "UKR")}


def test_a_side_clashed_with_stays_the_target(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Rebels clashed with government troops in Darfur.")
    assert ("SDNREB", "SDNMIL") in {(e.source.code, e.target.code) for e in events if e.source and e.target}


# -- a clause of time or cause told in the past is a fact, whatever the sentence asks -------------------------------
def test_a_past_clause_after_a_request_is_asserted(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer,
                     "The UN urged Israel to halt its offensive, a day after troops killed 20 civilians in Gaza.")
    assert [e.modality for e in events if e.plover == "ASSAULT"] == ["asserted"]


def test_a_future_clause_after_a_plan_stays_planned(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Israel will withdraw its troops after Hamas releases the hostages.")
    assert all(e.modality == "intended" for e in events if e.plover == "RETREAT")
    assert any(e.plover == "RETREAT" for e in events)


# -- a state body in a sentence that names no country ------------------------------------------------------------
def test_a_spokesman_is_of_the_main_subject_before_not_of_a_clause_it_reports(nlp, resolver):
    found = _mentions(nlp, resolver, "Iran on Tuesday denied supplying Russia with drones, after Kyiv said Russian "
                                     "forces had attacked its capital. Foreign Ministry spokesman Nasser Kanaani said "
                                     "the claims were false.")
    assert ("Foreign Ministry spokesman Nasser Kanaani", "IRNGOV") in found


def test_a_state_body_after_onlookers_is_of_the_story_country(nlp, resolver):
    found = _mentions(nlp, resolver, "Kenyan police fired tear gas at protesters in Nairobi. The United States and "
                                     "Britain urged restraint. Lawmakers approved the bill last week.")
    assert ("Lawmakers", "KENLEG") in found
    found = _mentions(nlp, resolver, "Two car bombs exploded in Somalia's capital, killing 100 people, President Hassan "
                                     "Sheikh Mohamud said. Turkey and Qatar sent planes carrying medical supplies, and "
                                     "the African Union condemned the attack. The government vowed to continue its "
                                     "offensive against the militants.")
    assert ("The government", "SOMGOV") in found


def test_a_state_that_acted_last_keeps_its_bodies(nlp, resolver):
    assert ("Officials", "KENGOV") in _mentions(nlp, resolver, "The Kenyan government deployed police to the border "
                                                               "with Somalia. Officials said the move was temporary.")
    assert ("The ministry", "RUSGOV") in _mentions(nlp, resolver, "Russia sent troops to Syria. The ministry said "
                                                                  "they would stay for months.")


# -- where a thing was made names no actor -------------------------------------------------------------------------
def test_made_in_a_country_is_no_actor(nlp, resolver):
    found = _mentions(nlp, resolver, "The rebels shot down a Russian-made helicopter over Idlib.")
    assert not any(code.startswith("RUS") for _, code in found)
    found = _mentions(nlp, resolver, "Russian forces attacked Kyiv with Iranian-made drones.")
    assert not any(code.startswith("IRN") for _, code in found)
    assert ("Saudi-led forces", "SAUMIL") in _mentions(nlp, resolver, "Saudi-led forces struck Sanaa.")


# -- a length of time is no date: the nearest date that names one is the event's -------------------------------------
def test_a_length_of_time_gives_way_to_a_year(nlp, resolver, coder, gazetteer):
    doc = nlp("In 2006, Israel and Hezbollah fought a 34-day war.")
    mentions = resolver.resolve(doc, dt.date(2024, 3, 14))
    events, _ = coder.code(doc, mentions, CodingContext(article_id="t", date=dt.date(2024, 3, 14)))
    assert events and {e.date for e in events} == {dt.date(2006, 1, 1)}


# -- a crowd named only by its size ---------------------------------------------------------------------------------
def test_a_crowd_named_by_its_size_protests(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Thousands rallied in Tbilisi against a foreign agents law.")
    assert ("GEOCVL", "PROTEST") in {(e.source.code, e.plover) for e in events if e.source}
    assert ("Tens of thousands", "SRBCVL") in _mentions(nlp, resolver, "Tens of thousands marched in Belgrade on Saturday.")


def test_a_count_of_something_named_is_no_crowd(nlp, resolver):
    assert _mentions(nlp, resolver, "The company lost millions of dollars.") == []
    assert ("Thousands of troops", "CVL") not in {(t, c[3:]) for t, c in
                                                  _mentions(nlp, resolver, "Thousands of troops crossed the border.")}


# -- spans and bare titles -------------------------------------------------------------------------------------------
def test_a_preposition_of_place_is_never_part_of_a_mention(nlp, resolver):
    found = _mentions(nlp, resolver, "Hundreds protested outside parliament in Nairobi.")
    assert ("parliament", "KENLEG") in found and not any(text.startswith("outside") for text, _ in found)


def test_a_senator_without_a_name_is_of_the_context(nlp, resolver):
    assert ("A senator", "NGALEG") in _mentions(nlp, resolver, "Nigeria's Senate approved the budget. A senator said "
                                                               "the vote was rushed.")
    assert ("A Democratic senator", "USALEG") in _mentions(nlp, resolver, "A Democratic senator criticised the plan.")


# -- a plan or intention someone has: its owner is the doer, its negation the event's ---------------------------------
def test_who_has_no_plans_is_the_doer_and_nothing_is_intended(nlp, resolver, coder, gazetteer):
    for text in ("Russia has no plans to attack NATO.", "Russia has no intention of attacking NATO."):
        events = _events(nlp, resolver, coder, gazetteer, text)
        assert [(e.source.code if e.source else None, e.plover, e.target.code, e.modality) for e in events] == [
            ("RUS", "ASSAULT", "NATO", "negated")]


def test_who_announces_a_decision_does_it(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Iran announced a decision to expel the British ambassador.")
    assert ("IRN", "SANCTION", "intended") in {(e.source.code if e.source else None, e.plover, e.modality) for e in events}


# -- "each other": each side does it to the other ----------------------------------------------------------------
def test_sides_that_accuse_each_other_accuse_the_other(nlp, resolver, coder, gazetteer):
    for text in ("India and Pakistan blamed each other for the attack.",
                 "India and Pakistan accused one another of provoking the clash."):
        pairs = {(e.source.code, e.target.code) for e in _events(nlp, resolver, coder, gazetteer, text)
                 if e.plover == "ACCUSE" and e.source and e.target}
        assert pairs == {("IND", "PAK"), ("PAK", "IND")}


# -- a deed that a bare role word qualifies names no actor ---------------------------------------------------------
def test_a_deed_of_a_bare_role_names_no_actor(nlp, resolver):
    for text in ("Mali warned that any military intervention in Niger would be a declaration of war.",
                 "The United States granted military assistance to Ukraine.", "Military operations continued in Gaza."):
        assert not any(code.endswith("MIL") for _, code in _mentions(nlp, resolver, text))
    assert ("Police stations", "AFGCOP") in _mentions(nlp, resolver, "Police stations were attacked in Kabul.")


def test_a_possessive_of_a_time_or_an_adjective_title_is_no_actor(nlp, resolver):
    found = _mentions(nlp, resolver, "Moscow's military operation in Ukraine entered its second year.")
    assert not any(text == "its" for text, _ in found)
    assert _mentions(nlp, resolver, "Russia marked its national day with a parade.") == [("Russia", "RUS")]
    assert ("its nationals", "GBRCVL") in _mentions(nlp, resolver, "Britain said its nationals should leave Sudan.")


# -- session 21: readings met in whole wire articles ----------------------------------------------------------------
def _coded(events):
    return {(e.source.code if e.source else None, e.plover, e.target.code if e.target else None) for e in events}


def test_a_visit_goes_from_the_visitor_to_the_place_visited(nlp, resolver, coder, gazetteer):
    # a visit was stored as a symmetric pair in alphabetical order: "Pelosi's visit to Taiwan" came out TWN -> USALEG
    for text in ("Pelosi's visit to Taiwan angered China.", "Beijing suspended talks after a visit to Taiwan by "
                                                             "House Speaker Nancy Pelosi."):
        visits = [e for e in _events(nlp, resolver, coder, gazetteer, text) if e.cameo == "042"]
        assert [(e.source.code, e.target.code, e.symmetric) for e in visits] == [("USALEG", "TWN", False)]


def test_the_same_rulers_named_again_stay_the_rulers_of_their_country(nlp, resolver):
    text = ("Niger's military junta on Thursday revoked military cooperation agreements with France. "
            "The junta also ended the mandates of Niger's ambassadors.")
    assert ("The junta", "NERGOV") in _mentions(nlp, resolver, text)
    # rulers named after a sentence where another country acts on a country are still the ruled country's (round 13)
    text = "The United States tightened sanctions on Haiti on Monday. The military rulers said they would not step down."
    assert ("The military rulers", "HTIGOV") in _mentions(nlp, resolver, text)


def test_forces_a_country_keeps_abroad_are_its_own(nlp, resolver):
    assert ("about 1,500 troops", "FRAMIL") in _mentions(nlp, resolver, "France has about 1,500 troops in Niger.")
    assert ("Soldiers in Mali", "MLIMIL") in _mentions(nlp, resolver, "Soldiers in Mali said they had seized the capital.")


def test_his_after_a_man_in_no_dictionary_is_no_actor(nlp, resolver, coder, gazetteer):
    text = "Theresa May spoke on Monday. Moscow denied any involvement in the attack on Sergei Skripal and his daughter."
    assert ("his", "GBRGOV") not in _mentions(nlp, resolver, text)
    assert ("his", "PAKGOV") in _mentions(nlp, resolver, "Police detained Prime Minister Imran Khan and his wife.")


def test_an_event_another_blocked_is_not_done_by_the_blocker(nlp, resolver, coder, gazetteer):
    assert not any(e.plover == "MOBILIZE" for e in
                   _events(nlp, resolver, coder, gazetteer, "A Kenyan court blocked the deployment in January."))
    assert _coded(_events(nlp, resolver, coder, gazetteer, "Hungary blocked the EU's aid package for Ukraine.")) == {
        ("HUN", "REJECT", "EU")}


def test_an_event_named_by_a_naming_verb_is_no_new_event_of_the_namer(nlp, resolver, coder, gazetteer):
    text = ("British Prime Minister Theresa May welcomed the expulsions, calling them the largest collective expulsion "
            "of Russian intelligence officers in history.")
    assert not any(e.plover == "SANCTION" for e in _events(nlp, resolver, coder, gazetteer, text))
    # a name for what the clause itself tells stays an event
    text = "Israeli troops crossed into southern Lebanon in what the army called limited ground raids against Hezbollah."
    assert ("ISRMIL", "ASSAULT", "LBNREB") in _coded(_events(nlp, resolver, coder, gazetteer, text))


def test_whom_a_sentence_sanctions_is_no_partner_of_its_cooperation(nlp, resolver, coder, gazetteer):
    text = ("The United States and its allies expelled 100 Russian diplomats on Monday in a coordinated response to "
            "the poisoning.")
    coded = _coded(_events(nlp, resolver, coder, gazetteer, text))
    assert ("USA", "SANCTION", "RUSGOV") in coded
    assert not any(plover == "COOPERATE" and "RUSGOV" in (source, target) for source, plover, target in coded)


def test_a_warning_of_what_things_will_do_is_no_threat(nlp, resolver, coder, gazetteer):
    for text in ("The International Monetary Fund has warned that an escalation of the trade war could hurt growth.",
                 "Opposition leader Raila Odinga warned that the deployment would put Kenyan officers at risk."):
        assert not any(e.plover == "THREATEN" for e in _events(nlp, resolver, coder, gazetteer, text))
    # a warning with a reprisal, or with an actor to act, is a threat
    for text in ("Erdogan warned that any Syrian attack on Turkish soil would be answered with force.",
                 "Duterte warned that he could extend martial law to the whole country."):
        assert any(e.plover == "THREATEN" for e in _events(nlp, resolver, coder, gazetteer, text))


def test_duties_raised_on_a_sum_of_goods_are_tariffs_not_an_appeal_for_money(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Trump raised duties on $200 billion of Chinese imports.")
    assert [(e.source.country, e.cameo, e.target.code) for e in events] == [("USA", "163", "CHN")]


def test_a_league_in_an_actors_name_is_no_sign_of_sport(nlp, resolver, coder, gazetteer):
    # a sentence with "league" lost its conflict events as if it told of sport
    coded = _coded(_events(nlp, resolver, coder, gazetteer, "The Arab League suspended Syria's membership on Saturday."))
    assert ("ARL", "SANCTION", "SYR") in coded
    assert not _events(nlp, resolver, coder, gazetteer, "Germany crushed Brazil in the semifinal.")


def test_a_sport_word_as_an_adjective_or_in_no_sport_sense_keeps_the_sentences_events(nlp, resolver, coder, gazetteer):
    for text in ("The Syrian army launched a final assault on the rebel stronghold of Aleppo.",
                 "Israel said the goal of its strikes on Gaza was to destroy Hamas."):
        assert any(e.plover == "ASSAULT" for e in _events(nlp, resolver, coder, gazetteer, text))
    for text in ("Germany beat Argentina in the final.", "Cyclone Nargis struck Myanmar, killing thousands of people."):
        assert not any(e.plover == "ASSAULT" for e in _events(nlp, resolver, coder, gazetteer, text))


def test_striking_back_at_a_country_is_an_attack_not_a_labour_strike(nlp, resolver, coder, gazetteer):
    text = "Iran struck back at the United States early Wednesday for the killing of a top Iranian general."
    assert _coded(_events(nlp, resolver, coder, gazetteer, text)) == {("IRN", "ASSAULT", "USA")}
    assert {e.plover for e in _events(nlp, resolver, coder, gazetteer, "Workers struck for higher wages in Seoul.")} \
        == {"PROTEST"}


def test_forces_pressing_their_advance_attack_and_ask_nothing(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Russian troops pressed their advance on Kyiv on Friday.")
    assert {e.plover for e in events} == {"ASSAULT"}


def test_a_hostile_deed_agreed_to_is_that_deed_not_an_agreement_with_its_target(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "The European Union agreed to impose sanctions on Russia.")
    assert [(e.source.code, e.plover, e.target.code) for e in events] == [("EU", "COERCE", "RUS")]
    # a de-escalation agreed to is still coded as before
    events = _events(nlp, resolver, coder, gazetteer, "Turkey agreed to suspend its offensive in northern Syria.")
    assert ("TUR", "RETREAT", "SYR") in _coded(events)


def test_the_toll_of_an_accident_is_no_attack(nlp, resolver, coder, gazetteer):
    for text in ("A Ukrainian passenger jet crashed near Tehran, killing all 176 people on board.",
                 "A factory building collapsed in Dhaka, killing more than 1,100 workers."):
        assert not _events(nlp, resolver, coder, gazetteer, text)
    assert any(e.plover == "ASSAULT" for e in
               _events(nlp, resolver, coder, gazetteer, "A car bomb exploded in Baghdad, killing 20 people."))


def test_civilians_a_foreign_force_attacks_are_of_the_other_country(nlp, resolver):
    found = _mentions(nlp, resolver, "Russian troops killed civilians, Ukrainian officials said.")
    assert ("civilians", "UKRCVL") in found
    found = _mentions(nlp, resolver, "KYIV, Ukraine (AP) — President Volodymyr Zelenskyy said Russia was targeting "
                                     "civilians.")
    assert ("civilians", "UKRCVL") in found
    assert ("civilians", "MMRCVL") in _mentions(nlp, resolver, "The Burmese army killed civilians.")


def test_an_abbreviated_rank_before_an_unknown_name_is_an_officer(nlp, resolver):
    text = "Bangladesh's army took control on Monday. Gen. Waker-Uz-Zaman said the army would restore order."
    assert ("Gen. Waker-Uz-Zaman", "BGDMIL") in _mentions(nlp, resolver, text)


def test_a_law_struck_down_is_no_attack(nlp, resolver, coder, gazetteer):
    text = "Opposition leader Yair Lapid said he would petition the Supreme Court to strike down the law."
    assert not any(e.plover == "ASSAULT" for e in _events(nlp, resolver, coder, gazetteer, text))


def test_two_leaders_joined_by_and_sign_together_when_the_parser_hangs_one_on_the_others_name(nlp, resolver, coder,
                                                                                              gazetteer):
    text = "President Donald Trump and North Korean leader Kim Jong Un signed a document on Tuesday."
    pairs = {(e.source.country, e.target.country) for e in _events(nlp, resolver, coder, gazetteer, text)
             if e.plover == "SUPPORT" and e.source and e.target}
    assert pairs and pairs <= {("USA", "PRK"), ("PRK", "USA")}


def test_exercises_halted_with_a_partner_reduce_relations(nlp, resolver, coder, gazetteer):
    text = "Trump said the United States would halt its military exercises with South Korea."
    coded = {(e.source.country if e.source else None, e.plover, e.target.code if e.target else None)
             for e in _events(nlp, resolver, coder, gazetteer, text)}
    assert ("USA", "SANCTION", "KOR") in coded and not any(plover == "MOBILIZE" for _, plover, _ in coded)


def test_a_short_family_name_written_first_is_the_person_named_before(nlp, resolver):
    text = ("President Donald Trump met North Korean leader Kim Jong Un in Singapore. Kim committed to the complete "
            "denuclearization of the Korean Peninsula.")
    assert ("Kim", "PRKGOV") in _mentions(nlp, resolver, text)


def test_fire_returned_answers_the_attacker(nlp, resolver, coder, gazetteer):
    text = ("North Korea fired dozens of artillery shells at a South Korean island on Tuesday. South Korea returned fire "
            "and scrambled fighter jets.")
    pairs = {(e.source.code, e.target.code) for e in _events(nlp, resolver, coder, gazetteer, text)
             if e.plover == "ASSAULT" and e.source and e.target}
    assert pairs == {("PRK", "KOR"), ("KOR", "PRK")}


def test_aid_an_opposition_brings_in_goes_to_no_dateline_country(nlp, resolver, coder, gazetteer):
    text = ("CUCUTA, Colombia (Reuters) - Venezuelan security forces fired tear gas at protesters on the border with "
            "Colombia on Saturday as opposition leader Juan Guaido tried to bring in humanitarian aid.")
    assert not any(e.plover == "AID" and e.target and e.target.country == "COL"
                   for e in _events(nlp, resolver, coder, gazetteer, text))


def test_supporters_of_rulers_are_people_not_rulers(nlp, resolver):
    text = ("NIAMEY, Niger (Reuters) - Niger's military junta on Thursday revoked military cooperation agreements with "
            "France. Thousands of junta supporters rallied in Niamey, some waving Russian flags.")
    assert ("Thousands of junta supporters", "NERCVL") in _mentions(nlp, resolver, text)


# -- twenty-second session: sixteen wire articles read through `dateline show` ------------------------------------
def test_brussels_is_the_union_when_it_acts_and_a_place_where_things_happen(nlp, resolver):
    assert ("Brussels", "EU") in _mentions(nlp, resolver, "Brussels warned London that it would not reopen the deal.")
    assert not any(text == "Brussels" for text, _ in _mentions(nlp, resolver, "Two bombs exploded at Brussels airport."))
    before_the_union = resolver.resolve(nlp("Prime Minister Patrice Lumumba accused Brussels of aggression."),
                                        dt.date(1960, 7, 20))
    assert ("Brussels", "BELGOV") in [(m.text, m.actor.code) for m in before_the_union]


def test_whoever_claims_responsibility_for_a_deed_did_it(nlp, resolver, coder, gazetteer):
    text = "Islamic State claimed responsibility for suicide bombings that killed at least 31 people in Belgium."
    coded = {(e.source.code if e.source else None, e.plover, e.target.country if e.target else None)
             for e in _events(nlp, resolver, coder, gazetteer, text)}
    assert ("IRQREB", "ASSAULT", "BEL") in coded


def test_a_valley_is_not_anguillas_capital(nlp, resolver):
    found = _mentions(nlp, resolver, "The Indian soldiers fought in the Galwan Valley, officials said.")
    assert not any(code.startswith("AIA") for _, code in found)


def test_a_common_noun_filed_as_a_groups_name_is_no_actor(nlp, resolver):
    text = "More than 300,000 migrants crossed the sea, according to the International Organization for Migration."
    assert not any(text == "Organization" for text, _ in _mentions(nlp, resolver, text))


def test_a_us_department_named_alone_is_the_us_government(nlp, resolver):
    found = _mentions(nlp, resolver, "The Justice Department charged four Chinese nationals with hacking.")
    assert ("The Justice Department", "USAJUD") in found
    assert ("The Treasury Department", "USAGOV") in _mentions(nlp, resolver, "The Treasury Department imposed "
                                                                             "sanctions on five Iranian officials.")


def test_aid_an_international_body_announces_goes_to_the_storys_country(nlp, resolver, coder, gazetteer):
    doc = nlp("The European Union announced 82 million euros in emergency aid.")
    mentions = resolver.resolve(doc, DATE)
    juba = gazetteer.dateline_place("JUBA")
    events, _ = coder.code(doc, mentions, CodingContext(article_id="t", date=DATE, places=(), dateline_place=juba))
    assert [(e.source.code, e.plover, e.target.code) for e in events] == [("EU", "AID", "SSD")]


def test_joining_another_in_condemning_someone_condemns_that_one(nlp, resolver, coder, gazetteer):
    text = "NATO, the European Union and Britain joined Washington in condemning Beijing."
    targets = {e.target.country for e in _events(nlp, resolver, coder, gazetteer, text) if e.plover == "ACCUSE"}
    assert targets == {"CHN"}


def test_calling_something_a_name_is_no_telephone_call(nlp, resolver, coder, gazetteer):
    text = "In his State of the Union speech, Bush called Iran, Iraq and North Korea an axis of evil."
    assert not any(e.plover == "CONSULT" for e in _events(nlp, resolver, coder, gazetteer, text))
    assert any(e.plover == "CONSULT" for e in _events(nlp, resolver, coder, gazetteer, "Obama called Putin on Tuesday."))


def test_a_crowd_gathered_to_celebrate_does_not_protest(nlp, resolver, coder, gazetteer):
    text = "In Tehran, crowds poured into the streets to celebrate, honking car horns and waving flags."
    assert not any(e.plover == "PROTEST" for e in _events(nlp, resolver, coder, gazetteer, text))
    text = "Thousands gathered in Cairo to demand the president's resignation."
    assert any(e.plover == "PROTEST" for e in _events(nlp, resolver, coder, gazetteer, text))


def test_a_deadline_set_for_a_deal_is_no_ultimatum_and_not_the_events_date(nlp, resolver, coder, gazetteer):
    text = "The United States and Iran set a June 30 deadline to reach a final agreement."
    assert not any(e.plover == "THREATEN" for e in _events(nlp, resolver, coder, gazetteer, text))
    threats = [e for e in _events(nlp, resolver, coder, gazetteer, "The United States gave Iran a June 30 deadline "
                                                                     "to respond.") if e.plover == "THREATEN"]
    assert threats and all(e.date == DATE for e in threats)


def test_a_state_urging_the_government_urges_anothers(nlp, resolver):
    text = ("Police arrested 20 protesters in Dhaka on Sunday. Britain criticised the government for the crackdown.")
    assert ("the government", "BGDGOV") in _mentions(nlp, resolver, text)


def test_a_description_in_apposition_to_a_name_is_no_second_party(nlp, resolver, coder, gazetteer):
    text = "China, Sri Lanka's largest bilateral lender, agreed to a two-year moratorium on debt repayments."
    assert not any(e.target and e.target.code == "LKABUS" for e in _events(nlp, resolver, coder, gazetteer, text))


def test_what_two_give_goes_to_a_third_not_to_each_other(nlp, resolver, coder, gazetteer):
    text = "India and Japan also gave financing assurances."
    assert not any(e.source and e.target and {e.source.code, e.target.code} == {"IND", "JPN"}
                   for e in _events(nlp, resolver, coder, gazetteer, text))


def test_a_leaders_government_named_by_the_short_name_is_that_leaders(nlp, resolver):
    text = "Hong Kong leader Carrie Lam apologized on Sunday. China's foreign ministry said Beijing supported Lam's government."
    assert ("Lam's government", "HKGGOV") in _mentions(nlp, resolver, text)


def test_the_two_halves_of_a_prisoner_swap_are_not_joined(nlp, resolver, coder, gazetteer):
    text = ("Russia freed WNBA star Brittney Griner on Thursday in exchange for the release of notorious Russian arms "
            "dealer Viktor Bout.")
    assert not any(e.source and e.source.code == "RUS" and e.target and e.target.code == "RUSCRM"
                   for e in _events(nlp, resolver, coder, gazetteer, text))


def test_hostages_an_armed_group_frees_are_not_its_own_people(nlp, resolver):
    text = "Hamas released 24 hostages on Friday, including 13 Israelis, on the first day of a cease-fire."
    assert ("24 hostages", "ISRCVL") in _mentions(nlp, resolver, text)


def test_unrest_a_leader_vows_to_deal_with_is_not_a_planned_protest(nlp, resolver, coder, gazetteer):
    text = "Iran's President Ebrahim Raisi vowed to deal decisively with the unrest."
    assert not any(e.plover == "PROTEST" for e in _events(nlp, resolver, coder, gazetteer, text))


def test_a_question_put_to_the_subject_is_no_request_of_theirs(nlp, resolver, coder, gazetteer):
    text = "Asked whether Washington would attack the North, Trump replied: \"We'll see.\""
    assert not any(e.plover == "REQUEST" for e in _events(nlp, resolver, coder, gazetteer, text))
    asked = _events(nlp, resolver, coder, gazetteer, "Egypt asked the UN to send peacekeepers.")
    assert any(e.plover == "REQUEST" and e.source.code == "EGY" for e in asked)


def test_evidence_provided_is_no_aid(nlp, resolver, coder, gazetteer):
    text = "U.S. Secretary of State John Kerry urged Turkey to provide evidence."
    assert not any(e.plover == "AID" for e in _events(nlp, resolver, coder, gazetteer, text))


def test_firms_a_state_sanctions_are_another_countrys(nlp, resolver):
    text = ("The United States lifted sanctions on Iran. Hours later, the U.S. Treasury imposed new sanctions on 11 "
            "companies and individuals over Iran's ballistic missile program.")
    assert ("11 companies", "IRNBUS") in _mentions(nlp, resolver, text)


def test_people_from_a_country_are_its_people(nlp, resolver):
    text = ("The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin, accusing "
            "him of responsibility for the abduction of children from Ukraine.")
    assert ("children", "UKRCVL") in _mentions(nlp, resolver, text)


def test_a_minister_of_an_unlisted_portfolio_keeps_the_country_before_it(nlp, resolver):
    text = ("Russian Defense Minister Sergei Shoigu and Ukrainian Infrastructure Minister Oleksandr Kubrakov signed "
            "the documents.")
    assert ("Ukrainian Infrastructure Minister Oleksandr Kubrakov", "UKRGOV") in _mentions(nlp, resolver, text)


def test_a_protest_is_aimed_at_whom_its_purpose_clause_opposes(nlp, resolver, coder, gazetteer):
    text = "Rebel soldiers tried to seize Istanbul's bridges overnight, but crowds took to the streets to oppose them."
    protests = [e for e in _events(nlp, resolver, coder, gazetteer, text) if e.plover == "PROTEST"]
    assert protests and all(e.target.sector == "REB" for e in protests)
    text = "Thousands took to the streets of Kiev to denounce Russia."
    assert not any(name == "Kiev" for name, _ in _mentions(nlp, resolver, text))


def test_people_freed_are_no_truce_mediated(nlp, resolver, coder, gazetteer):
    text = ("Ten Thai nationals and one Filipino were also freed. Qatar, which mediated the truce along with Egypt, "
            "said more releases would follow.")
    assert not any(e.plover == "CONSULT" and e.target and e.target.country == "PHL"
                   for e in _events(nlp, resolver, coder, gazetteer, text))


def test_an_international_court_named_again_stays_itself_beside_a_state(nlp, resolver):
    text = ("The International Criminal Court issued an arrest warrant for Putin. The Kremlin dismissed the warrants, "
            "noting that Russia does not recognize the court's jurisdiction.")
    assert ("the court's", "ICC") in _mentions(nlp, resolver, text)


def test_light_verb_idioms_of_take_are_no_arrest_or_seizure(nlp, resolver, coder, gazetteer):
    for text in ("Turkey took delivery of the Russian missile system.",
                 "China said its coast guard had taken necessary controls against Philippine vessels."):
        assert not any(e.plover in ("COERCE", "ASSAULT") for e in _events(nlp, resolver, coder, gazetteer, text))
    seized = _events(nlp, resolver, coder, gazetteer, "Rebels took control of the Syrian town of Idlib.")
    assert any(e.cameo == "192" for e in seized)


def test_sanctions_asked_for_are_not_aimed_at_the_one_who_asks(nlp, resolver, coder, gazetteer):
    text = "South Korea's President Moon Jae-in said he would ask the U.N. Security Council to impose new sanctions."
    assert not any(e.plover in ("COERCE", "SANCTION") and e.target and e.target.country == "KOR"
                   for e in _events(nlp, resolver, coder, gazetteer, text))


# -- twenty-third session: sixteen more wire articles read ----------------------------------------------------------
def test_they_after_a_joined_subject_that_says_it_is_all_of_that_subject(nlp, resolver, coder, gazetteer):
    text = "France and Germany announced that they will withdraw their troops from Mali."
    withdrawals = [e for e in _events(nlp, resolver, coder, gazetteer, text) if e.plover == "RETREAT"]
    assert {e.source.country for e in withdrawals} == {"FRA", "DEU"}
    assert all(e.target.country == "MLI" for e in withdrawals)


def test_the_country_in_a_relative_clause_is_not_the_subject_of_the_clause_it_hangs_on(nlp, resolver):
    text = ("Iran reached a deal with six world powers. In return, the United States will lift sanctions that have "
            "cost the country billions of dollars.")
    assert ("the country", "IRN") in _mentions(nlp, resolver, text)


def test_a_length_of_time_is_no_date():
    from dateline.events import dates
    assert dates.resolve("180 days", DATE) is None
    assert dates.resolve("the past 10 years", DATE) is None
    assert dates.resolve("three days ago", DATE) == DATE - dt.timedelta(days=3)


def test_an_event_date_is_not_taken_from_a_relative_clause_on_its_subject(nlp, resolver, coder, gazetteer):
    text = "Mali's junta, which seized power in a coup in August 2020, expelled the French ambassador last month."
    expelled = [e for e in _events(nlp, resolver, coder, gazetteer, text) if e.cameo == "161"]
    assert expelled and all(e.date == dt.date(2015, 5, 1) for e in expelled)
    # a clause that only dates the noun still dates the event
    text = "The attack, which happened on Friday, killed five Afghan soldiers."
    killed = [e for e in _events(nlp, resolver, coder, gazetteer, text) if e.plover == "ASSAULT"]
    assert killed and all(e.date == dt.date(2015, 5, 29) for e in killed)


def test_what_a_state_calls_something_is_no_telephone_call(nlp, resolver, coder, gazetteer):
    text = "Indian warplanes struck what New Delhi called a militant training camp inside Pakistan."
    events = _events(nlp, resolver, coder, gazetteer, text)
    assert not any(e.plover == "CONSULT" for e in events)
    assert any(e.plover == "ASSAULT" and e.source.country == "IND" and e.target.country == "PAK" for e in events)


def test_a_high_commissioner_summoned_is_a_complaint_to_his_government(nlp, resolver, coder, gazetteer):
    text = "India's foreign ministry summoned Pakistan's acting high commissioner to protest the treatment of a pilot."
    assert any(e.cameo == "114" and e.source.code == "INDGOV" and e.target.code == "PAKGOV"
               for e in _events(nlp, resolver, coder, gazetteer, text))


def test_ground_held_is_no_one_detained(nlp, resolver, coder, gazetteer):
    text = "Turkish warplanes bombed positions held by the Syrian Democratic Forces near the border."
    events = _events(nlp, resolver, coder, gazetteer, text)
    assert not any(e.plover == "COERCE" for e in events)
    assert any(e.plover == "ASSAULT" and e.source.country == "TUR" for e in events)
    held = _events(nlp, resolver, coder, gazetteer, "Syrian police held two British journalists.")
    assert any(e.cameo == "173" for e in held)


def test_airport_codes_and_arabic_name_openings_are_no_places(nlp, gazetteer):
    text = ("Turkish jets bombed positions of the SDF around the town of Ras al-Ain, and the IMF said it would help. "
            "Imran Khan spoke in Khan Younis.")
    places = gazetteer.find_places(nlp(text))
    assert not {p.name for p in places} & {"Louisville", "Rasht", "Al Ain City", "Imphal"}
    assert [p.country for p in places] == ["PSE"]          # Khan Younis, a name that opens with "Khan"


def test_a_role_acted_on_is_not_of_the_subject_of_a_clause_after_it(nlp, resolver):
    text = ("Security forces in Myanmar opened fire on protesters on Sunday. The United States and the European Union "
            "condemned the violence. U.N. Secretary-General Ban Ki-moon called on the military to respect the "
            "will of the people, and Britain said it was considering further sanctions against the generals.")
    assert ("the military", "MMRMIL") in _mentions(nlp, resolver, text)


def test_a_protest_a_ministry_expresses_is_an_official_complaint(nlp, resolver, coder, gazetteer):
    text = ("A U.S. fighter jet shot down a suspected Chinese spy balloon. China's foreign ministry expressed strong "
            "dissatisfaction and protest over the use of force.")
    events = _events(nlp, resolver, coder, gazetteer, text)
    assert any(e.cameo == "114" and e.source.code == "CHNGOV" and e.target.country == "USA" for e in events)
    assert not any(e.plover == "PROTEST" for e in events)


def test_the_island_is_the_island_state_named_before(nlp, resolver, coder, gazetteer):
    text = ("U.S. House Speaker Nancy Pelosi met Taiwan's President Tsai Ing-wen on Wednesday. China suspended "
            "imports of fruit and fish from the island.")
    assert ("the island", "TWN") in _mentions(nlp, resolver, text)
    assert any(e.cameo == "163" and e.target.country == "TWN" for e in _events(nlp, resolver, coder, gazetteer, text))
    # not a country that is no island
    assert not any(name == "the island" for name, _ in _mentions(nlp, resolver, "Russia said the island was calm."))


def test_idioms_and_own_evacuations_are_no_events(nlp, resolver, coder, gazetteer):
    for text in ("President Ashraf Ghani fled the country, bringing the militants to the brink of taking full control "
                 "of Afghanistan.", "The United States rushed to evacuate its embassy in Kabul."):
        assert not any(e.plover in ("CONSULT", "AID") for e in _events(nlp, resolver, coder, gazetteer, text))


def test_a_commitment_not_abandoned_is_no_refusal(nlp, resolver, coder, gazetteer):
    text = "Pelosi said Washington would not abandon its commitment to Taiwan."
    events = _events(nlp, resolver, coder, gazetteer, text)
    assert not any(e.plover == "REJECT" for e in events)
    assert not any(e.modality == "negated" for e in events)


def test_the_two_sides_are_those_between_whom_it_happens_not_the_mediators(nlp, resolver):
    text = ("Fierce fighting between Sudan's army and the Rapid Support Forces raged for a second day. The African "
            "Union and the Arab League held emergency meetings, and Egypt offered to mediate between the two sides.")
    sides = {code for name, code in _mentions(nlp, resolver, text) if name == "the two sides"}
    assert sides == {"SDNMIL", "SDNREB"}


def test_rebels_a_state_fights_are_not_its_own_and_the_fight_is_the_states(nlp, resolver, coder, gazetteer):
    text = "France will withdraw its troops from Mali after nearly a decade of fighting Islamic extremists."
    assert ("Islamic extremists", "MLIREB") in _mentions(nlp, resolver, text)
    assert any(e.plover == "ASSAULT" and e.source.country == "FRA" and e.target.code == "MLIREB"
               for e in _events(nlp, resolver, coder, gazetteer, text))


def test_the_datelines_country_leads_when_the_story_names_it(nlp, resolver):
    doc_text = ("Haitian President Jovenel Moise was assassinated at his home early on Wednesday. Interim Prime "
                "Minister Claude Joseph declared a state of siege. He called the killing barbaric. Police later said "
                "they had killed four suspects. U.S. President Joe Biden condemned the attack and said Washington "
                "stood ready to help.")
    doc = nlp(doc_text)
    mentions = resolver.resolve(doc, DATE, dateline="PORT-AU-PRINCE, Haiti")
    assert ("Police", "HTICOP") in [(m.text, m.actor.code) for m in mentions]


def test_bodies_a_state_sanctions_are_another_countrys_and_onlookers_lend_no_country(nlp, resolver):
    text = ("Mahsa Amini died after she was arrested by the morality police in Tehran. President Ebrahim Raisi, "
            "speaking at the United Nations in New York, said he had ordered an investigation. The United States "
            "imposed sanctions on the morality police and senior security officials. State media said at least 17 "
            "people had been killed.")
    mentions = _mentions(nlp, resolver, text)
    assert ("the morality police", "IRNCOP") in mentions
    assert ("senior security officials", "IRNGOV") in mentions
    assert ("State media", "IRNMED") in mentions or ("State media", "IRNGOV") in mentions


def test_an_army_put_on_alert_is_the_leaders_own(nlp, resolver):
    text = ("The KFOR mission said Italian and Hungarian troops were hurt by rocks. Serbia's President Aleksandar "
            "Vucic put the army on the highest state of alert.")
    assert ("the army", "SRBMIL") in _mentions(nlp, resolver, text)


def test_him_is_not_the_title_someone_gave_himself(nlp, resolver, coder, gazetteer):
    text = ("Venezuelan opposition leader Juan Guaido declared himself interim president on Wednesday, and U.S. "
            "President Donald Trump quickly recognized him as the country's legitimate leader.")
    assert ("him", "VENOPP") in _mentions(nlp, resolver, text)


def test_a_deed_told_in_the_passive_accuses_its_agent_not_its_victim(nlp, resolver, coder, gazetteer):
    text = ("Saudi Arabia acknowledged that journalist Jamal Khashoggi was killed inside its consulate. Turkish "
            "officials have said Khashoggi was murdered by a team of Saudi agents sent from Riyadh.")
    accusations = [e for e in _events(nlp, resolver, coder, gazetteer, text) if e.plover == "ACCUSE"]
    assert accusations and all(e.target.code == "SAUGOV" for e in accusations)


def test_aid_or_cooperation_halted_is_a_reduction(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Germany said it would halt arms sales to Saudi Arabia.")
    # (162, or its arms-specific 1622: "halt sales" with arms named is military assistance stopped)
    assert any(e.cameo.startswith("162") and e.source.code == "DEU" and e.target.code == "SAU" for e in events)
    assert not any(e.plover == "AID" for e in events)


def test_ruling_ones_own_country_and_taking_it_out_of_a_bloc_are_no_events(nlp, resolver, coder, gazetteer):
    for text in ("Lukashenko, who has ruled the country since 1994, won 80 percent of the vote.",
                 "Boris Johnson became Britain's prime minister, promising to take the country out of the EU."):
        assert not any(e.plover in ("COOPERATE", "CONSULT", "COERCE")
                       for e in _events(nlp, resolver, coder, gazetteer, text))


def test_an_accusation_beside_an_order_is_made_not_ordered(nlp, resolver, coder, gazetteer):
    text = ("Ethiopian Prime Minister Abiy Ahmed ordered a military offensive against the Tigray People's Liberation "
            "Front on Wednesday, accusing it of attacking a federal army base.")
    accusations = [e for e in _events(nlp, resolver, coder, gazetteer, text) if e.plover == "ACCUSE"]
    assert accusations and all(e.modality == "asserted" and e.source.code == "ETHGOV" for e in accusations)


def test_a_complaint_vowed_is_the_complaint_intended(nlp, resolver, coder, gazetteer):
    text = "South Korea vowed to file a complaint with the World Trade Organization."
    events = _events(nlp, resolver, coder, gazetteer, text)
    assert any(e.cameo == "114" and e.modality == "intended" for e in events)
    assert not any(e.plover == "AGREE" for e in events)


def test_a_boycott_called_for_is_the_callers_not_the_goods_country(nlp, resolver, coder, gazetteer):
    text = "In Seoul, protesters rallied outside the Japanese embassy and called for a boycott of Japanese goods."
    protests = [e for e in _events(nlp, resolver, coder, gazetteer, text) if e.plover == "PROTEST"]
    assert protests and all(e.source.code == "KORCVL" and e.target.country == "JPN" for e in protests)


def test_a_helper_is_no_target(nlp, resolver, coder, gazetteer):
    text = "The truce, brokered by Qatar with the help of Egypt and the United States, allowed aid trucks into Gaza."
    assert not any(e.plover == "CONSULT" and e.target is not None and e.target.country in ("EGY", "USA", "QAT")
                   for e in _events(nlp, resolver, coder, gazetteer, text))


def test_things_each_of_several_pledges_are_no_agreement_among_them(nlp, resolver, coder, gazetteer):
    events = _events(nlp, resolver, coder, gazetteer, "Canada, Australia, Germany and France pledged forces.")
    assert not any(e.plover == "AGREE" and e.target is not None for e in events)


def test_a_name_given_is_no_strike_called(nlp, resolver, coder, gazetteer):
    text = ("U.S. and British forces launched air strikes against Taliban targets in Afghanistan on Sunday. The "
            "Taliban's ambassador to Pakistan called the strikes a terrorist attack.")
    assert not any(e.plover == "PROTEST" for e in _events(nlp, resolver, coder, gazetteer, text))


def test_praising_a_blow_is_no_support_of_the_one_hit(nlp, resolver, coder, gazetteer):
    text = "Osama bin Laden praised the attacks on the United States."
    assert not any(e.plover == "SUPPORT" for e in _events(nlp, resolver, coder, gazetteer, text))


def test_its_after_for_is_the_objects(nlp, resolver, coder, gazetteer):
    text = "Iran praised Hezbollah for its attack on Israel."
    assert ("its", "LBNREB") in _mentions(nlp, resolver, text)
    assert not any(e.plover == "ASSAULT" and e.source.country == "IRN"
                   for e in _events(nlp, resolver, coder, gazetteer, text))


def test_a_place_of_a_relative_clause_is_not_where_the_event_happened():
    from dateline.model import Article
    from dateline.pipeline import Worker
    text = ("TEHRAN, Iran - Hundreds of Iranian students stormed the U.S. Embassy in Tehran on Sunday and took about 90 "
            "hostages. A spokesman for the students said the hostages would be held until the Shah, who is receiving "
            "medical treatment in New York, was returned.")
    worker = Worker()
    result = worker.analyse_batch(worker.clean_batch([Article(id="t", raw_text=text, published=DATE)]))[0]
    held = [e for e in result.events if "held" in e.trigger]
    assert held and all(e.place is not None and e.place.name == "Tehran" for e in held)


def test_a_clause_beside_takes_the_date_of_the_clause_it_hangs_on(nlp, resolver, coder, gazetteer):
    text = ("Greek Prime Minister Alexis Tsipras urged voters on Friday to reject the terms of an international "
            "bailout in a referendum on Sunday, as thousands rallied in central Athens for and against the deal.")
    rallies = [e for e in _events(nlp, resolver, coder, gazetteer, text) if e.plover == "PROTEST"]
    assert rallies and all(e.date == dt.date(2015, 5, 29) for e in rallies)     # the Friday before June 1


def test_a_denial_answers_all_who_accused_together(nlp, resolver, coder, gazetteer):
    text = ("Saudi Arabia, the United Arab Emirates, Egypt and Bahrain cut diplomatic ties with Qatar on Monday, "
            "accusing it of supporting terrorism. Qatar denied the charges.")
    denials = [e for e in _events(nlp, resolver, coder, gazetteer, text) if e.plover == "REJECT"]
    assert {e.target.code for e in denials} == {"SAU", "ARE", "EGY", "BHR"}


def test_a_state_and_its_own_government_are_no_pair(nlp, resolver, coder, gazetteer):
    text = "Egypt, which brokered the truce, said it would send two delegations to monitor it."
    assert not any(e.source is not None and e.target is not None and e.source.country == e.target.country
                   for e in _events(nlp, resolver, coder, gazetteer, text))
    declared = _events(nlp, resolver, coder, gazetteer, "Azerbaijan declared martial law.")
    assert any(e.cameo == "1724" for e in declared)         # a state's measure on its own country stays


def test_ones_own_people_sent_are_no_aid_to_them(nlp, resolver, coder, gazetteer):
    assert not any(e.plover == "AID" for e in _events(nlp, resolver, coder, gazetteer,
                                                       "Greece sent rescuers and medical supplies."))


def test_a_named_party_told_to_act_does_not_lend_its_object_to_the_telling_verb(nlp, resolver, coder, gazetteer):
    text = ("U.S. President Joe Biden, who had pressed Prime Minister Benjamin Netanyahu to wind down the offensive, "
            "welcomed the truce.")
    events = _events(nlp, resolver, coder, gazetteer, text)
    assert not any(e.plover == "ASSAULT" for e in events)
    assert any(e.plover == "REQUEST" and e.source.code == "USAGOV" for e in events)


def test_retaliating_by_a_means_is_the_means(nlp, resolver, coder, gazetteer):
    text = ("Washington has doubled tariffs on Turkish steel and imposed sanctions on two Turkish ministers. Ankara "
            "retaliated by raising tariffs on U.S. cars, alcohol and tobacco.")
    events = _events(nlp, resolver, coder, gazetteer, text)
    assert not any(e.plover == "ASSAULT" for e in events)
    assert any(e.cameo == "163" and e.source.country == "TUR" and e.target.country == "USA" for e in events)


def test_her_as_an_object_is_a_target(nlp, resolver, coder, gazetteer):
    text = "Aung San Suu Kyi spoke at the court. Activists criticised her."
    assert any(e.plover == "ACCUSE" and e.target is not None and e.target.country == "MMR"
               for e in _events(nlp, resolver, coder, gazetteer, text))


def test_both_sides_are_never_the_subject_that_addresses_them(nlp, resolver):
    text = ("A tribunal ruled that China has no historic rights to the South China Sea, backing the Philippines. "
            "The United States urged both sides to comply with the decision.")
    sides = {code for name, code in _mentions(nlp, resolver, text) if name == "both sides"}
    assert "USA" not in sides


def test_he_and_she_never_stand_for_a_person_named_as_the_other_gender(nlp, resolver, coder, gazetteer):
    text = "French President Francois Hollande met German Chancellor Angela Merkel in Paris. She said Germany would help."
    assert ("She", "DEUGOV") in _mentions(nlp, resolver, text)
    text = "British Prime Minister Theresa May met U.S. President Barack Obama. He praised her."
    assert {("He", "USAGOV"), ("her", "GBRGOV")} <= set(_mentions(nlp, resolver, text))
    assert any(e.plover == "SUPPORT" and e.source.code == "USAGOV" and e.target.code == "GBRGOV"
               for e in _events(nlp, resolver, coder, gazetteer, text))
    # honorifics tell it too, and a person of no listed name fits either pronoun
    from dateline.actors.context import person_gender
    doc = nlp("Mrs. Clinton met Premier Li Qiang.")
    assert person_gender(doc, 1, 2, None) == "f"
    assert person_gender(doc, 4, 6, "Li Qiang") is None


# -- PETRARCH loader: comment lines inside sets, blocks with no code, empty sets -------------------------------------
VERBS_WITH_COMMENTS = """&CURRENCY
# a comment line inside the set
+DOLLAR
+EURO

--- NEED [---] ---
NEED
- * &CURRENCY [0231]

--- DISRUPT [160] ---
DISRUPT

--- SEND   ###
SEND {SENDS SENDING SENT }
- * TROOPS [154]
"""


def test_a_comment_line_inside_a_set_does_not_end_it():
    dictionary = parse_verb_dictionary(VERBS_WITH_COMMENTS)
    assert dictionary.synsets["currency"] == ("dollar", "euro")
    assert dictionary.best_pattern("NEED", [], ["dollars"]).code == "0231"
    # before the fix the set was empty and "* &CURRENCY" matched any object ("raised concerns about ...")
    assert dictionary.best_pattern("NEED", [], ["concerns"]) is None


def test_a_block_header_with_no_code_opens_a_block_of_its_own():
    dictionary = parse_verb_dictionary(VERBS_WITH_COMMENTS)
    # before the fix "--- SEND ###" was read as a comment and SEND joined DISRUPT, coded 160
    assert [(entry.block, entry.code) for entry in dictionary.verbs["send"]] == [("SEND", None)]
    assert dictionary.best_pattern("SEND", [], ["troops"]).code == "154"


def test_an_empty_set_matches_no_object():
    dictionary = parse_verb_dictionary("&EMPTY\n\n--- NEED [---] ---\nNEED\n- * &EMPTY [0231]\n")
    assert dictionary.best_pattern("NEED", [], ["anything"]) is None


def test_a_councils_authorisation_is_an_endorsement_or_the_measure_authorised(nlp, resolver, coder, gazetteer):
    text = ("The U.N. Security Council authorised a no-fly zone over Libya and 'all necessary measures' to protect "
            "civilians from Moamer Kadhafi's forces.")
    events = _events(nlp, resolver, coder, gazetteer, text)
    assert not any(e.plover == "CONCEDE" for e in events)
    assert any(e.plover == "COERCE" and e.source.code == "UNO" and e.target.country == "LBY" for e in events)
    text = "The Security Council authorised an Australian-led multinational force to restore order in East Timor."
    assert any(e.plover == "SUPPORT" and e.target.country == "AUS"
               for e in _events(nlp, resolver, coder, gazetteer, text))


def test_the_oecd_is_an_international_organisation(nlp, resolver):
    text = "The Organisation for Economic Co-operation and Development urged Panama to share tax information."
    assert ("The Organisation for Economic Co-operation and Development", "IGO") in _mentions(nlp, resolver, text)


def test_a_datelines_region_chooses_its_place():
    from dateline.model import Article
    from dateline.pipeline import Worker
    text = ("SALISBURY, England - A former Russian spy and his daughter were found unconscious on a bench on Sunday. "
            "Britain expelled 23 Russian diplomats.")
    worker = Worker()
    result = worker.analyse_batch(worker.clean_batch([Article(id="t", raw_text=text, published=DATE)]))[0]
    assert result.clean.dateline == "SALISBURY" and result.clean.dateline_region == "England"
    assert result.dateline_place.country == "GBR"           # not Harare, once Salisbury


def test_joining_someone_in_a_deed_is_the_deed(nlp, resolver, coder, gazetteer):
    text = "The United States, France and Germany joined Britain in blaming Russia."
    events = _events(nlp, resolver, coder, gazetteer, text)
    assert not any(e.plover == "CONSULT" for e in events)
    assert {e.source.code for e in events if e.plover == "ACCUSE"} == {"USA", "FRA", "DEU"}


def test_aid_pledged_as_an_amount_is_intended_and_carries_the_amount():
    from dateline.model import Article
    from dateline.pipeline import Worker
    text = "ANKARA, Turkey - An earthquake hit Turkey. The United States pledged $85 million in humanitarian aid."
    worker = Worker()
    result = worker.analyse_batch(worker.clean_batch([Article(id="t", raw_text=text, published=DATE)]))[0]
    aid = [e for e in result.events if e.plover == "AID"]
    assert aid and all(e.modality == "intended" for e in aid)
    assert any(a.value == 85_000_000 and a.currency == "USD" for e in aid for a in e.amounts)


def test_a_quote_keeps_the_closing_mark_of_a_quotation_it_ends_inside_and_a_speaker_no_trailing_comma():
    from dateline.model import Article
    from dateline.pipeline import Worker
    text = ("BAMAKO, Mali - Mali's junta expelled the French ambassador. A junta spokesman, Col. Abdoulaye Maiga, said "
            "on state television that the withdrawal should happen \"without delay.\"")
    worker = Worker()
    result = worker.analyse_batch(worker.clean_batch([Article(id="t", raw_text=text, published=DATE)]))[0]
    quotes = [q for q in result.quotes if "withdrawal" in q.text]
    assert quotes and quotes[0].text.count('"') % 2 == 0 and quotes[0].text.endswith('"')
    assert not quotes[0].speaker_text.endswith(",")


def test_a_part_of_a_year_is_that_part():
    from dateline.events import dates
    base = dt.date(2022, 11, 15)
    assert dates.resolve("early next year", base) == dt.date(2023, 1, 1)
    assert dates.resolve("late last year", base) == dt.date(2021, 10, 1)
    assert dates.resolve("earlier this year", base) == base


# -- twenty-fourth session: readings of 28 more wire articles ------------------------------------------------------
def _article(text, published=DATE):
    from dateline.model import Article
    from dateline.pipeline import Worker
    worker = Worker()
    return worker.analyse_batch(worker.clean_batch([Article(id="t", raw_text=text, published=published)]))[0]


def _article_coded(result):
    return _coded(result.events)


def test_a_verb_joined_after_a_subordinate_clause_whose_subject_is_no_actor_is_the_sentence_subjects():
    result = _article("WARSAW, Poland - Poland sent thousands more troops to its border with Belarus on Monday after "
                      "hundreds of migrants tried to force their way across, and accused Minsk of orchestrating the "
                      "crisis.")
    assert ("POL", "ACCUSE", "BLRGOV") in _article_coded(result)


def test_a_request_of_parties_we_do_not_know_is_not_aimed_at_whom_its_content_is():
    result = _article("The European Commission urged member states to approve new sanctions against Belarus.")
    coded = _article_coded(result)
    assert ("EU", "REQUEST", "BLR") not in coded
    assert not any(source == "BLR" for source, _, _ in coded)       # Belarus sanctions no one
    assert (None, "COERCE", "BLR") in coded


def test_a_participle_right_after_an_object_describes_it_and_an_attempt_told_in_the_past_is_dated_back():
    result = _article("COLOMBO, Sri Lanka - Soldiers fired tear gas at demonstrators trying to storm the parliament "
                      "on Wednesday.", dt.date(2022, 7, 14))
    storm = [e for e in result.events if e.trigger == "storm"]
    assert storm and storm[0].source.code == "LKACVL" and storm[0].plover == "PROTEST"
    assert storm[0].date == dt.date(2022, 7, 13)


def test_a_relative_clause_does_not_take_the_date_of_another_clause():
    result = _article("COLOMBO, Sri Lanka - Protesters who had occupied government buildings in Colombo began "
                      "withdrawing after the speaker said the resignation would be announced on Friday.",
                      dt.date(2022, 7, 14))
    occupied = [e for e in result.events if e.trigger == "occupied"]
    assert occupied and occupied[0].date == dt.date(2022, 7, 14)


def test_flags_waved_lend_no_country_and_police_at_a_foreign_embassy_are_the_countrys_own():
    result = _article("NIAMEY, Niger - Niger's junta expelled the French ambassador. Thousands of supporters of the "
                      "junta rallied in the capital, some waving Russian flags, and protesters attacked the French "
                      "embassy before being dispersed by security forces.", dt.date(2023, 7, 30))
    coded = _article_coded(result)
    assert ("NERCVL", "PROTEST", "FRA") in coded
    assert ("NERCOP", "ASSAULT", "NERCVL") in coded
    assert not any(source and source.startswith("RUS") for source, _, _ in coded)


def test_an_assault_responded_to_is_not_the_responders_and_an_effort_welcomed_not_the_welcomers():
    coded = _article_coded(_article("France condemned the attack and said it would respond immediately to any assault on "
                            "its nationals. The United States said it welcomed any effort to end the war in Yemen."))
    assert not any(source == "FRA" and plover == "ASSAULT" for source, plover, _ in coded)
    assert not any(source == "USA" and plover == "RETREAT" for source, plover, _ in coded)


def test_places_in_a_clause_on_the_object_struck_are_not_struck():
    coded = _article_coded(_article("North Korea fired a ballistic missile over Japan's northern Hokkaido island on Friday, "
                            "the second such launch in less than a month, drawing swift condemnation from Tokyo and "
                            "Washington."))
    assert ("PRK", "ASSAULT", "JPN") in coded and ("PRK", "ASSAULT", "USA") not in coded


def test_the_two_sides_are_not_the_one_who_tells_what_they_did():
    coded = _article_coded(_article("TBILISI, Georgia - Russian troops had pushed deep into Georgian territory. Russian "
                            "President Dmitry Medvedev on Tuesday ordered a halt to military operations in Georgia, "
                            "and French President Nicolas Sarkozy said the two sides had accepted a six-point peace "
                            "plan.", dt.date(2008, 8, 12)))
    agreed = {frozenset((s, t)) for s, plover, t in coded if plover == "AGREE"}
    assert agreed == {frozenset(("GEO", "RUS"))}


def test_no_commitment_made_is_negated_and_a_condition_met_is_no_meeting():
    result = _article("KABUL - Defense Secretary Mark Esper spoke in Kabul. Afghan President Ashraf Ghani said his "
                      "government had made no commitment to free 5,000 Taliban prisoners, a condition the insurgents "
                      "insist must be met before talks begin.", dt.date(2020, 2, 29))
    assert not any(e.plover == "CONSULT" for e in result.events)
    commitment = [e for e in result.events if e.plover == "AGREE"]
    assert commitment and all(e.modality == "negated" for e in commitment)


def test_a_march_called_off_is_no_coup():
    coded = _article_coded(_article("MOSCOW - Wagner mercenary chief Yevgeny Prigozhin on Saturday called off a march on "
                            "Moscow by his fighters."))
    assert not any(plover == "COERCE" for _, plover, _ in coded)


def test_a_denial_does_not_answer_a_statement_that_claims_nothing_hostile():
    result = _article("BEIRUT - France said it would send rescue teams, and President Emmanuel Macron said he would "
                      "visit Beirut on Thursday. Hezbollah leader Hassan Nasrallah denied that the group had stored "
                      "weapons at the port.", dt.date(2020, 8, 5))
    denial = [e for e in result.events if e.trigger == "denied"]
    assert denial and denial[0].target is None
    # the rescue teams are aid to the story's country, dated by their own clause, not by Macron's Thursday
    aid = [e for e in result.events if e.plover == "AID"]
    assert aid and aid[0].target.code == "LBN" and aid[0].date == dt.date(2020, 8, 5)


def test_hamas_is_no_town_in_germany():
    result = _article("Israel and Hamas agreed to a truce. Hamas fired rockets at Israel.")
    assert not any(p.country == "DEU" for p in result.places)


def test_a_subject_the_parser_hung_on_after_still_urges():
    coded = _article_coded(_article("LA PAZ, Bolivia - Bolivian President Evo Morales resigned on Sunday after weeks of "
                            "protests, hours after the head of the armed forces urged him to step down."))
    assert ("BOLMIL", "REQUEST", "BOLGOV") in coded


def test_the_former_leader_held_office_and_is_not_the_one_who_tells_of_him():
    coded = _article_coded(_article("LA PAZ, Bolivia - Bolivian President Evo Morales resigned on Sunday. Opposition leader "
                            "Carlos Mesa said the resignation marked the end of a tyranny. Mexico offered Morales "
                            "asylum, and Foreign Minister Marcelo Ebrard said that the former leader had accepted the "
                            "offer."))
    assert ("BOLGOV", "AGREE", "MEX") in coded


def test_paramilitary_forces_are_a_bare_role():
    result = _article("ISLAMABAD, Pakistan - Paramilitary forces arrested former Prime Minister Imran Khan at a "
                      "court in Islamabad on Tuesday.")
    assert any(m.text == "Paramilitary forces" and m.actor.code == "PAKMIL" for m in result.mentions)


def test_the_taliban_are_they_and_them():
    coded = _article_coded(_article("KABUL, Afghanistan - Afghanistan's Taliban rulers on Tuesday banned women from "
                                    "attending universities. Qatar and Turkey, which have kept channels open to the "
                                    "Taliban, urged them to reverse the ban.", dt.date(2022, 12, 20)))
    assert ("QAT", "REQUEST", "AFGGOV") in coded and ("TUR", "REQUEST", "AFGGOV") in coded


def test_a_group_named_only_as_kin_of_insurgents_lends_them_no_country():
    result = _article("MAPUTO, Mozambique - Islamic State-linked insurgents seized the northern Mozambican town of "
                      "Palma.", dt.date(2021, 3, 28))
    assert any(m.text == "Islamic State-linked insurgents" and m.actor.code == "MOZREB" for m in result.mentions)


def test_an_offer_goes_one_way():
    result = _article("The United States and Portugal have offered to train Mozambican soldiers.")
    offers = [e for e in result.events if e.trigger == "offered"]
    assert {(e.source.code, e.target.code) for e in offers} == {("USA", "MOZ"), ("PRT", "MOZ")}
    assert not any(e.symmetric for e in offers)


def test_condemning_an_invasion_is_not_aimed_at_the_country_invaded():
    coded = _article_coded(_article("Israel has tried to maintain ties with Moscow while condemning the invasion of "
                                    "Ukraine."))
    assert ("ISR", "ACCUSE", "UKR") not in coded


def test_their_leaders_after_two_countries_are_both_countries_leaders():
    coded = _article_coded(_article("ASMARA, Eritrea - Ethiopia and Eritrea declared an end to two decades of war on "
                                    "Monday, signing a declaration of peace in Asmara a day after their leaders met "
                                    "for the first time in years.", dt.date(2018, 7, 9)))
    assert {frozenset((s, t)) for s, plover, t in coded if plover == "CONSULT"} == {frozenset(("ETHGOV", "ERIGOV"))}


def test_a_participle_hung_on_a_reported_clause_is_the_tellers_and_answers_the_case_bringer():
    coded = _article_coded(_article("THE HAGUE, Netherlands - Myanmar's leader Aung San Suu Kyi on Wednesday told the "
                                    "United Nations' top court that allegations of genocide against the Rohingya "
                                    "were \"incomplete and misleading\", rejecting a case brought by Gambia.",
                                    dt.date(2019, 12, 11)))
    assert ("MMRGOV", "REJECT", "GMB") in coded


def test_said_after_but_goes_on_with_the_speaker():
    result = _article("THE HAGUE, Netherlands - Myanmar's leader Aung San Suu Kyi spoke at the court. She "
                      "acknowledged that the military may have used disproportionate force but said Myanmar would "
                      "prosecute any soldiers who committed crimes.", dt.date(2019, 12, 11))
    prosecute = [e for e in result.events if e.trigger == "prosecute"]
    assert prosecute and prosecute[0].speaker is not None and prosecute[0].speaker.code == "MMRGOV"


def test_strikes_on_sites_a_group_uses_and_on_what_a_striker_says_was_a_camp_hit_that_group():
    coded = _article_coded(_article("The United States and Britain launched air strikes against more than a dozen "
                                    "sites used by Yemen's Houthi rebels. India carried out air strikes on what it "
                                    "said was a militant camp inside Pakistan."))
    assert ("USA", "ASSAULT", "YEMREB") in coded and ("GBR", "ASSAULT", "YEMREB") in coded
    assert ("IND", "ASSAULT", "PAKREB") in coded


def test_a_past_verb_the_parser_joined_to_an_infinitive_is_told_as_done():
    result = _article("YANGON, Myanmar - Myanmar's military detained Aung San Suu Kyi. U.S. President Joe Biden "
                      "threatened to reimpose sanctions on Myanmar and called on the generals to relinquish power.")
    called = [e for e in result.events if e.trigger == "called on"]
    assert called and called[0].modality == "asserted" and called[0].target.code == "MMRMIL"


def test_the_ones_urged_are_no_event_and_a_council_of_the_armed_forces_speaks_for_them():
    result = _article("CAIRO - Egyptian President Hosni Mubarak resigned on Friday. The Supreme Council of the Armed "
                      "Forces said it would guarantee a peaceful transition and urged protesters to go home.")
    assert not any(e.plover == "PROTEST" for e in result.events)
    urged = [e for e in result.events if e.trigger == "urged"]
    assert urged and urged[0].source.code == "EGYMIL" and urged[0].modality == "asserted"


def test_a_need_of_ones_own_is_no_demand_and_pressure_not_eased_is_kept():
    result = _article("Seoul said it needed to find out Trump's precise meaning. Japan's Prime Minister Shinzo Abe "
                      "said Tokyo would not ease its pressure on North Korea.", dt.date(2018, 6, 12))
    assert not any(e.plover == "REQUEST" for e in result.events)
    pressure = [e for e in result.events if e.plover == "COERCE"]
    assert pressure and pressure[0].modality != "negated"


def test_venues_and_starting_points_are_no_targets_and_a_decision_is_its_makers():
    coded = _article_coded(_article(
        "WASHINGTON - U.S. and British forces launched a war to topple Saddam Hussein on Thursday, striking Baghdad "
        "with cruise missiles and sending ground troops across the border from Kuwait. President George W. Bush said "
        "the coalition would disarm Iraq and free its people. France, Germany and Russia, which had opposed the war "
        "at the United Nations, said they regretted the decision.", dt.date(2003, 3, 20)))
    assert not any(target == "KWT" for _, _, target in coded)
    assert not any(target == "UNO" for _, _, target in coded)
    assert ("FRA", "ACCUSE", "USA") in coded and ("FRA", "ACCUSE", "IRQCVL") not in coded


def test_fighters_sent_are_no_aid_and_a_halt_asked_for_is_requested():
    coded = _article_coded(_article("France called on Turkey to stop sending Syrian mercenaries to the region."))
    assert coded == {("FRA", "REQUEST", "TUR")}
    result = _article("China urged the United States to stop selling weapons to Taiwan.")
    halt = [e for e in result.events if e.plover == "SANCTION"]
    assert halt and halt[0].modality == "requested"


def test_a_claim_denied_by_which_answers_its_speaker_and_any_government_is_no_actor():
    coded = _article_coded(_article("ISLAMABAD - Pakistan said it had shot down two Indian military jets. New Delhi "
                                    "said it had shot down a Pakistani fighter jet, which Islamabad denied. Pakistan "
                                    "said it would not recognise any government imposed by force."))
    assert ("PAKGOV", "REJECT", "INDGOV") in coded
    assert not any(source == "PAK" and target == "PAKGOV" for source, _, target in coded)


def test_seeking_the_return_of_something_is_a_request():
    coded = _article_coded(_article("Duterte said the Philippines would not seek the return of the Spratly islands "
                                    "occupied by China."))
    assert ("PHL", "REQUEST", "CHN") in coded


def test_the_two_presidents_of_two_countries_named_before_and_their_troops():
    result = _article("BISHKEK, Kyrgyzstan - Kyrgyzstan and Tajikistan accused each other of launching attacks "
                      "along their disputed border. The two presidents, who were attending a regional summit in "
                      "Uzbekistan, agreed to order a ceasefire and withdraw their troops.", dt.date(2022, 9, 16))
    codes = {(m.text, m.actor.code) for m in result.mentions}
    assert {("The two presidents", "KGZGOV"), ("The two presidents", "TJKGOV")} <= codes
    assert ("their troops", "UZBMIL") not in codes


def test_an_accusation_joined_to_a_reported_state_of_things_is_the_speakers():
    coded = _article_coded(_article("MOSCOW - In a speech to parliament, Putin said Crimea had always been part of "
                                    "Russia and accused the West of crossing a line in Ukraine.", dt.date(2014, 3, 18)))
    assert ("RUSGOV", "ACCUSE", None) in coded and not any(source == "UKR" for source, _, _ in coded)


def test_a_possessor_of_the_one_killed_is_no_place_struck():
    coded = _article_coded(_article("A U.S. air strike killed Iran's most powerful military commander, Qassem "
                                    "Soleimani, at Baghdad airport on Friday."))
    assert not any(target == "IRQ" for _, _, target in coded)


def test_military_read_as_an_adjective_of_the_verb_is_reparsed_as_the_subject():
    coded = _article_coded(_article("KHARTOUM, Sudan - Sudan's military overthrew President Omar al-Bashir on "
                                    "Thursday. Myanmar's military seized power in a coup on Monday."))
    assert ("SDNMIL", "COERCE", "SDNGOV") in coded and ("MMRMIL", "COERCE", "MMRGOV") in coded


def test_two_signers_the_parser_ran_together_both_sign():
    coded = _article_coded(_article("CARTAGENA, Colombia - Colombian President Juan Manuel Santos and FARC rebel "
                                    "leader Rodrigo Londono signed a peace agreement on Monday. Londono apologised to "
                                    "the victims of the conflict.", dt.date(2016, 9, 26)))
    assert any(plover == "SUPPORT" and {source, target} == {"COLGOV", "COLREB"} for source, plover, target in coded)
    assert not any(target and target.startswith("GBR") for _, _, target in coded)     # Londono is no London


def test_violence_condemned_is_the_attackers_not_the_police_who_arrested_after_it():
    coded = _article_coded(_article("COLOMBO, Sri Lanka - Sri Lankan police arrested 24 people on Monday after "
                                    "suicide bombers attacked churches and luxury hotels on Easter Sunday, killing "
                                    "more than 290 people. Pope Francis condemned the cruel violence."))
    assert ("VATGOV", "ACCUSE", "LKAREB") in coded


def test_a_crowd_beaten_is_no_protest_and_drills_of_ones_own_are_a_show_of_force():
    coded = _article_coded(_article("BEIRUT - Supporters of Hezbollah attacked a protest camp in central Beirut, "
                                    "tearing down tents and beating demonstrators."))
    assert not any(plover == "PROTEST" for _, plover, _ in coded)
    coded = _article_coded(_article("China held military drills around Taiwan."))
    assert ("CHNMIL", "MOBILIZE", "TWN") in coded


def test_a_demand_that_a_government_resign_is_aimed_at_it():
    coded = _article_coded(_article("TALLINN - Estonian police detained hundreds of people after riots. Moscow "
                                    "condemned the removal and demanded that the Estonian government resign.",
                                    dt.date(2007, 4, 27)))
    assert ("RUSGOV", "REQUEST", "ESTGOV") in coded


def test_guillemets_still_mark_direct_quotes():
    result = _article("PARIS - «We will not give in», Macron told reporters in Paris on Friday.")
    assert [(q.kind, q.text) for q in result.quotes] == [("direct", "We will not give in")]


def test_the_attack_condemned_is_the_violent_ones_not_a_sanction_told_first():
    coded = _article_coded(_article(
        "NIAMEY, Niger - West African leaders imposed tough sanctions on the junta. Protesters attacked the French "
        "embassy before being dispersed by security forces. France condemned the attack.", dt.date(2023, 7, 30)))
    assert not any(source == "FRA" and target == "ECOWAS" for source, _, target in coded)


def test_thanks_make_no_deal_and_a_state_of_war_is_no_deed():
    coded = _article_coded(_article(
        "WASHINGTON - The United States and Cuba agreed on Wednesday to restore full diplomatic relations. Cuban "
        "President Raul Castro thanked Pope Francis for his role in the secret talks. Republican Senator Marco Rubio "
        "denounced the deal as a concession to a brutal dictatorship. Israel, which is technically at war with "
        "Lebanon, offered humanitarian aid.", dt.date(2014, 12, 17)))
    assert not any(source == "USALEG" and target == "VATGOV" for source, _, target in coded)
    assert not any(plover == "ASSAULT" for _, plover, _ in coded)


def test_the_two_sides_told_by_a_mediator_may_be_a_country_named_as_a_place():
    coded = _article_coded(_article(
        "TBILISI, Georgia - Russian President Dmitry Medvedev on Tuesday ordered a halt to military operations in "
        "Georgia, and French President Nicolas Sarkozy said the two sides had accepted a six-point peace plan.",
        dt.date(2008, 8, 12)))
    assert {frozenset((s, t)) for s, plover, t in coded if plover == "AGREE"} == {frozenset(("GEO", "RUS"))}


def test_an_attack_that_would_set_off_something_is_hypothetical_and_support_asked_to_stop_is_a_cut():
    result = _article("MANILA - The United States reaffirmed that an armed attack on Philippine public vessels would "
                      "invoke its mutual defence commitments. The United States called on Rwanda to stop its support "
                      "for the M23 rebels.")
    attack = [e for e in result.events if e.plover == "ASSAULT"]
    assert attack and all(e.modality == "hypothetical" for e in attack)
    cut = [e for e in result.events if e.source and e.source.code == "RWA"]
    assert cut and all(e.plover == "SANCTION" and e.modality == "requested" for e in cut)


def test_both_countries_are_not_a_joined_subject_that_urges_them():
    coded = _article_coded(_article(
        "ISLAMABAD - Pakistan said it had shot down two Indian military jets. New Delhi said it had shot down a "
        "Pakistani fighter jet. The United States and China urged both countries to show restraint."))
    assert {t for s, plover, t in coded if plover == "REQUEST" and s == "CHN"} == {"PAK", "IND"}


def test_a_meeting_welcomed_is_not_one_that_only_might_happen():
    coded = _article_coded(_article(
        "SINGAPORE - U.S. President Donald Trump and North Korean leader Kim Jong Un signed a document on Tuesday. "
        "China said sanctions relief could be considered if Pyongyang complied with UN resolutions. Japan's Prime "
        "Minister Shinzo Abe welcomed the meeting.", dt.date(2018, 6, 12)))
    assert not any(source == "JPNGOV" and target == "UNO" for source, _, target in coded)


def test_a_negated_deed_under_if_is_hypothetical_and_weapons_promised_are_military_aid():
    result = _article("LONDON - Iran's Revolutionary Guards seized a British-flagged oil tanker. British Foreign "
                      "Secretary Jeremy Hunt warned of serious consequences if the ship was not released. The United "
                      "States promised Israel more ammunition.", dt.date(2019, 7, 19))
    released = [e for e in result.events if e.trigger == "released"]
    assert released and all(e.modality == "hypothetical" for e in released)
    assert any(e.plover == "AID" and e.cameo == "072" and e.target.code == "ISR" and e.modality == "intended"
               for e in result.events)


def test_a_group_taken_off_a_terrorist_list_is_eased_not_sanctioned():
    coded = _article_coded(_article("The United States said it would remove the FARC from its list of terrorist "
                                    "groups."))
    assert any(plover == "RETREAT" and source == "USA" for source, plover, _ in coded)
    assert not any(plover == "SANCTION" for _, plover, _ in coded)


def test_a_deed_done_in_protest_by_a_state_is_no_street_protest_and_the_one_prompted_acts():
    coded = _article_coded(_article(
        "MADRID - Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday, prompting Israel to "
        "recall its ambassadors from the three countries in protest.", dt.date(2024, 5, 28)))
    assert {t for s, plover, t in coded if plover == "SANCTION" and s == "ISR"} == {"ESP", "IRL", "NOR"}
    assert not any(plover in ("PROTEST", "CONSULT") for _, plover, _ in coded)
    coded = _article_coded(_article("TEHRAN - Iranian women burned their headscarves in protest at the death of "
                                    "Mahsa Amini in police custody."))
    assert ("IRNCVL", "PROTEST", "IRNGOV") in coded


def test_the_four_countries_are_the_four_named_together():
    result = _article("DOHA, Qatar - Saudi Arabia, the United Arab Emirates, Egypt and Bahrain cut diplomatic ties "
                      "with Qatar on Monday. The four countries closed their airspace to Qatari planes.",
                      dt.date(2017, 6, 5))
    assert {m.actor.code for m in result.mentions if m.text == "The four countries"} == {"SAU", "ARE", "EGY", "BHR"}


# -- twenty-fifth session: readings of 50 more wire articles -------------------------------------------------------
def _events_of(result, trigger):
    return [e for e in result.events if e.trigger == trigger]


def test_an_age_after_a_name_is_no_day_and_a_plan_for_a_month_ahead_is_this_year():
    result = _article("VILNIUS - Police then detained Roman Protasevich, 26, and his Russian girlfriend.",
                      dt.date(2021, 5, 24))
    assert [e.date for e in _events_of(result, "detained")] == [dt.date(2021, 5, 24)]
    result = _article("HAVANA - The ELN said it would suspend offensive operations against the armed forces from "
                      "August 3.", dt.date(2023, 6, 10))
    assert [e.date for e in _events_of(result, "suspend offensive")] == [dt.date(2023, 8, 3)]


def test_no_before_the_subject_denies_the_deed():
    result = _article("BAGHDAD - No Americans were killed, President Donald Trump said later.", dt.date(2020, 1, 8))
    assert [e.modality for e in _events_of(result, "killed")] == ["negated"]


def test_a_past_verb_joined_to_a_purpose_infinitive_is_asserted():
    result = _article("VILNIUS - Belarus scrambled a fighter jet to divert a Ryanair plane to Minsk on Sunday and "
                      "arrested an opposition journalist who was on board.", dt.date(2021, 5, 24))
    assert [e.modality for e in _events_of(result, "arrested")] == ["asserted"]


def test_looking_forward_to_working_together_is_a_hope_and_no_appeal():
    result = _article("LIMA - The United States welcomed the vote and said it looked forward to working with "
                      "Boluarte.", dt.date(2022, 12, 8))
    assert not any(e.plover == "REQUEST" for e in result.events)
    assert {e.modality for e in result.events if e.plover == "COOPERATE"} == {"intended"}


def test_a_question_quoted_before_asked_is_no_request():
    result = _article("MANILA - Duterte was detained at Manila's airport. \"What crime have I committed?\" he asked "
                      "in a video posted by his daughter.", dt.date(2025, 3, 11))
    assert not any(e.plover == "REQUEST" for e in result.events)


def test_a_sentence_opening_with_us_goes_on_past_it():
    result = _article("ISTANBUL - The European Union demanded that Turkey halt the operation. U.S. Senator Lindsey "
                      "Graham said he would introduce sanctions against Turkey.", dt.date(2019, 10, 9))
    assert any(e.plover == "COERCE" and e.source.code == "USALEG" and e.target.code == "TUR" for e in result.events)


def test_a_threat_removed_a_view_held_and_an_aggression_confronted_are_no_events():
    result = _article("ISTANBUL - President Tayyip Erdogan said the operation aimed to remove the threat of "
                      "terrorists. He accused Sweden of harbouring members of the Kurdistan Workers Party, which "
                      "Ankara considers a terrorist group. The Syrian government said it would confront the Turkish "
                      "aggression by all legitimate means.", dt.date(2019, 10, 9))
    assert not any(e.plover in ("THREATEN", "COOPERATE", "AGREE") for e in result.events)


def test_a_trade_war_is_no_fighting_but_duties_in_retaliation_are_coercion():
    result = _article("BEIJING - The United States imposed tariffs on Chinese imports and China immediately "
                      "retaliated with duties on the same amount of American goods. China's commerce ministry said "
                      "Washington had started the largest trade war in economic history and that Beijing was forced "
                      "to fight back.", dt.date(2018, 7, 6))
    coded = _article_coded(result)
    assert ("CHN", "COERCE", "USA") in coded and ("USA", "COERCE", "CHN") in coded
    assert not any(plover == "ASSAULT" for _, plover, _ in coded)


def test_casualties_suffered_and_a_rally_spoken_to_are_no_deeds_of_the_subject():
    result = _article("NEW DELHI - China accused Indian troops of attacking Chinese personnel. Beijing did not say "
                      "whether its troops had suffered casualties.", dt.date(2020, 6, 16))
    assert not _events_of(result, "suffered")
    result = _article("CARACAS - Maduro broke relations with the United States. \"Get out of Venezuela,\" he told a "
                      "rally of supporters outside the presidential palace. The U.S. State Department urged respect "
                      "for the rights of peaceful protesters.", dt.date(2019, 1, 23))
    assert not any(e.plover == "PROTEST" for e in result.events)


def test_protesters_are_of_the_country_the_story_moved_to_not_of_the_embassies_they_attack():
    result = _article("DUBAI - The United States imposed sanctions on Iran's morality police on Thursday.\n\n"
                      "Protests spread to more than 80 cities across Iran, and state television said 17 people had "
                      "been killed. Protesters chanted slogans against Supreme Leader Ayatollah Ali Khamenei.",
                      dt.date(2022, 9, 23))
    codes = {m.text: m.actor.code for m in result.mentions}
    assert codes["state television"] == "IRNMED" and codes["Protesters"] == "IRNCVL"
    result = _article("KINSHASA, Congo - Protesters attacked the embassies of Rwanda, France and Belgium in Kinshasa "
                      "on Tuesday.", dt.date(2025, 1, 28))
    assert {m.actor.code for m in result.mentions if m.text == "Protesters"} == {"CODCVL"}


def test_it_condemned_after_a_deed_is_the_deed_not_the_country_before_it():
    coded = _article_coded(_article("TEHRAN - Germany summoned Iran's ambassador over the execution, and the "
                                    "European Union condemned it.", dt.date(2022, 12, 9)))
    assert ("EU", "ACCUSE", "DEU") not in coded


def test_aid_under_review_and_a_plan_suspended_give_no_event():
    result = _article("BANGKOK - The United States said it was reviewing its military aid to Thailand. Israel will "
                      "suspend its plan to annex parts of the occupied West Bank.", dt.date(2014, 5, 22))
    assert not any(e.plover in ("AID", "COERCE") for e in result.events)


def test_speaking_to_a_leader_is_a_consultation_speaking_to_reporters_is_not():
    coded = _article_coded(_article("GOMA - U.S. Secretary of State Marco Rubio spoke to Rwandan President Paul "
                                    "Kagame.", dt.date(2025, 1, 28)))
    assert ("USAGOV", "CONSULT", "RWAGOV") in coded
    coded = _article_coded(_article("MOSCOW - Putin spoke to reporters in Moscow.", dt.date(2025, 1, 28)))
    assert not any(plover == "CONSULT" for _, plover, _ in coded)


def test_export_curbs_tightened_and_police_posts_attacked():
    coded = _article_coded(_article("TOKYO - Japan tightened curbs on exports to South Korea of materials used in "
                                    "smartphone displays.", dt.date(2019, 7, 4)))
    assert ("JPN", "COERCE", "KOR") in coded
    coded = _article_coded(_article("YANGON - Rohingya insurgents attacked police posts in Rakhine state.",
                                    dt.date(2017, 8, 26)))
    assert ("MMRREB", "ASSAULT", "MMRCOP") in coded


def test_what_must_happen_before_a_deed_stops_is_demanded():
    result = _article("WASHINGTON - The Houthis said they would keep attacking ships until Israel stopped its "
                      "offensive in Gaza.", dt.date(2023, 12, 18))
    assert [e.modality for e in _events_of(result, "stopped offensive")] == ["requested"]
    result = _article("KHERSON - Fighting continued until Russian troops withdrew from Kherson in November.",
                      dt.date(2023, 1, 5))
    assert {e.modality for e in result.events if e.plover == "RETREAT"} == {"asserted"}


def test_a_warning_by_farmers_and_firms_is_a_forecast_not_a_threat():
    result = _article("BEIJING - President Donald Trump has threatened to impose tariffs on Chinese goods if Beijing "
                      "retaliates. American farmers and manufacturers warned that the dispute would raise costs.",
                      dt.date(2018, 7, 6))
    assert {e.source.code for e in result.events if e.plover == "THREATEN"} == {"USAGOV"}


def test_the_coalition_is_the_led_coalition_named_before():
    result = _article("SANAA, Yemen - An air strike by the Saudi-led coalition hit a bus in northern Yemen, the "
                      "International Committee of the Red Cross said.\n\nThe coalition said the strike was legitimate. "
                      "It accused the Houthi rebels of using children as human shields.", dt.date(2018, 8, 9))
    assert ("SAUMIL", "ACCUSE", "YEMREB") in _article_coded(result)


def test_fighters_a_people_leads_are_its_armed_group_and_each_firm_keeps_its_name():
    result = _article("ISTANBUL - Turkey launched an offensive against Kurdish-led forces in northeast Syria.",
                      dt.date(2019, 10, 9))
    assert ("TUR", "ASSAULT", "SYRREB") in _article_coded(result)
    result = _article("VANCOUVER - Huawei denied the charges.", dt.date(2018, 12, 6))
    assert {m.actor.name for m in result.mentions if m.text == "Huawei"} == {"Huawei"}


def test_a_date_of_what_was_planned_or_of_a_noun_is_not_the_deeds():
    result = _article("ANKARA - Foreign Minister Sergei Lavrov cancelled a visit to Turkey planned for Wednesday.",
                      dt.date(2015, 11, 24))
    assert [e.date for e in _events_of(result, "cancelled visit")] == [dt.date(2015, 11, 24)]
    result = _article("WASHINGTON - President Donald Trump on Tuesday withdrew the United States from the 2015 nuclear "
                      "deal with Iran and said he would reimpose sanctions on Tehran, defying European allies who had "
                      "urged him to stay in the agreement.", dt.date(2018, 5, 9))
    assert {e.date for e in result.events if e.source is not None} == {dt.date(2018, 5, 8)}
    assert ("USAGOV", "COERCE", "IRNGOV") in _article_coded(result)
    assert not any(e.plover == "REJECT" and e.target is not None for e in result.events)


def test_gunmen_in_an_attack_claimed_by_a_group_are_that_group_and_it_said_after_its_quote_is_the_group():
    result = _article("NAIROBI, Kenya - Islamist gunmen stormed a shopping mall in Nairobi on Saturday, killing at "
                      "least 39 people in an attack claimed by Somalia's al-Shabaab militants. The group said the "
                      "assault was retaliation for Kenya's intervention in Somalia. \"We have warned Kenya,\" it said.",
                      dt.date(2013, 9, 22))
    coded = _article_coded(result)
    assert ("SOMREB", "ASSAULT", "KENCVL") in coded and ("SOMREB", "THREATEN", "KEN") in coded


def test_it_warned_is_not_the_demonym_of_a_place_near_by():
    result = _article("ANKARA - Turkish jets shot down a Russian warplane near the Syrian border after warning it ten "
                      "times that it was violating Turkish airspace.", dt.date(2015, 11, 24))
    assert not any(e.target is not None and e.target.country == "SYR" for e in result.events)


def test_shelling_blamed_on_a_people_is_theirs_not_the_blamers():
    result = _article("KYIV - Ukraine accused Russian forces of blowing up the dam. Russia blamed Ukrainian shelling "
                      "and called it deliberate sabotage.", dt.date(2023, 6, 7))
    assert not any(e.plover == "ASSAULT" and e.source is not None and e.source.code == "RUS" for e in result.events)


def test_killing_as_the_result_of_a_deed_is_done_and_no_longer_able_is_negated():
    result = _article("MOSCOW - Gunmen opened fire on concert-goers at a music hall outside Moscow on Friday and set "
                      "the building ablaze, killing at least 133 people.", dt.date(2024, 3, 23))
    assert {e.modality for e in _events_of(result, "killing")} == {"asserted"}
    result = _article("BEIRUT - The Israeli military said it had killed Nasrallah. \"Hassan Nasrallah will no longer "
                      "be able to terrorise the world,\" it said.", dt.date(2024, 9, 28))
    assert {e.modality for e in _events_of(result, "terrorise")} == {"negated"}


def test_forces_struck_in_a_country_are_its_and_the_army_after_a_state_names_its_forces_is_that_states():
    result = _article("JERUSALEM (AP) - Israel struck military targets in Iran early on Saturday, the Israeli military "
                      "said.\n\nIran said its air defences had intercepted most of the missiles. Two soldiers were "
                      "killed, the army said.", dt.date(2024, 10, 26))
    coded = _article_coded(result)
    assert ("ISR", "ASSAULT", "IRNMIL") in coded and (None, "ASSAULT", "IRNMIL") in coded


def test_fighting_breaking_out_breaks_nothing_and_strikes_on_chemical_sites_use_no_chemical_weapons():
    coded = _article_coded(_article("YEREVAN - Heavy fighting broke out between Armenia and Azerbaijan on Sunday.",
                                    dt.date(2020, 9, 27)))
    assert {plover for _, plover, _ in coded} == {"ASSAULT"}
    result = _article("WASHINGTON - The United States, Britain and France launched missile strikes against Syrian "
                      "chemical weapons facilities early on Saturday.", dt.date(2018, 4, 14))
    assert result.events and not any(e.cameo.startswith("204") for e in result.events)


def test_the_killing_called_a_measure_of_justice_is_a_name_given_and_a_plot_warned_of_no_threat():
    result = _article("BEIRUT - The Israeli military said it had killed Nasrallah. President Joe Biden called the "
                      "killing a measure of justice for Nasrallah's many victims.", dt.date(2024, 9, 28))
    assert not any(e.plover == "CONSULT" for e in result.events)
    assert len([e for e in result.events if e.plover == "ASSAULT"]) == 1
    result = _article("MOSCOW - The United States said it had warned Moscow earlier this month of a planned attack on "
                      "large gatherings.", dt.date(2024, 3, 23))
    assert not any(e.plover == "THREATEN" for e in result.events)


def test_trade_status_withdrawn_and_an_envoy_recalled_in_the_same_breath_are_aimed_at_the_same_country():
    coded = _article_coded(_article("NEW DELHI - India withdrew most-favoured-nation trade status from Pakistan and "
                                    "recalled its high commissioner for consultations.", dt.date(2019, 2, 15)))
    assert ("IND", "COERCE", "PAK") in coded and ("IND", "SANCTION", "PAK") in coded
    assert not any(plover == "RETREAT" for _, plover, _ in coded)


def test_an_amount_in_assistance_suspended_is_aid_cut_and_a_vessel_carrying_supplies_gives_none():
    result = _article("KHARTOUM - The United States suspended $700 million in emergency assistance to Sudan.",
                      dt.date(2021, 10, 26))
    assert [(e.plover, e.cameo) for e in result.events] == [("SANCTION", "162")]
    result = _article("MANILA - A Chinese coast guard ship fired a water cannon at a Philippine vessel carrying "
                      "supplies to troops on a disputed shoal.", dt.date(2023, 8, 6))
    assert not any(e.plover == "AID" for e in result.events)


def test_companies_sanctioned_beside_people_of_a_country_are_of_that_country():
    result = _article("MOSCOW - The United States announced new sanctions against more than 1,000 Russian "
                      "individuals and companies.", dt.date(2022, 9, 30))
    assert {m.actor.country for m in result.mentions if m.text == "companies"} == {"RUS"}


def test_their_support_pledged_by_several_states_is_theirs():
    result = _article("JERUSALEM - Iran's supreme leader's adviser congratulated the fighters. The United States, "
                      "Britain, France and Germany condemned the attack and pledged their support for Israel.",
                      dt.date(2023, 10, 7))
    supporters = {e.source.code for e in result.events if e.plover == "SUPPORT" and e.target is not None
                  and e.target.code == "ISR"}
    assert supporters == {"USA", "GBR", "FRA", "DEU"}


def test_people_killed_in_towns_of_a_people_are_that_peoples():
    result = _article("JERUSALEM - Hamas gunmen burst into Israeli towns from the Gaza Strip on Saturday, killing "
                      "hundreds of people and taking dozens of hostages back to Gaza.", dt.date(2023, 10, 7))
    assert {m.actor.code for m in result.mentions if "hostages" in m.text} == {"ISRCVL"}


def test_a_threat_with_its_condition_is_made_and_it_in_the_condition_is_the_one_warned():
    coded = {(e.source and e.source.code, e.plover, e.target and e.target.code, e.modality)
             for e in _article("BRUSSELS - NATO warned Moscow of severe consequences if it attacked Ukraine.",
                               dt.date(2022, 1, 7)).events}
    assert ("NATO", "THREATEN", "RUSGOV", "asserted") in coded
    assert ("RUSGOV", "ASSAULT", "UKR", "hypothetical") in coded
    coded = {(e.source and e.source.code, e.plover, e.modality)
             for e in _article("BAKU - Azerbaijan might threaten to use force against Armenia if the talks collapse, "
                               "analysts said.", dt.date(2010, 1, 7)).events}
    assert ("AZE", "THREATEN", "hypothetical") in coded


def test_a_date_of_what_a_joined_verb_reports_is_not_the_first_verbs():
    result = _article("KHARTOUM - General Abdel Fattah al-Burhan declared a state of emergency and said the army would "
                      "hand power to an elected civilian government in July 2023.", dt.date(2021, 10, 25))
    assert [e.date for e in _events_of(result, "declared state")] == [dt.date(2021, 10, 25)]


def test_the_strikes_condemned_are_the_strikes_not_a_blast_with_no_one_behind_it():
    result = _article("KYIV, Ukraine (AP) - A huge explosion damaged the bridge linking Russia to Crimea on Saturday, "
                      "killing three people.\n\nTwo days later, Russia fired more than 80 missiles at cities across "
                      "Ukraine. The Group of Seven leaders condemned the strikes.", dt.date(2022, 10, 10))
    assert any(e.plover == "ACCUSE" and e.target is not None and e.target.code == "RUS" for e in result.events)


def test_a_terrorist_act_by_someone_names_whom_it_accuses_and_what_it_called_terrorist_camps_accuses_no_one():
    coded = _article_coded(_article("MOSCOW - Putin called it a terrorist act by Ukrainian special services.",
                                    dt.date(2022, 10, 10)))
    assert ("RUSGOV", "ACCUSE", "UKR") in coded
    coded = _article_coded(_article("NEW DELHI - India launched missile strikes on what it called terrorist camps in "
                                    "Pakistan.", dt.date(2025, 5, 7)))
    assert not any(plover == "ACCUSE" for _, plover, _ in coded)


def test_what_one_is_called_on_to_help_do_is_requested_and_a_ruling_is_the_courts():
    result = _article("CARACAS - Venezuelan opposition leader Juan Guaido called on the military to help him oust "
                      "President Nicolas Maduro on Tuesday.", dt.date(2019, 4, 30))
    assert {e.modality for e in _events_of(result, "oust")} == {"requested"}
    result = _article("THE HAGUE - An international tribunal ruled on Tuesday that China had violated the "
                      "Philippines' sovereign rights. The Philippines welcomed the ruling.", dt.date(2016, 7, 12))
    assert not any(e.plover == "SUPPORT" for e in result.events)
    result = _article("BAGHDAD - An Iraqi court sentenced Saddam Hussein to death. Prime Minister Nouri al-Maliki "
                      "welcomed the ruling.", dt.date(2006, 11, 5))
    assert ("IRQGOV", "SUPPORT", "IRQJUD") in _article_coded(result)


def test_an_accusation_beside_a_plan_is_made_now_and_all_that_is_demanded_is_requested():
    result = _article("BRUSSELS - The European Commission said on Wednesday it would impose provisional tariffs on "
                      "imports of Chinese electric vehicles, accusing Beijing of unfair subsidies.", dt.date(2024, 6, 13))
    assert {e.modality for e in _events_of(result, "accusing")} == {"asserted"}
    result = _article("NEW YORK - The U.N. General Assembly voted on Wednesday to demand that Russia stop its "
                      "offensive in Ukraine and withdraw all its troops.", dt.date(2022, 3, 2))
    assert {e.modality for e in result.events if e.plover == "RETREAT"} == {"requested"}


def test_attacked_as_dishonest_is_criticism_and_a_lower_case_word_or_a_seat_of_government_is_no_town():
    coded = _article_coded(_article("LA MALBAIE - Trump attacked Canadian Prime Minister Justin Trudeau as dishonest "
                                    "and weak.", dt.date(2018, 6, 9)))
    assert ("USAGOV", "ACCUSE", "CANGOV") in coded and not any(p == "ASSAULT" for _, p, _ in coded)
    result = _article("SANTIAGO - Protesters angry over a rise in metro fares set fire to stations. Elon Musk quit a "
                      "White House advisory council.", dt.date(2019, 10, 18))
    assert {p.country for p in result.places} <= {"CHL"}


def test_a_crowd_that_clashed_with_police_is_of_the_polices_country():
    coded = _article_coded(_article("SANTIAGO, Chile - Chilean President Sebastian Pinera declared a state of emergency "
                                    "in Santiago on Friday after protesters angry over a rise in metro fares set fire "
                                    "to stations and clashed with police.", dt.date(2019, 10, 18)))
    assert ("CHLCVL", "PROTEST", "CHLCOP") in coded


def test_reaction_drawn_from_states_is_theirs_against_the_doer():
    coded = _article_coded(_article("TOKYO - North Korea said it had carried out its first nuclear test, drawing "
                                    "condemnation from Japan, South Korea and the United States.", dt.date(2006, 10, 9)))
    assert {("JPN", "ACCUSE", "PRK"), ("KOR", "ACCUSE", "PRK"), ("USA", "ACCUSE", "PRK")} <= coded


def test_a_sentence_with_a_joined_subject_the_parser_broke_keeps_its_first_state():
    coded = _article_coded(_article("WASHINGTON - The United States and more than 20 other countries expelled over "
                                    "100 Russian diplomats on Monday. British Prime Minister Theresa May thanked the "
                                    "allies for their support.", dt.date(2018, 3, 26)))
    assert ("USA", "SANCTION", "RUSGOV") in coded
    assert not any(plover == "SUPPORT" and target == "RUSGOV" for _, plover, target in coded)


def test_a_state_voice_after_a_crowd_of_the_dateline_city_is_the_states_and_firm_is_no_firm():
    result = _article("HONG KONG (AP) - China summoned the U.S. ambassador on Wednesday to protest after President "
                      "Donald Trump signed legislation supporting pro-democracy protesters in Hong Kong.\n\nVice "
                      "Foreign Minister Le Yucheng urged Washington to stop interfering in Hong Kong and China's "
                      "internal affairs. The foreign ministry warned that China would take firm countermeasures.",
                      dt.date(2019, 11, 27))
    coded = _article_coded(result)
    assert ("CHNGOV", "REQUEST", "USAGOV") in coded and ("CHNGOV", "THREATEN", "USAGOV") in coded
    assert not any(plover == "SANCTION" for _, plover, _ in coded)


def test_allies_urged_to_stop_their_offensive_stop_it_on_no_one_named_and_a_rally_to_celebrate_is_no_protest():
    coded = _article_coded(_article("BRUSSELS - Jens Stoltenberg urged Russia and Syria to stop their offensive.",
                                    dt.date(2020, 2, 28)))
    assert not any(plover == "RETREAT" and source is not None and target is not None for source, plover, target in coded)
    coded = _article_coded(_article("HONG KONG - Activists in Hong Kong thanked Trump and held a rally to celebrate.",
                                    dt.date(2019, 11, 28)))
    assert not any(plover == "PROTEST" for _, plover, _ in coded)


def test_the_decision_condemned_is_a_states_not_a_crowds():
    coded = _article_coded(_article("JERUSALEM - President Donald Trump recognised Jerusalem as Israel's capital on "
                                    "Wednesday. Protesters burned U.S. and Israeli flags in Gaza. The Arab League "
                                    "condemned the decision.", dt.date(2017, 12, 7)))
    assert ("ARL", "ACCUSE", "USAGOV") in coded


# -- twenty-sixth session: readings of new probe articles ------------------------------------------------------------
def _mention_codes(result):
    return {(m.text, m.actor.code) for m in result.mentions}


def test_informing_of_an_attack_and_escalating_tensions_are_no_deeds():
    coded = _article_coded(_article("BAGHDAD - Iraq's prime minister, Adel Abdul Mahdi, said Iran had informed him of "
                                    "the attack shortly before it began.", dt.date(2020, 1, 8)))
    assert not any(plover in ("ASSAULT", "ACCUSE") for _, plover, _ in coded)
    coded = _article_coded(_article("TEHRAN - Iran's Revolutionary Guard shot down a U.S. military surveillance drone "
                                    "on Thursday, escalating tensions between Tehran and Washington.",
                                    dt.date(2019, 6, 20)))
    assert ("IRNMIL", "ASSAULT", "USAMIL") in coded
    assert not any(plover == "COOPERATE" for _, plover, _ in coded)


def test_a_faction_of_the_military_is_the_military_and_a_body_named_again_by_its_last_word_is_the_body():
    result = _article("ANKARA - Turkish authorities detained soldiers after a faction of the military tried to "
                      "overthrow President Tayyip Erdogan.", dt.date(2016, 7, 16))
    assert ("TURMIL", "COERCE", "TURGOV") in _article_coded(result)
    result = _article("TEHRAN - Iran's Revolutionary Guard shot down a U.S. military surveillance drone on Thursday. "
                      "The Guard said the drone had violated Iranian airspace.", dt.date(2019, 6, 20))
    assert ("The Guard", "IRNMIL") in _mention_codes(result)
    assert ("IRNMIL", "ACCUSE", "USAMIL") in _article_coded(result)


def test_people_killed_by_strikes_on_a_place_are_of_that_place_and_those_included_are_of_the_whole():
    result = _article("JERUSALEM - Israel responded with air strikes on Gaza that killed 20 people, including nine "
                      "children.", dt.date(2021, 5, 10))
    codes = _mention_codes(result)
    assert ("20 people", "PSECVL") in codes and ("nine children", "PSECVL") in codes


def test_a_judgement_called_after_a_report_is_the_speakers_and_a_crime_committed_is_an_accusation():
    result = _article("WASHINGTON - Iran's Revolutionary Guard shot down a U.S. military surveillance drone on "
                      "Thursday. The U.S. military said the drone was flying over international waters and called the "
                      "attack unprovoked.", dt.date(2019, 6, 20))
    assert any(s == "USAMIL" and p == "ACCUSE" and t in ("IRN", "IRNMIL") for s, p, t in _article_coded(result))
    result = _article("KYIV - Zelenskiy said Russian troops had committed war crimes in Bucha.", dt.date(2022, 4, 4))
    assert ("UKRGOV", "ACCUSE", "RUSMIL") in _article_coded(result)


def test_drills_announced_are_intended_and_aimed_at_the_place_they_surround():
    result = _article("BEIJING - U.S. House Speaker Nancy Pelosi arrived in Taiwan on Tuesday night. China's foreign "
                      "ministry said the visit seriously violated China's sovereignty and announced live-fire military "
                      "drills around the island.", dt.date(2022, 8, 2))
    drills = [e for e in result.events if e.plover == "MOBILIZE"]
    assert [(e.target.country, e.modality) for e in drills] == [("TWN", "intended")]
    assert any(s == "CHNGOV" and p == "ACCUSE" and t.startswith("USA") for s, p, t in _article_coded(result) if t)


def test_a_capitalised_he_after_a_name_is_no_pronoun_and_a_past_verb_joined_to_an_infinitive_is_the_speakers():
    result = _article("WASHINGTON - Chinese Vice Premier Liu He arrived in Washington for talks with U.S. Trade "
                      "Representative Robert Lighthizer.", dt.date(2019, 5, 10))
    assert not any(m.text == "He" for m in result.mentions)
    assert ("CHNGOV", "CONSULT", "USAGOV") in _article_coded(result)
    result = _article("WASHINGTON - President Donald Trump said he was in no hurry to conclude an agreement and accused "
                      "Beijing of breaking commitments.", dt.date(2019, 5, 10))
    assert ("USAGOV", "ACCUSE", "CHNGOV") in _article_coded(result)


def test_ethnic_minority_forces_are_rebels_of_the_country_they_are_in():
    result = _article("STEPANAKERT - Azerbaijan launched military operations in Nagorno-Karabakh on Tuesday and "
                      "demanded that ethnic Armenian forces surrender.", dt.date(2023, 9, 19))
    assert ("ethnic Armenian forces", "AZEREB") in _mention_codes(result)


def test_police_charging_at_a_crowd_is_repression_and_no_indication_of_an_attack_denies_it():
    coded = _article_coded(_article("BARCELONA - Thousands of protesters occupied Barcelona airport, where police "
                                    "charged at demonstrators with batons.", dt.date(2019, 10, 14)))
    assert ("ESPCOP", "ASSAULT", "ESPCVL") in coded
    result = _article("WARSAW - Polish President Andrzej Duda said there was no indication of a deliberate attack on "
                      "Poland.", dt.date(2022, 11, 15))
    assert all(e.modality == "negated" for e in result.events if e.plover == "ASSAULT")


def test_what_a_subjects_relative_clause_says_does_not_refine_the_request():
    coded = _article_coded(_article("MOSCOW - Russia, which has peacekeepers in the region, urged Armenia and "
                                    "Azerbaijan to stop the bloodshed.", dt.date(2023, 9, 19)))
    assert ("RUS", "REQUEST", "ARM") in coded and not any(p == "AID" for _, p, _ in coded)


def test_a_stance_of_the_military_is_no_actor_and_an_attack_named_by_its_weapon_is_no_repeat_of_one():
    result = _article("BRUSSELS - Finland and Sweden applied to join NATO, abandoning decades of military neutrality.",
                      dt.date(2022, 5, 18))
    assert not any("neutrality" in m.text for m in result.mentions)
    assert not any(p == "CONCEDE" for _, p, _ in _article_coded(result))
    result = _article("TEHRAN - Israeli warplanes struck military sites in Iran in retaliation for an Iranian missile "
                      "attack earlier this month. Saudi Arabia condemned the attack as a violation of Iran's "
                      "sovereignty.", dt.date(2024, 10, 26))
    assert ("SAU", "ACCUSE", "ISR") in _article_coded(result)


def test_consequences_foretold_in_what_a_warning_tells_are_the_warnings_not_a_threat_to_the_one_named_after_if():
    coded = _article_coded(_article("GENEVA - Biden said he had warned Putin that there would be devastating "
                                    "consequences if jailed opposition leader Alexei Navalny died in prison.",
                                    dt.date(2021, 6, 16)))
    assert ("USAGOV", "THREATEN", "RUSGOV") in coded
    assert not any(t == "RUSOPP" for _, _, t in coded)


def test_a_peoples_word_is_no_town_and_military_aircraft_bomb():
    result = _article("NAYPYITAW - Myanmar security forces killed more than 100 protesters on Saturday, and military "
                      "aircraft bombed villages controlled by an ethnic armed group near the Thai border.",
                      dt.date(2021, 3, 27))
    assert not any(p.name == "Alor Setar" for p in result.places)
    assert ("MMRMIL", "ASSAULT", "MMRREB") in _article_coded(result)


def test_a_state_ordering_anothers_consulate_shut_cuts_ties_and_accuses_it():
    result = _article("WASHINGTON - The United States ordered China to close its consulate in Houston within 72 hours, "
                      "accusing it of being a hub of espionage. China called the move an unprecedented escalation and "
                      "vowed to retaliate. Days later, Beijing ordered the U.S. consulate in Chengdu to close.",
                      dt.date(2020, 7, 22))
    coded = _article_coded(result)
    assert ("USA", "SANCTION", "CHN") in coded and ("USA", "ACCUSE", "CHNGOV") in coded
    assert ("CHN", "ACCUSE", "USA") in coded and ("CHN", "THREATEN", "USA") in coded
    assert ("CHNGOV", "SANCTION", "USAGOV") in coded


def test_targets_a_relative_clause_says_were_held_by_rebels_are_the_rebels():
    coded = _article_coded(_article("MOSCOW - Russian warplanes carried out air strikes in Syria, hitting targets that "
                                    "U.S. officials said were held by rebels.", dt.date(2015, 9, 30)))
    assert ("RUSMIL", "ASSAULT", "SYRREB") in coded and not any(t == "USA" for _, _, t in coded)


def test_a_broker_announcing_a_truce_declares_none_of_its_own():
    coded = _article_coded(_article("GAZA - Israel and Hamas agreed to a ceasefire on Wednesday after eight days of "
                                    "fighting, in a deal brokered by Egypt. Egyptian Foreign Minister Mohamed Kamel Amr "
                                    "announced the truce at a news conference in Cairo.", dt.date(2012, 11, 21)))
    assert not any(s == "EGYGOV" and p == "RETREAT" for s, p, _ in coded)


def test_a_speaker_the_parser_hung_on_the_victims_is_the_speaker_again():
    result = _article("DAMASCUS (Reuters) - An Israeli air strike destroyed Iran's consulate in Damascus on Monday, "
                      "killing a senior Revolutionary Guards commander and six other officers, Iran's foreign minister "
                      "said.", dt.date(2024, 4, 1))
    killed = [e for e in result.events if e.trigger == "killing"]
    assert killed and all(e.target.code == "IRNMIL" for e in killed)
    result = _article("GAZA - Israeli air strikes on Gaza killed at least 400 Palestinians, health officials in the "
                      "enclave said.", dt.date(2023, 10, 7))
    assert any(e.plover == "ASSAULT" and e.target is not None and e.target.country == "PSE" for e in result.events)


def test_a_journey_one_is_banned_from_is_no_visit_and_him_is_the_one_named_by_an_apposition():
    coded = _article_coded(_article("WASHINGTON - The United States later banned its citizens from travelling to North "
                                    "Korea.", dt.date(2017, 9, 1)))
    assert not any(p == "CONSULT" for _, p, _ in coded)
    coded = _article_coded(_article("SEOUL - Otto Warmbier, an American student, died on Monday. President Donald "
                                    "Trump condemned the brutality of the North Korean regime. North Korea denied "
                                    "mistreating Warmbier and said it had provided him with medical care.",
                                    dt.date(2017, 6, 20)))
    assert ("PRK", "AID", "USACVL") in coded and ("PRK", "AID", "USAGOV") not in coded


def test_civilians_a_foreign_force_is_asked_to_stop_bombing_are_of_the_country_bombed():
    result = _article("MUNICH - The main Syrian opposition coalition said it would agree if Russia stopped bombing "
                      "civilians.", dt.date(2016, 2, 22))
    assert ("civilians", "SYRCVL") in _mention_codes(result)


def test_a_gapped_passive_names_the_wounded_not_a_doer_and_an_unclaimed_attack_borrows_no_rival():
    coded = _article_coded(_article("AMMAN - Three U.S. soldiers were killed and dozens wounded in a drone attack on a "
                                    "base in Jordan, President Joe Biden said, blaming Iran-backed militant groups. "
                                    "Jordan's government condemned the attack.", dt.date(2024, 1, 28)))
    assert not any(p == "ASSAULT" and s is not None for s, p, _ in coded)
    assert not any(s == "JORGOV" and t == "USAGOV" for s, _, t in coded)


def test_arms_sales_suspended_an_operation_condemned_a_protest_lodged_and_a_topic_discussed():
    coded = _article_coded(_article("AKCAKALE - Turkey launched a military offensive against Kurdish-led forces in "
                                    "northeast Syria. Norway suspended arms sales to Ankara. The Arab League condemned "
                                    "the operation as an invasion of an Arab state.", dt.date(2019, 10, 9)))
    assert ("NOR", "SANCTION", "TURGOV") in coded and ("ARL", "ACCUSE", "TUR") in coded
    coded = _article_coded(_article("TOKYO - Japan said five of the missiles had landed in its exclusive economic zone "
                                    "and lodged a protest with Beijing.", dt.date(2022, 8, 4)))
    assert ("JPN", "ACCUSE", "CHNGOV") in coded
    coded = _article_coded(_article("HELSINKI - President Donald Trump met Russian President Vladimir Putin in Helsinki "
                                    "on Monday. The two leaders also discussed Syria and nuclear arms control.",
                                    dt.date(2018, 7, 16)))
    assert not any(t == "SYR" for _, _, t in coded)


def test_holding_someone_to_commitments_is_no_detention_and_a_persons_name_is_no_town():
    coded = _article_coded(_article("WASHINGTON - President Joe Biden said the United States would hold the Taliban to "
                                    "its commitments.", dt.date(2021, 8, 31)))
    assert not any(p == "COERCE" for _, p, _ in coded)
    result = _article("WASHINGTON - The protests over the killing of George Floyd continued for a seventh night.",
                      dt.date(2020, 6, 1))
    assert not any(p.name == "George" for p in result.places)


def test_it_standing_for_a_clause_is_no_actor_and_what_it_says_is_an_accusation():
    result = _article("LONDON - Prime Minister Theresa May later said it was highly likely that Russia was "
                      "responsible.", dt.date(2018, 3, 12))
    assert not any(m.text == "it" for m in result.mentions)
    assert ("GBRGOV", "ACCUSE", "RUS") in _article_coded(result)


def test_a_deed_told_after_after_is_done_and_a_parliament_urges_its_own_government():
    result = _article("BAGHDAD - Iraq's parliament voted on Sunday to expel U.S. troops from the country after the "
                      "killing of Iranian General Qassem Soleimani in Baghdad.", dt.date(2020, 1, 5))
    assert [e.modality for e in result.events if e.trigger == "killing"] == ["asserted"]
    coded = _article_coded(_article("BAGHDAD - Iran said it would ban U.S. citizens from entering the country. Iraq's "
                                    "parliament urged the government to respond in kind.", dt.date(2017, 1, 29)))
    assert ("IRQLEG", "REQUEST", "IRQGOV") in coded


def test_what_an_accusation_alleges_is_no_deed_told_as_done():
    coded = _article_coded(_article("HARARE - Tsvangirai accused President Robert Mugabe's supporters of killing more "
                                    "than 80 members of his party.", dt.date(2008, 6, 23)))
    assert not any(p == "ASSAULT" for _, p, _ in coded)


def test_a_leader_crossing_a_border_visits_a_declaration_welcomed_is_the_parties_and_food_offered_is_aid():
    coded = _article_coded(_article("PANMUNJOM, South Korea (AP) - North Korean leader Kim Jong Un crossed into South "
                                    "Korea on Friday and held a summit with President Moon Jae-in. The two leaders "
                                    "agreed to stop hostile acts along the border. Japan welcomed the declaration.",
                                    dt.date(2018, 4, 27)))
    assert ("PRKGOV", "CONSULT", "KOR") in coded and not any(p == "MOBILIZE" for _, p, _ in coded)
    assert ("JPN", "SUPPORT", "PRKGOV") in coded
    coded = _article_coded(_article("CAIRO - Iran offered to supply Qatar with food through its ports.",
                                    dt.date(2017, 6, 12)))
    assert ("IRN", "AID", "QAT") in coded


def test_a_mobilisation_of_ones_own_country_has_no_target_and_a_state_condemns_no_move_of_its_own():
    coded = _article_coded(_article("MOSCOW - Russian President Vladimir Putin ordered the country's first mobilisation "
                                    "since World War Two on Wednesday.", dt.date(2022, 9, 21)))
    assert not any(p == "MOBILIZE" and t is not None for _, p, t in coded)
    coded = _article_coded(_article("BEIJING - China on Tuesday sanctioned a former U.S. commerce secretary in "
                                    "retaliation for U.S. sanctions against Chinese officials. The U.S. State "
                                    "Department condemned the move.", dt.date(2021, 6, 1)))
    assert ("USAGOV", "ACCUSE", "CHN") in coded and ("USAGOV", "ACCUSE", "USA") not in coded


def test_what_is_suspected_is_no_deed_and_a_deed_defended_backs_no_one():
    coded = _article_coded(_article("GIBRALTAR - British Royal Marines seized an Iranian oil tanker off Gibraltar on "
                                    "Thursday on suspicion that it was carrying oil to Syria.", dt.date(2019, 7, 4)))
    assert not any(p == "AID" for _, p, _ in coded)
    coded = _article_coded(_article("MOSCOW - President Vladimir Putin defended the invasion of Ukraine as a forced and "
                                    "necessary response to Western policies.", dt.date(2022, 5, 9)))
    assert not any(p == "SUPPORT" for _, p, _ in coded)


# Readings of the twenty-sixth session that come down to "this article codes these (source, type, target) and not
# those": one table, each row a probe article's sentence (written for the test) and what a reader expects of it.
CODED_READINGS = [
    ("KHARTOUM, Sudan (AP) - Sudan's army and a powerful paramilitary force battled for control of the capital for "
     "a second day on Sunday.", (2023, 4, 16),
     [("SDNMIL", "ASSAULT", "SDNREB"), ("SDNREB", "ASSAULT", "SDNMIL")], []),
    ("NEW DELHI - Protesters in New Delhi burned images of Chinese President Xi Jinping.", (2020, 6, 17),
     [("INDCVL", "PROTEST", "CHNGOV")], []),
    ("KYIV - Russia seized three Ukrainian navy ships off the coast of Crimea. Ukrainian President Petro Poroshenko "
     "called the seizure an act of aggression.", (2018, 11, 26), [("UKRGOV", "ACCUSE", "RUS")], []),
    ("LONDON - Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz on Friday. "
     "British Foreign Secretary Jeremy Hunt said the seizure was unacceptable and warned of serious consequences if "
     "the ship was not released.", (2019, 7, 19), [("GBRGOV", "ACCUSE", "IRN"), ("GBRGOV", "THREATEN", "IRN")], []),
    ("ADDIS ABABA, Ethiopia (Reuters) - Ethiopian Prime Minister Abiy Ahmed ordered a military offensive against the "
     "northern Tigray region on Wednesday, accusing the region's ruling party of attacking a federal army base.",
     (2020, 11, 4), [], [("ETHGOV", "ASSAULT", "ETHMIL")]),
    ("JERUSALEM - President Donald Trump recognized Jerusalem as Israel's capital on Wednesday. Saudi Arabia "
     "described the move as unjustified and irresponsible.", (2017, 12, 6), [("SAU", "ACCUSE", "USAGOV")], []),
    ("RAMSTEIN, Germany (AP) - Western allies pledged billions of dollars in weapons for Ukraine on Friday. The "
     "Netherlands said it would provide Patriot air defence systems, and Britain offered Challenger tanks.",
     (2023, 1, 20), [("NLD", "AID", "UKR"), ("GBR", "AID", "UKR")], []),
    ("BRUSSELS - The European Union said it would impose new sanctions on Minsk and urged airlines to stop flying "
     "migrants to Belarus.", (2021, 11, 8), [("EU", "COERCE", "BLRGOV")], [("EU", "REQUEST", "BLRGOV")]),
    ("ANKARA - Russia's ambassador to Turkey, Andrei Karlov, was shot dead on Monday by an off-duty Turkish police "
     "officer. President Vladimir Putin called the killing a provocation aimed at disrupting ties between Moscow and "
     "Ankara.", (2016, 12, 19), [("RUSGOV", "ACCUSE", "TURCOP")], []),
    ("RIYADH - U.S. Secretary of State Mike Pompeo said there was no evidence the attacks came from Yemen and blamed "
     "Iran.", (2019, 9, 14), [("USAGOV", "ACCUSE", "IRN")], []),
    ("ANKARA - Turkey massed troops on its border with Syria.", (2019, 10, 8), [("TURMIL", "MOBILIZE", "SYR")], []),
    ("KHARTOUM - Sudan's military ousted President Omar al-Bashir on Thursday. Protesters rejected the military "
     "council. The African Union threatened to suspend Sudan. The United States called on the military to include "
     "civilians in the government.", (2019, 4, 11), [("USA", "REQUEST", "SDNMIL")], []),
    ("NIAMEY - Thousands of junta supporters rallied outside a French military base in Niamey, demanding the "
     "departure of French troops.", (2023, 8, 26), [("NERCVL", "PROTEST", "FRA")], []),
    ("DAMASCUS - Syrian opposition activists accused government forces of killing hundreds of people in a poison gas "
     "attack. The Syrian government denied the accusations as baseless.", (2013, 8, 21),
     [("SYRGOV", "REJECT", "SYROPP")], []),
    ("LONDON - Britain's allies, including the United States, France and Germany, expressed solidarity with London.",
     (2018, 3, 15), [("USA", "SUPPORT", "GBRGOV"), ("DEU", "SUPPORT", "GBRGOV")], []),
    ("CAIRO - Egypt, Saudi Arabia, the United Arab Emirates and Bahrain said on Monday they would suspend all flights "
     "to Qatar.", (2017, 6, 5),
     [("EGY", "SANCTION", "QAT"), ("ARE", "SANCTION", "QAT"), ("BHR", "SANCTION", "QAT")], []),
    ("ANKARA - The United States sent search-and-rescue teams, and Greece, despite long-standing tensions with Ankara, "
     "dispatched firefighters and aid.", (2023, 2, 7), [("GRC", "AID", "TUR")], []),
    ("SEOUL - North Korea conducted its sixth nuclear test on Sunday. China strongly condemned the test.",
     (2017, 9, 3), [("CHN", "ACCUSE", "PRK")], []),
    ("MOSCOW - Wagner fighters seized the city of Rostov-on-Don. President Vladimir Putin called the mutiny a "
     "betrayal.", (2023, 6, 24), [("RUSGOV", "ACCUSE", "RUSREB")], []),
    ("BERLIN - Russia annexed Crimea in March. German Chancellor Angela Merkel said the annexation violated "
     "international law.", (2014, 3, 18), [("DEUGOV", "ACCUSE", "RUS")], []),
    ("AKCAKALE - The Syrian Democratic Forces said Turkish air strikes had hit civilian areas.", (2019, 10, 9),
     [("TURMIL", "ASSAULT", "SYRCVL")], []),
    ("BEIRUT - Russia said Syrian aircraft had struck a rebel warehouse containing toxic substances.", (2017, 4, 4),
     [("SYRMIL", "ASSAULT", "SYRREB")], []),
    ("MOSCOW - Russia pulled out of the Black Sea grain deal on Monday, a year after it was brokered by Turkey and the "
     "United Nations. Turkish President Recep Tayyip Erdogan said he believed Putin wanted the deal to continue. "
     "Ukrainian President Volodymyr Zelensky said Ukraine was ready to continue exports without Russia.",
     (2023, 7, 17), [("RUS", "SANCTION", "UKR")], [("RUS", "SANCTION", "TUR")]),
    ("WASHINGTON - President Donald Trump pulled the United States out of the Iran nuclear deal on Tuesday.",
     (2018, 5, 8), [("USAGOV", "SANCTION", "IRN")], []),
    ("BAKU - Armenia said Turkey had sent F-16 fighter jets to support Azerbaijan.", (2020, 9, 29),
     [("TURMIL", "AID", "AZE")], []),
    ("A magnitude 7.0 earthquake devastated Haiti's capital on Tuesday. The United States sent thousands of troops to "
     "help with relief operations.", (2010, 1, 15), [("USAMIL", "AID", "HTI")], []),
    ("JERUSALEM - Hamas gunmen killed more than 700 people in Israel on Saturday. Israeli Prime Minister Benjamin "
     "Netanyahu vowed to exact a mighty vengeance.", (2023, 10, 7), [("ISRGOV", "THREATEN", "PSEREB")], []),
    ("BEIJING - The United States raised tariffs on Chinese goods, and China vowed to take necessary countermeasures.",
     (2019, 5, 10), [("CHN", "THREATEN", "USA")], []),
    ("SANAA - The Houthis vowed to continue targeting Israeli ships.", (2024, 1, 12), [("YEMREB", "THREATEN", "ISR")],
     []),
    ("RIYADH - Saudi Arabia executed a cleric. Iran's Supreme Leader Ayatollah Ali Khamenei said Saudi Arabia would "
     "face divine revenge.", (2016, 1, 3), [("IRNGOV", "THREATEN", "SAU")], []),
    ("KYIV, Ukraine (AP) - The leaders of Italy, Canada and Belgium arrived in Kyiv on Saturday, and Italian Prime "
     "Minister Giorgia Meloni signed a security agreement with Ukraine.", (2024, 2, 24),
     [("CANGOV", "CONSULT", "UKRGOV")], [("CANGOV", "CONSULT", "ITAGOV"), ("BELGOV", "CONSULT", "CANGOV")]),
    ("ANKARA - Turkey doubled tariffs on some U.S. imports on Wednesday.", (2018, 8, 15), [("TUR", "COERCE", "USA")],
     []),
    ("PARIS - France recalled its ambassador to Australia after Australia cancelled a submarine deal with Paris.",
     (2021, 9, 17), [("AUS", "SANCTION", "FRAGOV")], [("AUS", "AGREE", "FRAGOV"), ("FRAGOV", "AGREE", "AUS")]),
    ("WASHINGTON - The United Arab Emirates and Bahrain signed agreements to normalise relations with Israel on "
     "Tuesday. Iran warned the two Gulf states that they would be responsible for the consequences.", (2020, 9, 15),
     [("ARE", "SUPPORT", "ISR"), ("IRN", "THREATEN", "ARE"), ("IRN", "THREATEN", "BHR")], [("ARE", "SUPPORT", "BHR")]),
    ("JERUSALEM (Reuters) - Israel carried out heavy air strikes in Syria on Saturday after one of its F-16 jets was "
     "shot down by Syrian anti-aircraft fire.", (2018, 2, 10),
     [("ISR", "ASSAULT", "SYR"), ("SYRMIL", "ASSAULT", "ISRMIL")], []),
    ("DOHA (Reuters) - Qatar and the United Arab Emirates pledged $500 million to help Pakistan recover from floods on "
     "Sunday.", (2022, 11, 20), [("QAT", "AID", "PAK"), ("ARE", "AID", "PAK")], []),
    # twenty-seventh session
    ("KABUL (Reuters) - The United States rushed troops to Kabul airport to evacuate its embassy staff. Britain said "
     "it would send 600 soldiers to help its nationals leave.", (2021, 8, 15), [], [("GBRMIL", "MOBILIZE", "USA")]),
    ("GAZA (Reuters) - Israeli ground forces expanded ground operations inside the Gaza Strip on Saturday.",
     (2023, 10, 28), [("ISRMIL", "ASSAULT", "PSE")], []),
    ("BRUSSELS (Reuters) - The European Union, the United States and Britain agreed on Saturday to remove selected "
     "Russian banks from the SWIFT international payments system.", (2022, 2, 26),
     [("EU", "COERCE", "RUSBUS"), ("USA", "COERCE", "RUSBUS"), ("GBR", "COERCE", "RUSBUS")],
     [("EU", "AGREE", "RUSBUS")]),
    ("ANKARA (Reuters) - Turkish authorities detained nearly 3,000 soldiers on Saturday after a failed coup attempt "
     "by a faction of the military. President Tayyip Erdogan blamed the attempt on U.S.-based cleric Fethullah "
     "Gulen. Gulen denied any involvement and condemned the coup.", (2016, 7, 16), [("TUROPP", "REJECT", "TURGOV")],
     [("TUROPP", "ACCUSE", "TURGOV"), ("TUROPP", "ACCUSE", "TUR")]),
    ("JERUSALEM (Reuters) - Iran launched more than 300 drones and missiles at Israel overnight, Israel's military "
     "said on Sunday. Israel, with help from the United States, Britain and Jordan, shot down nearly all of them.",
     (2024, 4, 14), [("IRN", "ASSAULT", "ISR"), ("ISR", "ASSAULT", "IRN")], [("ISR", "ASSAULT", "ISRMIL")]),
    ("SEOUL (Reuters) - North Korea conducted its sixth nuclear test on Sunday, prompting South Korea to stage a "
     "live-fire exercise simulating an attack on the North's nuclear site.", (2017, 9, 3),
     [("KORMIL", "MOBILIZE", "PRK")], [("KOR", "ASSAULT", "PRK")]),
    ("HIROSHIMA, Japan (AP) - President Joe Biden announced a new $375 million package of weapons for Ukraine.",
     (2023, 5, 21), [("USAGOV", "AID", "UKR")], []),
    ("WASHINGTON (Reuters) - The United States launched air strikes on Syria on Saturday. Russia's ambassador to the "
     "United States warned that the attack would not go unanswered.", (2018, 4, 14), [("RUSGOV", "THREATEN", "USA")],
     []),
    ("BEIJING (Reuters) - The United States raised tariffs on $200 billion of Chinese goods on Friday. China's "
     "commerce ministry said it deeply regretted the move and would take necessary countermeasures. Beijing said "
     "it would retaliate.", (2019, 5, 10), [("CHNGOV", "THREATEN", "USA")], []),
    ("AKCAKALE, Turkey (Reuters) - Turkey launched a military offensive against Kurdish-led forces in northeast Syria "
     "on Wednesday, days after U.S. troops began withdrawing from the area.", (2019, 10, 9),
     [("USAMIL", "RETREAT", "SYR")], [("USAMIL", "RETREAT", "TUR")]),
    ("RIYADH (Reuters) - Saudi Arabia, the United Arab Emirates, Egypt and Bahrain cut diplomatic ties with Qatar on "
     "Monday. The countries closed their airspace to Qatari flights. Qatar's foreign ministry said the measures were "
     "unjustified.", (2017, 6, 5),
     [("SAU", "COERCE", "QAT"), ("BHR", "COERCE", "QAT"), ("QATGOV", "ACCUSE", "SAU"), ("QATGOV", "ACCUSE", "EGY")],
     []),
    ("WASHINGTON (Reuters) - The United States, Britain and France launched air strikes on Syria on Saturday in "
     "response to a suspected poison gas attack on the town of Douma. Syria's government denied using chemical "
     "weapons and said the strikes violated international law.", (2018, 4, 14),
     [("SYRGOV", "ACCUSE", "USA"), ("SYRGOV", "ACCUSE", "FRA")],
     [("SYRGOV", "REJECT", "SYRCVL"), ("SYRGOV", "ASSAULT", "FRA")]),
    ("MOSCOW (Reuters) - President Vladimir Putin signed a treaty on Tuesday making Crimea part of Russia. The United "
     "States and the European Union imposed travel bans and asset freezes on Russian officials. Ukraine's acting "
     "president said Kiev would never accept the annexation.", (2014, 3, 18),
     [("USA", "COERCE", "RUSGOV"), ("EU", "COERCE", "RUSGOV")], [("UKRGOV", "REJECT", "USA"), ("UKRGOV", "REJECT", "EU")]),
    ("YEREVAN (Reuters) - Heavy fighting broke out between Azerbaijan and ethnic Armenian forces over Nagorno-Karabakh "
     "on Sunday. Armenia declared martial law and mobilised its male population.", (2020, 9, 27), [],
     [("ARMMIL", "MOBILIZE", "ARMCVL")]),
    ("WASHINGTON (Reuters) - The United States expelled 60 Russian diplomats on Monday. The Kremlin said it would "
     "respond in kind.", (2018, 3, 26), [("USA", "SANCTION", "RUSGOV"), ("RUSGOV", "SANCTION", "USA")], []),
    ("TEHRAN (Reuters) - Iran fired ballistic missiles at two bases in Iraq housing U.S. troops. Trump said Iran "
     "appeared to be standing down and announced new economic sanctions on Tehran.", (2020, 1, 8),
     [("USAGOV", "COERCE", "IRNGOV")], []),
    ("BRUSSELS (Reuters) - Finland and Sweden formally applied to join NATO on Wednesday. Turkey threatened to block "
     "the applications, accusing both countries of harbouring Kurdish militants.", (2022, 5, 18),
     [("TUR", "THREATEN", "FIN"), ("TUR", "ACCUSE", "SWE")], []),
    ("MOSCOW (Reuters) - Yevgeny Prigozhin was listed as a passenger on a private jet that crashed north of Moscow on "
     "Wednesday, killing all 10 people on board. The crash came two months after Prigozhin led a short-lived mutiny "
     "against the army's leadership. U.S. President Joe Biden said he was not surprised. The Kremlin denied any "
     "involvement.", (2023, 8, 24), [],
     [("RUSREB", "COOPERATE", "RUSGOV"), ("RUSGOV", "REJECT", "USAGOV"), (None, "ASSAULT", "RUSCVL")]),
    ("RIYADH (Reuters) - Saudi Arabia and its Gulf allies launched air strikes in Yemen on Thursday to push back Houthi "
     "fighters who had forced President Abd-Rabbu Mansour Hadi to flee.", (2015, 3, 26),
     [("SAU", "ASSAULT", "YEMREB")], [("SAU", "REQUEST", "YEMREB"), ("SAU", "ASSAULT", "YEM")]),
    ("TEHRAN (Reuters) - President Donald Trump approved military strikes against Iran but called them off at the last "
     "minute.", (2019, 6, 20), [], [("USAGOV", "CONCEDE", "USACVL")]),
    ("BRUSSELS (Reuters) - The European Union imposed economic sanctions on Belarus on Monday. Lithuania welcomed the "
     "sanctions. China condemned the sanctions.", (2021, 6, 21), [("LTU", "SUPPORT", "EU"), ("CHN", "ACCUSE", "EU")],
     [("CHN", "ACCUSE", "LTU")]),
    ("NEW DELHI (Reuters) - India revoked the special status of Kashmir on Monday and cut off phone and internet lines "
     "in the region. Pakistan condemned the decision as illegal. China said the move was unacceptable.", (2019, 8, 5),
     [("PAK", "ACCUSE", "INDGOV"), ("CHN", "ACCUSE", "INDGOV")], [("CHN", "ACCUSE", "PAK")]),
    ("BERLIN (Reuters) - Germany pledged on Wednesday to send more air defence systems to Ukraine.", (2023, 1, 25),
     [("DEU", "AID", "UKR")], [("DEU", "AGREE", "UKR")]),
    ("ADDIS ABABA (Reuters) - Ethiopia's government said Tigrayan forces attacked a federal army base on Wednesday. "
     "The Tigray People's Liberation Front denied the attack.", (2020, 11, 4), [("ETHREB", "REJECT", "ETHGOV")], []),
    ("KYIV (AP) - Russian forces captured the village of Lastochkyne near Avdiivka, Russia's defence ministry said.",
     (2024, 2, 24), [("RUSMIL", "COERCE", "UKR")], [("RUSMIL", "COERCE", "UKRCVL")]),
    ("BRUSSELS (Reuters) - The European Union imposed sanctions on four Chinese officials over the treatment of "
     "Uyghurs in Xinjiang, and Beijing retaliated within hours with sanctions on European lawmakers.", (2021, 3, 22),
     [("EU", "COERCE", "CHNGOV"), ("CHNGOV", "COERCE", "EU")], [(None, "COERCE", "CHNLEG"), ("CHNGOV", "ACCUSE", "CHNLEG")]),
    ("HONG KONG (Reuters) - China's parliament approved a national security law for Hong Kong on Thursday.",
     (2020, 5, 28), [], [("CHNLEG", "CONCEDE", "HKG")]),
    ("HELSINKI (Reuters) - President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday and "
     "declined to side with U.S. intelligence agencies over Russian interference in the 2016 election.", (2018, 7, 16),
     [("USAGOV", "CONSULT", "RUSGOV")], [("USAGOV", "REJECT", "RUSGOV")]),
    ("JERUSALEM (Reuters) - Hamas gunmen infiltrated southern Israel on Saturday, killing hundreds of people and "
     "taking dozens of hostages back to Gaza. Israel declared war and began striking targets in the Gaza Strip.",
     (2023, 10, 7), [("PSEREB", "ASSAULT", "ISRCVL"), ("ISR", "ASSAULT", "PSE")], [("PSEREB", "ASSAULT", "PSECVL")]),
    ("WASHINGTON (Reuters) - Israel signed agreements to establish diplomatic relations with the United Arab Emirates "
     "and Bahrain at the White House on Tuesday. Palestinian leaders condemned the deals as a betrayal.", (2020, 9, 15),
     [("PSEGOV", "ACCUSE", "ARE"), ("PSEGOV", "ACCUSE", "BHR")], []),
    ("MOSCOW (Reuters) - Washington expelled 60 Russian diplomats, and Moscow vowed to respond.", (2018, 3, 26),
     [("RUSGOV", "THREATEN", "USAGOV")], []),
    ("WASHINGTON (Reuters) - The United States ordered China on Wednesday to close its consulate in Houston. Two days "
     "later Beijing ordered the closure of the U.S. consulate in Chengdu.", (2020, 7, 24),
     [("USA", "SANCTION", "CHN"), ("CHNGOV", "SANCTION", "USAGOV")], [("CHNGOV", "COERCE", "USAGOV")]),
    ("NEW YORK (Reuters) - Russia said the truce would only work if the rebels stopped shelling Damascus.",
     (2018, 2, 24), [("SYRREB", "RETREAT", "SYRGOV")], [("RUSREB", "RETREAT", "SYRGOV")]),
    ("MOSCOW (Reuters) - Russia carried out its first air strikes in Syria on Wednesday.", (2015, 9, 30),
     [("RUS", "ASSAULT", "SYR")], [("RUS", "ASSAULT", "RUSMIL")]),
    ("CARACAS (Reuters) - Venezuelan opposition leader Juan Guaido declared himself interim president on Wednesday and "
     "was recognised by the United States.", (2019, 1, 23), [("USA", "SUPPORT", "VENOPP")], []),
    ("RIYADH (Reuters) - Saudi Arabia cut diplomatic ties with Iran on Sunday after protesters stormed its embassy in "
     "Tehran following the execution of a Shi'ite cleric. Bahrain and Sudan followed suit.", (2016, 1, 3),
     [("SAU", "SANCTION", "IRN"), ("BHR", "SANCTION", "IRN"), ("SDN", "SANCTION", "IRN")],
     [("BHR", "PROTEST", "SAU")]),
    ("CAIRO (Reuters) - U.S.-backed forces captured the last Islamic State enclave in eastern Syria on Saturday.",
     (2019, 3, 22), [], [("USA", "COERCE", "SYRREB")]),
    # "him" recognised after he declared himself president is the man, not the office
    ("CARACAS, Venezuela (AP) - Opposition leader Juan Guaido declared himself Venezuela's interim president on "
     "Wednesday, and U.S. President Donald Trump quickly recognised him as the country's legitimate leader.",
     (2019, 1, 23), [("USAGOV", "SUPPORT", "VENOPP")], []),
]


@pytest.mark.parametrize("text, date, present, absent", CODED_READINGS, ids=[row[0][:40] for row in CODED_READINGS])
def test_a_probe_article_codes_what_a_reader_expects(text, date, present, absent):
    coded = _article_coded(_article(text, dt.date(*date)))
    assert set(present) <= coded, sorted(coded, key=str)
    assert not set(absent) & coded, sorted(coded, key=str)


def test_a_retaliation_said_to_come_is_a_threat_made_now_at_the_last_one_to_strike():
    result = _article("SANAA (Reuters) - U.S. and British warplanes struck Houthi targets across Yemen on Friday. "
                      "The Houthis said they would retaliate.", dt.date(2024, 1, 12))
    threats = [(e.source.code, e.target.code, e.modality) for e in result.events if e.plover == "THREATEN"]
    assert threats and all(s == "YEMREB" and t in ("USA", "GBR") and m == "asserted" for s, t, m in threats), threats


def test_the_allies_after_a_joined_list_are_its_members_bodies_included():
    result = _article("BRUSSELS (Reuters) - The European Union, the United States and Britain agreed on Saturday to "
                      "remove selected Russian banks from SWIFT. The allies also said they would freeze the assets of "
                      "Russia's central bank.", dt.date(2022, 2, 26))
    allies = {m.actor.code for m in result.mentions if m.text == "The allies"}
    assert allies == {"EU", "USA", "GBR"}


def test_a_plural_object_the_small_model_read_as_a_clause_is_an_object_again():
    from dateline.nlp import load
    doc = load()("The United States and the European Union imposed travel bans and asset freezes on Russian officials.")
    by_text = {t.text: t for t in doc}
    assert (by_text["bans"].dep_, by_text["bans"].head.text) == ("dobj", "imposed")
    assert (by_text["freezes"].dep_, by_text["freezes"].head.text, by_text["freezes"].pos_) == ("conj", "bans", "NOUN")
    said = load()("Officials said oil flows normally.")
    assert [t.pos_ for t in said if t.text == "flows"] == ["VERB"]


def test_strikes_approved_then_called_off_did_not_happen():
    result = _article("TEHRAN (Reuters) - President Donald Trump approved military strikes against Iran but called them "
                      "off at the last minute.", dt.date(2019, 6, 20))
    assert [(e.plover, e.modality) for e in result.events if e.target and e.target.code == "IRN"] == [
        ("ASSAULT", "negated")]


def test_with_hung_on_a_span_of_time_goes_back_to_the_verb():
    from dateline.nlp import load
    doc = load()("Beijing retaliated within hours with sanctions on European lawmakers.")
    assert [t.head.text for t in doc if t.text == "with"] == ["retaliated"]


def test_one_killed_in_a_crash_was_attacked_by_no_one():
    result = _article("TEHRAN (AP) - Iranian President Ebrahim Raisi was killed in a helicopter crash in the country's "
                      "northwest on Sunday. Soldiers were killed in an ambush.", dt.date(2024, 5, 20))
    assailed = {e.target.code for e in result.events if e.plover == "ASSAULT" and e.target is not None}
    assert "IRNGOV" not in assailed and "IRNMIL" in assailed        # (the ambush stays an attack)


def test_relief_one_seeks_is_no_aid_it_gives():
    result = _article("HANOI (Reuters) - North Korea's foreign minister said Pyongyang had only sought partial relief.",
                      dt.date(2019, 2, 28))
    assert not [e for e in result.events if e.plover == "AID"]


def test_a_lower_case_word_after_a_title_is_no_persons_name():
    result = _article("MADRID (Reuters) - Spain's prime minister blamed human trafficking gangs.", dt.date(2022, 6, 24))
    assert [m.text for m in result.mentions if m.actor.code == "ESPGOV"] == ["Spain's prime minister"]


# (text, published, trigger, the date its events get): a clause's "after" is no date after a length of time; a
# meeting's day holds for its purpose; a deadline looks ahead
DATED_READINGS = [
    ("MOSCOW (Reuters) - A Moscow court on Monday ordered Kremlin critic Alexei Navalny to be held in custody for 30 "
     "days after he was arrested on his return to Russia.", (2021, 1, 18), "arrested", (2021, 1, 18)),
    ("YANGON (Reuters) - Myanmar's military seized power on Monday in a coup. The United Nations Security Council will "
     "meet on Tuesday to discuss the coup.", (2021, 2, 1), "discuss", (2021, 2, 2)),
    ("HARARE (Reuters) - Zimbabwe's ruling party sacked Robert Mugabe as its leader on Sunday and gave him until noon "
     "on Monday to resign as president or face impeachment.", (2017, 11, 19), "resign", (2017, 11, 20)),
]


@pytest.mark.parametrize("text, published, trigger, date", DATED_READINGS, ids=[r[2] for r in DATED_READINGS])
def test_a_probe_articles_deed_takes_the_day_a_reader_reads(text, published, trigger, date):
    result = _article(text, dt.date(*published))
    assert [e.date for e in result.events if e.trigger == trigger] == [dt.date(*date)]


# (text, published, type, the modalities of that type's events): an accusation told beside a threat is made now;
# what an agreement is signed to do is intended; a deed whose attempt is denied is negated; a condition in the
# present does not make a past deed hypothetical; a firm answer said to come is a threat made now
MODAL_READINGS = [
    ("BRUSSELS (Reuters) - Finland and Sweden applied to join NATO on Wednesday. Turkey threatened to block the "
     "applications, accusing both countries of harbouring Kurdish militants.", (2022, 5, 18), "ACCUSE", {"asserted"}),
    ("DOHA (Reuters) - The United States and the Taliban signed an agreement on Saturday to withdraw U.S. troops from "
     "Afghanistan within 14 months.", (2020, 2, 29), "RETREAT", {"intended"}),
    ("LONDON (Reuters) - Iran denied any attempt to seize the British ship.", (2019, 7, 10), "COERCE", {"negated"}),
    ("PYONGYANG (Reuters) - North Korean leader Kim Jong Un welcomed Russian President Vladimir Putin to Pyongyang on "
     "Wednesday. The two leaders signed a pact pledging mutual military assistance if either country is attacked.",
     (2024, 6, 19), "SUPPORT", {"asserted"}),
    ("RIYADH (Reuters) - Saudi Arabia said it would respond firmly.", (2019, 9, 25), "THREATEN", {"asserted"}),
]


@pytest.mark.parametrize("text, published, plover, modalities", MODAL_READINGS, ids=[r[2] for r in MODAL_READINGS])
def test_a_probe_articles_events_have_the_modality_a_reader_reads(text, published, plover, modalities):
    result = _article(text, dt.date(*published))
    assert {e.modality for e in result.events if e.plover == plover} == modalities


# (text, published, the (source, type, target) patterns no event may match, "*" for any): a deed a reported clause
# goes on telling is not its teller's; a bare country a deployment would protect is no recipient, as the actor stage
# may have read it wrong; a campaign rally is no protest, and a name an onlooker gives makes no doer
NOT_CODED_READINGS = [
    ("KYIV - A powerful explosion damaged the bridge linking Russia to Crimea on Saturday, killing three people and "
     "halting traffic, Russian officials said.", (2022, 10, 8), [("RUSGOV", "ASSAULT", "*")]),
    ("MOSCOW - Putin reiterated his opposition to Ankara's request for NATO to deploy its Patriot anti-missile system "
     "to protect the country from any Syrian attack.", (2012, 12, 3), [("*", "AID", "RUS")]),
    ("BUTLER, Pennsylvania (AP) - Former President Donald Trump was shot in the ear at a campaign rally in Pennsylvania "
     "on Saturday, in what the FBI called an assassination attempt.", (2024, 7, 13),
     [("*", "PROTEST", "*"), ("USACOP", "*", "*")]),
]


@pytest.mark.parametrize("text, published, forbidden", NOT_CODED_READINGS,
                         ids=[row[0][:40] for row in NOT_CODED_READINGS])
def test_a_probe_article_codes_none_of_what_a_reader_rules_out(text, published, forbidden):
    coded = _article_coded(_article(text, dt.date(*published)))
    matched = [(triple, pattern) for triple in coded for pattern in forbidden
               if all(want in ("*", got) for want, got in zip(pattern, triple))]
    assert not matched, matched
