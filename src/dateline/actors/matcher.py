"""Find dictionary names in a parsed document: longest match over the lexicon's token trie."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.attrs import IS_SPACE, ORTH, SPACY
from spacy.tokens import Doc

from .lexicon import AGENT, END, TITLE, Lexicon, fold

_HYPHENS = frozenset({"-", "–", "‐"})


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
    rows = doc.to_array([ORTH, SPACY, IS_SPACE]).tolist()
    result = []
    spaced_before = True
    for i, (orth, spaced, is_space) in enumerate(rows):
        glued = not spaced_before and not spaced
        spaced_before = spaced
        if is_space:
            continue
        text = _folded(orth, strings)
        if glued and i > 0 and text in _HYPHENS:
            continue
        result.append((text, i))
    return result


def find_matches(doc: Doc, lexicon: Lexicon) -> list[Match]:
    """The best non-overlapping set of dictionary matches (that pass the case checks).

    Greedy longest-first would read "Prime Minister Recep Tayyip | Erdogan" (Phoenix lists
    PRIME_MINISTER_RECEP_TAYYIP); a small dynamic programme instead maximises the tokens covered
    and, among equal covers, avoids cutting a named entity and prefers fewer pieces.
    """
    tokens = normalised_tokens(doc)
    trie = lexicon.trie
    options = [_matches_at(doc, tokens, position, trie) if word in trie else ()
               for position, (word, _) in enumerate(tokens)]
    size = len(tokens)
    best: list[tuple[int, int, int]] = [(0, 0, 0)] * (size + 1)     # (covered, -entity cuts, -pieces)
    choice: list = [None] * (size + 1)
    for position in range(size - 1, -1, -1):
        best[position], choice[position] = best[position + 1], None
        for end, candidates in options[position]:
            covered, cuts, pieces = best[end]
            score = (covered + end - position, cuts - _cuts_entity(doc, tokens, end), pieces - 1)
            if score > best[position]:
                best[position], choice[position] = score, (end, candidates)
    matches, position = [], 0
    while position < size:
        if choice[position] is None:
            position += 1
            continue
        end, candidates = choice[position]
        matches.append(Match(tokens[position][1], tokens[end - 1][1] + 1, candidates, doc))
        position = end
    return matches


def _matches_at(doc: Doc, tokens: list[tuple[str, int]], position: int, trie: dict) -> list:
    found = []
    node = trie
    cursor = position
    while cursor < len(tokens):
        node = node.get(tokens[cursor][0])
        if node is None:
            break
        cursor += 1
        if END in node:
            candidates = _case_filter(doc, tokens[position][1], tokens[cursor - 1][1] + 1, node[END])
            if candidates:
                found.append((cursor, candidates))
    return found


def _cuts_entity(doc: Doc, tokens: list[tuple[str, int]], end: int) -> int:
    """1 when a match ending before tokens[end] leaves a named entity half read."""
    if end >= len(tokens):
        return 0
    return 1 if doc[tokens[end][1]].ent_iob_ == "I" else 0


def _case_filter(doc: Doc, start: int, end: int, candidates: list) -> list:
    """Proper names must be written capitalised ('Chad', not 'chad'); acronyms in capitals ('US')."""
    first = doc[start]
    capitalised = first.text[:1].isupper() or not first.text[:1].isalpha()
    kept = []
    for candidate in candidates:
        _, kind, exact = candidate
        if exact and not all(t.text.isupper() or not t.is_alpha for t in doc[start:end]):
            continue
        if kind not in (TITLE, AGENT) and not capitalised:
            continue
        kept.append(candidate)
    return kept
