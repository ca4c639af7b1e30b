"""Actor evaluation: resolve the sentences of a labelled set and compare codes and countries.

Gold lines (JSON): {"id", "text", "date", "mentions": [{"text", "occurrence", "code", "country"}]};
`occurrence` is the 1-based index of that surface string in the text. A gold mention is matched by
the shortest predicted mention that covers its span (on a plural description, by any of the
mentions on that span with the right code); when none covers the whole span, by the shortest that
covers its head word (the span's syntactic root: "soldiers" in "Ugandan soldiers guarding the
terminal", where dateline's mention is "Ugandan soldiers"), as head matching does in entity
evaluations; these are counted apart (`on_head`). No mention on the span or its head counts as
missed (wrong). A gold
mention with a null code (not an actor, or one that cannot be told) is right when nothing there is
given a code. Historical country codes in a gold file (SUNGOV, YUG) are read in the codebook's
spelling (RUSGOV, SRB: `actors.codes`), the one the resolver gives.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from . import json_lines
from ..actors.codes import codebook_code
from ..model import Mention

DEFAULT_GOLD = Path(__file__).parent / "data" / "actors_gold.jsonl"


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the line."""


@dataclass
class ActorScore:
    total: int = 0
    code_correct: int = 0
    country_correct: int = 0
    missed: int = 0
    errors: list[dict] = field(default_factory=list)
    # per gold `kind` (name, description, role, pronoun; "-" when the gold file gives none): [total, code, country]
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    causes: Counter = field(default_factory=Counter)      # why the wrong codes were wrong
    on_head: int = 0            # gold spans matched on their head word: no mention covered the whole span
    on_head_correct: int = 0    # ... of which the code was right

    def add(self, gold: dict, got: list[tuple[Optional[str], Optional[str]]], code_ok: bool, country_ok: bool
            ) -> None:
        """Count one gold mention, given the (code, country) pairs found on its span."""
        self.total += 1
        self.code_correct += code_ok
        self.country_correct += country_ok
        tally = self.by_kind.setdefault(gold.get("kind") or "-", [0, 0, 0])
        tally[0] += 1
        tally[1] += code_ok
        tally[2] += country_ok
        if not code_ok:
            self.causes[error_cause(gold, got)] += 1

    @property
    def code_accuracy(self) -> float:
        return self.code_correct / self.total if self.total else 0.0

    @property
    def country_accuracy(self) -> float:
        return self.country_correct / self.total if self.total else 0.0

    def breakdown(self) -> list[str]:
        """Lines for people: accuracy per mention kind (when the gold gives kinds), wrong codes by cause."""
        lines = []
        if set(self.by_kind) != {"-"}:
            lines.append(f"{'kind':<12}{'mentions':>9}{'code':>8}{'country':>9}")
            for kind, (total, code, country) in sorted(self.by_kind.items(), key=lambda item: -item[1][0]):
                lines.append(f"{kind:<12}{total:>9}{code / total:>8.3f}{country / total:>9.3f}")
        if self.on_head:
            lines.append(f"matched on the head word of a longer gold span: {self.on_head} mentions, "
                         f"{self.on_head_correct} with the right code")
        if self.causes:
            lines.append("wrong codes by cause:")
            lines += [f"  {cause:<36}{count:>5}" for cause, count in self.causes.most_common()]
        return lines

    def summary(self) -> str:
        return (f"code accuracy {self.code_accuracy:.3f} country accuracy {self.country_accuracy:.3f} "
                f"({self.total} mentions)")


def error_cause(gold: dict, got: list[tuple[Optional[str], Optional[str]]]) -> str:
    """Why a mention's code was wrong, in words: the (code, country) pairs found on its span against
    the gold code and country."""
    gold_code, gold_country = gold.get("code"), gold.get("country")
    coded = [(code, country) for code, country in got if code]
    if gold_code is None:
        return "coded, gold says no actor"
    if not got:
        return "nothing found on the span"
    if not coded:
        return "found, left without a code"
    same_country = [code for code, country in coded if gold_country and country == gold_country]
    if not same_country:
        return "another country or organisation"
    if gold_code == gold_country:
        return "country right, a sector added"
    if all(code == gold_country for code in same_country):
        return "country right, sector missing"
    return "country right, another sector"


def _country_of(code: Optional[str]) -> Optional[str]:
    """The country of an actor code whose first three letters are an ISO 3166 alpha-3 code (RUSGOV:
    RUS); None for others (NATO, UNO)."""
    import pycountry
    if not code or len(code) < 3 or not code[:3].isalpha():
        return None
    return code[:3] if pycountry.countries.get(alpha_3=code[:3].upper()) else None


def read_gold(path: str | Path, unfound: Optional[list[str]] = None) -> list[dict]:
    """The records of a gold file; a line that cannot be used raises GoldError naming it. A mention
    that gives a code but no `country` takes the code's country (RUSGOV: RUS). Gold mentions whose
    text is not in the record's text (at that occurrence) are counted as missed; each is described
    in `unfound` when a list is given."""
    records = []
    for number, record in json_lines(path, GoldError):
        where = f"{path}:{number}"
        if "text" not in record:
            raise GoldError(f"{where}: each line needs at least `text`")
        if not isinstance(record["text"], str) or not record["text"].strip():
            raise GoldError(f"{where}: \"text\" must be a non-empty string")
        if record.get("date") and parse_date(record["date"]) is None:
            raise GoldError(f"{where}: \"date\" {record['date']!r} is not a date as YYYY-MM-DD")
        mentions = record.get("mentions") or []
        if not isinstance(mentions, list) or not all(isinstance(m, dict) for m in mentions):
            raise GoldError(f"{where}: \"mentions\" must be a list of objects "
                            "({\"text\", \"occurrence\", \"code\", \"country\"})")
        for mention in mentions:     # "SUNGOV" is scored as the codebook's "RUSGOV"
            if not isinstance(mention.get("text"), str) or not mention["text"]:
                raise GoldError(f"{where}: each mention needs its \"text\" (the words as in the text)")
            if "country" not in mention:
                mention["country"] = _country_of(codebook_code(mention.get("code")))
            mention["code"], mention["country"] = codebook_code(mention.get("code")), codebook_code(mention.get("country"))
            if unfound is not None and gold_span(record["text"], mention) is None:
                unfound.append(f"{where}: gold mention {mention['text']!r} (occurrence {mention.get('occurrence', 1)}) "
                               "is not in the text")
        records.append(record)
    return records


def gold_span(text: str, gold: dict) -> Optional[tuple[int, int]]:
    """The gold mention's character span: its `start` when given and consistent, else by occurrence."""
    surface = gold.get("text", "")
    start = gold.get("start")
    if isinstance(start, int) and surface and text[start:start + len(surface)] == surface:
        return start, start + len(surface)
    return find_occurrence(text, surface, gold.get("occurrence", 1))


def find_occurrence(text: str, surface: str, occurrence: int = 1) -> Optional[tuple[int, int]]:
    """Character span of the `occurrence`-th (1-based) appearance of `surface` in `text`.

    Gold files may count plain substrings ("Russia" inside "Russian" counts) or whole words; the
    plain count is used when it lands on a whole word, else the whole-word count.
    """
    if not surface:
        return None
    plain = _nth(text, surface, occurrence, whole_words=False)
    if plain is not None and _whole_word(text, *plain):
        return plain
    return _nth(text, surface, occurrence, whole_words=True) or plain


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (after.isalnum() and text[end - 1].isalnum())


def _nth(text: str, surface: str, occurrence: int, whole_words: bool) -> Optional[tuple[int, int]]:
    wanted = max(1, int(occurrence or 1))
    start = text.find(surface)
    while start >= 0:
        if not whole_words or _whole_word(text, start, start + len(surface)):
            wanted -= 1
            if wanted == 0:
                return start, start + len(surface)
        start = text.find(surface, start + 1)
    return None


def parse_date(value) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def covering(mentions: Iterable[Mention], start: int, end: int) -> list[Mention]:
    """The shortest predicted mentions covering [start, end) (several on a plural description)."""
    hits = [m for m in mentions if m.start <= start and m.end >= end]
    if not hits:
        return []
    shortest = min(m.end - m.start for m in hits)
    return [m for m in hits if m.end - m.start == shortest]


def head_of(doc, start: int, end: int) -> Optional[tuple[int, int]]:
    """The character span of the syntactic head (root) of the words in [start, end) of a parsed text."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or not len(words):
        return None
    head = words.root
    return head.idx, head.idx + len(head)


def score_record(record: dict, mentions: list[Mention], score: ActorScore, doc=None) -> None:
    """Score the gold mentions of one record against the predicted ones; with the parsed `doc`, a gold
    span that no mention covers whole is matched on its head word."""
    text = record["text"]
    for gold in record.get("mentions", []):
        span = gold_span(text, gold)
        hits = covering(mentions, *span) if span else []
        head = head_of(doc, *span) if span and not hits and doc is not None else None
        if head is not None:
            hits = covering(mentions, *head)
        gold_code, gold_country = gold.get("code"), gold.get("country")
        if gold_code is None:       # not an actor, or one that cannot be told: right when nothing is coded
            code_ok = country_ok = not any(m.actor.code for m in hits)
        else:
            code_ok = any(m.actor.code == gold_code for m in hits)
            country_pool = [m for m in hits if m.actor.code == gold_code] or hits
            country_ok = bool(hits) and any(m.actor.country == gold_country for m in country_pool)
            score.missed += not hits
        score.add(gold, [(m.actor.code, m.actor.country) for m in hits], code_ok, country_ok)
        if head is not None and hits:
            score.on_head += 1
            score.on_head_correct += code_ok
        if not code_ok:
            score.errors.append({"id": record.get("id"), "text": gold.get("text"), "gold": gold_code,
                                 "got": sorted({m.actor.code for m in hits}) or None,
                                 "sentence": text[:160]})


def evaluate(gold_path: str | Path = DEFAULT_GOLD, actor_files: tuple[str, ...] = (), model: Optional[str] = None,
             head_match: bool = True, unfound: Optional[list[str]] = None) -> ActorScore:
    """Run the real resolver over the gold sentences (one nlp.pipe) and score it (`head_match=False`:
    a gold mention counts as found only when a mention covers its whole span)."""
    from .. import nlp as nlp_module
    from ..actors import ActorResolver
    from ..settings import Settings

    records = read_gold(gold_path, unfound)
    nlp = nlp_module.load(model or Settings().model)     # --model, else DATELINE_MODEL
    resolver = ActorResolver(actor_files)
    score = ActorScore()
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        score_record(record, resolver.resolve(doc, parse_date(record.get("date"))), score,
                     doc if head_match else None)
    return score


def agreement(gold_path: str | Path, other_path: str | Path) -> ActorScore:
    """Score another annotation of the same texts and mentions (same ids, texts and mention spans)
    against the gold one: how often two annotators give a mention the same code and country."""
    others = {record.get("id"): record for record in read_gold(other_path)}
    score = ActorScore()
    for record in read_gold(gold_path):
        other = others.get(record.get("id"))
        if other is None or other["text"] != record["text"]:
            raise GoldError(f"{other_path} has no record with the id and text of {record.get('id')!r}")
        text = record["text"]
        theirs: dict = {}           # span -> their mentions on it (a plural description has several)
        for mention in other.get("mentions", []):
            theirs.setdefault(gold_span(text, mention), []).append(mention)
        for gold in record.get("mentions", []):
            on_span = theirs.get(gold_span(text, gold), [])
            score.missed += not on_span
            # a null code (no actor) agrees with a null code or with no mention there
            code_ok = any(m.get("code") == gold.get("code") for m in on_span) or (
                gold.get("code") is None and not any(m.get("code") for m in on_span))
            pool = [m for m in on_span if m.get("code") == gold.get("code")] or on_span
            country_ok = any(m.get("country") == gold.get("country") for m in pool)
            score.add(gold, [(m.get("code"), m.get("country")) for m in on_span], code_ok, country_ok)
            if not code_ok:
                score.errors.append({"id": record.get("id"), "text": gold.get("text"), "gold": gold.get("code"),
                                     "got": sorted({str(m.get("code")) for m in on_span}) or None,
                                     "sentence": text[:160]})
    return score
