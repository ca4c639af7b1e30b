"""Reported speech: who said what, as `Quote` records, and the speaker of the events inside.

A speech verb ("said", "told", "stressed", "saying") with a clausal complement is a statement: the
subject is the speaker, the complement the quote. It is `direct` when the complement sits inside
quotation marks, else `indirect`. Events whose trigger lies inside the complement get the speaker.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.symbols import VERB
from spacy.tokens import Span, Token

from ..model import Actor, Quote
from ..nlp import doc_text
from .grammar import ActorIndex, WordFilter, noun_phrase_actors, subject_of

SPEECH_VERBS = frozenset({"say", "tell", "state", "announce", "declare", "claim", "stress", "add", "note",
                          "confirm", "report", "explain", "argue", "assert", "acknowledge", "emphasize",
                          "emphasise", "reiterate", "suggest", "indicate", "insist", "write", "remark",
                          "comment", "mention", "observe", "predict", "reply", "respond", "tweet", "admit",
                          "allege", "contend", "maintain", "affirm", "underline", "underscore", "recall", "hint"})
QUOTE_MARKS = "\"“”«»"
_SPEECH_VERBS = WordFilter(frozenset(), SPEECH_VERBS, pos=VERB)


def span_text(span) -> str:
    """`span.text` cut from the doc's text built once: spaCy joins the span's tokens on each access."""
    return doc_text(span.doc)[span.start_char:span.end_char]


@dataclass(frozen=True)
class Statement:
    verb: Token
    complement: Token
    speaker: Optional[Actor]
    speaker_text: str
    kind: str
    start: int                 # clean-text offsets of the quote text
    end: int

    def covers(self, token: Token) -> bool:
        return self.complement.left_edge.i <= token.i <= self.complement.right_edge.i


def _speaker(verb: Token, index: ActorIndex) -> tuple[Optional[Actor], str]:
    for child in verb.children:
        if child.dep_ in ("nsubj",):
            mentions = noun_phrase_actors(child, index)
            # the subject phrase's text as Span.text gives it, cut from the doc's text without a Span
            left, right = child.left_edge, child.right_edge
            text = doc_text(verb.doc)[left.idx:right.idx + len(right)]
            return (mentions[0].actor if mentions else None), text
    party = subject_of(verb, index)        # "..., saying it would ..." takes the main clause's subject
    if party:
        mention = party.mentions[0]
        return mention.actor, mention.text
    return None, ""


def _is_direct(sentence: Span, start: int, end: int) -> bool:
    text = doc_text(sentence.doc)
    before = text[sentence.start_char:start]
    after = text[end:sentence.end_char]
    inside = text[start:end]
    opening_before = sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1
    return opening_before or (any(q in inside[:2] for q in QUOTE_MARKS)) or (
        any(q in after[:3] for q in QUOTE_MARKS) and any(q in before for q in QUOTE_MARKS))


def statements(sentence: Span, index: ActorIndex) -> list[Statement]:
    """The statements made in a sentence (speech verb + complement clause)."""
    found = []
    for token in _SPEECH_VERBS.in_span(sentence):
        for child in token.children:
            if child.dep_ in ("ccomp", "parataxis") and child.i != token.i:
                speaker, speaker_text = _speaker(token, index)
                left, right = child.left_edge, child.right_edge
                if child.i < token.i:
                    right = min(right, token.doc[token.i - 1], key=lambda t: t.i)
                start, end = left.idx, right.idx + len(right.text)
                text = doc_text(token.doc)[start:end].strip(" ,\"“”")
                if not text:
                    continue
                kind = "direct" if _is_direct(sentence, start, end) else "indirect"
                found.append(Statement(token, child, speaker, speaker_text, kind, start, end))
    return found


def speaker_for(token: Token, found: list[Statement]) -> Optional[Statement]:
    """The innermost statement whose quote contains the token."""
    best = None
    for statement in found:
        if statement.covers(token) and token.i != statement.verb.i:
            if best is None or statement.complement.left_edge.i >= best.complement.left_edge.i:
                best = statement
    return best


def to_quote(statement: Statement, article_id: str, text: str) -> Quote:
    quote_text = text[statement.start:statement.end].strip(" ,\"“”")
    return Quote(article_id=article_id, speaker=statement.speaker, speaker_text=statement.speaker_text,
                 text=quote_text, kind=statement.kind, start=statement.start, end=statement.end,
                 verb=statement.verb.text)
