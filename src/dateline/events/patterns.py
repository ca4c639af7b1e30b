"""Event patterns: our own (data/patterns.yaml) and PETRARCH verb dictionaries, compiled once.

A `Rule` says: this trigger word (a verb, noun or adjective lemma), with these argument words
around it, is this CAMEO code. `Lexicon.match(token, args)` returns the most specific rule that
fits a token of a parsed sentence. PLOVER type, QuadClass and Goldstein come from the tables.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

import yaml

from ..model import SYMMETRIC_TYPES
from .petrarch import VerbDictionary, read_verb_dictionary
from .tables import DATA, CameoTables, load_tables

PREPOSITIONS = frozenset({"of", "with", "between", "to", "on", "against", "for", "by", "at", "from", "into",
                          "in", "about", "over", "toward", "towards", "upon", "among", "as", "before", "under"})
_FILLER = frozenset({"the", "a", "an", "to"})
DEFAULT_VERB_DICTIONARY = "CAMEO.verbpatterns.150430.txt"


class PatternError(ValueError):
    """A pattern file that does not follow the format (bad code, unknown type)."""


@dataclass(frozen=True)
class Rule:
    kind: str                     # verb, noun, adjective
    lemma: str                    # the trigger word (lemma, or lower-case text for plural nouns)
    words: tuple[str, ...]        # argument words that must also be present
    cameo: str
    plover: str
    name: str                     # where the rule comes from: "patterns.yaml:040 verb 'hold talks'"
    modality: Optional[str] = None
    refine: tuple[tuple[str, str], ...] = ()
    require_both: bool = False    # needs a source and a target actor
    confidence: float = 0.9
    petrarch_block: Optional[str] = None   # for dictionary verbs: the block whose patterns refine the code
    mutual: bool = False          # done together: conjoined doers are each other's partner ("A and B signed")
    mutual_both: bool = False     # ... in both directions ("A and B clashed")
    user: bool = False            # from a user's pattern file or verb dictionary: wins over every shipped rule

    @property
    def specificity(self) -> int:
        return len(self.words)


@dataclass
class Lexicon:
    tables: CameoTables
    verbs: dict[str, list[Rule]] = field(default_factory=dict)
    nouns: dict[str, list[Rule]] = field(default_factory=dict)
    adjectives: dict[str, list[Rule]] = field(default_factory=dict)
    dictionaries: list[VerbDictionary] = field(default_factory=list)
    # every word of every sentence is looked up: the sorted rules per (kind, keys) are kept
    _candidates: dict[tuple, tuple[Rule, ...]] = field(default_factory=dict, repr=False, compare=False)
    _compiled: dict[tuple, tuple] = field(default_factory=dict, repr=False, compare=False)
    _words: Optional[frozenset[str]] = field(default=None, repr=False, compare=False)

    def add(self, rule: Rule) -> None:
        table = {"verb": self.verbs, "noun": self.nouns, "adjective": self.adjectives}[rule.kind]
        rules = table.setdefault(rule.lemma, [])
        rules.append(rule)
        rules.sort(key=_priority)
        self._candidates.clear()
        self._compiled.clear()
        self._words = None

    def trigger_words(self) -> frozenset[str]:
        """Every word (lemma or form) that some rule is keyed on: any other word cannot trigger."""
        if self._words is None:
            self._words = frozenset(self.verbs) | frozenset(self.nouns) | frozenset(self.adjectives)
        return self._words

    def candidates(self, kind: str, keys: Iterable[str]) -> tuple[Rule, ...]:
        keys = tuple(keys)
        cached = self._candidates.get((kind, keys))
        if cached is None:
            table = {"verb": self.verbs, "noun": self.nouns, "adjective": self.adjectives}[kind]
            found: list[Rule] = []
            for key in keys:
                found.extend(table.get(key, ()))
            cached = self._candidates[(kind, keys)] = tuple(sorted(found, key=_priority))
        return cached

    def match(self, kind: str, keys: Sequence[str], args: frozenset[str] | Callable[[], frozenset[str]],
              possible: Optional[frozenset[str]] = None) -> Optional[Rule]:
        """The most specific rule for the trigger whose argument words are all present.

        `args` may be a function: reading a trigger's arguments costs more than most matches, so it
        is called only for a rule whose words are all among `possible` (the sentence's words: an
        argument word is one of them), at most once."""
        read: Optional[frozenset[str]] = None if callable(args) else args
        for rule, needs, prepositions in self._checks(kind, tuple(keys)):
            if not needs:
                return rule
            if possible is not None and not needs <= possible:
                continue
            if read is None:
                read = args()
            if needs <= read or (prepositions and all(
                    any(f"{prep} {word}" in read for prep in prepositions) for word in needs - read)):
                return rule
        return None

    def _checks(self, kind: str, keys: tuple[str, ...]) -> tuple[tuple[Rule, frozenset[str], tuple[str, ...]], ...]:
        """The candidates with what each needs: its words, and its prepositions (a word may be
        present as the object of one: "put on alert")."""
        cached = self._compiled.get((kind, keys))
        if cached is None:
            cached = self._compiled[(kind, keys)] = tuple(
                (rule, frozenset(rule.words), tuple(w for w in rule.words if w in PREPOSITIONS))
                for rule in self.candidates(kind, keys))
        return cached

    def refine(self, rule: Rule, words: frozenset[str]) -> str:
        """A more specific CAMEO code when a refining word is present (first listed wins)."""
        for word, code in rule.refine:
            if word in words:
                return code
        return rule.cameo


def _priority(rule: Rule) -> tuple[bool, bool, int, int]:
    """A user's rules (pattern files, and the verb dictionaries a user names) before the shipped ones, so that
    a user's coding of a word wins ("RESTORE [064]" over our "restore ties"); then our own patterns before
    dictionary verbs, then the most specific first; at equal length a pattern with content words ("send troops")
    before one of prepositions only ("send to")."""
    return (not rule.user, rule.petrarch_block is not None, -rule.specificity,
            -sum(1 for word in rule.words if word not in PREPOSITIONS))


def _split_phrase(kind: str, phrase: str) -> tuple[str, tuple[str, ...]]:
    raw = phrase.lower().split()
    # "to" before a verb is filler ("attempt to assassinate"); at the end it is a preposition ("welcome to")
    words = [w for i, w in enumerate(raw)
             if w not in _FILLER or (w == "to" and (kind != "verb" or i == len(raw) - 1)) or len(raw) == 1]
    if kind == "noun" and len(words) > 1 and not any(w in PREPOSITIONS for w in words[1:]):
        # "hunger strike", "car bomb": the head is the last word, the rest modify it
        return words[-1], tuple(words[:-1])
    return words[0], tuple(words[1:])


def _plover_for(tables: CameoTables, code: str, override: Optional[str], where: str) -> str:
    if not tables.exists(code):
        raise PatternError(f"{where}: CAMEO code {code!r} is not in eventcodes.tsv")
    plover = override or tables.plover(code)
    if not plover:
        raise PatternError(f"{where}: CAMEO code {code} has no PLOVER type; give one with `plover:`")
    return plover


def rules_from_yaml(text: str, tables: CameoTables, source: str = "patterns.yaml") -> list[Rule]:
    """Compile our pattern file (see the header of data/patterns.yaml for the format)."""
    try:
        entries = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        raise PatternError(f"{source} is not valid YAML: {exc}") from exc
    if not isinstance(entries, list):
        raise PatternError(f"{source} must be a list of entries with `cameo:`")
    rules: list[Rule] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise PatternError(f"{source}: each entry must be a mapping with `cameo:`, not {entry!r}")
        code = str(entry.get("cameo", "")).strip()
        where = f"{source}:{code}"
        plover = _plover_for(tables, code, entry.get("plover"), where)
        refine = tuple((str(w).lower(), str(c)) for w, c in (entry.get("refine") or {}).items())
        for _, sub in refine:
            if not tables.exists(sub):
                raise PatternError(f"{where}: refining code {sub!r} is not in eventcodes.tsv")
        for kind, key in (("verb", "verbs"), ("noun", "nouns"), ("adjective", "adjectives")):
            for phrase in entry.get(key) or ():
                lemma, words = _split_phrase(kind, str(phrase))
                rules.append(Rule(kind, lemma, words, code, plover, f"{where} {kind} '{phrase}'",
                                  modality=entry.get("modality"), refine=refine,
                                  require_both=bool(entry.get("require_both", False)),
                                  confidence=float(entry.get("confidence", 0.9)),
                                  mutual=bool(entry.get("mutual", plover in SYMMETRIC_TYPES)),
                                  mutual_both=entry.get("mutual") == "both"))
    return rules


def rules_from_verb_dictionary(dictionary: VerbDictionary, tables: CameoTables) -> list[Rule]:
    """Dictionary verbs become verb rules (code from the verb or its block, refined by patterns)."""
    rules = []
    name = Path(dictionary.source).name
    for lemma, entries in dictionary.verbs.items():
        for entry in entries:
            plover = tables.plover(entry.code) if entry.code and tables.exists(entry.code) else None
            # a [---] block can still have coded patterns, so keep its verbs with the block's name
            rules.append(Rule("verb", lemma, entry.particles, entry.code or "", plover or "",
                              f"{name} {entry.block} '{' '.join((lemma,) + entry.particles)}'",
                              confidence=0.6, petrarch_block=entry.block, require_both=True,
                              mutual=plover in SYMMETRIC_TYPES))
    return rules


_USER_KEYS = ("cameo", "plover", "verbs", "nouns", "adjectives", "refine", "modality", "mutual", "require_both",
              "confidence")


def check_user_patterns(text: str, tables: CameoTables, source: str) -> None:
    """A user's pattern file checked entry by entry, each problem a PatternError naming the line:
    a missing or unknown CAMEO code (an unquoted `cameo: 040` is YAML's octal 32), a key that is
    not in the format (`verb:` for `verbs:` would be ignored), word lists written as one string
    (`verbs: cede` would be read letter by letter), an entry with no words, an unknown modality."""
    from ..model import MODALITIES
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        raise PatternError(f"{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from exc
    if not isinstance(node, yaml.SequenceNode):
        return                                  # rules_from_yaml says what the file must be
    entries = yaml.safe_load(text) or []
    for item, entry in zip(node.value, entries):
        where = f"{source}:{item.start_mark.line + 1}"
        if not isinstance(entry, dict):
            continue
        unknown = [str(key) for key in entry if key not in _USER_KEYS]
        if unknown:
            raise PatternError(f"{where}: unknown key {', '.join(map(repr, unknown))} (the keys are "
                               f"{', '.join(_USER_KEYS)})")
        code = entry.get("cameo")
        if code is None or str(code).strip() == "":
            raise PatternError(f"{where}: the entry has no `cameo:` code")
        if not isinstance(code, str):
            raise PatternError(f"{where}: write the CAMEO code in quotes, `cameo: \"081\"` (YAML reads {code!r} "
                               "unquoted as a number)")
        if not tables.exists(code.strip()):
            raise PatternError(f"{where}: CAMEO code {code!r} is not in eventcodes.tsv")
        for key in ("verbs", "nouns", "adjectives"):
            if key in entry and not isinstance(entry[key], list):
                raise PatternError(f"{where}: `{key}` must be a list, e.g. {key}: [{entry[key]}]")
        if not any(entry.get(key) for key in ("verbs", "nouns", "adjectives")):
            raise PatternError(f"{where}: the entry gives no verbs, nouns or adjectives, so it would never match")
        if entry.get("modality") is not None and entry["modality"] not in MODALITIES:
            raise PatternError(f"{where}: modality {entry['modality']!r} is not one of {', '.join(MODALITIES)}")


def read_pattern_file(path: str | Path) -> list[Rule]:
    """The rules of a user's pattern file (the format of data/patterns.yaml); raises PatternError
    with a readable reason and the line, so that a command can refuse a bad file before any work."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(f"cannot read pattern file {path}: {getattr(exc, 'strerror', None) or exc}") from exc
    tables = load_tables()
    check_user_patterns(text, tables, str(path))
    return [replace(rule, user=True) for rule in rules_from_yaml(text, tables, str(path))]


def build_lexicon(pattern_files: Sequence[str | Path] = (), verb_files: Sequence[str | Path] = (),
                  builtin: bool = True) -> Lexicon:
    """Our shipped patterns (unless builtin=False), extra YAML pattern files, and verb dictionaries.

    With builtin=True and no verb_files, the shipped PETRARCH CAMEO verb dictionary is used too.
    """
    tables = load_tables()
    lexicon = Lexicon(tables)
    if builtin:
        for rule in rules_from_yaml((DATA / "patterns.yaml").read_text(encoding="utf-8"), tables):
            lexicon.add(rule)
        _judgements_by_other_naming_verbs(lexicon)
    for path in pattern_files:
        for rule in read_pattern_file(path):
            lexicon.add(rule)
    dictionaries = [read_verb_dictionary(p) for p in verb_files]
    users = bool(verb_files)                  # the verb dictionaries a user names are the user's rules
    if builtin and not verb_files:
        dictionaries = [_shipped_dictionary()]
    for dictionary in dictionaries:
        lexicon.dictionaries.append(dictionary)
        for rule in rules_from_verb_dictionary(dictionary, tables):
            lexicon.add(replace(rule, user=True) if users else rule)
    return lexicon


# what one may "call" something in judging it ("call illegal", "call betrayal") one may also describe or brand it as
# ("Saudi Arabia described the move as unjustified and irresponsible")
JUDGING_ALIASES = ("describe", "brand", "label", "term", "dub")


def _judgements_by_other_naming_verbs(lexicon: Lexicon) -> None:
    known = {(rule.lemma, rule.words) for rules in lexicon.verbs.values() for rule in rules}
    for rule in list(lexicon.verbs.get("call", ())):
        if rule.plover != "ACCUSE" or not rule.words or set(rule.words) & PREPOSITIONS:
            continue
        for alias in JUDGING_ALIASES:
            if (alias, rule.words) not in known:
                lexicon.add(replace(rule, lemma=alias, name=f"{rule.name} (as '{alias}')"))


@functools.lru_cache(maxsize=1)
def _shipped_dictionary() -> VerbDictionary:
    with __import__("importlib").resources.as_file(DATA / DEFAULT_VERB_DICTIONARY) as path:
        return read_verb_dictionary(path)


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, compiled once per process."""
    return build_lexicon()
