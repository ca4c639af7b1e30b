"""Event coder, round 14: conventions shared by several annotators. Giving up power that is agreed or promised
is coded as the concession itself, aimed at whoever pressed for it ("the president agreed to resign"); a
participle beside a promise says why it was made ("pledged not to run again, bowing to the protesters"); and a
pair that speaks (or has not spoken) consults each other, while one party speaking to an audience does not.
Sentences written for these tests, coded with the real spaCy model, actor resolver and gazetteer."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_rules import code, gazetteer, triples  # noqa: E402,F401  (the same coding as the rule tests)


# -- giving up power, agreed or promised ---------------------------------------------------------------
def test_agreeing_to_resign_is_a_concession_to_the_protesters(code):
    events = code("Thousands of Armenians rallied in Yerevan for ten days. The Armenian prime minister agreed to resign.")
    assert ("ARMGOV", "CONCEDE", "ARMCVL", "intended") in events
    assert not any(p == "AGREE" for _, p, _ in triples(events))


def test_promising_to_step_down_is_a_concession(code):
    events = triples(code("Crowds filled the streets of Tbilisi for weeks. The Georgian president promised to step down."))
    assert ("GEOGOV", "CONCEDE", "GEOCVL") in events


def test_agreeing_to_let_a_fund_lend_stays_an_agreement(code):
    # only power given up becomes the concession: other content of an agreement stays the agreement's
    events = triples(code("Germany and France agreed to let the rescue fund lend to banks."))
    assert not any(p == "CONCEDE" for _, p, _ in events)


def test_power_agreed_to_be_handed_over_is_not_yielded_to_the_crowd(code):
    # power handed over goes to someone (annotators: the incoming government), not to the protesters
    events = triples(code("Protesters stormed the palace. The Burkinabe army agreed to hand over power."))
    assert not any(p == "CONCEDE" and t and t.endswith("CVL") for _, p, t in events)


# -- a participle beside a promise says why it was made -------------------------------------------------
def test_bowing_to_protesters_beside_a_promise_is_a_concession(code):
    events = triples(code("Algeria's president pledged not to seek a fifth term, bowing to the protesters."))
    assert ("DZAGOV", "CONCEDE", "DZACVL") in events
    events = triples(code("The Sudanese president promised early elections, bowing to the demonstrators."))
    assert ("SDNGOV", "CONCEDE", "SDNCVL") in events


# -- a pair that speaks consults each other -----------------------------------------------------------------
def test_a_pair_that_spoke_consulted(code):
    events = triples(code("The Greek prime minister and his Turkish counterpart spoke on Monday about the migrant crisis."))
    assert ("GRCGOV", "CONSULT", "TURGOV") in events or ("TURGOV", "CONSULT", "GRCGOV") in events


def test_a_pair_that_has_not_spoken_is_a_negated_consultation(code):
    events = code("Chile's foreign minister and his Peruvian counterpart have not spoken since the border ruling.")
    assert {(s, p, t, m) for s, p, t, m in events} & {("CHLGOV", "CONSULT", "PERGOV", "negated"),
                                                     ("PERGOV", "CONSULT", "CHLGOV", "negated")}


def test_one_party_speaking_to_an_audience_is_no_consultation(code):
    assert not code("The Serbian president spoke to reporters in Belgrade on Friday.")
    assert not code("The French president spoke at the United Nations about climate change.")
    assert not code("The German chancellor spoke for an hour in parliament.")
