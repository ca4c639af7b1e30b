"""The event probe banks (tests/data/event_probes_*.jsonl) that each round of the event coder wrote and labelled
before running it: every file is in the gold format `dateline eval` reads (each record with an id, a text, a date
and its expected events, each event with both sides, its type and modality; the countries of its sides are optional), and the scorer reads it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval.events import read_gold

BANKS = sorted((Path(__file__).parent / "data").glob("event_probes_*.jsonl"))


def test_every_round_since_the_eighth_left_a_probe_bank():
    assert len(BANKS) >= 11


@pytest.mark.parametrize("bank", BANKS, ids=[bank.stem for bank in BANKS])
def test_a_probe_bank_uses_the_gold_format(bank):
    records = [json.loads(line) for line in bank.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 30
    for record in records:
        assert {"id", "text", "date", "events"} <= set(record)
        for event in record["events"]:
            assert {"source", "type", "target", "modality"} <= set(event)     # (countries are optional)
    assert len(read_gold(bank)) == len(records)
