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
from .lexicon import (AGENT, CAPITAL, COUNTRY, COUNTRY_KINDS, DEMONYM, ORG, PERSON, PLACE_KINDS,
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
    possessed: bool = False        # "his government": country and code from the possessor
    nested: list["Found"] = field(default_factory=list)  # mentions inside this one ("supporters of X")
    role_of_country: bool = False  # country word + role ("Chilean officials"), shareable by coordination


def choose_segments(matches: list[Match], lexicon: Lexicon, date: Optional[dt.date]) -> list[Segment]:
    segments = []
    for match in matches:
        segment = _segment(match, lexicon, date)
        if segment is not None:
            segments.append(segment)
    return segments


def _segment(match: Match, lexicon: Lexicon, date: Optional[dt.date]) -> Optional[Segment]:
    match_span = lambda m: match.doc[m.start:m.end]          # noqa: E731
    for entry_index, kind, _ in match.candidates:
        entry = lexicon.entries[entry_index]
        code = entry.code_on(date)
        if code is None:
            continue
        title = lexicon.titles.get(entry_index)
        if kind == AGENT and title is None:
            title = Title(lexicon.sector(code.code.lstrip("~")[:3]) or "GOV")
        if kind == ORG and entry.kind is None and all(t.ent_type_ == "PERSON" for t in match_span(match)):
            kind = PERSON                       # an entry of unknown kind that the parser reads as a person
        return Segment(match.start, match.end, kind, entry_index, code, title)
    for entry_index, kind, _ in match.candidates:
        if kind == PERSON:
            # a person outside the dates the dictionary knows: still of that country
            entry = lexicon.entries[entry_index]
            nearest = entry.nearest_code(date)
            if nearest is not None:
                # just before or after office (elected, ousted) still speaks for the government;
                # long before or after, for the country only
                close = _days_outside(nearest, date) <= NEAR_OFFICE_DAYS
                return Segment(match.start, match.end, kind, entry_index,
                               DatedCode(nearest.code if close else nearest.code[:3]))
    return None


NEAR_OFFICE_DAYS = 183


def _days_outside(code: DatedCode, date: Optional[dt.date]) -> int:
    day = date or dt.date.today()
    if code.start and day < code.start:
        return (code.start - day).days
    if code.end and day > code.end:
        return (day - code.end).days
    return 0


def _gap(doc: Doc, left: Segment, right: Segment) -> list:
    return [t for t in doc[left.end:right.start] if not (t.text == "-" and not t.whitespace_)]


def _predicate(doc: Doc, role: Segment) -> bool:
    """'was elected president of the United States': a predicate, the country stays a mention of its own."""
    root = doc[role.start:role.end].root
    return root.dep_ in ("attr", "oprd", "xcomp") or (root.dep_ == "pobj" and root.head.lower_ == "as")


def _modifiers(tokens: list) -> bool:
    """'new', 'telecommunications', 'state': words that may stand between a country and a role."""
    return 0 < len(tokens) <= 2 and all(
        t.lower_ not in FORMER and t.lower_ not in PARTICIPLES and t.pos_ in ("ADJ", "NOUN")
        and t.dep_ in ("amod", "compound", "nmod") for t in tokens)


# "U.S.-backed rebels" are not American: the country only backs them
PARTICIPLES = frozenset("""backed led brokered sponsored funded allied supported based born owned controlled
occupied held trained armed friendly aligned""".split())


def _joins(doc: Doc, left: Segment, right: Segment) -> bool:
    """Whether `right` continues the phrase that ends with `left`."""
    gap = _gap(doc, left, right)
    words = tuple(t.lower_ for t in gap)
    if not gap:
        if left.kind in (COUNTRY, DEMONYM, ORG, CAPITAL, SEAT) and right.kind in ROLE_KINDS | {PERSON}:
            return True
        if left.kind in ROLE_KINDS and right.kind in ROLE_KINDS | {PERSON, ORG}:
            return True                               # "President Putin", "the rebel Free Syrian Army"
        return False
    if words[0] in POSSESSIVE and (len(gap) == 1 or _modifiers([t for t in gap[1:] if t.lower_ not in FORMER])
                                   or all(t.lower_ in FORMER for t in gap[1:])):
        if left.kind in COUNTRY_KINDS | {ORG} and right.kind == PERSON:
            return True                               # "Pakistan's Nawaz Sharif"
        return left.kind in COUNTRY_KINDS | {PERSON, ORG} and right.kind in ROLE_KINDS
    if words in (("of",), ("of", "the"), ("loyal", "to")) and left.kind in ROLE_KINDS and \
            right.kind in (PERSON, TITLE) and _plural_role(doc, left):
        return True                                   # "supporters of President X", "forces loyal to X"
    if left.kind in (COUNTRY, DEMONYM, ORG) and right.kind in ROLE_KINDS and _modifiers(gap):
        return True                                   # "Chinese telecommunications firm"
    if words in (("of",), ("of", "the")):             # "President of Syria", not "an advocate of Damascus"
        return left.kind == TITLE and right.kind in (COUNTRY, ORG, CAPITAL) and not _predicate(doc, left)
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


LOCATED_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "around", "throughout", "inside"})
MOTION_VERBS = frozenset("""go travel fly return arrive come move head flee drive walk march sail relocate visit
trip journey retreat withdraw evacuate deport extradite expel escape""".split())


PLACE_NOUNS = frozenset("""flight flights trip visit road way return journey route train bus border distance miles
kilometres kilometers highway""".split())


SETTLEMENT_NOUNS = frozenset("""city town village capital district province region outskirts streets centre center
suburb port neighbourhood neighborhood area state county island""".split())


def used_as_place(doc: Doc, start: int, end: int) -> bool:
    """'in Moscow', 'the Istanbul meeting': a place, not an actor ('sent tanks to Kyiv' is one)."""
    token = role_token(doc, start, end)
    if token.dep_ == "pobj":
        preposition = token.head.lower_
        if preposition in ("to", "from"):
            # "flew to Moscow" is a place; "sent tanks to Kyiv", "pressure from Washington" an actor
            governor = token.head.head
            if governor.pos_ in ("NOUN", "PROPN"):
                return governor.lemma_.lower() in PLACE_NOUNS
            return governor.lemma_.lower() in MOTION_VERBS
        if preposition == "of" and token.head.head.lemma_.lower() in SETTLEMENT_NOUNS:
            return True                                       # "the Lebanese city of Tripoli"
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


def _absorb_organisation_name(doc: Doc, end: int) -> int:
    if end < len(doc) and doc[end].ent_type_ in ("ORG", "NORP", "PERSON", "WORK_OF_ART") and doc[end].ent_iob_ == "B":
        cursor = end + 1
        while cursor < len(doc) and doc[cursor].ent_iob_ == "I":
            cursor += 1
        return cursor
    return end


def compose(doc: Doc, segments: list[Segment], lexicon: Lexicon, date: Optional[dt.date]) -> list[Found]:
    """Mentions from grouped segments; place-only capitals and cities come back as hints."""
    groups = group_segments(doc, segments)
    found: list[Found] = []
    for group in groups:
        item = _compose_group(doc, group, lexicon, date)
        if item is not None:
            found.append(item)
    _share_coordinated_roles(doc, found, lexicon)
    for item in list(found):
        found.extend(item.nested)
    return sorted(found, key=lambda f: (f.start, -f.end))


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
        root = doc[item.start:item.end].root
        if not (item.start <= doc[partner.start].head.i < item.end or partner.start <= root.head.i < partner.end):
            continue                                  # "a ship bound for Israel, and the U.S. Navy"
        country, sector = item.actor.country, partner.actor.sector
        # one span for the whole phrase, one mention per country on it ("Tajik and Kyrgyz border guards")
        share = Found(item.start, partner.end, _country_actor(lexicon, country, sector), "description",
                      plural=True, sector=sector, role_of_country=True)
        share.extra = partner.extra
        partner.start, partner.via, partner.plural = item.start, "description", True
        partner.extra = [share]
        del found[index]


def _start_with_determiner(doc: Doc, start: int) -> int:
    if start > 0 and doc[start - 1].lower_ in DETERMINERS:
        return start - 1
    return start


def _compose_group(doc: Doc, group: list[Segment], lexicon: Lexicon, date: Optional[dt.date]) -> Optional[Found]:
    start, end = group[0].start, group[-1].end
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
    elif roles and not persons and not orgs and group[-1].kind in ROLE_KINDS:
        end = _absorb_organisation_name(doc, end)          # "the opposition Democratic Alliance"

    if persons:
        person = persons[-1]
        actor = lexicon.actor_for(person.code.code, entry(person).canonical)
        lead = group[0]
        if lead.kind in ROLE_KINDS and _plural_role(doc, lead) and tuple(t.lower_ for t in _gap(doc, lead, group[1])) \
                in (("of",), ("of", "the"), ("loyal", "to")) and actor.country:
            # "supporters of President X" (CVL), "forces loyal to X" (MIL): X's country, the group's sector
            sector = lead.title.sector
            group_found = Found(_start_with_determiner(doc, start), end, _country_actor(lexicon, actor.country, sector),
                                "description", plural=True, sector=sector)
            inner = _compose_group(doc, group[1:], lexicon, date)
            if inner is not None:
                group_found.nested = [inner]       # the person keeps a mention of their own inside
            return group_found
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
            if person_name is None and not roles[0].title.bare and not _owned_by_pronoun(doc, start):
                return None
            if person_name is None and _owned_by_pronoun(doc, start):
                if end < len(doc) and doc[end].lower_ in ("to", "of"):
                    return None                                      # "his opposition to ...": a stance
                return Found(start - 1, end, Actor(sector, None, sector, None), "description",
                             person=person_role, plural=_plural_role(doc, roles[-1]), sector=sector,
                             possessed=True)                         # "his government", "its fighters"
            if person_name is None and not roles[0].title.bare:
                return None
            if person_name is None and _modifies_other_noun(doc, start, end):
                end = doc[start:end].root.head.i + 1                 # "army buildings", "police station"
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
        plural = doc[end - 1].tag_ == "NNPS" or (doc[end - 1].text.endswith("s") and not doc[end - 1].text.isupper())
        return Found(start, end, lexicon.actor_for(org.code.code, entry(org).canonical), "name",
                     collective=not plural, plural=plural)               # "the Houthis ... they"

    place = places[0]
    code = place.code.code if place.kind in (CAPITAL, SEAT) else place.code.code[:3]   # a city is its country
    actor = lexicon.actor_for(code)
    if place.kind in PLACE_KINDS and used_as_place(doc, start, end):
        # where something happens ("police in Lima") hints at whose police; a destination does not
        located = role_token(doc, start, end).head.lower_ in LOCATED_PREPOSITIONS
        return Found(start, end, actor, "capital", hint=True) if located else None
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
    return start > 0 and doc[start - 1].lower_ in ("his", "her", "its", "my", "our", "your", "their")


PLURAL_NOUNS = frozenset({"police", "people", "military", "authorities"})


def _plural_role(doc: Doc, role: Segment) -> bool:
    """'rebels', 'police', 'authorities': a group that 'they' can refer to."""
    last = doc[role.end - 1]
    return last.tag_ in ("NNS", "NNPS") or last.lower_ in PLURAL_NOUNS


def _country_actor(lexicon: Lexicon, country: str, sector: Optional[str]) -> Actor:
    return Actor(country + (sector or ""), country, sector, lexicon.country_names.get(country, country))


ORG_HEADS = frozenset({"group", "movement", "militia", "party", "faction", "organisation", "organization",
                       "fighters", "militants", "rebels", "forces", "government", "regime", "council"})


def polish_spans(doc: Doc, found: list[Found]) -> None:
    """Mention spans as a reader marks them: with 'the', a trailing possessive 's, and leading
    adjectives of a description ('Mutinous soldiers'), never overlapping another mention."""
    taken = set()
    for item in found:
        taken.update(range(item.start, item.end))
    for item in found:
        if item.via == "pronoun" or item.hint:
            continue
        span = set(range(item.start, item.end))
        if item.via == "description":
            while item.start > 0 and (item.start - 1) not in taken and \
                    doc[item.start - 1].dep_ in ("amod", "nummod", "compound", "advmod") and \
                    item.start <= doc[item.start - 1].head.i < item.end:
                item.start -= 1
        if item.start > 0 and doc[item.start - 1].lower_ in FORMER and (item.start - 1) not in taken:
            item.start -= 1                                # "Former Japanese Prime Minister Shinzo Abe"
        root = doc[item.start:item.end].root
        if item.via == "name" and root.dep_ == "compound" and root.head.i == item.end and \
                root.head.lower_ in ORG_HEADS and item.end not in taken:
            item.end += 1                                  # "the Islamic State group"
        if item.start > 0 and doc[item.start - 1].lower_ == "the" and (item.start - 1) not in taken and \
                (item.start <= doc[item.start - 1].head.i < item.end or item.via == "name"):
            item.start -= 1
        if item.end < len(doc) and doc[item.end].tag_ == "POS" and item.end not in taken:
            item.end += 1
        for extra in item.extra:
            extra.start, extra.end = item.start, item.end
        taken.update(set(range(item.start, item.end)) - span)
