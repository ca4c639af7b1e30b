"""Reported speech: statements, quote records and speakers of inner events."""
from __future__ import annotations

import datetime as dt

from dateline.actors import ActorResolver
from dateline.events import CodingContext, EventCoder


def run(nlp, text, date=dt.date(2012, 12, 3)):
    doc = nlp(text)
    return EventCoder().code(doc, ActorResolver().resolve(doc, date), CodingContext("s", date))


def test_indirect_speech_gives_quote_and_speaker(nlp):
    events, quotes = run(nlp, "Putin said Russia is not protecting the government in Syria.")
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.kind == "indirect" and quote.verb == "said"
    assert quote.speaker is not None and quote.speaker.code == "RUSGOV"
    assert quote.text.startswith("Russia is not protecting")
    text = "Putin said Russia is not protecting the government in Syria."
    assert text[quote.start:quote.end].strip().startswith("Russia")
    inner = [e for e in events if e.source and e.source.code == "RUS"]
    assert inner and inner[0].speaker.code == "RUSGOV" and inner[0].modality == "negated"


def test_direct_quote_is_marked_direct(nlp):
    events, quotes = run(nlp, '"We will not attack Iran," Netanyahu said on Sunday.', dt.date(2012, 9, 2))
    assert quotes and quotes[0].kind == "direct"
    assert "attack Iran" in quotes[0].text


def test_pronoun_subject_of_a_statement_is_the_speaker(nlp):
    events, _ = run(nlp, "Erdogan said he will meet Assad next week.", dt.date(2010, 5, 1))
    meets = [e for e in events if e.plover == "CONSULT"]
    assert meets and meets[0].source.country == "TUR" and meets[0].modality == "intended"
    assert meets[0].speaker.code == "TURGOV"


def test_quotes_command_lists_stored_quotes(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    runner = CliRunner()
    article = tmp_path / "a.txt"
    article.write_text("Putin said Russia is not protecting the government in Syria.\n", encoding="utf-8")
    db = str(tmp_path / "q.duckdb")
    assert runner.invoke(app, ["process", str(article), "--db", db, "--published", "2012-12-03", "-q"]).exit_code == 0
    result = runner.invoke(app, ["quotes", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert '"kind": "indirect"' in result.output and "RUSGOV" in result.output
    table = runner.invoke(app, ["quotes", "--db", db])
    assert "1 quotes" in table.output
