"""The event coder: triggers from the lexicon, actors from the parse, then modality, speaker,
amounts, date, place and an explanation for each event.

Everything is built once (`EventCoder()` compiles the patterns) and works on the Doc that the
pipeline already parsed: no second parse, no per-sentence dateparser.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Span, Token

from ..model import SYMMETRIC_TYPES, Actor, Amount, Event, Mention, Place, Quote, Sentence
from . import dates
from .amounts import find_amounts
from .grammar import (ActorIndex, Party, _prep_objects, adjective_source, argument_words, noun_source,
                      noun_targets, owner_actors, subject_of, verb_targets)
from .modality import modality_of
from .patterns import PREPOSITIONS, Lexicon, Rule, build_lexicon, default_lexicon
from .speech import Statement, speaker_for, statements, to_quote

# the outer event already codes what these verbs govern: "threatened to attack" is one THREATEN
GOVERNING_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE", "ACCUSE"})
PRONOUN_SUBJECTS = frozenset({"he", "she", "i", "we"})


@dataclass
class Trigger:
    token: Token
    kind: str                 # verb, noun, adjective
    rule: Rule
    cameo: str
    plover: str
    words: str                # the trigger words as shown to users
    pattern_note: str = ""    # the PETRARCH pattern that refined the code, if any


class EventCoder:
    """Code events in a parsed article.

    `pattern_files` add YAML pattern files beside the shipped ones; `verb_files` are PETRARCH
    verb dictionaries (the shipped CAMEO dictionary is used when none is given); `builtin=False`
    uses only the given files (PETRARCH compatibility runs).
    """

    def __init__(self, pattern_files: Sequence[str] = (), verb_files: Sequence[str] = (), builtin: bool = True):
        if not pattern_files and not verb_files and builtin:
            self.lexicon: Lexicon = default_lexicon()
        else:
            self.lexicon = build_lexicon(pattern_files, verb_files, builtin)
        self.tables = self.lexicon.tables

    # -- public ------------------------------------------------------------------------------
    def code(self, doc: Doc, mentions: list[Mention], context) -> tuple[list[Event], list[Quote]]:
        index = ActorIndex(doc, mentions)
        partner = _salient_actors(mentions)
        events: dict[tuple, Event] = {}
        quotes: list[Quote] = []
        seen_quotes: set[tuple] = set()
        for sentence in doc.sents:
            found = statements(sentence, index)
            for statement in found:
                key = (statement.speaker_text, doc.text[statement.start:statement.end])
                if key not in seen_quotes:
                    seen_quotes.add(key)
                    quotes.append(to_quote(statement, context.article_id, doc.text))
            for event in self._code_sentence(sentence, index, found, partner, context):
                key = (sentence.text.strip(), event.plover, _code(event.source), _code(event.target), event.modality)
                previous = events.get(key)
                if previous is None or event.confidence > previous.confidence:
                    events[key] = event
        return _without_partial(list(events.values())), quotes

    # -- one sentence ------------------------------------------------------------------------
    def _code_sentence(self, sentence: Span, index: ActorIndex, found: list[Statement],
                       partner: list[Actor], context) -> list[Event]:
        triggers = self._triggers(sentence)
        trigger_tokens = {t.token.i: t for t in triggers}
        amounts = find_amounts(sentence)
        date_ents = [e for e in sentence.ents if e.label_ in ("DATE",)]
        out = []
        for trigger in triggers:
            if self._governed(trigger, trigger_tokens):
                continue
            source, target = self._parties(trigger, index)
            source, target = self._fill_pronouns(trigger, source, target, found, index)
            source, target = _forces_as_source(trigger, source, target, index)
            if source and not target and trigger.kind == "verb" and trigger.plover in PLACE_TARGET_TYPES:
                target = _target_inside_object(trigger.token, index, source)
            if not source and not target and trigger.plover in SYMMETRIC_TYPES and _is_agentless(trigger.token):
                source = _sentence_actor(sentence, index)
            if not source and not target:
                continue
            if trigger.rule.require_both and not (source and target):
                continue
            modality, cue = modality_of(trigger.token, trigger.kind, trigger.rule.modality)
            statement = speaker_for(trigger.token, found)
            for src, tgt, symmetric, how in self._pairs(trigger, source, target, partner):
                event_amounts = _amounts_for(trigger.token, amounts, trigger_tokens)
                date = self._date(trigger.token, date_ents, context.date, modality)
                place = _place(sentence, context)
                out.append(self._event(sentence, context, trigger, src, tgt, symmetric, modality, cue,
                                       statement, event_amounts, date, place, how))
        return out

    def _triggers(self, sentence: Span) -> list[Trigger]:
        found = []
        consumed: set[int] = set()
        for token in sentence:
            if token.i in consumed:
                continue
            kind = _kind(token)
            if kind is None:
                continue
            keys = (token.lemma_.lower(), token.lower_) if kind != "noun" else (token.lower_, token.lemma_.lower())
            args = argument_words(token)
            rule = self.lexicon.match(kind, keys, args)
            if rule is None and kind == "verb" and token.tag_ == "VBN":
                rule = self.lexicon.match("adjective", keys, args)
                kind = "adjective" if rule else kind
            if rule is None:
                continue
            trigger = self._refined(token, kind, rule, args, sentence)
            if trigger is None:
                continue
            consumed.update(_consumed(token, rule))
            found.append(trigger)
        return [t for t in found if t.token.i not in consumed or t.kind != "noun"]

    def _refined(self, token: Token, kind: str, rule: Rule, args: frozenset[str], sentence: Span) -> Optional[Trigger]:
        cameo, plover, note = rule.cameo, rule.plover, ""
        if rule.petrarch_block:
            pattern = self._petrarch_pattern(rule, token, sentence)
            if pattern is not None:
                cameo, note = pattern.code or "", f" (dictionary pattern '{pattern.text}')"
            if not cameo or not self.tables.exists(cameo):
                return None
            plover = self.tables.plover(cameo) or ""
            if not plover:
                return None
        else:
            refined = self.lexicon.refine(rule, args | _subtree_words(token))
            if refined != cameo:
                cameo = refined
                plover = rule.plover if self.tables.plover(refined) == self.tables.plover(rule.cameo) else (
                    self.tables.plover(refined) or plover)
        words = " ".join([token.text] + [w for w in rule.words])
        return Trigger(token, kind, rule, cameo, plover, words, note)

    def _petrarch_pattern(self, rule: Rule, token: Token, sentence: Span):
        # the verb's own phrase only: not the clauses it reports ("said * AGREE" must not reach into
        # "said the two countries ... agreement"), as PETRARCH matches within the verb phrase
        reported = {t.i for c in token.children if c.dep_ in ("ccomp", "parataxis", "advcl") for t in c.subtree}
        phrase = [t for t in token.subtree if t.i not in reported]
        before = [t.lower_ for t in phrase if t.i < token.i]
        after = [t.lower_ for t in phrase if t.i > token.i]
        for dictionary in self.lexicon.dictionaries:
            pattern = dictionary.best_pattern(rule.petrarch_block, before, after)
            if pattern is not None:
                return pattern
        return None

    def _governed(self, trigger: Trigger, triggers: dict[int, Trigger]) -> bool:
        """True when a governing trigger ("threatened to", "called on X to", "agreed to") codes this one."""
        token = trigger.token
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            governor = triggers.get(token.head.head.i)       # "accused Russia of bombing", "blamed X for"
            if governor is not None and governor.plover in GOVERNING_TYPES and not governor.rule.petrarch_block:
                return True
        for _ in range(2):
            if token.dep_ not in ("xcomp", "acl", "advcl", "ccomp") or token.head is token:
                return False
            if token.dep_ == "ccomp" and token.head.lemma_.lower() not in ("demand", "insist", "urge", "ask"):
                return False
            governor = triggers.get(token.head.i)
            if governor is not None and governor.plover in GOVERNING_TYPES and not governor.rule.petrarch_block:
                return True
            token = token.head
        return False

    # -- actors ------------------------------------------------------------------------------
    def _parties(self, trigger: Trigger, index: ActorIndex) -> tuple[Party, Party]:
        token, rule = trigger.token, trigger.rule
        preps = tuple(w for w in rule.words if w in PREPOSITIONS)
        if trigger.kind == "verb":
            return subject_of(token, index), verb_targets(token, index, preps)
        if trigger.kind == "noun":
            return noun_source(token, index), noun_targets(token, index, preps)
        return adjective_source(token, index), noun_targets(token, index, preps)

    def _fill_pronouns(self, trigger: Trigger, source: Party, target: Party, found: list[Statement],
                       index: ActorIndex) -> tuple[Party, Party]:
        """An unresolved "he/we" subject inside a statement is the speaker ("Putin said he will ...")."""
        if source:
            return source, target
        statement = speaker_for(trigger.token, found)
        if statement is None or statement.speaker is None:
            return source, target
        for child in trigger.token.children:
            if child.dep_ == "nsubj" and child.lower_ in PRONOUN_SUBJECTS:
                mention = Mention(child.idx, child.idx + len(child.text), child.text, statement.speaker, "pronoun")
                return Party([mention], "pronoun for the speaker"), target
        return source, target

    def _pairs(self, trigger: Trigger, source: Party, target: Party, partner: list[Actor]):
        """(source, target, symmetric, how) for each event: conjoined actors give one event each,
        a symmetric type with a joint pair gives one symmetric event."""
        sources, targets = source.actors(), target.actors()
        symmetric_type = trigger.plover in SYMMETRIC_TYPES
        how = _how(source, target)
        if (symmetric_type or trigger.rule.mutual) and not targets and len(sources) >= 2:
            # "Putin and Erdogan held talks", "talks between A and B", "A and B signed a treaty":
            # one event per pair (stored once when the type is symmetric)
            for i, first in enumerate(sources):
                for second in sources[i + 1:]:
                    yield first, second, symmetric_type, how + "; the pair did it together"
                    if trigger.rule.mutual_both and not symmetric_type:
                        yield second, first, False, how + "; each did it to the other"
            return
        if symmetric_type and sources and not targets and source.how == SENTENCE_ACTOR:
            # "agreements were signed during Putin's visit": the other party is the article's main
            # actor of another country
            other = next((a for a in partner if a.country != sources[0].country), None)
            if other is not None:
                yield sources[0], other, True, how + f"; partner {other.code} from the article's main actors"
                return
        if not sources:
            sources = [None]
        if not targets:
            targets = [None]
        for src in sources:
            for tgt in targets:
                if src is not None and tgt is not None and src.code == tgt.code:
                    continue
                symmetric = symmetric_type and src is not None and tgt is not None and (
                    target.joint or source.joint or trigger.kind == "noun" or "with" in target.how)
                yield src, tgt, symmetric, how

    # -- the record --------------------------------------------------------------------------
    def _date(self, token: Token, date_ents: list[Span], base, modality: str):
        chosen = _closest_date(token, date_ents)
        if chosen is None:
            return base
        return dates.resolve(chosen.text, base, future=modality == "intended") or base

    def _event(self, sentence: Span, context, trigger: Trigger, src: Optional[Actor], tgt: Optional[Actor],
               symmetric: bool, modality: str, cue: str, statement: Optional[Statement],
               amounts: tuple[Amount, ...], date, place: Optional[Place], how: str) -> Event:
        if symmetric and src is not None and tgt is not None and tgt.code < src.code:
            src, tgt = tgt, src                      # one order for a symmetric pair: ids agree
        cameo = trigger.cameo
        token = trigger.token
        event_id = _event_id(context.article_id, sentence, trigger.plover, cameo, src, tgt, modality)
        confidence = trigger.rule.confidence * (0.8 if "partner" in how else 1.0) * (1.0 if src else 0.85)
        speaker = statement.speaker if statement else None
        explanation = _explain(trigger, self.tables.describe(cameo), src, tgt, how, modality, cue, statement)
        return Event(
            id=event_id, article_id=context.article_id,
            sentence=Sentence(sentence.start_char, sentence.end_char, sentence.text),
            plover=trigger.plover, cameo=cameo, quad_class=self.tables.quad_class(cameo),
            goldstein=self.tables.goldstein(cameo), source=src, target=tgt, modality=modality,
            symmetric=symmetric, speaker=speaker, place=place, date=date, amounts=amounts,
            trigger=trigger.words, trigger_start=token.idx, trigger_end=token.idx + len(token.text),
            pattern=trigger.rule.name + trigger.pattern_note, confidence=round(confidence, 3),
            explanation=explanation)


# -- helpers ---------------------------------------------------------------------------------
def _without_partial(events: list[Event]) -> list[Event]:
    """Drop an event with a missing actor when the same sentence has the same type with both
    actors known (the fuller reading wins); join a source-only and a target-only reading."""
    by_key: dict[tuple, list[Event]] = {}
    for event in events:
        by_key.setdefault((event.sentence.start, event.plover, event.modality), []).append(event)
    kept: list[Event] = []
    for group in by_key.values():
        full = [e for e in group if e.source and e.target]
        sources_only = [e for e in group if e.source and not e.target]
        targets_only = [e for e in group if e.target and not e.source]
        if not full and len(sources_only) == 1 and len(targets_only) == 1 \
                and sources_only[0].source.code != targets_only[0].target.code:
            first = sources_only[0]
            merged = dataclasses.replace(first, target=targets_only[0].target,
                                         explanation=first.explanation[:-1] + "; target from the same sentence's "
                                         f"'{targets_only[0].trigger}'.")
            kept.append(dataclasses.replace(merged, id=_merged_id(merged)))
            continue
        for event in group:
            partial = not (event.source and event.target)
            covered = any((event.source is None or f.source == event.source or f.target == event.source) and
                          (event.target is None or f.target == event.target or f.source == event.target)
                          for f in full if f is not event)
            if not (partial and covered):
                kept.append(event)
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(kept, key=lambda e: (e.sentence.start, order.get(id(e), 0)))


def _merged_id(event: Event) -> str:
    key = "|".join([event.article_id, str(event.sentence.start), str(event.sentence.end), event.plover,
                    event.cameo, _code(event.source) or "", _code(event.target) or "", event.modality])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _kind(token: Token) -> Optional[str]:
    if token.pos_ == "VERB":
        return "verb"
    if token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in ("GPE", "PERSON", "NORP", "ORG"):
        return "noun"
    if token.pos_ == "ADJ":
        return "adjective"
    return None


def _consumed(token: Token, rule: Rule) -> set[int]:
    """Argument tokens a multi-word verb rule used up ("signed agreements": no second AGREE from the noun)."""
    if rule.kind != "verb" or not rule.words:
        return set()
    words = set(rule.words)
    near = {token.i} | {c.i for c in token.children} | {g.i for c in token.children for g in c.children}
    used = set()
    for t in token.subtree:
        if t.i != token.i and (t.lower_ in words or t.lemma_.lower() in words) and t.head.i in near:
            used.add(t.i)
            used.update(c.i for c in t.children if c.dep_ == "conj")
    return used


def _subtree_words(token: Token) -> frozenset[str]:
    words = set()
    for t in token.subtree:
        if abs(t.i - token.i) <= 8:
            words.add(t.lower_)
            words.add(t.lemma_.lower())
    return frozenset(words)


FORCE_TYPES = frozenset({"MOBILIZE", "RETREAT", "AID", "COOPERATE"})
FORCE_SECTORS = frozenset({"MIL", "COP"})


def _forces_as_source(trigger: Trigger, source: Party, target: Party, index: ActorIndex) -> tuple[Party, Party]:
    """"Russia withdrew its troops from Georgia", "Israel called up reservists": the forces moved are
    the doer, and the target is the place they move from or to."""
    if trigger.plover not in FORCE_TYPES or not target or not source:
        return source, target
    forces = [m for m in target.mentions if m.actor.sector in FORCE_SECTORS]
    countries = {m.actor.country for m in source.mentions}
    if not forces or not all(m.actor.country in countries for m in forces):
        return source, target
    moved = Party(forces, f"forces it moved ({target.how})")
    for prep, pobj in _prep_objects(trigger.token, ("to", "from", "into", "against", "toward", "towards", "out")):
        found = owner_actors(pobj, index) or _actors_inside(pobj, index)
        found = [m for m in found if m.actor.country not in countries or m.actor.sector]
        if found:
            return moved, Party(found, f"object of '{prep}'")
    return moved, Party()


PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID"})


def _target_inside_object(verb: Token, index: ActorIndex, source: Party) -> Party:
    """"struck an apartment building in Dnipro": the target is whoever owns the place attacked."""
    own = {m.actor.code for m in source.mentions}
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass"):
            found = [m for m in _actors_inside(obj, index) if m.actor.code not in own]
            if found:
                return Party(found, f"place named in the object '{obj.text}'")
    return Party()


def _actors_inside(token: Token, index: ActorIndex) -> list[Mention]:
    """Actors named anywhere inside a phrase ("an oil refinery in Russia's Ryazan region")."""
    for t in token.subtree:
        if index.at(t):
            return list(index.at(t))
    return []


SENTENCE_ACTOR = "first actor named in the sentence (no agent given)"


def _sentence_actor(sentence: Span, index: ActorIndex) -> Party:
    for token in sentence:
        mentions = index.at(token)
        if mentions:
            return Party([mentions[0]], SENTENCE_ACTOR)
    return Party()


def _is_agentless(token: Token) -> bool:
    if token.pos_ == "VERB" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("nsubjpass", "nsubj", "dobj"):
        return False
    if token.pos_ == "VERB":
        return not any(c.dep_ == "agent" for c in token.children)
    return not any(c.dep_ == "prep" and c.lower_ in ("by", "between", "with") for c in token.children)


def _salient_actors(mentions: list[Mention]) -> list[Actor]:
    """The article's main actors, most mentioned first: partners for agentless symmetric events."""
    counts: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    for mention in mentions:
        if mention.actor.country:
            counts[mention.actor.code] = counts.get(mention.actor.code, 0) + 1
            actors[mention.actor.code] = mention.actor
    return [actors[c] for c in sorted(counts, key=lambda c: -counts[c])]


def _amounts_for(token: Token, amounts: list[tuple[Amount, Token]], triggers: dict) -> tuple[Amount, ...]:
    """The amounts whose nearest trigger up the parse tree is this one."""
    attached = []
    for amount, root in amounts:
        node, steps = root, 0
        while node.head is not node and node.i != token.i and node.i not in triggers and steps < 8:
            node, steps = node.head, steps + 1
        if node.i == token.i:
            attached.append(amount)
    return tuple(attached)


def _closest_date(token: Token, date_ents: list[Span]) -> Optional[Span]:
    """A DATE entity hanging on the trigger's clause, else the nearest one in the sentence."""
    best, best_distance = None, None
    for ent in date_ents:
        node, inside = ent.root, False
        for _ in range(6):
            if node.i == token.i or node.i == token.head.i:
                inside = True
                break
            if node.head is node:
                break
            node = node.head
        distance = abs(ent.root.i - token.i) - (100 if inside else 0)
        if best_distance is None or distance < best_distance:
            best, best_distance = ent, distance
    return best


def _place(sentence: Span, context) -> Optional[Place]:
    for place in context.places:
        if place.start is not None and sentence.start_char <= place.start < sentence.end_char:
            return place
    return context.dateline_place


def _event_id(article_id: str, sentence: Span, plover: str, cameo: str, src: Optional[Actor],
              tgt: Optional[Actor], modality: str) -> str:
    key = "|".join([article_id, str(sentence.start_char), str(sentence.end_char), plover, cameo,
                    _code(src) or "", _code(tgt) or "", modality])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _code(actor: Optional[Actor]) -> Optional[str]:
    return actor.code if actor else None


def _how(source: Party, target: Party) -> str:
    parts = []
    if source:
        parts.append(f"source from the {source.how}")
    if target:
        parts.append(f"target from the {target.how}")
    return ", ".join(parts) or "no actors"


def _name(actor: Optional[Actor]) -> str:
    if actor is None:
        return "unknown"
    return f"{actor.name} ({actor.code})" if actor.name else actor.code


def _explain(trigger: Trigger, description: str, src: Optional[Actor], tgt: Optional[Actor], how: str,
             modality: str, cue: str, statement: Optional[Statement]) -> str:
    text = (f"Coded {trigger.plover} (CAMEO {trigger.cameo} '{description}') because the {trigger.kind} "
            f"'{trigger.words}' matches rule {trigger.rule.name}{trigger.pattern_note}; {_name(src)} -> {_name(tgt)}, "
            f"{how}")
    if modality != "asserted":
        text += f"; {modality} because of '{cue}'"
    if statement is not None:
        text += f"; reported by {statement.speaker_text or 'an unnamed speaker'} ('{statement.verb.text}')"
    return text + "."
