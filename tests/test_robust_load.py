"""Issue 9.4, the suite's short version of bench/bench_load.py: a few concurrent clients for a few
seconds against a real `dateline serve` on 127.0.0.1, mixing reads and posts. No errors and no
lost post (every article answered 200 is in the store afterwards). No timing is asserted: the
latency figures are the benchmark's job (`python -m bench.run --only load`)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_load import MIX, load, markdown  # noqa: E402


def test_short_load_has_no_errors_and_loses_no_post(tmp_path):
    figures = load(clients=4, seconds=4, workdir=tmp_path)
    tally = figures["tally"]
    report = markdown(figures, "pytest tests/test_robust_load.py")
    assert sum(tally.errors.values()) == 0, report
    assert figures["lost"] == [], report
    assert figures["runs_reconcile"], report
    assert all(tally.latencies[name] for name, _ in MIX if name != "POST /articles"), report
    assert tally.posted >= 1 and len(tally.accepted) >= 5 + 1, report
