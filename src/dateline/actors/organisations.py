"""Organisations that no dictionary lists, read from the shape of their names.

News names parties, fronts, ministries and courts that no dictionary will ever hold ("the Patriotic
Renewal Party", "Kenya's Orange Democratic Movement"). A capitalised name whose last word is such a
head noun is an organisation; the head says its sector (a party is OPP, a court JUD), words such as
"Liberation" or "Resistance" make an armed group of it (REB), and its country comes from a country
word in or just before the name ("Ugandan", "Kenya's", "of Nigeria"), else from the context.
"""
from __future__ import annotations

from typing import Optional

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..model import Actor
from .compose import Found, inside_mention
from .context import CONTEXT_WORDS
from .lexicon import Lexicon
from ..nlp import positions_among, words_text

# the last word of a name -> the organisation's sector
HEAD_SECTORS = {
    "party": "OPP", "movement": "OPP", "front": "OPP", "alliance": "OPP", "coalition": "OPP",
    "army": "MIL", "brigade": "REB", "brigades": "REB", "militia": "REB", "militias": "REB",
    "ministry": "GOV", "agency": "GOV", "commission": "GOV", "authority": "GOV", "directorate": "GOV",
    "bureau": "GOV", "department": "GOV", "board": "GOV", "service": "GOV",
    "corps": "MIL",
    "court": "JUD", "tribunal": "JUD",
    "parliament": "LEG", "assembly": "LEG", "senate": "LEG", "duma": "LEG", "congress": "OPP",
    "police": "COP", "gendarmerie": "COP",
    "bank": "BUS", "corporation": "BUS", "airlines": "BUS", "airways": "BUS",
}
# words in a name that make an armed group of a movement ("Sudan People's Liberation Movement"); a party
# stays a party ("the Institutional Revolutionary Party"), a state's corps a corps
ARMED_WORDS = frozenset("""liberation revolutionary resistance armed jihad mujahideen martyrs insurgent
salvation independence free""".split())
ARMED_HEADS = frozenset({"movement", "front", "alliance", "coalition", "army", "brigade", "brigades", "militia",
                         "militias"})
# words in a name that say a state body rather than the head's sector
STATE_BANK_WORDS = frozenset({"central", "reserve"})
DEFENCE_WORDS = frozenset({"defence", "defense"})
PRESS_WORDS = frozenset({"news", "press"})
# words joining the name's parts after the head ("Movement for Democratic Change", "Front of Assam")
LINKS = frozenset({"of", "for", "toward", "towards", "against"})
MAX_NAME_WORDS = 8
# round 20: trade unions by name (`context_words.yaml`: labour_heads, labour_words), LAB only with a labour word
LABOUR_HEADS = frozenset(CONTEXT_WORDS["labour_heads"])
LABOUR_WORDS = frozenset(CONTEXT_WORDS["labour_words"])
# round 20: "the Kenya Defence Forces", "the Rwanda Defence Force": a state's armed forces by name (MIL); a force
# with no defence word in its name is left to the dictionaries ("the Rapid Support Forces")
FORCE_HEADS = frozenset({"force", "forces"})
CAPITALISED_HEADS = frozenset(word.capitalize() for word in HEAD_SECTORS.keys() | LABOUR_HEADS | FORCE_HEADS)


def add_unknown_organisations(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """Add a mention for each capitalised organisation name no dictionary matched."""
    heads = positions_among(doc, CAPITALISED_HEADS, ORTH)
    if not heads:
        return found
    added: list[Found] = []
    replaced: set[int] = set()
    for position in heads:
        token = doc[position]
        blocking = [f for f in found + added if f.start <= position < f.end]
        if blocking and not (len(blocking) == 1 and _misread_name(doc, blocking[0], position)):
            continue
        # a dictionary name misread lends the organisation no country ("Karen ... Army" is not Colombia's)
        others = [f for f in found if all(f is not b or b.via != "name" for b in blocking)]
        start, end = _name_start(doc, token.i, others), _name_end(doc, token.i + 1)
        if start == token.i and end == token.i + 1:
            continue                                  # "the Party", "Army officers": no name of its own
        if token.lower_ not in HEAD_SECTORS and not _labour(doc, start, end) and not _defence_force(doc, start, end):
            continue                                  # "the Union for the Republic": a union head names no union
        added.append(_organisation(doc, start, end, token.i, others, lexicon))
        replaced.update(id(f) for f in blocking)
    if not added:
        return found
    kept = [f for f in found if id(f) not in replaced and
            not any(a.start <= f.start and f.end <= a.end and not _owner(doc, f, a) for a in added)]
    return sorted(kept + added, key=lambda f: (f.start, -f.end))


def _misread_name(doc: Doc, item: Found, head: int) -> bool:
    """A mention that reads only part of a longer organisation name: "Peoples" of "Nigeria's Peoples
    Democratic Party" as civilians, "Congress" of "National Democratic Congress" as the U.S. Congress,
    "National Liberation Army" of "the Karen National Liberation Army" as Colombia's ELN, "Army" of "the
    Free Patriotic Army" as a bare army."""
    if item.via == "description" and item.sector == "CVL" and not item.person_name:
        return True
    if doc[head].lower_ == "bank" and item.via == "description" and not item.person_name:
        return True                                   # "the Bank of Japan" is a name, not the title "bank"
    if item.via == "description" and item.sector == "LAB" and doc[head].lower_ in LABOUR_HEADS and not item.person_name:
        return True                                   # "the National Union of Mineworkers", not the role "union"
    if item.person or item.start == 0 or item.via not in ("name", "description"):
        return False
    before = doc[item.start - 1]
    if not (before.text[:1].isupper() and before.pos_ == "PROPN" and before.ent_type_ not in ("GPE", "NORP", "PERSON")):
        return False
    alone = item.end - item.start == 1 and item.end - 1 == head     # "Free Patriotic" + the bare role "Army"
    return alone or item.via == "name" and doc[item.start].ent_iob_ == "I"


def _name_start(doc: Doc, head: int, found: list[Found]) -> int:
    """The first word of the name ending at `head`: capitalised words (and "People's") before it."""
    start = head
    while start > 0 and head - start < MAX_NAME_WORDS:
        before = doc[start - 1]
        if before.tag_ == "POS" and start >= 2 and _inner_possessor(doc, start - 2, found):
            start -= 1                                # "the Ugandan People's Progressive Front"
        elif before.lower_ in ("and", "&") and start >= 2 and _inner_possessor(doc, start - 2, found) and \
                not inside_mention(found, start - 2):
            start -= 1                                # "the Freedom and Justice Party", not "U.S. Marines and Army"
        elif before.text[:1].isupper() and before.pos_ in ("PROPN", "ADJ", "NOUN") and \
                before.ent_type_ not in ("DATE", "TIME") and not _in_person(found, start - 1):
            start -= 1                                # (the parser often reads a party's name as a person's)
        else:
            break
    return start


def _in_person(found: list[Found], index: int) -> bool:
    """A word of a named person's mention ("Kenyatta" of "Kenyatta's Jubilee Party")."""
    return any(f.start <= index < f.end and f.person and f.via in ("name", "title") for f in found)


def _inner_possessor(doc: Doc, index: int, found: list[Found]) -> bool:
    """A capitalised common word before "'s" or "and" that is no country or person ("People's"), part of
    the name."""
    word = doc[index]
    if not word.text[:1].isupper() or word.ent_type_ in ("GPE", "PERSON"):
        return False
    return not any(f.start <= index < f.end and (f.person or f.actor.code == f.actor.country) for f in found)


def _name_end(doc: Doc, end: int) -> int:
    """'Movement for Democratic Change', 'Front for the Liberation of Mozambique': the parts after a link."""
    while end + 1 < len(doc) and doc[end].lower_ in LINKS:
        cursor = end + 1
        if doc[cursor].lower_ == "the":
            cursor += 1
        words = cursor
        while words < len(doc) and doc[words].text[:1].isupper() and doc[words].pos_ in ("PROPN", "ADJ", "NOUN"):
            words += 1
        if words == cursor:
            break
        end = words
    return end


def _organisation(doc: Doc, start: int, end: int, head: int, found: list[Found], lexicon: Lexicon) -> Found:
    name = words_text(doc, start, end)
    sector = _sector(doc, start, end, head, found)
    owner = _possessive_country(doc, start, found)
    described = _description_into(found, start, end)
    if owner is not None and not owner.person:
        start = owner.start                           # "Kenya's Orange Democratic Movement": one mention
    elif described is not None:
        start = described.start                       # "Ethiopia's National" + "Election Board"
    elif start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    source = owner or described
    country = source.actor.country if source is not None else \
        _inner_country(found, start, end) or _seat(doc, end, found)
    if country is None and sector == "MIL":
        sector = "REB"                                # an army no state names ("the Mahdi Army"): non-state
    plural = doc[head].lower_ == "forces"             # "the Kenya Defence Forces said they"
    if country is None:                               # the country of the context (coref.resolve_context)
        return Found(start, end, Actor(sector, None, sector, name), "name", collective=True, needs_country=True,
                     sector=sector, organisation=name, plural=plural)
    actor = Actor(country + sector, country, sector, name)
    return Found(start, end, actor, "name", collective=True, sector=sector, plural=plural)


def _labour(doc: Doc, start: int, end: int) -> bool:
    """A union head with a word of labour in the name ("Union of Teachers", "Congress of Trade Unions")."""
    words = {t.lower_ for t in doc[start:end]}
    return bool(words & LABOUR_HEADS) and bool(words & LABOUR_WORDS)


def _defence_force(doc: Doc, start: int, end: int) -> bool:
    """'the Kenya Defence Forces': a force head with "Defence" in the name."""
    words = {t.lower_ for t in doc[start:end]}
    return bool(words & FORCE_HEADS) and bool(words & DEFENCE_WORDS)


def _sector(doc: Doc, start: int, end: int, head: int, found: list[Found]) -> str:
    words = {t.lower_ for t in doc[start:end]}
    head_word = doc[head].lower_
    if head_word in FORCE_HEADS and words & DEFENCE_WORDS:
        return "MIL"
    if head_word in LABOUR_HEADS and words & LABOUR_WORDS:
        return "LAB"
    if words & ARMED_WORDS and head_word in ARMED_HEADS:
        return "REB"
    if "police" in words:
        return "COP"
    if words & PRESS_WORDS and head_word == "agency":
        return "MED"
    if words & DEFENCE_WORDS and head_word == "ministry":
        return "MIL"                                  # as the title "defence ministry" is
    if head_word == "bank" and (words & STATE_BANK_WORDS or start == head and _country_after(doc, head, end, found)):
        return "GOV"                                  # "the Central Bank of Kenya", "the Bank of Japan"
    return HEAD_SECTORS[head_word]


def _country_after(doc: Doc, head: int, end: int, found: list[Found]) -> bool:
    """'Bank of Japan': the name is its head and a country's name."""
    return any(f.start == head + 2 and f.end == end and f.actor.code == f.actor.country or
               f.via == "description" and f.start <= head and f.end == end and f.actor.country   # title "bank" + "of England"
               for f in found)


def _possessive_country(doc: Doc, start: int, found: list[Found]) -> Optional[Found]:
    """A country or a person written with 's just before the name ("Kenya's", "Kenyatta's Jubilee Party")."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return None
    for item in found:
        if item.end in (start - 1, start) and item.actor.country and \
                (item.actor.code == item.actor.country or item.person):
            return item
    return None


def _description_into(found: list[Found], start: int, end: int) -> Optional[Found]:
    """A description that runs into the name's first words ("Ethiopia's National" read as a citizen)."""
    for item in found:
        if item.start < start < item.end <= end and item.via == "description" and not item.person_name:
            return item
    return None


def _seat(doc: Doc, end: int, found: list[Found]) -> Optional[str]:
    """'the Ministry of Foreign Affairs in Beijing': a body sits where the name says it is."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return None
    places = [f for f in found if f.start == end + 1 and f.actor.country and (f.hint or f.via == "capital")]
    return places[0].actor.country if places else None


def _inner_country(found: list[Found], start: int, end: int) -> Optional[str]:
    """A country word inside the name ('Ugandan', 'of Nigeria'), the first one."""
    inside = [f for f in found if start <= f.start and f.end <= end and f.actor.country and not f.person]
    return min(inside, key=lambda f: f.start).actor.country if inside else None


def _owner(doc: Doc, item: Found, organisation: Found) -> bool:
    """The possessive country before the name keeps its own mention ("Kenya's"); a country word inside
    the name does not ("the Rwandan Patriotic Front")."""
    if item.start != organisation.start or item.end >= organisation.end or item.hint or item.via == "description":
        return False
    possessive = doc[item.end - 1].tag_ == "POS" or doc[item.end].tag_ == "POS"
    return possessive and item.actor.code == item.actor.country
