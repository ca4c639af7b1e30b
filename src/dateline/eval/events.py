"""Evaluation of the event coder against gold JSONL.

Two formats are read:
- dateline's gold (`eval/data/events_gold.jsonl`): {"id", "kind": "sentence"|"article", "text",
  "date", "events": [{"source", "source_country", "type", "target", "target_country", "modality"}]}
  with actor codes as in docs/actor-codes.md (source/target may be null);
- PLOVER gold-standard records (e.g. plover-gsr dev.jsonl): {"text", "event", "source": [{"code"...}],
  "target": [...], "mode"}; their codes are CAMEO country codes (`IGO` for any international
  organisation), so they are scored at country level only.

Events match on (source, PLOVER type, target), at two levels: actor code (RUSGOV) and country
(RUS; international organisations count as `IGO`). Symmetric types (AGREE, CONSULT, COOPERATE)
match in either order. Modality is reported separately, as agreement on the matched events.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from . import json_lines
from ..actors.codes import codebook_code
from ..model import PLOVER_TYPES, SYMMETRIC_TYPES, Actor, Event, symmetric_key

GOLD_PATH = Path(__file__).resolve().parent / "data" / "events_gold.jsonl"
IGO_CODES = frozenset({"UNO", "NATO", "EU", "AU", "ASEAN", "OPEC", "IMF", "WB", "ARL", "OSCE", "GCC", "IAEA",
                       "WHO", "ICC", "ECOWAS", "SCO", "OAS", "WTO", "IGO"})


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the line."""


@dataclass(frozen=True)
class GoldEvent:
    source: Optional[str]
    source_country: Optional[str]
    type: str
    target: Optional[str]
    target_country: Optional[str]
    modality: str = "asserted"


@dataclass
class GoldItem:
    id: str
    text: str
    date: Optional[dt.date]
    kind: str
    events: list[GoldEvent]
    codes: bool = True                 # False when only countries are meaningful (PLOVER gold)


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, plover: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp[plover] += tp
        self.fp[plover] += fp
        self.fn[plover] += fn

    def prf(self, plover: Optional[str] = None) -> tuple[float, float, float, int]:
        if plover is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[plover], self.fp[plover], self.fn[plover]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1, tp + fn


@dataclass
class Report:
    code: Scores
    country: Scores
    items: int
    gold_events: int
    predicted_events: int
    modality_matched: int
    modality_agree: int
    codes: bool
    errors: list[dict]      # each: id, text, missed, spurious, and trigger_types when the coder ran


# -- reading --------------------------------------------------------------------------------
def _date(value) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _plover_actor(entries: list) -> list[tuple[Optional[str], Optional[str]]]:
    out = []
    for entry in entries or []:
        code = (entry.get("code") or "").upper() or None
        code = codebook_code(code)          # CAMEO's JAP is the codebook's JPN
        out.append((code, code))
    return out


def _from_plover_record(record: dict, line: int, where: str = "") -> GoldItem:
    plover = str(record["event"]).strip().upper()
    if plover not in PLOVER_TYPES:        # it would be counted as a gold event no coder can match
        raise GoldError(f"{where or f'line {line}'}: unknown PLOVER type {record['event']!r} "
                        f"(one of {', '.join(PLOVER_TYPES)})")
    sources = _plover_actor(record.get("source")) or [(None, None)]
    targets = _plover_actor(record.get("target")) or [(None, None)]
    events = []
    if plover in SYMMETRIC_TYPES and len(sources) == 2 and targets == [(None, None)]:
        pairs = [(sources[0], sources[1])]
    else:
        pairs = [(s, t) for s in sources for t in targets]
    for (src, src_country), (tgt, tgt_country) in pairs:
        events.append(GoldEvent(src, src_country, plover, tgt, tgt_country, "asserted"))
    return GoldItem(str(record.get("id", line)), record["text"], _date(record.get("date")), "sentence", events,
                    codes=False)


def _gold_date(record: dict, where: str) -> Optional[dt.date]:
    """The record's date; one that is written but cannot be read is an error (it dates the actors)."""
    value = record.get("date")
    day = _date(value)
    if value and day is None:
        raise GoldError(f"{where}: \"date\" {value!r} is not a date as YYYY-MM-DD")
    return day


def _from_dateline_record(record: dict, line: int, where: str = "") -> GoldItem:
    where = where or f"line {line}"
    events = []
    if not isinstance(record.get("events") or [], list):
        raise GoldError(f"{where}: \"events\" must be a list of objects "
                        f"({{\"source\", \"type\", \"target\", ...}}), not {type(record['events']).__name__}")
    for number, event in enumerate(record.get("events") or [], 1):
        if not isinstance(event, dict):
            raise GoldError(f"{where}: event {number} must be an object with \"source\", \"type\", \"target\", "
                            f"not {event!r}")
        plover = str(event.get("type", "")).upper()
        if plover not in PLOVER_TYPES:
            raise GoldError(f"{where}: unknown PLOVER type {event.get('type')!r} "
                            f"(one of {', '.join(PLOVER_TYPES)})")
        # historical codes in the codebook's spelling: a gold SUNGOV is the resolver's RUSGOV
        source, source_country, target, target_country = (codebook_code(event.get(key)) for key in (
            "source", "source_country", "target", "target_country"))
        events.append(GoldEvent(source, source_country, plover, target, target_country,
                                event.get("modality") or "asserted"))
    return GoldItem(str(record.get("id", line)), record["text"], _gold_date(record, where),
                    record.get("kind", "sentence"), events)


def read_gold(path: str | Path) -> list[GoldItem]:
    """Read a gold JSONL file in either format; raises GoldError with the line at fault."""
    items = []
    for number, record in json_lines(path, GoldError):
        if "text" not in record:
            raise GoldError(f"{path}:{number} has no \"text\"")
        if not isinstance(record["text"], str) or not record["text"].strip():
            raise GoldError(f"{path}:{number}: \"text\" must be a non-empty string")
        if "event" in record and isinstance(record.get("source"), list):
            items.append(_from_plover_record(record, number, f"{path}:{number}"))
        else:
            items.append(_from_dateline_record(record, number, f"{path}:{number}"))
    if not items:
        raise GoldError(f"{path} has no gold records")
    return items


def read_annotation(path: str | Path, items: list[GoldItem]) -> list[list[GoldEvent]]:
    """Another annotation of the same texts (a gold file with the same ids and texts), as the events
    to score in place of the coder's, in the order of `items`: agreement between two annotators,
    or another system's output written in the gold format."""
    other = {item.id: item for item in read_gold(path)}
    events = []
    for item in items:
        match = other.get(item.id)
        if match is None:
            raise GoldError(f"{path} has no record with id {item.id!r}")
        if match.text != item.text:
            raise GoldError(f"{path}: the text of {item.id!r} differs from the gold file's")
        events.append(match.events)
    return events


# -- keys -----------------------------------------------------------------------------------
def _country_of_code(code: Optional[str], country: Optional[str]) -> Optional[str]:
    if country:
        return country
    if code is None:
        return None
    if code in IGO_CODES:
        return "IGO"
    return code[:3] if len(code) > 3 and code[:3].isalpha() and code[:3].isupper() and code not in IGO_CODES else code


def actor_keys(actor: Optional[Actor]) -> tuple[Optional[str], Optional[str]]:
    """(code key, country key) of a coded actor."""
    if actor is None:
        return None, None
    if actor.country:
        return actor.code, actor.country
    if actor.sector == "IGO" or actor.code in IGO_CODES:
        return actor.code, "IGO"
    if actor.sector == "NGO":
        return actor.code, "NGO"
    return actor.code, actor.code


def gold_keys(event: GoldEvent) -> tuple[tuple, tuple]:
    code = symmetric_key(event.source, event.type, event.target)
    country = symmetric_key(_country_of_code(event.source, event.source_country), event.type,
                            _country_of_code(event.target, event.target_country))
    return code, country


def event_keys(event: Event | GoldEvent) -> tuple[tuple, tuple]:
    """(code key, country key) of a coded event, or of another annotator's gold event."""
    if isinstance(event, GoldEvent):
        return gold_keys(event)
    (src_code, src_country), (tgt_code, tgt_country) = actor_keys(event.source), actor_keys(event.target)
    return symmetric_key(src_code, event.plover, tgt_code), symmetric_key(src_country, event.plover, tgt_country)


# -- scoring --------------------------------------------------------------------------------
def _match(gold: list[tuple], predicted: list[tuple], scores: Scores) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of equal keys; returns matched (gold index, predicted index)."""
    used: set[int] = set()
    pairs = []
    for gi, key in enumerate(gold):
        for pi, candidate in enumerate(predicted):
            if pi not in used and candidate == key:
                used.add(pi)
                pairs.append((gi, pi))
                break
    matched_gold = {g for g, _ in pairs}
    for gi, key in enumerate(gold):
        scores.add(key[1], tp=1 if gi in matched_gold else 0, fn=0 if gi in matched_gold else 1)
    for pi, key in enumerate(predicted):
        if pi not in used:
            scores.add(key[1], fp=1)
    return pairs


def code_items(items: list[GoldItem], batch_size: int = 32, learned: Optional[str] = None,
               pattern_files: Sequence[str] = (), one_sided: Optional[bool] = None, model: Optional[str] = None,
               actor_files: Sequence[str] = ()) -> tuple[list[list[Event]], list[set[str]]]:
    """Parse, resolve actors, find places and code every gold text with the shipped pipeline stages
    (`learned`: the learned component's level, default the settings'; `pattern_files`: a user's
    event patterns beside the shipped ones; `one_sided`: keep events with no target found, default
    the settings'; `model`: the spaCy pipeline, default the settings', `DATELINE_MODEL`; `actor_files`: a
    user's actor dictionaries, whose entries win); returns the events of each text and the PLOVER types
    of the trigger words found in it."""
    from .. import nlp as nlp_module
    from ..actors import ActorResolver
    from ..events import CodingContext, EventCoder
    from ..places import Gazetteer
    from ..settings import Settings

    settings = Settings()
    nlp = nlp_module.load(model or settings.model)
    resolver = ActorResolver(tuple(actor_files) or settings.actor_files)
    coder = EventCoder(pattern_files=pattern_files, learned=learned or settings.learned_events,
                       one_sided=settings.one_sided_events if one_sided is None else one_sided)
    gazetteer = Gazetteer()
    out, found = [], []
    for item, doc in zip(items, nlp.pipe((i.text for i in items), batch_size=batch_size)):
        mentions = resolver.resolve(doc, item.date)
        # places as the pipeline finds them (Worker._analyse): the coder uses their countries
        _, places = gazetteer.article_places(doc, mentions)
        events, _ = coder.code(doc, mentions, CodingContext(article_id=item.id, date=item.date, places=tuple(places)))
        out.append(events)
        found.append(coder.trigger_types(doc, mentions))
    return out, found


def evaluate(items: list[GoldItem], predictions: Optional[list[list[Event | GoldEvent]]] = None,
             learned: Optional[str] = None, pattern_files: Sequence[str] = (),
             one_sided: Optional[bool] = None, model: Optional[str] = None,
             actor_files: Sequence[str] = ()) -> Report:
    trigger_types: list[Optional[set[str]]] = [None] * len(items)
    if predictions is None:
        predictions, trigger_types = code_items(items, learned=learned, pattern_files=pattern_files,
                                                one_sided=one_sided, model=model, actor_files=actor_files)
    code_scores, country_scores = Scores(), Scores()
    modality_matched = modality_agree = 0
    errors = []
    for item, events, triggers in zip(items, predictions, trigger_types):
        gold = [gold_keys(e) for e in item.events]
        predicted = [event_keys(e) for e in events]
        pairs = _match([g[0] for g in gold], [p[0] for p in predicted], code_scores)
        country_pairs = _match([g[1] for g in gold], [p[1] for p in predicted], country_scores)
        for gi, pi in (pairs if item.codes else country_pairs):
            modality_matched += 1
            modality_agree += item.events[gi].modality == events[pi].modality
        matched_gold = {g for g, _ in (pairs if item.codes else country_pairs)}
        matched_pred = {p for _, p in (pairs if item.codes else country_pairs)}
        if len(matched_gold) < len(gold) or len(matched_pred) < len(predicted):
            level = 0 if item.codes else 1
            errors.append({"id": item.id, "text": item.text,
                           "missed": [gold[i][level] for i in range(len(gold)) if i not in matched_gold],
                           "spurious": [predicted[i][level] for i in range(len(predicted)) if i not in matched_pred],
                           "trigger_types": triggers})
    return Report(code_scores, country_scores, len(items), sum(len(i.events) for i in items),
                  sum(len(p) for p in predictions), modality_matched, modality_agree,
                  all(i.codes for i in items), errors)


def miss_causes(missed: list[tuple], spurious: list[tuple],
                trigger_types: Optional[set[str]] = None) -> tuple[Counter, Counter]:
    """Why the gold events of one text were not matched, and what the unmatched coded events were.

    Each missed (source, type, target) is paired with at most one unmatched coded event of the
    same text, best explanation first: the same type with one actor right (the other missing or
    wrong), the same type with both actors off, the same actors under another type. A missed event
    with no such partner was not coded at all; given the PLOVER types of the text's trigger words,
    that splits into a vocabulary gap (no word of the event's type) and a trigger that was found but
    made no event (its actors not reached, or a rule set it aside). A coded event left over has no
    gold counterpart."""
    causes, extra = Counter(), Counter()
    left = list(spurious)

    def take(test) -> Optional[tuple]:
        for candidate in left:
            if test(candidate):
                left.remove(candidate)
                return candidate
        return None

    for source, plover, target in missed:
        same_type = lambda c: c[1] == plover                                   # noqa: E731
        partner = take(lambda c: same_type(c) and c[0] == source) or take(lambda c: same_type(c) and c[2] == target)
        if partner is not None:
            side, value = ("target", partner[2]) if partner[0] == source else ("source", partner[0])
            causes[f"type and {'source' if side == 'target' else 'target'} right, {side} "
                   f"{'missing' if value is None else 'wrong'}"] += 1
        elif take(same_type) is not None:
            causes["type right, source and target wrong"] += 1
        elif take(lambda c: {c[0], c[2]} == {source, target}) is not None:
            causes["actors right, type wrong"] += 1
        elif trigger_types is None:
            causes["not coded at all"] += 1
        elif plover in trigger_types:
            causes["not coded: a trigger of its type made no event"] += 1
        else:
            causes["not coded: no trigger word of its type"] += 1
    for candidate in left:
        extra["no gold event like it" if candidate[0] is not None or candidate[2] is not None
              else "no gold event like it (no actors)"] += 1
    return causes, extra


def format_report(report: Report) -> list[str]:
    """The report as lines of text; the last is `precision P recall R f1 F` at the main level
    (actor codes for dateline gold, countries for PLOVER gold)."""
    lines = [f"{report.items} texts, {report.gold_events} gold events, {report.predicted_events} coded events"]
    levels = [("country", report.country)]
    if report.codes:
        levels.insert(0, ("code", report.code))
    for name, scores in levels:
        lines.append("")
        lines.append(f"level: {name} (source, type, target)")
        lines.append(f"{'type':<10} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}")
        for plover in PLOVER_TYPES:
            p, r, f, n = scores.prf(plover)
            if n or scores.fp[plover]:
                lines.append(f"{plover:<10} {n:>5} {p:>6.2f} {r:>6.2f} {f:>6.2f}")
        p, r, f, n = scores.prf()
        lines.append(f"{'overall':<10} {n:>5} {p:>6.2f} {r:>6.2f} {f:>6.2f}")
    if report.modality_matched:
        lines.append("")
        lines.append(f"modality agrees on {report.modality_agree} of {report.modality_matched} matched events "
                     f"({report.modality_agree / report.modality_matched:.2f})")
    causes, extra = Counter(), Counter()
    for error in report.errors:
        missed, spurious = miss_causes(error["missed"], error["spurious"], error.get("trigger_types"))
        causes.update(missed)
        extra.update(spurious)
    if causes or extra:
        lines.append("")
    if causes:              # (a heading with nothing under it read as if a list were missing)
        lines.append(f"unmatched gold events by cause ({'code' if report.codes else 'country'} level):")
        lines += [f"  {cause:<48} {n:>5}" for cause, n in causes.most_common()]
    if extra:
        lines.append("unmatched coded events:")
        lines += [f"  {cause:<48} {n:>5}" for cause, n in extra.most_common()]
    main = report.code if report.codes else report.country
    p, r, f, _ = main.prf()
    lines.append(f"precision {p:.3f} recall {r:.3f} f1 {f:.3f}")
    return lines


def report_record(report: Report) -> dict:
    """The report as one JSON-ready record (`dateline eval --format json`): counts, precision, recall,
    F1 and gold events per PLOVER type and overall at each level, modality agreement and the
    unmatched events by cause; `level` names the main level, that of the last line of the text."""
    def level(scores: Scores) -> dict:
        def entry(plover=None) -> dict:
            p, r, f, n = scores.prf(plover)
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n,
                    "true_positives": scores.tp[plover] if plover else sum(scores.tp.values()),
                    "false_positives": scores.fp[plover] if plover else sum(scores.fp.values()),
                    "false_negatives": scores.fn[plover] if plover else sum(scores.fn.values())}
        return {"overall": entry(), "by_type": {t: entry(t) for t in PLOVER_TYPES if scores.prf(t)[3] or scores.fp[t]}}
    causes, extra = Counter(), Counter()
    for error in report.errors:
        missed, spurious = miss_causes(error["missed"], error["spurious"], error.get("trigger_types"))
        causes.update(missed)
        extra.update(spurious)
    record = {"texts": report.items, "gold_events": report.gold_events, "coded_events": report.predicted_events,
              "level": "code" if report.codes else "country", "country": level(report.country),
              "modality": {"matched": report.modality_matched, "agree": report.modality_agree},
              "unmatched_gold_by_cause": dict(causes.most_common()),
              "unmatched_coded_by_cause": dict(extra.most_common())}
    if report.codes:
        record["code"] = level(report.code)
    return record
