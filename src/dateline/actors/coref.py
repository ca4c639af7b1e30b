"""Coreference inside one article: pronouns, descriptions and short names to their actors.

Deliberately simple and predictable: each rule looks back a few sentences for the nearest
compatible mention, preferring subjects ("Putin said Russia ... and that it ..." -> Russia).
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from itertools import compress
from typing import Optional

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..model import Actor
from ..nlp import doc_tokens, positions_among, proper_nouns, sentence_numbers, token_attributes, tokens_among, words_text
from .compose import PLURAL_GROUP_NAMES, SPEAKER_NOUNS, Found, covered_tokens, inside_mention, person_entity_offsets, span_root
from .context import (ADDRESSING_VERBS, COUNTED_ROLES, EMBASSY_WORDS, ENTOURAGE_NOUNS, ENVOY_GROUPS, ENVOY_TITLES,
                      INSTALLING_VERBS, MASS_BODIES, MONITOR_ROLES, REPEATED_TITLES, REPORTING_VERBS, SAME_HEADS,
                      judging_subject, person_gender, place_root, ranked_names_in_apposition, refugees_not_of_hosts,
                      reporting_group, reporting_subject, sentence_initial_surnames, story_legislature,
                      surname_without_article)
from .context import CONTEXT_WORDS, MEETING_VERBS, RELATION_NOUNS, WING_MODIFIERS, WING_NOUNS
from .lexicon import Lexicon, fold

MALE_FEMALE = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER = frozenset({"it", "its", "itself"})
THIRD_PERSON_PRONOUNS = PLURAL_PRONOUNS | NEUTER
PAIR_PEOPLE = frozenset({"leaders", "presidents", "men", "heads", "ministers", "premiers", "women", "statesmen"})
PAIR_COUNTRIES = frozenset({"countries", "nations", "neighbours", "neighbors", "states", "sides", "allies",
                            "governments", "capitals", "rivals", "powers"})
STATE_LEADERS = frozenset({"leaders", "presidents", "heads", "premiers"})
SINGLE_COUNTRY = frozenset({"country", "nation", "kingdom", "republic"})
OWN_PARTY_WORDS = frozenset({"party", "movement"})
GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia", "party", "faction",
                         "alliance", "coalition", "insurgents", "militants", "rebels"})
EACH_SIDE = {("each", "side"), ("either", "side"), ("the", "other"), ("both", "sides"), ("the", "two", "sides")}
LOOKBACK_SENTENCES = 3
FIGHTING_VERBS = frozenset(CONTEXT_WORDS["fighting_verbs"])   # round 19: "rebels fighting Kabila's government"
# a country after these prepositions is where or what something is about ("the crisis in Syria",
# "talks on Syria"), rarely one of "the two countries" that act
TOPIC_PREPOSITIONS = frozenset({"in", "on", "about", "over", "into", "across", "within", "inside", "near",
                                "around", "throughout", "regarding", "concerning"})


def is_topic(doc: Doc, item: Found) -> bool:
    root = span_root(doc, item.start, item.end)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in TOPIC_PREPOSITIONS:
        return False
    # "fired on a crowd", "cracked down on protesters": a group a verb acts on is its target, not a topic
    return not (item.actor.sector and item.actor.code != item.actor.country and root.head.lower_ == "on"
                and root.head.head.pos_ == "VERB")


def resolve_context(doc: Doc, found: list[Found], lexicon: Lexicon, dateline: Optional[str] = None) -> None:
    """Bare roles ('the army', 'police', 'the government') take the country of the context.

    Looked for in order: a country word earlier in the sentence (subjects first), later in the
    sentence, in the sentences before; places count ("police in Lima"); else the article's most
    mentioned country; in an article that names no country at all, the country of its towns and regions,
    else of its dateline.
    """
    tokens = doc_tokens(doc)
    sentence_of = sentence_numbers(doc)
    _localise_generic(doc, found, lexicon)
    forms = token_attributes(doc, LOWER)
    countries = Counter(f.actor.country for f in found if f.actor.country and not f.needs_country
                        and not _across_border(forms, f))
    home = dateline_country(dateline) if countries else None
    # the dateline's country, when the story names it, counts once more ("PORT-AU-PRINCE, Haiti - ... Biden
    # condemned the attack and said Washington stood ready to help": Haiti's police)
    leading = countries + Counter([home]) if home in countries else countries
    dominant = leading.most_common(1)[0][0] if countries else None
    context = _Context(doc, found, sentence_of, lexicon.monarchies)
    context.dateline = dateline
    places_read = bool(countries)
    running = Counter(countries)
    for item in found:
        if not item.needs_country:
            continue
        if item.sector == "GOV" and "any" in (doc[item.start].lower_, doc[max(item.start - 1, 0)].lower_):
            continue                                 # "would not recognise any government imposed by force": none yet
        if not places_read and not item.repeat_only:
            # no country is named at all ("Farmers tried to march to New Delhi"): the towns and regions
            # of the text tell where it happens (read once, and only for such articles)
            places_read, dominant = True, place_country(doc) or dateline_country(dateline) or party_country(doc)
        nearby = context.nearby(item)
        body = _body_served(doc, nearby, item) if item.person else None
        if body is not None:
            # "the chief negotiator of the Syrian opposition": one who serves a group or an organisation is its
            item.actor, item.antecedent, item.needs_country = body.actor, body, False
            continue
        source = _repeated_role(doc, nearby, item, sentence_of)
        if source is None and item.repeat_only:
            # round 19: "stormed the U.S. consulate ... the ambassador": an envoy of the embassy named before
            source = _embassy_of_envoy(doc, nearby, item)
            if source is None:
                continue                         # "the minister" with no minister before: no mention
        if item.sector == "REB" and any(t.lower_ in UNATTRIBUTED for t in doc[max(item.start - 2, 0):item.end]):
            continue                             # "Unknown attackers", "unidentified gunmen": nobody's
        if source is not None and (item.repeat_only or source.actor.country is None):
            # the same office holder or international body again ("The court" after the ICC)
            item.actor, item.antecedent, item.needs_country = source.actor, source, False
            item.person_name = item.person_name or source.person_name
            continue
        source = source or _embassy_of_envoy(doc, nearby, item) or _country_of_office(doc, nearby, item) or \
            _coordinated_partner(doc, nearby, item) or _included_in(doc, found, item) or \
            _controlled_object(doc, nearby, item) or \
            _context_country(doc, nearby, item, sentence_of, context)
        source = _town_of_the_sentence(item, source, sentence_of, context, lexicon) or source
        if source is not None and tokens[item.end - 1].lower_ in RULER_WORDS and not is_subject(doc, item):
            # "the generals", "the junta", "the regime" as what others act on: the rulers of the country the
            # story is about (the most named so far, roles included), not of the foreign minister who talks
            story = running.most_common(1)[0][0] if running else None
            if story and story != source.actor.country and running[story] > running[source.actor.country] and \
                    any(f.actor.country == story for f in nearby):
                source = next(f for f in reversed(nearby) if f.actor.country == story)
        if source is not None and tokens[item.end - 1].lower_ in RULED_BY_WORDS and item.sector == "GOV":
            source = _ruled_target(doc, nearby, item, source, sentence_of) or source
        if source is not None and source.actor.sector == "REB" and not source.hint and item.sector != "REB" and \
                not item.homes and context.struck_elsewhere(source.actor.country):
            # "Al-Shabaab gunmen stormed a university in Garissa, killing 147 students": the victims and the
            # police where an armed group strikes are of that place's country, not of the group's
            source = None
            country = context.story_place()
        else:
            country = source.actor.country if source else dominant
        if item.homes and country not in item.homes:
            country = item.homes[0]
        if country is None:
            continue
        sector = item.sector
        name = item.person_name or item.organisation or lexicon.country_names.get(country, country)
        item.actor = Actor(country + (sector or ""), country, sector, name)
        running[country] += 1
        if source is not None and not source.hint:
            item.antecedent = item.antecedent or source
        item.needs_country = False
    _namesakes_of_office(doc, found, context, lexicon)


def _namesakes_of_office(doc: Doc, found: list[Found], context: "_Context", lexicon: Lexicon) -> None:
    """'King Abdullah of Jordan': a dictionary person whose name is followed by "of" and another country holds
    that country's office (the dictionary's namesake is someone else)."""
    tokens = doc_tokens(doc)
    for item in found:
        if item.person and item.actor.country and item.end < len(doc) and tokens[item.end].lower_ == "of":
            office = _country_of_office(doc, context.nearby(item), item)
            if office is not None and office.actor.country not in (None, item.actor.country):
                item.actor = _country_level(lexicon, office.actor.country, item.actor.sector)


def _controlled_object(doc: Doc, nearby: list[Found], item: Found) -> Optional[Found]:
    """Round 11: 'Washington urged Nairobi to release the activists', 'the UN called on Myanmar to protect
    civilians': the people on whom the object of an object-control verb is to act are that object's, not the
    speaker's."""
    if item.sector not in OWN_PEOPLE_SECTORS or item.person:
        return None
    root = doc[item.end - 1]                           # (a description's head is its last word: no Span built)
    if root.dep_ != "dobj":
        return None
    verb, steps = root.head, 0
    while verb.dep_ == "xcomp" and verb.head.dep_ == "xcomp" and steps < 2:    # "to stop attacking protesters"
        verb, steps = verb.head, steps + 1
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    target = _one_to_act(verb.head)
    if target is None:
        return None
    return next((f for f in nearby if f.start <= target < f.end and f.actor.country and not f.hint and
                 not f.needs_country), None)


# the people a state acts on at home: its civilians, opponents, press, rebels, refugees
OWN_PEOPLE_SECTORS = frozenset({"CVL", "OPP", "MED", "REB", "REF", "LAB", "REL"})


def _town_of_the_sentence(item: Found, source: Optional[Found], sentence_of, context: _Context, lexicon):
    """'Gunmen killed 12 villagers in Zamfara. The United States condemned the attack', 'In Gao, residents said
    ...': a bare role whose sentence names no actor is of the country of a town or region of its sentence (the
    gazetteer, which knows the places no dictionary does), before a country of the sentences around it. State
    voices with an actor before them go on acting for it ("The Kenyan government ... Officials said"), and
    attackers after a named armed group stay the group (round 7): for them the sentence's town does not count."""
    here = sentence_of[item.start]
    if source is not None and (sentence_of[source.start] == here or item.sector in STATE_VOICES or
                               source.actor.sector == item.sector):
        return None
    place = context.sentence_place(here)
    if place is None or place[2] not in lexicon.country_names or \
            source is not None and source.actor.country == place[2]:
        return None
    start, end, country = place
    return Found(start, end, Actor(country, country, None, lexicon.country_names[country]), "name",
                 hint=True)


# sectors of bodies whose officials are theirs, not their country's government
SERVED_SECTORS = frozenset({"OPP", "REB", "IGO", "NGO"})


def _embassy_of_envoy(doc: Doc, nearby: list[Found], item: Found) -> Optional[Found]:
    """Round 14: 'the U.S. embassy in Beijing ... Ambassador James Sasser': an envoy with no country word is of
    the last embassy named before him (an ambassador serves abroad: the story's country is seldom his own)."""
    envoy = item.person and any(doc[i].lower_ in ENVOY_TITLES for i in range(item.start, item.end))
    # round 15: and diplomats as a group ("took 52 diplomats hostage")
    if not envoy and (item.sector != "GOV" or span_root(doc, item.start, item.end).lower_ not in ENVOY_GROUPS):
        return None
    return next((f for f in reversed(nearby) if f.end <= item.start and f.actor.country and not f.hint
                 and span_root(doc, f.start, f.end).lower_ in EMBASSY_WORDS), None)


def _country_of_office(doc: Doc, nearby: list[Found], item: Found) -> Optional[Found]:
    """Round 14: 'Foreign Minister Ahmed Ali of Sudan', 'Ambassador Jim Sasser of the United States': a titled
    person whose name is followed by "of" and a country holds that country's office, whatever the story's country."""
    of = item.end
    if not item.person or of + 1 >= len(doc) or doc[of].lower_ != "of" or not item.start <= doc[of].head.i < of:
        return None
    return next((f for f in nearby if of < f.start <= of + 2 and doc[f.end - 1].head.i == of and not f.hint
                 and f.actor.country and f.actor.code == f.actor.country and not f.backer), None)


def _body_served(doc: Doc, nearby: list[Found], item: Found) -> Optional[Found]:
    """'the chief negotiator of the Syrian opposition', 'a senior official of the Muslim Brotherhood': a person's
    role followed by "of" or "for" and a non-state group or an international organisation."""
    cursor = item.end
    if cursor + 1 >= len(doc) or doc[cursor].lower_ not in ("of", "for") or doc[cursor].head.i != item.end - 1:
        return None
    cursor += 1
    return next((f for f in nearby if f.start in (cursor, cursor + 1) and f.start >= cursor and not f.hint
                 and not f.person and (f.actor.sector in SERVED_SECTORS or f.actor.country is None)
                 and all(doc[i].lower_ == "the" for i in range(cursor, f.start))), None)


def _localise_generic(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """'rioters ransacked Congress' in a story about Brazil: a common institution name that a dictionary files
    under one country ("Congress" USA) is the body of the article's country when that country is the only
    one acting and the dictionary's country is named nowhere (a place of it does not count)."""
    generic = [f for f in found if f.generic and not f.needs_country]
    if not generic:
        return
    acting = {f.actor.country for f in found if f.actor.country and not f.generic and not f.hint
              and not f.needs_country} or \
        {f.actor.country for f in found if f.hint and f.actor.country}     # "stormed Congress in Lima"
    if len(acting) != 1:
        story_legislature(doc, found, generic, lexicon)        # "Congress" in a story about Colombia
        return
    country = next(iter(acting))
    for item in generic:
        if item.actor.country != country:
            item.actor = _country_level(lexicon, country, item.actor.sector)


def _coordinated_partner(doc: Doc, nearby: list[Found], item: Found) -> Optional[Found]:
    """'the 15 British sailors and marines': a bare role coordinated with a country's role shares its country."""
    root = span_root(doc, item.start, item.end)
    if root.dep_ != "conj" or root.head.i >= item.start:
        return None
    partners = [f for f in nearby if f.start <= root.head.i < f.end and f.role_of_country and f.actor.country
                and f.actor.sector and all(t.lower_ in ("and", "or", ",") for t in doc[f.end:item.start])]
    return partners[0] if partners else None


def _included_in(doc: Doc, found: list[Found], item: Found) -> Optional[Found]:
    """'killed 20 people, including nine children': the ones included are of the group they are part of (given
    its country just before, so looked for among all mentions, not the lenders)."""
    root = span_root(doc, item.start, item.end)
    if root.dep_ != "pobj" or root.head.lower_ != "including" or item.sector != "CVL":
        return None
    whole = root.head.head
    groups = [f for f in found if f.start <= whole.i < f.end and f.actor.country and f.actor.sector == item.sector
              and not f.needs_country]
    return groups[0] if groups else None


def place_country(doc: Doc, places: Optional[list] = None) -> Optional[str]:
    """The country of most of the text's towns and regions (the first named on a tie), from the gazetteer.
    A place one goes to or comes from ("The delegation flew to Moscow") counts only beside another
    place of the same country ("march to New Delhi ... the highway from Punjab")."""
    located, passing = [], []
    for start, end, country, _ in (places if places is not None else gazetteer_places(doc)):
        (passing if is_passing(doc, start, end) else located).append(country)
    countries = located or passing
    counts = Counter(countries)
    if not countries or not located and counts.most_common(1)[0][1] < 2:
        return None
    return max(counts, key=lambda c: (counts[c], -countries.index(c)))


# a place after these is where someone goes or comes from, not where the story happens
PASSING_PREPOSITIONS = frozenset({"to", "toward", "towards", "from", "for", "via"})


def dateline_country(dateline: Optional[str]) -> Optional[str]:
    """The country of the place a dateline names ("KABUL": AFG), read as the wire writes it (a bare dateline is
    the well-known city of that name)."""
    if not dateline:
        return None
    from ..places import Gazetteer
    place = Gazetteer().dateline_place(dateline)
    return place.country if place is not None else None


US_PARTY_WORDS = frozenset(CONTEXT_WORDS["us_party_words"])
US_PARTY_ROLES = frozenset(CONTEXT_WORDS["us_party_roles"])


def party_country(doc: Doc) -> Optional[str]:
    """Round 18: a text that names no country, town or dateline but the U.S. parties ("Republican senators blocked
    the bill", "Senate Democrats") is American; "Democratic" only before a U.S. office ("Democratic lawmakers")."""
    for position in positions_among(doc, US_PARTY_WORDS, ORTH):
        if doc[position].text != "Democratic" or \
                position + 1 < len(doc) and doc[position + 1].lower_ in US_PARTY_ROLES:
            return "USA"
    return None


def gazetteer_places(doc: Doc) -> list:
    """The text's towns and regions that the gazetteer gives a country: (start, end, country, feature), in text
    order (one pass of the gazetteer over the article)."""
    from ..places import Gazetteer
    return [(start, end, record.country, record.feature)
            for start, end, record in Gazetteer().find_place_tokens(doc) if record.country]


def is_passing(doc: Doc, start: int, end: int) -> bool:
    """'flew to Moscow', 'fled from Aleppo': the place doc[start:end] is one goes to or comes from."""
    return span_root(doc, start, end).head.lower_ in PASSING_PREPOSITIONS


# an answer of `_Context` not read yet (not the context itself: a context that held itself would be freed only by
# the cycle collector, with the mentions it holds, and such garbage made most of its collections' work)
_UNREAD = object()


class _Context:
    """The mentions a bare role may take its country (or its body) from, found by sentence.

    They are the mentions that needed no country when resolution began: a role given one here lends
    it to no other role, so the set stays the same while roles are resolved. Every choice reads only
    the role's sentence and the few before it; two choices ask about the whole article (is a kingdom
    named anywhere, is any actor that is not a place or topic named anywhere), and their answers are
    kept. Long articles then cost a window per role, not a scan of every mention."""

    def __init__(self, doc: Doc, found: list[Found], sentence_of, monarchies: frozenset):
        self.doc, self.sentence_of, self.monarchies = doc, sentence_of, monarchies
        self.found = found
        self._topics: dict[tuple[int, int], bool] = {}    # each mention read once, not once per bare role
        self.lenders = [f for f in found if not f.needs_country and not f.backer and
                        (f.actor.country or f.actor.sector == "IGO") and not (f.hint and _whereabouts(doc, f))]
        self.by_sentence: dict[int, list[int]] = {}
        for number, f in enumerate(self.lenders):
            self.by_sentence.setdefault(sentence_of[f.start], []).append(number)
        self._answers: dict[tuple, bool] = {}
        self._place: object = _UNREAD                      # the gazetteer's country of the story
        self._places: Optional[list] = None                # the gazetteer's towns and regions: not read yet
        self._named: Optional[set] = None                  # the tokens of the mentions: not read yet
        self.dateline: Optional[str] = None                # the dateline the cleaner cut, if any
        self._home: object = _UNREAD                       # the dateline's country

    def dateline_home(self) -> Optional[str]:
        """Round 21: the country of the article's dateline, cut by the cleaner or still opening the text
        ("KHARTOUM, Sudan (Reuters) -"): where the reporter is, which the story is about (read once, when asked)."""
        if self._home is _UNREAD:
            self._home = dateline_country(self.dateline) if self.dateline else self._opening_country()
        return self._home

    def _opening_country(self) -> Optional[str]:
        end = self.dateline_end()
        if not end:
            return None
        opening = next((f for f in self.found if f.end <= end and f.actor.country), None)
        if opening is not None:
            return opening.actor.country
        # "BUENOS AIRES (AP) —": a town that is no mention of its own, read as the cleaner reads a dateline
        town = next(t.i for t in self.doc[:end + 1] if t.text == "," or t.i == end)
        return dateline_country(self.doc[:town].text)

    def dateline_end(self) -> int:
        """The token after a dateline that still opens the text ("ANKARA, Turkey (AP) —": the dash), else 0."""
        head = doc_tokens(self.doc)[:10]
        if not head or not head[0].text.isupper() or not head[0].is_alpha or len(head[0].text) < 3:
            return 0
        return next((t.i for t in head if t.text in DATELINE_DASHES), 0)

    def places(self) -> list:
        """The gazetteer's towns and regions of the text (read once, and only when a rule asks)."""
        if self._places is None:
            self._places = gazetteer_places(self.doc)
        return self._places

    def story_place(self) -> Optional[str]:
        """The country of most of the text's towns and regions (the gazetteer, read once and only when asked)."""
        if self._place is _UNREAD:
            self._place = place_country(self.doc, self.places())
        return self._place

    def sentence_place(self, sentence: int) -> Optional[tuple]:
        """The first town or region of a sentence where something happens (not one gone to or come from) that
        no dictionary knows: (start, end, country), else None. A country, a capital or a town that the
        dictionaries name is a mention already, which the rules of the context have read."""
        for start, end, country, feature in self.places():
            if self.sentence_of[start] != sentence or feature == "country" or is_passing(self.doc, start, end):
                continue
            if self._named is None:                        # (the mentions' words, read once per article)
                self._named = covered_tokens(self.found)
            if not any(i in self._named for i in range(start, end)):
                return start, end, country
        return None

    def struck_elsewhere(self, group_country: str) -> bool:
        """Whether the story happens in a country other than an armed group's, and no actor of the group's
        country other than armed groups is named ('Nigeria's army said ...' keeps Nigeria's people)."""
        if any(f.actor.country == group_country and f.actor.sector != "REB" and not f.hint for f in self.lenders):
            return False
        where = self.story_place()
        return where is not None and where != group_country

    def nearby(self, item: Found) -> list[Found]:
        """Lenders from LOOKBACK_SENTENCES sentences before the role's to its own, in article order."""
        here = self.sentence_of[item.start]
        numbers = [n for s in range(here - LOOKBACK_SENTENCES, here + 1) for n in self.by_sentence.get(s, ())]
        return [self.lenders[n] for n in sorted(numbers)]

    def any_kingdom(self, homes: tuple) -> bool:
        return self._ask(("kingdom", homes), lambda f: (not homes or f.actor.country in homes)
                         and f.actor.country in self.monarchies)

    def any_actor(self, homes: tuple, kingdoms_only: bool) -> bool:
        """Whether a lender with a country that is neither a place nor a topic is named anywhere."""
        return self._ask(("actor", homes, kingdoms_only), lambda f: bool(f.actor.country)
                         and (not homes or f.actor.country in homes)
                         and (not kingdoms_only or f.actor.country in self.monarchies)
                         and not f.hint and not self.topical(f))

    def _ask(self, key: tuple, test) -> bool:
        if key not in self._answers:
            self._answers[key] = any(test(f) for f in self.lenders)
        return self._answers[key]

    def topical(self, f: Found) -> bool:
        key = (f.start, f.end)
        if key not in self._topics:
            self._topics[key] = is_topic(self.doc, f)
        return self._topics[key]


def _repeated_role(doc: Doc, found: list[Found], item: Found, sentence_of: list[int]) -> Optional[Found]:
    """'The Colombian foreign ministry summoned Venezuela's envoy. The ministry said ...': a bare role whose
    head noun repeats the head of a mention in the sentences before is that body again, unless an actor
    comes before it in its own sentence ("German officials said police ...")."""
    here = sentence_of[item.start]
    before = [f for f in found if f is not item and f.end <= item.start and
              (f.actor.country or f.actor.sector == "IGO" and not f.extra) and
              not f.needs_country and not f.hint and not f.backer and here - sentence_of[f.start] <= LOOKBACK_SENTENCES]
    if not before:
        return None
    head = span_root(doc, item.start, item.end).lemma_.lower()
    heads = SAME_ROLE.get(head, frozenset({head}))
    same = [f for f in before if span_root(doc, f.start, f.end).lemma_.lower() in heads]
    # the same words again ("the morality police in Tehran ... sanctions on the morality police") are that body,
    # whoever acts in the sentence
    words = _described_words(doc, item.start, item.end)
    exact = [f for f in same if len(words) > 1 and _described_words(doc, f.start, f.end)[:len(words)] == words]
    if exact:
        return exact[-1]
    # an international body named before stays itself whoever acts beside it ("Russia does not recognize the
    # court's jurisdiction" after "the International Criminal Court")
    if any(sentence_of[f.start] == here for f in before) and not (same and same[-1].actor.sector == "IGO"):
        return None
    return same[-1] if same else None


def _described_words(doc: Doc, start: int, end: int) -> list[str]:
    return [t.lower_ for t in doc[start:end] if t.dep_ not in ("det", "poss", "case")]


# "Police ... the officers", "soldiers ... the troops": another word for the body named before
SAME_ROLE = {"officer": frozenset({"officer", "police", "policeman", "policemen", "policewoman"}),
             "policeman": frozenset({"policeman", "police", "officer"})}
MONARCH_WORDS = frozenset({"king", "queen", "emir", "sultan", "monarch", "prince", "kings", "emirs", "royals"})


def _context_country(doc: Doc, found: list[Found], item: Found, sentence_of: list[int],
                     context: _Context) -> Optional[Found]:
    """The mention whose country a bare role takes; `found` may be only the mentions near the role,
    `context` answers for the whole article."""
    here = sentence_of[item.start]
    monarchies, topical = context.monarchies, context.topical
    forms = token_attributes(doc, LOWER)

    usable = [f for f in found if f is not item and f.actor.country and not f.needs_country and not f.backer
              and not _seat_abroad(doc, f) and not _across_border(forms, f)]
    if item.sector == "COP" or item.sector == "CVL" and is_subject(doc, item):
        # "protesters attacked the French embassy before being dispersed by security forces": a foreign mission
        # is where it happens, its country lends no police or crowds (the people killed outside it are its
        # country's, as gold codes "killing 41 people" outside the Indian embassy in Kabul)
        usable = [f for f in usable if span_root(doc, f.start, f.end).lemma_.lower() not in FOREIGN_MISSION_NOUNS
                  and not _owns_a_mission(doc, f)]
    if item.end + 1 < len(doc) and doc[item.end].lower_ == "in" and met_or_talked_with(doc, item):
        usable = [f for f in usable if f.start != item.end + 1]     # "exiled leaders in London": a refuge
    if item.homes:                                    # "Kurdish militants": a country where Kurds live
        usable = [f for f in usable if f.actor.country in item.homes]
    if item.sector == "REF":                          # "Germany would accept the refugees": not German
        usable = refugees_not_of_hosts(doc, usable, item)
    if item.sector == "REB":
        usable = _not_of_their_foes(doc, usable, item, sentence_of)
    kingdoms_only = bool(monarchies) and doc[item.end - 1].lower_ in MONARCH_WORDS and context.any_kingdom(item.homes)
    if kingdoms_only:
        # "the emir", "the king": a monarch is of a kingdom among the countries around, if one is named
        usable = [f for f in usable if f.actor.country in monarchies]
    sanctioned = _sanctioned_abroad(doc, usable, item, sentence_of) or _people_from(doc, usable, item)
    if sanctioned is not None:
        return sanctioned
    if item.sector in ("REB", "CVL", "REF"):
        usable = _without_armies_abroad(doc, usable, item)
        # rebels fight in their own country, civilians live where it happens: where the fighting is
        # ("bombing in Syria") before the foreign actors that talk about it;
        # a place in the role's own clause first ("as rebels held much of Monrovia")
        verb = _clause_verb(span_root(doc, item.start, item.end))
        # "peace talks with separatist rebels collapsed in Tokyo": where one talks with them is not where they are
        talked_with = _partner_of_a_noun(doc, item) or met_or_talked_with(doc, item)
        own = [f for f in usable if verb is not None and sentence_of[f.start] == here and
               not (talked_with and f.via == "capital") and
               (f.hint or f.via == "capital" or f.actor.code == f.actor.country) and f.start >= item.end
               and _own_place(place_root(span_root(doc, f.start, f.end)), verb)]   # (or "of the Eritrean capital")
        # "Al-Shabaab gunmen stormed a mall in Nairobi ... the attackers": bare attackers are the group named
        # before them, not of the place they strike (unless a country is named as where they are)
        group = _armed_group_before(usable, item, sentence_of) if item.sector == "REB" and not item.homes else None
        ally = _helped_against(doc, usable, item) or _fought_state(doc, usable, item) or \
            _claimant(doc, usable, item, sentence_of) if item.sector == "REB" else None
        if ally is not None:
            return ally
        if own and group is None:
            return own[0]
        # a country named as where it happens; a city is only where a meeting is ("talks in Geneva")
        located = [f for f in usable if sentence_of[f.start] == here and not f.hint and topical(f)
                   and f.actor.code == f.actor.country
                   and span_root(doc, f.start, f.end).head.lower_ in
                   ("in", "inside", "across", "throughout", "into", "over")
                   and not _reported_by(span_root(doc, f.start, f.end), verb)]
        if not located and item.sector == "CVL":
            located = _towns_of_a_people(doc, usable, here, sentence_of)
        if located:
            return located[0]
        victims_of = _victims_of_foreign_force(doc, usable, item, sentence_of, context)
        if victims_of is not None:
            return victims_of
        if group is not None:
            return group
    if item.sector == "MED":
        # "Protests spread across Iran, and state television said ...": the country where it happens, not the one
        # that reacted in the sentence before
        located = [f for f in usable if sentence_of[f.start] == here and f.end <= item.start
                   and _country_where(doc, f, topical)]
        if located:
            return located[-1]
    foreign = _acted_on_by_foreign(doc, usable, item, sentence_of) if item.sector in ("MIL", "GOV") else None
    if foreign is not None:
        return foreign
    with_places = usable
    if context.any_actor(item.homes, kingdoms_only):   # places ("in Lima") only after actors
        usable = [f for f in usable if not topical(f) and not f.hint] + [f for f in usable if f.hint]
    before = [f for f in usable if f.end <= item.start and sentence_of[f.start] == here]
    # where someone went ("defected to Malta rather than bomb demonstrators") is not whose people they are
    before = [f for f in before if not _destination(doc, f)] or \
        ([] if any(f.start >= item.end and sentence_of[f.start] == here for f in usable) else before)
    subjects = [f for f in before if is_subject(doc, f)]
    if subjects:
        return subjects[-1]
    if before:
        # the last actor named before; a place ("in Jakarta") only when no actor is
        return ([f for f in before if not f.hint] or before)[-1]
    after = [f for f in usable if f.start >= item.end and sentence_of[f.start] == here]
    earlier = [f for f in usable if f.end <= item.start and 0 < here - sentence_of[f.start] <= LOOKBACK_SENTENCES]
    if earlier and not is_subject(doc, item):
        # "called on the military to respect the will of the people, and Britain said ...": the subject of a
        # clause of its own after the role is not whose role it is
        verb = _clause_verb(span_root(doc, item.start, item.end))
        if verb is not None:
            others = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
            after = [f for f in after if not (is_subject(doc, f) and span_root(doc, f.start, f.end).i in others)]
    if after and earlier and is_subject(doc, item) and not any(f.hint for f in after):
        # "The junta accused Paris of meddling": what a subject acts on is rarely its own country; the
        # subject of the sentence before is who goes on acting
        last = [f for f in earlier if sentence_of[f.start] == sentence_of[earlier[-1].start]]
        subjects = [f for f in last if is_subject(doc, f)]
        chosen = (_main_state_subjects(doc, subjects, item) or _main_subjects(doc, subjects, context) or subjects
                  or last)[-1]
        if item.sector in ("CVL", "REB"):
            # "The United States imposed sanctions ... Protests spread across Iran ... Protesters chanted slogans
            # against Khamenei": the country where the story moved since, not the onlooker acting before
            moved = [f for f in with_places if sentence_of[earlier[-1].start] < sentence_of[f.start] < here
                     and _country_where(doc, f, topical)]
            if moved:
                return moved[-1]
        return _dateline_over_onlookers(doc, item, chosen, context) or chosen
    if after:
        return after[0]
    if not earlier:
        return None
    # the subject of the sentence before goes on acting ("The Kenyan government deployed police to the border
    # with Somalia. Officials said ..."); else the last actor named
    # (people of the state only: civilians and police are of the place named last)
    if item.sector not in STATE_VOICES:
        # the last actor named, a partner or target after "with", "against"... only when no other is
        # ("... its alliance with Washington. Police have killed 3,000 suspects": Manila's police)
        chosen = ([f for f in earlier if not _partner(doc, f)] or earlier)[-1]
        # ("The United States imposed sanctions on the morality police. State media said 17 people had been
        # killed": Iran's media and people, not the onlooker's)
        last = [f for f in earlier if sentence_of[f.start] == sentence_of[chosen.start] and not f.hint]
        subjects = [f for f in last if is_subject(doc, f)]
        if any(f is chosen for f in subjects):
            chosen = _story_over_onlookers(item, chosen, subjects, context) or chosen
        return _dateline_over_onlookers(doc, item, chosen, context) or chosen
    last = [f for f in earlier if sentence_of[f.start] == sentence_of[earlier[-1].start] and not f.hint]
    subjects = [f for f in last if is_subject(doc, f)]
    if not subjects:
        return _dateline_over_onlookers(doc, item, earlier[-1], context) or earlier[-1]
    main = _main_subjects(doc, subjects, context)
    chosen = (_main_state_subjects(doc, subjects, item) or main or subjects)[-1]
    if item.sector == "MIL" and _own_forces_named(doc, chosen, sentence_of):
        return chosen       # "Iran said its air defences had intercepted ... Two soldiers were killed, the army
        # said": the body that country just named, no onlooker's
    chosen = _story_over_onlookers(item, chosen, main or subjects, context) or chosen
    return _dateline_over_onlookers(doc, item, chosen, context) or chosen


WHERE_PREPOSITIONS = frozenset({"in", "inside", "across", "throughout"})


def _country_where(doc: Doc, item: Found, topical) -> bool:
    """A country named as where things happen ("spread across Iran", "in Iran"), not as a party."""
    return not item.hint and topical(item) and item.actor.code == item.actor.country and \
        span_root(doc, item.start, item.end).head.lower_ in WHERE_PREPOSITIONS


OWN_FORCE_WORDS = frozenset({"forces", "army", "military", "troops", "soldiers", "defences", "defenses"})


def _own_forces_named(doc: Doc, speaker: Found, sentence_of: list[int]) -> bool:
    """Whether the subject's clause names its own forces ("Iran said its air defences had intercepted ...")."""
    verb = span_root(doc, speaker.start, speaker.end).head
    return any(t.lower_ in ("its", "their") and t.dep_ == "poss" and t.head.lower_ in OWN_FORCE_WORDS
               for t in verb.subtree if sentence_of[t.i] == sentence_of[speaker.start])


TOWN_NOUNS = frozenset({"town", "towns", "village", "villages", "city", "cities", "communities", "kibbutz",
                        "kibbutzim", "settlements"})


def _towns_of_a_people(doc: Doc, usable: list[Found], here: int, sentence_of: list[int]) -> list[Found]:
    """"Hamas gunmen burst into Israeli towns, killing hundreds of people": the people of the towns gone into."""
    found = []
    for f in usable:
        root = span_root(doc, f.start, f.end)
        if sentence_of[f.start] == here and f.via == "demonym" and root.dep_ == "amod" and \
                root.head.lower_ in TOWN_NOUNS and root.head.dep_ == "pobj" and \
                root.head.head.lower_ in ("in", "into", "inside", "across"):
            found.append(f)
    return found


def _claimant(doc: Doc, usable: list[Found], item: Found, sentence_of: list[int]) -> Optional[Found]:
    """"Islamist gunmen stormed a mall ... in an attack claimed by Somalia's al-Shabaab militants": the armed group
    that claimed the deed is the gunmen's."""
    here = sentence_of[item.start]
    for f in usable:
        root = span_root(doc, f.start, f.end)
        if sentence_of[f.start] == here and f.actor.sector == "REB" and root.dep_ == "pobj" and \
                root.head.lower_ == "by" and root.head.head.lemma_.lower() == "claim":
            return f
    return None


LED_BODIES = frozenset({"coalition", "alliance"})


def _led_coalition_before(doc: Doc, found: list[Found], item: Found, sentence_of: list[int]) -> Optional[Found]:
    """"An air strike by the Saudi-led coalition ... The coalition said": the coalition led by a country, named
    before, again."""
    head = doc[item.end - 1].lower_
    if head not in LED_BODIES:
        return None
    here = sentence_of[item.start]
    led = [f for f in found if f is not item and f.end <= item.start and f.actor.country and not f.needs_country
           and doc[f.end - 1].lower_ == head and "-led" in doc[f.start:f.end].text
           and here - sentence_of[f.start] <= LOOKBACK_SENTENCES]
    return led[-1] if led else None


def _people_from(doc: Doc, usable: list[Found], item: Found) -> Optional[Found]:
    """'the abduction of children from Ukraine', 'refugees from Syria': people from a country named beside them."""
    if item.sector not in ("CVL", "REF"):
        return None
    root = span_root(doc, item.start, item.end)
    return next((f for f in usable if f.actor.code == f.actor.country and f.start >= item.end and
                 span_root(doc, f.start, f.end).head.lower_ == "from" and
                 span_root(doc, f.start, f.end).head.head.i == root.i), None)


PENALTY_NOUNS = frozenset({"sanction", "sanctions", "embargo", "penalty", "penalties", "ban", "restrictions"})


def _sanctioned_abroad(doc: Doc, usable: list[Found], item: Found, sentence_of: list[int]) -> Optional[Found]:
    """'The U.S. Treasury imposed sanctions on 11 companies over Iran's missile program': the firms and people a
    state sanctions are another country's: one named in the sentence, else the last named before."""
    root = span_root(doc, item.start, item.end)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head                  # "sanctions on the morality police and senior security officials"
    if root.dep_ != "pobj" or root.head.lower_ not in ("on", "against") or root.head.head.lower_ not in PENALTY_NOUNS:
        return None
    here = sentence_of[item.start]
    sanctioners = {f.actor.country for f in usable if sentence_of[f.start] == here and is_subject(doc, f)}
    others = [f for f in usable if f.actor.country not in sanctioners and not f.hint and
              0 <= here - sentence_of[f.start] <= LOOKBACK_SENTENCES]
    same = [f for f in others if sentence_of[f.start] == here]
    before = [f for f in others if f.end <= item.start]
    return same[0] if same else before[-1] if before else None


def _dateline_over_onlookers(doc: Doc, item: Found, chosen: Found, context: _Context) -> Optional[Found]:
    """Round 21: a bare role in a sentence that names no actor, after sentences where other countries react
    ("KHARTOUM, Sudan (Reuters) - ... Washington said the plant made chemical weapons. Information Minister Ghazi
    Salah al-Din said ...", "KABUL, Afghanistan (AP) - ... Pakistan said it would keep its border open. Residents
    said ..."), is of the dateline's country when that country is an actor of the story named before it."""
    home = context.dateline_home() if chosen.actor.country else None
    if home is None or home == chosen.actor.country:
        return None
    opening = context.dateline_end()
    # (a country only gone to is no actor of the story: "COX'S BAZAR, Bangladesh — Rohingya fled into Bangladesh
    # after Myanmar's army launched a crackdown. Refugees said soldiers had burned villages": Myanmar's soldiers)
    # (nor a place where something happened: "China summoned the U.S. ambassador to protest after Trump signed
    # legislation supporting protesters in Hong Kong")
    named = [f for f in context.lenders if f.end <= item.start and f.actor.country == home and not f.hint
             and f.start >= opening and not _gone_to(doc, f) and not context.topical(f)
             and (item.sector not in STATE_VOICES or f.actor.sector in STATE_BODIES)]
    # (a crowd of the dateline's country lends no state voice: "... protesters in Hong Kong. Vice Foreign Minister
    # Le Yucheng urged Washington": Beijing's)
    return named[-1] if named else None


def _gone_to(doc: Doc, item: Found) -> bool:
    root = span_root(doc, item.start, item.end)
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "into", "toward", "towards")


def _story_over_onlookers(item: Found, chosen: Found, subjects: list[Found], context: _Context) -> Optional[Found]:
    """'Two car bombs killed 100 people in Mogadishu, Somalia's president said ... Turkey and Qatar sent planes
    carrying medical supplies. The government vowed to ...': a state body in a sentence that names no country,
    after a sentence whose doers are only other countries or bodies of states reacting, is of the country the story
    is about (named most before it), not of the onlookers."""
    if any(f.actor.sector not in (None, "IGO") for f in subjects):
        return None                     # a state's own body acted last ("The Kenyan government deployed ...")
    said_at = context.sentence_of[subjects[0].start]
    earlier_codes = {f.actor.country or f.actor.code for f in context.lenders if context.sentence_of[f.start] < said_at
                     and not f.hint and not context.topical(f)}   # (a place is no doer: "speaking in New York")
    if not earlier_codes or any((f.actor.country or f.actor.code) in earlier_codes for f in subjects):
        return None                     # onlookers come in late: the lead's doers, or a doer named before, are the story's
    before = [f for f in context.lenders if f.end <= item.start and not f.hint and f.actor.country]
    counts = Counter(f.actor.country for f in before)
    if not counts:
        return None
    # (a tie goes to the country named first: the lead's)
    first = {}
    for position, f in enumerate(before):
        first.setdefault(f.actor.country, position)
    story = max(counts, key=lambda country: (counts[country], -first[country]))
    if story == chosen.actor.country or any(f.actor.country == story for f in subjects):
        return None
    return next(f for f in reversed(before) if f.actor.country == story)


def _main_subjects(doc: Doc, subjects: list[Found], context: _Context) -> list[Found]:
    """The subjects of their sentence's main verb, not of a clause it hangs on ("Iran denied supplying drones, after
    Kyiv said Russian forces had attacked ... A foreign ministry spokesman ...": Iran's); people who only suffer or
    flee ("Rohingya Muslims fled into Bangladesh after Myanmar's army launched a crackdown") lend no state body, nor
    does a dateline still opening the text, which the parser may take for the subject ("COX'S BAZAR, Bangladesh —")."""
    opening = context.dateline_end()
    return [f for f in subjects if f.actor.sector not in ("CVL", "REF") and _main_clause_subject(doc, f)
            and f.end > opening]


DATELINE_DASHES = frozenset({"—", "–", "-", "--", "("})


def _main_state_subjects(doc: Doc, subjects: list[Found], item: Found) -> list[Found]:
    """Round 15: for a state voice, the state subjects of their sentence's main verb, not the subjects of a clause
    it reports or hangs on ("Iraqi officials said American missiles struck Baghdad. A government spokesman ...":
    Iraq's; "Indonesian troops landed in Dili days after Fretilin declared independence. Foreign Minister Adam
    Malik ...": Indonesia's)."""
    if item.sector not in STATE_VOICES:
        return []
    return [f for f in subjects if f.actor.sector in STATE_VOICES and _main_clause_subject(doc, f)]


BORDER_IDS = frozenset(map(get_string_id, ("border", "frontier", "boundary", "borders", "frontiers")))
WITH_ID = get_string_id("with")


def _across_border(forms: list[int], place: Found) -> bool:
    """Round 11: 'near the border with Chad in Cameroon's Far North region': the country a border is "with" is
    the other side, not where the people of the story are (`forms`: the doc's lower-case forms, no Token read)."""
    return place.start >= 2 and forms[place.start - 1] == WITH_ID and forms[place.start - 2] in BORDER_IDS


BASED_VERBS = frozenset({"base", "headquarter", "exile"})
STAY_VERBS = frozenset(CONTEXT_WORDS["stay_verbs"])
EXILE_WORDS = frozenset(CONTEXT_WORDS["exile_words"])


FOREIGN_MISSION_NOUNS = frozenset({"embassy", "consulate", "ambassador", "envoy", "diplomat", "mission"})


def _owns_a_mission(doc: Doc, item: Found) -> bool:
    """"the embassies of Rwanda, France and Belgium", "Rwanda's embassy": the country a mission belongs to."""
    root = span_root(doc, item.start, item.end)
    for _ in range(6):
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in FOREIGN_MISSION_NOUNS
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in FOREIGN_MISSION_NOUNS


def _seat_abroad(doc: Doc, place: Found) -> bool:
    """'The rebels' provisional junta, based in Costa Rica': where a body is based (a participle of its own) is
    not whose it is."""
    if place.actor.sector and place.via != "capital":
        return False
    root = span_root(doc, place.start, place.end)
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    # round 17: where one trained, studied or hid ("the gunman had trained in Libya") is a stay, in any clause
    return root.head.head.lemma_.lower() in STAY_VERBS or \
        root.head.head.lemma_.lower() in BASED_VERBS and root.head.head.dep_ in ("acl", "relcl", "amod", "advcl")


def met_or_talked_with(doc: Doc, item: Found) -> bool:
    """Round 17: the role is whom one meets or talks with ("met rebel leaders in Havana", "held talks with rebel
    commanders in Oslo"; not a state's officials, who host), or is in exile: a place after it is the venue or the
    refuge, not its home."""
    root = span_root(doc, item.start, item.end)
    if any(t.lower_ in EXILE_WORDS for t in doc[max(item.start - 1, 0):item.end + 2]):
        return True                     # "exiled opposition leaders in London", "leaders in exile"
    if item.sector in STATE_VOICES or item.sector == "COP":
        return False                    # "met officials in Washington": a state's people met at home are its hosts
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in MEETING_VERBS
    return root.dep_ == "pobj" and root.head.lower_ == "with" and \
        (root.head.head.lemma_.lower() in MEETING_VERBS or root.head.head.lemma_.lower() in RELATION_NOUNS)


def _partner_of_a_noun(doc: Doc, item: Found) -> bool:
    """'talks with the rebels', 'a deal with the militants': the role is the partner of a noun, not an argument of
    the clause's verb."""
    root = span_root(doc, item.start, item.end)
    return root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.pos_ == "NOUN"


def _helped_against(doc: Doc, usable: list[Found], item: Found) -> Optional[Found]:
    """'Washington backed Duarte against the guerrillas': rebels fight the one helped against them, so they
    are of that one's country, not of the helper's."""
    root = span_root(doc, item.start, item.end)
    if root.dep_ != "pobj" or root.head.lower_ != "against":
        return None
    owner = root.head.head
    helped = owner if owner.pos_ in ("PROPN", "NOUN") else \
        next((c for c in owner.children if c.dep_ == "dobj"), None)
    if helped is None:
        return None
    state = [f for f in usable if f.actor.sector in STATE_VOICES]
    # (a surname repeated is read as a name later: the person named with it before)
    return next((f for f in state if f.start <= helped.i < f.end), None) or \
        next((f for f in reversed(state) if f.end <= helped.i and f.person and helped.pos_ == "PROPN"
              and doc[f.end - 1].text == helped.text), None)


SHELLING_VERBS = frozenset({"shell", "attack", "bomb", "besiege", "storm", "target"})


def _fought_state(doc: Doc, usable: list[Found], item: Found) -> Optional[Found]:
    """Round 19: 'Uganda backed rebels fighting Laurent Kabila's government': rebels are of the state their own
    clause fights ("fighting", "who are battling"), not of the ones who back them."""
    root = span_root(doc, item.start, item.end)
    objects = [o.i for v in root.children if v.dep_ in ("acl", "relcl") and v.lemma_ in FIGHTING_VERBS
               for o in v.children if o.dep_ == "dobj"]
    state = [f for f in usable if f.actor.sector in STATE_VOICES]
    if root.dep_ == "nsubj":
        # "the truce would only work if the rebels stopped shelling Damascus": the capital they shell is their state's
        # (not a foreign mission they attack: "Gunmen attacked the U.S. consulate in Benghazi")
        verbs = [root.head] + [c for c in root.head.children if c.dep_ == "xcomp"]
        shelled = [o.i for v in verbs if v.lemma_ in FIGHTING_VERBS | SHELLING_VERBS
                   for o in v.children if o.dep_ == "dobj"]
        capital = next((f for f in state if f.via == "capital" for i in shelled if f.start <= i < f.end), None)
        if capital is not None:
            return capital
    return next((f for f in state for i in objects if f.start <= i < f.end), None)


def _not_of_their_foes(doc: Doc, usable: list[Found], item: Found, sentence_of: list[int]) -> list[Found]:
    """'France will withdraw its troops from Mali after a decade of fighting Islamic extremists': rebels a verb of
    fighting is aimed at are not of the countries that are subjects of their sentence (who fight them), when
    another country is there to lend them one."""
    root = span_root(doc, item.start, item.end)
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in FIGHTING_VERBS or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in root.head.children):
        return usable
    here = sentence_of[item.start]
    foes = {f.actor.country for f in usable if sentence_of[f.start] == here and is_subject(doc, f)}
    others = [f for f in usable if f.actor.country not in foes]
    return others if others else usable


def _own_place(root, verb) -> bool:
    """A place in the role's own clause: the object of its verb or after "in", "of"... ("held much of Monrovia")."""
    return (root.dep_ == "dobj" or root.dep_ == "pobj" and root.head.lower_ in OWN_PLACE_PREPOSITIONS) and \
        getattr(_clause_verb(root), "i", None) == verb.i


STATE_VOICES = frozenset({"GOV", "MIL", "LEG", "JUD"})
STATE_BODIES = STATE_VOICES | {None}


def _without_armies_abroad(doc: Doc, usable: list[Found], item: Found) -> list[Found]:
    """'French jets attacked Libyan government tanks near Benghazi ... to protect civilians': an army acting on
    another country's people or places is abroad, and lends its country to no civilians, rebels or refugees
    there. Only an army whose country is named by nothing but its forces, when another country is named
    before the role."""
    armies = [f for f in usable if f.actor.sector == "MIL" and f.end <= item.start]
    if not armies:
        return usable
    at_home = {f.actor.country for f in usable if f.actor.sector != "MIL"}
    abroad = {f.actor.country for f in armies if f.actor.country not in at_home and _acts_on_another(doc, usable, f)}
    if not abroad:
        return usable
    rest = [f for f in usable if f.actor.country not in abroad]
    return rest if any(f.end <= item.start for f in rest) else usable


def _acts_on_another(doc: Doc, usable: list[Found], army: Found) -> bool:
    """Whether an army is the subject of a clause that names another country's actor or place."""
    root = span_root(doc, army.start, army.end)
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    return any(f.actor.country != army.actor.country
               and getattr(_clause_verb(span_root(doc, f.start, f.end)), "i", None) == verb.i for f in usable)


def _armed_group_before(usable: list[Found], item: Found, sentence_of: list[int]) -> Optional[Found]:
    """'Al-Shabaab gunmen stormed a mall in Nairobi. Police said the attackers ...': bare attackers,
    gunmen or militants after a named armed group are that group, not of the place they attacked."""
    here = sentence_of[item.start]
    groups = [f for f in usable if f.actor.sector == "REB" and not f.hint and f.end <= item.start
              and here - sentence_of[f.start] <= LOOKBACK_SENTENCES]
    return groups[-1] if groups else None


# where a role acts ("in Goma", "much of Monrovia"), not where it goes ("fled to Chad")
OWN_PLACE_PREPOSITIONS = frozenset({"in", "of", "inside", "near", "across", "throughout", "around", "outside"})


RULER_WORDS = frozenset({"generals", "junta", "regime"})
UNATTRIBUTED = frozenset({"unknown", "unidentified"})
# round 13: words for a country's rulers that no outside power uses for its own government
RULED_BY_WORDS = RULER_WORDS | frozenset({"rulers", "dictatorship", "strongman"})


def _ruled_target(doc: Doc, nearby: list[Found], item: Found, source: Found, sentence_of: list[int]
                  ) -> Optional[Found]:
    """Round 13: 'The United States tightened sanctions on Haiti. The military rulers said ...': rulers named
    after a sentence in which another country acts on a country are the rulers of the country acted on (an
    object, or after a preposition), not of the one that acts."""
    here = sentence_of[item.start]
    if sentence_of[source.start] == here or not is_subject(doc, source):
        return None
    if doc[source.end - 1].lower_ in RULED_BY_WORDS:
        return None             # "Niger's junta revoked its pacts with France. The junta also ...": the same rulers
    verb = span_root(doc, source.start, source.end).head           # what the source does, in its own clause
    targets = [f for f in nearby if sentence_of[f.start] == sentence_of[source.start] and f.start > source.start and
               not f.hint and f.actor.country and f.actor.country != source.actor.country and
               f.actor.sector in (None, "GOV") and not is_subject(doc, f) and
               _acted_on(span_root(doc, f.start, f.end)) and
               _under_verb(_clause_verb(span_root(doc, f.start, f.end)), verb.i)]
    return targets[0] if targets else None


def _acted_on(root) -> bool:
    """The object of a verb, or after a preposition on the verb or its object ("sanctions on Haiti")."""
    if root.dep_ in ("dobj", "dative"):
        return root.head.pos_ in ("VERB", "AUX")
    owner = root.head.head
    return root.dep_ == "pobj" and (owner.pos_ in ("VERB", "AUX") or owner.dep_ == "dobj")


def _under_verb(token, verb: int) -> bool:
    """Whether a clause's verb is `verb` or in a clause it reports or controls ("said the US would restore X"),
    not in one that only says when ("while X was on a visit to China")."""
    steps = 0
    while token is not None and token.i != verb and token.dep_ in ("ccomp", "xcomp", "conj") and steps < 4:
        token, steps = token.head, steps + 1
    return token is not None and token.i == verb


OWN_BODY_VERBS = frozenset({"send", "deploy", "dispatch", "order", "mobilise", "mobilize", "command", "lead",
                            "appoint", "instruct", "reshuffle", "dismiss", "sack", "fire", "purge", "replace",
                            "put", "place", "alert", "call", "summon", "recall", "withdraw", "pull"})


def _acted_on_by_foreign(doc: Doc, usable: list[Found], item: Found, sentence_of: list[int]) -> Optional[Found]:
    """'Washington threatened to reimpose sanctions on the generals' after Myanmar's army was named: a state
    body that another country's subject acts on is the body of that sector named before, of another country."""
    root = span_root(doc, item.start, item.end)
    # "North Korean artillery shelled the island, killing two marines": those attacked are the other side's
    hostile = root.dep_ == "dobj" and root.head.lemma_ in HOSTILE_VERBS and item.sector in ("MIL", "COP")
    if root.dep_ not in ("dobj", "pobj") or doc[root.head.i].lemma_ in OWN_BODY_VERBS or not hostile and \
            not any(t.lower_ == "the" and t.head.i == root.i for t in doc[max(item.start - 1, 0):root.i]):
        return None                                       # ("sent a delegation", "deployed the army": its own)
    verb = _clause_verb(root)
    while verb is not None and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head                  # "threatened to reimpose", "suspended aid and threatened": their subject
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp":
        verb = verb.head                  # "Georgian soldiers said they had repelled the invaders"
    subjects = [f for f in usable if f.end <= item.start and sentence_of[f.start] == sentence_of[item.start]
                and span_root(doc, f.start, f.end).dep_ in ("nsubj", "nsubjpass")
                and span_root(doc, f.start, f.end).head.i == verb.i]
    if not subjects and verb.dep_ == "acl":
        # "Belgian peacekeepers guarding the prime minister": the participle's noun is who acts
        subjects = [f for f in usable if f.start <= verb.head.i < f.end]
    if not subjects:
        return None
    if subjects[-1].actor.sector in ("REB", "OPP", "CVL", "REL", "LAB", "BUS", "MED", "NGO", "REF", "LEG", "JUD"):
        return None                       # ("Syrian rebels attacked the army": their own country's army; "Iraq's
        # parliament urged the government to respond in kind": its own government)
    country = subjects[-1].actor.country
    if hostile:
        # "Israel struck military targets in Iran": the forces struck are of the country they are in
        inside = [f for f in usable if sentence_of[f.start] == sentence_of[item.start] and f.start >= item.end and
                  f.actor.country != country and f.actor.code == f.actor.country and
                  span_root(doc, f.start, f.end).head.lower_ in ("in", "inside") and
                  span_root(doc, f.start, f.end).head.head.i in (root.i, verb.i)]
        if inside:
            return inside[0]
    others = [f for f in usable if f.end <= item.start and not f.hint and f.actor.country != country
              and 0 <= sentence_of[item.start] - sentence_of[f.start] <= LOOKBACK_SENTENCES]
    same = [f for f in others if f.actor.sector == item.sector]
    if not same and (hostile and subjects[-1].actor.sector == "MIL" or item.sector == "GOV" or
                     verb.lemma_.lower() in ("call", "urge", "ask", "press") and subjects[-1].actor.sector in (None, "GOV")):
        # ("Bangladesh's opposition rejected the results. The United States urged the government to investigate";
        # "The United States called on the military to include civilians": the army of the country the story is in)
        same = others
    return same[-1] if same else None


HOSTILE_VERBS = frozenset({"kill", "shoot", "wound", "attack", "ambush", "capture", "shell", "bomb", "strike",
                           "hit", "abduct", "kidnap"})


ATTACKING_VERBS = HOSTILE_VERBS | {"target"}
CAPTIVE_NOUNS = frozenset({"hostage", "captive", "abductee"})
STATE_FORCES = frozenset({None, "GOV", "MIL"})      # a state and its army
CAPTORS = STATE_FORCES | {"REB"}                    # hostages are taken by armed groups too


def _victims_of_foreign_force(doc: Doc, usable: list[Found], item: Found, sentence_of: list[int],
                              context: _Context) -> Optional[Found]:
    """'Russian troops killed civilians, Ukrainian officials said', 'KYIV - Zelenskyy said Russia was targeting
    civilians': civilians that a state or its forces attack, with no place named, are of the other country of the
    story (another named in the sentence, else the dateline's), not of the attacker. Hostages a state or an armed
    group takes or frees are not its own people either."""
    root = span_root(doc, item.start, item.end)
    captives = root.lemma_.lower() in CAPTIVE_NOUNS        # "Hamas released 24 hostages, including 13 Israelis"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "dobj" and item.sector == "CVL":
        root = root.head.head       # "killing hundreds of people": the count is the object
    if item.sector != "CVL" or root.dep_ != "dobj" or root.head.lemma_ not in ATTACKING_VERBS and not captives:
        return None
    struck = _struck_by_the_killing(doc, usable, root.head, sentence_of) or \
        _entered_by_the_killers(doc, usable, root.head, sentence_of)
    if struck is not None:
        return struck
    here, verb = sentence_of[item.start], root.head.i
    deed = root.head
    for _ in range(2):       # "if Russia stopped bombing civilians": the doer is the subject of the verb above
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in deed.children) or deed.dep_ not in ("xcomp", "pcomp"):
            break
        deed = deed.head.head if deed.dep_ == "pcomp" else deed.head
    doers = [f for f in usable if sentence_of[f.start] == here and is_subject(doc, f)
             and span_root(doc, f.start, f.end).head.i in (verb, deed.i)]
    if not doers or doers[-1].actor.sector not in (CAPTORS if captives else STATE_FORCES):
        return None
    attacker = doers[-1].actor.country
    others = [f for f in usable if sentence_of[f.start] == here and not f.hint and f.actor.country != attacker]
    if others:
        return others[0]
    home = context.dateline_home()
    named = [f for f in context.lenders if f.actor.country == home and not f.hint] if home != attacker else []
    return named[0] if named else None


STRIKE_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombardment", "shelling", "bombing", "offensive",
                          "assault"})


ENTERING_VERBS = frozenset({"infiltrate", "enter", "invade", "storm", "overrun", "raid", "attack", "cross"})


def _entered_by_the_killers(doc: Doc, usable: list[Found], verb, sentence_of: list[int]) -> Optional[Found]:
    """'Hamas gunmen infiltrated southern Israel, killing hundreds of people': the people killed as the attackers
    went in are of the country entered (named as the entering verb's object), not of the attackers."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG":
        verb = verb.head        # "..., killing hundreds of people and taking dozens of hostages"
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_.lower() not in ENTERING_VERBS or head.i > verb.i:
        return None
    entered = {t.i for c in head.children if c.dep_ == "dobj" for t in c.subtree} | {
        t.i for p in head.children if p.dep_ == "prep" and p.lower_ in ("into", "in") for t in p.subtree}
    doers = {f.actor.country for f in usable if is_subject(doc, f) and span_root(doc, f.start, f.end).head.i == head.i}
    here = sentence_of[verb.i]
    found = [f for f in usable if sentence_of[f.start] == here and f.actor.country and f.actor.country not in doers
             and f.actor.code == f.actor.country and span_root(doc, f.start, f.end).i in entered]
    return found[0] if found else None


def _struck_by_the_killing(doc: Doc, usable: list[Found], verb, sentence_of: list[int]) -> Optional[Found]:
    """'air strikes on Gaza that killed 20 people' (also when the parser hangs 'that the ministry said killed'
    elsewhere): the people a strike kills are of the place it is on, not of the striker."""
    strike = verb.head if verb.dep_ == "relcl" else None
    relative = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("that", "which")]
    if strike is None and relative and relative[0].i > 0:
        strike = doc[relative[0].i - 1]
        if strike.dep_ == "pobj" and strike.head.lower_ in ("on", "against"):
            strike = strike.head.head
    if strike is None or strike.lemma_.lower() not in STRIKE_NOUNS:
        return None
    aims = {t.i for p in strike.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for t in p.children if t.dep_ == "pobj"}
    here = sentence_of[verb.i]
    struck = [f for f in usable if sentence_of[f.start] == here and span_root(doc, f.start, f.end).i in aims]
    return struck[0] if struck else None


def _partner(doc: Doc, item: Found) -> bool:
    root = span_root(doc, item.start, item.end)
    return not item.hint and root.dep_ == "pobj" and root.head.lower_ in ("with", "against", "to", "toward", "towards",
                                                                          "from", "for", "by")


def _destination(doc: Doc, item: Found) -> bool:
    root = span_root(doc, item.start, item.end)
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "toward", "towards")


def _whereabouts(doc: Doc, item: Found) -> bool:
    """A place in a relative clause about someone ("Bolsonaro, who is in Florida, ..."): where that one
    is, not where the story happens."""
    verb = _clause_verb(span_root(doc, item.start, item.end))
    return verb is not None and verb.dep_ == "relcl" and verb.lemma_ == "be"


def _reported_by(token, verb) -> bool:
    """Whether the token is in a clause the verb reports ("the attacker told police he was trained in
    Pakistan": not where the attacker acts)."""
    own = _clause_verb(token)
    return verb is not None and own is not None and own.i != verb.i and own.dep_ == "ccomp" and own.head.i == verb.i


def _clause_verb(token):
    """The verb of the clause a token is in (None at a verbless root)."""
    steps = 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and steps < 12:
        token, steps = token.head, steps + 1
    return token if token.pos_ in ("VERB", "AUX") else None


def is_subject(doc: Doc, item: Found) -> bool:
    """Whether the mention is a subject ('the Islamic State group': the head noun after a name counts)."""
    root = span_root(doc, item.start, item.end)
    if root.dep_ == "compound" and root.head.i >= item.end:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def _main_clause_subject(doc: Doc, item: Found) -> bool:
    """Whether the mention (a subject) is the subject of its sentence's root verb."""
    root = span_root(doc, item.start, item.end)
    if root.dep_ == "compound" and root.head.i >= item.end:
        root = root.head
    return root.head.dep_ == "ROOT"


def _nearest(found: list[Found], item: Found, sentence_of: list[int], accept, subject_first: bool = False,
             doc: Optional[Doc] = None, by_start: bool = False) -> Optional[Found]:
    """The mention before `item` within LOOKBACK_SENTENCES that `accept`s (subjects first if asked).
    `by_start`: `found` is sorted by start, so only the stretch of the lookback is read."""
    here = sentence_of[item.start]
    if by_start:
        found = found[bisect_left(found, here - LOOKBACK_SENTENCES, key=lambda f: sentence_of[f.start]):
                      bisect_left(found, item.start, key=lambda f: f.start)]
    candidates = [f for f in found if f.end <= item.start and here - sentence_of[f.start] <= LOOKBACK_SENTENCES
                  and f is not item and accept(f)]
    if not candidates:
        return None
    if subject_first and doc is not None:
        same = [f for f in candidates if sentence_of[f.start] == here]
        subjects = [f for f in same if is_subject(doc, f)]
        if subjects:
            return subjects[-1]
        if not same:
            previous = [f for f in candidates if sentence_of[f.start] == sentence_of[candidates[-1].start]]
            subjects = [f for f in previous if is_subject(doc, f)]
            # "M23 rebels marched into Goma as government soldiers fled. Their spokesman ...": the subject of
            # the sentence's main clause before that of a clause it subordinates
            main = [f for f in subjects if _main_clause_subject(doc, f)]
            if main:
                return main[-1]
            if subjects:
                return subjects[-1]
    return candidates[-1]


IGO_NOUNS = frozenset({"alliance", "bloc", "organisation", "organization"})
# what wire copy calls an international organisation it named before ("the lender", "the world body")
IGO_EPITHETS = frozenset({"lender", "watchdog", "body", "fund", "union", "agency"})
IGO_NAMES_IN_EPITHETS = frozenset({"u.n.", "un", "united", "nations", "atomic", "nuclear", "eu", "european"})
COUNTRY_EPITHETS = frozenset({"state", "nation", "emirate", "country", "kingdom", "republic"})
IGO_DESCRIPTION_NOUNS = IGO_NOUNS | IGO_EPITHETS
COUNTRY_DESCRIPTION_NOUNS = SINGLE_COUNTRY | COUNTRY_EPITHETS | {"island"}
DIVIDED_COUNTRIES = CONTEXT_WORDS["divided_countries"]
ISLAND_STATES = frozenset(CONTEXT_WORDS["island_states"])
HALF_WORDS = frozenset({"north", "south"})
# the words that open or head a description read by `add_descriptions`
COUNTED = {"three": 3, "four": 4, "five": 5, "six": 6}
# "The countries closed their airspace", "The allies also said": the states just named together, however many
STATES_NAMED_TOGETHER = frozenset({"countries", "nations", "allies"})
DESCRIPTION_WORDS = frozenset({"two", "both", "each", "either", "other"}) | GROUP_NOUNS | IGO_DESCRIPTION_NOUNS | \
    COUNTRY_DESCRIPTION_NOUNS | HALF_WORDS | frozenset(COUNTED) | STATES_NAMED_TOGETHER
EPITHET_DEPS = frozenset({"amod", "compound", "nummod", "npadvmod", "nmod", "advmod", "punct", "quantmod"})


def _definite_start(doc: Doc, token, found: list, allowed: frozenset = frozenset()) -> Optional[int]:
    """The index of "the" opening a short description whose head is `token` ("the oil-rich Gulf state",
    "the 27-nation bloc"); None when it is no such description or a modifier is a mention of its own
    (except the words in `allowed`: "the U.N. watchdog")."""
    start = token.i
    while start > 0 and token.i - start < 4 and doc[start - 1].dep_ in EPITHET_DEPS and \
            doc[start - 1].lower_ not in ("the", "a", "an") and \
            (doc[start - 1].head.i == token.i or token.i > doc[start - 1].head.i >= start - 1):
        start -= 1
    if start == 0 or doc[start - 1].lower_ != "the":
        return None
    if any(inside_mention(found, i) and doc[i].lower_ not in allowed for i in range(start, token.i)):
        return None
    return start - 1


def _group_demonyms(found: list, start: int, end: int) -> list:
    """The bare country words ("Lebanese", "Somali") of mentions between `start` and `end`."""
    return [f for f in found if f.via == "demonym" and not f.actor.sector and start <= f.start < f.end <= end]


def _group_start(doc: Doc, token, found: list) -> Optional[int]:
    """The "the" of "the group", or round 16 of "the Islamist group", "the Iran-backed group" (words before the noun
    that are no mention and no name, or a backer): a group named before, as "the group" is (gold REB of 3 sets)."""
    if token.i > 0 and doc[token.i - 1].lower_ == "the":
        return token.i - 1
    # a country that backs the group is an epithet too ("the Iran-backed group"), one of the group's words
    backing = {i for f in found if f.backer and token.i - 4 <= f.start < f.end <= token.i
               for i in range(f.start, f.end)}
    # round 19: so is the group's own country word ("Hezbollah ... the Lebanese group"; the country must match)
    backing |= {i for f in _group_demonyms(found, token.i - 4, token.i) for i in range(f.start, f.end)}
    start = _definite_start(doc, token, found, frozenset(doc[i].lower_ for i in backing))
    if start is None or any(doc[i].pos_ == "PROPN" and i not in backing for i in range(start + 1, token.i)):
        return None
    return start


def add_descriptions(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'the two leaders', 'both countries', 'the country' -> the actors they stand for."""
    sentence_of = sentence_numbers(doc)
    added: list[Found] = []
    absorbed: list[Found] = []
    covered = covered_tokens(found)
    for token in tokens_among(doc, DESCRIPTION_WORDS):
        low = token.lower_
        if low in COUNTED and token.i + 1 < len(doc) and token.i not in covered and token.i > 0 \
                and doc[token.i - 1].lower_ == "the" and doc[token.i + 1].lower_ in ("countries", "nations", "states"):
            # "Saudi Arabia, the UAE, Egypt and Bahrain cut ties with Qatar ... The four countries closed their
            # airspace": the last countries named, as many as counted
            probe = Found(token.i - 1, token.i + 2, Actor("?"), "description")
            verb = _clause_verb(token)
            accept = lambda f: _country_apart(doc, f, verb)       # noqa: E731
            pool = [f for f in found + added if f.end <= probe.start and f.via != "pronoun"]
            # a joined list of as many countries first, else the last ones named
            named = next((sorted(group, key=lambda f: f.start)
                          for group in ([f] + _joined_owners(doc, pool, f) for f in reversed(pool) if accept(f))
                          if len(group) == COUNTED[low]), None) or \
                _last_n(found + added, probe, sentence_of, COUNTED[low], accept, lambda f: f.actor.country)
            if named:
                added.append(_plural(probe, named, [_country_level(lexicon, f.actor.country, None) for f in named]))
            continue
        if low in STATES_NAMED_TOGETHER and token.i > 0 and token.i not in covered and _plain_definite(doc, token):
            probe = Found(token.i - 1, token.i + 1, Actor("?"), "description")
            verb = _clause_verb(token)
            pool = [f for f in found + added if f.end <= probe.start and f.via != "pronoun"
                    and sentence_of[probe.start] - sentence_of[f.start] <= 1]
            named = next((group for group in (_joined_subject_members(doc, _list_head(doc, f), pool)
                                              for f in reversed(pool) if _country_apart(doc, f, verb))
                          if len(group) >= 2 and all(f.actor.country or f.collective for f in group)), None)
            if named:
                added.append(_plural(probe, named, [_country_level(lexicon, f.actor.country, None) if f.actor.country
                                                    else f.actor for f in named]))
            continue
        if low in ("two", "both") and token.i + 1 < len(doc) and token.i not in covered:
            noun, end = doc[token.i + 1].lower_, token.i + 2
            if noun not in PAIR_COUNTRIES and noun not in PAIR_PEOPLE and end < len(doc) and \
                    doc[end].lower_ in PAIR_COUNTRIES and doc[token.i + 1].head.i == end and \
                    doc[token.i + 1].dep_ in ("compound", "amod", "nmod"):
                noun, end = doc[end].lower_, end + 1         # "the two Gulf states"
            start = token.i - 1 if low == "two" and token.i > 0 and doc[token.i - 1].lower_ == "the" else token.i
            probe = Found(start, end, Actor("?"), "description")
            joined = _joined_pair(doc, found + added, probe, token, sentence_of, noun in PAIR_PEOPLE) \
                if noun in PAIR_PEOPLE or noun in PAIR_COUNTRIES else None
            if joined:
                government = noun in ("governments", "capitals")
                # a leader named as one of "the two sides" stands for his country ("X accused Russia ... Both sides")
                actors = None if noun in PAIR_PEOPLE else \
                    [f.actor if noun == "sides" and not f.person or not f.actor.country else
                     _country_level(lexicon, f.actor.country, "GOV" if government else None) for f in joined]
                added.append(_plural(probe, joined, actors))
            elif noun in PAIR_PEOPLE:
                pair = _last_two(found + added, probe, sentence_of, lambda f: f.person, lambda f: f.person_name or f.actor.code)
                if pair:
                    added.append(_plural(probe, pair))
                elif noun in STATE_LEADERS:
                    # "Kyrgyzstan and Tajikistan accused each other ... The two presidents agreed": no person
                    # named, the leaders of the two countries named last
                    verb = _clause_verb(token)
                    pair = _last_two(found + added, probe, sentence_of, lambda f: _country_apart(doc, f, verb),
                                     lambda f: f.actor.country)
                    if pair:
                        added.append(_plural(probe, pair, [_country_level(lexicon, f.actor.country, "GOV")
                                                           for f in pair]))
            elif noun in PAIR_COUNTRIES:
                government = noun in ("governments", "capitals")
                # (never the subject of its own clause: "The United States urged both sides to comply")
                verb = _clause_verb(token)
                # (nor the one who tells what "the two sides" did: "Sarkozy said the two sides had accepted a
                # peace plan"; "Tusk said relations between the two countries were good" is one of them)
                teller = verb.head if verb is not None and verb.dep_ == "ccomp" and noun == "sides" else None
                pair = _last_two(found + added, probe, sentence_of,
                                 lambda f: _country_apart(doc, f, verb) and not _subject_of(doc, f, teller),
                                 lambda f: f.actor.country)
                if pair is None and teller is not None:
                    # (the teller set aside, a country named as where it happens may be a side: "Medvedev ordered
                    # a halt to operations in Georgia, and Sarkozy said the two sides had accepted a plan")
                    pair = _last_two(found + added, probe, sentence_of,
                                     lambda f: bool(f.actor.country) and not f.plural and not _subject_of(doc, f, verb)
                                     and not _subject_of(doc, f, teller), lambda f: f.actor.country)
                # "Indian and Pakistani officials met ... Both sides said": one coordinated phrase of two countries
                joint = _nearest(found + added, probe, sentence_of,
                                 lambda f: f.plural and len(f.extra) == 1 and bool(f.actor.country) and
                                 f.extra[0].actor.country not in (None, f.actor.country) and not is_topic(doc, f))
                if joint is not None and (not pair or joint.end > pair[-1].end):
                    members = [joint] + joint.extra
                    actors = [m.actor if noun == "sides" else
                              _country_level(lexicon, m.actor.country, "GOV" if government else None) for m in members]
                    added.append(_plural(probe, members, actors))
                elif pair:
                    actors = [_country_level(lexicon, f.actor.country, "GOV" if government else None) for f in pair]
                    added.append(_plural(probe, pair, actors))
                elif noun == "sides":
                    # no two countries: the two bodies or groups named last ("Police fired on protesters ...
                    # Soldiers stood between the two sides"; the IAEA and Tehran), not who stands between them
                    verb = _clause_verb(token)
                    subject = lambda f: verb is not None and \
                        span_root(doc, f.start, f.end).dep_ in ("nsubj", "nsubjpass") \
                        and span_root(doc, f.start, f.end).head.i == verb.i     # noqa: E731
                    sides = _last_two(found + added, probe, sentence_of,
                                      lambda f: not f.person and f.via != "pronoun" and (f.plural or f.collective)
                                      and not f.extra and (f.actor.sector is not None) and not is_topic(doc, f)
                                      and not subject(f), lambda f: f.actor.code)
                    if sides:
                        added.append(_plural(probe, sides))
        elif low in GROUP_NOUNS and token.i not in covered and token.text.islower() and \
                (start := _group_start(doc, token, found)) is not None:
            probe = Found(start, token.i + 1, Actor("?"), "description")
            # an international organisation is rarely "the group" (and "it said it would judge the group")
            source = _nearest(found + added, probe, sentence_of,
                              lambda f: (f.via == "name" and f.actor.sector in ("REB", "OPP", "GOV", "NGO")
                                         or f.via == "description" and f.plural and f.actor.sector in ("REB", "OPP")
                                         or low in IGO_NOUNS and f.actor.sector == "IGO" and f.actor.country is None
                                         and not f.hint and not is_topic(doc, f))
                              and not f.person and f.actor.code != f.actor.country and not f.extra)
            # "Hezbollah leader Hassan Nasrallah warned Israel. The movement ...": the group named before its man
            source = source or _nearest(found + added, probe, sentence_of,
                                        lambda f: f.person and f.via == "title" and f.actor.sector in ("REB", "OPP")
                                        and doc[f.start].ent_type_ == "ORG" and not f.extra)
            source = _led_coalition_before(doc, found, probe, sentence_of) or source
            own = _group_demonyms(found, start, token.i)
            if source and any(f.actor.country != source.actor.country for f in own):
                source = None                   # "Hamas ... the Lebanese group": another group, not Hamas
            if source:
                probe.actor, probe.antecedent, probe.collective = source.actor, source, True
                added.append(probe)
                absorbed.extend(own)            # "Lebanese" is a word of the group's description now
        elif low in ("each", "either", "other") and token.i not in covered and token.i + 1 <= len(doc):
            words = (low, doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "")
            start = token.i - 1 if low == "other" else token.i
            if low == "other" and (token.i == 0 or doc[token.i - 1].lower_ != "the"):
                continue
            if low != "other" and words[1] != "side":
                continue
            end = token.i + 1 if low == "other" else token.i + 2
            probe = Found(start, end, Actor("?"), "description")
            group = _nearest(found + added, probe, sentence_of, lambda f: f.plural and bool(f.extra))
            if group:
                actors = [group.actor] + [f.actor for f in group.extra]
                added.append(_plural(probe, [group] + group.extra, actors))
        elif low in IGO_DESCRIPTION_NOUNS and token.i not in covered and \
                (start := _definite_start(doc, token, found, IGO_NAMES_IN_EPITHETS)) is not None:
            # "the alliance", "the 27-nation bloc", "the U.N. watchdog", "the lender": the international
            # organisation named before
            probe = Found(start, token.i + 1, Actor("?"), "description")
            source = _nearest(found + added, probe, sentence_of,
                              lambda f: f.actor.sector == "IGO" and f.actor.country is None and not f.extra
                              and not f.hint and not is_topic(doc, f))
            if source:
                probe.actor, probe.antecedent, probe.collective = source.actor, source, True
                added.append(probe)
        elif low in HALF_WORDS:
            half = _half_of_divided_country(doc, token, found, covered)
            if half is not None:
                added.append(Found(token.i - 1, token.i + 1, _country_level(lexicon, half, None), "description",
                                   collective=True))
        elif low in COUNTRY_DESCRIPTION_NOUNS and token.i not in covered and \
                (start := _definite_start(doc, token, found)) is not None and \
                (low in SINGLE_COUNTRY or low == "island" or start < token.i - 1) and \
                token.dep_ not in ("compound", "amod") and \
                not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of"):
            # "the country", "the Himalayan nation", "the Gulf state" (a state only with a word before it)
            probe = Found(start, token.i + 1, Actor("?"), "description")
            source = _country_described(doc, token, probe, found + added, sentence_of, lexicon, topics=False) or \
                _country_described(doc, token, probe, found + added, sentence_of, lexicon, topics=True)
            if source:
                probe.actor = _country_level(lexicon, source.actor.country, None)
                probe.antecedent = source
                probe.collective = True
                added.append(probe)
    if absorbed:
        found = [f for f in found if not any(f is a for a in absorbed)]
    return sorted(found + added, key=lambda f: f.start)


def _half_of_divided_country(doc: Doc, token, found: list[Found], covered: set) -> Optional[str]:
    """Round 18: "South Korea cut off trade with the North", "the South fired back": a capitalised "the North" or
    "the South" that ends its phrase (not "the South China Sea", "the North Korean leader") in a text that names
    either half of a divided country is the other half (`context_words.yaml`: divided_countries)."""
    if token.i == 0 or token.i in covered or not token.text[:1].isupper() or doc[token.i - 1].lower_ != "the":
        return None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
        return None
    named = {f.actor.country for f in found}
    pair = next((p for p in DIVIDED_COUNTRIES if p["north"] in named or p["south"] in named), None)
    return pair[token.lower_] if pair is not None else None


def _country_described(doc: Doc, token, probe: Found, found: list[Found], sentence_of, lexicon: Lexicon,
                       topics: bool) -> Optional[Found]:
    """The country that "the country", "the Gulf state", "the kingdom" stands for: the nearest one named before,
    one named as an actor first; with `topics`, also one named only as a place ("Protests spread across Bahrain.
    The kingdom declared ...": round 12), when no other country is there."""
    accept = lambda f: bool(f.actor.country) and not f.plural and (topics or not is_topic(doc, f))  # noqa: E731
    speaker = _reporting_state(doc, token, found) if token.lower_ == "country" else None
    if speaker is not None and not any(f.end <= token.i and sentence_of[f.start] == sentence_of[token.i] and
                                       f.actor.country not in (None, speaker.actor.country) for f in found):
        # (not when another country is named before in the sentence: "Iran shot down a U.S. drone, and Trump
        # said the country had made a very big mistake")
        return speaker
    if token.dep_ in ("dobj", "pobj", "dative"):
        # "Russia was trying to destabilise the country": not a country that is the subject of its
        # own clause (its people and leaders may be: "Ben Ali fled the country")
        verb = _governing_verb(token)
        if verb.pos_ not in ("VERB", "AUX"):     # round 21: "imposed a blockade on the country": imposed
            verb = _clause_verb(verb) or verb
        clause_verbs = _controlling_verbs(verb)
        if verb.dep_ == "relcl" and verb.head.dep_ in ("dobj", "pobj"):
            # "the United States will lift sanctions that have cost the country billions": nor the subject of
            # the clause that the relative clause's noun belongs to
            clause_verbs |= _controlling_verbs(_clause_verb(verb.head) or verb.head)
        doers = _accused_doers(doc, clause_verbs)
        unbound = accept
        accept = lambda f: unbound(f) and not (f.actor.sector is None and (any(  # noqa: E731
            _subject_of(doc, f, doc[v]) for v in clause_verbs) or any(f.start <= i < f.end for i in doers)))
    if token.lower_ == "kingdom":                 # "the kingdom" is a monarchy (Riyadh, not Ankara)
        plain = accept
        accept = lambda f: plain(f) and f.actor.country in lexicon.monarchies   # noqa: E731
    elif token.lower_ == "island":                # "the island" is an island state (Taipei, not Beijing)
        plain = accept
        accept = lambda f: plain(f) and f.actor.country in ISLAND_STATES     # noqa: E731
    named = lambda f: accept(f) and f.via == "name" and \
        span_root(doc, f.start, f.end).dep_ not in ("compound", "amod")  # noqa: E731
    # round 15: a subject goes on for the subject before it, as state voices do ("Kim Jong Un met Donald Trump in
    # Singapore. The reclusive state promised ...": North Korea, not the last country named)
    first = token.dep_ in ("nsubj", "nsubjpass")
    return _nearest(found, probe, sentence_of, named, first, doc) or \
        _nearest(found, probe, sentence_of, accept, first, doc)


def _accused_doers(doc: Doc, clause_verbs: set[int]) -> list[int]:
    """Round 21: the object of a verb that says who does the clause under "of"/"for" ("accused France of plotting to
    attack the country", "blamed Iran for trying to destabilise the country"): France, Iran."""
    top = doc[max(clause_verbs, key=lambda i: doc[i].dep_ == "pcomp")]
    if top.dep_ != "pcomp" or top.head.lower_ not in ("of", "for") or top.head.head.pos_ != "VERB":
        return []
    return [c.i for c in top.head.head.children if c.dep_ == "dobj"]


def _reporting_state(doc: Doc, token, found: list[Found]) -> Optional[Found]:
    """Round 21: "the country" in what a state's voice says is the speaker's own ("Israeli officials said the country
    reserved the right to respond", "Odinga said the vote would isolate the country", "Assad said the attack would
    strengthen the country's resolve"), not the foreign power named last; only when the reported clause names no
    other country as its subject."""
    steps = 0
    while token.dep_ != "ccomp" and token.head.i != token.i and steps < 8:
        token, steps = token.head, steps + 1
    verb = token.head
    if token.dep_ != "ccomp" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(f.start <= c.i < f.end and f.actor.country for f in found)
           for c in token.children):
        return None                            # "Iran said Russia wanted to destabilise the country"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":            # "Poroshenko called it terrorism and said ..."
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((f for f in found if f.start <= subject.i < f.end and f.actor.country
                 and f.actor.sector not in ("CVL", "REF", "REB")), None)


def add_repeated_heads(doc: Doc, found: list[Found]) -> list[Found]:
    """Round 11: 'Police officers arrested 20 people ... The officers said', 'U.S. destroyers ... the ships', 'a
    Philippine warship ... the warship': a definite noun phrase that no rule reads, whose head repeats the head of
    a body or group named in the sentences before (or another word for it, `context_words.yaml`: same_heads), is
    that body again."""
    if not _may_repeat_a_head(doc, found):
        return found
    covered = covered_tokens(found)
    # the head word of each mention that might be repeated (the root of its span), and the words that repeat it
    head_of = {id(f): _span_head_lemma(doc, f) for f in found
               if f.via == "description" and (f.plural or f.collective) and not f.person and not f.extra
               and not f.hint and not f.needs_country and f.actor.code}
    known = set(head_of.values())
    if not known:
        return found
    wanted = known | {word for word in SAME_HEADS if not known.isdisjoint(SAME_HEADS[word])}
    sentence_of = None
    added = []
    for noun in _definite_nouns(doc, wanted, covered):
        lemma = noun.lemma_.lower()
        heads = SAME_HEADS.get(lemma, (lemma,))
        if lemma in COUNTED_ROLES or any(i in covered for i in range(noun.left_edge.i, noun.i)):
            continue
        if sentence_of is None:
            sentence_of, pool = sentence_numbers(doc), [f for f in found if id(f) in head_of]
        probe = Found(noun.left_edge.i, noun.i + 1, Actor("?"), "description")
        # the same word before another word for it ("the warship": the Philippine warship, not the Chinese ships)
        source = _nearest(pool, probe, sentence_of, lambda f: head_of[id(f)] == lemma) or \
            _nearest(pool, probe, sentence_of, lambda f: head_of[id(f)] in heads)
        if source is not None:
            added.append(Found(probe.start, probe.end, source.actor, "description", plural=source.plural,
                               collective=source.collective, antecedent=source, sector=source.actor.sector))
    return sorted(found + added, key=lambda f: f.start) if added else found


def _definite_nouns(doc: Doc, wanted: set, covered: set) -> list:
    """The nouns outside the mentions whose lemma is one of `wanted`, opening with "the" and followed by no "of"
    ("the officers", not "the officers of the unit"), found by one scan of the lemmas (a Token only for those)."""
    tokens = doc_tokens(doc)
    ids = {get_string_id(word) for word in wanted}
    lemmas = token_attributes(doc, LEMMA)
    return [noun for noun in map(doc.__getitem__, compress(range(len(lemmas)), map(ids.__contains__, lemmas)))
            if noun.i not in covered and noun.pos_ == "NOUN" and noun.dep_ not in ("compound", "amod", "poss")
            and noun.left_edge.i < noun.i and tokens[noun.left_edge.i].lower_ == "the"
            and not (noun.i + 1 < len(doc) and tokens[noun.i + 1].lower_ in ("of", "'s"))]


THE = frozenset({"the"})
# the ids of the words of `same_heads` and of their plurals, each with the ids of its list
_SAME_FORMS = {word: frozenset(form for w in words for form in (w, w + "s")) for word, words in SAME_HEADS.items()}
SAME_HEAD_IDS = {get_string_id(form): frozenset(map(get_string_id, forms))
                 for word, forms in _SAME_FORMS.items() for form in (word, word + "s")}


def _may_repeat_a_head(doc: Doc, found: list[Found]) -> bool:
    """A cheap test before `add_repeated_heads` reads the parse (most texts repeat no head): a word of the three
    after a "the" that opens no mention is a word of a description, or another word for one (read off the array of
    lower-case forms that other stages read too)."""
    starts = {f.start for f in found}
    positions = [p for p in positions_among(doc, THE) if p not in starts]
    if not positions:
        return False
    forms = token_attributes(doc, LOWER)
    after = {forms[i] for p in positions for i in range(p + 1, min(p + 4, len(forms)))}
    inside = {form for f in found if f.via == "description" for form in forms[f.start:f.end]}
    return not after.isdisjoint(inside) or \
        any(not inside.isdisjoint(SAME_HEAD_IDS[form]) for form in after if form in SAME_HEAD_IDS)


def _span_head_lemma(doc: Doc, item: Found) -> str:
    """The lemma of the word that heads the span of `item` (walked up from its last word)."""
    tokens = doc_tokens(doc)
    token = tokens[item.end - 1]
    for _ in range(item.end - item.start):
        if not item.start <= token.head.i < item.end or token.head.i == token.i:
            break
        token = token.head
    return token.lemma_.lower()


HEAD_NOUNS = frozenset({"head", "chief", "director", "leader", "boss", "commander", "chairman", "chairwoman",
                        "president", "spokesman", "spokeswoman", "spokesperson", "speaker"})


def add_heads_of_bodies(doc: Doc, found: list[Found]) -> list[Found]:
    """'The head of the U.N. nuclear watchdog', 'a spokesman for the alliance': one person of the body named in
    the phrase, with its actor (the body keeps its own mention inside)."""
    tokens = doc_tokens(doc)
    covered = covered_tokens(found)
    added = []
    for item in found:
        start = item.start - 1 if item.start > 0 and tokens[item.start - 1].lower_ == "the" else item.start
        if item.person or item.extra or item.via == "pronoun" or start < 3 or \
                not (item.collective or item.plural) or not (item.actor.sector or item.actor.country is None):
            continue
        of, head, article = tokens[start - 1], tokens[start - 2], tokens[start - 3]
        if of.lower_ in ("of", "for") and head.lower_ in HEAD_NOUNS and article.lower_ in ("the", "a", "an") and \
                of.head.i == head.i and head.i not in covered and article.i not in covered:
            added.append(Found(article.i, item.end, item.actor, "description", person=True, antecedent=item,
                               sector=item.actor.sector))
    return sorted(found + added, key=lambda f: f.start) if added else found


# "the Shi'ite politician", "the former union leader": a definite description of one person named before
PERSON_NOUNS = frozenset("""politician statesman stateswoman leader veteran strongman ruler monarch cleric dissident
tycoon billionaire autocrat dictator premier general commander incumbent""".split())
DESCRIBED_PERSON_WORDS = PERSON_NOUNS | REPEATED_TITLES


def add_person_descriptions(doc: Doc, found: list[Found]) -> list[Found]:
    """'Nouri al-Maliki became prime minister ... the Shi'ite politician': a definite description whose
    head is a person noun and that names no country refers to the last person mentioned (subjects first)."""
    sentence_of = sentence_numbers(doc)
    added: list[Found] = []
    aged = _aged_nouns(doc)
    for token in sorted(set(tokens_among(doc, DESCRIBED_PERSON_WORDS)) | set(aged), key=lambda t: t.i):
        low = token.lower_
        if low not in DESCRIBED_PERSON_WORDS and token not in aged or token.tag_ != "NN" or \
                inside_mention(found, token.i):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
            continue                                      # "the leader of X" is someone else
        start = token.i
        # over the modifiers and what they hold ("the 82-year-old leader": 82, -, year, - and old)
        while start > 0 and start <= doc[start - 1].head.i <= token.i and \
                (doc[start - 1].dep_ in ("amod", "compound", "nmod", "advmod", "npadvmod") or
                 doc[start - 1].head.i != token.i and doc[start - 1].dep_ in ("punct", "nummod")):
            start -= 1
        if start == 0 or doc[start - 1].lower_ != "the" or doc[start - 1].head.i != token.i or \
                any(inside_mention(found, i) for i in range(start - 1, token.i)):
            continue
        probe = Found(start - 1, token.i + 1, Actor("?"), "description")
        person = lambda f: f.person and f.via in ("name", "title") and \
            bool(f.actor.country or f.actor.sector)                                    # noqa: E731
        # the person whose own title the description repeats ("General X ... the general"), else the last person
        modifiers = {doc[i].lower_ for i in range(start, token.i)}
        source = None
        if modifiers and modifiers <= FORMER_WORDS:
            # "the former leader" held a state office ("Morales resigned ... opposition leader Carlos Mesa said
            # ... the former leader had accepted the offer": Morales, not Mesa)
            # (never the one who tells of him: "Ebrard said the former leader had accepted")
            tellers = {c.i for a in token.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")}
            source = _nearest(found + added, probe, sentence_of,
                              lambda f: person(f) and f.actor.sector == "GOV"
                              and span_root(doc, f.start, f.end).i not in tellers, subject_first=True, doc=doc)
        source = source or _nearest(found + added, probe, sentence_of,
                                    lambda f: person(f) and any(doc[i].lower_ == low for i in range(f.start, f.end)),
                                    subject_first=True, doc=doc)
        if source is None and (low in PERSON_NOUNS or token in aged):
            source = _nearest(found + added, probe, sentence_of, person, subject_first=True, doc=doc)
        if source is None:
            continue
        probe.actor, probe.antecedent, probe.person, probe.person_name = source.actor, source, True, source.person_name
        added.append(probe)
    return sorted(found + added, key=lambda f: f.start) if added else found


def _aged_nouns(doc: Doc) -> list:
    """The nouns described by an age ("the 44-year-old former tax inspector"): a person named before."""
    return [t.head for t in tokens_among(doc, frozenset({"old"}))
            if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "year" and t.dep_ == "amod"
            and t.head.i > t.i]


def _country_level(lexicon: Lexicon, country: str, sector: Optional[str]) -> Actor:
    return Actor(country + (sector or ""), country, sector, lexicon.country_names.get(country, country))


def _country_apart(doc: Doc, item: Found, verb) -> bool:
    """A single country named before a description of several ("the two countries", "the four countries"), not as
    a topic and not as the subject of the description's own clause ("The United States urged both sides")."""
    return bool(item.actor.country) and not item.plural and not is_topic(doc, item) and not _subject_of(doc, item, verb)


def _last_n(found, probe, sentence_of, count: int, accept, identity) -> Optional[list[Found]]:
    """The last `count` mentions of different identities before the probe, in text order, or None."""
    here = sentence_of[probe.start]
    seen: dict = {}
    # the window first: `accept` reads the parse, and a long article has thousands of earlier mentions
    for item in reversed([f for f in found if f.end <= probe.start
                          and here - sentence_of[f.start] <= LOOKBACK_SENTENCES + 3 and accept(f)]):
        seen.setdefault(identity(item), item)
        if len(seen) == count:
            return list(reversed(list(seen.values())))
    return None


def _last_two(found, probe, sentence_of, accept, identity) -> Optional[list[Found]]:
    return _last_n(found, probe, sentence_of, 2, accept, identity)


# round 17: "the two sides" are the last two actors that act on each other or are joined, not the last two named:
# "Sudan's army and the RSF fought ... Egypt offered to mediate between the two sides"; "Modi met Xi ..., and Khan
# criticised the meeting. The two leaders ..." (conjuncts, or the subject and the object of one verb)
JOINED_OBJECT_DEPS = frozenset({"dobj", "dative"})
JOINED_PREPOSITIONS = frozenset({"with", "against", "at", "on"})


def _joined_pair(doc: Doc, found: list[Found], probe: Found, token, sentence_of, people: bool) -> Optional[list[Found]]:
    """The two mentions, latest first found, joined by 'and' or as subject and object of one verb, before `probe`
    within the lookback; never the subject of the probe's own clause ("Egypt offered to mediate between ...")."""
    here = sentence_of[probe.start]
    window = [f for f in found if f.end <= probe.start and here - sentence_of[f.start] <= LOOKBACK_SENTENCES
              and (f.person if people else bool(f.actor.country) or f.actor.sector is not None)
              and f.via != "pronoun" and not is_topic(doc, f) and not is_passing(doc, f.start, f.end)]
    if len(window) < 2 and not any(f.extra for f in window):
        return None
    verb = _clause_verb(token)
    by_root = {span_root(doc, f.start, f.end).i: f for f in window}
    best: Optional[list[Found]] = None
    for item in window:
        root = span_root(doc, item.start, item.end)
        other = None
        own_pair = item.plural and len(item.extra) == 1 and not people   # "Armenian and Azerbaijani forces"
        if own_pair:
            pair = [item, item.extra[0]]
        elif root.dep_ == "conj" and root.head.i in by_root:
            other = by_root[root.head.i]                   # "Sudan's army and the RSF"
        elif root.dep_ in JOINED_OBJECT_DEPS or \
                root.dep_ == "pobj" and root.head.lower_ in JOINED_PREPOSITIONS and root.head.head.pos_ == "VERB":
            acting = root.head if root.dep_ != "pobj" else root.head.head
            other = next((f for i, f in by_root.items() if doc[i].dep_ == "nsubj" and doc[i].head.i == acting.i), None)
        if other is not None:
            pair = [other, item]
        elif not own_pair:
            continue
        if _same_actor(pair, people) or any(_subject_of(doc, f, verb) for f in pair):
            continue
        # a pair that acts (a joined subject, or a subject and its object) before one only named beside
        # ("Russia and Ukraine signed deals ... in a ceremony hosted by Erdogan and Guterres. The two sides")
        # and before all, the two "between" whom something happens ("fighting between Sudan's army and the RSF"),
        # and two sides that are not both international bodies (mediators more often than sides)
        first_root = span_root(doc, pair[0].start, pair[0].end)
        between = first_root.dep_ == "pobj" and first_root.head.lower_ == "between"
        mediators = all(f.actor.sector == "IGO" and not f.actor.country for f in pair)
        rank = (between, not mediators, other is None or root.dep_ != "conj" or
                span_root(doc, other.start, other.end).dep_ in ("nsubj", "nsubjpass"), pair[-1].end)
        if best is None or rank > best_rank:
            best, best_rank = pair, rank
    return best


def _same_actor(pair: list[Found], people: bool) -> bool:
    first, second = pair
    if people:
        return (first.person_name or first.actor.code) == (second.person_name or second.actor.code)
    return first.actor.code == second.actor.code


def _plural(probe: Found, pair: list[Found], actors: Optional[list[Actor]] = None) -> Found:
    actors = actors or [f.actor for f in pair]
    head = Found(probe.start, probe.end, actors[0], "description", plural=True, antecedent=pair[0])
    head.extra = [Found(probe.start, probe.end, actor, "description", plural=True, antecedent=item)
                  for actor, item in zip(actors[1:], pair[1:])]
    return head


def _predicate(root) -> bool:
    """A noun that says what someone is or was made ("declared himself interim president", "became president")."""
    return root.dep_ in ("oprd", "attr") or root.dep_ in ("ccomp", "xcomp") and root.pos_ == "NOUN" or \
        root.dep_ == "dobj" and any(c.lower_ in REFLEXIVES for c in root.children)   # (the parser's "himself" on it)


REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})


def add_personal_pronouns(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """he/she/his -> the last person (subjects first); 'his country' -> that person's country."""
    sentence_of = sentence_numbers(doc)
    added: list[Found] = []
    covered = covered_tokens(found)
    pool = sorted(found, key=lambda f: f.start)       # found + added, by start (added joins as it is made)
    genders: dict[int, Optional[str]] = {}

    def gender_of(item: Found) -> Optional[str]:
        if id(item) not in genders:
            genders[id(item)] = person_gender(doc, item.start, item.end, item.person_name)
        return genders[id(item)]
    for token in tokens_among(doc, MALE_FEMALE):
        low = token.lower_
        if low not in MALE_FEMALE or token.i in covered:
            continue
        if token.text[:1].isupper() and not token.is_sent_start and token.i > 0 and doc[token.i - 1].pos_ == "PROPN" \
                and doc[token.i - 1].text[:1].isupper():
            continue            # "Chinese Vice Premier Liu He arrived": a name's last word, no pronoun
        probe = Found(token.i, token.i + 1, Actor("?"), "pronoun")
        is_object = token.dep_ in ("dobj", "iobj", "dative", "pobj") and low not in ("himself", "herself")
        verb = _governing_verb(token)
        clause_verbs = {token.head.i} | _controlling_verbs(verb)
        same_clause = lambda f: _clause_root(doc, f).head.i in clause_verbs      # noqa: E731
        demander = _directive_subject(doc, token) or judging_subject(doc, token)     # or "welcomed his decision"
        # nor anyone else named as that subject ("Nawaz Sharif ... after Sharif tried to dismiss him")
        # ("their commander said he would not negotiate with him": nor whom that subject refers to)
        bound = _bound_by_subject(doc, pool, token, same_clause) if is_object else set()
        quote = _quote_before_speaker(doc, token)
        if quote is not None:
            # '"Nikol Pashinyan was right. I was wrong," he said': whom a quotation names is not its speaker
            bound = bound | {f.person_name for f in pool if quote[0] < f.start < quote[1] and f.person_name}
        # (not a predicate that names one already there: "Guaido declared himself interim president ... recognized
        # him": Guaido)
        # (nor one of the other gender: "Macron met Angela Merkel. She said ...")
        wanted = "f" if low in FEMININE_PRONOUNS else "m"
        accept = lambda f: f.person and (gender_of(f) or wanted) == wanted and \
            not (is_object and same_clause(f)) and f.person_name not in bound and \
            id(f) not in bound and not _predicate(span_root(doc, f.start, f.end)) and \
            not (demander is not None and demander[0] <= f.start and f.end - 1 <= demander[1]
                 or demander is not None and f.start <= demander[2] < f.end)     # noqa: E731
        if low in ("his", "her") and _coordinated_unknown_person(token, pool):
            continue        # "the attack on Sergei Skripal and his daughter": the man named, in no dictionary
        source = (_doer_of_deed(doc, token, pool, sentence_of) if low in ("his", "her") else None) or \
            (_relative_clause_person(token, pool) if low in ("he", "she") else None) or \
            (_coordinated_owner(doc, token, pool, lambda f: f.person) if low in ("his", "her") else None) or \
            (_object_controller(token, pool, lambda f: f.person) if low in ("his", "her") else None) or \
            _cataphora(doc, token, pool) or \
            _nearest(pool, probe, sentence_of, accept, subject_first=not is_object, doc=doc,
                     by_start=True)
        if source is None:
            continue
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        probe.actor, probe.antecedent, probe.person = source.actor, source, True
        probe.person_name = source.person_name
        added.append(probe)
        insort(pool, probe, key=lambda f: f.start)
        whole = None
        if low in ("his", "her") and following in SINGLE_COUNTRY and source.actor.country:
            # "his country": the person's country, a mention of its own besides "his"
            whole = Found(token.i, token.i + 2, _country_level(lexicon, source.actor.country, None), "description",
                          collective=True, antecedent=source)
        elif low in ("his", "her") and following in OWN_PARTY_WORDS and source.actor.country and source.actor.sector \
                and (token.i + 2 >= len(doc) or doc[token.i + 2].tag_ not in ("NN", "NNS", "NNP")):
            # "his party", "her movement": the person's own political camp, of the person's code
            whole = Found(token.i, token.i + 2, source.actor, "description", collective=True, antecedent=source)
        if whole is not None:
            added.append(whole)
            insort(pool, whole, key=lambda f: f.start)
    return sorted(found + added, key=lambda f: f.start)


# "his resignation", "her arrest": a noun of what befell or was done by one person, and the verbs that tell it
# with that person as the subject (active) or as the one it was done to (object or passive subject)
DEED_NOUNS = {"resignation": ({"resign", "quit"}, set()),
              "death": ({"die"}, {"kill", "shoot", "assassinate", "murder"}), "killing": (set(), {"kill"}),
              "assassination": (set(), {"assassinate", "kill", "shoot"}),
              "murder": (set(), {"murder", "kill"}), "funeral": ({"die"}, {"kill", "shoot", "assassinate", "murder"}),
              "arrest": (set(), {"arrest", "detain"}), "detention": (set(), {"detain", "arrest"}),
              "release": (set(), {"release", "free"}), "ouster": (set(), {"oust", "overthrow", "depose", "remove"}),
              "overthrow": (set(), {"oust", "overthrow", "depose"}), "removal": (set(), {"remove", "oust"}),
              "impeachment": (set(), {"impeach"}), "election": ({"win"}, {"elect"}),
              "victory": ({"win"}, set()), "win": ({"win"}, set()), "defeat": ({"lose"}, {"defeat"}),
              "inauguration": (set(), {"inaugurate", "swear"}), "execution": (set(), {"execute", "hang"}),
              "trial": (set(), {"try", "charge"}), "conviction": (set(), {"convict"}),
              "exile": ({"flee"}, {"exile"}), "escape": ({"escape", "flee"}, set()),
              "capture": (set(), {"capture", "seize"}), "abduction": (set(), {"abduct", "kidnap"}),
              "kidnapping": (set(), {"kidnap", "abduct"}), "return": ({"return"}, set()),
              "departure": ({"leave", "depart"}, set()), "appointment": (set(), {"appoint", "name"})}
DEED_VERBS = frozenset(verb for doing, undergoing in DEED_NOUNS.values() for verb in doing | undergoing)


def _doer_of_deed(doc: Doc, token, pool: list[Found], sentence_of) -> Optional[Found]:
    """'Mugabe resigned ... The speaker read out his resignation letter': his/her before a noun of a deed
    told earlier by its verb is the person of that verb (who resigned, who was arrested), not the
    nearest person."""
    head = token.head
    # (read by index: slicing the doc would build a Span for every his/her)
    noun = next((doc[i].lower_ for i in range(token.i + 1, head.i + 1) if doc[i].lower_ in DEED_NOUNS), None)
    if noun is None:
        return None
    doing, undergoing = DEED_NOUNS[noun]
    here = sentence_of[token.i]
    first = token.i
    while first > 0 and here - sentence_of[first - 1] <= LOOKBACK_SENTENCES:
        first -= 1
    for verb in reversed(doc[first:token.i]):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in DEED_VERBS:
            continue
        roles = ({"nsubj"} if lemma in doing else set()) | ({"nsubjpass", "dobj"} if lemma in undergoing else set())
        people = [c for c in verb.children if c.dep_ in roles]
        for person in people:
            hit = next((f for f in pool if f.person and f.start <= person.i < f.end), None)
            if hit is not None:
                return hit
    return None


def _governing_verb(token):
    """The verb a pronoun depends on ("at them" in "fired at them": fired)."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.i != head.i:
        head = head.head
    return head


def _bound_by_subject(doc: Doc, pool: list[Found], token, same_clause) -> set:
    """Names and antecedents (by id) of the subjects of an object pronoun's own clause: not its referent."""
    sentence = token.sent
    subjects = [f for f in pool if sentence.start <= f.start and f.end <= token.i and
                _clause_root(doc, f).dep_ in ("nsubj", "nsubjpass") and same_clause(f)]
    return {f.person_name for f in subjects if f.person_name} | \
        {id(f.antecedent) for f in subjects if f.via == "pronoun" and f.antecedent is not None}


def _relative_clause_person(token, pool: list[Found]) -> Optional[Found]:
    """'General Abdulsalami Abubakar, who had handed over power as he had pledged': "he" as a subject in what a
    relative clause about a person says is that person."""
    return _relative_clause_noun(token, pool, ("who", "that"), lambda f: f.person and f.via in ("name", "title"))


def _relative_clause_noun(token, pool: list[Found], relatives: tuple, accept, joined: tuple = ()) -> Optional[Found]:
    """The mention a relative clause is about, when `token` is a subject in what that clause says (through
    `joined` dependencies too: "Pakistan, which denied any role and said it would ...")."""
    if token.dep_ != "nsubj":
        return None
    clause = token.head
    for _ in range(3):
        if clause.dep_ == "relcl":
            break
        if clause.dep_ not in ("advcl", "ccomp", "xcomp") + joined or clause.head.i == clause.i:
            return None
        clause = clause.head
    else:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in relatives for c in clause.children):
        return None
    noun = clause.head
    return next((f for f in pool if accept(f) and f.start <= noun.i < f.end), None)


def _quote_before_speaker(doc: Doc, token) -> Optional[tuple[int, int]]:
    """The token span of the quotation that a pronoun reports ('"...," he said'): (opening, closing) quote mark."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in REPORTING_VERBS or token.i < 2:
        return None
    close = next((i for i in (token.i - 1, token.i - 2) if doc[i].tag_ == "''"), None)
    if close is None:
        return None
    opening = next((i for i in range(close - 1, max(close - 80, -1), -1) if doc[i].tag_ == "``"), None)
    return (opening, close) if opening is not None else None


def _clause_root(doc: Doc, item: Found):
    """The word by which a mention is an argument of its clause: the root of its span, or of the phrase it is in
    apposition to ("the head of the armed forces, General X, urged him": X is the subject of "urged")."""
    root = span_root(doc, item.start, item.end)
    for _ in range(3):
        if root.dep_ != "appos" or root.head.i == root.i:
            break
        root = root.head
    return root


def _controlling_verbs(verb) -> set[int]:
    """The verb and those whose subject it shares ("Sharif tried to dismiss him": tried, dismiss): their
    subjects cannot be the object pronoun."""
    verbs = {verb.i}
    # (and a purpose clause: "police fired tear gas to stop them": fired, stop)
    while (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux"
                                                                 for c in verb.children)) \
            and verb.head.i != verb.i and len(verbs) < 4:
        verb = verb.head
        verbs.add(verb.i)
    return verbs


def refresh_pronouns(found: list[Found]) -> list[Found]:
    """A pronoun read before its antecedent had a country ("their commander ... he") takes the antecedent's
    actor once it has one, and goes with it when it found none (no code without a country: "MIL")."""
    if not any(item.via == "pronoun" and item.actor.country is None for item in found):
        return found
    present = {id(f) for f in found}
    kept = []
    for item in found:
        source = item.antecedent
        if item.via == "pronoun" and source is not None and item.actor.country is None and \
                item.actor.code == item.actor.sector:
            if id(source) not in present or not source.actor.country:
                continue
            item.actor = source.actor
        kept.append(item)
    return kept


def _subject_of(doc: Doc, item: Found, verb) -> bool:
    """Whether the mention is the subject of the verb, or joined to it ("The United States and China urged both
    countries": China too)."""
    root = span_root(doc, item.start, item.end)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return verb is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.i == verb.i


DIRECTIVE_VERBS = frozenset("""demand urge ask insist order request press call want require tell instruct
force pressure""".split())


REPORTING_AUXILIARIES = frozenset({"would", "will", "could", "can", "might", "may", "had", "has", "have", "was",
                                   "were", "is", "are", "'s", "'d"})


def _directive_subject(doc: Doc, token) -> Optional[tuple[int, int, int]]:
    """'the army chief demanded that he step down': whoever demands is not the one told to act."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ not in ("ccomp", "xcomp") or clause.head.lemma_.lower() not in DIRECTIVE_VERBS:
        return None
    # "told police he had been trained": a report, not a directive (those take a bare verb, "to" or "should")
    first = next((c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i), clause)
    if first.tag_ in ("VBD", "VBZ") or first.lower_ in REPORTING_AUXILIARIES:
        return None
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    # the subject with its apposition ("The army chief of staff, General Ahmed Gaid Salah, demanded ...")
    return (subjects[0].left_edge.i, subjects[0].right_edge.i, subjects[0].i) if subjects else None


def _cataphora(doc: Doc, token, pool: list[Found]) -> Optional[Found]:
    """'In his speech, Bush said', 'After she landed, Merkel met': a pronoun in a phrase put before
    the clause's subject refers to that subject when it is a person."""
    verb = token.head
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ROOT", "conj", "ccomp"):
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i]
    if not subjects or subjects[0].left_edge.i <= token.i <= subjects[0].right_edge.i:
        return None
    subject = subjects[0]
    if any(t.i == subject.i for t in token.ancestors):
        return None
    for item in pool:
        if item.person and item.start <= subject.i < item.end:
            return item
    return None


SPAN_OF_TIME = frozenset({"year", "anniversary", "day", "week", "month", "decade", "hour", "term", "birthday"})


EXPLETIVE_PREDICATES = frozenset({"likely", "unlikely", "clear", "unclear", "possible", "impossible", "certain",
                                  "evident", "obvious", "true", "important", "necessary", "time", "apparent"})


def _expletive(token) -> bool:
    """'it' standing for the clause that follows ("it was highly likely that Russia was responsible", "it is clear
    that ..."), no actor."""
    if token.dep_ != "nsubj" or token.head.lemma_ not in ("be", "seem", "appear", "become"):
        return False
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in EXPLETIVE_PREDICATES for c in token.head.children)


def add_pronouns(doc: Doc, found: list[Found], lexicon: Optional[Lexicon] = None) -> list[Found]:
    """they -> the last group ('the two leaders'); it/its -> the last country or body."""
    sentence_of = sentence_numbers(doc)
    added: list[Found] = []
    covered = covered_tokens(found)
    pool = sorted(found, key=lambda f: f.start)       # found + added, by start (added joins as it is made)
    for token in tokens_among(doc, THIRD_PERSON_PRONOUNS):
        low = token.lower_
        if low not in PLURAL_PRONOUNS and low not in NEUTER:
            continue
        if token.i in covered:
            continue
        if token.dep_ == "poss" and token.head.lemma_.lower() in SPAN_OF_TIME:
            continue                                  # "the operation entered its second year": a time, no actor
        if low == "it" and _expletive(token):
            continue                                  # "it was highly likely that Russia was responsible"
        probe = Found(token.i, token.i + 1, Actor("?"), "pronoun")
        if low in PLURAL_PRONOUNS:
            if low == "they" and _reported_by_unknown_group(token, covered):
                continue                              # "Western governments said they could do little"
            # "police fired tear gas at them": an object pronoun is not the subject of its own verb
            is_object = token.dep_ in ("dobj", "iobj", "dative", "pobj") and low != "themselves"
            if low == "their" and _object_praised_for(token, pool, lambda f: True) is None and \
                    _praised_object(token) is not None:
                continue        # "May thanked the allies for their support": allies we cannot code, no one else
            verb = _governing_verb(token)
            source = (_coordinated_owner(doc, token, pool, lambda f: f.plural) or
                      (_joint_subject_of_clause(doc, token, pool) if low == "their" else None) or
                      _object_controller(token, pool, lambda f: f.plural) or
                      _object_praised_for(token, pool, lambda f: f.plural)
                      or reporting_group(doc, token, pool) or _coordinated_speakers(doc, token, pool))
            if source is None and is_object and _projectiles_before(doc, token, sentence_of):
                continue        # "launched 300 drones and missiles ... shot down nearly all of them": the things
            if source is None:
                # ("the Taliban ... urged them": a group named by a plural noun, "it" to some writers, "they" to most)
                source = _nearest(pool, probe, sentence_of,
                                  lambda f: (f.plural or doc[f.end - 1].lower_ in PLURAL_GROUP_NAMES) and not (
                                      is_object and any(_subject_of(doc, f, doc[v]) for v in _controlling_verbs(verb))),
                                  subject_first=not is_object, doc=doc, by_start=True)
            following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            if source and low == "their" and following in SINGLE_COUNTRY and lexicon is not None and \
                    source.actor.country and all(f.actor.country == source.actor.country for f in source.extra):
                # "South African officials said their country ...": the country of the group, a mention of
                # its own besides "their"
                whole = Found(token.i, token.i + 2, _country_level(lexicon, source.actor.country, None), "description",
                              collective=True, antecedent=source)
                added.append(whole)
                insort(pool, whole, key=lambda f: f.start)
            if source:
                items = [source] + source.extra
                head = Found(token.i, token.i + 1, items[0].actor, "pronoun", plural=True, antecedent=source)
                head.extra = [Found(token.i, token.i + 1, f.actor, "pronoun", plural=True, antecedent=f)
                              for f in items[1:]]
                added.append(head)
                insort(pool, head, key=lambda f: f.start)
        else:
            if low == "it" and token.dep_ not in ("nsubj", "nsubjpass"):
                source = _addressed_body(doc, token, pool, sentence_of)
                if source is not None:
                    probe.actor, probe.antecedent, probe.collective = source.actor, source, True
                    added.append(probe)
                    insort(pool, probe, key=lambda f: f.start)
                continue
            body = lambda f: f.collective or _mass_body(doc, f)     # noqa: E731
            quote = _quote_before_speaker(doc, token) if low == "it" else None
            if quote is not None:
                # '"We have warned Kenya," it said': a body the quotation names is not its speaker
                body = lambda f, inner=body, quote=quote: inner(f) and not quote[0] < f.start < quote[1]   # noqa: E731
            # round 11: "Pakistan, which denied any role and said it would ...": the relative clause's noun
            relative = _relative_clause_noun(token, pool, ("which", "that"), body, ("conj",)) if low == "it" else None
            # ("NATO warned Moscow of severe consequences if it attacked Ukraine": the one warned, no subject either)
            relative = relative or (_one_warned(token, pool, lambda f: f.via != "pronoun") if low == "it" else None)
            source = relative or (_object_controller(token, pool, body) if low == "its" else None) or \
                (_object_praised_for(token, pool, body) if low == "its" else None) or \
                _nearest(pool, probe, sentence_of, body, subject_first=True, doc=doc, by_start=True)
            if source is None or sentence_of[token.i] - sentence_of[source.start] > 1:
                continue
            if low == "it" and not relative and not is_subject(doc, source):
                continue
            probe.actor, probe.antecedent, probe.collective = source.actor, source, True
            added.append(probe)
            insort(pool, probe, key=lambda f: f.start)
    return sorted(found + added, key=lambda f: f.start)


PROJECTILES = frozenset(CONTEXT_WORDS["projectiles"])


def _projectiles_before(doc: Doc, token, sentence_of: list[int]) -> bool:
    """Whether things fired or flown are named as an object in the pronoun's sentence or the one before."""
    first = sentence_of[token.i] - 1
    start = token.i
    while start > 0 and sentence_of[start - 1] >= first:
        start -= 1          # (only the pronoun's sentence and the one before are read)
    return any(t.lower_ in PROJECTILES and t.dep_ in ("dobj", "pobj", "conj") for t in doc[start:token.i])


def _coordinated_speakers(doc: Doc, token, pool: list[Found]) -> Optional[Found]:
    """'France and Germany announced that they will withdraw': "they" as the subject of what a joined subject
    says is the actors of that subject, together ("France and its allies ... they": France, the one named)."""
    speaker = reporting_subject(token)
    members = _joined_subject_members(doc, speaker, pool) if speaker is not None else []
    if not members:
        return None
    return _plural(Found(token.i, token.i + 1, Actor("?"), "pronoun"), members)


def _joined_subject_members(doc: Doc, subject, pool: list[Found]) -> list[Found]:
    """The single actors a subject joins ("A, B and C": each), or none when it joins nothing (a list the parser
    began as an apposition, "Egypt, Saudi Arabia, the United Arab Emirates and Bahrain", joins them too)."""
    listed = lambda c: c.dep_ == "conj" or c.dep_ == "appos" and c.ent_type_ == "GPE" and subject.ent_type_ == "GPE" \
        and any(g.dep_ == "conj" for g in c.children)     # noqa: E731
    if not any(listed(c) for c in subject.children):
        return []
    heads = [subject]
    for head in heads:                                # the chain of conjuncts, "A, B and C"
        heads.extend(c for c in head.children if listed(c) or c.dep_ == "conj")
    return [f for f in pool if f.via != "pronoun" and not f.plural and
            any(f.start <= h.i < f.end and span_root(doc, f.start, f.end).i == h.i for h in heads)]


def _addressed_body(doc: Doc, token, pool: list[Found], sentence_of) -> Optional[Found]:
    """Round 11: 'Sharaa thanked the kingdom ... thanked it for standing by', 'The EU urged it to free': "it" as the
    object of a verb that one actor does to another (`context_words.yaml`: addressing_verbs) is a country or a body
    named before, not the subject of that verb; "it" after other verbs is mostly a thing, and stays unread."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in ADDRESSING_VERBS:
        return None
    probe = Found(token.i, token.i + 1, Actor("?"), "pronoun")
    # (not a demonym of a thing: "shot down a Russian warplane near the Syrian border after warning it")
    source = _nearest(pool, probe, sentence_of, lambda f: (f.collective or _mass_body(doc, f)) and
                      f.via != "pronoun" and not f.hint and not _subject_of(doc, f, verb) and
                      not (f.via == "demonym" and _names_a_spot(span_root(doc, f.start, f.end))), doc=doc, by_start=True)
    if source is None or sentence_of[token.i] - sentence_of[source.start] > 1:
        return None
    if verb.lemma_.lower() in CONDEMNING_VERBS and any(
            t.lower_ in DEEDS_NAMED_BACK and t.dep_ in ("dobj", "pobj") for t in doc[source.end:token.i]):
        return None         # "summoned Iran's ambassador over the execution, and the EU condemned it": the deed
    return source


CONDEMNING_VERBS = frozenset({"condemn", "criticise", "criticize", "praise", "denounce", "welcome", "hail"})
DEEDS_NAMED_BACK = frozenset(CONTEXT_WORDS["deeds_named_back"])


def _names_a_spot(root) -> bool:
    """A demonym of a place phrase ("near the Syrian border"): where something happened, no body."""
    return root.dep_ == "amod" and root.head.dep_ == "pobj" and root.head.head.lower_ in (
        "near", "along", "across", "at", "over", "on", "inside", "into")


def _mass_body(doc: Doc, item: Found) -> bool:
    """Round 11: "Zimbabwe's military said it had taken control": a body named by a mass noun is "they" to some
    writers and "it" to most, so it is a group and a body at once (`context_words.yaml`: mass_bodies)."""
    return item.plural and not item.extra and item.via == "description" and doc[item.end - 1].lower_ in MASS_BODIES


def _reported_by_unknown_group(token, covered: set[int]) -> bool:
    """'Western governments said they could do little', 'Analysts said they expected ...': "they" as the subject of
    what a plural subject says is that subject; when the subject is no actor, "they" is none either."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return False
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return bool(speakers) and speakers[0].tag_ in ("NNS", "NNPS") and speakers[0].i not in covered


# verbs whose object is the one who is to act in the clause after them ("urged Pyongyang to stop ...")
OBJECT_CONTROL_VERBS = frozenset("""urge ask tell press order force persuade encourage advise allow permit invite warn
pressure require instruct implore help authorise authorize call prompt""".split())
# what one asks another to do for one's own people ("Tokyo urged Beijing to protect its citizens": Japan's)
ON_BEHALF_VERBS = frozenset("""protect release free return repatriate safeguard rescue evacuate spare""".split())


def _one_to_act(governor) -> Optional[int]:
    """The position of the one an object-control verb tells to act: its object, or the one after "on"
    ("called on Iraq to destroy its missiles")."""
    objects = [c for c in governor.children if c.dep_ == "dobj"] or \
        [g for c in governor.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    return objects[0].i if objects else None


def _object_praised_for(token, pool: list[Found], accept) -> Optional[Found]:
    """'Iran praised Hezbollah for its attack on Israel', 'blamed the rebels for their raids': a possessive after
    "for" is the verb's object's."""
    praised = _praised_object(token)
    return _mention_at(pool, praised.i, accept) if praised is not None else None


def _praised_object(token):
    """The object of the verb whose "for" phrase a possessive opens ("thanked the allies for their support")."""
    if token.dep_ != "poss" or token.head.dep_ != "pobj" or token.head.head.lower_ != "for":
        return None
    verb = token.head.head.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")] \
        if verb.pos_ == "VERB" else []
    return objects[0] if objects else None


def _mention_at(pool: list[Found], position: int, accept) -> Optional[Found]:
    """The first mention over the token at `position`, if `accept` takes it."""
    hit = next((f for f in pool if f.start <= position < f.end), None)
    return hit if hit is not None and accept(hit) else None


def _object_controller(token, pool: list[Found], accept) -> Optional[Found]:
    """'China urged Pyongyang to stop its provocations', 'Obama pressed Netanyahu to freeze his settlement
    plans': a possessive in the clause an object-control verb's object is to carry out is that object's."""
    if token.dep_ != "poss" or token.head.head.dep_ not in ("xcomp", "prep", "dobj", "pobj"):
        return None                                   # (the possessed noun hangs from the verb or a phrase in it)
    verb = _clause_verb(token)
    if verb is None or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in OBJECT_CONTROL_VERBS or \
            verb.lemma_.lower() in ON_BEHALF_VERBS:
        return None
    target = _one_to_act(verb.head)
    return _mention_at(pool, target, accept) if target is not None else None


def _one_warned(token, pool: list[Found], accept) -> Optional[Found]:
    """'NATO warned Moscow of severe consequences if it attacked Ukraine': the one warned is who might do it."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "advcl" or \
            not any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children) or \
            clause.head.lemma_.lower() not in ("warn", "threaten", "caution"):
        return None
    warned = next((c for c in clause.head.children if c.dep_ == "dobj"), None)
    return _mention_at(pool, warned.i, accept) if warned is not None else None


def _joint_subject_of_clause(doc: Doc, token, pool: list[Found]) -> Optional[Found]:
    """'The United States, Britain, France and Germany condemned the attack and pledged their support': "their" in
    a clause whose subject joins several actors is theirs."""
    if token.dep_ != "poss":
        return None
    verb = token.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ != "conj":
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    members = _joined_subject_members(doc, subject, pool) if subject is not None else []
    if len(members) < 2:
        return None
    return _plural(Found(token.i, token.i + 1, Actor("?"), "pronoun"), members)


def _coordinated_owner(doc: Doc, token, pool: list[Found], accept) -> Optional[Found]:
    """'four OSCE monitors and their translator', 'detained Prime Minister X and his cabinet': a possessive in
    a conjunct belongs to the group or person named in the conjunct before it."""
    partner = _conjunct_before(token)
    if partner is None:
        return None
    owners = [f for f in pool if f.start <= partner.i < f.end and accept(f)]
    return owners[0] if owners else None


def _conjunct_before(possessive):
    """The head of the conjunct before the one a possessive opens ("X and his cabinet": X), if any."""
    if possessive.dep_ != "poss" or possessive.head.dep_ != "conj":
        return None
    partner = possessive.head.head
    return partner if partner.i < possessive.i else None


def _coordinated_unknown_person(token, pool: list[Found]) -> bool:
    """A possessive in a conjunct after a person's name that is no actor ("Sergei Skripal and his daughter")."""
    partner = _conjunct_before(token)
    return partner is not None and partner.ent_type_ == "PERSON" and not any(f.start <= partner.i < f.end for f in pool)


# short East Asian family names, written first: "Kim" after "Kim Jong Un", "Li" after "Li Keqiang", "Hun" after "Hun Sen"
# (longer first words, "Moon" of "Moon Jae-in", are read as names already)
SHORT_FAMILY_NAMES_FIRST = frozenset({"kim", "xi", "li", "hu", "wen", "lee", "hun", "ma", "roh", "yun", "han", "ho"})


def add_short_names(doc: Doc, found: list[Found]) -> list[Found]:
    """'Foo' after 'Prime Minister Ahmet Foo': the same actor, chained to the full name."""
    tokens = doc_tokens(doc)
    known: dict[str, Found] = {}
    given: dict[str, Found] = {}          # first names: "Apirat" of "Apirat Kongsompong", "Prabowo" (Thai, Indonesian)
    two_word: set[str] = set()            # first words of two-word surnames: "Murillo" of "Jesus Murillo Karam"
    for item in found:
        if item.person and item.person_name and item.via in ("title", "name"):
            parts = fold(item.person_name).split()
            if parts:
                known.setdefault(parts[-1], item)
                known.setdefault(surname_without_article(parts[-1]), item)    # "Sharaa" of "Ahmed al-Sharaa"
                known.setdefault(" ".join(parts[-2:]), item)
                known.setdefault(" ".join(parts), item)
            if len(parts) > 1:
                two_word.add(parts[-2])
            if len(parts) > 1 and (len(parts[0]) > 3 or parts[0] in SHORT_FAMILY_NAMES_FIRST):
                given.setdefault(parts[0], item)
    if not known:
        return found
    covered = covered_tokens(found)
    added: list[Found] = []
    opening = sentence_initial_surnames(doc, known)       # "Sharaa said", tagged as a common noun
    for index in sorted(proper_nouns(doc) + opening) if opening else proper_nouns(doc):
        token = tokens[index]
        if token.i in covered or not _surname_word(token) and index not in opening:
            continue
        word = fold(token.text)
        if word not in known and word not in two_word and word not in given:
            continue
        end, source = token.i + 1, known.get(word)
        following = tokens[token.i + 1] if token.i + 1 < len(doc) else None
        if word in two_word and following is not None and following.i not in covered and _surname_word(following):
            pair = known.get(word + " " + fold(following.text))
            if pair is not None:
                end, source = token.i + 2, pair
        if source is None and token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and \
                (following is None or following.ent_iob_ != "I"):
            source = given.get(word)                       # a first name alone, read as a person's name
        if source is None or source.start > token.i:
            continue
        added.append(Found(token.i, end, source.actor, "name", person=True, antecedent=source,
                           person_name=source.person_name))
        covered.update(range(token.i, end))
    return sorted(found + added, key=lambda f: f.start)


# the last word of a body's name that stands for the body again ("the Guard" after "Iran's Revolutionary Guard",
# "the Brotherhood" after "the Muslim Brotherhood"); not words a state's own institutions are also called
# ("the Army" after "the Free Syrian Army" may be the national army)
SHORT_BODY_WORDS = frozenset({"guard", "guards", "brotherhood", "front", "movement", "council", "court", "union",
                              "bank", "agency", "organisation", "organization", "alliance", "league", "fund",
                              "commission", "tribunal", "committee"})


def add_short_body_names(doc: Doc, found: list[Found]) -> list[Found]:
    """'The Guard said' after "Iran's Revolutionary Guard": a body named again by the last word of its name."""
    tokens = doc_tokens(doc)
    named: dict[str, Found] = {}
    for item in found:
        last = tokens[item.end - 1]
        if item.via == "name" and not item.person and item.actor.sector and item.end - item.start > 1 and \
                last.lower_ in SHORT_BODY_WORDS and last.text[:1].isupper():
            named.setdefault(last.lower_.rstrip("s") if last.lower_ == "guards" else last.lower_, item)
    if not named:
        return found
    covered = covered_tokens(found)
    added: list[Found] = []
    for token in tokens[1:]:
        word = token.lower_.rstrip("s") if token.lower_ == "guards" else token.lower_
        source = named.get(word)
        if source is None or token.i in covered or source.end > token.i or not token.text[:1].isupper() or \
                tokens[token.i - 1].lower_ != "the" or (token.i + 1 < len(doc) and tokens[token.i + 1].pos_ == "PROPN"):
            continue
        added.append(Found(token.i - 1, token.i + 1, source.actor, "name", collective=source.collective,
                           plural=source.plural, antecedent=source, organisation=source.organisation))
        covered.update((token.i - 1, token.i))
    return sorted(found + added, key=lambda f: f.start) if added else found


def _surname_word(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def chain_names(found: list[Found]) -> None:
    """A later mention of the same person points to the previous one."""
    last: dict[str, Found] = {}
    for item in found:
        if item.person and item.person_name and item.via in ("name", "title", "description"):
            key = fold(item.person_name)
            if item.antecedent is None and key in last:
                item.antecedent = last[key]
            last[key] = item


# the supporters, fighters or leader of a rebel or opposition actor belong to its sector
SUBORDINATE_ROLES = frozenset({"deputy", "deputies", "aide", "aides", "adviser", "advisers", "advisor", "advisors"})
COMMANDED_ROLES = frozenset({"men", "fighters", "forces", "troops"})
INHERITING_ROLES = frozenset({"supporters", "followers", "fighters", "members", "loyalists", "allies", "leader",
                              "leaders", "commander", "commanders", "chief", "head", "spokesman", "founder",
                              "observers", "monitors", "representatives"})


def resolve_possessed(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'his government', 'its fighters', 'their leader': the possessor's country (or organisation)
    with the role's sector; supporters and fighters of a rebel or opposition actor share its sector."""
    sentence_of = sentence_numbers(doc)
    kept = []
    for item in found:
        if not item.possessed:
            kept.append(item)
            continue
        # "members of his government": the possessive inside the phrase, not its first word
        mark = next((t for t in doc[item.start:item.end] if t.lower_ in POSSESSIVE_PRONOUNS or t.lower_ == "whose"),
                    doc[item.start])
        pronoun = mark.lower_
        accept = {"his": lambda f: f.person, "her": lambda f: f.person,
                  "its": lambda f: f.collective or f.plural or _country_word(f)}.get(
                      pronoun, lambda f: (f.plural or f.collective) and not _venue_named(doc, f))
        if pronoun == "whose":                       # "the Tamil Tigers, whose leader": the relative clause's noun
            source = _relative_antecedent(doc, found, item)
        else:
            pool = [f for f in found if not f.possessed]
            # "urged Pyongyang to stop its tests": the object that is to act owns it; "detained X and his
            # cabinet": the person of the conjunct before
            source = _coordinated_owner(doc, mark, pool, accept) or \
                _object_controller(mark, pool, accept) or _owner_of_apposed(doc, pool, item, sentence_of, accept)
            if source is None and pronoun in ("its", "their") and doc[item.end - 1].lower_ in MONITOR_ROLES:
                # round 11: "Tehran restricted its inspectors": monitors are an international body's, not the
                # subject's (`context_words.yaml`: monitor_roles)
                source = _nearest(pool, item, sentence_of, lambda f: f.actor.sector == "IGO" and f.actor.country is None
                                  and f.via != "pronoun" and not f.hint)
            if source is None and pronoun == "their":   # a group before a body ("Wagner fighters ... their leader")
                source = _nearest(pool, item, sentence_of, lambda f: f.plural and f.via != "pronoun",
                                  subject_first=True, doc=doc)
            elif source is None and pronoun == "its":   # a body before a group ("the Brotherhood ... its leaders")
                source = _nearest(pool, item, sentence_of, lambda f: (f.collective or _country_word(f))
                                  and f.via != "pronoun", subject_first=True, doc=doc)
            source = source or _nearest(pool, item, sentence_of, lambda f: accept(f) and f.via != "pronoun",
                                        subject_first=True, doc=doc)
            if source is None and pronoun == "its":
                source = _office_country(pool, item, sentence_of, doc, lexicon)
        if source is None:
            continue
        owner = source.actor
        sector = item.sector
        role_word = doc[item.end - 1].lower_
        if role_word in INHERITING_ROLES and owner.sector in ("OPP", "REB", "CVL", "REL"):
            sector = owner.sector
        elif role_word in SUBORDINATE_ROLES and source.person and owner.sector:
            sector = owner.sector                           # "his two deputies", "her aides": the person's own
        elif role_word in COMMANDED_ROLES and source.person and owner.sector in ("MIL", "COP", "REB"):
            sector = owner.sector                           # "General X ... his men": the commander's force
        elif owner.sector == "REB" and sector in ("MIL", "COP", "GOV", "LEG", "JUD"):
            # a rebel leader's "forces", "troops", "army"; a breakaway parliament's "speaker", rebels' "government"
            sector = "REB"
        possessor = source
        if role_word in COUNTERPART_ROLES and owner.country:
            # "his host", "her counterpart": the other side's, the nearest actor of another country
            other = _nearest([f for f in found if not f.possessed], item, sentence_of,
                             lambda f: f.actor.country not in (None, owner.country) and f.via != "pronoun")
            if other is None:
                continue
            source, owner = other, Actor(other.actor.country, other.actor.country, None, None)
        if owner.country:
            item.actor = Actor(owner.country + (sector or ""), owner.country, sector,
                               lexicon.country_names.get(owner.country, owner.country))
        else:
            item.actor = owner                              # "its troops" of NATO are NATO's
        partners = _joined_owners(doc, pool, source) if pronoun == "their" and item.plural and owner.country else []
        if partners:
            # "Ethiopia and Eritrea signed a declaration a day after their leaders met": each one's leaders
            item.extra = [Found(item.start, item.end, Actor(f.actor.country + (sector or ""), f.actor.country, sector,
                                                            lexicon.country_names.get(f.actor.country, f.actor.country)),
                                "description", plural=True, antecedent=f) for f in partners]
        item.antecedent, item.possessed = source, False
        item.collective = not item.person and not item.plural
        kept.append(item)
        if pronoun in ("his", "her") or (pronoun in POSSESSIVE_PRONOUNS and item.person) or \
                (pronoun == "its" and possessor.actor.sector and possessor.actor.code != item.actor.code) or \
                (pronoun == "its" and _country_word(possessor) and _in_prepositional_phrase(doc, item)):
            # "his army": the pronoun is a mention of its own, of the owner ("his" is Milosevic), and so is
            # "its" before a person ("its first president") or a body of another sector of its owner's
            # ("Baghdad ... its troops": GOV and MIL); a country's own ("India put its air force on alert")
            # is one actor for the event coder, save in a prepositional phrase, which is no event's actor
            # (round 12: "died inside its consulate", "for all its citizens": "its" is the country)
            kept.append(Found(mark.i, mark.i + 1, possessor.actor, "pronoun", antecedent=possessor,
                              person=possessor.person, person_name=possessor.person_name))
    return sorted(kept, key=lambda f: f.start)


STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})


def _venue_named(doc: Doc, item: Found) -> bool:
    """A country named as where something is held ("attending a summit in Uzbekistan"): owns no "their"."""
    root = span_root(doc, item.start, item.end)
    return item.via == "name" and root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and \
        root.head.head.pos_ == "NOUN"


def _list_head(doc: Doc, item: Found):
    """The first member's head of the list a mention is in ("Saudi Arabia, the UAE, Egypt and Bahrain": Arabia)."""
    root = span_root(doc, item.start, item.end)
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    return root


def _plain_definite(doc: Doc, token) -> bool:
    """"the countries" as a subject with nothing of its own ("the countries of the region", "the Western allies",
    "the countries that signed" name others)."""
    return doc[token.i - 1].lower_ == "the" and token.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("prep", "amod", "compound", "nummod", "relcl", "acl") for c in token.children)


def _joined_owners(doc: Doc, pool: list[Found], source: Found) -> list[Found]:
    """The other countries joined by 'and' to the owner of "their" ("Ethiopia and Eritrea")."""
    root = span_root(doc, source.start, source.end)
    # (a list the parser read as an apposition: "Saudi Arabia, the United Arab Emirates, Egypt and Bahrain")
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    chain = [root]
    for head in chain:
        chain.extend(c for c in head.children if c.dep_ in ("conj", "appos"))
    positions = {t.i for t in chain}
    countries = {source.actor.country}
    partners = []
    for f in pool:
        if f is not source and f.via != "pronoun" and f.actor.country and f.actor.country not in countries \
                and span_root(doc, f.start, f.end).i in positions:
            countries.add(f.actor.country)
            partners.append(f)
    return partners


def _office_country(pool: list[Found], item: Found, sentence_of: list[int], doc: Doc, lexicon: Lexicon):
    """Round 18: "Sri Lanka's president fled. Its lawmakers elected a successor": with no body or country word
    before, "its" is the country of the state office named before (a country-only mention, not the person)."""
    office = _nearest(pool, item, sentence_of, lambda f: f.actor.sector in STATE_SECTORS and bool(f.actor.country)
                      and f.via != "pronoun", subject_first=True, doc=doc)
    if office is None:
        return None
    country = office.actor.country
    return Found(office.start, office.end, Actor(country, country, None, lexicon.country_names.get(country, country)),
                 "name")


def _in_prepositional_phrase(doc: Doc, item: Found) -> bool:
    """Whether a phrase is the object of a preposition ("inside its consulate"), not a clause's subject or object;
    not a military one, which the event coder reads as the actor of a deed ("a ceasefire in its offensive")."""
    return span_root(doc, item.start, item.end).dep_ == "pobj" and item.actor.sector != "MIL"


def _owner_of_apposed(doc: Doc, pool: list[Found], item: Found, sentence_of, accept) -> Optional[Found]:
    """Round 11: 'Guinea's president flew Jammeh to Conakry. His successor, Adama Barrow, ...', 'Ugandan soldiers
    were killed ... Their commander, Lieutenant Colonel Yonatan Netanyahu': the owner of a role in apposition to a
    person the resolver knows is of that person's country (not the nearest person), save for the other side's
    roles ("his counterpart, X")."""
    if item.end + 1 >= len(doc) or doc[item.end].text != "," or doc[item.end - 1].lower_ in COUNTERPART_ROLES:
        return None
    # (only where the person holds the role's office: "Their commander, Saddam Hussein" is read as before)
    named = next((f for f in pool if f.start == item.end + 1 and f.person and f.via in ("name", "title")
                  and f.actor.country and f.actor.sector == item.sector), None)
    if named is None:
        return None
    return _nearest(pool, item, sentence_of, lambda f: accept(f) and f.via != "pronoun" and f is not named and
                    f.actor.country == named.actor.country, subject_first=True, doc=doc)


# relational roles whose holder is of the other side, not of the possessor
COUNTERPART_ROLES = frozenset({"host", "hosts", "counterpart", "counterparts", "guest", "guests"})


def _country_word(item: Found) -> bool:
    """A name of a country itself ("East Timor"), whatever its dictionary kind: 'its' can refer to it."""
    return item.via == "name" and bool(item.actor.country) and item.actor.code == item.actor.country and \
        not item.plural


RELATIVE_PRONOUNS = frozenset({"which", "who"})


def add_relative_pronouns(doc: Doc, found: list[Found]) -> list[Found]:
    """'Moscow, which granted them asylum', 'the rebels, who seized the town': a relative pronoun that is the
    subject of its clause is the actor of the noun the clause describes."""
    pronouns = [t for t in tokens_among(doc, RELATIVE_PRONOUNS) if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "relcl"]
    if not pronouns:
        return found
    covering: dict[int, Found] = {}
    for item in found:
        if item.hint or item.via == "pronoun":
            continue
        for i in range(item.start, item.end):
            best = covering.get(i)
            if best is None or item.end - item.start < best.end - best.start:
                covering[i] = item
    added = []
    for token in pronouns:
        noun = token.head.head
        source = covering.get(noun.i)
        if source is None or covering.get(token.i) is not None or not (source.actor.country or source.actor.sector):
            continue
        added.append(Found(token.i, token.i + 1, source.actor, "pronoun", antecedent=source, person=source.person,
                           plural=source.plural, collective=source.collective, person_name=source.person_name))
    return sorted(found + added, key=lambda f: f.start) if added else found


def _relative_antecedent(doc: Doc, found: list[Found], item: Found) -> Optional[Found]:
    token = doc[item.start]
    for _ in range(6):
        if token.dep_ == "relcl":
            noun = token.head.i
            covering = [f for f in found if f.start <= noun < f.end and not f.possessed and f is not item]
            return min(covering, key=lambda f: f.end - f.start) if covering else None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def add_appositives(doc: Doc, found: list[Found]) -> list[Found]:
    """'Joko Widodo, a former furniture maker, ...': the appositive is the same actor as the name."""
    covered = covered_tokens(found)
    added = []
    for item in list(found):
        if not item.person or item.via not in ("name", "title"):
            continue
        for token in span_root(doc, item.start, item.end).children:
            if token.dep_ != "appos" or token.i < item.end:
                continue
            start, end = token.left_edge.i, token.right_edge.i + 1
            others = set()                                 # "who ousted Mohamed Morsi" speaks of someone else
            for child in token.children:
                if child.dep_ in ("relcl", "acl") and child.i > token.i:
                    others.update(range(child.left_edge.i, child.right_edge.i + 1))
                elif child.dep_ == "prep" and child.i > token.i and child.lower_ != "of":
                    # "a former contractor for the National Security Agency": the agency is no description
                    others.update(range(child.left_edge.i, child.right_edge.i + 1))
            inside = [f for f in found if start <= f.start and f.end <= end and f.start not in others]
            if any(f.person and f.via in ("name", "title") for f in inside):
                continue                                   # two names side by side: not a description
            if not inside and all(t.ent_type_ == "PERSON" or t.is_punct for t in doc[start:end]):
                continue                                   # "X and his counterpart, Y": a name is no description
            # the description whose head is the appositive itself ("the son of the president" is no office)
            described = [f for f in inside if f.actor.sector and f.actor.country and not f.plural
                         and f.start <= token.i < f.end]
            if described and item.actor.country and not item.actor.sector and \
                    described[0].actor.country == item.actor.country and \
                    not any(t.lower_ in FORMER_WORDS for t in doc[start:end]):
                # "Deng Xiaoping, China's paramount leader": the description names the office he holds
                office = described[0].actor
                item.actor = Actor(office.code, office.country, office.sector, item.actor.name)
            for other in inside:                           # "the former army chief" is Sisi's actor now
                other.actor, other.antecedent, other.person = item.actor, item, True
            if not inside and not (set(range(start, end)) & covered):
                added.append(Found(start, end, item.actor, "description", person=True, antecedent=item,
                                   person_name=item.person_name))
    return sorted(found + added, key=lambda f: f.start)


FORMER_WORDS = frozenset({"former", "ousted", "late", "deposed", "exiled", "ex", "retired", "outgoing"})


def add_described_people(doc: Doc, found: list[Found]) -> list[Found]:
    """'Ahmed Karimi, a Syrian farmer, said ...': a name in no dictionary takes the actor of the
    description in apposition to it (SYRCVL), so that 'he' and 'his' can refer to the person."""
    covered = covered_tokens(found)
    added = []
    for start, end in person_entity_offsets(doc):
        if any(i in covered for i in range(start, end)):
            continue
        ent = doc[start:end]
        for token in ent.root.children:
            if token.dep_ != "appos" or token.i < ent.end:
                continue
            # ("Zabihullah Mujahid, a spokesman for the Taliban": the group's name taken in a speaker's role)
            described = [f for f in found if f.start <= token.i < f.end and not f.plural and not f.extra and
                         (f.via == "description" and f.actor.country or
                          f.via == "name" and token.lower_ in SPEAKER_NOUNS and f.start < token.i and
                          (f.actor.country or f.actor.sector == "IGO"))]
            if not described:
                continue
            description = described[0]
            actor = description.actor
            person = Found(ent.start, ent.end, Actor(actor.code, actor.country, actor.sector, ent.text), "name",
                           person=True, person_name=ent.text, sector=actor.sector)
            if description.via == "description":          # (a group's name stays the group: "the group" ...)
                description.antecedent, description.person = person, True
                description.person_name = description.person_name or ent.text
            added.append(person)
            break
    added += _described_unknown_names(doc, found, covered | {i for a in added for i in range(a.start, a.end)})
    added += _leaders_by_clause(doc, found, covered | {i for a in added for i in range(a.start, a.end)})
    return sorted(found + added, key=lambda f: f.start) if added else found


def _name_first(tokens, name, covered: set) -> int:
    """The first word of the name ending at `name`: its capitalised compounds ("Tenzin" of "Tenzin Dorje") or the
    words of its entity."""
    start = name.i
    while start > 0 and start - 1 not in covered and tokens[start - 1].text[:1].isupper() and \
            (tokens[start].ent_iob_ == "I" or tokens[start - 1].dep_ == "compound" and tokens[start - 1].head.i == name.i):
        start -= 1
    return start


LEADING_VERBS = frozenset(CONTEXT_WORDS["leading_verbs"])
WHO = frozenset({"who"})


def _leaders_by_clause(doc: Doc, found: list[Found], covered: set) -> list[Found]:
    """Round 20: 'Foday Kamara, who heads the army,', 'X, who leads the Karen rebels,': a name in no dictionary whose
    relative clause heads, leads or commands a body found (the verb's object) is a person of that body's actor."""
    if not positions_among(doc, WHO):                 # the trigger: no "who", no such clause (no scan: a set lookup)
        return []
    tokens = doc_tokens(doc)
    added = []
    # the object's own mention first, then a possessor's ("who commands the Guatemalan army's northern brigade",
    # not "the Bolivian teachers" of "who heads the Bolivian teachers' union")
    bodies = [f for f in found if f.actor.country and not f.person and not f.possessed]
    roots = [span_root(doc, f.start, f.end) for f in bodies]
    for item, root in sorted(zip(bodies, roots), key=lambda pair: pair[1].dep_ == "poss"):
        if root.dep_ == "poss":
            root = root.head
        verb = root.head
        if root.dep_ != "dobj" or verb.dep_ != "relcl" or verb.lemma_ not in LEADING_VERBS:
            continue
        name = verb.head
        if name.pos_ != "PROPN" or name.i in covered or not name.text[:1].isupper() or name.i + 1 >= verb.i or \
                tokens[name.i + 1].text != "," or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
            continue
        start, actor = _name_first(tokens, name, covered), item.actor
        text = words_text(doc, start, name.i + 1)
        added.append(Found(start, name.i + 1, Actor(actor.code, actor.country, actor.sector, text), "name",
                           person=True, person_name=text, sector=actor.sector))
        covered.update(range(start, name.i + 1))
    return added


APPOSED_BODY_NOUNS = frozenset({"group", "company", "firm", "party", "movement", "organisation", "organization", "body",
                                "agency", "coalition", "alliance", "militia", "union", "network", "faction", "front"})


def _described_unknown_names(doc: Doc, found: list[Found], covered: set) -> list[Found]:
    """Round 20: 'Tenzin Dorje, a Nepali student leader, said', 'Odhiambo, a bus driver in Kisumu,': a name the
    parser does not tag as a person (ORG, or no entity, or a person entity whose root it misreads: "Said Hamidov")
    before a one-person description in apposition to it is that person, as a PERSON-tagged name is. Read from the
    descriptions found, not from the doc's tokens."""
    tokens = doc_tokens(doc)
    added = []
    for item in found:
        if item.via != "description" or item.plural or item.extra or item.possessed or not item.actor.country:
            continue
        root = span_root(doc, item.start, item.end)
        name = root.head
        # the description follows the name and its comma ("driver" of "Odhiambo, a bus driver" is found alone)
        if root.dep_ != "appos" or root.tag_ != "NN" or name.pos_ != "PROPN" or \
                name.i + 1 >= item.start or tokens[name.i + 1].text != "," or root.left_edge.i != name.i + 2 or \
                name.i in covered or not name.text[:1].isupper():
            continue
        start = _name_first(tokens, name, covered)
        actor, text = item.actor, words_text(doc, start, name.i + 1)
        if root.lemma_ in APPOSED_BODY_NOUNS:                # "Sahel Gold, a Canadian company,": a body, not a person
            added.append(Found(start, name.i + 1, Actor(actor.code, actor.country, actor.sector, text), "name",
                               collective=True, sector=actor.sector))
            continue
        person = Found(start, name.i + 1, Actor(actor.code, actor.country, actor.sector, text), "name",
                       person=True, person_name=text, sector=actor.sector)
        item.antecedent, item.person = person, True
        item.person_name = item.person_name or text
        added.append(person)
    return added


def add_named_descriptions(doc: Doc, found: list[Found]) -> list[Found]:
    """"Iran's chief negotiator, Ali Larijani,", "his main challenger, Svetlana Tikhanovskaya": a name in no
    dictionary in apposition after a one-person description is that person, with the description's actor."""
    tokens = doc_tokens(doc)
    covered = covered_tokens(found)
    added = []
    # names after a comma only (ranked names are found there too): a Span is built for those
    people = [doc[start:end] for start, end in person_entity_offsets(doc) if start >= 2 and tokens[start - 1].text == ","]
    for ent in people + ranked_names_in_apposition(doc):     # (", General Kiki,")
        if ent.root.dep_ != "appos" or any(i in covered for i in range(ent.start, ent.end)):
            continue
        described = [f for f in found if f.end == ent.start - 1 and f.via == "description" and f.sector and
                     not f.plural and not f.extra and not f.possessed and (f.actor.country or f.actor.sector == "IGO")
                     and (f.person or tokens[f.end - 1].tag_ in ("NN", "JJ"))]
        if not described:
            continue
        description = described[0]
        actor = description.actor
        added.append(Found(ent.start, ent.end, Actor(actor.code, actor.country, actor.sector, ent.text), "name",
                           person=True, person_name=ent.text, sector=actor.sector, antecedent=description))
    return sorted(found + added, key=lambda f: f.start) if added else found


def add_installed_people(doc: Doc, found: list[Found]) -> list[Found]:
    """'Aylwin was sworn in as Chile's president', 'Congress named its speaker, X, as interim president': the
    person a verb of installing puts into the office named after "as" holds it, a name in no dictionary
    included (over the office of an apposition, which the person is leaving)."""
    added = []
    for as_token in tokens_among(doc, frozenset({"as"})):
        verb = as_token.head
        if as_token.dep_ != "prep" or verb.lemma_.lower() not in INSTALLING_VERBS:
            continue
        # (the office's holder that day may be looked up by its title: only its actor counts)
        office = next((f for f in found if f.person and f.via == "description" and
                       (f.start == as_token.i + 1 or any(t.i == f.end - 1 for t in as_token.children))), None)
        if office is None or not office.actor.country:
            continue
        for person in _installed(verb, as_token):
            hits = [f for f in found + added if f.start <= person.i < f.end]
            if not hits:
                start = person.i
                while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].dep_ == "compound":
                    start -= 1
                name = words_text(doc, start, person.i + 1)
                added.append(Found(start, person.i + 1, Actor(office.actor.code, office.actor.country,
                                                              office.actor.sector, name), "name", person=True,
                                   person_name=name, sector=office.actor.sector, antecedent=office))
                continue
            hit = min(hits, key=lambda f: f.end - f.start)
            if hit.person and hit.via == "name" and hit.antecedent is not None and hit.antecedent.via == "description":
                # a name known only from its apposition takes the office it is installed in
                hit.actor = Actor(office.actor.code, office.actor.country, office.actor.sector, hit.actor.name)
    return sorted(found + added, key=lambda f: f.start) if added else found


def _installed(verb, as_token) -> list:
    """The people's names a verb of installing puts into office: its object or passive subject, and the name in
    apposition to it ("swore in its speaker, Roberto Micheletti, as president")."""
    named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < as_token.i] + \
        [g for c in verb.children if c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]   # "swore in X"
    people = [p for head in named for p in [head] + [c for c in head.children if c.dep_ == "appos"]]
    return [p for p in people if p.pos_ == "PROPN" and p.ent_type_ == "PERSON"]


RANKS = frozenset({"general", "gen.", "colonel", "col.", "lieutenant", "lt.", "major", "brigadier", "marshal",
                   "field", "admiral", "captain", "capt."})


def adopt_described_offices(doc: Doc, found: list[Found]) -> None:
    """"Indonesia's defence minister, Prabowo Subianto, ...": someone the dictionaries know only by country
    holds the office of a description of that country in apposition before the name; later mentions of the
    person (by the same dictionary name) hold it too, as after "Deng Xiaoping, China's paramount leader"."""
    tokens = doc_tokens(doc)
    offices = {f.end: f for f in found if f.via == "description" and f.person and f.sector and f.actor.country
               and not f.extra and not f.possessed}
    held: dict[str, Actor] = {}
    for item in found:
        if not item.person or item.via not in ("name", "title") or not item.actor.country or not item.person_name:
            continue
        office = offices.get(item.start - 1) if item.start >= 2 and tokens[item.start - 1].text == "," else None
        if item.actor.sector and item.via == "title" and tokens[item.start].lower_ in RANKS and office is not None and \
                office.actor.sector == "GOV" and item.actor.sector == "MIL":
            # "the South Vietnamese president, General Duong Van Minh": the rank is his, the office is what he holds
            item.actor = Actor(office.actor.code, office.actor.country, office.actor.sector, item.actor.name)
        if item.actor.sector:
            held.setdefault(item.person_name, item.actor)
            continue
        if office is not None and office.actor.country == item.actor.country and \
                not any(t.lower_ in FORMER_WORDS for t in doc[max(0, office.start - 1):office.end]):
            item.actor = Actor(office.actor.code, office.actor.country, office.actor.sector, item.actor.name)
            held.setdefault(item.person_name, item.actor)
        elif item.person_name in held and held[item.person_name].country == item.actor.country:
            item.actor = held[item.person_name]


def resolve_former(doc: Doc, found: list[Found]) -> None:
    """'the former president' names the person mentioned before, not today's holder."""
    sentence_of = sentence_numbers(doc)
    for item in found:
        if item.via != "description" or not item.person or item.antecedent is not None:
            continue
        words = {t.lower_ for t in doc[max(0, item.start - 1):item.end]}
        if not words & {"former", "ousted", "late", "deposed", "exiled", "ex"}:
            continue
        def holder(f: Found) -> bool:
            return f.person and f.via in ("name", "title") and \
                (item.actor.country is None or f.actor.country == item.actor.country)
        # one who held the office before one who did not ("Morales resigned ... opposition leader Carlos Mesa
        # said ... the former leader had accepted the offer": Morales)
        source = (_nearest(found, item, sentence_of, lambda f: holder(f) and f.actor.sector == item.actor.sector)
                  if item.actor.sector else None) or _nearest(found, item, sentence_of, holder)
        if source is not None:
            item.actor, item.antecedent, item.person_name = source.actor, source, source.person_name


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def merge_possessors(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """'the country's opposition', "Kabila's government": a role owned by the word before it is one
    mention with the owner's country (the owner keeps its own mention inside)."""
    tokens = doc_tokens(doc)
    for item in found:
        if item.via != "description" or not item.sector or item.person_name or item.extra:
            continue
        # over the modifiers of the role: "the country's first female president"
        first = _over_modifiers(doc, item)
        if first < 2 or tokens[first - 1].tag_ != "POS":
            continue
        owner_end = first - 1
        # round 13: a person owns only those who speak or work for them ("the president's spokesman")
        staff = item.needs_owner and tokens[item.end - 1].lower_ in PERSONAL_STAFF
        # (a leader named again by a short name owns the government: "Lam's government" after Carrie Lam)
        owners = [f for f in found if f.end == owner_end and f is not item and f.actor.country and
                  (not f.person or staff and f.actor.sector or f.actor.sector == item.sector == "GOV")]
        if not owners and _international_owner(found, item, owner_end):
            continue
        if owners:
            owner = owners[0]
            if owner.actor.sector and owner.actor.sector != item.sector and owner.via != "description":
                continue
            # a person of a body speaks for it: "the junta's leader" GOV, "the rebels' spokesman" REB
            # (a body of a group keeps its own: "the miners' union" LAB)
            sector = owner.actor.sector if item.needs_owner and owner.via == "description" and owner.actor.sector \
                and (item.person or item.plural) else item.sector
            if owner.actor.sector == "REB" and sector in ("GOV", "MIL", "COP"):
                sector = "REB"                            # "the rebels' provisional junta", "the rebels' army"
            item.actor = _country_level(lexicon, owner.actor.country, sector)
            item.start, item.antecedent = owner.start, item.antecedent or owner
            item.needs_owner = False
        elif owner_end >= 2 and tokens[owner_end - 1].lower_ in SINGLE_COUNTRY and tokens[owner_end - 2].lower_ == "the" \
                and not inside_mention(found, owner_end - 1):
            item.start = owner_end - 2                    # "the country's top court" with no country named before
            item.needs_owner = item.needs_owner and not item.actor.country   # (the country of the context)
        elif tokens[owner_end - 1].ent_type_ == "PERSON" and not inside_mention(found, owner_end - 1):
            start = owner_end - 1                         # an unknown person's government: the country stays
            while start > 0 and tokens[start].ent_iob_ == "I" and tokens[start - 1].ent_type_ == "PERSON":
                start -= 1
            item.start = start


def _international_owner(found: list[Found], item: Found, owner_end: int) -> bool:
    """Round 15: "the bloc's leaders", "the alliance's commanders": the people of an international organisation
    are the organisation, as "EU leaders" and "ECOWAS leaders" are (gold of 3 studied sets)."""
    if not item.needs_owner:
        return False
    owner = next((f for f in found if f.end == owner_end and f is not item and f.actor.sector == "IGO"), None)
    if owner is None:
        return False
    item.actor, item.start, item.needs_owner = owner.actor, owner.start, False
    item.antecedent = item.antecedent or owner
    return True


MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "advmod", "npadvmod"})
PERSONAL_STAFF = SPEAKER_NOUNS | frozenset({"aide", "aides", "adviser", "advisers", "advisor", "advisors"})


def _over_modifiers(doc: Doc, item: Found) -> int:
    """The first token of the adjectives and numbers before a role that modify it ("first female")."""
    first = item.start
    while first > 0 and item.start - first < 4 and doc[first - 1].dep_ in MODIFIER_DEPS and \
            doc[first - 1].tag_ not in ("POS", "NNP", "NNPS", "PRP$") and \
            first <= doc[first - 1].head.i < item.end:
        first -= 1
    return first


KIN_NOUNS = frozenset("""son daughter brother sister father mother wife husband widow nephew niece uncle aunt
cousin grandson granddaughter""".split())


def add_relatives(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'his brother Fidel': a relative named by a name in no dictionary is of the possessor's country
    (no sector: kinship says nothing of office)."""
    covered = covered_tokens(found)
    added = []
    for token in tokens_among(doc, KIN_NOUNS):
        if token.lower_ not in KIN_NOUNS or token.i < 1 or token.i + 1 >= len(doc):
            continue
        pronoun, name = doc[token.i - 1], doc[token.i + 1]
        if pronoun.lower_ not in ("his", "her") or name.pos_ != "PROPN" or not name.text[:1].isupper() or \
                name.i in covered:
            continue
        owners = [f for f in found if f.start == pronoun.i and f.via == "pronoun" and f.actor.country]
        if not owners:
            continue
        end = name.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end not in covered:
            end += 1
        relative = Found(pronoun.i, end, _country_level(lexicon, owners[0].actor.country, None), "description",
                         person=True, person_name=words_text(doc, name.i, end), antecedent=owners[0])
        added.append(relative)
    return sorted(found + added, key=lambda f: f.start) if added else found


ENTOURAGE_IDS = frozenset(map(get_string_id, ENTOURAGE_NOUNS))


def add_entourages(doc: Doc, found: list[Found]) -> list[Found]:
    """Round 11: 'Ambassador X and his staff', 'Marcos and his family', 'the Somoza family': the people around a
    person are of the person's actor, whatever it is (an ousted ruler's family is his country's); "his" keeps its
    own mention inside (`context_words.yaml`: entourage_nouns). Read from the mentions, not by a scan of the text."""
    forms = token_attributes(doc, LOWER)
    added = []
    for item in found:
        if item.end >= len(doc) or forms[item.end] not in ENTOURAGE_IDS or not item.actor.country or item.extra:
            continue
        if item.via == "pronoun" and item.person and item.end == item.start + 1:
            if doc[item.start].lower_ not in ("his", "her"):
                continue
            if not inside_mention(found, item.end):
                added.append(Found(item.start, item.end + 1, item.actor, "description", collective=True,
                                   antecedent=item))
        elif item.via == "name" and not item.plural and \
                "the" in (doc[item.start].lower_, doc[max(item.start - 1, 0)].lower_):
            item.end += 1                                # "the Somoza family": the name's mention takes it in
    return sorted(found + added, key=lambda f: f.start) if added else found


def _wing_end(doc: Doc, end: int) -> int:
    """The end of "youth wing", "Youth League", "'s armed wing" right after a mention ending at `end`, else 0."""
    i = end
    while i < len(doc) and i - end < 4 and doc[i].lower_ in WING_MODIFIERS:
        i += 1
    modified = any(doc[k].lower_ != "'s" for k in range(end, i))    # not "Hamas's wing" alone, nor "right wing"
    return i + 1 if i < len(doc) and doc[i].lower_ in WING_NOUNS and modified else 0


def add_wings(doc: Doc, found: list[Found]) -> list[Found]:
    """Round 19: "the ruling party's youth wing", "the ANC Youth League", "Hamas's armed wing": a wing of a party or
    group is of its actor, one mention over both (the owner's mention takes the wing in; a name the matcher read
    inside the wing, "Youth", goes). Reads a few tokens after each mention, only in texts with a wing noun."""
    if not positions_among(doc, WING_NOUNS):
        return found
    drop = set()
    for item in found:
        if item.person or item.via == "pronoun" or item.extra or not item.actor.code or item.end >= len(doc):
            continue
        end = _wing_end(doc, item.end)
        if end:
            drop.update(id(f) for f in found if item.end <= f.start and f.end <= end)
            item.end = end
    return [f for f in found if id(f) not in drop] if drop else found


def span_appositions(doc: Doc, found: list[Found]) -> list[Found]:
    """"Zimbabwe's president, Robert Mugabe": one phrase to a reader, so one more mention of the person spans
    the description and the name in apposition (each keeps its own mention inside)."""
    tokens = doc_tokens(doc)
    named = [f for f in found if f.person and f.via in ("name", "title") and f.start >= 2 and
             tokens[f.start - 1].text == ","]
    if not named:
        return found
    descriptions = {f.end: f for f in found if f.via == "description" and f.person and not f.extra}
    added = []
    for item in named:
        description = descriptions.get(item.start - 1)
        if description is not None and description.actor.code == item.actor.code:
            added.append(Found(description.start, item.end, item.actor, "description", person=True,
                               antecedent=description, person_name=item.person_name))
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found


def span_possessed_names(doc: Doc, found: list[Found]) -> list[Found]:
    """'his New Jewel Movement', "Morsi's Muslim Brotherhood": a named group after a possessive pronoun or a
    person's possessive is one phrase to a reader, so one more mention spans both (each keeps its own)."""
    tokens = doc_tokens(doc)
    added = []
    owners = {f.end: f for f in found if f.person and f.via in ("name", "title") and tokens[f.end - 1].tag_ == "POS"}
    for item in found:
        if item.via != "name" or item.person or item.start == 0 or item.extra:
            continue
        owner = tokens[item.start - 1]
        person = owners.get(item.start)
        if owner.lower_ in POSSESSIVE_PRONOUNS and owner.dep_ == "poss" and item.start <= owner.head.i < item.end:
            added.append(Found(item.start - 1, item.end, item.actor, "description", collective=item.collective,
                               plural=item.plural, antecedent=item, sector=item.sector))
        elif person is not None and person.actor.country == item.actor.country:
            added.append(Found(person.start, item.end, item.actor, "description", collective=item.collective,
                               plural=item.plural, antecedent=item, sector=item.sector))
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found


def extend_relational(doc: Doc, found: list[Found]) -> None:
    """'his successor Dmitry Medvedev', 'his son Kim Jong Il': the person's mention takes in the
    possessive and the noun that relates them (the pronoun keeps its own mention inside)."""
    tokens = doc_tokens(doc)
    for item in found:
        if item.via == "description" and item.person and item.start > 0 and item.antecedent is None and \
                tokens[item.start - 1].lower_ in POSSESSIVE_PRONOUNS and \
                item.start <= tokens[item.start - 1].head.i < item.end:
            item.start -= 1                               # "his Russian counterpart" (the pronoun keeps its own)
            continue
        if not item.person or item.via not in ("name", "title") or item.start == 0:
            continue
        before = tokens[item.start - 1]
        if before.lower_ in POSSESSIVE_PRONOUNS and item.start <= before.head.i < item.end:
            item.start -= 1                               # "his successor Dmitry Medvedev"
        elif item.start >= 2 and before.pos_ == "NOUN" and tokens[item.start - 2].lower_ in POSSESSIVE_PRONOUNS and \
                tokens[item.start - 2].head.i == before.i and span_root(doc, item.start, item.end).head.i == before.i and \
                span_root(doc, item.start, item.end).dep_ in ("appos", "compound", "npadvmod"):
            item.start -= 2                               # "his son Kim Jong Il"

