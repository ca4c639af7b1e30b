"""Find dictionary names in a parsed document: longest match over the lexicon's token trie."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import Optional

from spacy.attrs import ENT_IOB, IS_SPACE, ORTH, SPACY
from spacy.tokens import Doc

from ..nlp import token_attributes
from .context import SURNAME_ARTICLES
from .lexicon import AGENT, END, TITLE, Lexicon, fold

_HYPHENS = frozenset({"-", "–", "‐"})
# "al-Qaeda", "al-Shabaab": an Arabic article written in lower case before a capitalised name
_LOWER_ARTICLES = frozenset(article.rstrip("-") for article in SURNAME_ARTICLES)
_SPACED_ARTICLES = frozenset({"al", "el"})


@dataclass
class Match:
    start: int                    # token indices in the doc, end exclusive
    end: int
    candidates: list              # [(entry index, kind, needs exact caps)], best first
    doc: Optional[Doc] = None


_FOLDED: dict[int, str] = {}           # token string hash -> folded text, shared by every doc
_FOLDED_MAX = 200_000


def _folded(orth: int, strings) -> str:
    text = _FOLDED.get(orth)
    if text is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        text = _FOLDED[orth] = fold(strings[orth])
    return text


def normalised_tokens(doc: Doc) -> list[tuple[str, int]]:
    """(normalised text, token index) for the tokens names are matched on.

    A hyphen written inside a word ("al-Assad", "Ki-moon") is dropped, so that the name parts on
    either side meet the dictionary's underscore-separated words. Read from the doc's attribute
    arrays: making a Token object for every word cost more than the matching itself.
    """
    strings = doc.vocab.strings
    known = _FOLDED.get                   # (a call to _folded per token cost more than the look-up)
    texts = [known(orth) or _folded(orth, strings) for orth in token_attributes(doc, ORTH)]
    dropped = _dropped_tokens(doc, texts)
    if not dropped:
        return list(zip(texts, range(len(texts))))
    return [(text, i) for i, text in enumerate(texts) if i not in dropped]


def _dropped_tokens(doc: Doc, texts: list[str]) -> set[int]:
    """The whitespace tokens and the hyphens glued to the words on both sides (most texts have neither: the
    two tests run in C)."""
    dropped: set[int] = set()
    if not _HYPHENS.isdisjoint(texts):
        spaced = token_attributes(doc, SPACY)
        dropped.update(i for i, text in enumerate(texts)
                       if i > 0 and text in _HYPHENS and not spaced[i - 1] and not spaced[i])
    is_space = token_attributes(doc, IS_SPACE)
    if any(is_space):
        dropped.update(compress(range(len(is_space)), is_space))
    return dropped


def find_matches(doc: Doc, lexicon: Lexicon) -> list[Match]:
    """The best non-overlapping set of dictionary matches (that pass the case checks).

    Greedy longest-first would read "Prime Minister Recep Tayyip | Erdogan" (Phoenix lists
    PRIME_MINISTER_RECEP_TAYYIP); a small dynamic programme instead maximises the tokens covered
    and, among equal covers, avoids cutting a named entity and prefers fewer pieces.
    """
    tokens = normalised_tokens(doc)
    trie = lexicon.trie
    # the programme runs over the positions where a match starts only (a fraction of the words): the
    # best reading from any other position is the one from the next such position
    starts, options = [], []
    texts = _TokenTexts(doc)
    # (the words that open a trie path are picked in C, by map and compress, not a Python loop over every word)
    for position in compress(range(len(tokens)), map(trie.__contains__, map(itemgetter(0), tokens))):
        found = _matches_at(texts, tokens, position, trie)
        if found:
            starts.append(position)
            options.append(found)
    count = len(starts)
    inside_entity = token_attributes(doc, ENT_IOB)                   # 1: inside a named entity ("I")
    best: list[tuple[int, int, int]] = [(0, 0, 0)] * (count + 1)    # (covered, -entity cuts, -pieces)
    choice: list = [None] * (count + 1)
    for k in range(count - 1, -1, -1):
        position = starts[k]
        best[k] = best[k + 1]
        for end, candidates in options[k]:
            covered, cuts, pieces = best[bisect_left(starts, end, k + 1)]
            score = (covered + end - position, cuts - _cuts_entity(inside_entity, tokens, end), pieces - 1)
            if score > best[k]:
                best[k], choice[k] = score, (end, candidates)
    matches, k = [], 0
    users = lexicon.user_count        # user entries are the lexicon's first ones
    while k < count:
        if choice[k] is None:
            k += 1
            continue
        end, candidates = choice[k]
        if users:
            candidates = _users_name_inside(starts, options, k, end, candidates, users) + candidates
        matches.append(Match(tokens[starts[k]][1], tokens[end - 1][1] + 1, candidates, doc))
        k = bisect_left(starts, end, k + 1)
    return matches


def _users_name_inside(starts: list[int], options: list, k: int, end: int, candidates: list,
                       users: int) -> list:
    """A user's entry that ends a longer shipped name ("Putin" in a user file, "President Vladimir Putin" in
    Phoenix): the user's entry comes first, on the longer span. User entries win (`users`: how many entries, the
    first ones, a user's files gave)."""
    if any(c[0] < users for c in candidates):
        return []
    for j in range(k + 1, bisect_left(starts, end, k + 1)):
        for option_end, inner in options[j]:
            if option_end == end:
                mine = [c for c in inner if c[0] < users]
                if mine:
                    return mine
    return []


def _matches_at(texts: _TokenTexts, tokens: list[tuple[str, int]], position: int, trie: dict) -> list:
    found = []
    node = trie
    cursor, length = position, len(tokens)
    while cursor < length:
        node = node.get(tokens[cursor][0])
        if node is None:
            break
        cursor += 1
        if END in node:
            candidates = _case_filter(texts, tokens[position][1], tokens[cursor - 1][1] + 1, node[END])
            if candidates:
                found.append((cursor, candidates))
    return found


def _cuts_entity(inside_entity: list[int], tokens: list[tuple[str, int]], end: int) -> int:
    """1 when a match ending before tokens[end] leaves a named entity half read (`inside_entity`: the doc's
    ENT_IOB array, 1 for a token inside an entity)."""
    if end >= len(tokens):
        return 0
    return 1 if inside_entity[tokens[end][1]] == 1 else 0


class _TokenTexts:
    """The texts of a doc's tokens (`token.text`) for the case checks, read off the doc's arrays once per
    doc: a Token and a Span per match cost more than the checks."""

    def __init__(self, doc: Doc):
        self.strings, self.orths = doc.vocab.strings, token_attributes(doc, ORTH)


def _case_filter(texts: _TokenTexts, start: int, end: int, candidates: list) -> list:
    """Proper names must be written capitalised ('Chad', not 'chad'); acronyms in capitals ('US')."""
    strings, orths = texts.strings, texts.orths
    first = strings[orths[start]]
    capitalised = first[:1].isupper() or not first[:1].isalpha() or _article_before_name(strings, orths, start, end)
    if capitalised and not any(candidate[2] for candidate in candidates):
        return list(candidates)             # (most matches: a capitalised name with no acronym among its entries)
    in_capitals = None
    kept = []
    for candidate in candidates:
        _, kind, exact = candidate
        if kind not in (TITLE, AGENT) and not capitalised:
            continue
        if exact:
            if in_capitals is None:           # (`token.is_alpha` is isalpha)
                in_capitals = all(text.isupper() or not text.isalpha()
                                  for text in (strings[orth] for orth in orths[start:end]))
            if not in_capitals:
                continue
        kept.append(candidate)
    return kept


def _article_before_name(strings, orths, start: int, end: int) -> bool:
    """'claimed by al-Qaeda', 'al Shabaab fighters': a lower-case Arabic article, a hyphen or not, and a capitalised
    name."""
    if end - start < 2 or strings[orths[start]] not in _LOWER_ARTICLES:
        return False
    if end - start >= 3 and strings[orths[start + 1]] in _HYPHENS:
        return strings[orths[start + 2]][:1].isupper()
    # without the hyphen only "al" and "el": "an", "as" or "at" before a capital is English ("at Nusra's bases")
    return strings[orths[start]] in _SPACED_ARTICLES and strings[orths[start + 1]][:1].isupper()
