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
from typing import Optional

from spacy.tokens import Span, Token

from ..model import Amount
from ..nlp import per_doc

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


def _role(root: Token, sentence: Span, spans: list[Span]) -> str:
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in ("to", "into"):
            return "to"
        if head.lower_ == "from":
            return "from"
        if head.lower_ == "by":
            return "change"
    if root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in CHANGE_VERBS:
        has_to = any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in head.children)
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


def _entities_and_starts(doc) -> tuple:
    ents = doc.ents
    return ents, [e.start for e in ents]


def sentence_ents(sentence: Span) -> list[Span]:
    """`sentence.ents` at the cost of the sentence: spaCy's `Span.ents` rebuilds every entity of the
    whole doc on each call, which made coding quadratic in article length (issue 9). The doc's
    entities are built once and cached in `doc.user_data`; same result, same order."""
    ents, starts = per_doc(sentence.doc, "ents", _entities_and_starts)
    found = []
    for i in range(bisect.bisect_left(starts, sentence.start), len(ents)):
        if ents[i].end > sentence.end:
            break
        found.append(ents[i])
    return found


def find_amounts(sentence: Span, entities: Optional[list[Span]] = None) -> list[tuple[Amount, Token]]:
    """Every amount in the sentence with the token it hangs on (to attach it to events).
    `entities`: `sentence_ents(sentence)` when the caller has read them already."""
    spans = [e for e in (sentence_ents(sentence) if entities is None else entities) if e.label_ in AMOUNT_LABELS]
    found = []
    for span in spans:
        value = parse_value(span.text)
        if value is None:
            continue
        root = span.root
        # "50 million euros" is often tagged CARDINAL with the currency word just after it: money all the same
        currency_after = span.label_ == "CARDINAL" and span.end < len(span.doc) and \
            span.doc[span.end].lower_ in CURRENCY_WORDS and span.doc[span.end].lower_ not in ("won", "pound")
        if currency_after:
            root = span.doc[span.end]
            amount = Amount(value, span.doc[span.start:span.end + 1].text, currency=CURRENCY_WORDS[root.lower_],
                            unit=None, role=_role(root, sentence, spans), start=span.start_char,
                            end=root.idx + len(root.text))
        elif span.label_ == "MONEY":
            amount = Amount(value, span.text, currency=_currency(span) or None, unit=None,
                            role=_role(root, sentence, spans), start=span.start_char, end=span.end_char)
        elif span.label_ == "PERCENT":
            amount = Amount(value, span.text, unit="percent", role=_role(root, sentence, spans),
                            start=span.start_char, end=span.end_char)
        else:
            unit = _people_unit(root)
            if unit is None:
                continue
            amount = Amount(value, span.text, unit=unit, role="total", start=span.start_char, end=span.end_char)
        found.append((amount, root))
    return found
