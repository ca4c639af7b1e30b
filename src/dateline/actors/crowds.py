"""Crowds named only by their size: "Thousands rallied in Tbilisi", "Tens of thousands marched in Belgrade",
"Hundreds fled the fighting". A count word that is the subject of a verb, with no "of" naming whom it counts
("thousands of troops", "thousands of dollars"), is a crowd of civilians; its country comes from the context like
any bare role's ("Police", "protesters")."""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import Actor
from ..nlp import doc_tokens, positions_among
from .compose import Found, covered_tokens

COUNT_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def add_crowds(doc: Doc, found: list[Found]) -> list[Found]:
    positions = positions_among(doc, COUNT_WORDS)
    if not positions:
        return found                                  # most texts count no crowd
    tokens, covered, added = doc_tokens(doc), covered_tokens(found), []
    for position in positions:
        word = tokens[position]
        head = word.head if word.dep_ == "quantmod" and word.head.lower_ in COUNT_WORDS else word
        if head.dep_ not in SUBJECT_DEPS or head.head.pos_ not in ("VERB", "AUX") or \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            continue                                  # "thousands of troops": the troops are the actor
        start, end = head.left_edge.i, head.i + 1
        if any(i in covered for i in range(start, end)):
            continue
        covered.update(range(start, end))
        added.append(Found(start, end, Actor("CVL", None, "CVL", None), "description", plural=True,
                           needs_country=True, sector="CVL"))
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found
