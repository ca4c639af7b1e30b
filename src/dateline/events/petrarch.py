"""A reader for PETRARCH/TABARI verb dictionaries (e.g. CAMEO.verbpatterns.150430.txt).

The format: `&NAME` starts a synonym set whose `+WORD` lines follow; `--- NAME [code] ---` starts a
verb block; the block's lines name verbs (`MEET {MEETS MET MEETING}`, `+MEET_WITH` for a phrasal
verb, an optional `[code]` overrides the block's code) and patterns (`- $ * WITH + [046]`, where `*`
is the verb, `$` the source, `+` the target, `^` skips, `%` marks a compound and `&SET` is any word
of a synonym set). `[---]` means "do not code". `#` starts a comment.

dateline uses the verbs as synonyms with their CAMEO codes, and the patterns as refinements: a
pattern whose words appear around the verb, in order, in the same sentence picks its code. A word
ending in `_` must match exactly; others match as stems (TABARI practice), so SANCTION matches
sanctions.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

_CODE = re.compile(r"\[([^\]]*)\]")
# a block header: "--- MEET [040] ---", or "--- SEND   ###" for a block with no code of its own
_HEADER = re.compile(r"^---\s*(.+?)\s*(?:\[([^\]]*)\]\s*---|###)")
_MARKERS = {"*", "$", "+", "^", "%"}


class DictionaryError(ValueError):
    """A dictionary file that cannot be read (missing, wrong format)."""


@dataclass(frozen=True)
class VerbEntry:
    lemma: str                          # base form, lower case: "meet"
    particles: tuple[str, ...]          # words that must follow: ("with",) for +MEET_WITH
    code: Optional[str]                 # CAMEO code, None for [---]
    block: str                          # the block's name, e.g. MEET_PEOPLE


@dataclass(frozen=True)
class VerbPattern:
    before: tuple[tuple[str, ...], ...]  # word alternatives that must precede the verb, in order
    after: tuple[tuple[str, ...], ...]   # word alternatives that must follow the verb, in order
    code: Optional[str]
    text: str                            # the pattern as written, for explanations

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@dataclass
class VerbDictionary:
    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)          # lemma -> entries
    patterns: dict[str, list[VerbPattern]] = field(default_factory=dict)     # block -> patterns
    synsets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str = ""
    _indexes: dict = field(default_factory=dict, repr=False)

    def entries(self, lemma: str) -> list[VerbEntry]:
        return self.verbs.get(lemma, [])

    def best_pattern(self, block: str, before: Sequence[str], after: Sequence[str]) -> Optional[VerbPattern]:
        """The most specific pattern of the block whose words occur around the verb.

        `before` and `after` are the lower-cased words of the sentence before and after the verb.
        Only patterns whose first word occurs nearby are checked in full (an index by that word,
        built once per block), so a block of hundreds of patterns costs a few set lookups. The
        words of each side are indexed once per call (word prefix -> positions), so a step of a
        pattern, even a synonym set of hundreds of words, costs a few dictionary lookups.
        """
        compiled = self._compiled(block)
        if compiled is None:
            return None
        anchored, first_unanchored, patterns, sizes, steps, by_word = compiled
        candidates: set[int] = set()
        for words in (before, after):
            for word in words:
                found = by_word.get(word)
                if found is None:
                    if len(by_word) > 100_000:
                        by_word.clear()
                    found = by_word[word] = tuple({n for prefix in _prefixes(word) for n in anchored.get(prefix, ())})
                if found:
                    candidates.update(found)
        if not candidates:
            return first_unanchored
        wanted = self._wanted_prefixes()
        after_side = _Side(list(after), wanted)
        before_side = _Side(list(reversed(before)), wanted)
        # the most specific pattern wins: check the largest first and stop below the best size found
        best_size = -1
        matched: list[int] = []
        for number in sorted(candidates, key=lambda n: (-sizes[n], n)):
            size = sizes[number]
            if size < best_size:
                break
            compiled_steps = steps[number]
            if compiled_steps is None:
                pattern = patterns[number]
                compiled_steps = steps[number] = (_compile_steps(pattern.after),
                                                  _compile_steps(tuple(reversed(pattern.before))))
            after_steps, before_steps = compiled_steps
            if _in_order_indexed(after_steps, after_side) and _in_order_indexed(before_steps, before_side):
                best_size = size
                matched.append(number)
        if not matched:
            return first_unanchored
        if len(matched) == 1:
            return patterns[matched[0]]
        # a tie between patterns of the same size: the one listed first in the dictionary wins, so
        # the coding never depends on the process (set iteration order would)
        return patterns[matched[0]]

    def _wanted_prefixes(self) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
        """(word -> its prefixes that some pattern step looks for, filled on use; the words looked for)."""
        cache = self._indexes.get(("wanted",))
        if cache is None:
            words = {part for patterns in self.patterns.values() for pattern in patterns
                     for options in pattern.before + pattern.after for option in options
                     for part in option.split(" ") if part and not part.endswith("_")}
            cache = self._indexes[("wanted",)] = ({}, frozenset(words))
        return cache

    def _compiled(self, block: str):
        """(first-word index -> pattern numbers, first unanchored pattern, patterns, sizes, compiled
        steps) for a block, built once; None for a block without patterns."""
        key = ("compiled", block)
        if key in self._indexes:
            return self._indexes[key]
        anchored_patterns, unanchored = self._index(block)
        patterns = list(self.patterns.get(block, ()))
        if not patterns:
            self._indexes[key] = None
            return None
        numbers = {id(p): n for n, p in enumerate(patterns)}
        anchored = {prefix: tuple(sorted({numbers[id(p)] for p in found}))
                    for prefix, found in anchored_patterns.items()}
        sizes = [p.size for p in patterns]
        steps: list = [None] * len(patterns)     # compiled on first use
        compiled = (anchored, unanchored[0] if unanchored else None, patterns, sizes, steps, {})
        self._indexes[key] = compiled
        return compiled

    def _index(self, block: str) -> tuple[dict[str, list[VerbPattern]], list[VerbPattern]]:
        cached = self._indexes.get(block)
        if cached is None:
            anchored: dict[str, list[VerbPattern]] = {}
            unanchored: list[VerbPattern] = []
            for pattern in self.patterns.get(block, ()):
                steps = pattern.after or pattern.before
                if not steps:
                    unanchored.append(pattern)
                    continue
                for option in set(steps[0]):
                    anchored.setdefault(option.split(" ")[0].rstrip("_"), []).append(pattern)
            cached = self._indexes[block] = (anchored, unanchored)
        return cached


_PREFIXES: dict[str, tuple[str, ...]] = {}


def _prefixes(word: str) -> tuple[str, ...]:
    """The non-empty prefixes of a word (memoised: news repeats its words)."""
    found = _PREFIXES.get(word)
    if found is None:
        if len(_PREFIXES) > 200_000:
            _PREFIXES.clear()
        found = _PREFIXES[word] = tuple(word[:n] for n in range(1, len(word) + 1))
    return found


class _Side:
    """The words on one side of a verb, indexed on first use: prefix -> positions, word -> positions."""
    __slots__ = ("words", "prefixes", "exact", "wanted")

    def __init__(self, words: list[str], wanted: tuple[dict[str, tuple[str, ...]], frozenset[str]]):
        self.words = words
        self.prefixes: Optional[dict[str, list[int]]] = None
        self.exact: dict[str, list[int]] = {}
        self.wanted = wanted               # (word -> wanted prefixes cache, the words patterns look for)

    def _build(self) -> dict[str, list[int]]:
        prefixes: dict[str, list[int]] = {}
        exact = self.exact
        cache, wanted = self.wanted
        for i, word in enumerate(self.words):
            at = exact.get(word)
            if at is None:
                exact[word] = [i]
            else:
                at.append(i)
            found = cache.get(word)
            if found is None:
                if len(cache) > 200_000:
                    cache.clear()
                found = cache[word] = tuple(p for p in _prefixes(word) if p in wanted)
            for prefix in found:
                at = prefixes.get(prefix)
                if at is None:
                    prefixes[prefix] = [i]
                else:
                    at.append(i)
        self.prefixes = prefixes
        return prefixes

    def positions(self, wanted: str, exact: bool):
        prefixes = self.prefixes
        if prefixes is None:
            prefixes = self._build()
        if exact:
            return self.exact.get(wanted)
        if not wanted:                       # "" is a prefix of every word
            return range(len(self.words))
        return prefixes.get(wanted)


_COMPILED_OPTIONS: dict[tuple[str, ...], tuple] = {}


def _compile_steps(alternatives: tuple[tuple[str, ...], ...]) -> tuple:
    """Steps pre-split: step -> options -> ((word, exact), ...)."""
    steps = []
    for options in alternatives:
        compiled = _COMPILED_OPTIONS.get(options)
        if compiled is None:
            compiled = _COMPILED_OPTIONS[options] = tuple(
                tuple((p[:-1], True) if p.endswith("_") else (p, False) for p in option.split(" "))
                for option in options)
        steps.append(compiled)
    return tuple(steps)


def _in_order_indexed(steps: tuple, side: _Side) -> bool:
    """True when each step (alternative word sequences) occurs in order on the side, found by lookups."""
    position = 0
    words = side.words
    count = len(words)
    for options in steps:
        for parts in options:
            wanted, exact = parts[0]
            at = side.positions(wanted, exact)
            if not at:
                continue
            length = len(parts)
            last = count - length
            found = -1
            for i in (at[bisect_left(at, position):] if position else at):
                if i > last:
                    break
                for k in range(1, length):
                    wanted, exact = parts[k]
                    word = words[i + k]
                    if (word != wanted) if exact else not word.startswith(wanted):
                        break
                else:
                    found = i
                    break
            if found >= 0:
                position = found + length
                break
        else:
            return False
    return True


def _code(text: str) -> tuple[bool, Optional[str]]:
    """(has a code, the code) from a `[code]` or `[code:code]` annotation; `---` means none."""
    match = _CODE.search(text)
    if not match:
        return False, None
    code = match.group(1).strip().split(":", 1)[0].strip()
    return True, (code if code and code != "---" and code.isdigit() else None)


def _verb_line(line: str, block: str, block_code: Optional[str]) -> list[VerbEntry]:
    """`MEET {MEETS MET}` or `+GUN_DOWN {...} [193]` -> entries for the base form."""
    has_code, code = _code(line)
    head = line.split("{", 1)[0]
    head = _CODE.sub("", head).strip().split()
    if not head:
        return []
    words = head[0].lstrip("+").lower().replace("-", "_").split("_")
    words = [w for w in words if w]
    if not words or not words[0].isalpha():
        return []
    return [VerbEntry(words[0], tuple(words[1:]), code if has_code else block_code, block)]


NO_WORD = "\x00"       # a pattern step no word of a text is


def _pattern_words(tokens: list[str], synsets: dict[str, tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    steps = []
    for token in tokens:
        if token in _MARKERS or not token:
            continue
        token = token.lower()
        if token.startswith("&"):
            # (an empty set matches no word: dropped, it would leave the pattern matching any object)
            steps.append(_synset_words(token[1:], synsets) or (NO_WORD,))
            continue
        parts = [p for p in re.split(r"(?<!^)_(?!$)", token) if p and p not in _MARKERS]
        # an inner `_` joins consecutive words; `&SET` inside a joined word expands to its first member
        words = [synsets.get(p[1:].rstrip("_"), (p,))[0] if p.startswith("&") else p for p in parts]
        words = [w for w in words if w not in _MARKERS]
        if words:
            steps.append((" ".join(words),))
    return tuple(steps)


def _synset_words(name: str, synsets: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """What `&NAME` stands for: the members of the set, or, where the files write a set joined to more words
    ("&MILITARY_ASSISTANCE", "&REFUGEE_STATUS"), each member of the longest set that begins the name followed by
    those words ("military assistance", "troops assistance"). A name that begins with no set is read as its words:
    dropped, it would leave the pattern matching any object ("* &REFUGEE_STATUS" would be every approval)."""
    name = name.rstrip("_")
    if name in synsets:
        return synsets[name]
    parts = [part for part in name.split("_") if part]
    for cut in range(len(parts) - 1, 0, -1):
        members = synsets.get("_".join(parts[:cut]))
        if members:
            rest = " ".join(parts[cut:])
            return tuple(f"{member.rstrip('_')} {rest}" for member in members)
    return (" ".join(parts),) if parts else ()


def _pattern_line(line: str, synsets: dict[str, tuple[str, ...]]) -> Optional[VerbPattern]:
    has_code, code = _code(line)
    if not has_code:
        return None
    body = _CODE.split(line, 1)[0][1:].strip()
    tokens = body.split()
    if "*" not in tokens:
        return None
    star = tokens.index("*")
    return VerbPattern(_pattern_words(tokens[:star], synsets), _pattern_words(tokens[star + 1:], synsets),
                       code, body)


def read_verb_dictionary(path: str | Path) -> VerbDictionary:
    """Read a PETRARCH verb dictionary; raises DictionaryError with a readable reason."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"cannot read verb dictionary {path}: {exc.strerror or exc}") from exc
    return parse_verb_dictionary(text, str(path))


def parse_verb_dictionary(text: str, source: str = "<text>") -> VerbDictionary:
    dictionary = VerbDictionary(source=source)
    synset: Optional[list[str]] = None
    synset_name = ""
    block: Optional[str] = None
    block_code: Optional[str] = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        stripped = line.strip()
        if not stripped and raw.strip():
            continue            # a comment line, inside a synonym set too ("&CURRENCY" then "# <14.06.08: ...")
        if not stripped:
            if synset is not None:
                dictionary.synsets[synset_name] = tuple(synset)
                synset = None
            continue
        header = _HEADER.match(raw.strip())     # (before the comment cut: "###" ends a header)
        if header:
            if synset is not None:
                dictionary.synsets[synset_name] = tuple(synset)
                synset = None
            block = header.group(1).strip().rstrip("_")
            block_code = _code("[" + header.group(2) + "]")[1] if header.group(2) is not None else None
            dictionary.patterns.setdefault(block, [])
            continue
        if stripped.startswith("&") and block is None:
            synset_name, synset = stripped[1:].strip().lower().rstrip("_"), []
            continue
        if synset is not None and stripped.startswith("+"):
            word = stripped[1:].split()[0].lower()
            synset.append(word.replace("_", " ").strip() + ("_" if word.endswith("_") else ""))
            continue
        if block is None:
            continue
        if stripped.startswith("-"):
            pattern = _pattern_line(stripped, dictionary.synsets)
            if pattern is not None:
                dictionary.patterns[block].append(pattern)
            continue
        for entry in _verb_line(stripped, block, block_code):
            dictionary.verbs.setdefault(entry.lemma, []).append(entry)
    if synset is not None:
        dictionary.synsets[synset_name] = tuple(synset)
    if not dictionary.verbs:
        raise DictionaryError(f"{source} has no verb blocks (`--- NAME [code] ---`); is it a PETRARCH verb dictionary?")
    return dictionary
