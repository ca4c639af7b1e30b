"""Repeated content inside one article: paragraphs, runs of paragraphs, single sentences.

Each unit is reduced to its normalised words (lower case, no punctuation, single spaces), so
differences of whitespace and punctuation vanish. Exact repeats are found by a hash of that form;
near-exact ones (a changed word) by an inverted index of word-pair shingles that proposes a few
earlier candidates, each then checked with a token-level similarity (difflib ratio on words).
The work is linear in the text plus a handful of candidate checks, never a comparison of every
pair of characters. The first full copy is kept; later copies are reported.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Optional

from .spans import Unit, sentences

_WORD = re.compile(r"\w+")
MIN_PARAGRAPH_WORDS = 6       # shorter paragraphs ("Yes.", "He declined.") may repeat on purpose
MIN_SENTENCE_WORDS = 7
MIN_HEADLINE_WORDS = 3        # a caption repeating the headline may be short, but must be exact
MAX_POSTINGS = 24             # keeps near-repeat search linear on pathological texts


@dataclass(frozen=True)
class RepeatHit:
    unit: Unit
    detail: str
    kind: str                 # paragraph or sentence


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class _Form:
    """A unit's normalised words, with its exact key and (computed once, when first needed) its
    word-pair shingles: a unit is looked up and then indexed, and both need them."""
    __slots__ = ("tokens", "key", "_shingles")

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.key = " ".join(tokens)
        self._shingles: Optional[set] = None

    @property
    def shingles(self) -> set:
        if self._shingles is None:
            self._shingles = _shingles(self.tokens)
        return self._shingles


class _Index:
    """Earlier units by exact normalised form and by word-pair shingles."""

    def __init__(self) -> None:
        self.exact: dict[str, int] = {}
        self.shingles: dict[tuple, list[int]] = defaultdict(list)
        self.tokens: list[list[str]] = []
        self.labels: list[str] = []

    def add(self, form: _Form, label: str) -> None:
        number = len(self.tokens)
        self.tokens.append(form.tokens)
        self.labels.append(label)
        self.exact.setdefault(form.key, number)
        for shingle in form.shingles:
            self.shingles[shingle].append(number)

    def find(self, form: _Form, threshold: float) -> Optional[tuple[int, float]]:
        if form.key in self.exact:
            return self.exact[form.key], 1.0
        if threshold >= 1.0:
            return None
        tokens, own = form.tokens, form.shingles
        if not own:
            return None
        # a pair of words in countless units says nothing about which one repeats: skipped
        hits = [postings for postings in map(self.shingles.get, own) if postings and len(postings) <= MAX_POSTINGS]
        if len(hits) < len(own) * 0.5:
            # a unit is in each list once at most: none can share half of the shingles, the first
            # bound below (issue 8, speed: most units end here, before any counting)
            return None
        overlap = Counter(chain.from_iterable(map(set, hits)))    # counted in first-seen order
        # the three most shared, ties in first-seen order (as Counter.most_common)
        for number, shared in sorted(overlap.items(), key=lambda item: -item[1])[:3]:
            other = self.tokens[number]
            # at most two shingles change per changed word: cheap bounds before the real check
            if shared < len(own) * 0.5 or 2 * min(len(other), len(tokens)) / (len(other) + len(tokens)) < threshold:
                continue
            ratio = SequenceMatcher(None, other, tokens, autojunk=False).ratio()
            if ratio >= threshold:
                return number, ratio
        return None


def _shingles(tokens: list[str]) -> set:
    """Word pairs (a single word for one-word units)."""
    if len(tokens) < 2:
        return {(tokens[0],)} if tokens else set()
    return set(zip(tokens, tokens[1:]))


def find_repeats(text: str, paragraphs: list[Unit], threshold: float = 0.9,
                 title: Optional[str] = None) -> list[RepeatHit]:
    """Repeated paragraphs (and runs of them), then repeated sentences in the paragraphs kept."""
    hits: list[RepeatHit] = []
    kept: list[tuple[int, Unit, _Form]] = []
    index = _Index()
    originals: dict[int, tuple[int, float]] = {}        # paragraph number -> (original number, similarity)
    forms: dict[str, _Form] = {}      # a paragraph repeated verbatim is not split into words again (issue 8)
    for number, unit in enumerate(paragraphs, start=1):
        form = forms.get(unit.text)
        if form is None:
            form = forms[unit.text] = _Form(words(unit.text))
        found = index.find(form, threshold) if len(form.tokens) >= MIN_PARAGRAPH_WORDS else None
        if found is None:
            kept.append((number, unit, form))
            index.add(form, str(number))
        else:
            originals[number] = (int(index.labels[found[0]]), found[1])
    hits.extend(_paragraph_hits(paragraphs, originals))
    hits.extend(_sentence_repeats(text, kept, threshold, title))
    return hits


def _paragraph_hits(paragraphs: list[Unit], originals: dict[int, tuple[int, float]]) -> list[RepeatHit]:
    """One hit per repeated paragraph; the detail names the run when several repeat in a row."""
    hits, numbers = [], sorted(originals)
    runs: dict[int, tuple[int, int, int, int]] = {}
    start = 0
    while start < len(numbers):
        end = start
        while (end + 1 < len(numbers) and numbers[end + 1] == numbers[end] + 1
               and originals[numbers[end + 1]][0] == originals[numbers[end]][0] + 1):
            end += 1
        run = (numbers[start], numbers[end], originals[numbers[start]][0], originals[numbers[end]][0])
        for n in numbers[start:end + 1]:
            runs[n] = run
        start = end + 1
    for number in numbers:
        original, similarity = originals[number]
        first, last, orig_first, orig_last = runs[number]
        run = f"; paragraphs {first}-{last} repeat {orig_first}-{orig_last}" if last > first else ""
        detail = f"repeats paragraph {original} (similarity {similarity:.2f}{run})"
        hits.append(RepeatHit(paragraphs[number - 1], detail, "paragraph"))
    return hits


def _sentence_repeats(text: str, kept: list[tuple[int, Unit, _Form]], threshold: float,
                      title: Optional[str]) -> list[RepeatHit]:
    """Sentences that repeat an earlier sentence or the headline (e.g. a photo caption).
    `kept`: (number, paragraph, its form); a paragraph of one sentence lends it its form."""
    hits: list[RepeatHit] = []
    index = _Index()
    headline_forms: dict[str, str] = {}
    title_tokens = words(title) if title else []
    if len(title_tokens) >= MIN_HEADLINE_WORDS:
        headline_forms[" ".join(title_tokens)] = "the headline"
    for position, (number, paragraph, paragraph_form) in enumerate(kept):
        units = sentences(text, paragraph)
        for sentence_number, sentence in enumerate(units, start=1):
            # the same text, the same words: a paragraph of one sentence (a third of news paragraphs)
            # is not split into words again (issue 8, speed)
            form = (paragraph_form if len(units) == 1 and sentence.text == paragraph.text
                    else _Form(words(sentence.text)))
            tokens, key = form.tokens, form.key
            label = f"sentence {sentence_number} of paragraph {number}"
            if len(tokens) >= MIN_SENTENCE_WORDS:
                found = index.find(form, threshold)
                if found is not None:
                    hits.append(RepeatHit(sentence, f"repeats {index.labels[found[0]]} "
                                                    f"(similarity {found[1]:.2f})", "sentence"))
                    continue
                index.add(form, label)
            if position > 0 and len(tokens) >= MIN_HEADLINE_WORDS and key in headline_forms:
                hits.append(RepeatHit(sentence, f"repeats {headline_forms[key]}", "sentence"))
                continue
            if position == 0 and sentence_number == 1 and len(tokens) >= MIN_HEADLINE_WORDS:
                # the first line of a plain-text article is often its headline
                headline_forms.setdefault(key, "the headline (first line)" if len(tokens) < MIN_SENTENCE_WORDS
                                          else label)
    return hits
