"""PETRARCH compatibility: the verb dictionary reader and `dateline code --petrarch-xml`."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.events.petrarch import DictionaryError, parse_verb_dictionary, read_verb_dictionary
from dateline.events.tables import DATA

VERBS = """# a small verb dictionary in PETRARCH format
&ARTILLERY
+ARTILLERY
+MORTARS

--- MEET [040] ---
MEET {MEETS MET MEETING}
+MEET_WITH

--- DENOUNCE [111] ---
DENOUNCE
CONDEMN  # comment

--- ATTACK [190] ---
ATTACK
SHELL [194]
- * WITH &ARTILLERY [194]

--- RESTORE [---] ---
RESTORE
- * DIPLOMATIC TIES WITH + [054]
"""

ACTORS = """ERIADOR_
[ERI]
GONDOR_
[GON]
MORDOR_
[MOR]
KING_ARAGORN_
+ARAGORN_
[GONGOV]
"""

RECORDS = """<Validation>
<Environment>
<Verbfile name="verbs.txt"></Verbfile>
<Actorfile name="actors.txt"></Actorfile>
</Environment>
<Sentence date="20150805" id="T-01" category="DEMO">
<EventCoding sourcecode="ERI" targetcode="GON" eventcode="054"></EventCoding>
<Text>Eriador restored diplomatic ties with Gondor on Saturday.</Text>
</Sentence>
<Sentence date="20150805" id="T-02" category="DEMO">
<EventCoding sourcecode="MOR" targetcode="GON" eventcode="194"></EventCoding>
<Text>Mordor attacked Gondor with artillery.</Text>
<Parse>(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Gondor)))))</Parse>
</Sentence>
<Sentence date="20150805" id="T-03" category="DEMO">
<EventCoding sourcecode="GONGOV" targetcode="MOR" eventcode="111"></EventCoding>
<Text>King Aragorn condemned Mordor.</Text>
</Sentence>
<Sentence date="20150805" id="T-04" category="DEMO">
<EventCoding sourcecode="ERI" targetcode="GON" eventcode="040"></EventCoding>
<Text>Eriador met with Gondor in Minas Tirith.</Text>
</Sentence>
<Sentence date="20150805" id="T-05" category="DEMO">
<EventCoding noevents="True"></EventCoding>
<Text>The weather in Gondor was mild.</Text>
</Sentence>
<Sentence date="20150805" id="T-06" category="DEMO">
<EventCoding sourcecode="MOR" targetcode="ERI" eventcode="1823"></EventCoding>
<Text>Mordor praised Eriador.</Text>
</Sentence>
</Validation>
"""


def test_reads_the_shipped_cameo_verb_dictionary():
    dictionary = read_verb_dictionary(DATA / "CAMEO.verbpatterns.150430.txt")
    assert len(dictionary.verbs) > 1000
    assert dictionary.entries("criticize")[0].code == "111"
    assert ("with",) in {e.particles for e in dictionary.entries("meet")}
    assert "agreement" in dictionary.synsets["treaty"]
    pattern = dictionary.best_pattern("SIGN", ["russia"], ["a", "trade", "agreement", "with", "china"])
    assert pattern is not None and pattern.code == "061"


def test_blocks_codes_patterns_and_synsets():
    dictionary = parse_verb_dictionary(VERBS)
    assert dictionary.entries("shell")[0].code == "194"           # a verb's own code beats its block's
    assert dictionary.entries("condemn")[0].code == "111"
    assert dictionary.entries("restore")[0].code is None          # [---]
    assert dictionary.best_pattern("ATTACK", [], ["gondor", "with", "mortars"]).code == "194"
    assert dictionary.best_pattern("ATTACK", [], ["gondor", "with", "swords"]) is None


def test_not_a_verb_dictionary_is_refused(tmp_path):
    with pytest.raises(DictionaryError, match="no verb blocks"):
        parse_verb_dictionary("JUST_A_NAME_\n[ABC]\n")
    with pytest.raises(DictionaryError, match="cannot read"):
        read_verb_dictionary(tmp_path / "missing.txt")


@pytest.fixture
def validation_dir(tmp_path) -> Path:
    (tmp_path / "verbs.txt").write_text(VERBS, encoding="utf-8")
    (tmp_path / "actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "records.xml").write_text(RECORDS, encoding="utf-8")
    return tmp_path


def test_code_petrarch_xml_reproduces_codings(validation_dir):
    result = CliRunner().invoke(app, ["code", "--petrarch-xml", str(validation_dir / "records.xml")])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1] == "reproduced 4 of 5 expected codings"
    assert "T-02" in result.output and "expected: MOR 194 GON" in result.output
    assert "produced: MOR 194 GON *" in result.output
    assert "expected: MOR 1823 ERI" in result.output          # not what the text says: not reproduced


def test_missing_dictionary_is_a_clear_error(validation_dir):
    (validation_dir / "verbs.txt").unlink()
    result = CliRunner().invoke(app, ["code", "--petrarch-xml", str(validation_dir / "records.xml")])
    assert result.exit_code == 2
    assert "verbs.txt" in result.output and "Traceback" not in result.output


def test_bad_xml_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<Validation><Sentence>", encoding="utf-8")
    result = CliRunner().invoke(app, ["code", "--petrarch-xml", str(bad)])
    assert result.exit_code == 2 and "not well-formed" in result.output
