"""Actor resolution, round 21: whole wire articles, where a bare role or "the country" took a foreign country
named nearby, found with a probe bank of 42 articles written and labelled before the resolver ran
(`tests/data/actor_probes_round21.jsonl`). A bare role that falls back on the sentences before is of the dateline's
country, not of an onlooker reacting from abroad; "the country" in what a state's voice says is the speaker's own;
what a country acts on, or is accused of acting on, is not that country. Texts written for these tests; real spaCy
model, no mocks."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def test_a_bare_role_after_foreign_reactions_is_of_the_datelines_country(nlp, resolver):
    found = found_on(nlp, resolver, "HARARE, Zimbabwe (Reuters) - Zimbabwe's army seized the state broadcaster on "
                     "Wednesday. South Africa sent two ministers to mediate. Residents said shops were closed.",
                     2017, 11, 15)
    assert found["Residents"] == {"ZWECVL"}
    found = found_on(nlp, resolver, "DHAKA, Bangladesh (AP) — Bangladesh's government banned the rally on Sunday. "
                     "The United States urged restraint. Police arrested 40 opposition activists.", 2014, 1, 5)
    assert found["Police"] == {"BGDCOP"}
    # a state voice too: the minister after Washington's reaction is Sudan's
    found = found_on(nlp, resolver, "KHARTOUM, Sudan (Reuters) - Sudan said on Friday that U.S. missiles had hit a "
                     "factory. Washington said the plant made nerve gas. Interior Minister Abdel Rahim Hussein said "
                     "the claim was false.", 1998, 8, 21)
    assert found["Interior Minister Abdel Rahim Hussein"] == {"SDNGOV"}


def test_the_dateline_the_cleaner_cut_tells_the_country_too(nlp, resolver):
    doc = nlp("Zimbabwe's army seized the state broadcaster on Wednesday. South Africa sent two ministers to "
              "mediate. Residents said shops were closed.")
    found = {m.text: m.actor.code for m in resolver.resolve(doc, dt.date(2017, 11, 15), "HARARE")}
    assert found["Residents"] == "ZWECVL"
    # without a dateline, the onlooker named last is still who the role follows (the older rule)
    found = {m.text: m.actor.code for m in resolver.resolve(doc, dt.date(2017, 11, 15))}
    assert "Residents" in found


def test_the_country_in_what_a_state_voice_says_is_the_speakers(nlp, resolver):
    found = found_on(nlp, resolver, "Iraq fired missiles at Israel on Friday. Israeli officials said the country "
                     "would respond.", 1991, 1, 18)
    assert found["the country"] == {"ISR"}
    found = found_on(nlp, resolver, "Britain and the United States criticised the vote. Opposition leader Raila "
                     "Odinga said the vote would isolate the country.", 2013, 11, 25)
    assert found["the country"] == {"KEN"}
    # not when another country is named before in the sentence: the speaker talks about it
    found = found_on(nlp, resolver, "Iran shot down a U.S. drone, and President Donald Trump said the country had "
                     "made a very big mistake.", 2019, 6, 20)
    assert found["the country"] == {"IRN"}


def test_what_a_country_acts_on_or_is_accused_of_acting_on_is_another(nlp, resolver):
    found = found_on(nlp, resolver, "Prime Minister Fouad Siniora called for a ceasefire. Israel imposed a naval "
                     "blockade on the country.", 2006, 7, 14)
    assert found["the country"] == {"LBN"}
    found = found_on(nlp, resolver, "The junta in Niamey accused France of plotting to attack the country.",
                     2023, 8, 10)
    assert found["the country"] == {"NER"}
