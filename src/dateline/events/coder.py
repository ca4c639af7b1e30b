"""The event coder: triggers from the lexicon, actors from the parse, then modality, speaker,
amounts, date, place and an explanation for each event.

Everything is built once (`EventCoder()` compiles the patterns) and works on the Doc that the
pipeline already parsed: no second parse, no per-sentence dateparser.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

import yaml
from spacy.tokens import Doc, Span, Token

from ..model import SYMMETRIC_TYPES, Actor, Amount, Event, Mention, Place, Quote, Sentence
from . import dates
from .amounts import find_amounts, sentence_ents
from .grammar import (ActorIndex, Party, _prep_objects, adjective_source, argument_words, is_passive,
                      noun_source, noun_targets, owner_actors, subject_of, verb_targets)
from .modality import modality_of
from .patterns import PREPOSITIONS, Lexicon, Rule, build_lexicon, default_lexicon
from .speech import Statement, doc_text, speaker_for, statements, to_quote
from .tables import DATA

PATTERN_WINDOW = 60                  # words each side of a verb that a PETRARCH pattern may reach

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
        history: list[Event] = []
        for sentence in doc.sents:
            found = statements(sentence, index)
            for statement in found:
                key = (statement.speaker_text, doc_text(doc)[statement.start:statement.end])
                if key not in seen_quotes:
                    seen_quotes.add(key)
                    quotes.append(to_quote(statement, context.article_id, doc_text(doc)))
            coded = self._code_sentence(sentence, index, found, partner, context, history)
            history.extend(coded)
            for event in coded:
                # one event per (sentence, type, actors): a repeated body or a second trigger for the
                # same happening ("held talks" + "talks") never counts twice; the richer reading wins
                key = (sentence.text.strip(), event.plover, _code(event.source), _code(event.target))
                previous = events.get(key)
                if previous is None or (len(event.amounts), event.confidence) > (len(previous.amounts), previous.confidence):
                    events[key] = event
        return _without_dictionary_echoes(_without_partial(list(events.values()))), quotes

    # -- one sentence ------------------------------------------------------------------------
    def _code_sentence(self, sentence: Span, index: ActorIndex, found: list[Statement],
                       partner: list[Actor], context, history: Sequence[Event] = ()) -> list[Event]:
        triggers = self._triggers(sentence, index)
        if triggers and _discarded(sentence):
            triggers = [t for t in triggers if t.plover not in CONFLICT_TYPES]
        trigger_tokens = {t.token.i: t for t in triggers}
        amounts = find_amounts(sentence)
        date_ents = [e for e in sentence_ents(sentence) if e.label_ in ("DATE",)]
        out = []
        for trigger in triggers:
            governor = self._governor(trigger, trigger_tokens)
            if trigger.kind == "noun" and governor is None:
                governor = _content_governor(trigger, trigger_tokens)
                if governor is not None and governor.plover != "REQUEST":
                    governor = None      # handled below: "agreed to a ceasefire" is the AGREE's content
            requested = governor is not None and governor.plover == "REQUEST" and trigger.plover not in GOVERNING_TYPES
            if governor is not None and not requested:
                continue
            if trigger.plover in ("ASSAULT", "COERCE") and _purpose_of_deployment(trigger.token, trigger_tokens):
                continue        # "sent troops to fight the rebels": the purpose of the deployment, not a fight
            source, target = self._parties(trigger, index)
            if requested:
                source, target = self._requested_parties(trigger, governor, source, target, index)
            source, target = self._fill_pronouns(trigger, source, target, found, index)
            source, target = _forces_as_source(trigger, source, target, index)
            if source and not target and trigger.kind == "verb" and trigger.plover in PLACE_TARGET_TYPES:
                target = _target_inside_object(trigger.token, index, source)
            if not source and not target and (trigger.plover in SYMMETRIC_TYPES or trigger.rule.mutual) \
                    and _is_agentless(trigger.token):
                source = _sentence_actor(sentence, index)
            if not requested and trigger.kind == "noun" and _content_of_governor(trigger, trigger_tokens) and (
                    not source or " of '" in source.how):
                continue        # "agreed to a ceasefire": the ceasefire is what the AGREE is about
            if trigger.plover in GOVERNING_TYPES and source and not target:
                target = _target_of_content(trigger.token, index, source)
            if trigger.plover == "RETREAT" and source and not target:
                target = _retreat_from(trigger.token, index, source)
            if source and not target:
                target = _earlier_event_parties(trigger.token, source, list(history) + out)
            if trigger.plover == "MOBILIZE" and source:
                target = _mobilized_against(trigger.token, source, target, index)
            source, target = _domestic_defaults(trigger, source, target, sentence, index)
            if trigger.plover == "CONSULT" and trigger.kind == "verb" and target.how == "object" and \
                    not any(m.start <= c.idx < m.end for m in target.mentions for c in trigger.token.children
                            if c.dep_ == "dobj"):
                target = Party()        # "discussed the Syrian crisis": the object is the topic, not a party
            if trigger.kind == "noun" and trigger.plover in SYMMETRIC_TYPES and len(
                    {a.code for a in source.actors() + target.actors()}) < 2:
                statement = speaker_for(trigger.token, found)
                if statement is not None and statement.speaker is not None and not source:
                    # "Seoul said a summit with Pyongyang could take place": the speaker is the party
                    source = Party([Mention(trigger.token.idx, trigger.token.idx, statement.speaker_text,
                                            statement.speaker)], "the speaker of the statement")
                else:
                    continue    # a talks/agreement noun with one side only is a topic, not an event
            if not source and not target:
                continue
            if trigger.rule.require_both and not (source and target):
                continue
            modality, cue = modality_of(trigger.token, trigger.kind, trigger.rule.modality)
            if requested and modality in ("asserted", "intended"):
                modality, cue = "requested", governor.token.text
            if modality == "negated" and trigger.plover in ("AGREE", "SUPPORT") and _refusal(trigger.token, cue):
                trigger, modality, cue = self._as_refusal(trigger), "asserted", ""
            statement = speaker_for(trigger.token, found)
            for src, tgt, symmetric, how in self._pairs(trigger, source, target, partner):
                tgt = _state_for_forces(trigger.plover, src, tgt)
                coded = trigger
                if trigger.plover == "ASSAULT" and src is not None and src.sector in RIOTING_SECTORS \
                        and trigger.token.lemma_.lower() in RIOT_VERBS:
                    # "protesters stormed parliament", "rioters set fire to police stations": a riot
                    coded = dataclasses.replace(trigger, cameo="145", plover=self.tables.plover("145") or "PROTEST",
                                                pattern_note=trigger.pattern_note + " (violence by civilians: riot)")
                if coded.plover == "MOBILIZE" and src is not None and tgt is not None and tgt.country \
                        and tgt.country != src.country and _purpose(trigger.token) in HELP_PURPOSES:
                    # "deployed troops to Mozambique to help fight insurgents": protection for another state
                    coded = dataclasses.replace(coded, cameo="074", plover=self.tables.plover("074") or "AID",
                                                pattern_note=coded.pattern_note + " (sent to help: military protection)")
                if coded.plover == "RETREAT" and _leaves_organisation_or_treaty(trigger.token, tgt):
                    # "left the International Criminal Court", "withdrew from the treaty": reduced relations
                    coded = dataclasses.replace(coded, cameo="160", plover=self.tables.plover("160") or "SANCTION",
                                                pattern_note=coded.pattern_note + " (leaving an organisation or treaty)")
                event_amounts = _amounts_for(trigger.token, amounts, trigger_tokens)
                date = self._date(trigger.token, date_ents, context.date, modality)
                place = _place(sentence, context, trigger.token)
                out.append(self._event(sentence, context, coded, src, tgt, symmetric, modality, cue,
                                       statement, event_amounts, date, place, how))
        return out

    def _triggers(self, sentence: Span, index: ActorIndex) -> list[Trigger]:
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
            if rule.petrarch_block and not _two_actors_near(token, index):
                continue            # dictionary verbs need a source and a target: skip the pattern search
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
        reported = [(c.left_edge.i, c.right_edge.i) for c in token.children if c.dep_ in ("ccomp", "parataxis", "advcl")]
        doc = token.doc
        start = max(token.left_edge.i, token.i - PATTERN_WINDOW)
        end = min(token.right_edge.i, token.i + PATTERN_WINDOW)
        phrase = [t for t in doc[start:end + 1] if not any(a <= t.i <= b for a, b in reported)]
        # the nearest PATTERN_WINDOW words each side: patterns are a few words long, and matching
        # every trigger against a whole 1,000-word "sentence" was quadratic (issue 9)
        before = [t.lower_ for t in phrase if t.i < token.i][-PATTERN_WINDOW:]
        after = [t.lower_ for t in phrase if t.i > token.i][:PATTERN_WINDOW]
        for dictionary in self.lexicon.dictionaries:
            pattern = dictionary.best_pattern(rule.petrarch_block, before, after)
            if pattern is not None:
                return pattern
        return None

    def _as_refusal(self, trigger: Trigger) -> Trigger:
        """"would not accept", "will never recognise": a stated refusal is a REJECT (CAMEO 120)."""
        return dataclasses.replace(trigger, cameo="120", plover=self.tables.plover("120") or "REJECT",
                                   pattern_note=trigger.pattern_note + " (stated refusal: REJECT)")

    def _governed(self, trigger: Trigger, triggers: dict[int, Trigger]) -> bool:
        """True when a governing trigger ("threatened to", "called on X to", "agreed to") codes this one."""
        return self._governor(trigger, triggers) is not None

    def _governor(self, trigger: Trigger, triggers: dict[int, Trigger]) -> Optional[Trigger]:
        """The governing trigger ("threatened to", "called on X to", "agreed to") that codes this one."""
        token = trigger.token
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            governor = triggers.get(token.head.head.i)       # "accused Russia of bombing", "blamed X for"
            if governor is not None and governor.plover in GOVERNING_TYPES and not governor.rule.petrarch_block:
                return governor
        for _ in range(2):
            if token.dep_ not in ("xcomp", "acl", "advcl", "ccomp") or token.head is token:
                return None
            if token.dep_ == "ccomp" and token.head.lemma_.lower() not in ("demand", "insist", "urge", "ask"):
                return None
            governor = triggers.get(token.head.i)
            if governor is not None and governor.plover in GOVERNING_TYPES and not governor.rule.petrarch_block:
                return governor
            token = token.head
        return None

    def _requested_parties(self, trigger: Trigger, governor: Trigger, source: Party, target: Party,
                           index: ActorIndex) -> tuple[Party, Party]:
        """What a request asks for is coded too, as `requested`: the one asked does it, to the asker
        ("the IAEA called on Iran to give access": Iran -> IAEA; "Somalia demanded that Ethiopian
        troops leave": Ethiopian troops -> Somalia)."""
        asker, asked = self._parties(governor, index)
        if not source:
            source = asked
        if not target:
            target = Party([m for m in asker.mentions if m.actor.code not in {a.code for a in source.actors()}],
                           "the one who asked")
        return source, target

    # -- actors ------------------------------------------------------------------------------
    def _parties(self, trigger: Trigger, index: ActorIndex) -> tuple[Party, Party]:
        token, rule = trigger.token, trigger.rule
        preps = tuple(w for w in rule.words if w in PREPOSITIONS)
        if trigger.kind == "verb":
            source = subject_of(token, index)
            # the doer and its own country as a whole ("the chancellor expressed Germany's solidarity
            # with X": Germany is the doer's side, not the target)
            own = {a.code for a in source.actors()} | {a.country for a in source.actors() if a.country}
            target = verb_targets(token, index, preps, frozenset(own))
            return source, target
        if trigger.kind == "noun":
            source, target = noun_source(token, index), noun_targets(token, index, preps)
            if not target:
                target = _governing_verb_target(token, index, frozenset(a.code for a in source.actors()))
            return source, target
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
        sources, targets = source.actors()[:MAX_PARTIES], target.actors()[:MAX_PARTIES]
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
        if (symmetric_type or trigger.rule.mutual) and sources and not targets and source.how == SENTENCE_ACTOR:
            # "agreements were signed during Putin's visit": the other party is the article's main
            # actor of another country
            other = next((a for a in partner if a.country != sources[0].country), None)
            if other is not None:
                yield sources[0], other, symmetric_type, how + f"; partner {other.code} from the article's main actors"
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
def _without_dictionary_echoes(events: list[Event]) -> list[Event]:
    """A dictionary-verb event that repeats the actors of one of our own patterns in the same sentence
    ("reiterated his opposition to ...") is the same happening seen through a weaker rule: drop it."""
    own = {(e.sentence.start, _code(e.source), _code(e.target)) for e in events if ".yaml" in e.pattern}
    return [e for e in events if ".yaml" in e.pattern or (e.sentence.start, _code(e.source), _code(e.target)) not in own]


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
    near = [c for c in token.children] + [g for c in token.children for g in c.children]
    near += [g for t in near for g in t.children]
    used = set()
    for t in near:
        if t.i != token.i and (t.lower_ in words or t.lemma_.lower() in words):
            used.add(t.i)
            used.update(c.i for c in t.children if c.dep_ == "conj")
    return used


def _two_actors_near(token: Token, index: ActorIndex, window: int = 20) -> bool:
    """At least two different actors named in the verb's phrase (cheap test before pattern matching)."""
    doc = token.doc
    start, end = max(token.left_edge.i, token.i - window), min(token.right_edge.i, token.i + window)
    codes = set()
    for t in doc[start:end + 1]:
        for mention in index.at(t):
            codes.add(mention.actor.code)
            if len(codes) > 1:
                return True
    return False


def _subtree_words(token: Token, window: int = 8) -> frozenset[str]:
    """Words of the trigger's phrase near it (a window, so long sentences stay linear)."""
    doc = token.doc
    start, end = max(token.left_edge.i, token.i - window), min(token.right_edge.i, token.i + window)
    words = set()
    for t in doc[start:end + 1]:
        words.add(t.lower_)
        words.add(t.lemma_.lower())
    return frozenset(words)


MAX_PARTIES = 8          # actors per role that get their own event ("A, B, ... and Z met")
FORCE_TYPES = frozenset({"MOBILIZE", "RETREAT", "AID", "COOPERATE"})
FORCE_SECTORS = frozenset({"MIL", "COP"})


def _forces_as_source(trigger: Trigger, source: Party, target: Party, index: ActorIndex) -> tuple[Party, Party]:
    """"Russia withdrew its troops from Georgia", "Israel called up reservists": the forces moved are
    the doer, and the target is the place they move from or to."""
    if trigger.plover == "MOBILIZE":
        source, target = _mobilize_parties(trigger, source, target, index)
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
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST"})
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


@functools.lru_cache(maxsize=1)
def _discard_words() -> tuple[frozenset[str], tuple[str, ...]]:
    words = (yaml.safe_load((DATA / "discard-words.yaml").read_text(encoding="utf-8")) or {}).get("words", [])
    return frozenset(w for w in words if " " not in w), tuple(w for w in words if " " in w)


def _discarded(sentence: Span) -> bool:
    """Sport, games and nature: "Germany crushed Brazil 7-1", "an earthquake struck Mexico"."""
    single, phrases = _discard_words()
    text = sentence.text.lower()
    return bool(_SCORE.search(text)) or any(t.lower_ in single for t in sentence) or any(p in text for p in phrases)
VICTIM_NOUNS = frozenset({"suspect", "suspects", "schoolgirl", "schoolgirls", "schoolchildren", "activist",
                          "activists", "crowd", "crowds", "farmer", "farmers", "people", "person", "civilian", "civilians", "villager", "villagers", "resident",
                          "residents", "protester", "protesters", "demonstrator", "demonstrators", "worshipper",
                          "worshippers", "passenger", "passengers", "child", "children", "woman", "women",
                          "student", "students", "bystander", "bystanders", "pilgrim", "pilgrims", "shopper",
                          "shoppers", "schoolgirl", "schoolgirls", "farmer", "farmers"})
CIVIL_SECTORS = frozenset({"CVL", "LAB", "OPP", "EDU", "REL", "MED", "BUS", "AGR"})
PROTEST_WORDS = frozenset({"protest", "protests", "protesters", "demonstrators", "demonstrations", "unrest",
                           "pressure", "demands", "uprising", "strike", "strikes"})


def _country_actor(country: str, sector: Optional[str]) -> Actor:
    return Actor(country + (sector or ""), country, sector, None)


AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "ceasefire", "truce", "plan",
                             "settlement", "compromise", "arrangement", "understanding"})
DECISION_NOUNS = frozenset({"decision", "announcement", "move", "step", "annexation", "statement", "offer",
                            "proposal", "ruling", "action", "measure", "measures"})


def _earlier_event_parties(token: Token, source: Party, history: Sequence[Event]) -> Party:
    """"Rebels criticised the agreement": a definite event noun with no actor of its own points back
    to the last such event in the article; its parties are the target."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "against", "with", "on")
                for p in c.children if p.dep_ == "pobj"]
    own = {a.code for a in source.actors()}
    own_countries = {a.country for a in source.actors() if a.country}
    denial = token.lemma_.lower() in DENIAL_VERBS
    if denial and any(c.dep_ == "ccomp" for c in token.children):
        # "Islamabad denied that state agencies were involved": the denial answers the accuser
        found = _accuser(obj=token, own_countries=own_countries, history=history)
        if found:
            return found
    for obj in objects:
        lemma = obj.lemma_.lower()
        if lemma in ACCUSATION_NOUNS and denial:
            found = _accuser(obj, own_countries, history)
            if found:
                return found
            continue
        if lemma in ATTACK_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
            # "China condemned the attack": the attacker of the last violent event; armed forces are
            # held to their state ("Russian forces launched an invasion ... leaders condemned the attack")
            # the first violent event of the article is the one the others react to
            for event in history:
                if event.plover not in ("ASSAULT", "COERCE"):
                    continue
                attacker = event.source
                if attacker is None:
                    break
                if attacker.code in own or (attacker.country and attacker.country in own_countries):
                    break
                if attacker.sector == "MIL" and attacker.country:
                    attacker = Actor(attacker.country, attacker.country, None, None)
                return Party([Mention(obj.idx, obj.idx + len(obj.text), obj.text, attacker)],
                             f"attacker of the earlier '{event.trigger}' ('the {obj.text}')")
            continue
        if lemma not in AGREEMENT_NOUNS and lemma not in DECISION_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
            continue
        wanted = ("AGREE", "SUPPORT", "RETREAT") if lemma in AGREEMENT_NOUNS else None
        for event in reversed(history):
            if wanted and event.plover not in wanted:
                continue
            parties = [a for a in (event.source, event.target) if a is not None and a.code not in own]
            if parties:
                mentions = [Mention(obj.idx, obj.idx + len(obj.text), obj.text, a) for a in parties]
                return Party(mentions, f"parties of the earlier '{event.trigger}' ('the {obj.text}')")
    return Party()


# armed forces are the target of violence, but what is said or done to them otherwise is aimed at
# their state: "blamed Russian aircraft" (RUS), "threatened to strike U.S. bases" (USA), "sent troops
# to the border" (the neighbour)
FORCES_AS_STATE_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "RETREAT", "COERCE", "SANCTION", "MOBILIZE",
                                   "THREATEN", "PROTEST", "AGREE", "CONSULT", "CONCEDE"})


def _state_for_forces(plover: str, source: Optional[Actor], target: Optional[Actor]) -> Optional[Actor]:
    if target is None or target.sector != "MIL" or not target.country or plover not in FORCES_AS_STATE_TYPES:
        return target
    if source is not None and source.country == target.country:
        return target           # within one country ("the government ordered the army to ...")
    return Actor(target.country, target.country, None, None)


HELP_PURPOSES = frozenset({"help", "assist", "support", "protect", "aid", "restore", "stabilize", "stabilise",
                           "secure", "defend", "guard", "train", "bolster"})
FIGHT_PURPOSES = frozenset({"fight", "combat", "battle", "attack", "crush", "confront", "counter", "repel",
                            "defeat", "hunt", "strike"})


def _purpose_clause(verb: Token) -> Optional[Token]:
    """The 'to ...' purpose clause of a verb ("deployed troops to help ...")."""
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def _purpose(verb: Token) -> str:
    clause = _purpose_clause(verb)
    return clause.lemma_.lower() if clause is not None else ""


def _purpose_of_deployment(token: Token, triggers: dict) -> bool:
    for _ in range(2):
        if token.dep_ not in ("advcl", "xcomp") or token.head is token:
            return False
        head = token.head
        governor = triggers.get(head.i)
        if governor is not None and governor.plover in ("MOBILIZE", "AID") and _purpose_clause(head) is not None:
            return True
        token = head
    return False


def _mobilized_against(verb: Token, source: Party, target: Party, index: ActorIndex) -> Party:
    """"deployed troops to Borno State to fight Boko Haram": the enemy is the target, not the place."""
    clause = _purpose_clause(verb)
    if clause is None:
        return target
    if clause.lemma_.lower() == "help":        # "to help fight insurgents"
        inner = next((c for c in clause.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in FIGHT_PURPOSES), None)
        if inner is None:
            return target
        clause = inner
    if clause.lemma_.lower() not in FIGHT_PURPOSES:
        return target
    own = {a.country for a in source.actors() if a.country} | {a.code for a in source.actors()}
    current = target.actors()
    if current and any(a.country and a.country not in own for a in current):
        return target                       # sent to a foreign country: that country stays the target
    for obj in clause.children:
        if obj.dep_ == "dobj":
            found = [m for m in owner_actors(obj, index) if m.actor.code not in own]
            if found:
                return Party(found, f"enemy in the purpose '{clause.text}'")
    return target


LEAVING_VERBS = frozenset({"leave", "withdraw", "quit", "exit", "pull", "abandon"})
TREATY_NOUNS = frozenset({"treaty", "agreement", "deal", "accord", "pact", "convention", "organisation",
                          "organization", "alliance", "union", "court", "bloc"})


def _leaves_organisation_or_treaty(token: Token, target: Optional[Actor]) -> bool:
    if token.lemma_.lower() not in LEAVING_VERBS:
        return False
    if target is not None and target.sector == "IGO" and target.country is None:
        return True
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in TREATY_NOUNS for o in objects)


RIOTING_SECTORS = frozenset({"CVL", "OPP", "LAB"})
RIOT_VERBS = frozenset({"storm", "set", "burn", "torch", "riot", "ransack", "loot", "smash", "stone", "attack",
                        "vandalize", "vandalise", "besiege", "raid", "occupy", "throw"})


DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebuff"})
ACCUSATION_NOUNS = frozenset({"involvement", "accusation", "charge", "claim", "allegation", "responsibility",
                              "report", "involvment"})
ATTACK_NOUNS = frozenset({"attack", "invasion", "assault", "raid", "bombing", "killing", "shelling", "offensive",
                          "incursion", "strike", "massacre", "crackdown", "occupation"})


def _accuser(obj: Token, own_countries: set, history: Sequence[Event]) -> Party:
    """The source of the last accusation against the denier's country."""
    for event in reversed(history):
        if event.plover == "ACCUSE" and event.source is not None and event.target is not None \
                and event.target.country in own_countries and event.source.country not in own_countries:
            return Party([Mention(obj.idx, obj.idx + len(obj.text), obj.text, event.source)],
                         f"accuser in the earlier '{event.trigger}'")
    return Party()


def _refusal(token: Token, cue: str) -> bool:
    """A negated promise about the future ("would not accept", "will never recognise") is a refusal."""
    if cue.lower() == "never":
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo", "shall") for c in token.children)


def _content_governor(trigger: Trigger, triggers: dict) -> Optional[Trigger]:
    """The governing trigger whose object this event noun is ("demanded the release of X")."""
    token = trigger.token
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ not in ("dobj", "attr"):
        return None
    governor = triggers.get(head.i)
    if governor is not None and governor is not trigger and governor.plover in GOVERNING_TYPES \
            and not governor.rule.petrarch_block:
        return governor
    return None


def _content_of_governor(trigger: Trigger, triggers: dict) -> bool:
    """An event noun that is the object of a governing event ("agreed to a ceasefire", "demanded talks")."""
    token = trigger.token
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ not in ("dobj", "attr"):
        return False
    governor = triggers.get(head.i)
    return governor is not None and governor is not trigger and governor.plover in GOVERNING_TYPES \
        and not governor.rule.petrarch_block


def _target_of_content(token: Token, index: ActorIndex, source: Party) -> Party:
    """"threatened to strike U.S. bases on Guam", "vowed to punish Israel": a threat, demand, refusal
    or promise is aimed at whoever its content is aimed at."""
    own = frozenset(a.code for a in source.actors())
    for clause in token.children:
        if clause.dep_ not in ("xcomp", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        found = verb_targets(clause, index, (), own)
        if not found:
            found = _target_inside_object(clause, index, source)
        if found:
            return Party(found.mentions, f"{found.how} of '{clause.text}'")
    return Party()


def _retreat_from(token: Token, index: ActorIndex, source: Party) -> Party:
    """"pulled out of Kuwait City", "withdrew from Somalia", "left Afghanistan": the country left."""
    own = {m.actor.country for m in source.mentions}
    places = [pobj for _, pobj in _prep_objects(token, ("from", "of", "out"))]
    places += [c for c in token.children if c.dep_ == "dobj"] if token.lemma_.lower() == "leave" else []
    for prt in token.children:
        if prt.dep_ in ("prt", "prep") and prt.lower_ == "out":
            places += [pobj for _, pobj in _prep_objects(prt, ("of",))]
    for place in places:
        for mention in owner_actors(place, index) or _actors_inside(place, index):
            country = mention.actor.country
            if country and country not in own:
                return Party([Mention(mention.start, mention.end, mention.text, _country_actor(country, None))],
                             "the country it withdrew from")
    return Party()


def _domestic_defaults(trigger: Trigger, source: Party, target: Party, sentence: Span,
                       index: ActorIndex) -> tuple[Party, Party]:
    """Conventions for domestic dissent when the words leave a side implicit:
    citizens protesting with no named target protest against their own government; a crowd
    protesting against a named government is that country's citizens; a government conceding
    with protests in the sentence concedes to its citizens (or opposition)."""
    if trigger.plover == "PROTEST":
        if source and not target:
            actor = source.mentions[0].actor
            if actor.country and actor.sector in CIVIL_SECTORS:
                mention = Mention(trigger.token.idx, trigger.token.idx, "", _country_actor(actor.country, "GOV"))
                return source, Party([mention], "convention: citizens protest against their own government")
        if target and not source:
            actor = target.mentions[0].actor
            if actor.country and actor.sector in ("GOV", "LEG", "JUD", None):
                mention = Mention(trigger.token.idx, trigger.token.idx, "", _country_actor(actor.country, "CVL"))
                return Party([mention], "convention: protesters against a government are its citizens"), target
    if trigger.plover in ("ASSAULT", "COERCE") and not target and trigger.kind == "verb":
        victims = [c for c in trigger.token.children if c.dep_ in ("dobj", "nsubjpass")
                   and (c.lemma_.lower() in VICTIM_NOUNS or c.lower_ in VICTIM_NOUNS)]
        if victims:
            own = source.mentions[0].actor.country if source else None
            others = [m.actor.country for t in sentence for m in index.at(t)
                      if m.actor.country and m.actor.country != own]
            country = others[0] if others else own
            if country:
                mention = Mention(victims[0].idx, victims[0].idx + len(victims[0].text), victims[0].text,
                                  _country_actor(country, "CVL"))
                return source, Party([mention], f"convention: '{victims[0].text}' are civilians of {country}")
    if trigger.cameo in ("1723", "1724", "0813", "0814") and source and not target:
        actor = source.mentions[0].actor                    # a curfew or state of emergency: on the country
        if actor.country:
            mention = Mention(trigger.token.idx, trigger.token.idx, "", _country_actor(actor.country, None))
            return source, Party([mention], "convention: a curfew or emergency is imposed on the country")
    if trigger.plover in ("CONCEDE", "REJECT") and source and not target:
        actor = source.mentions[0].actor
        words = {t.lower_ for t in sentence}
        if actor.country and actor.sector in ("GOV", "JUD", "LEG") and words & PROTEST_WORDS:
            sector = "OPP" if "opposition" in words else "CVL"
            mention = Mention(trigger.token.idx, trigger.token.idx, "", _country_actor(actor.country, sector))
            return source, Party([mention], f"convention: a government yielding to protest yields to its {sector}")
    return source, target


def _target_inside_object(verb: Token, index: ActorIndex, source: Party) -> Party:
    """"struck an apartment building in Dnipro": the target is whoever owns the place attacked."""
    own = {m.actor.code for m in source.mentions}
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass"):
            found = [m for m in _actors_inside(obj, index) if m.actor.code not in own]
            if found:
                return Party(found, f"place named in the object '{obj.text}'")
    return Party()


def _mobilize_parties(trigger: Trigger, source: Party, target: Party, index: ActorIndex) -> tuple[Party, Party]:
    """Mobilizing is done by the forces: a country that deploys is its military; "police were deployed"
    makes the police the doer; the target is the country the forces face ("to its border with X")."""
    if not source and target and all(m.actor.sector in FORCE_SECTORS for m in target.mentions) \
            and is_passive(trigger.token):
        source, target = Party(target.mentions, "forces deployed (passive)"), Party()
    if source:
        mentions = []
        for m in source.mentions:
            actor = m.actor
            if actor.country and actor.sector is None:
                actor = _country_actor(actor.country, "MIL")
            mentions.append(Mention(m.start, m.end, m.text, actor, m.via, m.refers_to))
        source = Party(mentions, source.how + " (its forces)", source.joint)
    if source and (not target or all(m.actor.country in {s.actor.country for s in source.mentions}
                                     for m in target.mentions)):
        own = {m.actor.country for m in source.mentions}
        for prep, pobj in _prep_objects(trigger.token, ("to", "near", "along", "around", "into", "toward",
                                                        "towards", "on", "at")):
            for mention in _actors_inside(pobj, index, all_of=True):
                if mention.actor.country and mention.actor.country not in own:
                    return source, Party([Mention(mention.start, mention.end, mention.text,
                                                  _country_actor(mention.actor.country, None))],
                                         f"the country the forces face ('{prep} {pobj.text}')")
        if target and all(m.actor.sector in FORCE_SECTORS for m in target.mentions):
            return source, Party()
    return source, target


def _actors_inside(token: Token, index: ActorIndex, all_of: bool = False) -> list[Mention]:
    """Actors named anywhere inside a phrase ("an oil refinery in Russia's Ryazan region")."""
    found: list[Mention] = []
    doc = token.doc
    for t in doc[token.left_edge.i: min(token.right_edge.i, token.left_edge.i + 30) + 1]:
        if index.at(t):
            if not all_of:
                return list(index.at(t))
            found.extend(index.at(t))
    return found


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


def _place(sentence: Span, context, token: Token) -> Optional[Place]:
    """Where it happened: a place in the trigger's own phrase ("met in Sochi"), else the dateline's
    place, else a place named elsewhere in the sentence ("the crisis in Syria" is a topic, not a venue)."""
    in_sentence = [p for p in context.places
                   if p.start is not None and sentence.start_char <= p.start < sentence.end_char]
    phrase_start, phrase_end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    for place in in_sentence:
        if phrase_start <= place.start < phrase_end:
            return place
    return context.dateline_place or (in_sentence[0] if in_sentence else None)


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


GOVERNING_VERB_TARGET_PREPOSITIONS = ("to", "against", "on", "toward", "towards", "into")


def _governing_verb_target(noun: Token, index: ActorIndex, exclude: frozenset) -> Party:
    """An event noun that is the object of a plain verb takes that verb's target preposition:
    "approved a loan to X", "deployed troops to X", "provided aid to X"."""
    if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return Party()
    verb = noun.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in GOVERNING_VERB_TARGET_PREPOSITIONS and prep.i > noun.i:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found = [m for m in owner_actors(pobj, index) if m.actor.code not in exclude]
                    if found:
                        return Party(found, f"object of '{verb.text} ... {prep.lower_}'")
    return Party()
