"""Event dates: the article's date moved by the date words of the sentence.

A small resolver handles what news text mostly says ("on Monday", "yesterday", "last week",
"in 2011", "March 3", "two days ago"); only a DATE entity it cannot read goes to dateparser,
with the article date as the relative base, and the answer is cached. No sentence is sent to
dateparser whole, so dates stay cheap.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Optional

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "a": 1, "several": 3, "few": 3}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# the words that name a part of a period ("late last month", "early next year")
_PARTS = r"late|early|mid-?|the end of|the start of|the beginning of"
_QUALIFIER = re.compile(rf"^(?:(?:in|on|by)\s+)?(?:{_PARTS})\s*", re.IGNORECASE)
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
# a length of time is no point in time: "within 180 days", "for 48 hours", "the past 10 years"
_LENGTH = re.compile(r"(?:(?:the )?(?:past|last|next|first|coming|nearly|almost|about|around|some|more than|over|"
                     r"up to|at least|another|a further) )*[\d,.]+[- ](?:hours?|days?|weeks?|months?|years?|decades?)",
                     re.IGNORECASE)


def _shift_months(date: dt.date, months: int) -> dt.date:
    month = date.month - 1 + months
    year, month = date.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


def _weekday(base: dt.date, weekday: int, future: bool) -> dt.date:
    if future:
        return base + dt.timedelta(days=(weekday - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def _relative(text: str, base: dt.date, future: bool) -> Optional[dt.date]:
    words = text.lower().replace(",", " ").split()
    if not words:
        return None
    joined = " ".join(words)
    if joined in ("today", "tonight", "this morning", "this afternoon", "this evening", "now", "earlier today",
                  "later today", "this week", "earlier this week", "this month", "earlier this month"):
        return base
    if joined in ("the day before yesterday",):
        return base - dt.timedelta(days=2)
    if joined in ("yesterday", "last night") or joined.startswith("yesterday"):
        return base - dt.timedelta(days=1)
    # told against the article's date: "the day before", "a day earlier", "the previous night"
    if joined in ("the day before", "the previous day", "a day earlier", "one day earlier", "the day earlier",
                  "the night before", "the previous night", "the previous evening", "a day before"):
        return base - dt.timedelta(days=1)
    if joined in ("the next day", "the following day", "a day later", "one day later", "the day after"):
        return base + dt.timedelta(days=1)
    if joined in ("this year", "earlier this year", "later this year"):
        return base
    if joined.startswith("tomorrow"):
        return base + dt.timedelta(days=1)
    for i, word in enumerate(words):
        if word in WEEKDAYS:
            before = words[i - 1] if i else ""
            if before == "last":          # "last Monday" told on a Monday is a week back, never ahead
                return _weekday(base - dt.timedelta(days=1), WEEKDAYS[word], False)
            if before == "next":
                return _weekday(base + dt.timedelta(days=1), WEEKDAYS[word], True)
            return _weekday(base, WEEKDAYS[word], future)
    if words[-1] == "weekend" and len(words) <= 3:
        # "over the weekend", "last weekend": the Saturday before; "next weekend", a plan's "this weekend": ahead
        ahead = words[0] == "next" or (future and words[0] != "last")
        return _weekday(base + dt.timedelta(days=1) if ahead else base - dt.timedelta(days=1), 5, ahead)
    if joined in ("last week", "the previous week", "a week ago", "past week", "the past week"):
        return base - dt.timedelta(days=7)
    if joined in ("next week",):
        return base + dt.timedelta(days=7)
    if joined in ("last month", "the previous month", "a month ago"):
        return _shift_months(base, -1)
    if joined in ("next month",):
        return _shift_months(base, 1)
    if joined in ("last year", "the previous year", "a year ago"):
        return _shift_months(base, -12)
    if joined in ("next year",):
        return _shift_months(base, 12)
    match = re.fullmatch(r"(\w+) (day|week|month|year)s? (ago|earlier|later)", joined)
    if match:
        count = COUNT_WORDS.get(match.group(1)) or (int(match.group(1)) if match.group(1).isdigit() else None)
        if count is None:
            return None
        sign = 1 if match.group(3) == "later" else -1
        unit = match.group(2)
        if unit == "day":
            return base + dt.timedelta(days=sign * count)
        if unit == "week":
            return base + dt.timedelta(days=sign * 7 * count)
        return _shift_months(base, sign * count * (12 if unit == "year" else 1))
    return None


def _calendar(text: str, base: dt.date, future: bool = False) -> Optional[dt.date]:
    """"March 3", "3 March 2011", "March 2011", "in 2011", "Dec. 3, 2012". A month without a year is the last
    one (up to a month ahead: "December 20" in a report of December 3), or for a plan the next one ("will meet in
    January" in December is next January)."""
    lowered = text.lower().replace(".", " ").replace(",", " ")
    month = next((MONTHS[w] for w in lowered.split() if w in MONTHS), None)
    year_match = _YEAR.search(lowered)
    year = int(year_match.group(1)) if year_match else None
    if month is None:
        if year is not None and re.fullmatch(r"(in |during |since |the year )?\s*\d{4}s?", lowered.strip()):
            return dt.date(year, 1, 1) if year != base.year else base
        return None
    rest = _YEAR.sub(" ", lowered)
    day_match = _DAY.search(rest)
    day = int(day_match.group(1)) if day_match else 1
    if year is None:
        year = base.year
        if future:
            if month < base.month:
                year += 1       # (a plan "from August 3" in June is this August, not last August)
        elif dt.date(year, month, 1) > base + dt.timedelta(days=31):
            year -= 1
    try:
        return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, base: dt.date) -> Optional[dt.date]:
    try:
        import dateparser
    except ImportError:          # dateparser is a dependency, but dates are optional: never fail on it
        return None
    parsed = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": []})
    return parsed.date() if parsed else None


_PART_OF_YEAR = re.compile(rf"(?:in\s+|by\s+)?({_PARTS})\s*(next|last|this)\s+year", re.IGNORECASE)
_PART_MONTHS = {"early": 1, "the start of": 1, "the beginning of": 1, "mid": 7, "mid-": 7, "late": 10, "the end of": 12}


def _part_of_year(text: str, base: dt.date) -> Optional[dt.date]:
    """"early next year", "late last year", "the end of this year": the first day of that part of that year (a
    plan "early next year" is not a year to the day after the article)."""
    match = _PART_OF_YEAR.fullmatch(text.strip())
    if not match:
        return None
    year = base.year + {"next": 1, "last": -1, "this": 0}[match.group(2).lower()]
    return dt.date(year, _PART_MONTHS[match.group(1).lower()], 1)


def resolve(text: str, base: Optional[dt.date], future: bool = False) -> Optional[dt.date]:
    """The date a date expression names, relative to `base` (the article date)."""
    if base is None:
        return _calendar(text, dt.date.today()) if _YEAR.search(text) else None
    text = text.strip()
    found = _relative(text, base, future) or _calendar(text, base, future)
    if found is None:
        found = _part_of_year(text, base)
    if found is None:
        # "late last month", "early this year", "in mid-November": the period the word qualifies
        plain = _QUALIFIER.sub("", text).strip()
        if plain != text and plain:
            found = _relative(plain, base, future) or _calendar(plain, base, future)
    if found is not None:
        return found
    if _LENGTH.fullmatch(text):
        return None
    if any(ch.isdigit() for ch in text) or any(w in MONTHS for w in text.lower().split()):
        return _dateparser(text, base)
    return None
