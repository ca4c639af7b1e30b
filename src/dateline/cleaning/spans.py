"""Text units (paragraphs, sentences) with raw offsets, and turning cuts into clean text.

Cleaning never rewrites characters: it only cuts spans out of the raw text. That keeps the
offset map exact (clean character i is raw character `raw_offset(i)`), so every mention and
event found later can be shown where it stood in the raw text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (maybe followed by a closing quote or bracket) before a space and an
# upper-case letter, digit or opening quote. Good enough to find repeated sentences; the parser
# does the real sentence split later. The match takes the mark, the break between sentences is
# group 1: a pattern that opens with a character class is searched for quickly, one that opens
# with a lookbehind ("after . ! ?") is tried at every position (issue 8, speed).
_SENTENCE_END = re.compile(r"[.!?]([\"'”’)\]]?\s+)(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Gov|Sen|Rep|St|Jr|Sr|Inc|Corp|Co|Ltd|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|U\.S|U\.N|U\.K)|\b[A-Z])\.$")


@dataclass(frozen=True)
class Unit:
    """A paragraph or sentence: raw offsets of its first and last non-space character (+1)."""
    start: int
    end: int
    text: str


def lines(text: str) -> list[Unit]:
    """Non-empty lines, stripped of surrounding spaces."""
    units = []
    for match in _LINE.finditer(text):
        unit = stripped(text, match.start(), match.end())
        if unit:
            units.append(unit)
    return units


def paragraphs(text: str, text_lines: Optional[list[Unit]] = None) -> list[Unit]:
    """Paragraphs: blocks between blank lines when the text is hard-wrapped (most blocks hold
    several short lines), otherwise one paragraph per line, as scraped news usually comes.
    `text_lines`: `lines(text)`, when the caller has them already (issue 8, speed)."""
    if text_lines is None:
        text_lines = lines(text)
    if _looks_hard_wrapped(text, text_lines):
        units, start = [], 0
        for match in _BLANK_LINE.finditer(text):
            unit = stripped(text, start, match.start())
            if unit:
                units.append(unit)
            start = match.end()
        unit = stripped(text, start, len(text))
        if unit:
            units.append(unit)
        return units
    return text_lines


def _looks_hard_wrapped(text: str, line_units: list[Unit]) -> bool:
    if not _BLANK_LINE.search(text):
        return False
    if len(line_units) < 3:
        return False
    short = sum(1 for unit in line_units if len(unit.text) <= 100)
    return short / len(line_units) > 0.8 and max(len(unit.text) for unit in line_units) <= 120


def sentences(text: str, unit: Unit) -> list[Unit]:
    """The sentences of a paragraph (rough split; abbreviations such as "Dec." or "U.S." kept)."""
    units, start = [], unit.start
    # from the character before the paragraph: a mark there ends a sentence before its first word
    for match in _SENTENCE_END.finditer(text, max(unit.start - 1, 0), unit.end):
        end = match.start(1)
        if _ABBREVIATION.search(text, max(unit.start, end - 6), end):
            continue
        piece = stripped(text, start, end)
        if piece:
            units.append(piece)
        start = match.end()
    piece = stripped(text, start, unit.end)
    if piece:
        units.append(piece)
    return units


def stripped(text: str, start: int, end: int):
    # str.strip() drops the characters str.isspace() tells (the same test), in C: a character
    # loop in Python cost more than the rest of the sentence split (issue 8, speed)
    piece = text[start:end]
    left = piece.lstrip()
    if not left:
        return None
    start += len(piece) - len(left)
    core = left.rstrip()
    return Unit(start, start + len(core), core)


# --- cuts ------------------------------------------------------------------------------------
def merge(cuts: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping cut intervals."""
    merged: list[list[int]] = []
    for start, end in sorted(c for c in cuts if c[1] > c[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def kept_segments(length: int, cuts: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The raw spans left after the cuts."""
    segments, position = [], 0
    for start, end in merge(cuts):
        if start > position:
            segments.append((position, start))
        position = max(position, end)
    if position < length:
        segments.append((position, length))
    return segments


def recut(segments: list[tuple[int, int]], clean_cuts: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Apply cuts given in clean-text offsets to raw segments; returns the new raw segments."""
    result: list[tuple[int, int]] = []
    cuts = merge(clean_cuts)
    clean_position, cut_index = 0, 0
    for raw_start, raw_end in segments:
        seg_clean_start = clean_position
        seg_clean_end = clean_position + (raw_end - raw_start)
        cursor = seg_clean_start
        while cut_index < len(cuts) and cuts[cut_index][0] < seg_clean_end:
            cut_start, cut_end = cuts[cut_index]
            if cut_start > cursor:
                result.append((raw_start + cursor - seg_clean_start, raw_start + cut_start - seg_clean_start))
            cursor = max(cursor, min(cut_end, seg_clean_end))
            if cut_end <= seg_clean_end:
                cut_index += 1
            else:
                break
        if cursor < seg_clean_end:
            result.append((raw_start + cursor - seg_clean_start, raw_end))
        clean_position = seg_clean_end
    return result


def join(raw: str, segments: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Clean text and its offset map ((clean_start, raw_start) pairs) from raw segments."""
    pieces, offset_map, clean_position = [], [], 0
    previous_raw_end = None
    for start, end in segments:
        if previous_raw_end != start or not offset_map:
            offset_map.append((clean_position, start))
        pieces.append(raw[start:end])
        clean_position += end - start
        previous_raw_end = end
    return "".join(pieces), tuple(offset_map) or ((0, 0),)


def spans_of(segments: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """(clean_start, raw_start, raw_end) for each segment."""
    clean_position = 0
    for start, end in segments:
        yield clean_position, start, end
        clean_position += end - start
