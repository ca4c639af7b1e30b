"""Amounts in a sentence: money, percentages and counts of people, with their role in the event.

Found from spaCy's MONEY, PERCENT, CARDINAL and QUANTITY entities (no second parse); the value is
read by a small parser ("$30 billion" -> 30e9 USD, "1.2 million euros", "12 percent", "dozens" is
skipped). The role comes from the grammar: "to $100 billion" is `to`, "from" is `from`, "by 5%"
is `change`; the object of a change verb with a `to` beside it is `from`; anything else `total`.
Counts of people take their unit from the verb they hang on (killed, wounded, displaced, arrested).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Optional

from spacy.tokens import Span, Token

from ..model import Amount
from ..nlp import doc_entities
from .grammar import children_of

CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
                  "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
                  "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rupee": "INR",
                  "rupees": "INR", "lira": "TRY", "liras": "TRY", "shekel": "ILS", "shekels": "ILS",
                  "riyal": "SAR", "riyals": "SAR", "dinar": "IQD", "dinars": "IQD", "franc": "CHF",
                  "francs": "CHF", "won": "KRW", "peso": "MXN", "pesos": "MXN", "rand": "ZAR", "naira": "NGN",
                  "hryvnia": "UAH", "hryvnias": "UAH", "usd": "USD", "eur": "EUR", "gbp": "GBP"}
MULTIPLIERS = {"dozen": 12, "dozens": 12, "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
               "b": 1e9, "trillion": 1e12, "tn": 1e12, "hundred": 1e2}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "a": 1, "an": 1}
PEOPLE_UNITS = {"kill": "killed", "die": "killed", "murder": "killed", "massacre": "killed", "execute": "killed",
                "wound": "wounded", "injure": "wounded", "hurt": "wounded", "displace": "displaced",
                "flee": "displaced", "evacuate": "displaced", "uproot": "displaced", "arrest": "arrested",
                "detain": "arrested", "jail": "arrested", "imprison": "arrested", "capture": "arrested",
                "abduct": "abducted", "kidnap": "abducted", "release": "released", "free": "released",
                "deport": "deported", "expel": "deported"}
PEOPLE_NOUNS = frozenset({"people", "person", "persons", "civilians", "civilian", "soldiers", "soldier",
                          "troops", "protesters", "demonstrators", "refugees", "children", "women", "men",
                          "residents", "villagers", "students", "police", "policemen", "officers", "militants",
                          "rebels", "fighters", "prisoners", "detainees", "migrants", "workers", "journalists",
                          "activists", "members", "supporters", "insurgents", "hostages", "passengers",
                          "others", "inhabitants", "citizens", "nationals"})
# a noun counted as people when the verb that gives the unit takes it as its object or passive subject
# ("arrested 3 al Qaeda suspects", "killed five gunmen"): any noun the verb acts on this way is counted
PEOPLE_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
CHANGE_VERBS = frozenset({"triple", "double", "quadruple", "increase", "raise", "boost", "cut", "reduce",
                          "expand", "grow", "lift", "lower", "rise", "fall", "drop", "climb", "decrease",
                          "slash", "halve", "bring"})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def parse_value(text: str) -> Optional[float]:
    """The number in an amount's words: "$30 billion" -> 3e10, "1,200" -> 1200, "two million" -> 2e6."""
    words = text.lower().replace("$", " ").replace("€", " ").replace("£", " ").replace("%", " ").split()
    value: Optional[float] = None
    for word in words:
        word = word.strip(",.()")
        match = _NUMBER.fullmatch(word)
        if match:
            number = word.replace(",", "")
            try:
                value = float(number)
            except ValueError:
                return None
        elif word in NUMBER_WORDS and value is None:
            value = float(NUMBER_WORDS[word])
        elif word in MULTIPLIERS and value is not None:
            value *= MULTIPLIERS[word]
        elif re.fullmatch(r"\d+(?:\.\d+)?(bn|m|k|tn)", word):
            number, suffix = re.match(r"(\d+(?:\.\d+)?)(\w+)", word).groups()
            value = float(number) * MULTIPLIERS[suffix]
    return value


def _currency(span: Span) -> Optional[str]:
    text = span.text.lower()
    for symbol, code in CURRENCY_SYMBOLS.items():
        if symbol in text:
            return code
    for token in list(span) + ([span.doc[span.end]] if span.end < len(span.doc) else []):
        code = CURRENCY_WORDS.get(token.lower_)
        if code:
            return code
    return None


def _role(root: Token, sentence: Span) -> str:
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in ("to", "into"):
            return "to"
        if head.lower_ == "from":
            return "from"
        if head.lower_ == "by":
            return "change"
    if root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in CHANGE_VERBS:
        has_to = any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in children_of(head))
        return "from" if has_to else "change"
    return "total"


def _people_unit(root: Token) -> Optional[str]:
    """"12 people were killed", "killing 12", "arresting 12 protesters" -> killed / arrested."""
    noun = root.head if root.dep_ == "nummod" else root
    while noun.dep_ == "compound" and noun.head.i != noun.i and noun is not root:
        noun = noun.head        # "3 al Qaeda suspects": the number hangs on the name before the noun
    counted = noun.lower_ in PEOPLE_NOUNS or noun is root
    if not counted:
        # "arrested 3 al Qaeda suspects": the object of a verb of killing, wounding, arresting... is people
        unit = PEOPLE_UNITS.get(noun.head.lemma_.lower()) if noun.dep_ in PEOPLE_OBJECT_DEPS else None
        return unit if unit and noun.head.pos_ == "VERB" and noun.pos_ in ("NOUN", "PROPN") else None
    for governor in (noun.head, noun.head.head):
        unit = PEOPLE_UNITS.get(governor.lemma_.lower())
        if unit and governor.pos_ in ("VERB", "AUX", "ADJ"):
            return unit
    return "people" if noun.lower_ in PEOPLE_NOUNS else None


def sentence_ents(sentence: Span) -> list[Span]:
    """`sentence.ents` at the cost of the sentence: spaCy's `Span.ents` rebuilds every entity of the
    whole doc on each call, which made coding quadratic in article length (issue 9). The doc's
    entities are built once (`nlp.doc_entities`); same result, same order."""
    ents = doc_entities(sentence.doc)
    found = []
    for i in range(bisect.bisect_left(ents, sentence.start, key=_start), len(ents)):
        if ents[i].end > sentence.end:
            break
        found.append(ents[i])
    return found


def _start(entity: Span) -> int:
    return entity.start


# words before a number that make it a bound rather than an exact count, longest first when read
BOUND_PHRASES = {"at least": "min", "more than": "min", "over": "min", "upwards of": "min", "above": "min",
                 "no fewer than": "min", "no less than": "min", "a minimum of": "min", "in excess of": "min",
                 "well over": "min", "up to": "max", "as many as": "max", "nearly": "max", "almost": "max",
                 "fewer than": "max", "less than": "max", "under": "max", "at most": "max", "just under": "max",
                 "close to": "max", "a maximum of": "max", "about": "about", "around": "about", "some": "about",
                 "roughly": "about", "approximately": "about", "an estimated": "about", "estimated": "about",
                 "an approximate": "about", "circa": "about"}
_BOUND_WORDS = sorted((tuple(p.split()) for p in BOUND_PHRASES), key=len, reverse=True)
# the phrases by their first word, longest first: an amount's first word rules out all the others
_BOUNDS_OPENED_BY = {first: [phrase for phrase in _BOUND_WORDS if phrase[0] == first]
                     for first in {phrase[0] for phrase in _BOUND_WORDS}}
# a plural of a round number is a lower bound ("dozens" is at least two dozen)
VAGUE_COUNTS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6,
                "tens of thousands": 20000, "hundreds of thousands": 200000, "tens of millions": 2e7}
RANGE_JOINERS = frozenset({"to", "-", "–", "and"})
_RANGE_SPLIT = re.compile(r"\s+(?:to|and)\s+|\s*[-–]\s*(?=[$€£\d])")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


def _leading_bound(words: list[str]) -> tuple[Optional[str], int]:
    """The bound its first words give an amount, and how many words it takes."""
    for phrase in _BOUNDS_OPENED_BY.get(words[0], ()) if words else ():
        if tuple(words[:len(phrase)]) == phrase:
            return BOUND_PHRASES[" ".join(phrase)], len(phrase)
    return None, 0


def read_amount(text: str, before: tuple[str, ...] = ()) -> Optional[tuple[float, Optional[str], Optional[float]]]:
    """(value, bound, high) of an amount's words: "at least 20" -> (20, min, None), "12 to 15" ->
    (12, range, 15), "2 to 3 million" -> (2e6, range, 3e6), "dozens" -> (24, min, None). `before`: the
    lowercase words just before the amount, where the parser left "more than" outside the entity."""
    words = text.lower().split()
    bound, used = _leading_bound(words)
    if bound is None and before:
        for size in (3, 2, 1):
            found, n = _leading_bound(list(before[-size:]))
            if found and n == size:
                bound = found
                break
    rest = " ".join(words[used:])
    if rest.startswith("between "):
        rest = rest[len("between "):]
    vague = VAGUE_COUNTS.get(rest.removesuffix(" of"))
    if vague is not None:
        return float(vague), bound or "min", None
    parts = [p for p in _RANGE_SPLIT.split(rest) if p]
    if len(parts) == 2:
        low, high = parse_value(parts[0]), parse_value(parts[1])
        if low is not None and high is not None and high > low:
            scale = _multiplier(parts[1])
            if scale and not _multiplier(parts[0]) and low * scale <= high:
                low *= scale        # "2 to 3 million": the multiplier of the second number holds for both
            return low, "range", high
    value = parse_value(rest)
    return None if value is None else (value, bound, None)


def _multiplier(text: str) -> Optional[float]:
    return next((MULTIPLIERS[w] for w in text.lower().split() if w in MULTIPLIERS), None)


def _number_like(token: Token) -> bool:
    return token.like_num or token.text in CURRENCY_SYMBOLS or token.lower_ in MULTIPLIERS


def _date_range_count(span: Span) -> bool:
    """spaCy tags "Between 20 and 30 soldiers" as a DATE: a range of counts, not of years, before a noun."""
    numbers = [t for t in span if t.like_num]
    follows = span.doc[span.end] if span.end < len(span.doc) else None
    return (span[0].lower_ == "between" and len(numbers) == 2 and follows is not None and follows.pos_ == "NOUN"
            and not any(_YEAR.fullmatch(t.text) for t in numbers))


def _amount_spans(sentence: Span, entities: list[Span]) -> list[tuple[Span, Optional[str]]]:
    """The sentence's amount entities, each with a role it must take, or None for the grammar's.
    A range the parser cut in two ("12" "to" "15", "20" "-" "30") is joined; an entity spaCy ran across
    "from $30 billion to $100 billion" is split in two, the from and the to."""
    doc = sentence.doc
    spans = [e for e in entities if e.label_ in AMOUNT_LABELS or (e.label_ == "DATE" and _date_range_count(e))]
    found: list[tuple[Span, Optional[str]]] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        joiner = doc[span.end] if span.end < sentence.end else None
        if joiner is not None and joiner.lower_ in ("to", "-", "–") and span.end + 1 < sentence.end and \
                _number_like(doc[span.end + 1]) and not _after_from(span):
            nxt = spans[i + 1] if i + 1 < len(spans) and spans[i + 1].start == span.end + 1 else None
            if nxt is None or nxt.label_ == span.label_:    # "by 5% to $3 billion" is two amounts
                end = nxt.end if nxt is not None else span.end + 2
                found.append((Span(doc, span.start, end, label=span.label_), None))
                i += 2 if nxt is not None else 1
                continue
        found.extend(_split_from_to(span))
        i += 1
    return found


def _after_from(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "from"


def _split_from_to(span: Span) -> list[tuple[Span, Optional[str]]]:
    joins = [t for t in span[1:-1] if t.lower_ == "to" and _number_like(span.doc[t.i + 1])]
    if len(joins) != 1 or not (_after_from(span) or span[0].lower_ == "from"):
        return [(span, None)]
    to = joins[0].i
    first = span.start + (1 if span[0].lower_ == "from" else 0)
    return [(Span(span.doc, first, to, label=span.label_), "from"),
            (Span(span.doc, to + 1, span.end, label=span.label_), "to")]


def _count_root(span: Span) -> Token:
    """The number that hangs on the counted noun, where a range has two ("12 to 15 people": 15)."""
    counting = [t for t in span if t.dep_ == "nummod"]
    return counting[-1] if counting else span.root


def find_amounts(sentence: Span, entities: Optional[list[Span]] = None) -> list[tuple[Amount, Token]]:
    """Every amount in the sentence with the token it hangs on (to attach it to events).
    `entities`: `sentence_ents(sentence)` when the caller has read them already."""
    entities = sentence_ents(sentence) if entities is None else entities
    found = []
    for span, fixed_role in _amount_spans(sentence, entities):
        before = tuple(t.lower_ for t in sentence.doc[max(sentence.start, span.start - 3):span.start])
        read = read_amount(span.text, before)
        if read is None:
            continue
        amount = _amount(span, sentence, read)
        if amount is None:
            continue
        amount, root = amount
        if fixed_role:
            amount = replace(amount, role=fixed_role)
        found.append((amount, root))
    return found


def _amount(span: Span, sentence: Span, read: tuple) -> Optional[tuple[Amount, Token]]:
    value, bound, high = read
    doc = sentence.doc
    root = _count_root(span) if bound == "range" else span.root
    fields = dict(bound=bound, high=high, start=span.start_char)
    # "50 million euros" is often tagged CARDINAL with the currency word just after it: money all the same
    after = doc[span.end] if span.end < len(doc) else None
    if span.label_ in ("CARDINAL", "QUANTITY") and after is not None and after.lower_ in CURRENCY_WORDS \
            and after.lower_ not in ("won", "pound"):
        return Amount(value, doc[span.start:span.end + 1].text, currency=CURRENCY_WORDS[after.lower_], unit=None,
                      role=_role(after, sentence), end=after.idx + len(after.text), **fields), after
    if span.label_ == "MONEY":
        return Amount(value, span.text, currency=_currency(span) or None, unit=None, role=_role(root, sentence),
                      end=span.end_char, **fields), root
    if span.label_ == "PERCENT" or (after is not None and after.lower_ in ("percent", "%")):
        return Amount(value, span.text, unit="percent", role=_role(root, sentence), end=span.end_char,
                      **fields), root
    unit = _people_unit(root)
    if unit is None:
        return None
    return Amount(value, span.text, unit=unit, role="total", end=span.end_char, **fields), root
