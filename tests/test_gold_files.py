"""Format checks for the hand-labelled gold files in `dateline/eval/data/`.

These files are the yardstick for the event coder (`events_gold.jsonl`), the actor resolver
(`actors_gold.jsonl`) and the gazetteer (`places_gold.jsonl`); `events_heldout.jsonl` and
`actors_heldout.jsonl` were written later, by an annotator who saw neither the code nor its output
(tuning then looked at their even ids only); `events_test.jsonl` and `actors_test.jsonl`, by a third
annotator, were scored once and never tuned on; `*_fresh_even.jsonl` and `*_fresh_odd.jsonl`, by a
fourth, are one set split by id: tuning looked at the even half, the odd half was only scored;
`*_fresh2_even.jsonl` and `*_fresh2_odd.jsonl`, by a fifth, split the same way, were only scored when
they were added (the even half is the one a later round may study); `*_fresh3_even.jsonl` and
`*_fresh3_odd.jsonl`, by a seventh, split the same way, with a second annotation of both halves
(`*_fresh3_*_second.jsonl`) by an eighth; `*_fresh4_even.jsonl` and `*_fresh4_odd.jsonl`, by a ninth,
split the same way, with a second annotation of both halves by a tenth; `*_fresh5_even.jsonl` and
`*_fresh5_odd.jsonl`, by an eleventh, split the same way, with a second annotation by a twelfth;
`*_fresh6_even.jsonl` and `*_fresh6_odd.jsonl`, by a thirteenth, split the same way, with a second
annotation by a fourteenth. The tests only check their shape
and their size, never what any stage of dateline produces.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data"

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
MODALITIES = {"asserted", "negated", "hypothetical", "intended", "requested"}
IGOS = {
    "UNO", "NATO", "EU", "AU", "ASEAN", "OPEC", "IMF", "WB", "ARL", "OSCE", "GCC", "IAEA", "WHO",
    "ICC", "ICRC", "ECOWAS", "SCO", "OAS", "WTO", "CSTO",
}
CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})?$")
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# abbreviations whose full stop does not end a sentence
ABBREV = re.compile(r"\b(?:U\.S|U\.N|U\.K|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z])\.")


def load(name: str) -> list[dict]:
    path = DATA / name
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            assert line.strip(), f"{name}:{number}: blank line"
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:  # pragma: no cover - message only
                pytest.fail(f"{name}:{number}: not JSON: {error}")
    return rows


def sentences(text: str) -> int:
    masked = ABBREV.sub(lambda m: m.group(0).replace(".", "_"), text)
    masked = re.sub(r"\b\d+\.\d", "0_0", masked)
    return len([s for s in re.split(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z])", masked.strip()) if s.strip()])


def check_code(code, country, where: str) -> None:
    if code is None:
        assert country is None, f"{where}: country without code"
        return
    assert isinstance(code, str) and (code in IGOS or CODE.match(code)), f"{where}: bad code {code!r}"
    if code in IGOS:
        assert country is None, f"{where}: IGO {code} with a country"
    elif country is None:
        # a region ("WST", the West) or a bare sector ("GOV") where the text names no country
        assert pycountry.countries.get(alpha_3=code[:3]) is None, f"{where}: code {code!r} without its country"
    else:
        assert country == code[:3], f"{where}: country {country!r} does not match code {code!r}"


def check_span(row: dict, item: dict, where: str) -> None:
    text, surface, occurrence = row["text"], item["text"], item["occurrence"]
    assert isinstance(surface, str) and surface, f"{where}: empty text"
    assert isinstance(occurrence, int) and occurrence >= 1, f"{where}: bad occurrence"
    starts = [m.start() for m in re.finditer(re.escape(surface), text)]
    assert len(starts) >= occurrence, f"{where}: {surface!r} occurs {len(starts)} times, wanted #{occurrence}"
    if "start" in item:
        assert starts[occurrence - 1] == item["start"], f"{where}: start does not match occurrence"


# ---------------------------------------------------------------- events

@pytest.fixture(scope="module")
def events() -> list[dict]:
    return load("events_gold.jsonl")


@pytest.mark.parametrize("name, prefix", [("events_gold.jsonl", "ev"), ("events_heldout.jsonl", "eh"),
                                          ("events_test.jsonl", "et"), ("events_fresh_even.jsonl", "ef"),
                                          ("events_fresh_odd.jsonl", "ef"), ("events_fresh2_even.jsonl", "eg"),
                                          ("events_fresh2_odd.jsonl", "eg"), ("events_fresh_odd_second.jsonl", "ef"),
                                          ("events_fresh2_odd_second.jsonl", "eg"), ("events_fresh3_even.jsonl", "e3"),
                                          ("events_fresh3_odd.jsonl", "e3"), ("events_fresh3_even_second.jsonl", "e3"),
                                          ("events_fresh3_odd_second.jsonl", "e3"), ("events_fresh4_even.jsonl", "e4"),
                                          ("events_fresh4_odd.jsonl", "e4"), ("events_fresh4_even_second.jsonl", "e4"),
                                          ("events_fresh4_odd_second.jsonl", "e4"),
                                          ("events_fresh5_even.jsonl", "e5"), ("events_fresh5_odd.jsonl", "e5"),
                                          ("events_fresh5_even_second.jsonl", "e5"), ("events_fresh5_odd_second.jsonl", "e5"),
                                          ("events_fresh6_even.jsonl", "e6"), ("events_fresh6_odd.jsonl", "e6"),
                                          ("events_fresh6_even_second.jsonl", "e6"), ("events_fresh6_odd_second.jsonl", "e6")])
def test_events_lines(name, prefix):
    rows = load(name)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for row in rows:
        where = row.get("id", "?")
        assert re.match(rf"^{prefix}-\d{{4}}$", row["id"]), where
        assert row["kind"] in {"sentence", "article"}, where
        assert isinstance(row["text"], str) and row["text"].strip(), where
        assert DATE.match(row["date"]), where
        assert isinstance(row["events"], list), where
        assert isinstance(row.get("note", ""), str), where
        for event in row["events"]:
            assert set(event) >= {"source", "source_country", "type", "target", "target_country", "modality"}, where
            assert event["type"] in PLOVER, f"{where}: type {event['type']}"
            assert event["modality"] in MODALITIES, f"{where}: modality {event['modality']}"
            check_code(event["source"], event["source_country"], where)
            check_code(event["target"], event["target_country"], where)
            # a second annotation is scored like the coder's output, which may name no actor
            assert event["source"] or event["target"] or name.endswith("_second.jsonl"), \
                f"{where}: event without any actor"


def test_events_counts(events):
    single = [row for row in events if row["kind"] == "sentence"]
    articles = [row for row in events if row["kind"] == "article"]
    assert len(single) >= 400
    assert len(articles) >= 60
    for row in articles:
        assert 3 <= sentences(row["text"]) <= 8, f"{row['id']}: {sentences(row['text'])} sentences"
    per_type = Counter(t for row in single for t in {e["type"] for e in row["events"]})
    for plover in PLOVER:
        assert per_type[plover] >= 15, f"{plover}: {per_type[plover]} sentences"
    modalities = Counter(e["modality"] for row in events for e in row["events"])
    for modality in MODALITIES:
        assert modalities[modality] >= 15, f"{modality}: {modalities[modality]}"
    empty = sum(1 for row in single if not row["events"])
    assert 0.05 * len(single) <= empty <= 0.2 * len(single)
    countries = {c for row in events for e in row["events"] for c in (e["source_country"], e["target_country"]) if c}
    assert len(countries) >= 50
    years = Counter(row["date"][:3] for row in events)
    assert years["199"] >= 20 and years["200"] >= 20 and years["201"] >= 20 and years["202"] >= 20


# ---------------------------------------------------------------- actors

@pytest.fixture(scope="module")
def actors() -> list[dict]:
    return load("actors_gold.jsonl")


@pytest.mark.parametrize("name, prefix", [("actors_gold.jsonl", "ac"), ("actors_heldout.jsonl", "ah"),
                                          ("actors_test.jsonl", "at"), ("actors_fresh_even.jsonl", "af"),
                                          ("actors_fresh_odd.jsonl", "af"), ("actors_fresh2_even.jsonl", "ag"),
                                          ("actors_fresh2_odd.jsonl", "ag"), ("actors_fresh3_even.jsonl", "a3"),
                                          ("actors_fresh3_odd.jsonl", "a3"), ("actors_fresh4_even.jsonl", "a4"),
                                          ("actors_fresh4_odd.jsonl", "a4"),
                                          ("actors_fresh5_even.jsonl", "a5"), ("actors_fresh5_odd.jsonl", "a5"),
                                          ("actors_fresh6_even.jsonl", "a6"), ("actors_fresh6_odd.jsonl", "a6")])
def test_actors_lines(name, prefix):
    rows = load(name)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for row in rows:
        where = row["id"]
        assert re.match(rf"^{prefix}-\d{{4}}$", where)
        assert DATE.match(row["date"]), where
        assert isinstance(row["mentions"], list) and row["mentions"], where
        for mention in row["mentions"]:
            check_span(row, mention, where)
            check_code(mention["code"], mention["country"], where)
            # later annotators (fresh3 on) also marked phrases that name no single actor ("both sides"), code null
            assert mention["code"] is not None or any(f"fresh{n}" in name for n in (3, 4, 5, 6)), where


@pytest.mark.parametrize("name", ["actors_fresh_odd", "actors_fresh2_odd", "actors_fresh3_even", "actors_fresh3_odd",
                                  "actors_fresh4_even", "actors_fresh4_odd", "actors_fresh5_even", "actors_fresh5_odd",
                                  "actors_fresh6_even", "actors_fresh6_odd"])
def test_second_actor_annotation_codes_the_same_mentions(name):
    """The second annotator's file (for `eval-actors --against`) has the first one's texts and mention
    spans; a code may be null where that annotator saw no actor."""
    first, second = load(f"{name}.jsonl"), load(f"{name}_second.jsonl")
    assert [(r["id"], r["text"]) for r in first] == [(r["id"], r["text"]) for r in second]
    for one, two in zip(first, second):
        spans = lambda row: sorted((m["text"], m.get("occurrence", 1)) for m in row["mentions"])  # noqa: E731
        assert spans(one) == spans(two), one["id"]
        for mention in two["mentions"]:
            check_span(two, mention, two["id"])
            if mention["code"] is not None:
                check_code(mention["code"], mention["country"], two["id"])


def test_actors_counts(actors):
    assert len(actors) >= 120
    assert sum(len(row["mentions"]) for row in actors) >= 300


# ---------------------------------------------------------------- places

@pytest.fixture(scope="module")
def places() -> list[dict]:
    return load("places_gold.jsonl")


@pytest.mark.parametrize("name, prefix", [("places_gold.jsonl", "pl"), ("places_fresh.jsonl", "pf")])
def test_places_lines(name, prefix):
    rows = load(name)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for row in rows:
        where = row["id"]
        assert re.match(rf"^{prefix}-\d{{4}}$", where)
        assert row["dateline"] is None or (isinstance(row["dateline"], str) and row["dateline"].strip()), where
        assert isinstance(row["toponyms"], list) and row["toponyms"], where
        for toponym in row["toponyms"]:
            check_span(row, toponym, where)
            assert isinstance(toponym["name"], str) and toponym["name"], where
            assert ISO3.match(toponym["country"]), where
            assert -90 <= toponym["lat"] <= 90 and -180 <= toponym["lon"] <= 180, where
        if "dateline_place" in row:
            assert row["dateline"], where
            assert ISO3.match(row["dateline_place"]["country"]), where


def test_places_counts(places):
    assert len(places) >= 100
    assert sum(len(row["toponyms"]) for row in places) >= 200
    assert sum(1 for row in places if row["dateline"]) >= 20
