"""Round 11: the word scans of the actor stages, with a test first. Each stage looks for its few words in every
text (about fifteen scans a text); most texts hold none of them, which the set of a text's lower-case forms
(built once per doc) tells without a scan. The scan itself is `nlp.positions_among`."""
from __future__ import annotations

from typing import Iterator

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .. import nlp

_IDS: dict = {}


def _ids(words: frozenset) -> frozenset:
    """The string ids of a word list (the lists are module constants: a few dozen in all)."""
    found = _IDS.get(words)
    if found is None:
        found = _IDS[words] = frozenset(map(get_string_id, words))
    return found


def positions_among(doc: Doc, words: frozenset, attribute: int = LOWER) -> list[int]:
    """`nlp.positions_among`, answered without a scan when the text holds none of `words`."""
    if attribute == LOWER:
        present = nlp.per_doc(doc, "lower_forms", lambda d: frozenset(nlp.token_attributes(d, LOWER)))
        if present.isdisjoint(_ids(words)):
            return []
    return nlp.positions_among(doc, words, attribute)


def tokens_among(doc: Doc, words: frozenset) -> Iterator[Token]:
    """`nlp.tokens_among`, answered without a scan when the text holds none of `words`."""
    return (doc[i] for i in positions_among(doc, words))
