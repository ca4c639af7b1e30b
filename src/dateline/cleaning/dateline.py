"""Datelines: `ISTANBUL —`, `MOSCOW (Reuters) -`, `WASHINGTON, Dec. 3 (AP) —`, `BEIRUT, Lebanon —`.

The place must be written in capitals and be followed, after an optional region, date and agency,
by a dash (or a colon: `DHAKA:`): an ordinary first sentence ("Russian President Vladimir Putin says...") never
matches.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import yaml

from .boilerplate import RULES_FILE

_CAPS = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"     # capitals of the Latin alphabets
_CAP = f"[{_CAPS}]"
_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
          r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")


# an outlet that no list names: up to five capitalised words ("Daily Herald", "The Kyiv Independent")
_OUTLET = r"[A-Z][\w.&'’-]*(?:[ ][A-Z][\w.&'’-]*){0,4}"


@dataclass(frozen=True)
class Dateline:
    place: str            # as written: "ISTANBUL", "UNITED NATIONS"
    region: Optional[str]  # "Lebanon" in "BEIRUT, Lebanon —"
    date: Optional[dt.date]
    agency: Optional[str]
    start: int            # raw offsets of the whole dateline, dash and following spaces included
    end: int


@lru_cache(maxsize=1)
def _config() -> tuple[re.Pattern, frozenset[str]]:
    data = (yaml.safe_load(RULES_FILE.read_text(encoding="utf-8")) or {}).get("dateline", {})
    agencies = sorted(data.get("agencies", []), key=len, reverse=True)
    agency = "|".join(re.escape(a) for a in agencies) or "AP"
    pattern = re.compile(
        r"\A[ \t\r\n\ufeff]*"
        rf"(?P<place>{_CAP}[{_CAPS}.'’-]*(?:[ ]{_CAP}[{_CAPS}.'’-]*){{0,3}})"   # ISTANBUL, UNITED NATIONS, BOGOTÁ
        r"(?:,[ ](?P<region>[A-Z][a-zA-Z.'’-]+(?:[ ][A-Z][a-zA-Z.'’-]+){0,2}))?"  # , Lebanon / , Calif.
        rf"(?:,?[ ](?P<month>{_MONTH})[ ]?(?P<day>\d{{1,2}})(?:,[ ](?P<year>\d{{4}}))?)?"  # , Dec. 3(, 2012)
        rf"(?:[ ]?\((?P<agency>{agency}|{_OUTLET})\))?"   # (AP), (Daily Herald)
        r"[ \t]*(?:—|–|--?|:)(?=\s)[ \t]*\n?[ \t]*")    # "DHAKA:" as South Asian papers write it
    not_places = frozenset(str(p).upper() for p in data.get("not_places", []))
    return pattern, not_places


def find_dateline(text: str, published: Optional[dt.date] = None, start: int = 0) -> Optional[Dateline]:
    """The dateline at `start` (the start of the text, or of the line after the headline), or
    None. The year of a dateline date comes from the published date (a date after publication
    belongs to the year before), else from today."""
    pattern, not_places = _config()
    match = pattern.match(text[start:start + 200])
    if not match:
        return None
    place = match.group("place").strip()
    letters = re.sub(r"[^A-Z]", "", place)
    if place.upper() in not_places or len(letters) < 3:
        return None
    return Dateline(place=place, region=match.group("region"), date=_date(match, published),
                    agency=match.group("agency"), start=start, end=start + match.end())


def _date(match: re.Match, published: Optional[dt.date]) -> Optional[dt.date]:
    if not match.group("month"):
        return None
    month = _MONTHS[match.group("month")[:3].lower()]
    day = int(match.group("day"))
    reference = published or dt.date.today()
    year = int(match.group("year")) if match.group("year") else reference.year
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not match.group("year") and date > reference + dt.timedelta(days=2):
        try:
            date = date.replace(year=year - 1)
        except ValueError:
            return None
    return date
