"""Longer phrases a reader takes as one actor (round 9): a description with the name in apposition after
it when the two disagree ("its speaker, Roberto Micheletti"), a group or body with the place where it is
("U.N. peacekeepers in the city"), the members of an international organisation ("NATO members") and a role
with the same actor after "of"; and the country of a bare role with a place right after it.

Each adds one more mention over the whole phrase; the parts keep their own mentions inside, so a reading
that marks the parts alone is unchanged. Places are read from the parse: a preposition of place whose
object is a settlement noun (`locative_nouns` in `data/context_words.yaml`) or the seat of the same actor;
a named place of another actor stays outside, since the event coder reads every word of a mention as the actor.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..model import Actor
from ..nlp import doc_tokens
from .compose import Found, is_role_word
from .context import CONTEXT_WORDS
from .coref import RULER_WORDS, met_or_talked_with

LOCATIVE_NOUNS = frozenset(CONTEXT_WORDS["locative_nouns"])
PLACE_PREPOSITIONS = frozenset({"in", "at"})
MAX_PLACE_WORDS = 4
APPOSITION_ENDS = frozenset({",", ".", ";", ")"})
PLACE_VIAS = frozenset({"capital", "city", "name", "country"})
MEMBER_WORDS = frozenset(CONTEXT_WORDS["member_words"])


def span_apposed_names(doc: Doc, found: list[Found]) -> list[Found]:
    """'its speaker, Roberto Micheletti', 'whose president, Gamal Abdel Nasser': one more mention over the
    description and the name in apposition when their codes differ (`coref.span_appositions` adds it where
    they agree). The description's office wins within one country (the speaker of a legislature); a name
    the dictionaries place in another country than the description's guessed owner is the better guess."""
    tokens = doc_tokens(doc)
    descriptions = {f.end: f for f in found if f.via == "description" and f.person and not f.extra}
    if not descriptions:
        return found
    spanned = {(f.start, f.end) for f in found}
    added = []
    for item in found:
        if not item.person or item.via not in ("name", "title") or item.start < 2 or tokens[item.start - 1].text != ",":
            continue
        description = descriptions.get(item.start - 1)
        if description is None or (description.start, item.end) in spanned or \
                (item.end < len(doc) and tokens[item.end].text not in APPOSITION_ENDS):
            continue
        actor = description.actor if description.actor.country == item.actor.country else item.actor
        added.append(Found(description.start, item.end, actor, "description", person=True, antecedent=description,
                           person_name=item.person_name, sector=actor.sector))
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found


def span_locatives(doc: Doc, found: list[Found]) -> list[Found]:
    """'a crowd in the city', 'The Dutch peacekeepers in the enclave': one more mention over a group or a body
    and the place where it is (not a person: "Kabila in Kinshasa" is two things)."""
    tokens = doc_tokens(doc)
    added = []
    for item in found:
        if item.person or item.via == "pronoun" or item.extra or item.end >= len(doc) or \
                tokens[item.end].lower_ not in PLACE_PREPOSITIONS or not item.actor.code:
            continue
        if any(tokens[i].lower_ in PLACE_PREPOSITIONS for i in range(item.start + 1, item.end)):
            continue            # "Police in Hyderabad" | "in Pakistan's Sindh province": placed already, once is enough
        end = _place_end(doc, item, found)
        if end and not any(f.start == item.start and f.end == end for f in found):
            added.append(Found(item.start, end, item.actor, "description", collective=item.collective,
                               plural=item.plural, antecedent=item, sector=item.sector))
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found


def locate_bare_roles(doc: Doc, found: list[Found], lexicon) -> None:
    """'the new government in Tegucigalpa', 'the defence ministry in Yerevan': a bare role with a place of a
    country right after it ("in" and the place) is of that country, whatever country the sentence named before
    (not forces or their deeds, which are often abroad)."""
    tokens = doc_tokens(doc)
    places = {f.start: f for f in found if f.actor.country and not f.needs_country and not f.person and
              f.via in PLACE_VIAS}
    if not places:
        return
    for item in found:
        if not item.needs_country or item.end + 1 >= len(doc) or tokens[item.end].lower_ not in PLACE_PREPOSITIONS:
            continue
        if item.sector == "MIL" and tokens[item.end - 1].lemma_.lower() != "ministry" and \
                tokens[item.end - 1].lower_ not in RULER_WORDS:
            continue                    # "military action in Syria", "the troops in Afghanistan": often foreign
            # ("the generals in Rangoon" rule where they are)
        if not is_role_word(lexicon, tokens[item.end - 1].text):
            continue                    # "government buildings in Azerbaijan": a thing the role word modifies
        if met_or_talked_with(doc, item):
            continue                    # "met rebel leaders in Havana": the venue of a meeting is not their home
        place = places.get(item.end + 1)
        country = place.actor.country if place is not None else None
        if country in lexicon.country_names and item.sector:
            item.actor = Actor(country + item.sector, country, item.sector, lexicon.country_names[country])
            item.needs_country = False


def _argument_of(doc: Doc, item: Found, verb) -> bool:
    """Whether the mention is the subject or the object of the verb that the parser hung the place on
    ("Thai police in Narathiwat arrested ...", "told a crowd in the city")."""
    tokens = doc_tokens(doc)
    root = tokens[item.end - 1]
    while root.head.i != root.i and item.start <= root.head.i < item.end:
        root = root.head
    return root.head.i == verb.i and root.dep_ in ("nsubj", "nsubjpass", "dobj")


def _place_end(doc: Doc, item: Found, found: list[Found]) -> int:
    """The end of 'in <place>' after the mention, when the preposition hangs on the mention's head and its
    object is a short place phrase; else 0."""
    preposition = doc[item.end]
    if not item.start <= preposition.head.i < item.end and not _argument_of(doc, item, preposition.head):
        return 0
    place = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if place is None:
        return 0
    words = list(place.subtree)
    if len(words) > MAX_PLACE_WORDS or words[0].i != item.end + 1 or \
            any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP") for t in words):
        return 0
    # a named place only where it is the seat of the same actor ("the new government in Tegucigalpa"): its
    # words then stand for one actor to the event coder, not for a place of another
    seat = any(f.start == place.i and f.actor.code == item.actor.code for f in found) if len(words) == 1 else False
    is_place = place.lower_ in LOCATIVE_NOUNS or seat
    return words[-1].i + 1 if is_place else 0


def span_members(doc: Doc, found: list[Found]) -> list[Found]:
    """'NATO members', 'Arab members of OPEC', 'European members of the alliance': the members of an
    international organisation acting as such are the organisation, one mention over the phrase."""
    added = []
    for item in found:
        if item.actor.sector != "IGO" or item.extra:
            continue
        if item.end < len(doc) and doc[item.end].lower_ in MEMBER_WORDS:          # "NATO members"
            end = item.end + 1 + (item.end + 1 < len(doc) and doc[item.end + 1].lower_ in MEMBER_HEADS)
            added.append(_member_mention(item, item.start, end))
        elif item.start >= 2 and doc[item.start - 1].lower_ == "of":
            start = _members_before(doc, item.start - 1)
            if start is not None:
                added.append(_member_mention(item, start, item.end))
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found


MEMBER_HEADS = frozenset({"states", "countries", "nations", "governments"})


def _members_before(doc: Doc, of: int) -> Optional[int]:
    """The start of 'Arab members' / 'member states' ending just before the 'of' at `of`, if they are there."""
    end = of - 1
    if doc[end].lower_ in MEMBER_HEADS and end > 0 and doc[end - 1].lower_ in MEMBER_WORDS:
        end -= 1
    if doc[end].lower_ not in MEMBER_WORDS:
        return None
    start = end
    while start > 0 and doc[start - 1].dep_ in ("det", "amod", "compound", "nummod") and doc[start - 1].head.i >= end:
        start -= 1
    return start


def _member_mention(item: Found, start: int, end: int) -> Found:
    return Found(start, end, item.actor, "description", plural=True, antecedent=item, sector=item.sector)


def span_of_phrases(doc: Doc, found: list[Found]) -> list[Found]:
    """'the government of President Salvador Allende', 'the leaders of al Qaeda': a role and the person or group
    after "of" that the resolver reads as the same actor are one phrase, one more mention over both (their
    words then stand for one actor to the event coder, as each part does)."""
    tokens = doc_tokens(doc)
    by_start = {}
    for item in found:
        if item.via != "pronoun" and not item.extra:
            by_start.setdefault(item.start, item)
    added = []
    for item in found:
        if item.via == "pronoun" or item.extra or item.end + 1 >= len(doc) or tokens[item.end].lower_ != "of":
            continue
        owner = by_start.get(item.end + 1)
        if owner is None or owner.actor.code != item.actor.code or not item.actor.code or \
                any(f.start == item.start and f.end == owner.end for f in found):
            continue
        added.append(Found(item.start, owner.end, item.actor, "description", person=item.person,
                           collective=item.collective, plural=item.plural, antecedent=item, sector=item.sector))
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found


# round 11: the words that count a part out of a group ("13 of them", "some of them", "two of those")
PART_COUNTS = frozenset(CONTEXT_WORDS["part_counts"])


def span_partitive_pronouns(doc: Doc, found: list[Found]) -> list[Found]:
    """'South Africa, which had 200 soldiers in the capital, said 13 of them had been killed': a number or a
    quantifier out of a group that a pronoun stands for is one more mention of that group ("them" keeps its own),
    as "two of the attackers" already is."""
    added = []
    for item in found:
        if item.via != "pronoun" or item.end - item.start != 1 or doc[item.start].lower_ not in ("them", "those"):
            continue
        of = doc[item.start].head
        count = of.head
        if of.lower_ != "of" or of.i != item.start - 1 or count.i != of.i - 1 or \
                not (count.like_num or count.lower_ in PART_COUNTS):
            continue
        added.append(Found(count.i, item.end, item.actor, "description", plural=True, antecedent=item,
                           sector=item.actor.sector))
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found
