"""Amounts as the wire writes them: bounds ("at least 20", "up to 40%", "some 5,000"), vague counts
("dozens", "tens of thousands"), ranges ("12 to 15", "20-30", "between 30 and 40"), and a "from X to Y" that
spaCy tags as one entity read as two amounts. Real spaCy parses; stored in a real DuckDB file and shown by the CLI."""
from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.events.amounts import find_amounts, read_amount


def amounts_of(nlp, text: str) -> list[tuple]:
    sentence = next(iter(nlp(text).sents))
    return [(a.value, a.bound, a.high, a.unit or a.currency, a.role) for a, _ in find_amounts(sentence)]


@pytest.mark.parametrize("text,expected", [
    ("At least 20 people were killed in the attack.", (20.0, "min", None, "killed", "total")),
    ("More than 300 protesters were arrested.", (300.0, "min", None, "arrested", "total")),
    ("Up to 40 percent of the budget was cut.", (40.0, "max", None, "percent", "change")),
    ("Fewer than 10 civilians were wounded.", (10.0, "max", None, "wounded", "total")),
    ("Some 5,000 people fled the fighting.", (5000.0, "about", None, "displaced", "total")),
    ("An estimated 2 million people were displaced.", (2e6, "about", None, "displaced", "total")),
    ("The attack killed 25 people.", (25.0, None, None, "killed", "total")),
])
def test_a_bound_word_before_the_number_is_kept(nlp, text, expected):
    assert amounts_of(nlp, text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Dozens of people were killed.", (24.0, "min", None, "killed", "total")),
    ("Hundreds were arrested.", (200.0, "min", None, "arrested", "total")),
    ("Tens of thousands of people fled.", (20000.0, "min", None, "displaced", "total")),
])
def test_a_vague_plural_is_a_lower_bound(nlp, text, expected):
    assert amounts_of(nlp, text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The blast killed 12 to 15 people.", (12.0, "range", 15.0, "killed", "total")),
    ("Officials said 20-30 people were killed.", (20.0, "range", 30.0, "killed", "total")),
    ("Between 20 and 30 soldiers died.", (20.0, "range", 30.0, "killed", "total")),
    ("Police arrested between 50 and 60 protesters.", (50.0, "range", 60.0, "arrested", "total")),
    ("The project will cost $2 billion to $3 billion.", (2e9, "range", 3e9, "USD", "total")),
])
def test_a_range_is_one_amount_with_both_ends(nlp, text, expected):
    assert amounts_of(nlp, text) == [expected]


def test_from_x_to_y_in_one_entity_is_two_amounts(nlp):
    # spaCy tags "$30 billion to $100 billion" as one MONEY entity: it was read as a single 100 billion
    assert amounts_of(nlp, "They will triple trade from $30 billion to $100 billion.") == [
        (30e9, None, None, "USD", "from"), (100e9, None, None, "USD", "to")]
    assert amounts_of(nlp, "Trade rose from 10 percent to 12 percent.") == [
        (10.0, None, None, "percent", "from"), (12.0, None, None, "percent", "to")]


def test_two_amounts_of_other_kinds_are_not_a_range(nlp):
    assert amounts_of(nlp, "The budget rose by 5% to $3 billion.") == [
        (5.0, None, None, "percent", "change"), (3e9, None, None, "USD", "to")]


def test_years_are_no_range_of_counts(nlp):
    assert amounts_of(nlp, "Between 2010 and 2012, 300 people died.") == [(300.0, None, None, "killed", "total")]


def test_read_amount_words():
    assert read_amount("2 to 3 million") == (2e6, "range", 3e6)
    assert read_amount("300", before=("killed", "more", "than")) == (300.0, "min", None)
    assert read_amount("nearly $2 billion") == (2e9, "max", None)
    assert read_amount("dozens") == (24.0, "min", None)


def test_bounds_are_stored_and_shown(tmp_path):
    text = ("KABUL — At least 20 people were killed when militants attacked an Afghan police post on Monday, "
            "officials said. Afghan police arrested 12 to 15 suspects.")
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "b1", "date": "2024-03-04", "text": text}) + "\n")
    db = tmp_path / "b.duckdb"
    runner = CliRunner()
    done = runner.invoke(app, ["process", str(source), "--db", str(db)])
    assert done.exit_code == 0, done.output
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT value, unit, bound, high FROM amounts ORDER BY value").fetchall()
    con.close()
    assert (12.0, "arrested", "range", 15.0) in rows and (20.0, "killed", "min", None) in rows
    shown = runner.invoke(app, ["show", "b1", "--db", str(db)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "at least 20 killed" in shown.output and "12-15 arrested" in shown.output
