"""Sentences end at the breaks of a page: spaCy's parser ran a headline, a heading or a bullet into the next
sentence ("Sudan army, RSF clash in Khartoum\\nSudan's army and ... fought", one sentence, coded nothing), even
across a blank line. A hard-wrapped paragraph keeps its sentences whole. Real spaCy model."""
from __future__ import annotations

import datetime as dt

import dateline
from dateline import nlp as nlp_module
from dateline.model import Article

BODY = ("Sudan's army and the paramilitary Rapid Support Forces fought for control of the presidential palace in "
        "Khartoum on Monday, witnesses said.")


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in nlp_module.load()(text).sents]


def test_a_headline_line_is_its_own_sentence():
    assert sentences(f"Sudan army, RSF clash in Khartoum\n{BODY}") == ["Sudan army, RSF clash in Khartoum", BODY]
    assert sentences(f"Sudan army, RSF clash in Khartoum\n\n{BODY}") == ["Sudan army, RSF clash in Khartoum", BODY]


def test_bullets_open_sentences():
    assert sentences("Key points\n- Russia fired 90 missiles\n- Ukraine shot down 60") == [
        "Key points", "- Russia fired 90 missiles", "- Ukraine shot down 60"]


def test_a_hard_wrapped_paragraph_keeps_its_sentences():
    text = ("Turkey asked NATO on Monday to deploy Patriot\nmissiles along its border with Syria, the ministry said after\n"
            "Erdogan met NATO officials in Ankara on\nSunday.")
    assert sentences(text) == [text]


def test_the_event_under_a_headline_is_coded():
    article = Article(id="h", raw_text=f"Sudan army, RSF clash in Khartoum\n{BODY}", published=dt.date(2024, 4, 15),
                      published_origin="metadata")
    result = next(iter(dateline.process([article])))
    fights = {(e.source.code, e.target.code) for e in result.events if e.plover == "ASSAULT" and e.source and e.target}
    assert ("SDNMIL", "SDNREB") in fights
