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
_HEADER = re.compile(r"^---\s*(.+?)\s*\[([^\]]*)\]\s*---")
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
        after_side = _Side(list(after))
        before_side = _Side(list(reversed(before)))
        # the reference loop keeps the first matching pattern of the greatest size, in its candidate
        # order: check the largest first, and fall back to that loop only on a tie between patterns
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
        # a tie: the reference loop keeps the first of them in its candidate order, which follows
        # the iteration order of its prefix set; build that set the same way and walk it
        tied = {id(patterns[n]) for n in matched}
        anchored_patterns = self._index(block)[0]
        for prefix in {w[:n] for w in list(before) + list(after) for n in range(1, len(w) + 1)}:
            for pattern in anchored_patterns.get(prefix, ()):
                if id(pattern) in tied:
                    return pattern
        return patterns[matched[0]]      # not reached: every matched pattern is a candidate

    def _best_pattern_reference(self, block: str, before: Sequence[str], after: Sequence[str]) -> Optional[VerbPattern]:
        """The plain search `best_pattern` gives the same answer as (and uses to break ties)."""
        anchored, unanchored = self._index(block)
        prefixes = {w[:n] for w in list(before) + list(after) for n in range(1, len(w) + 1)}
        candidates = list(unanchored)
        for prefix in prefixes:
            candidates.extend(anchored.get(prefix, ()))
        best = None
        for pattern in candidates:
            if best is not None and pattern.size <= best.size:
                continue
            if _in_order(pattern.after, after) and _in_order(tuple(reversed(pattern.before)), list(reversed(before))):
                best = pattern
        return best

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


def _word_matches(wanted: str, word: str) -> bool:
    if wanted.endswith("_"):
        return word == wanted[:-1]
    return word.startswith(wanted)


def _in_order(alternatives: tuple[tuple[str, ...], ...], words: Sequence[str]) -> bool:
    """True when each step (a tuple of alternative word sequences, space-joined) occurs in order."""
    position = 0
    for options in alternatives:
        found = False
        for option in options:
            parts = option.split(" ")
            for i in range(position, len(words) - len(parts) + 1):
                if all(_word_matches(p, words[i + k]) for k, p in enumerate(parts)):
                    position, found = i + len(parts), True
                    break
            if found:
                break
        if not found:
            return False
    return True


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
    __slots__ = ("words", "prefixes", "exact")

    def __init__(self, words: list[str]):
        self.words = words
        self.prefixes: Optional[dict[str, list[int]]] = None
        self.exact: dict[str, list[int]] = {}

    def _build(self) -> dict[str, list[int]]:
        prefixes: dict[str, list[int]] = {}
        exact = self.exact
        for i, word in enumerate(self.words):
            at = exact.get(word)
            if at is None:
                exact[word] = [i]
            else:
                at.append(i)
            for prefix in _prefixes(word):
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
    """Steps as `_in_order` reads them, pre-split: step -> options -> ((word, exact), ...)."""
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
    """`_in_order` on compiled steps and an indexed side: the same answer, found by lookups."""
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


def _pattern_words(tokens: list[str], synsets: dict[str, tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    steps = []
    for token in tokens:
        if token in _MARKERS or not token:
            continue
        token = token.lower()
        if token.startswith("&"):
            name = token[1:].rstrip("_")
            members = synsets.get(name)
            if members:
                steps.append(members)
            continue
        parts = [p for p in re.split(r"(?<!^)_(?!$)", token) if p and p not in _MARKERS]
        # an inner `_` joins consecutive words; `&SET` inside a joined word expands to its first member
        words = [synsets.get(p[1:].rstrip("_"), (p,))[0] if p.startswith("&") else p for p in parts]
        words = [w for w in words if w not in _MARKERS]
        if words:
            steps.append((" ".join(words),))
    return tuple(steps)


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
        if not stripped:
            if synset is not None:
                dictionary.synsets[synset_name] = tuple(synset)
                synset = None
            continue
        header = _HEADER.match(stripped)
        if header:
            if synset is not None:
                dictionary.synsets[synset_name] = tuple(synset)
                synset = None
            block = header.group(1).strip()
            block_code = _code("[" + header.group(2) + "]")[1]
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
