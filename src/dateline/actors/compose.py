"""From dictionary matches to actor mentions: combine country words, titles and names.

"Turkish" + "Prime Minister" + "Recep Tayyip Erdogan" is one mention (TURGOV); "Syria" + "'s" +
"army" is SYRMIL; "President" + "of" + "Syria" is SYRGOV; "Assad" + "'s" + "government" is SYRGOV.
A capital or seat of power alone stands for the government when it acts (subject, object,
possessor) and is a place when it is where something happens ("in Moscow").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from ..model import Actor
from .dictionary import DatedCode
from .lexicon import (AGENT, CAPITAL, CITY, COUNTRY, COUNTRY_KINDS, DEMONYM, ORG, PERSON, PLACE_KINDS,
                      ROLE_KINDS, SEAT, TITLE, Lexicon, Title)
from .matcher import Match

PLACE_PREPOSITIONS = frozenset("""in at to from near into across outside inside around via through throughout
within between along toward towards beyond over under off onto past""".split())
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "appos", "attr", "agent",
                         "npadvmod", "ROOT", "csubj"})
POSSESSIVE = frozenset({"'s", "'", "’s", "’"})
DETERMINERS = frozenset({"the", "a", "an"})


@dataclass
class Segment:
    start: int
    end: int
    kind: str
    entry: int
    code: DatedCode
    title: Optional[Title] = None


@dataclass
class Found:
    """A mention in the making (token offsets; becomes a model.Mention at the end)."""
    start: int
    end: int
    actor: Actor
    via: str
    person: bool = False           # one person: he/she can refer to it
    collective: bool = False       # a country, government, organisation: it/its can refer to it
    plural: bool = False           # a group: they can refer to it
    needs_country: bool = False    # a bare role ("the army"): country from the context
    sector: Optional[str] = None
    antecedent: Optional["Found"] = None
    person_name: Optional[str] = None
    extra: list["Found"] = field(default_factory=list)   # the other actors of a plural description
    hint: bool = False             # a place ("in Cairo"): no mention, but tells bare roles their country
    role_of_country: bool = False  # country word + role ("Chilean officials"), shareable by coordination


def choose_segments(matches: list[Match], lexicon: Lexicon, date: Optional[dt.date]) -> list[Segment]:
    segments = []
    for match in matches:
        for entry_index, kind, _ in match.candidates:
            entry = lexicon.entries[entry_index]
            code = entry.code_on(date)
            if code is None:
                continue
            title = lexicon.titles.get(entry_index)
            if kind == AGENT and title is None:
                title = Title(lexicon.sector(code.code.lstrip("~")[:3]) or "GOV")
            segments.append(Segment(match.start, match.end, kind, entry_index, code, title))
            break
    return segments


def _gap(doc: Doc, left: Segment, right: Segment) -> list:
    return [t for t in doc[left.end:right.start] if not (t.text == "-" and not t.whitespace_)]


def _modifiers(tokens: list) -> bool:
    """'new', 'telecommunications', 'state': words that may stand between a country and a role."""
    return 0 < len(tokens) <= 2 and all(
        t.lower_ not in FORMER and t.pos_ in ("ADJ", "NOUN") and t.dep_ in ("amod", "compound", "nmod")
        for t in tokens)


def _joins(doc: Doc, left: Segment, right: Segment) -> bool:
    """Whether `right` continues the phrase that ends with `left`."""
    gap = _gap(doc, left, right)
    words = tuple(t.lower_ for t in gap)
    if not gap:
        if left.kind in (COUNTRY, DEMONYM, ORG, CAPITAL, SEAT) and right.kind in ROLE_KINDS | {PERSON}:
            return True
        if left.kind in ROLE_KINDS and right.kind in ROLE_KINDS | {PERSON}:
            return True
        return False
    if words[0] in POSSESSIVE and (len(gap) == 1 or _modifiers(gap[1:])):
        return left.kind in COUNTRY_KINDS | {PERSON, ORG} and right.kind in ROLE_KINDS
    if left.kind in (COUNTRY, DEMONYM, ORG) and right.kind in ROLE_KINDS and _modifiers(gap):
        return True                                   # "Chinese telecommunications firm"
    if words in (("of",), ("of", "the")):             # "President of Syria", not "an advocate of Damascus"
        return left.kind == TITLE and right.kind in (COUNTRY, ORG, CAPITAL)
    if words == ("in",):                              # "the government in Syria"
        return left.kind == TITLE and bool(left.title and left.title.bare) and right.kind == COUNTRY
    return False


def group_segments(doc: Doc, segments: list[Segment]) -> list[list[Segment]]:
    groups: list[list[Segment]] = []
    for segment in segments:
        if groups and _joins(doc, groups[-1][-1], segment) and doc[groups[-1][-1].start].sent == doc[segment.start].sent:
            groups[-1].append(segment)
        else:
            groups.append([segment])
    return groups


def role_token(doc: Doc, start: int, end: int):
    """The token that carries the phrase's syntactic role (conjuncts take their head's role)."""
    span = doc[start:end]
    token = span.root
    seen = 0
    while token.dep_ == "conj" and seen < 5:
        token = token.head
        seen += 1
    return token


MOTION_VERBS = frozenset("""go travel fly return arrive come move head flee drive walk march sail relocate visit
trip journey retreat withdraw evacuate deport extradite expel escape""".split())


def used_as_place(doc: Doc, start: int, end: int) -> bool:
    """'in Moscow', 'the Istanbul meeting': a place, not an actor ('sent tanks to Kyiv' is one)."""
    token = role_token(doc, start, end)
    if token.dep_ == "pobj":
        preposition = token.head.lower_
        if preposition == "to":
            return token.head.head.lemma_.lower() in MOTION_VERBS or token.head.head.pos_ == "NOUN"
        return preposition in PLACE_PREPOSITIONS
    if token.dep_ in ("compound", "amod", "nmod") and token.head.i >= end:
        return True
    return token.dep_ not in ACTING_DEPS and token.dep_ != "pobj"


def _absorb_person_name(doc: Doc, end: int) -> int:
    """After a title, an unknown name ('Prime Minister Ahmet Foo'): extend the phrase over it."""
    if end >= len(doc):
        return end
    token = doc[end]
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
        cursor = end + 1
        while cursor < len(doc) and doc[cursor].ent_iob_ == "I":
            cursor += 1
        return cursor
    cursor = end
    while cursor < len(doc) and doc[cursor].pos_ == "PROPN" and doc[cursor].text[:1].isupper() \
            and doc[cursor].ent_type_ in ("", "PERSON") and cursor - end < 4:
        cursor += 1
    return cursor


def compose(doc: Doc, segments: list[Segment], lexicon: Lexicon, date: Optional[dt.date]) -> list[Found]:
    """Mentions from grouped segments; place-only capitals and cities come back as hints."""
    groups = group_segments(doc, segments)
    found: list[Found] = []
    for group in groups:
        item = _compose_group(doc, group, lexicon, date)
        if item is not None:
            found.append(item)
    _share_coordinated_roles(doc, found, lexicon)
    return found


COORDINATORS = frozenset({"and", ",", "or", "&"})


def _share_coordinated_roles(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """'Argentine and Chilean officials': the bare country word takes the role of its partner."""
    for index in range(len(found) - 2, -1, -1):
        item, partner = found[index], found[index + 1]
        if item.hint or partner.hint or item.via not in ("demonym", "name") or item.actor.sector or \
                not partner.role_of_country or not item.actor.country:
            continue
        between = [t.lower_ for t in doc[item.end:partner.start]]
        if not between or any(word not in COORDINATORS for word in between):
            continue
        country, sector = item.actor.country, partner.actor.sector
        item.actor = Actor(country + (sector or ""), country, sector, lexicon.country_names.get(country, country))
        item.via, item.role_of_country = "description", True
        item.plural, item.collective = partner.plural, partner.collective


def _start_with_determiner(doc: Doc, start: int) -> int:
    if start > 0 and doc[start - 1].lower_ in DETERMINERS:
        return start - 1
    return start


def _compose_group(doc: Doc, group: list[Segment], lexicon: Lexicon, date: Optional[dt.date]) -> Optional[Found]:
    start, end = group[0].start, group[-1].end
    kinds = [s.kind for s in group]
    persons = [s for s in group if s.kind == PERSON]
    roles = [s for s in group if s.kind in ROLE_KINDS]
    places = [s for s in group if s.kind in COUNTRY_KINDS]
    orgs = [s for s in group if s.kind == ORG]
    entry = lambda s: lexicon.entries[s.entry]                      # noqa: E731

    person_name = None
    if roles and not persons and group[-1].kind in ROLE_KINDS and any(r.title and r.title.person for r in roles):
        new_end = _absorb_person_name(doc, end)
        if new_end > end:
            person_name = doc[end:new_end].text
            end = new_end

    if persons:
        person = persons[-1]
        actor = lexicon.actor_for(person.code.code, entry(person).canonical)
        tail_roles = [r for r in roles if r.start > person.start]
        if tail_roles and actor.country:                             # "Assad's government"
            sector = tail_roles[0].title.sector
            return Found(_start_with_determiner(doc, start), end, _country_actor(lexicon, actor.country, sector),
                         "description", collective=True, sector=sector)
        head_roles = [r for r in roles if r.start < person.start]
        if orgs and orgs[0].start < person.start and head_roles:
            # "NATO Secretary General Jens Stoltenberg" speaks for NATO, not for Norway
            org_actor = lexicon.actor_for(orgs[0].code.code, entry(person).canonical)
            return Found(start, end, org_actor, "title", person=True, person_name=entry(person).canonical,
                         sector=org_actor.sector)
        if head_roles and _in_office(doc, start, head_roles[-1]):
            # "Iraqi President Saddam Hussein": the title says he holds the office now, whatever
            # the dictionary's dates say
            country = actor.country or (lexicon.actor_for(places[0].code.code).country if places else None)
            if country and country in lexicon.country_names:
                sector = head_roles[-1].title.sector
                actor = Actor(country + sector, country, sector, actor.name)
        return Found(start, end, actor, "title" if roles else "name", person=True,
                     person_name=entry(person).canonical, sector=actor.sector)

    if roles:
        first_role = roles[0]
        sector = first_role.title.sector
        person_role = any(r.title.person for r in roles) and not _plural_role(doc, roles[-1])
        if orgs:
            actor = lexicon.actor_for(orgs[0].code.code, entry(orgs[0]).canonical)
        elif places and places[0].kind == DEMONYM and start > 0 and doc[start - 1].lower_ == "ethnic":
            # "ethnic Albanian rebels" in Macedonia are Macedonia's: the country comes from the context
            return Found(start - 1, end, Actor(sector, None, sector, None), "description", plural=True,
                         needs_country=True, sector=sector)
        elif places:
            country = lexicon.actor_for(places[0].code.code).country
            actor = _country_actor(lexicon, country, sector) if country else None
            if actor is None:
                return None
        else:
            if roles[0].kind == AGENT and person_name is None:
                return None                                          # a bare Phoenix role noun: too vague
            if person_name is None and not roles[0].title.bare:
                return None
            if person_name is None and _owned_by_pronoun(doc, start):
                return None                                          # "his opposition to ...": a stance
            if person_name is None and _modifies_other_noun(doc, start, end):
                return None                                          # "an army base", "police station"
            actor = Actor(sector, None, sector, None)
        via = "title" if person_name else "description"
        if person_name:
            actor = Actor(actor.code, actor.country, actor.sector, person_name)
        found = Found(_start_with_determiner(doc, start) if not person_name else start, end, actor, via,
                      person=person_role, collective=not person_role and not _plural_role(doc, roles[-1]),
                      plural=_plural_role(doc, roles[-1]), needs_country=not (orgs or places), sector=sector,
                      person_name=person_name, role_of_country=bool(places) and not orgs and group[0].kind in (COUNTRY, DEMONYM))
        if person_role and not person_name and actor.country and roles[-1].title.office:
            holder = lexicon.holder(actor.country, roles[-1].title.office, date)
            if holder is not None:
                found.actor = lexicon.actor_for(holder.code, holder.name)
                found.person_name = holder.name
        return found

    if orgs:
        org = orgs[0]
        return Found(start, end, lexicon.actor_for(org.code.code, entry(org).canonical), "name", collective=True)

    place = places[0]
    actor = lexicon.actor_for(place.code.code)
    if place.kind in PLACE_KINDS and used_as_place(doc, start, end):
        return Found(start, end, actor, "capital", hint=True)
    if start > 0 and doc[start - 1].lower_ == "ethnic" and place.kind == DEMONYM:
        return Found(start - 1, end, actor, "demonym", needs_country=True, sector=None, plural=True)
    via = {DEMONYM: "demonym", CAPITAL: "capital", SEAT: "capital"}.get(place.kind, "name")
    if place.kind == SEAT:
        start = _start_with_determiner(doc, start)
    plural = place.kind == DEMONYM and doc[end - 1].tag_ in ("NNPS", "NNS") or doc[end - 1].lower_.endswith("ians")
    return Found(start, end, actor, via, collective=not plural, plural=plural, sector=actor.sector)


FORMER = frozenset({"former", "ex", "ousted", "exiled", "late", "deposed", "then", "retired", "outgoing"})


def _in_office(doc: Doc, start: int, role: Segment) -> bool:
    """A title of our own (not a Phoenix role noun) with no 'former', 'ousted'... before it."""
    if role.kind != TITLE or role.title is None or not role.title.person:
        return False
    window = doc[max(0, start - 2):role.end]
    return not any(t.lower_ in FORMER for t in window)


def _modifies_other_noun(doc: Doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= end


def _owned_by_pronoun(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in ("his", "her", "my", "our", "your", "their")


def _plural_role(doc: Doc, role: Segment) -> bool:
    last = doc[role.end - 1]
    return last.tag_ in ("NNS", "NNPS") or (last.lower_.endswith("s") and not last.lower_.endswith("ss")
                                             and last.lower_ not in ("police", "forces", "authorities") and False)


def _country_actor(lexicon: Lexicon, country: str, sector: Optional[str]) -> Actor:
    sector = sector if sector and sector not in ("ELI",) else sector
    return Actor(country + (sector or ""), country, sector, lexicon.country_names.get(country, country))
