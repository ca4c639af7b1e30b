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

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..model import Actor
from ..nlp import doc_text, doc_tokens, entity_offsets, per_doc, positions_among, sentence_numbers, tokens_containing, words_text
from .context import (ACTING_MACHINES, COUNTED_ROLES, LED_BODIES, OPPOSING_GROUPS, RELATION_NOUNS, VICTIM_VERBS,
                      deposed_leader, ousted_word_before)
from .dictionary import DatedCode, today
from .lexicon import (AGENT, CAPITAL, CITY, COUNTRY, COUNTRY_KINDS, DEMONYM, END, ETHNIC, ORG, PERSON, PLACE_KINDS,
                      ROLE_KINDS, SEAT, TITLE, Lexicon, Title, fold, name_tokens)
from .matcher import Match
from .people import people_after

PLACE_PREPOSITIONS = frozenset("""in at to from near into across outside inside around via through throughout
within between along toward towards beyond over under off onto past""".split())
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "appos", "attr", "agent",
                         "npadvmod", "ROOT", "csubj"})
POSSESSIVE = frozenset({"'s", "'", "’s", "’"})
DETERMINERS = frozenset({"the", "a", "an"})


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    kind: str
    entry: int
    code: DatedCode
    title: Optional[Title] = None


@dataclass(slots=True)
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
    backer: bool = False           # "U.S.-backed": the country backs the group it modifies, is not its country
    homes: tuple = ()              # an ethnic group's countries: the context country is looked for among them
    needs_owner: bool = False      # "the junta's leader": kept only as a person of the body that owns it
    organisation: Optional[str] = None   # a name no dictionary lists: kept when the context gives the country
    repeat_only: bool = False      # "the minister" (no bare role): kept only as a repeat of an earlier "minister"
    generic: bool = False          # "Congress", "the Supreme Court" with no country word: a dictionary's country


def span_root(doc: Doc, start: int, end: int):
    """`doc[start:end].root`; a one-word span is its own root, and such spans are most mentions, so no
    Span is built for them (slicing a doc runs Python code in spaCy). The root of a longer span is kept
    per doc: the rules ask for the roots of the same few spans over and over (some four times each)."""
    tokens = doc_tokens(doc)
    if end - start == 1:
        return tokens[start]
    last_doc, length, roots = _SPAN_ROOTS
    if last_doc is not doc or length != len(doc):
        roots = per_doc(doc, "actors.span_roots", lambda d: {})
        _SPAN_ROOTS[:] = [doc, len(doc), roots]
    root = roots.get((start, end))
    if root is None:
        root = roots[(start, end)] = doc[start:end].root.i
    return tokens[root]


# the doc whose span roots were asked last, its length and its roots: the rules ask about one doc at a time,
# some 300 times per article, and this spares the per-doc cache's look-up (the cache stays the truth; about 1%
# of the actor stage in an alternated A/B)
_SPAN_ROOTS: list = [None, 0, {}]


def inside_mention(found: list[Found], index: int) -> bool:
    """Whether a token is inside one of these mentions."""
    return any(f.start <= index < f.end for f in found)


def covered_tokens(found: list[Found]) -> set[int]:
    """The tokens inside these mentions: `i in covered_tokens(found)` is `inside_mention(found, i)`
    for a scan of many tokens while the mentions stay as they are."""
    covered: set[int] = set()
    add = covered.add
    for f in found:
        if f.end - f.start == 1:
            add(f.start)                            # (most mentions are one word: no range to build)
        else:
            covered.update(range(f.start, f.end))
    return covered


LED_FIGHTERS = frozenset({"forces", "fighters", "militia", "militias", "rebels", "insurgents"})


def _people_leading_fighters(doc: Doc, end: int, candidates) -> bool:
    """"Kurdish-led forces": fighters a people leads are an armed group of that people (a government a people
    leads is the state's: "the Shiite-led government")."""
    return end + 2 < len(doc) and doc[end + 1].lower_ == "led" and doc[end + 2].lower_ in LED_FIGHTERS and \
        all(c[1] == ETHNIC for c in candidates)


def choose_segments(matches: list[Match], lexicon: Lexicon, date: Optional[dt.date]) -> list[Segment]:
    segments = []
    doc = matches[0].doc if matches else None
    formers = positions_among(doc, FORMER_WORDS) if doc is not None else ()   # most texts: none
    # the two rules below need a glued hyphen beside the match ("Shiite-led", "four-man"), which most matches
    # lack: the doc's hyphens are read once here, not once per match
    hyphens = _glued_hyphens(doc) if doc is not None else frozenset()
    for match in _without_borrowed_surnames(matches, lexicon):
        if match.end in hyphens and match.doc is not None and _before_participle(match.doc, match.end, led=True) and \
                all(c[1] in (ETHNIC, AGENT, TITLE) for c in match.candidates) and \
                not _people_leading_fighters(match.doc, match.end, match.candidates):
            continue                                # "the Shiite-led government", "the opposition-controlled congress"
        if match.end in hyphens and match.doc is not None and _made_in(match.doc, match.end) and \
                all(c[1] in (COUNTRY, DEMONYM) for c in match.candidates):
            continue                                # "a Russian-made helicopter", "Iranian-made drones": a product
        if match.start - 1 in hyphens and match.doc is not None and _counted_compound(match.doc, match.start) and \
                all(c[1] in (AGENT, TITLE) for c in match.candidates):
            continue                                # "a four-man junta", "a three-member panel": no man, no member
        if formers and (match.start - 1 in formers or match.start - 2 in formers) and \
                _former_state_epithet(match.doc, match.start, match.end) and \
                all(c[1] in (COUNTRY, DEMONYM) for c in match.candidates):
            continue                                # "the former Soviet republic": a state named before, not Russia
        segment = _segment(match, lexicon, date)
        if segment is not None:
            segments.append(segment)
    if doc is None:
        return segments
    segments = _towns_placed_by_in(doc, _towns_placed_by_apposition(doc, segments, lexicon), lexicon)
    return _towns_placed_by_region(doc, segments, lexicon)


def _towns_placed_by_apposition(doc: Doc, segments: list[Segment], lexicon: Lexicon) -> list[Segment]:
    """Round 16: "Tripoli, Lebanon", "Birmingham, Alabama", "Hyderabad, Pakistan": a town or capital with a country
    or region of another country in apposition after a comma is a town of that country (not a list: "Mumbai, Karachi
    and Kabul" is a conjunction to the parser)."""
    by_start = {s.start: s for s in segments if s.kind in (COUNTRY, CITY)}
    for number, town in enumerate(segments):
        if town.kind not in (CAPITAL, CITY) or town.end + 1 >= len(doc) or doc[town.end].text != ",":
            continue
        place = by_start.get(town.end + 1)
        if place is None or not any(t.dep_ == "appos" and town.start <= t.head.i < town.end
                                    for t in doc[place.start:place.end]):
            continue
        country = lexicon.actor_for(place.code.code).country
        if country and country != lexicon.actor_for(town.code.code).country:
            country = _state_of_namesake(doc, town, place, country)   # "Atlanta, Georgia": the US state
            if country != lexicon.actor_for(place.code.code).country:
                at = next(i for i, s in enumerate(segments) if s is place)
                segments[at] = by_start[place.start] = Segment(place.start, place.end, CITY, place.entry,
                                                                DatedCode(country))
            segments[number] = Segment(town.start, town.end, CITY, town.entry, DatedCode(country))
    return segments


def _towns_placed_by_in(doc: Doc, segments: list[Segment], lexicon: Lexicon) -> list[Segment]:
    """"Police in Tripoli in northern Lebanon", "Hyderabad in Pakistan's Sindh province": a town followed by "in" and
    another country is that country's town of the name, where the gazetteer knows one there ("the role of Moscow in
    Syria" keeps Moscow: Syria has no Moscow)."""
    by_start = {s.start: s for s in segments if s.kind == COUNTRY}
    if not by_start:
        return segments
    from ..places import LOCATING_MODIFIERS           # ("in northern Lebanon": the words places reads the same way)
    tokens = doc_tokens(doc)
    for number, town in enumerate(segments):
        if town.kind not in (CAPITAL, CITY) or town.end >= len(doc) or tokens[town.end].lower_ != "in":
            continue
        after = town.end + 1
        while after < len(doc) and tokens[after].lower_ in LOCATING_MODIFIERS:
            after += 1
        place = by_start.get(after)
        if place is None:
            continue
        country = lexicon.actor_for(place.code.code).country
        if country and country != lexicon.actor_for(town.code.code).country and \
                country in _gazetteer_features(doc, town, "city"):
            segments[number] = Segment(town.start, town.end, CITY, town.entry, DatedCode(country))
    return segments


def _towns_placed_by_region(doc: Doc, segments: list[Segment], lexicon: Lexicon) -> list[Segment]:
    """Round 17: the Phoenix file lists big towns as country synonyms ("Birmingham" GBR), but a sentence that names
    a state or province of another country places a namesake town there: "The governor of Alabama visited
    Birmingham" (USA), "In Virginia, police in Alexandria" (USA); "Police in Victoria ... in Melbourne": Victoria
    is the Australian state, not the Seychelles' capital. "Georgia's governor" is the US state's. Only towns with a
    namesake in that country move, and only where the sentence names the town's own country by no country word."""
    # most texts name no town beside another country's place: the cheap token tests first
    titles = positions_among(doc, US_STATE_TITLES)
    towns = [i for i, s in enumerate(segments) if s.kind in (CITY, CAPITAL) or s.kind == COUNTRY and titles and
             any(s.start - 2 <= i < s.end + 2 for i in titles)]
    if not towns:
        return segments
    places = [s for s in segments if s.kind in (COUNTRY, CITY, CAPITAL, DEMONYM)]
    if len({s.code.code[:3] for s in places}) < 2 and all(segments[i].kind != COUNTRY for i in towns):
        return segments                 # one country's places only (the rule needs two, or a state's title)
    sentence = sentence_numbers(doc)
    countries = {id(s): lexicon.actor_for(s.code.code).country for s in places}
    for number in towns:
        town = segments[number]
        if not countries[id(town)]:
            continue
        here = [s for s in places if s is not town and sentence[s.start] == sentence[town.start]]
        if town.kind != COUNTRY and not any(s.kind in (COUNTRY, CITY) and countries[id(s)] not in
                                            (None, countries[id(town)]) for s in here):
            continue                    # no place of another country beside the town
        if len({c for c, _ in _gazetteer_places(words_text(doc, town.start, town.end))}) < 2:
            continue                    # a name the gazetteer knows in one country only cannot move
        moved = _namesake_home(doc, town, countries, here, lexicon)
        if moved:
            segments[number] = Segment(town.start, town.end, CITY, town.entry, DatedCode(moved))
    return segments


def _namesake_home(doc: Doc, town: Segment, countries: dict, here: list[Segment], lexicon: Lexicon) -> Optional[str]:
    """The country of another state's region (or town) that places `town` in that state, if any."""
    own = countries[id(town)]
    if town.kind == COUNTRY:            # "Georgia's governor": a US state's title over a country that is a state name
        head = span_root(doc, town.start, town.end).head
        head = head.head if head.lower_ == "of" else head
        return "USA" if head.lower_ in US_STATE_TITLES and "USA" in _gazetteer_features(doc, town, "region") else None
    if any(countries[id(s)] == own and (s.kind == DEMONYM or _gazetteer_features(doc, s, "country")) for s in here):
        return None                     # the sentence names the town's own country ("police in Birmingham, England")
    for cue in here:
        other = countries[id(cue)]
        if not other or other == own or cue.kind in (DEMONYM, CAPITAL):
            continue
        cue_features = _gazetteer_features(doc, cue, "region", "city")
        town_features = _gazetteer_features(doc, town, "region", "city")
        if town.kind == CITY and cue_features.get(other) == "region" and other in town_features and \
                not _gazetteer_features(doc, cue, "country"):
            return other                # "Alabama ... Birmingham"
        if town_features.get(other) == "region" and cue_features.get(other) == "city" and cue.kind == CITY:
            return other                # "Victoria ... Melbourne"
    return None


def _state_of_namesake(doc: Doc, town: Segment, place: Segment, country: str) -> str:
    """Round 17: a country that is also another country's state ("Atlanta, Georgia") places a town that the
    gazetteer knows only in the state's country there."""
    towns = _gazetteer_features(doc, town, "city", "region")
    if country in towns:
        return country
    return next((other for other, feature in _gazetteer_features(doc, place, "region").items() if other in towns),
                country)


def _gazetteer_features(doc: Doc, segment: Segment, *features: str) -> dict:
    """Country -> feature of the gazetteer's places named doc[segment] ('region' first), among `features`."""
    found: dict = {}
    for country, feature in _gazetteer_places(words_text(doc, segment.start, segment.end)):
        if feature in features:
            found.setdefault(country, feature)
    return found


def _gazetteer_places(text: str) -> tuple:
    """(country, feature) of the gazetteer's places of that name, regions first."""
    from ..places import Gazetteer
    return Gazetteer().kinds_of(text)


# titles of a US state's offices ("Georgia's governor", "Georgia state senator")
US_STATE_TITLES = frozenset({"governor", "governors", "legislature", "legislators", "statehouse", "sheriff",
                             "senator", "senators"})


FORMER_WORDS = frozenset({"former", "ex"})
PARTY_NOUNS = frozenset({"party", "parties"})
STATE_EPITHETS = frozenset({"republic", "republics", "state", "states", "nation", "nations", "country", "countries",
                            "satellite", "satellites"})


def _former_state_epithet(doc: Doc, start: int, end: int) -> bool:
    """Round 12: a country word after "former" or "ex-" before a word for a state ("the former Soviet republic",
    "the ex-Yugoslav state") describes a successor state named in the story, not the old state's heir."""
    if start == 0 or end >= len(doc) or doc[end].lower_ not in STATE_EPITHETS:
        return False
    before = doc[start - 1].lower_
    if before == "-" and start > 1:
        before = doc[start - 2].lower_
    return before in ("former", "ex")


def _without_borrowed_surnames(matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """'Ali Hassan, Kenya's interior minister ... Hassan said': a one-word dictionary person that repeats
    the last word of a longer name written earlier is that person again (add_short_names chains it),
    unless the dictionary matched that longer name to the same entry ("Bashar al-Assad ... Assad")."""
    one_word = [m for m in matches if m.end - m.start == 1 and m.doc is not None and _person_or_place(m)]
    if not one_word:
        return matches
    doc = one_word[0].doc
    full_names = _person_name_ends(doc)               # last word -> earlier multi-word person names
    if not full_names:
        return matches
    tokens = doc_tokens(doc)
    result, single = [], {id(m) for m in one_word}
    for match in matches:
        earlier = [e for e in full_names.get(tokens[match.start].lower, ()) if e[1] <= match.start] \
            if id(match) in single else []
        if earlier and not _same_person(matches, earlier, match, lexicon):
            # a town of the same name goes too when the parser reads the word as a person ("Hassan")
            dropped = PERSON_OR_PLACE if tokens[match.start].ent_type_ == "PERSON" else {PERSON}
            match = Match(match.start, match.end, [c for c in match.candidates if c[1] not in dropped], match.doc)
        result.append(match)
    return result


def person_entity_offsets(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the doc's PERSON entities, in order, read once per doc (`doc.ents` makes a Span of
    every entity each time it is read: a rule builds Spans only for the few names it reads further)."""
    return per_doc(doc, "actors.person_entities",
                   lambda d: [(start, end) for start, end, label in entity_offsets(d) if label == "PERSON"])


def _person_name_ends(doc: Doc) -> dict:
    """Multi-word person names (spaCy entities) by the lowercase hash of their last word, as (start, end)."""
    tokens = doc_tokens(doc)
    names: dict = {}
    for start, end in person_entity_offsets(doc):
        if end - start > 1 and tokens[end - 1].text[:1].isupper():
            names.setdefault(tokens[end - 1].lower, []).append((start, end))
    return names


def _person_or_place(match: Match) -> bool:
    kinds = {c[1] for c in match.candidates}
    return PERSON in kinds or bool(kinds & NAME_PLACES) and match.doc[match.start].ent_type_ == "PERSON"


NAME_PLACES = frozenset({CITY, CAPITAL, COUNTRY})
PERSON_OR_PLACE = NAME_PLACES | {PERSON}


def _same_person(matches: list[Match], names: list, match: Match, lexicon: Lexicon) -> bool:
    """Whether an earlier full name ((start, end) in the doc) is the matched person too: the dictionary matched it
    to the same entry, or the entry lists it ("Salva Kiir" matched by Phoenix's entry, "Kiir" by ours)."""
    entries = {c[0] for c in match.candidates}
    if any(other.start <= start < other.end and entries & {c[0] for c in other.candidates}
           for start, _ in names for other in matches if other is not match):
        return True
    spelled = {name_tokens(words_text(match.doc, start, end)) for start, end in names}
    return any(name_tokens(listed) in spelled for entry in entries for listed in lexicon.entries[entry].names)


ADJECTIVE_ROLES = frozenset({"firm"})       # role words that are adjectives as often ("a firm response")


def _segment(match: Match, lexicon: Lexicon, date: Optional[dt.date]) -> Optional[Segment]:
    doc = match.doc
    span = None             # doc[match.start:match.end], built once and only if a rule asks (slicing is slow)

    def match_span(m: Match):
        nonlocal span       # (the matches below keep the offsets: one span serves them all)
        if span is None:
            span = doc[m.start:m.end]
        return span

    if doc is not None and match.end - match.start == 1 and doc_tokens(doc)[match.start].lower_ in ADJECTIVE_ROLES and \
            doc_tokens(doc)[match.start].pos_ == "ADJ":
        return None         # "would take firm countermeasures": firm, no company
    # (the two checks below only drop people and places: a title or an organisation skips them)
    kinds = {kind for _, kind, _ in match.candidates}
    if doc is not None and not kinds.isdisjoint(PERSON_OR_PLACE) and \
            _cut_from_longer_name(doc, match.start, match.end):
        # "Abdullah" of "Abdullah Ocalan" is not King Abdullah, "Ivanka Trump" is not the president:
        # a known name cut from a longer one is someone else
        # a place is no part of a person's name either ("Ricardo Lagos", "Danilo Medina")
        candidates = [c for c in match.candidates if c[1] not in PERSON_OR_PLACE]
        match = Match(match.start, match.end, candidates, doc)
    if doc is not None and PERSON in kinds and _names_a_facility(doc, match.end):
        # "Ben Gurion airport", "Kenyatta University", "Nkrumah Avenue": a thing named after the person
        match = Match(match.start, match.end, [c for c in match.candidates if c[1] != PERSON], doc)
    deposed = deposed_leader(match, lexicon, date) if doc is not None and PERSON in kinds else None
    if deposed is not None:
        return Segment(match.start, match.end, PERSON, deposed[0], DatedCode(deposed[1]))
    for entry_index, kind, _ in match.candidates:
        entry = lexicon.entries[entry_index]
        code = entry.code_on(date)
        if code is None or code.code == "ELI":
            continue                        # (a bare ELI names no country: "KOFI_ANNAN_ [ELI]" after office)
        title = lexicon.titles.get(entry_index)
        if kind == AGENT and title is None:
            # "the national police", "federal police": a Phoenix role whose head noun is one of our bare
            # roles is bare too (its country comes from the context)
            span = match_span(match)
            head = _head_title(lexicon, span)
            if head is None and len(span) > 1 and span[-1].lemma_.lower() in FORCE_SITES:
                head = _head_title(lexicon, span[:1])   # "police posts", "army checkpoints": the force's site
            title = Title(lexicon.sector(code.code.lstrip("~")[:3]) or "GOV",
                          person=bool(head and head.person), bare=bool(head and head.bare))
        if kind == ORG and entry.kind is None and all(t.ent_type_ == "PERSON" for t in match_span(match)):
            kind = PERSON                       # an entry of unknown kind that the parser reads as a person
        if kind == PERSON and entry.source != "phoenix" and _surname_read_as_place(match_span(match)):
            continue                                        # "in Toledo": a town, not President Toledo
        if kind == PERSON and _read_as_place(match_span(match), entry):
            kind, code = CITY, DatedCode(code.code[:3])     # "near Tikrit": a town Phoenix files under a dated entry
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
                day = date or today()
                if nearest.end is not None and day >= nearest.end and nearest.code[3:6] == "GOV" and \
                        len(nearest.code) == 6:
                    close = True            # a former head of government still reads as of the government
                if not close and lexicon.actor_for(nearest.code).country is None:
                    continue                # long after heading an organisation: no country to fall back on
                return Segment(match.start, match.end, kind, entry_index,
                               DatedCode(nearest.code if close else nearest.code[:3]))
    return None


NEAR_OFFICE_DAYS = 183

_HEAD_TITLES: dict[int, dict] = {}


def _head_title(lexicon: Lexicon, span) -> Optional[Title]:
    """Our title for the last word of a Phoenix role phrase ("the national police", "interim President"):
    the phrase is bare, or names one person, as that word alone is."""
    words = _HEAD_TITLES.get(id(lexicon))
    if words is None:
        words = {lexicon.entries[index].canonical.lower(): title for index, title in lexicon.titles.items()
                 if " " not in lexicon.entries[index].canonical}
        _HEAD_TITLES[id(lexicon)] = words
    return words.get(span[-1].lower_) if len(span) > 0 else None


def _cut_from_longer_name(doc: Doc, start: int, end: int) -> bool:
    tokens = doc_tokens(doc)
    if tokens[end - 1].ent_type_ != "PERSON":
        return False
    if end < len(doc) and tokens[end].ent_iob_ == "I" and tokens[end].ent_type_ == "PERSON" and tokens[end].tag_ != "POS" \
            and not (tokens[end].text[:1].islower() and (end + 1 == len(doc) or tokens[end + 1].ent_iob_ != "I")):
        # (the parser may take "'s" into the name, or end it on a word like "of" ("King Abdullah of | Saudi
        # Arabia"): not a longer one)
        return True
    before = tokens[start - 1] if start > 0 else None
    # (a first name opening a sentence may be tagged as a verb or adjective: "Said Hassan, ...")
    return tokens[start].ent_iob_ == "I" and before is not None and before.ent_type_ == "PERSON" and \
        (before.pos_ == "PROPN" or before.is_sent_start) and before.text[:1].isupper() and \
        before.lower_ not in HONORIFICS                # "Ayatollah Ali Khamenei", "Sheikh Hasina": the same person


CANDIDATE_WORDS = frozenset({"candidate", "nominee", "candidates", "nominees"})


# religious, royal and courtesy titles the parser takes into a person's name
HONORIFICS = frozenset("""ayatollah hojatoleslam hojatolislam sheikh sheik shaikh prince princess emir sultan
imam mullah mufti cardinal archbishop rabbi sir dame lord lady""".split())


def _read_as_place(span, entry) -> bool:
    """A Phoenix name of a dated (so 'person') entry that the parser tags as a place and that
    follows a place preposition ('near Tikrit')."""
    if entry.source != "phoenix" or entry.kind == PERSON or len(span) == 0 or \
            not all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in span):
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS


# places a force holds: a Phoenix role "POLICE_POST" is the force there, bare as "police" is
FORCE_SITES = frozenset({"post", "station", "base", "checkpoint", "barracks", "headquarters", "outpost", "position"})

# things named after people: a person's name before one of these names the thing
FACILITY_NOUNS = frozenset("""airport university stadium avenue street road boulevard square bridge hospital
centre center institute foundation prize school college academy dam canal port memorial mausoleum museum library
hall highway park station mosque cathedral barracks""".split())


def _names_a_facility(doc: Doc, end: int) -> bool:
    """Whether the words after a name (over "International") are a facility noun it names."""
    tokens = doc_tokens(doc)
    if end < len(doc) and tokens[end].lower_ == "international":
        end += 1
    return end < len(doc) and tokens[end].lower_ in FACILITY_NOUNS and tokens[end - 1].text[:1].isupper()


def _surname_read_as_place(span) -> bool:
    """A one-word name of a person that the parser tags as a place after a place preposition."""
    return len(span) == 1 and span[0].ent_type_ in ("GPE", "LOC", "FAC") and span[0].dep_ == "pobj" and \
        span[0].head.lower_ in PLACE_PREPOSITIONS


def _days_outside(code: DatedCode, date: Optional[dt.date]) -> int:
    day = date or today()
    if code.start and day < code.start:
        return (code.start - day).days
    if code.end and day > code.end:
        return (day - code.end).days
    return 0


def _lower_words(doc: Doc, start: int, end: int) -> list[str]:
    """`[t.lower_ for t in doc[start:end]]` for a few words, token by token (as in _gap)."""
    tokens = doc_tokens(doc)
    return [tokens[i].lower_ for i in range(max(start, 0), min(end, len(doc)))]


def _gap(doc: Doc, left: Segment, right: Segment) -> list:
    # (from the token list: a gap is a few words, and slicing the doc runs Python code in spaCy)
    return [t for t in doc_tokens(doc)[left.end:right.start] if not (t.text == "-" and not t.whitespace_)]


def _predicate(doc: Doc, role: Segment) -> bool:
    """'was elected president of the United States': a predicate, the country stays a mention of its own."""
    root = span_root(doc, role.start, role.end)
    return root.dep_ in ("attr", "oprd", "xcomp") or (root.dep_ == "pobj" and root.head.lower_ == "as")


def _modifiers(tokens: list) -> bool:
    """'new', 'telecommunications', 'ailing', 'first freely elected': words that may stand between
    a country and a role (adjectives, noun modifiers, participles, ordinals and their adverbs)."""
    inside = {t.i for t in tokens}                    # "Shiite-led" inside the gap, not "Russian-backed" across it
    return 0 < len(tokens) <= 3 and all(t.lower_ not in FORMER and _modifier(t) and
                                        (t.lower_ not in PARTICIPLES or _hyphenated(t) and t.i - 2 in inside)
                                        for t in tokens)


def _hyphenated(token) -> bool:
    """'led' of "Shiite-led": the second half of a compound adjective."""
    return token.i >= 2 and _glued_hyphen(token.doc, token.i - 1)


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Token i is a hyphen written inside a word ("Russian-backed", "anti-government"), not a dash."""
    # (most tokens asked about are no hyphen: reading the token costs less than the per-doc look-up)
    return doc[i].text == "-" and i in _glued_hyphens(doc)


def _glued_hyphens(doc: Doc) -> frozenset[int]:
    """The positions of the doc's glued hyphens, found once per doc: the test runs for most tokens of
    every candidate phrase, and reading a token builds an object each time."""
    def build(doc: Doc) -> frozenset[int]:
        return frozenset(i for i in positions_among(doc, HYPHEN, ORTH)
                         if not doc[i - 1].whitespace_ and not doc[i].whitespace_)
    return per_doc(doc, "actors.glued_hyphens", build)


HYPHEN = frozenset({"-"})


def _counted_compound(doc: Doc, start: int) -> bool:
    """'man' of "four-man": a counted noun glued to a number makes an adjective, not a role."""
    return start >= 2 and _glued_hyphen(doc, start - 1) and doc[start - 2].like_num


def _group_name(tokens: list, role: Segment) -> bool:
    """'ELN' in "Colombia's ELN rebels": a proper name (no dictionary's) modifying the role noun."""
    return 0 < len(tokens) <= 3 and all(t.pos_ == "PROPN" and t.dep_ == "compound" and t.text[:1].isupper()
                                        and t.ent_type_ not in ("PERSON", "GPE") for t in tokens) and \
        role.start <= tokens[-1].head.i < role.end


def _modifier(token) -> bool:
    if _before_participle(token.doc, token.i + 1, led=True):
        return True                                   # "opposition" of "opposition-controlled"
    if token.pos_ in ("ADJ", "NOUN") and token.dep_ in ("amod", "compound", "nmod"):
        return True
    if token.pos_ == "VERB" and token.dep_ == "amod" and token.tag_ in ("VBG", "VBN"):
        return True                                   # "ailing", "elected"
    return token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.dep_ == "amod"   # "freely elected"


# "U.S.-backed rebels" are not American: the country only backs them
PARTICIPLES = frozenset("""backed led brokered sponsored funded allied supported based born owned controlled
occupied held trained armed friendly aligned linked affiliated inspired""".split())
# "Islamic State-linked insurgents" in Mozambique are Mozambique's: a group named only as their kin
KIN_PARTICIPLES = frozenset({"linked", "affiliated", "inspired", "allied", "aligned"})


def _joins(doc: Doc, left: Segment, right: Segment) -> bool:
    """Whether `right` continues the phrase that ends with `left`."""
    if right.start - left.end >= 5 and not _glued_hyphens(doc) and \
            doc_tokens(doc)[left.end].lower_ not in POSSESSIVE:
        return False        # (the rules below join over four words at most but after a possessive: most pairs
        #                   of a sentence's segments lie further apart, and their gap need not be read)
    gap = _gap(doc, left, right) if right.start > left.end else []
    words = tuple(t.lower_ for t in gap)
    if _operation(left) or _operation(right):
        # "the Turkish offensive" is the Turkish military; "Iraq's invasion of Kuwait" is an event
        return not gap and left.kind == DEMONYM and _operation(right)
    if left.kind == ETHNIC and right.kind in ROLE_KINDS and (not gap or _modifiers(gap) or words[:1] == ("led",)
                                                            and (len(gap) == 1 or _modifiers(gap[1:]))):
        return True                                   # "Kurdish forces", "Uighur protesters", "Kurdish-led forces"
    if not gap and left.kind in (COUNTRY, DEMONYM) and right.kind == ETHNIC:
        return True                                   # "Syrian Kurdish forces"
    if not gap and left.kind == DEMONYM and right.kind == DEMONYM and _ethnic_pair(doc, left, right):
        return True                                   # "Bosnian Serb forces"
    if not gap:
        if left.kind in (COUNTRY, DEMONYM) and right.kind == ORG and \
                (doc[left.end - 1].tag_ == "POS" or left.kind == DEMONYM) and _generic_institution(doc, right):
            return True                               # "Peru's Congress", "the Chilean Congress"
        if left.kind in (COUNTRY, DEMONYM, ORG, CAPITAL, SEAT) and right.kind in ROLE_KINDS | {PERSON}:
            return True
        if left.kind in ROLE_KINDS and right.kind in ROLE_KINDS | {PERSON, ORG}:
            return True                               # "President Putin", "the rebel Free Syrian Army"
        if left.kind == PERSON and right.kind == TITLE and right.title is not None and not right.title.person and \
                doc[left.end - 1].tag_ != "POS" and doc[right.end - 1].lower_ in LEADER_BODIES:
            return True                               # "the Trump administration", "the Assad regime"
        return False
    if left.kind in ROLE_KINDS and right.kind == PERSON and len(gap) <= 3 and \
            all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in gap) and doc[right.start].ent_iob_ != "B" and \
            left.title is not None and left.title.person:
        return True                                   # "Lieutenant Colonel Paul-Henri Damiba": given names we lack
    if words[0] in POSSESSIVE and len(gap) == 1 and left.kind in (COUNTRY, DEMONYM) and right.kind == ORG and \
            _generic_institution(doc, right):
        return True                                   # "Peru's Congress"
    if words[0] in POSSESSIVE and len(gap) == 1 and left.kind == COUNTRY and right.kind == ORG and \
            len(right.code.code) > 3 and right.code.code[:3] == left.code.code[:3] and \
            (right.code.code[3:6] not in STATE_SECTORS or right.code.code[3:6] == "MIL"):
        return True                                   # "Yemen's Houthi rebels", "Iran's Quds Force": its own force
    if words[0] in POSSESSIVE and len(gap) > 1 and left.kind == COUNTRY and right.kind in ROLE_KINDS and \
            right.title and not right.title.person and _group_name(gap[1:], right):
        return True                                   # "Colombia's ELN rebels": a group the dictionaries lack
    if words[0] in POSSESSIVE and (len(gap) == 1 or _modifiers([t for t in gap[1:] if t.lower_ not in FORMER])
                                   or all(t.lower_ in FORMER for t in gap[1:])):
        if left.kind in COUNTRY_KINDS | {ORG} and right.kind == PERSON:
            return True                               # "Pakistan's Nawaz Sharif"
        return left.kind in COUNTRY_KINDS | {PERSON, ORG} and right.kind in ROLE_KINDS
    if words in (("of",), ("of", "the"), ("loyal", "to")) and left.kind in ROLE_KINDS and \
            right.kind in (PERSON, TITLE) and _plural_role(doc, left):
        return True                                   # "supporters of President X", "forces loyal to X"
    if words[0] == "of" and len(words) <= 4 and left.kind in ROLE_KINDS and right.kind == TITLE and \
            _plural_role(doc, left) and all(t.lower_ == "the" or t.lower_ in FORMER or _modifier(t) for t in gap[1:]):
        return True                                   # "supporters of the defeated candidate"
    if words[0] == "of" and len(words) <= 3 and left.kind == TITLE and left.title is not None and left.title.person \
            and right.kind == TITLE and right.title is not None and not right.title.person and right.title.sector \
            and all(t.lower_ == "the" or _modifier(t) for t in gap[1:]) and not _predicate(doc, left):
        return True                                   # round 16: "the candidate of the ruling party" is the party's
    if left.kind in (COUNTRY, DEMONYM, ORG) and right.kind in ROLE_KINDS and _modifiers(gap):
        return True                                   # "Chinese telecommunications firm"
    if words in (("of",), ("of", "the")):             # "President of Syria", not "an advocate of Damascus"
        if left.kind == TITLE and right.kind == DEMONYM and _possessive_after(doc, right):
            return not _predicate(doc, left)          # "the leader of Myanmar's opposition"
        if left.kind == TITLE and right.kind == CITY and left.title and left.title.person:
            return not _predicate(doc, left)          # "the mayor of Iguala": an official of the town's country
        # (a Phoenix title of one person too: "the interim leader of Mali")
        return (left.kind == TITLE or left.kind == AGENT and left.title is not None and left.title.person) and \
            right.kind in (COUNTRY, ORG, CAPITAL) and not _predicate(doc, left)
    if words == ("in",):                              # "the government in Syria"
        return left.kind == TITLE and bool(left.title and left.title.bare) and right.kind == COUNTRY and \
            not _held_abroad_by_subject(doc, left)
    return False


HOLDING_VERBS = frozenset({"have", "keep", "station", "maintain", "deploy", "base", "position", "send"})


def _held_abroad_by_subject(doc: Doc, segment: Segment) -> bool:
    """'France has about 1,500 troops in Niger', 'Washington keeps 900 soldiers in Syria': people that a subject has,
    keeps or sends somewhere are the subject's, not the place's."""
    head = doc[segment.end - 1]
    verb = head.head
    return head.dep_ == "dobj" and verb.lemma_ in HOLDING_VERBS and any(c.dep_ == "nsubj" for c in verb.children)


# bodies named after their leader without a possessive ("the Trump administration")
LEADER_BODIES = frozenset({"administration", "government", "regime", "cabinet", "junta", "camp", "forces",
                           "supporters", "loyalists"})
# a state body named after a possessive country stays a mention of its own ("China's National People's Congress")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


def _ethnic_pair(doc: Doc, left: Segment, right: Segment) -> bool:
    """'Bosnian Serb forces': two country adjectives in a row, the second one naming a people
    inside the first country, followed by the role they qualify."""
    return right.end < len(doc) and doc[right.end].pos_ == "NOUN" and words_text(doc, left.start, left.end) != \
        words_text(doc, right.start, right.end)


PLURAL_GROUP_NAMES = frozenset({"taliban", "janjaweed", "mujahideen", "mujahedeen", "peshmerga"})


def _plural_of_a_name(doc: Doc, segment: Segment, lexicon: Lexicon) -> bool:
    """'Houthis' when the dictionaries also know 'Houthi': a plural name."""
    words = [fold(t.text) for t in doc[segment.start:segment.end] if t.lower_ not in DETERMINERS]
    if not words or not words[-1].endswith("s") or len(words[-1]) < 4:
        return False
    node = lexicon.trie
    for word in words[:-1] + [words[-1][:-1]]:
        node = node.get(word) if node is not None else None
    return bool(node and END in node)


def _operation(segment: Segment) -> bool:
    return segment.title is not None and segment.title.operation


def _possessive_after(doc: Doc, segment: Segment) -> bool:
    return doc[segment.end - 1].tag_ == "POS" or (segment.end < len(doc) and doc[segment.end].tag_ == "POS")


def group_segments(doc: Doc, segments: list[Segment]) -> list[list[Segment]]:
    groups: list[list[Segment]] = []
    sentence = sentence_numbers(doc)
    for segment in segments:
        if groups and sentence[groups[-1][-1].start] == sentence[segment.start] and _joins(doc, groups[-1][-1], segment) \
                and not _second_country_in(doc, groups[-1], segment):
            groups[-1].append(segment)
        else:
            groups.append([segment])
    split = []
    for group in groups:                          # "the Afghan Pakistani border": two countries, no people
        if len(group) >= 2 and group[0].kind == DEMONYM and group[1].kind == DEMONYM and \
                not any(s.kind in ROLE_KINDS for s in group):
            split.extend([s] for s in group)
        elif len(group) >= 2 and group[0].kind in (COUNTRY, DEMONYM, CAPITAL) and _after_pro(doc, group[0].start):
            split.extend([[group[0]], group[1:]])     # "pro-Russian separatists", "pro-Beijing lawmakers"
        elif len(group) >= 2 and _anti_modifier(doc, group[0]):
            split.extend([[group[0]], group[1:]])     # "anti-government protesters": what they oppose
        elif len(group) >= 3 and any(_anti_modifier(doc, s) for s in group[1:-1]):
            inner = [s for s in group[1:-1] if _anti_modifier(doc, s)]   # round 19: "Thai anti-government
            split.extend([inner, [s for s in group if s not in inner]])  # protesters": Thai protesters
        else:
            split.append(group)
    return split


def _before_participle(doc: Doc, end: int, led: bool = False) -> bool:
    """'Russian-backed', 'Iranian-funded' written as three tokens: the country backs what follows
    ("Saudi-led" too when `led`)."""
    return end + 1 < len(doc) and _glued_hyphen(doc, end) and \
        doc[end + 1].lower_ in PARTICIPLES and (led or doc[end + 1].lower_ != "led")


MADE_PARTICIPLES = frozenset({"made", "built", "manufactured", "designed", "produced", "developed"})


def _made_in(doc: Doc, end: int) -> bool:
    """'Russian-made', 'Chinese-built' written as three tokens: where a thing was made names no actor."""
    return end + 1 < len(doc) and _glued_hyphen(doc, end) and doc[end + 1].lower_ in MADE_PARTICIPLES


def _anti_modifier(doc: Doc, segment) -> bool:
    """'government' of "anti-government protesters": what a group opposes, a mention of its own that modifies it;
    round 13: so is what it backs ("pro-government militias" are militias, not the government)."""
    return (_after_anti(doc, segment.start) or _after_pro(doc, segment.start)) and \
        doc[segment.end - 1].head.i >= segment.end


def _after_anti(doc: Doc, start: int) -> bool:
    """'anti-government', 'anti-American': the word names what a group opposes."""
    return start >= 2 and _glued_hyphen(doc, start - 1) and doc[start - 2].lower_ == "anti"


def _second_country_in(doc: Doc, group: list, segment) -> bool:
    """'French troops in Mali': the group has its country already; the place after "in" is where it is."""
    return segment.kind == COUNTRY and [t.lower_ for t in _gap(doc, group[-1], segment)] == ["in"] and \
        any(s.kind in (COUNTRY, DEMONYM) for s in group)


def _after_pro(doc: Doc, start: int) -> bool:
    """'pro-Russian', 'pro-Western': the word names whom a group supports, not the group's country."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "pro"


def role_token(doc: Doc, start: int, end: int):
    """The token that carries the phrase's syntactic role (conjuncts take their head's role)."""
    token = span_root(doc, start, end)
    seen = 0
    while token.dep_ == "conj" and seen < 5:
        token = token.head
        seen += 1
    return token


LOCATED_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "around", "throughout", "inside"})
MOTION_VERBS = frozenset("""go travel fly return arrive come move head flee drive walk march sail relocate visit
trip journey retreat withdraw evacuate deport extradite expel escape""".split())


# nouns of going somewhere: "flights to Moscow", "the road to Damascus" name a place, not an actor
JOURNEY_NOUNS = frozenset("""flight flights trip visit road way return journey route train bus border distance miles
kilometres kilometers highway""".split())


SETTLEMENT_NOUNS = frozenset("""city town village capital district province region outskirts streets centre center
suburb port neighbourhood neighborhood area state county island""".split())
# ground a city owns: its owner is a place ("Kabul's diplomatic quarter"), not an actor ("Moscow's support")
POSSESSED_GROUND = SETTLEMENT_NOUNS - {"capital", "state"} | frozenset({"quarter", "airport", "suburbs", "outskirt"})


def is_settlement_noun(token) -> bool:
    """'city', 'town', 'streets' (the list has plurals whose lemma is not in it)."""
    return token.lemma_.lower() in SETTLEMENT_NOUNS or token.lower_ in SETTLEMENT_NOUNS


def used_as_place(doc: Doc, start: int, end: int) -> bool:
    """'in Moscow', 'the Istanbul meeting': a place, not an actor ('sent tanks to Kyiv' is one)."""
    token = role_token(doc, start, end)
    if token.dep_ == "pobj":
        preposition = token.head.lower_
        if preposition in ("to", "from"):
            # "flew to Moscow" is a place; "sent tanks to Kyiv", "pressure from Washington" an actor
            governor = token.head.head
            if governor.pos_ in ("NOUN", "PROPN"):
                return governor.lemma_.lower() in JOURNEY_NOUNS
            return governor.lemma_.lower() in MOTION_VERBS
        if preposition == "between" and token.head.head.lemma_.lower() in RELATION_NOUNS:
            return False                                      # round 11: "talks between Kiev and Moscow"
        if preposition == "of" and is_settlement_noun(token.head.head):
            return True                                       # "the Lebanese city of Tripoli", "the streets of Kiev"
        return preposition in PLACE_PREPOSITIONS
    if token.dep_ in ("compound", "amod", "nmod") and token.head.i >= end:
        return True
    if token.dep_ == "poss" and token.head.lemma_.lower() in POSSESSED_GROUND:
        return True                                           # "in Kabul's diplomatic quarter", "Aleppo's airport"
    return token.dep_ not in ACTING_DEPS and token.dep_ != "pobj"


# lower-case words inside a personal name ("Abdulaziz bin Salman", "Ursula von der Leyen")
NAME_PARTICLES = frozenset("""bin bint ibn al el abu abd ould de del della der di da das dos du van von le la""".split())


def _absorb_person_name(doc: Doc, end: int) -> int:
    """After a title, an unknown name ('Prime Minister Ahmet Foo'): extend the phrase over it, with
    hyphenated parts ('Waker-uz-Zaman') and name particles ('Abdulaziz bin Salman')."""
    tokens = doc_tokens(doc)
    if end >= len(doc):
        return end
    token = tokens[end]
    # (a name begins with a capital: "prime minister blamed gangs" was read as a person named "blamed gangs")
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and token.text[:1].isupper():
        cursor = end + 1
        while cursor < len(doc) and tokens[cursor].ent_iob_ == "I":
            cursor += 1
    else:
        cursor = end
        while cursor < len(doc) and _name_word(tokens[cursor]) and cursor - end < 4:
            cursor += 1
    if cursor == end:
        return end
    while cursor + 1 < len(doc) and cursor - end < 8:
        here = tokens[cursor]
        if here.text in ("-", "‑") and not tokens[cursor - 1].whitespace_ and not here.whitespace_ and \
                tokens[cursor + 1].text[:1].isalpha():
            cursor += 2                                   # "Waker-uz-Zaman"
        elif here.lower_ in NAME_PARTICLES and _name_word(tokens[cursor + 1]):
            cursor += 2                                   # "bin Salman"
        elif here.ent_type_ == "PERSON" and _name_word(here):
            cursor += 1
        else:
            break
    return cursor


def _name_word(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in ("", "PERSON")


def _of_unknown_place(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """'the mayor of Iguala': a person's title with 'of' and a place in no dictionary takes the place in;
    the country still comes from the context."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end].head.i in range(start, end) and \
            doc[end + 1].ent_type_ in ("GPE", "LOC") and doc[end + 1].ent_iob_ == "B":
        cursor = end + 2
        while cursor < len(doc) and doc[cursor].ent_iob_ == "I":
            cursor += 1
        node = lexicon.trie
        for word in name_tokens(words_text(doc, end + 1, cursor)):
            node = node.get(word) if node is not None else None
        if node is None or END not in node:              # a place the dictionaries know is a mention of its own
            return cursor
    return end


def _without_places_in_names(doc: Doc, found: list[Found]) -> list[Found]:
    """'King Constantine': a place name (Constantine, a city of Algeria) that a title took in as the name of
    its holder names no place (nor lends its country to the roles around)."""
    titled = [f for f in found if f.person and f.via in ("description", "title") and f.end - f.start > 1]
    if not titled:
        return found
    return [f for f in found if not (f.via == "name" and f.actor.code == f.actor.country and not f.person and
                                     any(t.start < f.start and f.end <= t.end and doc[f.start - 1].text[:1].isupper()
                                         and doc[f.start - 1].pos_ == "PROPN" for t in titled))]


def _absorb_organisation_name(doc: Doc, end: int) -> int:
    if end < len(doc) and doc[end].ent_type_ in ("ORG", "NORP", "PERSON", "WORK_OF_ART") and doc[end].ent_iob_ == "B":
        cursor = end + 1
        while cursor < len(doc) and doc[cursor].ent_iob_ == "I":
            cursor += 1
        return cursor
    return end


def compose(doc: Doc, segments: list[Segment], lexicon: Lexicon, date: Optional[dt.date]) -> list[Found]:
    """Mentions from grouped segments; place-only capitals and cities come back as hints."""
    text = doc_text(doc)
    if "-speaking" in text or "-language" in text:
        segments = [s for s in segments if not _language_word(doc, s)]
    groups = group_segments(doc, segments)
    found: list[Found] = []
    for group in groups:
        item = _compose_group(doc, group, lexicon, date)
        if item is not None:
            found.append(item)
    _share_coordinated_roles(doc, found, lexicon)
    _share_coordinated_names(doc, found, lexicon)
    _nations_as_people(doc, found, lexicon)
    found = _share_coordinated_places(doc, found, lexicon)
    _take_in_heads(doc, found)
    found = _take_in_places(doc, found, lexicon)
    found = _without_places_in_names(doc, found)
    _place_transnational_groups(doc, found, lexicon)
    found.extend(_backers(doc, found, lexicon))
    found.extend(_led_bodies(doc, found, lexicon))
    hyphens = _glued_hyphens(doc)
    for item in found:
        if (item.via in ("name", "demonym") and not item.actor.sector or item.via == "capital" and not item.hint) and \
                (_after_pro(doc, item.start) or _before_participle(doc, item.end)):
            item.backer = True                     # "pro-Russian", "Russian-backed": backs the group
        elif item.via == "name" and item.actor.sector == "REB" and _before_participle(doc, item.end) and \
                doc[item.end + 1].lower_ in KIN_PARTICIPLES:
            item.backer = True                     # "Islamic State-linked insurgents": kin, not the same group
        elif item.start - 1 in hyphens and (_after_anti(doc, item.start) or _after_pro(doc, item.start)) and \
                doc[item.end - 1].head.i >= item.end:
            item.backer = True                     # "anti-government": opposed by the group, lends it nothing
        elif item.via == "demonym" and doc[item.end - 1].dep_ == "amod" and \
                doc[item.end - 1].head.lemma_.lower() in EMBLEM_NOUNS:
            item.backer = True                     # "crowds waving Russian flags": sympathy shown, not their country
    for item in list(found):
        found.extend(item.nested)
    return sorted(found, key=lambda f: (f.start, -f.end))


EMBLEM_NOUNS = frozenset({"flag", "banner", "emblem", "portrait", "poster", "placard"})


# round 13: "a Russian-speaking gang", "a French-language daily": a language, not the country's actor
LANGUAGE_WORDS = frozenset({"speaking", "language"})


def _language_word(doc: Doc, segment) -> bool:
    if segment.kind != DEMONYM:
        return False
    return doc[segment.end - 1].lower_.rpartition("-")[2] in LANGUAGE_WORDS or segment.end + 1 < len(doc) and \
        _glued_hyphen(doc, segment.end) and doc[segment.end + 1].lower_ in LANGUAGE_WORDS


def _place_transnational_groups(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """'Islamic State militants' pushed out of a Syrian town are Syria's rebels, in Iraq Iraq's (the groups and
    their home countries are in groups.yaml)."""
    first_words = None
    for item in found:
        if item.needs_country or item.hint or not item.actor.country or item.actor.sector != "REB":
            continue
        words = tuple(doc[i].lower_ for i in range(item.start, item.end))
        first_words = first_words or {name[0] for name in lexicon.transnational}
        if first_words.isdisjoint(words):
            continue
        for name, (homes, where_it_acts) in lexicon.transnational.items():
            if item.actor.country == homes[0] and any(words[i:i + len(name)] == name for i in range(len(words))):
                # "Islamic State militants in Libya": a home country named inside the mention decides
                inside = [code for code in homes if lexicon.country_names.get(code, "").lower() in
                          {t.lower_ for t in doc[item.start:item.end] if t.ent_type_ == "GPE"}]
                if where_it_acts and not inside:
                    inside = _home_where_it_acts(doc, found, item, homes[1:])
                if inside:
                    item.actor = Actor(inside[0] + "REB", inside[0], "REB", item.actor.name)
                elif not where_it_acts:
                    item.needs_country, item.homes, item.sector = True, homes, "REB"
                break


def _home_where_it_acts(doc: Doc, found: list[Found], item: Found, homes: tuple) -> list[str]:
    """'Taliban gunmen stormed a school in Peshawar': the home whose place is named in the clause the group
    is the subject of ("strike Taliban positions inside Pakistan" names where it is struck, not where it acts)."""
    root = span_root(doc, item.start, item.end)
    if root.dep_ == "compound" and root.head.i >= item.end:
        root = root.head                                # "Taliban gunmen"
    if root.dep_ != "nsubj":
        return []
    verb = root.head
    places = [f for f in found if f.actor.country in homes and (f.hint or f.actor.code == f.actor.country)
              and _first_verb_above(span_root(doc, f.start, f.end)).i == verb.i]
    return [places[0].actor.country] if places else []


def _first_verb_above(token):
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        token = token.head
    return token


# "police in the Mexican town of Iguala": the kind of place a demonym goes with
PLACE_NOUNS = frozenset("""town city village province state region district capital port county""".split())
# bodies that sit where they work: "a court in Dakar" is Senegal's ("troops in Kabul" may be anyone's)
LOCAL_SECTORS = frozenset({"COP", "JUD", "GOV", "LEG", "CVL", "MED", "LAB", "BUS", "EDU", "REL"})


def _take_in_places(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'a special court in Dakar', 'police in the Mexican town of Iguala': a bare body of the
    state or society located by 'in' and a place is that place's country, one mention with it."""
    tokens = doc_tokens(doc)
    by_start = {f.start: f for f in found if f.actor.country and not f.person and
                (f.hint or (f.via == "demonym" and not f.actor.sector))}
    if not by_start:
        return found
    dropped = set()
    for item in found:
        if item.via != "description" or not item.needs_country or item.person or item.hint or item.extra or \
                item.sector not in LOCAL_SECTORS or item.end + 1 >= len(doc):
            continue
        preposition = tokens[item.end]
        if preposition.lower_ != "in" or not item.start <= preposition.head.i < item.end:
            continue
        cursor = item.end + 1
        if tokens[cursor].lower_ == "the":
            cursor += 1
        place = by_start.get(cursor)
        if place is None or id(place) in dropped:
            continue
        end = place.end
        if place.via == "demonym":
            # only "the Mexican town of Iguala": a demonym alone after "in" is no place
            if not (end + 2 < len(doc) and tokens[end].lower_ in PLACE_NOUNS and tokens[end + 1].lower_ == "of" and
                    tokens[end + 2].pos_ == "PROPN"):
                continue
            end += 2
            while end < len(doc) and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper():
                end += 1
        item.actor = _country_actor(lexicon, place.actor.country, item.sector)
        item.needs_country = False
        item.end = end
        dropped.add(id(place))
    return [f for f in found if id(f) not in dropped] if dropped else found


COORDINATORS = frozenset({"and", ",", "or", "&"})
# "the head of the armed forces" leads them: one person of the body's actor
HEAD_NOUNS = frozenset({"head", "chief", "commander", "leader", "chairman", "chairwoman", "boss"})
# "members of the ousted government", "officers of the army": people of the body, its actor
MEMBER_NOUNS = frozenset({"members", "member", "officers", "officials", "units", "unit", "elements", "faction",
                          "factions", "wing", "section"})
# "a spokesman for the Foreign Ministry" speaks for it: one mention with the body's actor
SPEAKER_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople"})


def _take_in_heads(doc: Doc, found: list[Found]) -> None:
    """'the head of the armed forces', 'the chief of the police': the leader of a bare body described
    by a role is one mention with the body's actor (sector and, from the context, country)."""
    tokens = doc_tokens(doc)
    taken = covered_tokens(found)
    for item in found:
        spoken_for = item.via == "name" and item.collective and not item.person and \
            item.start >= 2 and tokens[item.start - 1].lower_ in ("for", "the")
        if (item.via != "description" and not spoken_for) or item.person_name or item.hint or item.extra or \
                (not item.sector and not spoken_for):
            continue
        start = _start_with_determiner(doc, item.start)
        while start > 0 and tokens[start - 1].dep_ in ("det", "amod") and (start - 1) not in taken and \
                item.start <= tokens[start - 1].head.i < item.end:
            start -= 1                                    # "members of the ousted government"
        if start < 2 or tokens[start - 1].head.i != start - 2 or (start - 2) in taken:
            continue
        if not (tokens[start - 1].lower_ == "of" and tokens[start - 2].lower_ in HEAD_NOUNS | MEMBER_NOUNS and
                not spoken_for) and \
                not (tokens[start - 1].lower_ == "for" and tokens[start - 2].lower_ in SPEAKER_NOUNS):
            continue
        head = _start_with_determiner(doc, start - 2)
        if any(i in taken for i in range(head, start - 2)):
            continue
        item.start = head                                 # (pronouns keep looking for named people)


def _named_country_role(doc: Doc, item: Found) -> bool:
    """Round 13: 'U.S. forces', 'U.S. troops' as one dictionary name: a country's plural role, as 'American
    forces' is, so that 'Afghan and U.S. forces' shares it."""
    return item.via == "name" and not item.extra and item.actor.sector in STATE_SECTORS and \
        bool(item.actor.country) and item.end - item.start > 1 and doc[item.end - 1].tag_ == "NNS"


def _share_coordinated_roles(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """'Argentine and Chilean officials': the bare country word takes the role of its partner."""
    for index in range(len(found) - 2, -1, -1):
        item, partner = found[index], found[index + 1]
        if item.hint or partner.hint or item.via not in ("demonym", "name") or item.actor.sector or \
                not (partner.role_of_country or _named_country_role(doc, partner)) or not item.actor.country:
            continue
        between = _lower_words(doc, item.end, partner.start)
        if not between or any(word not in COORDINATORS for word in between):
            continue
        root = span_root(doc, item.start, item.end)
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


def _nations_as_people(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """Round 13: 'the Syrian people', 'the Libyan people': a nation named as a people is the country (the codebook's
    "its people"; gold of fresh3 and fresh6, none the other way), not its civilians ("Syrian people fled": CVL)."""
    if not positions_among(doc, PEOPLE_WORD):
        return
    for item in found:
        if item.via != "description" or item.actor.sector != "CVL" or not item.actor.country or item.extra or \
                item.end - item.start != 3 or doc[item.end - 1].lower_ != "people" or \
                doc[item.start].lower_ != "the" or doc[item.start + 1].pos_ not in ("ADJ", "PROPN"):
            continue
        item.actor = _country_actor(lexicon, item.actor.country, None)
        item.sector = None                          # (still "they": "The Iraqi people voted. They chose ...")


PEOPLE_WORD = frozenset({"people"})
# round 13: prepositions that place a group of people in or from the countries after them
GROUP_PLACE_PREPOSITIONS = frozenset({"in", "from", "of"})
AND_OR = frozenset({"and", "or"})


def _share_coordinated_places(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """Round 13: 'Officials in Uruguay and Argentina', 'Diplomats from Egypt and Jordan', 'Leaders of Sudan and
    South Sudan': a plural role placed in two countries is one span with one mention per country on it, each
    with the role's sector (as 'Argentine and Chilean officials' is); the country names lose their own mention."""
    tokens = doc_tokens(doc)
    if not positions_among(doc, AND_OR):
        return found
    by_start = {f.start: f for f in found if not f.hint}
    dropped: set[int] = set()
    for item in found:
        if item.hint or item.person or item.extra or item.via != "description" or not item.sector or \
                item.sector == "IGO" or item.end + 2 >= len(doc):
            continue
        first = item if not item.needs_country and item.actor.country else None
        at = item.end
        if first is None:                              # "Diplomats" + "from Egypt"
            first = by_start.get(at + 1)
            if at + 1 >= len(doc) or tokens[at].lower_ not in GROUP_PLACE_PREPOSITIONS or not _bare_country(first):
                continue
            at = first.end
        elif tokens[at - 1].head.lower_ not in GROUP_PLACE_PREPOSITIONS or tokens[at - 1].head.i < item.start:
            continue                                   # "Officials in Uruguay": its place must end the phrase
        second = by_start.get(at + 1)
        if at + 1 >= len(doc) or tokens[at].lower_ not in AND_OR or not _bare_country(second) or \
                tokens[second.end - 1].head.i not in range(first.start, first.end) and \
                span_root(doc, second.start, second.end).head.i not in range(first.start, first.end):
            continue
        countries = [first.actor.country, second.actor.country]
        if countries[0] == countries[1] or not _plural_head(doc, item):
            continue
        dropped.update({id(second)} | ({id(first)} if first is not item else set()))
        item.actor = _country_actor(lexicon, countries[0], item.sector)
        item.end, item.plural, item.needs_country, item.role_of_country = second.end, True, False, True
        item.extra = [Found(item.start, item.end, _country_actor(lexicon, countries[1], item.sector), "description",
                            plural=True, sector=item.sector, role_of_country=True)]
    return [f for f in found if id(f) not in dropped] if dropped else found


def _bare_country(item: Optional[Found]) -> bool:
    return item is not None and not item.hint and item.via == "name" and bool(item.actor.country) and \
        item.actor.code == item.actor.country and not item.extra


def _plural_head(doc: Doc, item: Found) -> bool:
    """Whether the phrase's first noun (the role before any "in"/"of") is plural: 'Officials', 'Leaders'."""
    for token in doc[item.start:item.end]:
        if token.pos_ in ("NOUN", "PROPN") and token.lower_ not in ("the",):
            return token.tag_ in ("NNS", "NNPS") or token.lower_ in PLURAL_NOUNS
    return False


def _backers(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'U.S.-backed', 'NATO-led' written as one token: the country or organisation is a mention of its
    own that backs (and does not give its country to) the group it modifies."""
    backers = []
    for token in tokens_containing(doc, "-"):
        if "-" not in token.text or inside_mention(found, token.i):
            continue
        prefix, _, suffix = token.text.rpartition("-")
        if suffix.lower() not in PARTICIPLES or not prefix:
            continue
        node = lexicon.trie
        for word in name_tokens(prefix):
            node = node.get(word) if node is not None else None
        candidates = [c for c in (node or {}).get(END, []) if c[1] in (COUNTRY, DEMONYM, ORG)]
        if not candidates:
            continue
        code = lexicon.entries[candidates[0][0]].code_on(None)
        if code is None:
            continue
        actor = lexicon.actor_for(code.code if candidates[0][1] == ORG else code.code[:3])
        backers.append(Found(token.i, token.i + 1, actor, "name", collective=True, backer=True))
    return backers


def _led_bodies(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """Round 13: 'the Saudi-led coalition', 'a French-led force', 'the NATO-led mission': a body that a country
    leads is that country's military (an organisation's own code); the leader keeps its mention as a backer."""
    if "-led" not in doc_text(doc):
        return []
    added = []
    for item in found:
        if item.hint or item.extra or not item.actor.code or item.actor.sector not in (None, "IGO", "REB"):
            continue
        led = _led_token(doc, item)
        body = doc[led].head if led is not None else None
        if body is None or body.i <= led or body.lower_ not in LED_BODIES:
            continue
        # round 14: an armed group leads as itself too ("Houthi-led forces" YEMREB)
        actor = item.actor if item.actor.sector else _country_actor(lexicon, item.actor.country, "MIL")
        covering = [f for f in found if f is not item and f.start <= body.i < f.end]
        if covering:
            _relabel_led_group(covering, item, body, actor)
            continue
        start = item.start - 1 if item.start and doc[item.start - 1].dep_ == "det" and \
            doc[item.start - 1].head.i == body.i else item.start
        added.append(Found(start, body.i + 1, actor, "description", collective=True, sector=actor.sector,
                           plural=body.tag_ == "NNS"))
    return added


def _relabel_led_group(covering: list[Found], leader: Found, body, actor: Actor) -> None:
    """Round 14: 'NATO-led troops', 'French-led forces': a plural group already read as a bare role
    (the context's MIL) is the leader's; a mention that is no bare group of this phrase is kept."""
    for found in covering:
        if found.via == "description" and found.end == body.i + 1 and not found.extra and \
                found.sector in (None, "MIL", "IGO"):
            found.actor, found.sector, found.needs_country = actor, actor.sector, False


def _led_token(doc: Doc, item: Found) -> Optional[int]:
    """The index of "led" after a leader ("Saudi" "-" "led"), or of a "U.S.-led" token the mention ends with."""
    last = doc[item.end - 1]
    if last.lower_.endswith("-led"):
        return last.i
    if item.end + 1 < len(doc) and doc[item.end].text == "-" and doc[item.end + 1].lower_ == "led":
        return item.end + 1
    return None


def _share_coordinated_names(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """'South and North Korea', 'East and West Germany': the first word with the shared rest is a
    country too; one span, one mention per country on it."""
    for index, item in enumerate(found):
        start, end = item.start, item.end
        if item.hint or item.via != "name" or end - start < 2 or start < 2 or \
                doc[start - 1].lower_ not in ("and", "or", "&") or not item.actor.country or \
                item.actor.code != item.actor.country or inside_mention(found, start - 2):
            continue
        first = doc[start - 2]
        if not first.text[:1].isupper():
            continue
        node = lexicon.trie
        for word in [fold(first.text)] + [fold(t.text) for t in doc[start + 1:end]]:
            node = node.get(word)
            if node is None:
                break
        candidates = [c for c in (node or {}).get(END, []) if c[1] == COUNTRY]
        if not candidates:
            continue
        code = lexicon.entries[candidates[0][0]].code_on(None)
        other = lexicon.actor_for(code.code[:3]) if code is not None else None
        if other is None or other.country in (None, item.actor.country):
            continue
        head = Found(start - 2, end, other, "name", plural=True)
        item.start, item.plural, item.collective = start - 2, True, False
        head.extra = [item] + item.extra
        item.extra = []
        found[index] = head


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
    ethnic = [s for s in group if s.kind == ETHNIC]
    if len(places) >= 2 and places[0].kind == DEMONYM and places[1].kind == DEMONYM and places[1].start == places[0].end:
        ethnic = [places[1]]                                        # "Bosnian Serb forces": Serbs of Bosnia
        places = [places[0]]
    entry = lambda s: lexicon.entries[s.entry]                      # noqa: E731
    if ethnic and not roles:
        people = ethnic[-1]
        if people is group[-1] and not persons and not orgs and doc[people.end - 1].tag_ in ("NNS", "NNPS") and \
                doc[people.end - 1].lower_.endswith("s"):
            # "Kurds", "Iraqi Kurds", "Tamils": the people, counted for the country they live in
            homes = lexicon.ethnic_homes.get(people.entry, ())
            country = lexicon.actor_for(places[0].code.code).country if places else \
                (homes[0] if len(homes) == 1 else None)
            if country:
                return Found(_start_with_determiner(doc, start), end, _country_actor(lexicon, country, None),
                             "description", plural=True)
            if homes:
                return Found(_start_with_determiner(doc, start), end, Actor("", None, None, None), "description",
                             plural=True, needs_country=True, homes=homes)
        people_noun = people_after(doc, end) if people is group[-1] and not persons and not orgs else None
        if people_noun is not None and not is_role_word(lexicon, doc[people_noun[0]].text):
            # "Sunni tribesmen", "Kurdish villagers": people of the group, in the country it lives in
            noun, sector = people_noun
            homes = lexicon.ethnic_homes.get(people.entry, ())
            country = lexicon.actor_for(places[0].code.code).country if places else \
                (homes[0] if len(homes) == 1 else None)
            if country:
                return Found(_start_with_determiner(doc, start), noun + 1, _country_actor(lexicon, country, sector),
                             "description", plural=True, sector=sector)
            return Found(_start_with_determiner(doc, start), noun + 1, Actor(sector, None, sector, None),
                         "description", plural=True, needs_country=True, homes=homes, sector=sector)
        return None                                                 # "Kurdish" alone names no actor

    person_name = None
    if roles and not persons and group[-1].kind in ROLE_KINDS and any(r.title and r.title.person for r in roles):
        new_end = _absorb_person_name(doc, end)
        if new_end > end:
            person_name = words_text(doc, end, new_end)
            end = new_end
    elif roles and not persons and not orgs and group[-1].kind in ROLE_KINDS:
        end = _absorb_organisation_name(doc, end)          # "the opposition Democratic Alliance"

    if persons:
        person = persons[-1]
        actor = lexicon.actor_for(person.code.code, entry(person).canonical)
        lead_at = 1 if len(group) > 2 and group[0].kind == DEMONYM and group[1].kind in ROLE_KINDS else 0
        lead = group[lead_at]                   # "Ivorian troops loyal to X": the role after a country word
        if lead.kind in ROLE_KINDS and _plural_role(doc, lead) and \
                tuple(t.lower_ for t in _gap(doc, lead, group[lead_at + 1])) in (("of",), ("of", "the"), ("loyal", "to")) \
                and actor.country:
            # "supporters of President X" (CVL), "forces loyal to X" (MIL): X's country, the group's sector;
            # the followers of a rebel or opposition figure share that figure's sector
            sector = lead.title.sector
            if actor.sector == "REB" and sector in ("MIL", "COP"):
                sector = "REB"                               # "forces loyal to" a warlord
            elif actor.sector in ("OPP", "REB") and doc[lead.end - 1].lower_ in FOLLOWER_WORDS:
                sector = actor.sector                        # "supporters of" an opposition leader
            group_found = Found(_start_with_determiner(doc, start), end, _country_actor(lexicon, actor.country, sector),
                                "description", plural=True, sector=sector)
            inner = _compose_group(doc, group[lead_at + 1:], lexicon, date)
            if inner is not None:
                group_found.nested = [inner]       # the person keeps a mention of their own inside
            return group_found
        tail_roles = [r for r in roles if r.start > person.start]
        if tail_roles and actor.country:                             # "Assad's government"
            sector = tail_roles[0].title.sector
            titles_before = [r for r in roles if r.start < person.start]
            if sector in ("MIL", "COP", "GOV") and (actor.sector == "REB" or
                                                   any(r.title and r.title.sector == "REB" for r in titles_before)):
                sector = "REB"               # "rebel leader Laurent Kabila's forces", a secessionist's "regime"
            elif doc[tail_roles[0].end - 1].lower_ in PARTY_NOUNS and actor.sector in ("GOV", "OPP", "REB"):
                sector = actor.sector        # round 12: "Erdogan's party" rules (GOV), "Shor's party" opposes (OPP)
            return Found(_start_with_determiner(doc, start), end, _country_actor(lexicon, actor.country, sector),
                         "description", collective=True, sector=sector)
        head_roles = [r for r in roles if r.start < person.start]
        if orgs and orgs[0].start < person.start and head_roles:
            # "NATO Secretary General Jens Stoltenberg" speaks for NATO, not for Norway
            org_actor = lexicon.actor_for(orgs[0].code.code, entry(person).canonical)
            return Found(start, end, org_actor, "title", person=True, person_name=entry(person).canonical,
                         sector=org_actor.sector)
        if entry(person).source == "user":
            pass                        # the user's own entry wins over what the title and country words say
        elif head_roles and _rank_of_office_holder(doc, head_roles[-1], person, actor, date):
            pass                        # "junta leader Colonel Assimi Goita" a year after the coup: GOV
        elif head_roles and actor.sector in ("REB", "OPP") and \
                (ethnic or doc[head_roles[-1].end - 1].lower_ == "leader"):
            # "Kurdish leader Abdullah Ocalan", "Islamic State leader X": a people's or a group's leader holds
            # no state office; the dictionary's rebel or opposition code stays
            pass
        elif head_roles and head_roles[0].start == start and (party_start := _party_name_start(doc, start)) < start:
            # "Socialist leader Pedro Sanchez", "Republican candidate X": the party is part of the mention; a
            # party's leader out of office that day is of the opposition, in office of the government
            start = party_start
            held = entry(person).code_on(date)
            if actor.country and actor.country in lexicon.country_names and (held is None or not held.dated):
                actor = Actor(actor.country + "OPP", actor.country, "OPP", actor.name)
        elif head_roles and _in_office(doc, start, head_roles[-1]) and not ousted_word_before(doc, person.start):
            # "Iraqi President Saddam Hussein": the title says he holds the office now, whatever
            # the dictionary's dates say
            # a country word before the title beats a namesake of another country in the dictionary
            # ("Senegalese Justice Minister Amadou Diallo")
            named = lexicon.actor_for(places[0].code.code).country \
                if places and places[0].start < head_roles[-1].start and _names_the_office(doc, places[0], head_roles[-1]) \
                else None
            country = named or actor.country or (lexicon.actor_for(places[0].code.code).country if places else None)
            if country and country in lexicon.country_names:
                sector = head_roles[-1].title.sector
                if doc[head_roles[-1].end - 1].lower_ in CANDIDATE_WORDS and len(head_roles) > 1 and \
                        head_roles[-2].title and not head_roles[-2].title.person and head_roles[-2].title.sector:
                    sector = head_roles[-2].title.sector   # "the ruling party candidate": the party's sector
                actor = Actor(country + sector, country, sector, actor.name)
        elif not head_roles and places and places[0].kind == COUNTRY and places[0].end <= person.start and \
                _possessive_after(doc, places[0]) and actor.country and actor.country in lexicon.country_names and \
                lexicon.actor_for(places[0].code.code).country not in (None, actor.country):
            # "Jordan's King Abdullah": the possessor's country beats a namesake of another country in the dictionary
            country = lexicon.actor_for(places[0].code.code).country
            actor = Actor(country + (actor.sector or ""), country, actor.sector, actor.name)
        elif head_roles and actor.country and actor.sector is None and head_roles[-1].title.person and \
                head_roles[-1].title.sector == "GOV" and actor.country in lexicon.country_names and \
                not ousted_word_before(doc, person.start):   # "deposed president X" speaks for no government
            # "former President Jimmy Carter", "the late leader X": a former head of government is
            # still read as of the government, not of the bare country
            actor = Actor(actor.country + "GOV", actor.country, "GOV", actor.name)
        elif actor.country and actor.sector is None and actor.country in lexicon.country_names and \
                any(t.lower_ in FORMER for t in doc[max(0, start - 1):person.start + 1]) and \
                not ousted_word_before(doc, person.start) and \
                any(c.dated and c.code[:3] == actor.country and c.code[3:6] == "GOV" and
                    (date is None or c.start is None or c.start <= date) for c in entry(person).codes):
            # "former President Jimmy Carter" as one dictionary name of someone who once governed
            actor = Actor(actor.country + "GOV", actor.country, "GOV", actor.name)
        return Found(start, end, actor, "title" if roles else "name", person=True,
                     person_name=entry(person).canonical, sector=actor.sector)

    if roles:
        if len(roles) > 1 and roles[0].end - roles[0].start == 1 and \
                (doc[roles[0].start].pos_ == "ADJ" or doc[roles[0].start].lower_ in CIVILIAN_MODIFIERS) and \
                roles[1].start == roles[0].end and roles[0].title.sector == "CVL":
            # (and "the first woman president", "the civilian government": the head noun's sector)
            roles = roles[1:]           # "the national police commissioner": an adjective, not a citizen
        first_role = roles[0]
        sector = first_role.title.sector
        # "supporters of the defeated candidate": a group of people of someone, the first role is the head
        group_of = len(roles) > 1 and _plural_role(doc, first_role) and first_role.end < len(doc) and \
            doc[first_role.end].lower_ == "of"
        against = group_of and doc[first_role.end - 1].lower_ in OPPOSING_GROUPS
        for later in roles[1:]:
            if against and later.title and later.title.sector in STATE_SECTORS:
                break                                 # round 13: "critics of the government" oppose it (OPP)
            if later.title and not later.title.person and "of" in _lower_words(doc, first_role.end, later.start):
                sector = later.title.sector           # "the leader of the opposition" leads the opposition
            elif group_of and later.title and later.title.sector in ("OPP", "REB") and \
                    doc[first_role.end - 1].lower_ in FOLLOWER_WORDS:
                sector = later.title.sector           # "supporters of the opposition leader" are the opposition's
        if sector == "REL" and len(roles) > 1 and roles[-1].title and roles[-1].title.sector not in ("REL", None) \
                and roles[-1].start >= first_role.end:
            sector = roles[-1].title.sector           # "Islamist militants", "Christian militias": the head noun's
            roles = roles[-1:]
        if len(roles) > 1 and roles[-1].title and roles[-1].title.sector in HEAD_NOUN_SECTORS and not group_of:
            sector = roles[-1].title.sector           # "public sector unions" (LAB), "dissident journalist" (MED)
        if len(roles) > 1 and not group_of and sector in STATE_SECTORS and roles[-1].title and \
                roles[-1].title.sector == "CVL" and doc[roles[-1].end - 1].lower_ in FOLLOWER_WORDS:
            sector = "CVL"                            # "junta supporters", "government supporters": people, not rulers
        if ethnic and not orgs and (places or roles[0].kind == TITLE):
            # "Syrian Kurdish forces", "Tigrayan fighters": armed men of a group within a country are
            # non-state forces; its leaders, protesters or civilians keep their sector
            if sector in ("MIL", "COP"):
                sector = "REB"
            homes = lexicon.ethnic_homes.get(ethnic[0].entry, ())
            country = lexicon.actor_for(places[0].code.code).country if places else (homes[0] if len(homes) == 1 else None)
            if sector == "REF" and len(homes) == 1 and country != homes[0]:
                country = homes[0]     # "Rohingya refugees in Bangladesh": of their people's country, not the host's
            plural = _plural_role(doc, roles[-1])
            person = any(r.title.person for r in roles) and not plural
            if country:
                return Found(_start_with_determiner(doc, start), end, _country_actor(lexicon, country, sector),
                             "description", person=person, plural=plural, collective=not person and not plural,
                             sector=sector)
            return Found(_start_with_determiner(doc, start), end, Actor(sector, None, sector, None), "description",
                         person=person, plural=plural, collective=not person and not plural, needs_country=True,
                         sector=sector, homes=homes)
        person_role = any(r.title.person for r in roles) and not _plural_role(doc, roles[-1]) and not group_of
        if orgs:
            actor = lexicon.actor_for(orgs[0].code.code, entry(orgs[0]).canonical)
        elif places and places[0].kind == DEMONYM and start > 0 and doc[start - 1].lower_ == "ethnic":
            # "ethnic Albanian rebels" in Macedonia are Macedonia's: the country comes from the context; a
            # minority's own "forces" are armed men against that country's state ("ethnic Armenian forces" in
            # Karabakh are Azerbaijan's rebels, as fresh2, fresh3, fresh5 and fresh6 code them)
            sector = "REB" if sector in ("MIL", "COP") else sector
            return Found(start - 1, end, Actor(sector, None, sector, None), "description", plural=True,
                         needs_country=True, sector=sector)
        elif places:
            country = lexicon.actor_for(places[0].code.code).country
            between = _lower_words(doc, places[0].end, roles[0].start)
            if country and ("flagged" in between or "registered" in between):
                sector = None                     # "a British-flagged tanker": the flag state, not a business
            actor = _country_actor(lexicon, country, sector) if country else None
            if actor is None:
                return None
            head = span_root(doc, start, end).head
            if person_name is None and not person_role and _modifies_other_noun(doc, start, end) and \
                    head.pos_ == "NOUN" and doc[end - 1].tag_ == "NN" and head.dep_ in NOUN_PHRASE_DEPS and \
                    head.lemma_.lower() not in SETTLEMENT_NOUNS and head.lemma_.lower() not in ATTACK_HEADS:
                end = head.i + 1                              # "a Nigerian navy ship", "a Syrian army base"
                # (not "an Iranian missile attack": the deed is no actor, "the attack" after it no repeat of one)
        else:
            if roles[0].kind == AGENT and person_name is None and not (sector == "REL" and _plural_role(doc, roles[-1])) \
                    and not roles[-1].title.bare and not roles[0].title.bare and not _owned_by_pronoun(doc, start):
                # a bare Phoenix role noun: too vague (not one whose head is a bare role of ours before a title:
                # "the main opposition party")
                return None
            if roles[0].kind == AGENT and person_name is None and sector == "REL" and _plural_role(doc, roles[-1]):
                # "the Catholic bishops", "Muslim clerics": the clergy of the country in the context
                return Found(_start_with_determiner(doc, start), end, Actor(sector, None, sector, None), "description",
                             plural=True, needs_country=True, sector=sector)
            # bare when the first role or the head noun is ("rebel group"; "Jihadist fighters")
            bare = roles[0].title.bare or roles[-1].title.bare or person_name is None and _bare_by_use(doc, start, end)
            if person_name is None and not bare and not _owned_by_pronoun(doc, start):
                if start >= 2 and doc[start - 1].tag_ == "POS" and roles[0].kind == TITLE and \
                        not roles[-1].title.operation:
                    # "the junta's leader", "the rebels' spokesman": one person of the body before the
                    # possessive (coref.merge_possessors); dropped if no body owns it
                    # (a group too: "the country's leaders", "the rebels' commanders"; a body of a group:
                    # "the miners' union"; not a deed: "Iraq's invasion of Kuwait")
                    plural = not person_role and _plural_role(doc, roles[-1])
                    return Found(start, end, Actor(sector, None, sector, None), "description", person=person_role,
                                 plural=plural, collective=not person_role and not plural, needs_country=True,
                                 sector=sector, needs_owner=True)
                if roles[-1].kind == TITLE and start > 0 and doc[start - 1].lower_ == "the" and \
                        not _foreign(doc, start, end):
                    # "Zambia's finance minister ... The minister said": the same office holder again
                    return Found(start - 1, end, Actor(sector, None, sector, None), "description", person=person_role,
                                 plural=_plural_role(doc, roles[-1]),
                                 collective=not person_role and not _plural_role(doc, roles[-1]),
                                 needs_country=True, sector=sector, repeat_only=True)
                return None
            if person_name is None and _owned_by_pronoun(doc, start):
                if end < len(doc) and doc[end].lower_ in ("to", "of") and doc[end].pos_ == "ADP" and \
                        not roles[-1].title.person:
                    return None                                      # "his opposition to ...": a stance
                if _modifies_other_noun(doc, start, end) and doc[end - 1].lower_ in ADJECTIVE_TITLES:
                    return None                                      # "its national day": an adjective
                return Found(_owner_pronoun(doc, start), end, Actor(sector, None, sector, None), "description",
                             person=person_role, plural=_plural_role(doc, roles[-1]), sector=sector,
                             possessed=True)                         # "his government", "its fighters"
            if person_name is None and not bare:
                return None
            if person_name is None and _foreign(doc, start, end):
                return None                                          # "foreign troops": not the context's
            if person_name is None and _modifies_other_noun(doc, start, end) and doc[end - 1].lower_ in ADJECTIVE_TITLES:
                return None                                          # "an official complaint": an adjective
            if person_name is None and _modifies_other_noun(doc, start, end) and not _after_anti(doc, start) and \
                    not _after_pro(doc, start):
                head = span_root(doc, start, end).head
                if head.lemma_.lower() in DEED_NOUNS:
                    return None                                      # "any military intervention": a deed, no doer
                end = head.i + 1                                     # "army buildings", "police station"
            if person_name is None and person_role:
                end = _of_unknown_place(doc, start, end, lexicon)    # "the mayor of Iguala"
            actor = Actor(sector, None, sector, None)
        via = "title" if person_name else "description"
        if person_name:
            actor = Actor(actor.code, actor.country, actor.sector, person_name)
        found = Found(_start_with_determiner(doc, start) if not person_name else start, end, actor, via,
                      person=person_role, collective=not person_role and not _plural_role(doc, roles[-1]) and not group_of,
                      plural=_plural_role(doc, roles[-1]) or group_of, needs_country=not (orgs or places), sector=sector,
                      person_name=person_name, role_of_country=bool(places) and not orgs and group[0].kind in (COUNTRY, DEMONYM))
        if person_role and not person_name and actor.country and roles[-1].title.office and not orgs:
            holder = lexicon.holder(actor.country, roles[-1].title.office, date)
            if holder is not None:
                found.actor = lexicon.actor_for(holder.code, holder.name)
                found.person_name = holder.name
        if group_of and not person_name:
            inner = _compose_group(doc, [r for r in group if r.start > first_role.start], lexicon, date)
            if inner is not None:
                inner.start = min(inner.start, first_role.end + 1)   # from the word after "of"
                found.nested = [inner]                 # "the defeated candidate" keeps a mention of its own
        return found

    if orgs:
        org = orgs[0]
        actor = lexicon.actor_for(org.code.code, entry(org).canonical)
        if actor.sector == "GOV" and actor.country and entry(org).source == "phoenix" and \
                any(t.lower_ in LEGISLATURE_WORDS for t in doc[org.start:org.end]):
            # Phoenix files legislatures under the government: "the National People's Congress" is CHNLEG
            actor = _country_actor(lexicon, actor.country, "LEG")
        if places and (_possessive_after(doc, places[0]) or places[0].kind == DEMONYM) and \
                _generic_institution(doc, org) and \
                lexicon.actor_for(places[0].code.code).country not in (None, actor.country) and actor.sector:
            # "Peru's Congress": the possessor's institution, whatever country the bare word is filed under
            country = lexicon.actor_for(places[0].code.code).country
            return Found(start, end, _country_actor(lexicon, country, actor.sector), "description", collective=True,
                         sector=actor.sector)
        # "the Houthis ... they"; an international organisation ("the United Nations") is one body
        last = doc[end - 1]          # "the Houthis" (a Houthi) are plural, "Hamas" is not
        plural = actor.sector != "IGO" and (last.tag_ in ("NNPS", "NNS") or _plural_of_a_name(doc, org, lexicon))
        return Found(start, end, actor, "name", collective=not plural, plural=plural,
                     generic=not places and bool(actor.country) and bool(actor.sector) and _generic_institution(doc, org))

    place = places[0]
    code = place.code.code if place.kind in (CAPITAL, SEAT) else place.code.code[:3]   # a city is its country
    actor = lexicon.actor_for(code)
    if place.kind in PLACE_KINDS and used_as_place(doc, start, end) and \
            not (place.kind in (CAPITAL, SEAT) and _acts_in_relative_clause(doc, start, end)):
        # where something happens ("police in Lima") hints at whose police; a destination does not
        head = role_token(doc, start, end).head
        located = head.lower_ in LOCATED_PREPOSITIONS or \
            head.lower_ == "of" and is_settlement_noun(head.head)   # "the town of Goma", "the streets of Kiev"
        return Found(start, end, actor, "capital", hint=True) if located else None
    if start > 0 and doc[start - 1].lower_ == "ethnic" and place.kind == DEMONYM:
        return Found(start - 1, end, actor, "demonym", needs_country=True, sector=None, plural=True)
    people = people_after(doc, end) if place.kind in (DEMONYM, COUNTRY) and actor.code == actor.country and \
        not _after_pro(doc, start) else None
    if people is not None and not is_role_word(lexicon, doc[people[0]].text):
        # "Yemeni tribesmen", "Colombian coffee growers" ("pro-Russian separatists" are no Russians)
        noun, sector = people
        return Found(start, noun + 1, _country_actor(lexicon, actor.country, sector), "description", plural=True,
                     sector=sector, role_of_country=True)
    via = {DEMONYM: "demonym", CAPITAL: "capital", SEAT: "capital"}.get(place.kind, "name")
    if place.kind == SEAT:
        start = _start_with_determiner(doc, start)
    plural = place.kind == DEMONYM and doc[end - 1].tag_ in ("NNPS", "NNS") or doc[end - 1].lower_.endswith("ians")
    return Found(start, end, actor, via, collective=not plural, plural=plural, sector=actor.sector)


# a union or a newspaper is of its own sector whatever role word describes it ("public sector unions")
HEAD_NOUN_SECTORS = frozenset({"LAB", "MED"})


def _acts_in_relative_clause(doc: Doc, start: int, end: int) -> bool:
    """'arrived in Moscow, which granted them asylum': the capital is where, and then who acts."""
    root = span_root(doc, start, end)
    return any(child.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that")
                                             for g in child.children) for child in root.children)


def is_role_word(lexicon: Lexicon, word: str) -> bool:
    """A word the role dictionaries know ("separatists"): a segment of its own, never one of our people."""
    node = lexicon.trie.get(fold(word))
    return bool(node) and any(kind in ROLE_KINDS for _, kind, _ in node.get(END, ()))


LEGISLATURE_WORDS = frozenset({"congress", "parliament", "assembly", "duma", "senate", "majlis", "knesset",
                               "legislature", "bundestag", "diet"})
INSTITUTION_WORDS = frozenset("""congress senate parliament assembly national house representatives court supreme
constitutional high cabinet army navy police military council""".split())


def _generic_institution(doc: Doc, segment: Segment) -> bool:
    """'Congress', 'the Supreme Court': a common name that every country uses for its own body."""
    words = [word for word in _lower_words(doc, segment.start, segment.end) if word not in DETERMINERS]
    return bool(words) and all(word in INSTITUTION_WORDS for word in words)


FORMER = frozenset({"former", "ex", "ousted", "exiled", "late", "deposed", "then", "retired", "outgoing"})


# "interim Prime Minister X", "acting President X": part of the title as a reader marks it
INTERIM = frozenset({"interim", "acting", "caretaker", "transitional"})
FORMER_OR_INTERIM = FORMER | INTERIM


FOLLOWER_WORDS = frozenset({"supporters", "followers", "fighters", "loyalists", "members", "allies"})


# the roles a party name goes before: "Labour leader", "Republican candidate"
PARTY_ROLE_WORDS = frozenset({"leader", "candidate", "chairman", "chairwoman", "nominee"})
MAX_PARTY_WORDS = 3


def _party_name_start(doc: Doc, start: int) -> int:
    """The first word of a party's name just before a party role ("Liberal Democrat leader"): capitalised
    adjectives and names the parser reads as a group or organisation (not a country or person); `start`
    when there is none."""
    if doc[start].lower_ not in PARTY_ROLE_WORDS:
        return start
    first = start
    while first > 0 and start - first < MAX_PARTY_WORDS and doc[first - 1].text[:1].isupper() and \
            doc[first - 1].pos_ in ("ADJ", "PROPN") and doc[first - 1].ent_type_ in ("NORP", "ORG", "") and \
            doc[first - 1].lower_ not in FORMER:
        first -= 1
    # (a capital opening the sentence says nothing: "Veteran leader X" needs the parser's reading)
    named = any(t.ent_type_ in ("NORP", "ORG") for t in doc[first:start]) or \
        first < start and not doc[first].is_sent_start
    return first if named else start


# offices a country name before them always owns ("Hong Kong leader X"): unlike "Iraq envoy X", who is sent there
HEAD_OFFICES = frozenset("""leader king queen president premier chancellor emir sultan monarch chief executive
prime minister""".split())


def _names_the_office(doc: Doc, place: Segment, role: Segment) -> bool:
    """The country word before a title names the office's country: a demonym ("Senegalese Justice Minister"), a
    possessor ("Jordan's King Abdullah") or a country's name before a head of state or government's title."""
    if place.kind == DEMONYM or place.kind == COUNTRY and _possessive_after(doc, place):
        return True
    return place.kind in (COUNTRY, CITY) and place.end == role.start and doc[role.end - 1].lower_ in HEAD_OFFICES


def _in_office(doc: Doc, start: int, role: Segment) -> bool:
    """A title of our own (not a Phoenix role noun) with no 'former', 'ousted'... before it."""
    if role.kind not in (TITLE, AGENT) or role.title is None or not role.title.person:
        return False
    # (token by token: slicing the doc runs Python code in spaCy, as in _gap)
    return not any(t.lower_ in FORMER for t in map(doc.__getitem__, range(max(0, start - 2), role.end)))


# military ranks: a rank before a name says the person's trade, not the office the dictionary dates
RANK_WORDS = frozenset("""general colonel captain lieutenant major admiral commodore marshal sergeant brigadier
corporal""".split())
SETTLED_IN_OFFICE_DAYS = 30


def _rank_of_office_holder(doc: Doc, role: Segment, person: Segment, actor: Actor, date: Optional[dt.date]) -> bool:
    """A military rank before someone the dictionary has in office for a while (not on the day of a coup):
    the office decides the sector."""
    if doc[role.end - 1].lower_ not in RANK_WORDS or not actor.sector or not person.code.start:
        return False
    day = date or today()
    return person.code.valid_on(day) and (day - person.code.start).days >= SETTLED_IN_OFFICE_DAYS


# "foreign troops", "Western diplomats", "international monitors": a bare role of no country of the context
FOREIGN_MODIFIERS = frozenset({"foreign", "international", "western", "overseas", "multinational"})


def _foreign(doc: Doc, start: int, end: int) -> bool:
    # round 11: "pro-Western protesters" say what they want, not where they come from ("pro" glued or hyphenated)
    return any(t.lower_ in FOREIGN_MODIFIERS and t.dep_ in ("amod", "compound") and start <= t.head.i < end and
               not (t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "pro")
               for t in map(doc.__getitem__, range(max(0, start - 3), start)))   # (no Span: see _gap)


def _modifies_other_noun(doc: Doc, start: int, end: int) -> bool:
    root = span_root(doc, start, end)
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= end


OWNER_PRONOUNS = frozenset({"his", "her", "its", "my", "our", "your", "their", "whose"})


def _owner_pronoun(doc: Doc, start: int) -> int:
    """The possessive pronoun before a role, over its modifiers ("his main challenger"); else `start`."""
    tokens = doc_tokens(doc)
    cursor = start - 1
    while cursor >= 0 and start - cursor <= 3 and tokens[cursor].lower_ not in OWNER_PRONOUNS and \
            tokens[cursor].pos_ in ("ADJ", "NOUN", "NUM") and tokens[cursor].dep_ in ("amod", "compound", "nummod") and \
            start <= tokens[cursor].head.i and tokens[cursor].lower_ not in FORMER:
        cursor -= 1
    return cursor if cursor >= 0 and tokens[cursor].lower_ in OWNER_PRONOUNS else start


def _owned_by_pronoun(doc: Doc, start: int) -> bool:
    return _owner_pronoun(doc, start) < start


PLURAL_NOUNS = frozenset({"police", "people", "military", "authorities"})


def _plural_role(doc: Doc, role: Segment) -> bool:
    """'rebels', 'police', 'authorities': a group that 'they' can refer to."""
    last = doc[role.end - 1]
    return last.tag_ in ("NNS", "NNPS") or last.lower_ in PLURAL_NOUNS


def _country_actor(lexicon: Lexicon, country: str, sector: Optional[str]) -> Actor:
    return Actor(country + (sector or ""), country, sector, lexicon.country_names.get(country, country))


# person titles that are mostly adjectives before a noun ("an official visit", "official media")
ADJECTIVE_TITLES = frozenset({"official", "national", "civilian"})
# civilian nouns that only qualify the role after them
CIVILIAN_MODIFIERS = frozenset({"woman", "women", "civilian", "female", "male"})
# the roles of a noun phrase in its clause (not a verb misread as a noun: "demanded the government resign")
NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "dative", "npadvmod"})
# a verb misread as an adjective ("the emir dissolved parliament"): no part of the description
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VB", "MD"})
# "thousands of protesters", "tens of thousands of students", "dozens of soldiers": a crowd of the group
QUANTITY_WORDS = frozenset("""thousands hundreds dozens scores millions tens""".split())
# "one of his two deputies", "two of the attackers": people out of the group
SOME_OF_WORDS = frozenset("""one two three four five some several many most""".split())
# "a group of protesters", "a convoy of Russian troops": a part or a unit of the group, with its article
PART_WORDS = frozenset("""group groups handful crowd crowds band bands number convoy convoys contingent column
unit units team teams squad battalion battalions""".split())


CROWD_WORDS = QUANTITY_WORDS | PART_WORDS | SOME_OF_WORDS


def _counted(doc: Doc, start: int) -> bool:
    """Whether a number or a quantity phrase counts the group starting at `start` ("12 people",
    "thousands of people")."""
    if start >= 1 and doc[start - 1].like_num:
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in QUANTITY_WORDS


def _bare_by_use(doc: Doc, start: int, end: int) -> bool:
    """Role nouns that name an actor of the context only in some uses: people counted and acting ("Thousands of
    people marched"), machines of war acting ("Tanks surrounded the legislature")."""
    noun = doc[end - 1]
    if noun.lower_ in COUNTED_ROLES:
        return _counted(doc, start) and _acting_crowd(noun)
    return noun.lower_ in ACTING_MACHINES and _acting_crowd(noun)


def _acting_crowd(noun) -> bool:
    """Whether a group is the subject of its clause ("Thousands of people marched", "Tanks surrounded ..."), not
    victims counted ("killing 40 people", "15 people were killed"), whose country the killers' clause may hide,
    nor machines handed over ("supply Leopard tanks")."""
    if _acting_by_clause(noun):
        return True
    for _ in range(3):
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            break
        noun = noun.head.head                            # "Thousands of people": the quantity word
    return noun.dep_ == "nsubj" or noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in VICTIM_VERBS


def _acting_by_clause(noun) -> bool:
    """'thousands of people protesting in Minsk', 'people who marched on the palace': a counted group that a
    clause of its own makes the doer of something acts, whatever its place in the sentence (a present
    participle, or a relative clause whose subject it is; not "people arrested in raids")."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBG":
            return True
        if child.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in child.children):
            return True
    return False


CROWD_NOUNS = frozenset({"crowd", "crowds"})


def _quantity_after(doc: Doc, end: int, taken: set) -> int:
    """The end of the quantity that counts a crowd ("a crowd of tens of thousands", "crowds of about 5,000"),
    else `end`."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i != end - 1:
        return end
    counted = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if counted is None or not (counted.like_num or counted.lower_ in QUANTITY_WORDS):
        return end
    last = counted.right_edge.i
    return end if any(i in taken for i in range(end, last + 1)) else last + 1


def _quantity_before(doc: Doc, start: int, taken: set) -> int:
    """The start of a quantity phrase ("Tens of thousands of") before a plural group, else `start`."""
    # (any number out of the group too: "seven of their officers", "1,000 of his supporters")
    while start >= 2 and doc[start - 1].lower_ == "of" and \
            (doc[start - 2].lower_ in CROWD_WORDS or
             doc[start - 2].like_num and doc[start - 1].head.i == start - 2) and \
            (start - 2) not in taken and (start - 1) not in taken and \
            (doc[start - 1].head.i == start - 2 or doc[start].lower_ in QUANTITY_WORDS):   # "tens of thousands"
        start -= 2
        if doc[start].lower_ in PART_WORDS:
            while start > 0 and (start - 1) not in taken and doc[start - 1].head.i == start and \
                    doc[start - 1].dep_ in ("det", "amod", "nummod") and doc[start - 1].tag_ not in ("PRP$", "POS"):
                start -= 1                            # "a small group of", "the first convoy of"
            break
    return start


ORG_HEADS = frozenset({"group", "movement", "militia", "party", "faction", "organisation", "organization",
                       "fighters", "militants", "rebels", "forces", "government", "regime", "council"})


# deeds a bare role word may qualify ("a military offensive", "military assistance", "a police crackdown"): no actor
# is named (studied gold: 3 of 3 with no possessor; "Moscow's military operation" is Russia's, through "Moscow's")
DEED_NOUNS = frozenset({"intervention", "assistance", "aid", "operation", "action", "exercise", "drill", "cooperation",
                        "presence", "spending", "support", "campaign", "buildup", "build-up", "offensive", "crackdown",
                        "strike", "raid", "deployment", "service", "training", "equipment", "hardware",
                        # stances and kinds, no one's deed either: "decades of military neutrality"
                        "neutrality", "non-alignment", "nonalignment", "doctrine", "technical", "measure",
                        "capability", "option", "solution", "strategy", "budget", "expenditure", "technology"})


ATTACK_HEADS = frozenset({"attack", "strike", "barrage", "salvo", "launch", "test", "bombardment", "assault", "raid",
                          "offensive", "incursion"})


# prepositions of place the tagger may take for adjectives ("protested outside parliament"): never part of a mention
PLACE_WORDS_TAKEN_FOR_ADJECTIVES = frozenset({"outside", "inside", "near", "around", "across", "beyond"})


def polish_spans(doc: Doc, found: list[Found]) -> None:
    """Mention spans as a reader marks them: with 'the', a trailing possessive 's, and leading
    adjectives of a description ('Mutinous soldiers'), never overlapping another mention."""
    tokens = doc_tokens(doc)
    taken = set()
    for item in found:
        if not item.backer:                                # "U.S.-backed rebels" is read as one phrase
            taken.update(range(item.start, item.end))
    for item in found:
        if item.via == "pronoun" or item.hint:
            continue
        while item.end - item.start > 1 and tokens[item.end - 1].pos_ == "ADP" and tokens[item.end - 1].tag_ == "IN":
            item.end -= 1                                  # a Phoenix phrase ending in "in" ("embassy in")
        span = set(range(item.start, item.end))
        if item.via == "description":
            while item.start > 0 and (item.start - 1) not in taken and \
                    tokens[item.start - 1].dep_ in ("amod", "nummod", "compound", "advmod") and \
                    tokens[item.start - 1].tag_ not in FINITE_VERB_TAGS and \
                    tokens[item.start - 1].lower_ not in PLACE_WORDS_TAKEN_FOR_ADJECTIVES and \
                    item.start <= tokens[item.start - 1].head.i < item.end:
                item.start -= 1
                edge = tokens[item.start].left_edge.i            # "a 15-year-old schoolgirl": the whole modifier
                if edge < item.start and item.start - edge <= 4 and \
                        not any(i in taken for i in range(edge, item.start)):
                    item.start = edge
            item.start = _up_to_before(doc, item.start, taken)   # "up to 900 soldiers"
        elif item.via == "name" and not item.person and span_root(doc, item.start, item.end).tag_ in ("NNS", "NNPS"):
            # "the last U.S. troops", "hundreds of Chechen fighters": adjectives of a named group
            while item.start > 0 and (item.start - 1) not in taken and \
                    tokens[item.start - 1].dep_ in ("amod", "nummod") and tokens[item.start - 1].pos_ != "PROPN" and \
                    item.start <= tokens[item.start - 1].head.i < item.end:
                item.start -= 1
        if item.via == "description" and item.start >= 2 and tokens[item.start - 1].text == "-" and \
                tokens[item.start].lower_ in PARTICIPLES:
            backers = [f for f in found if f.end == item.start - 1 and not f.person]
            if backers:
                item.start = backers[0].start          # "Russian-backed separatists": one phrase
        before = tokens[item.start - 1] if item.start > 0 else None
        # (a sentence's first word "Acting" is tagged a verb: "Acting President X accused ...")
        if before is not None and (item.start - 1) not in taken and \
                (before.lower_ in FORMER_OR_INTERIM and (before.pos_ != "VERB" or before.is_sent_start) or
                 before.lower_ in ("ruling", "governing") and before.dep_ == "amod"):
            item.start -= 1                                # "Former Japanese Prime Minister Shinzo Abe"
        while item.via == "name" and item.person and item.start > 0 and (item.start - 1) not in taken and \
                tokens[item.start - 1].lower_ in HONORIFICS and tokens[item.start - 1].text[:1].isupper():
            item.start -= 1                                # "Ayatollah Ali Khamenei", "Sheikh Hasina"
        if item.via == "name":                             # (the root is read for names only)
            root = span_root(doc, item.start, item.end)
            if root.dep_ == "compound" and root.head.i == item.end and root.head.lower_ in ORG_HEADS and \
                    item.end not in taken:
                item.end += 1                              # "the Islamic State group"
        before = tokens[item.start - 1] if item.start > 0 else None
        word_before = before.lower_ if before is not None else None
        if word_before == "the" and (item.start - 1) not in taken and \
                (item.start <= before.head.i < item.end or item.via == "name"):
            item.start -= 1
        elif word_before in ("a", "an") and (item.start - 1) not in taken and \
                item.via in ("description", "title") and item.start <= before.head.i < item.end:
            item.start -= 1                                # "a senior Iraqi army officer"
        last = tokens[item.end - 1]
        if item.plural or last.tag_ in ("NNS", "NNPS"):
            item.start = _quantity_before(doc, item.start, taken)   # "thousands of protesters"
        if last.lower_ in CROWD_NOUNS:
            item.end = _quantity_after(doc, item.end, taken)         # "a crowd of tens of thousands"
        if item.end < len(doc) and tokens[item.end].tag_ == "POS" and item.end not in taken:
            item.end += 1
        for extra in item.extra:
            extra.start, extra.end = item.start, item.end
        taken.update(set(range(item.start, item.end)) - span)
    _span_coordinated_groups(doc, found)


def _up_to_before(doc: Doc, start: int, taken: set) -> int:
    """The start of "up to" before a counted group ("up to 900 soldiers"), which the parser often gives
    to the verb ("contribute up", "to" a preposition), else `start`."""
    tokens = doc_tokens(doc)
    if start > 0 and tokens[start].lower_ == "to" and tokens[start - 1].lower_ == "up" and (start - 1) not in taken:
        return start - 1
    if start > 1 and tokens[start].like_num and tokens[start - 1].lower_ == "to" and tokens[start - 2].lower_ == "up" and \
            (start - 1) not in taken and (start - 2) not in taken:
        return start - 2
    return start


def _span_coordinated_groups(doc: Doc, found: list[Found]) -> None:
    """'students and workers', 'Marines and Army Rangers': two groups of one actor joined by 'and' are one phrase
    to a reader; the first mention spans both (the second keeps its own)."""
    tokens = doc_tokens(doc)
    groups = {f.start: f for f in found if f.plural and not f.extra and not f.hint and f.via in ("description", "name")}
    for item in found:
        if not item.plural or item.extra or item.hint or item.via not in ("description", "name") or \
                item.end + 1 >= len(doc) or tokens[item.end].lower_ not in ("and", "or"):
            continue
        other = groups.get(item.end + 1)
        if other is None or other is item or other.actor.code != item.actor.code or \
                span_root(doc, other.start, other.end).head.i not in range(item.start, item.end) or \
                span_root(doc, other.start, other.end).dep_ != "conj":
            continue
        item.end = other.end
