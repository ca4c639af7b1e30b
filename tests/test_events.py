"""The event coder on the VOA sample and on other sentences of the same kinds (real spaCy model,
real actor resolver)."""
from __future__ import annotations

import datetime as dt

import pytest

from dateline.actors import ActorResolver
from dateline.clean import clean_article
from dateline.events import CodingContext, EventCoder
from dateline.model import Article, Place

VOA_DATE = dt.date(2012, 12, 3)


def code(nlp, coder, resolver, text, date=VOA_DATE, **context):
    doc = nlp(text)
    mentions = resolver.resolve(doc, date)
    return coder.code(doc, mentions, CodingContext(article_id="t", date=date, **context))


def countries(event):
    return {a.country for a in (event.source, event.target) if a is not None}


def find(events, plover, source=None, target=None, modality=None):
    """Events of a type whose source/target countries (or codes) match."""
    out = []
    for e in events:
        if e.plover != plover or (modality and e.modality != modality):
            continue
        src = e.source.country or e.source.code if e.source else None
        tgt = e.target.country or e.target.code if e.target else None
        pairs = {(src, tgt)} | ({(tgt, src)} if e.symmetric else set())
        if (source, target) in pairs or (source is None and target is None):
            out.append(e)
    return out


@pytest.fixture(scope="module")
def voa(nlp, coder, resolver, voa_text):
    clean = clean_article(Article(id="voa", raw_text=voa_text, published=VOA_DATE))
    place = Place("Istanbul", "TUR", 41.01, 28.95, "city", "dateline")
    return code(nlp, coder, resolver, clean.text, dateline_place=place)


def test_voa_consult_between_russia_and_turkey(voa):
    events, _ = voa
    talks = find(events, "CONSULT", "RUS", "TUR")
    assert talks and any(e.symmetric and {e.source.code, e.target.code} == {"RUSGOV", "TURGOV"} for e in talks)


def test_voa_reject_by_russia_of_turkeys_request(voa):
    events, _ = voa
    rejects = find(events, "REJECT", "RUS", "TUR")
    assert rejects and rejects[0].cameo.startswith("12")
    assert "opposition" in rejects[0].trigger


def test_voa_request_by_turkey_to_nato(voa):
    events, _ = voa
    assert find(events, "REQUEST", "TUR", "NATO")


def test_voa_agree_with_trade_amounts(voa):
    events, _ = voa
    agrees = find(events, "AGREE", "RUS", "TUR")
    assert agrees
    amounts = {(a.value, a.currency, a.role) for e in agrees for a in e.amounts}
    assert (30e9, "USD", "from") in amounts and (100e9, "USD", "to") in amounts


def test_voa_accuse_by_turkey_of_russia(voa):
    events, _ = voa
    accuse = find(events, "ACCUSE", "TUR", "RUS")
    assert accuse and accuse[0].trigger.startswith("critical")


def test_voa_negated_protection_and_no_asserted_assault(voa):
    events, _ = voa
    protecting = [e for e in events if "not protecting" in e.sentence.text and e.source and e.source.country == "RUS"]
    assert protecting and all(e.modality == "negated" for e in protecting)
    assert protecting[0].speaker is not None and protecting[0].speaker.code == "RUSGOV"
    assert not [e for e in events if e.plover == "ASSAULT" and e.modality == "asserted"]
    # "to protect the country from any Syrian attack": the attack feared names no target, and an attack aimed at no
    # one is left out (round 15: annotators of all eight studied sets code 7 of 355 attacks with no target)
    assert not [e for e in events if e.plover == "ASSAULT" and e.target is None]


def test_voa_no_event_twice_and_evidence_kept(voa):
    events, quotes = voa
    assert len({e.id for e in events}) == len(events)
    keys = [(e.sentence.text, e.plover, e.source, e.target, e.modality) for e in events]
    assert len(set(keys)) == len(keys)
    for e in events:
        assert e.trigger and e.pattern and e.explanation and 0 < e.confidence <= 1
        assert e.sentence.text in e.explanation or e.plover in e.explanation
        assert e.place is not None and e.place.name == "Istanbul"       # dateline place: no place in the sentence
        assert e.date == VOA_DATE
    assert quotes


def test_ids_are_deterministic(nlp, coder, resolver, voa):
    events, _ = voa
    again, _ = voa
    assert [e.id for e in events] == [e.id for e in again]


# -- the same behaviours on other sentences ---------------------------------------------------
def test_talks_between_and_with_are_symmetric(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Chinese President Xi Jinping held talks with Brazilian President "
                                            "Lula da Silva in Beijing on Friday.", dt.date(2023, 4, 14))
    talks = find(events, "CONSULT", "CHN", "BRA")
    assert talks and talks[0].symmetric
    assert talks[0].date == dt.date(2023, 4, 14)


def test_conjoined_subjects_give_both_actors(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Putin and Erdogan met in Sochi on Tuesday.", dt.date(2018, 9, 18))
    meet = find(events, "CONSULT", "RUS", "TUR")
    assert meet and meet[0].symmetric


def test_passive_voice_finds_agent_and_patient(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Syria was criticized by France on Monday.", dt.date(2013, 9, 2))
    assert find(events, "ACCUSE", "FRA", "SYR")


def test_negation_and_hypothetical(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Germany is not supporting Hungary, and Israel could attack Iran.",
                     dt.date(2012, 3, 1))
    assert find(events, "SUPPORT", "DEU", "HUN", modality="negated")
    assert find(events, "ASSAULT", "ISR", "IRN", modality="hypothetical")


def test_intention_and_request(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Japan will continue cooperating with India.", dt.date(2015, 1, 1))
    assert find(events, "COOPERATE", "JPN", "IND", modality="intended")
    events, _ = code(nlp, coder, resolver, "Egypt called on Israel to withdraw its troops.", dt.date(2015, 1, 1))
    assert find(events, "REQUEST", "EGY", "ISR")


def test_critical_of_support_generalises(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Merkel was strongly critical of Beijing's support of Pyongyang.",
                     dt.date(2010, 5, 1))
    assert find(events, "ACCUSE", "DEU", "CHN")


def test_opposition_to_request_generalises(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Obama reiterated his opposition to Tokyo's request for Seoul to "
                                            "lift the ban.", dt.date(2014, 5, 1))
    assert find(events, "REJECT", "USA", "JPN")


def test_sanctions_shelling_release_and_withdrawal(nlp, coder, resolver):
    date = dt.date(2014, 7, 1)
    events, _ = code(nlp, coder, resolver, "The European Union imposed sanctions on Russia.", date)
    assert [e for e in events if e.cameo.startswith("16") and e.target and e.target.country == "RUS"]
    events, _ = code(nlp, coder, resolver, "Ukrainian troops shelled Donetsk.", date)
    assert [e for e in events if e.plover == "ASSAULT" and e.cameo == "194"]
    events, _ = code(nlp, coder, resolver, "Iran released two British sailors.", date)
    assert find(events, "RETREAT", "IRN", None) or [e for e in events if e.plover == "RETREAT"]
    events, _ = code(nlp, coder, resolver, "Russia withdrew its troops from Georgia.", date)
    assert [e for e in events if e.plover == "RETREAT" and e.source and e.source.country == "RUS"]


def test_threat_codes_the_threat_not_the_attack(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "North Korea threatened to attack South Korea.", dt.date(2013, 3, 1))
    threats = [e for e in events if e.plover == "THREATEN"]
    assert threats and threats[0].cameo.startswith("13")
    assert not [e for e in events if e.plover == "ASSAULT" and e.modality == "asserted"]


def test_counts_of_people_attach_to_their_event(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Syrian troops killed 12 civilians in Homs on Monday.", dt.date(2012, 2, 8))
    killed = [a for e in events for a in e.amounts if a.unit == "killed"]
    assert killed and killed[0].value == 12
    assaults = [e for e in events if e.plover == "ASSAULT"]
    assert assaults and assaults[0].date == dt.date(2012, 2, 6)


def test_nominal_event_by_two_actors(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "The signing of a deal by India and Pakistan was delayed.", dt.date(2005, 1, 1))
    signing = [e for e in events if e.cameo == "057"]
    assert signing and countries(signing[0]) == {"IND", "PAK"}


def test_place_from_sentence_before_dateline(nlp, coder, resolver):
    text = "Putin met Erdogan in Sochi."
    doc = nlp(text)
    sochi = Place("Sochi", "RUS", 43.6, 39.7, "city", "sentence", start=text.index("Sochi"), end=len(text) - 1)
    dateline = Place("Moscow", "RUS", 55.7, 37.6, "city", "dateline")
    events, _ = EventCoder().code(doc, ActorResolver().resolve(doc, dt.date(2018, 9, 18)),
                                  CodingContext("t", dt.date(2018, 9, 18), (sochi,), dateline))
    assert events and events[0].place.name == "Sochi"


def test_threat_target_comes_from_its_content(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Venezuela threatened to annex the Essequibo region of Guyana.",
                     dt.date(2023, 12, 1))
    assert find(events, "THREATEN", "VEN", "GUY")


def test_forces_withdrawn_are_the_source(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Iraqi forces pulled out of Kuwait City on Tuesday.", dt.date(1991, 2, 26))
    retreats = [e for e in events if e.plover == "RETREAT"]
    assert retreats and retreats[0].source.sector == "MIL" and retreats[0].target.code == "KWT"


def test_joint_operation_is_cooperation_between_the_pair(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Russian and Chinese warplanes flew a joint patrol over the Sea of Japan.",
                     dt.date(2019, 7, 23))
    assert find(events, "COOPERATE", "RUS", "CHN")


def test_stated_refusal_is_a_reject(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Serbia said it would never recognise Kosovo.", dt.date(2008, 2, 18))
    rejects = [e for e in events if e.plover == "REJECT"]
    assert rejects and rejects[0].modality == "asserted" and "refusal" in rejects[0].pattern


def test_a_date_of_the_act_agreed_to_is_not_the_agreements(nlp, coder, resolver):
    events, _ = code(nlp, coder, resolver, "Russia and Turkey agreed to meet again in January.", dt.date(2012, 12, 4))
    assert find(events, "AGREE", "RUS", "TUR")[0].date == dt.date(2012, 12, 4)
    events, _ = code(nlp, coder, resolver, "Putin will visit Ankara in January.", dt.date(2012, 12, 4))
    assert find(events, "CONSULT", "RUS", "TUR")[0].date == dt.date(2013, 1, 1)
