"""A user's own event patterns (`--patterns FILE`, `Settings.pattern_files`): read beside the
shipped ones, winning at equal specificity, and refused with a clear reason when malformed."""
from __future__ import annotations

import datetime as dt
import json
import re

from typer.testing import CliRunner

import dateline
from dateline.cli import app
from dateline.model import Article

TEXT = "CAIRO — Egypt and Israel signed a peace treaty in Washington on Monday."
SIGNING_AS_AGREEMENT = """\
# signing a treaty coded as an agreement (CAMEO 030) rather than the table's 057 (SUPPORT)
- cameo: "030"
  mutual: true
  verbs: ["sign treaty"]
"""


def _coded(pattern_files=()):
    article = Article(id="camp-david", raw_text=TEXT, source="test", published=dt.date(1979, 3, 26))
    [result] = dateline.process([article], pattern_files=tuple(pattern_files))
    return {(e.source.code, e.plover, e.target.code) for e in result.events if e.source and e.target}


def test_a_user_pattern_recodes_a_shipped_phrase(tmp_path):
    patterns = tmp_path / "signing.yaml"
    patterns.write_text(SIGNING_AS_AGREEMENT, encoding="utf-8")
    assert ("EGY", "SUPPORT", "ISR") in _coded()
    with_file = _coded([str(patterns)])
    assert ("EGY", "AGREE", "ISR") in with_file and ("EGY", "SUPPORT", "ISR") not in with_file


def test_eval_scores_with_the_users_patterns(tmp_path):
    patterns = tmp_path / "signing.yaml"
    patterns.write_text(SIGNING_AS_AGREEMENT, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": TEXT, "date": "1979-03-26", "events": [
        {"source": "EGY", "type": "AGREE", "target": "ISR", "modality": "asserted"}]}) + "\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(app, ["eval", str(gold)])
    extended = runner.invoke(app, ["eval", str(gold), "--patterns", str(patterns)])
    assert plain.exit_code == 0 and extended.exit_code == 0, plain.output + extended.output
    recall = lambda output: float(re.search(r"recall (\d\.\d{3})", output).group(1))  # noqa: E731
    assert recall(plain.output) == 0.0
    assert recall(extended.output) == 1.0


def test_a_bad_pattern_file_stops_the_run_with_its_reason(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('- cameo: "999"\n  verbs: [cede]\n', encoding="utf-8")
    source = tmp_path / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "news.duckdb"
    result = CliRunner().invoke(app, ["process", str(source), "--db", str(db), "--patterns", str(bad)])
    assert result.exit_code != 0
    assert "bad.yaml" in result.output and "999" in result.output and "eventcodes.tsv" in result.output
    assert not db.exists()              # refused before anything was opened or written


def test_a_missing_or_malformed_pattern_file_is_named(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["eval", "--patterns", str(tmp_path / "none.yaml")])
    assert missing.exit_code != 0 and "cannot read pattern file" in missing.output
    listless = tmp_path / "words.yaml"
    listless.write_text("- cede\n", encoding="utf-8")
    malformed = runner.invoke(app, ["eval", "--patterns", str(listless)])
    assert malformed.exit_code != 0 and "each entry must be a mapping" in malformed.output
