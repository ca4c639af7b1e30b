"""News outlets named by their kind or after a country, and warships named with their navy's prefix (round 9).

Wire copy names a paper, a magazine or a channel by its kind before its name ("the satirical weekly Charlie
Hebdo", "the Venezuelan network Telesur", "the daily El Mercurio") and state broadcasters after their country
or capital ("Radio Uganda", "Radio Moscow", "Uganda Television"). Such a phrase is one mention of the media
(MED) of the country named in it, else of the story's country; the country word inside is no mention of its
own. Word lists: `outlet_nouns`, `broadcast_words` in `data/context_words.yaml`.
"""
from __future__ import annotations

from typing import Optional

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..model import Actor
from .compose import Found
from .context import CONTEXT_WORDS
from .lexicon import Lexicon
from ..nlp import positions_among

OUTLET_NOUNS = frozenset(CONTEXT_WORDS["outlet_nouns"])
BROADCAST_WORDS = frozenset(CONTEXT_WORDS["broadcast_words"])
SHIP_PREFIXES = CONTEXT_WORDS["ship_prefixes"]
SHIP_PREFIX_WORDS = frozenset(SHIP_PREFIXES)
# kinds that also open a name when capitalised ("the state-owned Daily Graphic", "the Weekly Standard")
NAME_OPENING_KINDS = frozenset({"daily", "weekly"})
# kinds that also name a smuggling or militant "network" or a waterway: an outlet only with a country
# adjective or a medium before them ("the Qatari network Al Jazeera", "the news channel NTV")
AMBIGUOUS_KINDS = frozenset({"network", "channel"})
MEDIUM_WORDS = frozenset({"television", "tv", "news", "satellite", "cable", "broadcast", "broadcasting", "radio"})
# how a country word is found: by its name, a capital or a demonym
COUNTRY_VIAS = frozenset({"name", "capital", "demonym", "country", "seat", "city"})
NAME_ARTICLES = frozenset({"The", "El", "Le", "La", "Al", "Der", "Die"})
MAX_NAME_WORDS = 5


def add_outlets(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    _broadcasters(doc, found, lexicon)
    return _warships(doc, _named_outlets(doc, found, lexicon), lexicon)


def _warships(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'the USS Cole', 'HMS Sheffield': a warship named with its navy's prefix is that country's military
    (a name like a town's inside it is no place)."""
    for position in positions_among(doc, SHIP_PREFIX_WORDS, ORTH):
        end = _name_end(doc, position + 1)
        country = SHIP_PREFIXES[doc[position].text]
        if end == position + 1 or country not in lexicon.country_names:
            continue
        start = position - 1 if position > 0 and doc[position - 1].lower_ == "the" else position
        if any(f.start < end and f.end > start and not (start <= f.start and f.end <= end) for f in found):
            continue                                    # part of a longer mention
        found = [f for f in found if not (start <= f.start and f.end <= end)]
        found.append(Found(start, end, Actor(country + "MIL", country, "MIL", lexicon.country_names[country]),
                           "name", collective=True, sector="MIL"))
    return found


def _country_word(item: Found, lexicon: Lexicon) -> Optional[str]:
    """The country of a mention that is only a country word ("Uganda", "Moscow", "Venezuelan")."""
    country = item.actor.country
    if item.person or item.via not in COUNTRY_VIAS or country not in lexicon.country_names:
        return None
    return country if item.actor.code in (country, country + "GOV") else None


def _media_of(lexicon: Lexicon, country: str) -> Actor:
    return Actor(country + "MED", country, "MED", lexicon.country_names.get(country, country))


def _broadcasters(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """'Radio Uganda', 'Radio Moscow', 'Uganda Television': the country's broadcaster."""
    positions = positions_among(doc, BROADCAST_WORDS, ORTH)
    for position in positions:
        for item in found:
            if item.start != position + 1 and item.end != position:
                continue
            country = _country_word(item, lexicon)
            if country is None:
                continue
            item.start, item.end = min(item.start, position), max(item.end, position + 1)
            item.actor, item.sector, item.via, item.collective = _media_of(lexicon, country), "MED", "name", True
            break


def _named_outlets(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'the satirical weekly Charlie Hebdo', 'the Venezuelan network Telesur': one mention of the outlet."""
    for position in positions_among(doc, OUTLET_NOUNS):
        kind = doc[position]
        if not kind.text.islower() and kind.lower_ not in NAME_OPENING_KINDS:
            continue
        name_end = _name_end(doc, position + 1)
        if name_end == position + 1:
            continue
        start = _phrase_start(doc, position)
        inside = [f for f in found if start <= f.start and f.end <= name_end]
        if any(f.start < name_end and f.end > start for f in found if f not in inside):
            continue                                    # part of a longer mention
        countries = [c for c in (_country_word(f, lexicon) for f in inside) if c]
        named_media = [f for f in inside if f.actor.sector == "MED"]
        if any(f.actor.sector not in (None, "MED") and not _country_word(f, lexicon) for f in inside):
            continue                                    # "the terror network Al-Qaeda"
        if kind.lower_ in AMBIGUOUS_KINDS and not countries and \
                not any(t.lower_ in MEDIUM_WORDS for t in doc[start:position]):
            continue
        country = countries[0] if countries else next((f.actor.country for f in named_media if f.actor.country), None)
        if country:
            actor = _media_of(lexicon, country)
        elif named_media:
            actor = named_media[0].actor        # a known outlet of no country ("Der Spiegel") is given none
        else:
            actor = Actor("MED", None, "MED", None)
        found = [f for f in found if f not in inside]
        found.append(Found(start, name_end, actor, "description", collective=True, sector="MED",
                           needs_country=not country and not named_media))
    return found


def _name_end(doc: Doc, start: int) -> int:
    """The end of the capitalised name that starts at `start` (`start` itself where there is none); a name
    that modifies a noun after it ("the weekly Cabinet meeting") is none."""
    end = start
    while end < len(doc) and end - start < MAX_NAME_WORDS:
        token = doc[end]
        if token.pos_ == "PROPN" and token.text[:1].isupper() or \
                token.text in NAME_ARTICLES and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 1
        else:
            break
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
        return start
    return end


def _phrase_start(doc: Doc, position: int) -> int:
    """The first word of the noun phrase that the outlet's kind heads ("the state-owned", "The Qatari")."""
    start = position
    while start > 0:
        token = doc[start - 1]
        if token.dep_ in ("det", "amod", "compound", "npadvmod", "advmod", "nmod") or \
                token.text == "-" and start - 2 >= 0:
            start -= 1
        else:
            break
    return start
