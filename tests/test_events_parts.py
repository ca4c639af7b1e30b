"""The event coder's parts: CAMEO tables, pattern files, amounts, dates, modality."""
from __future__ import annotations

import datetime as dt

import pytest

from dateline.events import dates
from dateline.events.amounts import find_amounts, parse_value
from dateline.events.patterns import PatternError, build_lexicon, default_lexicon, rules_from_yaml
from dateline.events.tables import load_tables, quad_class_of
from dateline.model import PLOVER_TYPES


def test_tables_give_quad_class_goldstein_and_plover():
    tables = load_tables()
    assert [quad_class_of(c) for c in ("040", "057", "061", "084", "111", "130", "145", "190", "2042")] == \
        [1, 1, 2, 2, 3, 3, 4, 4, 4]
    assert tables.goldstein("190") == -10.0 and tables.goldstein("040") == 1.0
    assert tables.plover("0841") == "RETREAT" and tables.plover("163") == "COERCE"
    assert tables.plover("0234") == "REQUEST"          # appeals, from plover-extra.tsv
    assert tables.plover("010") is None                # statements are not events


def test_every_shipped_pattern_uses_a_real_code_and_all_types_are_covered():
    lexicon = default_lexicon()
    tables = lexicon.tables
    ours = [r for table in (lexicon.verbs, lexicon.nouns, lexicon.adjectives) for rules in table.values()
            for r in rules if not r.petrarch_block]
    assert ours
    for rule in ours:
        assert tables.exists(rule.cameo), rule.name
        assert rule.plover in PLOVER_TYPES, rule.name
        assert all(tables.exists(code) for _, code in rule.refine), rule.name
    assert {r.plover for r in ours} == set(PLOVER_TYPES)
    kinds = {r.kind for r in ours}
    assert kinds == {"verb", "noun", "adjective"}


def test_pattern_file_errors_are_readable():
    with pytest.raises(PatternError, match="not in eventcodes"):
        rules_from_yaml('- cameo: "999"\n  verbs: [frobnicate]\n', load_tables(), "mine.yaml")
    with pytest.raises(PatternError, match="no PLOVER type"):
        rules_from_yaml('- cameo: "010"\n  verbs: [say]\n', load_tables(), "mine.yaml")


def test_user_pattern_file_adds_rules(tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text('- cameo: "1823"\n  verbs: ["liquidate"]\n', encoding="utf-8")
    lexicon = build_lexicon(pattern_files=[extra])
    rule = lexicon.match("verb", ("liquidate",), frozenset())
    assert rule is not None and rule.plover == "ASSAULT"


def test_multiword_patterns_need_their_arguments():
    lexicon = default_lexicon()
    assert lexicon.match("verb", ("hold",), frozenset({"talks", "talk"})).cameo == "040"
    assert lexicon.match("verb", ("impose",), frozenset({"sanctions", "sanction", "on"})).cameo == "163"
    assert lexicon.match("verb", ("put",), frozenset({"on", "on alert"})).cameo == "152"
    assert lexicon.match("adjective", ("critical",), frozenset({"of"})).cameo == "111"


@pytest.mark.parametrize("text,value", [("$30 billion", 30e9), ("1,200", 1200), ("two million", 2e6),
                                        ("12 percent", 12), ("$1.5bn", 1.5e9), ("dozens", None)])
def test_parse_value(text, value):
    assert parse_value(text) == value


def test_amounts_roles_and_people(nlp):
    doc = nlp("They agreed to triple the current $30 billion in trade to $100 billion.")
    found = {(a.value, a.currency, a.role) for a, _ in find_amounts(list(doc.sents)[0])}
    assert found == {(30e9, "USD", "from"), (100e9, "USD", "to")}
    doc = nlp("Police arrested 40 protesters and troops killed 12 people.")
    units = {(a.value, a.unit) for a, _ in find_amounts(list(doc.sents)[0])}
    assert (40, "arrested") in units and (12, "killed") in units


@pytest.mark.parametrize("text,expected", [
    ("on Monday", dt.date(2012, 12, 3)), ("Saturday", dt.date(2012, 12, 1)), ("yesterday", dt.date(2012, 12, 2)),
    ("last week", dt.date(2012, 11, 26)), ("in 2011", dt.date(2011, 1, 1)), ("March 3", dt.date(2012, 3, 3)),
    ("December 20", dt.date(2012, 12, 20)), ("two days ago", dt.date(2012, 12, 1)),
    ("last month", dt.date(2012, 11, 3)), ("3 March 2009", dt.date(2009, 3, 3))])
def test_dates_resolve_against_the_article_date(text, expected):
    assert dates.resolve(text, dt.date(2012, 12, 3)) == expected


def test_month_day_far_ahead_is_last_year():
    assert dates.resolve("November 20", dt.date(2013, 1, 5)) == dt.date(2012, 11, 20)


def test_future_weekday_for_intended_events():
    assert dates.resolve("Friday", dt.date(2012, 12, 3), future=True) == dt.date(2012, 12, 7)


def test_a_month_without_a_year_is_the_last_one_for_a_fact_and_the_next_one_for_a_plan():
    assert dates.resolve("in January", dt.date(2012, 12, 4)) == dt.date(2012, 1, 1)
    assert dates.resolve("in January", dt.date(2012, 12, 4), future=True) == dt.date(2013, 1, 1)
    assert dates.resolve("in December", dt.date(2012, 12, 4), future=True) == dt.date(2012, 12, 1)


def test_unknown_date_words_give_none():
    assert dates.resolve("the other day", dt.date(2012, 12, 3)) is None
