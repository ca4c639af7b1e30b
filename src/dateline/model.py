"""The records that flow between dateline's stages.

Every stage takes and returns these plain, immutable records; none of them knows about spaCy,
DuckDB or HTTP, so a record can be serialised to JSON (`to_dict`) and sent between processes.
Offsets are character offsets: `Removal` in the raw text, everything else in the clean text.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, Optional

DateOrigin = Literal["metadata", "dateline", "text", "unknown"]
Status = Literal["processed", "duplicate", "skipped", "rejected"]
Modality = Literal["asserted", "negated", "hypothetical", "intended", "requested"]
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "intended", "requested")

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",          # verbal cooperation
    "COOPERATE", "AID", "RETREAT",                      # material cooperation
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",          # verbal conflict
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",  # material conflict
)
SYMMETRIC_TYPES: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def symmetric_key(source: Optional[str], plover: str, target: Optional[str]) -> tuple:
    """(source, type, target) as two codings of one event compare: a symmetric type's pair in one order."""
    if plover in SYMMETRIC_TYPES and source is not None and target is not None and target < source:
        source, target = target, source
    return source, plover, target


def to_dict(record: Any) -> Any:
    """A JSON-ready copy of a record (dates as ISO strings, tuples as lists)."""
    if dataclasses.is_dataclass(record):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    if isinstance(record, (dt.date, dt.datetime)):
        return record.isoformat()
    return record


@dataclass(frozen=True)
class Article:
    """One input record as read, before any cleaning."""
    id: str
    raw_text: str
    source: Optional[str] = None          # file path, feed, or outlet name
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[dt.date] = None
    published_origin: DateOrigin = "unknown"
    language: Optional[str] = None
    author: Optional[str] = None
    input_ref: Optional[str] = None       # where it came from: "path", "path:line", "path#record"


@dataclass(frozen=True)
class Removal:
    """A block taken out of the raw text, kept so that nothing is silently dropped."""
    start: int                            # raw-text offsets
    end: int
    kind: str                             # repeat, boilerplate, dateline, ...
    text: str
    detail: Optional[str] = None          # e.g. "repeats paragraph 2 (similarity 1.00)"


@dataclass(frozen=True)
class CleanArticle:
    article: Article
    text: str
    dateline: Optional[str] = None        # place as written, e.g. "ISTANBUL"
    dateline_date: Optional[dt.date] = None
    removed: tuple[Removal, ...] = ()
    # (clean_start, raw_start) pairs, sorted: clean offset c maps to raw offset
    # raw_start + (c - clean_start) of the last pair with clean_start <= c.
    offset_map: tuple[tuple[int, int], ...] = ((0, 0),)
    language: Optional[str] = None
    dateline_region: Optional[str] = None  # the state or country after the place ("England" of "SALISBURY, England")

    @property
    def dateline_where(self) -> Optional[str]:
        """The dateline as the gazetteer reads it: the place with its region ("SALISBURY, England")."""
        if not self.dateline:
            return None
        return f"{self.dateline}, {self.dateline_region}" if self.dateline_region else self.dateline

    def raw_offset(self, clean_offset: int) -> int:
        raw = clean_offset
        for clean_start, raw_start in self.offset_map:
            if clean_start > clean_offset:
                break
            raw = raw_start + (clean_offset - clean_start)
        return raw


@dataclass(frozen=True)
class Actor:
    code: str                             # CAMEO-style: RUS, RUSGOV, TURGOV, NATO, SYRREB...
    country: Optional[str] = None         # ISO 3166 alpha-3 (or None for IGOs, groups)
    sector: Optional[str] = None          # GOV, MIL, REB, OPP, LEG, JUD, COP, BUS, MED, CVL, IGO...
    name: Optional[str] = None            # canonical name: "Vladimir Putin", "Russia"


@dataclass(frozen=True)
class Mention:
    start: int                            # clean-text offsets
    end: int
    text: str
    actor: Actor
    via: str = "name"                     # name, demonym, capital, title, pronoun, description
    refers_to: Optional[int] = None       # index of the antecedent mention (coreference chain)


@dataclass(frozen=True)
class Place:
    name: str
    country: Optional[str] = None         # ISO alpha-3
    lat: Optional[float] = None
    lon: Optional[float] = None
    feature: Optional[str] = None         # city, country, region, island, water, landmark
    source: Optional[str] = None          # dateline, sentence
    geonameid: Optional[int] = None
    start: Optional[int] = None           # clean-text offsets when found in the text
    end: Optional[int] = None
    admin1: Optional[str] = None          # GeoNames' first-level division of a town or US state ("13", "TX")


@dataclass(frozen=True)
class Amount:
    value: float
    text: str
    currency: Optional[str] = None        # ISO 4217 (USD) for money
    unit: Optional[str] = None            # percent, people, killed, wounded, ...
    role: Optional[str] = None            # from, to, total, change
    start: Optional[int] = None
    end: Optional[int] = None
    bound: Optional[str] = None           # min ("at least 20"), max ("up to 40%"), about ("some 5,000"), range
    high: Optional[float] = None          # the upper end of a range ("12 to 15": value 12, high 15)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Event:
    id: str
    article_id: str
    sentence: Sentence
    plover: str
    cameo: str
    quad_class: int
    goldstein: float
    source: Optional[Actor] = None
    target: Optional[Actor] = None
    modality: str = "asserted"
    symmetric: bool = False
    speaker: Optional[Actor] = None
    place: Optional[Place] = None
    date: Optional[dt.date] = None
    amounts: tuple[Amount, ...] = ()
    trigger: str = ""
    trigger_start: Optional[int] = None   # clean-text offsets of the trigger
    trigger_end: Optional[int] = None
    pattern: str = ""                     # which rule fired
    confidence: float = 1.0
    explanation: str = ""                 # a sentence a person can read: why this was coded


@dataclass(frozen=True)
class Quote:
    """A statement: who said what (GKG-style quotation)."""
    article_id: str
    speaker: Optional[Actor]
    speaker_text: str
    text: str
    kind: Literal["direct", "indirect"]
    start: int
    end: int
    verb: str = ""


@dataclass(frozen=True)
class Reject:
    input: str                            # path, path:line, or id
    reason: str                           # short code: empty, binary, encoding, missing, too_large...
    detail: str                           # a sentence the user can act on


@dataclass(frozen=True)
class Fingerprint:
    """What dedup remembers of an article instead of its text (issue 4), stored with the article
    so that a later run finds copies of it: exact keys, a MinHash signature and its LSH band keys."""
    seq: int                              # the deduplicator's document number
    canonical_id: str                     # the first copy's article id (itself for a first copy)
    text_key: int                         # hash of the normalised text
    url_key: Optional[int]                # hash of the canonical URL, when there is one
    num_shingles: int
    signature: tuple[int, ...] = field(repr=False)
    band_keys: tuple[int, ...] = field(repr=False)


@dataclass
class Result:
    """Everything dateline learned about one article."""
    article: Article
    status: Status = "processed"
    clean: Optional[CleanArticle] = None
    duplicate_of: Optional[str] = None
    status_detail: Optional[str] = None   # e.g. "language: fr"
    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dateline_place: Optional[Place] = None
    fingerprint: Optional[Fingerprint] = None   # set by dedup; written by the store in the same batch


def actor_record(actor: Optional[Actor]) -> Optional[dict]:
    if actor is None:
        return None
    return {"code": actor.code, "country": actor.country, "sector": actor.sector, "name": actor.name}


def place_record(place: Optional[Place]) -> Optional[dict]:
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon,
            "feature": place.feature, "source": place.source, "geonameid": place.geonameid, "admin1": place.admin1}


def event_record(event: Event) -> dict:
    """The public JSON shape of an event (CLI `--format jsonl`, REST API, exports)."""
    return {
        "id": event.id,
        "article_id": event.article_id,
        "source": actor_record(event.source),
        "target": actor_record(event.target),
        "plover": event.plover,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "modality": event.modality,
        "speaker": actor_record(event.speaker),
        "symmetric": event.symmetric,
        "place": place_record(event.place),
        "date": event.date.isoformat() if event.date else None,
        "amounts": [{"value": a.value, "currency": a.currency, "unit": a.unit, "role": a.role, "text": a.text,
                     "bound": a.bound, "high": a.high} for a in event.amounts],
        "trigger": event.trigger,
        "pattern": event.pattern,
        "confidence": event.confidence,
        "explanation": event.explanation,
        "sentence": event.sentence.text,
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
    }
