"""A short wire item that names no country: its bare roles ("Police", "officials", "Militants") are of the
dateline's country, which the cleaner cuts from the text (the evaluation, which codes the raw text with the
dateline in it, already read them so). Real pipeline: cleaning, spaCy, actors, places, coder."""
from __future__ import annotations

import datetime as dt

import dateline
from dateline.model import Article


def read(text: str):
    article = Article(id="dl", raw_text=text, published=dt.date(2024, 3, 4), published_origin="metadata")
    result = next(iter(dateline.process([article])))
    assert result.status == "processed", result.status_detail
    return result


def test_bare_roles_take_the_dateline_country():
    result = read("KABUL (Reuters) - Militants attacked a police post on Monday, killing 20 people, officials said. "
                  "Police arrested 15 suspects.")
    codes = {m.text: m.actor.code for m in result.mentions}
    assert codes["Police"] == "AFGCOP" and codes["Militants"] == "AFGREB"
    arrests = [(e.source.code, e.target.code) for e in result.events if e.plover == "COERCE"]
    assert arrests == [("AFGCOP", "AFGCVL")]


def test_a_country_named_in_the_text_still_wins():
    result = read("WASHINGTON (Reuters) - Iranian police arrested 15 protesters in Tehran on Monday. "
                  "Police said they had broken the law.")
    assert {m.actor.country for m in result.mentions if m.text == "Police"} == {"IRN"}


def test_no_dateline_no_country():
    result = read("Police arrested 15 suspects on Monday, officials said.")
    assert [m for m in result.mentions if m.text == "Police"] == []
