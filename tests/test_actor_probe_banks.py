"""The actor probe banks (tests/data/actor_probes_round*.jsonl) that each round of the actor resolver wrote and
labelled before running it: every file is in the gold format `dateline eval-actors` reads, each mention's
offsets point at its text, and its kind is one that the scorer counts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

BANKS = sorted((Path(__file__).parent / "data").glob("actor_probes_round*.jsonl"))


def test_every_round_since_the_eighth_left_a_probe_bank():
    assert len(BANKS) >= 7


@pytest.mark.parametrize("bank", BANKS, ids=[bank.stem for bank in BANKS])
def test_a_probe_bank_is_well_formed(bank):
    records = [json.loads(line) for line in bank.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 40
    for record in records:
        assert record["mentions"], record["text"]
        for mention in record["mentions"]:
            start = mention["start"]
            assert record["text"][start:start + len(mention["text"])] == mention["text"]
            assert mention["kind"] in ("name", "description", "role", "pronoun")
