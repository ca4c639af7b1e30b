"""Modality: is an event asserted, denied, hypothetical, intended or requested?

The cues come from the trigger's own dependents (a `neg` child, a modal auxiliary, "any" or "no"
on an event noun), from the clause it sits in ("if", "unless"), and from the verb that governs it
("plans to", "urged X to", "could"). Reported speech is not a modality: the coder keeps the inner
event's modality and sets the speaker.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .grammar import children_of

HYPOTHETICAL_MODALS = frozenset({"could", "would", "might", "may", "should", "can", "must"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_GOVERNORS = frozenset({"consider", "fear", "risk", "threaten", "may", "might", "warn",
                                    "contemplate", "weigh", "mull", "debate", "rumor", "rumour", "speculate",
                                    "possible", "likely", "ready", "prepared", "willing"})
INTENT_GOVERNORS = frozenset({"plan", "intend", "aim", "seek", "want", "hope", "prepare", "decide", "pledge",
                              "promise", "vow", "commit", "expect", "resolve", "wish", "try", "attempt",
                              "offer", "propose", "agree", "determine", "set", "schedule", "go"})
REQUEST_GOVERNORS = frozenset({"urge", "ask", "call", "demand", "request", "appeal", "press", "push",
                               "encourage", "invite", "implore", "beg", "insist", "want", "tell", "order",
                               "advise", "exhort", "petition", "plead"})
INTENT_NOUNS = frozenset({"plan", "plans", "intention", "commitment", "pledge", "promise", "decision", "bid",
                          "goal", "aim", "vow", "offer", "proposal", "effort", "readiness", "willingness",
                          "agreement", "deal", "accord", "pact", "treaty"})
REQUEST_NOUNS = frozenset({"request", "call", "calls", "appeal", "demand", "demands", "plea", "bid"})
NEGATING_GOVERNORS = frozenset({"fail", "refuse", "decline", "deny", "stop", "cease", "avoid", "halt"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
BARRING_VERBS = frozenset({"ban", "bar", "prevent", "prohibit", "forbid", "block", "refrain", "deter", "restrain",
                           "exclude", "disqualify"})
ANNOUNCED_SHOWS = frozenset({"drill", "drills", "exercise", "exercises", "manoeuvre", "manoeuvres", "maneuver",
                             "maneuvers", "wargame", "wargames"})
HYPOTHETICAL_DETERMINERS = frozenset({"any", "possible", "potential", "eventual", "future", "hypothetical",
                                      "likely", "alleged"})


# each test takes the token's children when the caller has read them already: spaCy builds a Token
# object per child on every pass, and one clause is asked for negation, modals and conditions in turn
def _negated(token: Token, children: Optional[list[Token]] = None) -> Optional[str]:
    for child in (children_of(token) if children is None else children):
        if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and child.lower_ in ("no", "never", "neither")):
            return child.text
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(c.lower_ == "no" for c in children_of(child)):
            return "no longer"      # "will no longer be able to terrorise the world"
    return None


def _modal(token: Token, children: Optional[list[Token]] = None) -> Optional[tuple[str, str]]:
    for child in (children_of(token) if children is None else children):
        if child.dep_ == "aux" and child.tag_ == "MD":
            word = child.lower_
            if word in FUTURE_MODALS:
                return "intended", child.text
            if word in HYPOTHETICAL_MODALS:
                return "hypothetical", child.text
        if child.dep_ == "aux" and child.lower_ == "going" :
            return "intended", "going to"
    return None


def _condition(token: Token, children: Optional[list[Token]] = None) -> Optional[str]:
    for child in (children_of(token) if children is None else children):
        if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
            return child.text
    return None


def _conditioned(token: Token, children: Optional[list[Token]] = None) -> Optional[str]:
    """"would destroy North Korea if forced", "will strike unless they withdraw": an event done only on a
    condition named in a clause on it."""
    for child in (children_of(token) if children is None else children):
        if child.dep_ == "advcl":
            marks = [c for c in children_of(child) if c.dep_ == "mark"]
            if any(mark.lower_ in ("if", "unless") for mark in marks) and not _present_after_past(token, child):
                return marks[0].text
    return None


def _present_after_past(verb: Token, condition: Token) -> bool:
    """A condition in the present on a deed in the past ("signed a pact pledging mutual military assistance if either
    country is attacked"): it conditions what the deed promised, not the deed (the parser hung it on the verb)."""
    if verb.tag_ != "VBD":
        return False
    tenses = [condition] + [c for c in children_of(condition) if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ in ("VBZ", "VBP") for t in tenses)


def _gapped(children: list[Token]) -> bool:
    """A conjoined infinitive with its own subject and no verb of its own before it ("..., and Hamas to stop
    rocket fire"): the governing verb is left out, shared with the first conjunct."""
    return _infinitive(children) and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


REPORTING_VERBS = frozenset({"say", "announce", "tell", "declare", "state", "confirm", "add", "promise", "pledge",
                             "vow", "insist", "reiterate", "stress"})


def _reported_future(clause: Token, children: list[Token]) -> bool:
    """"Rasmussen said the alliance would deploy missiles": "would" under a past verb of saying is the reported
    "will" (a plan), unless a condition hangs on it ("would meet him if Israel stopped building")."""
    reported = clause.head if clause.dep_ == "conj" else clause      # "said X was ... and that Y would ..."
    head = reported.head
    return reported.dep_ == "ccomp" and head.tag_ == "VBD" and head.lemma_.lower() in REPORTING_VERBS \
        and not _condition(clause, children) and not _conditioned(clause, children)


# clauses of their own: time, cause, concession ("after troops killed", "because rebels attacked")
OWN_CLAUSE_MARKS = frozenset({"after", "before", "since", "when", "while", "as", "because", "although", "though",
                              "once", "until", "whereas"})


def _told_as_past(clause: Token, children: list[Token]) -> bool:
    """A clause of time or cause told in the past tense: what happened, whatever the sentence around it asks, plans
    or supposes."""
    return clause.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in OWN_CLAUSE_MARKS for c in children)


def _infinitive(children: list[Token]) -> bool:
    """Whether a verb with these children is a "to" infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children)


# acts of speech told as a participle beside another deed: done as it is told
SPEECH_ACTS = frozenset({"accuse", "blame", "criticise", "criticize", "condemn", "call", "say", "describe", "warn"})


# verbs whose object is given later, not yet ("pledged $85 million in aid")
PLEDGING_VERBS = frozenset({"pledge", "promise", "offer", "vow"})
# verbs that undo what their object names: negated, they keep it ("will not abandon its commitment to Taiwan")
UNDOING_VERBS = frozenset({"abandon", "drop", "renounce", "scrap", "ditch", "forsake", "betray", "desert",
                           "relinquish", "revoke", "rescind", "abrogate", "repudiate",
                           # ("would not ease its pressure on North Korea": the pressure stays)
                           "ease", "lift", "relax", "loosen", "soften"})


CANCELLING_VERBS = frozenset({"cancel", "abort", "scrap", "scrub", "rescind", "shelve"})


def _called_off_after(verb: Token) -> bool:
    """A verb whose object a joined verb then called off or cancelled ("approved strikes but called them off")."""
    for joined in children_of(verb):
        if joined.dep_ != "conj" or not any(c.dep_ == "dobj" and c.lower_ in ("them", "it") for c in children_of(joined)):
            continue
        lemma = joined.lemma_.lower()
        if lemma in CANCELLING_VERBS or lemma == "call" and any(
                c.dep_ == "prt" and c.lower_ == "off" for c in children_of(joined)):
            return True
    return False


def modality_of(trigger: Token, kind: str, own: Optional[str] = None) -> tuple[str, str]:
    """(modality, the cue words) for a trigger token of the given kind (verb, noun, adjective)."""
    if kind == "adjective" and trigger.dep_ == "amod" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head      # "will hold joint exercises": the adjective's noun, then the verb it hangs on
        kind = "noun"
    trigger_children = children_of(trigger)
    if kind == "noun":
        for child in trigger_children:
            if child.dep_ in ("det", "amod") and child.lower_ in HYPOTHETICAL_DETERMINERS:
                return "hypothetical", child.text
            if child.dep_ == "det" and child.lower_ == "no":
                return "negated", child.text
        if trigger.dep_ == "nsubj" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger_children):
            modal = _modal(trigger.head)
            if modal and modal[1].lower() in ("would", "could", "might"):
                return "hypothetical", modal[1]     # "an armed attack on Philippine vessels would invoke ..."
    if kind == "noun" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following", "since") and \
            not _negated(trigger, trigger_children):
        return "asserted", ""   # "voted to expel U.S. troops after the killing of Soleimani": what came before, done
    if kind == "noun" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.pos_ == "NOUN" \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(trigger.head.head)):
        return "negated", "no " + trigger.head.head.text    # "there was no indication of a deliberate attack"
    if kind == "noun" and trigger.dep_ == "dobj" and _called_off_after(trigger.head):
        return "negated", "called off"      # "approved military strikes against Iran but called them off"
    if kind == "noun" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "announce" and \
            trigger.lemma_.lower() in ANNOUNCED_SHOWS and not _negated(trigger.head):
        return "intended", trigger.head.text    # "announced live-fire military drills around the island": to come
    clause = trigger
    # an event noun or adjective takes the modality of the verb it hangs on ("did not hold talks")
    if kind in ("noun", "adjective") and trigger.dep_ in ("dobj", "attr", "acomp", "nsubjpass", "oprd") \
            and trigger.head.pos_ in ("VERB", "AUX"):
        clause = trigger.head
    elif kind == "noun" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "of") and \
            trigger.head.head.dep_ == "dobj" and trigger.head.head.head.lemma_.lower() in PLEDGING_VERBS and \
            not _negated(trigger.head.head.head):
        return "intended", trigger.head.head.head.text      # "pledged $85 million in aid": not given yet
    cue = _negated(trigger, trigger_children) or (clause is not trigger and _negated(clause))
    if not cue and kind == "verb":      # "had made no commitment to free prisoners", "fired no missiles",
        # "No Americans were killed"
        cue = next((det.text for obj in trigger_children if obj.dep_ in ("dobj", "nsubj", "nsubjpass")
                    for det in children_of(obj) if det.dep_ == "det" and det.lower_ == "no"), None)
    if cue and not (clause is not trigger and clause.lemma_.lower() in UNDOING_VERBS
                    and not _negated(trigger, trigger_children)):
        condition = _condition(clause, trigger_children if clause is trigger else None)
        if condition:
            return "hypothetical", condition    # "warned of consequences if the ship was not released"
        return "negated", cue          # ("would not abandon its commitment": the commitment stands)
    for step in range(4):
        children = trigger_children if clause is trigger else children_of(clause)
        modal = _modal(clause, children)
        if modal:
            if modal[1].lower() == "would" and _reported_future(clause, children):
                return "intended", modal[1]
            return modal
        condition = _condition(clause, children) or (step == 0 and _conditioned(clause, children))
        if condition:
            return "hypothetical", condition
        head = clause.head
        if clause.dep_ == "cc" and clause.lower_ == "but" and head.pos_ in ("VERB", "AUX"):
            clause = head           # "would have no choice but to destroy": the verb it completes
            continue
        if head is clause or clause.dep_ not in ("xcomp", "conj", "acl", "advcl", "ccomp", "pcomp", "relcl", "prep", "pobj"):
            break
        lemma = head.lemma_.lower()
        if clause.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in BARRING_VERBS:
            return "negated", head.head.text      # "banned its citizens from travelling to North Korea": not done
        if clause.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ == "short":
            return "negated", "short of"      # "stopped short of blaming Israel": not done
        if clause.dep_ == "xcomp" and head.lower_ in ("able", "unable") and head.dep_ == "acomp":
            denied = _negated(head.head)
            if denied or head.lower_ == "unable":     # "will no longer be able to terrorise": not to be done
                return "negated", denied or head.text
        if clause.dep_ == "pcomp" and head.lower_ == "to" and any(c.lower_ == "forward" for c in children_of(head.head)):
            return "intended", "looked forward to"      # "looked forward to working with Lula": not yet done
        if clause.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ in INTENT_NOUNS:
            denied = _negated(head.head)      # "has no intention of attacking NATO": nothing intended
            return ("negated", f"{denied} {head.head.text}") if denied else ("intended", head.head.text)
        role = clause.dep_
        if role == "conj" and clause.tag_ == "VBD" and head.tag_ == "VB" and (head.dep_ in ("xcomp", "ccomp") or
                                                                          head.dep_ == "advcl" and _infinitive(children_of(head))):
            # "threatened to reimpose sanctions and called on the generals to ...", "said it would guarantee a
            # transition and urged protesters to go home": a verb in the past joined to a bare infinitive is the
            # parser's slip; it goes with the verb the infinitive hangs on
            clause = head.head
            continue
        if role == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until" for c in children) and _modal(head):
            return "requested", "until"     # "would keep attacking ships until Israel stopped its offensive": a demand
        if role == "advcl" and _told_as_past(clause, children):
            break           # "urged Israel to halt its offensive, a day after troops killed 20 civilians": a fact
        if role == "advcl" and clause.tag_ == "VBG" and clause.i > head.i and head.lemma_.lower() in REQUEST_GOVERNORS:
            break           # "ordered an offensive on Wednesday, accusing it of ...": a deed beside the order
        if role == "conj" and _gapped(children):
            # "Israel agreed to stop air strikes, and Hamas to stop rocket fire": the second infinitive shares
            # the first one's governing verb (round 17); hung on the first infinitive, it climbs past it
            if head.dep_ == "xcomp":
                clause = head
                continue
            role = "xcomp"
        if role == "advcl" and clause.tag_ == "VBG" and clause.i > head.i and clause.lemma_.lower() in SPEECH_ACTS:
            break           # "said it would impose tariffs, accusing Beijing of unfair subsidies", "threatened to
            # block the applications, accusing both countries of ...": said now
        if role in ("xcomp", "acl", "advcl"):
            if lemma in NEGATING_GOVERNORS and role == "xcomp":
                return "negated", head.text
            if head.pos_ == "NOUN" and head.lemma_.lower() in ("attempt", "plan", "intention", "bid") \
                    and head.dep_ == "dobj" and head.head.lemma_.lower() in ("deny", "dismiss", "reject"):
                return "negated", head.head.text    # "Iran denied any attempt to seize the ship": none made
            if head.pos_ in ("NOUN",) and (head.lower_ in REQUEST_NOUNS or head.lower_ in INTENT_NOUNS):
                denied = _negated(head)        # "has no plans to send troops": no plan, nothing intended
                if denied:
                    return "negated", f"{denied} {head.text}"
                return ("requested" if head.lower_ in REQUEST_NOUNS else "intended"), head.text
            if lemma in REQUEST_GOVERNORS and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                                  for c in children_of(head)):
                return "requested", head.text   # ("called on the military to help him oust Maduro")
            if lemma in INTENT_GOVERNORS and not (role == "advcl" and clause.tag_ == "VBG" and clause.i > head.i
                                                  and lemma not in PLEDGING_VERBS):
                # (not a result: "set the building ablaze, killing 133 people"; but "pledged not to run again,
                # bowing to the protesters": the pledge's)
                return "intended", head.text
            if lemma in HYPOTHETICAL_GOVERNORS:
                return "hypothetical", head.text
            if clause.dep_ == "advcl" and _infinitive(children) \
                    and lemma not in ("say", "tell", "announce"):
                return "intended", "to"       # a purpose: "deployed troops to fight Boko Haram"
            if role != clause.dep_:
                break           # a gapped infinitive under a verb that governs no modality keeps its own
        if clause.dep_ == "ccomp" and head.pos_ == "VERB" and lemma in ("demand", "urge", "request"):
            return "requested", head.text       # "demand that Russia stop its offensive and withdraw its troops"
        if clause.dep_ == "ccomp" and lemma in ("help", "let", "make", "have"):
            clause = head       # "to help him oust Maduro": the parser's clause under "help" goes with it
            continue
        if clause.dep_ in ("ccomp", "relcl"):
            # reported speech or a complement clause: its own cues only (checked above); so is a relative clause
            # ("refused to condemn the massacre in which 108 people were killed": the killing is a fact)
            break
        if clause.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            break          # a conjoined clause with its own subject keeps its own modality
        clause = head
    if own:
        return own, "the trigger itself"
    return "asserted", ""
