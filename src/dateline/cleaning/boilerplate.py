"""Boilerplate lines in plain text (bylines, copyright, "Read more", share bars...), by the rules
in `data/boilerplate.yaml`. Only whole, short lines are removed, so news sentences stay."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from .spans import Unit, lines

RULES_FILE = Path(__file__).resolve().parent.parent / "data" / "boilerplate.yaml"
_SEPARATORS = re.compile(r"[|/·•,:>»›\-–—()\[\]]+")
_BULLET = re.compile(r"^(?:[-•*·–—►▶]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: Optional[re.Pattern] = None
    only_words: frozenset[str] = frozenset()
    required_words: frozenset[str] = frozenset()
    min_words: int = 1
    max_words: int = 20
    no_sentence_end: bool = False
    then_list: bool = False

    def matches(self, line: str, word_count: int, ends_sentence: Optional[bool] = None) -> bool:
        """`ends_sentence`: whether the line ends as a sentence does, when the caller knows it
        already (one search per line, not one per rule)."""
        if word_count > self.max_words:
            return False
        if self.no_sentence_end:
            if ends_sentence is None:
                ends_sentence = _SENTENCE_END.search(line) is not None
            if ends_sentence:
                return False
        if self.pattern is not None:
            return self.pattern.fullmatch(line) is not None
        tokens = _SEPARATORS.sub(" ", line).lower().split()
        return (len(tokens) >= self.min_words and all(t in self.only_words for t in tokens)
                and any(t in self.required_words for t in tokens))


@dataclass(frozen=True)
class BoilerplateHit:
    unit: Unit
    rule: str


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_FILE) -> tuple[Rule, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rules = []
    for entry in data.get("rules", []):
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        rules.append(Rule(
            name=entry["name"],
            pattern=re.compile(entry["pattern"], flags) if entry.get("pattern") else None,
            only_words=frozenset(str(w).lower() for w in entry.get("only_words", ())),
            required_words=frozenset(str(w).lower() for w in entry.get("required_words", ())),
            min_words=int(entry.get("min_words", 1)),
            max_words=int(entry.get("max_words", 20)),
            no_sentence_end=bool(entry.get("no_sentence_end", False)),
            then_list=bool(entry.get("then_list", False)),
        ))
    return tuple(rules)


def find_boilerplate(text: str, rules: tuple[Rule, ...] = (), text_lines: Optional[list[Unit]] = None) -> list[BoilerplateHit]:
    """Lines of `text` that a rule matches, with the rule's name (`text_lines`: `lines(text)`,
    when the caller has them already)."""
    rules = rules or load_rules()
    longest = max((rule.max_words for rule in rules), default=0)
    hits: list[BoilerplateHit] = []
    units = lines(text) if text_lines is None else text_lines
    index = 0
    while index < len(units):
        unit = units[index]
        rule = _first_match(unit.text, rules, longest)
        index += 1
        if rule is None:
            continue
        hits.append(BoilerplateHit(unit, rule.name))
        if rule.then_list:
            while index < len(units) and _is_list_item(units[index].text):
                hits.append(BoilerplateHit(units[index], rule.name + " (list)"))
                index += 1
    return hits


def _first_match(line: str, rules: tuple[Rule, ...], longest: int) -> Optional[Rule]:
    if len(line) > 400:       # boilerplate lines are short; skip the regexes on long paragraphs
        return None
    word_count = len(line.split())
    if word_count > longest:
        return None
    ends_sentence = _SENTENCE_END.search(line) is not None     # once per line (issue 8, speed)
    for rule in rules:
        if rule.matches(line, word_count, ends_sentence):
            return rule
    return None


def _is_list_item(line: str) -> bool:
    """A bullet line, or a short headline-like line (no final full stop) under a list heading."""
    if _BULLET.match(line):
        return len(line.split()) <= 25
    return len(line.split()) <= 14 and not _SENTENCE_END.search(line)
