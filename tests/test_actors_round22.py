"""Actor resolution, round 22: probe-driven on whole articles of domestic politics, courts, protests, the economy
and disasters. The bench and the jury of a trial are the judiciary even when the court is not named with them.
Sentences written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def test_the_bench_and_the_jury_of_a_trial_are_the_judiciary(nlp, resolver):
    found = found_on(nlp, resolver, "SEOUL, South Korea (AP) — South Korea's Constitutional Court removed the "
                                     "president from office. The eight justices ruled unanimously.", 2017, 3, 10)
    assert found["The eight justices"] == {"KORJUD"}
    found = found_on(nlp, resolver, "LOS ANGELES (AP) — A jury found the actor not guilty of murder on Tuesday. "
                                     "The jurors deliberated for less than four hours.", 1995, 10, 3)
    assert found["A jury"] == {"USAJUD"}
    assert found["The jurors"] == {"USAJUD"}
    found = found_on(nlp, resolver, "BRASILIA (Reuters) - Supreme Court Justice Alexandre de Moraes suspended the "
                                     "governor of Brasilia for 90 days.", 2023, 1, 9)
    assert found["Supreme Court Justice Alexandre de Moraes"] == {"BRAJUD"}
