"""The learned verifier/proposer beside the rules (events/learned.py), with the real spaCy model, the
real actor resolver and the shipped weights; and the determinism of its training script."""
from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from dateline.settings import Settings
from dateline.events import CodingContext, EventCoder
from dateline.events import learned
from dateline.events.learned import CLASSES, WEIGHTS_FILE, level_of, shipped_proposer
from dateline.events.tables import DATA

ROOT = Path(__file__).resolve().parent.parent
DATE = dt.date(2021, 5, 1)


def code(nlp, resolver, coder, text):
    doc = nlp(text)
    mentions = resolver.resolve(doc, DATE)
    events, _ = coder.code(doc, mentions, CodingContext(article_id="t", date=DATE))
    return events


def keys(events):
    return [(e.plover, e.source.code if e.source else None, e.target.code if e.target else None) for e in events]


@pytest.fixture(scope="module")
def coders():
    return {level: EventCoder(learned=level) for level in ("off", "verify", "full")}


def test_shipped_weights_load():
    path = Path(str(DATA / WEIGHTS_FILE))
    assert path.stat().st_size < 2_000_000
    model = shipped_proposer("full")
    assert model.weights.shape == (len(model.features), len(CLASSES))
    assert model.verifier_weights.shape == (len(model.verifier_features), 2)
    assert "bias" in model.vocab and "bias" in model.verifier_vocab
    assert 0 < model.threshold < 1 and 0 < model.verify < 1
    assert set(model.config["trained_on"]) == {"events_gold", "events_heldout", "events_fresh_even",
                                               "events_fresh2_even", "events_fresh3_even", "events_fresh4_even",
                                               "events_fresh5_even", "events_fresh6_even"}
    # never a set kept for honest scoring
    assert not any(name.endswith(("_odd", "_test", "_second")) for name in model.config["trained_on"])
    assert shipped_proposer("verify").threshold > 1          # the verify level proposes nothing


def test_switch_levels(monkeypatch):
    monkeypatch.delenv(learned.ENV_FLAG, raising=False)
    assert level_of(None) == "off" and Settings().learned_events == "off"     # off unless asked for
    assert EventCoder().learned is None
    monkeypatch.setenv(learned.ENV_FLAG, "verify")
    assert level_of(None) == "verify" and Settings().learned_events == "verify"
    assert EventCoder().learned is not None
    monkeypatch.setenv(learned.ENV_FLAG, "1")
    assert level_of(None) == "full"
    assert level_of(False) == "off" and level_of(True) == "full"
    with pytest.raises(ValueError):
        level_of("sometimes")


# Sentences the rules miss and the shipped model codes: they show the mechanism (evidence, codes, same
# output twice), not its accuracy (`dateline eval --learned full`); a retrained model may need others.
@pytest.mark.parametrize("text, plover, source, target", [
    # (the rules read "moved thousands of troops" since the twenty-sixth session: "soldiers" is no pattern word)
    ("Turkey moved more soldiers to its border with Syria.", "MOBILIZE", "TURMIL", "SYR"),
    ("India and France will co-produce submarines for the Indian navy, the two governments said.",
     "COOPERATE", "FRA", "IND"),
])
def test_proposer_codes_what_the_rules_miss(nlp, resolver, coders, text, plover, source, target):
    assert code(nlp, resolver, coders["off"], text) == []    # the rules code nothing here
    events = code(nlp, resolver, coders["full"], text)
    found = [e for e in events if (e.plover, e.source.code, e.target.code) == (plover, source, target)]
    assert found, keys(events)
    event = found[0]
    assert event.pattern == f"learned:{plover}"
    assert event.confidence >= shipped_proposer("full").threshold
    assert event.cameo.startswith(learned.CAMEO_OF_TYPE[plover][:2]) and event.quad_class in (1, 2, 3, 4)
    assert "learned proposer" in event.explanation and event.trigger
    assert text[event.trigger_start:event.trigger_end] == event.trigger
    # the same input gives the same output
    assert [e.id for e in code(nlp, resolver, coders["full"], text)] == [e.id for e in events]


def test_off_keeps_the_rules_output(nlp, resolver, coder, coders, voa_text):
    # `coder` is the shared plain EventCoder(): with the switch off the hook does nothing
    texts = [voa_text, "Russia ordered the call-up of 100,000 reservists to fight in Georgia.",
             "Turkey accused Syria of shelling its border town on Tuesday."]
    for text in texts:
        plain = code(nlp, resolver, EventCoder(learned=False), text)
        assert [e.id for e in code(nlp, resolver, coders["off"], text)] == [e.id for e in plain]
        assert not any(e.pattern.startswith("learned:") for e in plain)


def test_verify_only_drops_rule_events(nlp, resolver, coders, voa_text):
    rules = code(nlp, resolver, coders["off"], voa_text)
    verified = code(nlp, resolver, coders["verify"], voa_text)
    assert {e.id for e in verified} <= {e.id for e in rules}
    assert not any(e.pattern.startswith("learned:") for e in verified)
    full = code(nlp, resolver, coders["full"], voa_text)
    assert {e.id for e in full if not e.pattern.startswith("learned:")} == {e.id for e in verified}


def _training_script():
    spec = importlib.util.spec_from_file_location("train_event_model", ROOT / "tools" / "train_event_model.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_event_model"] = module
    spec.loader.exec_module(module)
    return module


def test_training_is_deterministic():
    script = _training_script()
    texts = script.prepare(("events_fresh_even",))
    hyper = dict(script.HYPER, epochs=30)
    first = script.train(texts, "all", False, 0.2, hyper, verify=0.25)
    second = script.train(script.prepare(("events_fresh_even",)), "all", False, 0.2, hyper, verify=0.25)
    assert first.features == second.features and first.verifier_features == second.verifier_features
    assert np.array_equal(first.weights, second.weights)
    assert np.array_equal(first.verifier_weights, second.verifier_weights)
    assert first.config == second.config and first.config["positives"] > 0


def test_process_with_the_learned_level_stores_what_it_codes(tmp_path):
    from typer.testing import CliRunner
    from dateline.cli import app
    from dateline.store import Store

    article = tmp_path / "mobilise.txt"
    article.write_text("Turkey moved more soldiers to its border with Syria.\n", encoding="utf-8")
    patterns = {}
    for level in ("off", "full"):
        db = str(tmp_path / f"{level}.duckdb")
        result = CliRunner().invoke(app, ["process", str(article), "--db", db, "--workers", "1", "-q",
                                          "--published", "2008-08-10", "--learned", level])
        assert result.exit_code == 0, result.output
        with Store(db) as store:
            patterns[level] = [e["pattern"] for e in store.events(modality=None)]
    assert not any(p.startswith("learned:") for p in patterns["off"])
    assert "learned:MOBILIZE" in patterns["full"]
    bad = CliRunner().invoke(app, ["process", str(article), "--db", str(tmp_path / "x.duckdb"), "--learned", "always"])
    assert bad.exit_code != 0 and "--learned must be off, verify or full" in bad.output
