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
from ..nlp import doc_text, doc_tokens, positions_among
from .grammar import ActorIndex, WordFilter, children_of, noun_phrase_actors, subject_of

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
    for child in children_of(verb):
        if child.dep_ in ("nsubj",):
            mentions = noun_phrase_actors(child, index) or subject_of(verb, index).mentions
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
        for child in children_of(token):
            if child.dep_ in ("ccomp", "parataxis") and child.i != token.i:
                speaker, speaker_text = _speaker(token, index)
                left, right = child.left_edge, child.right_edge
                if child.i < token.i:
                    right = min(right, token.doc[token.i - 1], key=lambda t: t.i)
                start, end = left.idx, right.idx + len(right.text)
                text = doc_text(token.doc)[start:end].strip(" ,\"“”")
                if not text:
                    continue
                if left.lower_ == "that" and left.dep_ == "mark" and left.i < right.i:
                    start = token.doc[left.i + 1].idx      # "said that Turkey would ...": the quote starts after "that"
                kind = "direct" if _is_direct(sentence, start, end) else "indirect"
                start, end = _within_marks(token.doc, start, end)
                found.append(Statement(token, child, speaker, speaker_text, kind, start, end))
        found.extend(_quote_resumed(token, found, sentence))
    if not found:
        found.extend(_according_to(sentence, index))
    return found


def _within_marks(doc, start: int, end: int) -> tuple[int, int]:
    """A partial quote opened at the start of the clause ends at its closing mark: 'told Putin that "the
    annexation of Crimea is illegal" during their call' quotes "the annexation of Crimea is illegal"."""
    text = doc_text(doc)
    opening = start
    while opening < end and text[opening] in " ,":
        opening += 1
    if opening >= end or text[opening] not in QUOTE_MARKS:
        return start, end
    closing = _closing_mark(text, opening + 1, end)
    if closing < 0 or not _has_words(text[closing + 1:end]):
        return start, end
    return opening + 1, closing


def _closing_mark(text: str, start: int, end: Optional[int] = None) -> int:
    """Where the first quotation mark of `text[start:end]` stands, or -1."""
    found = [i for i in (text.find(q, start, end if end is not None else len(text)) for q in QUOTE_MARKS) if i >= 0]
    return min(found, default=-1)


def _has_words(text: str) -> bool:
    """Whether a quote's text is more than marks, commas and stops."""
    return bool(text.strip(" ,.\"“”"))


ACCORDING = frozenset({"according"})


def _according_to(sentence: Span, index: ActorIndex) -> list[Statement]:
    """"According to French Foreign Minister Laurent Fabius, France will recognise the coalition", "..., according
    to the defence ministry": the rest of the sentence is an indirect statement of the one it is according to."""
    # (most sentences hold no "according": the doc's positions of the word are read once, no token scanned)
    tokens = doc_tokens(sentence.doc)
    for i in positions_among(sentence.doc, ACCORDING):
        if not sentence.start <= i < sentence.end:
            continue
        token = tokens[i]
        to = next((c for c in children_of(token) if c.lower_ == "to"), None)
        obj = next((c for c in children_of(to) if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None:
            return []
        mentions = noun_phrase_actors(obj, index)
        text = doc_text(sentence.doc)
        speaker_text = text[obj.left_edge.idx:obj.right_edge.idx + len(obj.right_edge.text)]
        phrase_first, phrase_last = token.i, max(obj.right_edge.i, to.i)
        if phrase_first == sentence.start or (phrase_first == sentence.start + 1 and sentence[0].is_punct):
            first, last = phrase_last + 1, sentence.end - 1
        else:
            first, last = sentence.start, phrase_first - 1
        while first <= last and sentence.doc[first].is_punct:
            first += 1
        while last >= first and sentence.doc[last].is_punct:
            last -= 1
        if last < first:
            return []
        start, end = sentence.doc[first].idx, sentence.doc[last].idx + len(sentence.doc[last].text)
        kind = "direct" if _is_direct(sentence, start, end) else "indirect"
        return [Statement(token, sentence.root, mentions[0].actor if mentions else None, speaker_text, kind,
                          start, end)]
    return []


def _quote_resumed(verb: Token, found: list[Statement], sentence: Span) -> list[Statement]:
    """The second half of a direct quote split by its speaker: '"We are ready to talk," he added, "but we will
    not accept ultimatums."' The clause after the verb that opens with a quotation mark is said by the same
    speaker (spaCy hangs it on the speech verb as a conjunct or an infinitive, not as a complement)."""
    first = next((s for s in found if s.verb.i == verb.i and s.complement.i < verb.i and s.kind == "direct"), None)
    if first is None:
        return []
    taken = {s.complement.i for s in found}
    resumed = []
    for child in children_of(verb):
        if child.i < verb.i or child.i in taken or child.dep_ not in ("conj", "xcomp", "ccomp", "parataxis", "advcl"):
            continue
        opening = next((t for t in verb.doc[verb.i + 1:child.left_edge.i + 1] if t.text in QUOTE_MARKS), None)
        if opening is None or opening.i + 1 >= sentence.end:
            continue
        last = child.right_edge
        closing = next((t for t in verb.doc[opening.i + 1:sentence.end] if t.text in QUOTE_MARKS), None)
        if closing is not None:
            last = verb.doc[closing.i - 1]
        while last.i > opening.i + 1 and last.text in (".", ","):
            last = verb.doc[last.i - 1]
        start, end = verb.doc[opening.i + 1].idx, last.idx + len(last.text)
        if end > start and _has_words(doc_text(verb.doc)[start:end]):
            resumed.append(Statement(verb, child, first.speaker, first.speaker_text, "direct", start, end))
    return resumed


def continued(sentence: Span, previous: list[Statement]) -> list[Statement]:
    """A sentence that opens inside quotation marks, right after a direct quote and with no speech verb of its
    own, goes on with the same speaker: '"NATO stands with Turkey," Rasmussen said. "We will defend Turkey."'"""
    last = next((s for s in reversed(previous) if s.kind == "direct"), None)
    if last is None:
        return []
    text = span_text(sentence)
    stripped = text.lstrip()
    if not stripped or stripped[0] not in QUOTE_MARKS:
        return []
    start = sentence.start_char + (len(text) - len(stripped)) + 1
    closing = _closing_mark(stripped, 1)
    closing = closing if closing > 0 else len(stripped)
    end = sentence.start_char + (len(text) - len(stripped)) + closing
    whole = doc_text(sentence.doc)
    while end > start and whole[end - 1] in " ,.":
        end -= 1
    if not _has_words(whole[start:end]):
        return []
    return [Statement(last.verb, sentence.root, last.speaker, last.speaker_text, "direct", start, end)]


def speaker_for(token: Token, found: list[Statement]) -> Optional[Statement]:
    """The innermost statement whose quote contains the token."""
    best = None
    for statement in found:
        if statement.covers(token) and token.i != statement.verb.i:
            if best is None or statement.complement.left_edge.i >= best.complement.left_edge.i:
                best = statement
    return best


# the marks around an English quotation (QUOTE_MARKS above adds the guillemets of other wire styles)
ENGLISH_QUOTES = '"“”'


def _quoted(text: str) -> str:
    """The words of a statement without the marks around it, and with the closing mark of a quotation it ends inside
    ('the withdrawal should happen "without delay"')."""
    text = text.strip(" ,")
    if text[:1] == "«" or text[-1:] == "»":     # guillemets come in pairs: drop the ones left at either end
        text = (text[1:] if text[:1] == "«" else text)
        text = (text[:-1] if text[-1:] == "»" and text.count("«") < text.count("»") else text).strip(" ,")
    if len(text) > 1 and text[0] in ENGLISH_QUOTES and text[-1] in ENGLISH_QUOTES:
        text = text[1:-1].strip(" ,")
    elif text[:1] in ENGLISH_QUOTES:
        text = text[1:].strip(" ,")
    elif text[-1:] in ENGLISH_QUOTES and sum(c in ENGLISH_QUOTES for c in text) % 2:
        text = text[:-1].strip(" ,")
    if sum(c in ENGLISH_QUOTES for c in text) % 2:
        text += '"'
    return text


def to_quote(statement: Statement, article_id: str, text: str) -> Quote:
    quote_text = _quoted(text[statement.start:statement.end])
    return Quote(article_id=article_id, speaker=statement.speaker, speaker_text=statement.speaker_text.strip(" ,"),
                 text=quote_text, kind=statement.kind, start=statement.start, end=statement.end,
                 verb=statement.verb.text)
