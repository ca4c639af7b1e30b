"""Cleaning: from raw article text to clean text, with every removal recorded.

Contract: `clean_article(article, options) -> CleanArticle`. The clean text is the raw text with
spans cut out, never rewritten: clean character i is raw character `raw_offset(i)`. Never raises
on odd text.

What is recorded as a `Removal` (raw offsets, kind, the removed text, a detail):
- `dateline`: the dateline at the start ("ISTANBUL —"); its place and date go to the CleanArticle;
- `boilerplate`: whole short lines matched by a rule of data/boilerplate.yaml (rule name in detail);
- `repeat`: repeated paragraphs, runs of paragraphs and sentences (detail: what it repeats);
- `hyphenation`: a line-break hyphen joined again ("inter-\\nnational").
Cut but not recorded, because no word is lost: surplus whitespace (runs of spaces, blank lines,
leading and trailing space), carriage returns, soft hyphens and zero-width characters. They show
only in the offset map.
Character repairs (byte decoding, mojibake, Unicode NFC) happen when the article is read
(`dateline.ingest`), so the raw text an article carries is already repaired text.
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from typing import Optional

from .cleaning import spans
from .cleaning.boilerplate import find_boilerplate
from .cleaning.dateline import find_dateline
from .cleaning.repeats import find_repeats, words
from .model import Article, CleanArticle, Removal


logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CleanOptions:
    repeat_threshold: float = 0.9         # word-level similarity from which a unit counts as a repeat
    remove_boilerplate: bool = True
    detect_language: bool = True


_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\r"
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]|\r(?=\n)")
# the hyphen first, then the letter before it (a lookbehind): a pattern that opens with a plain
# character is searched for quickly, one that opens with a lookbehind is tried at every position
_LINE_HYPHEN = re.compile(r"-(?<=[a-z]-)[ \t]*\r?\n[ \t]*(?=[a-z])")
# each pattern starts only where its run starts, so long runs of spaces cost linear time
_SURPLUS_SPACE = [
    re.compile(r"\A\s+"),
    re.compile(r"(?<![ \t])[ \t]++(?=\n)"),
]
_SPACE_RUN = re.compile(r"(?<![ \t])[ \t]{2,}+")
_BLANK_RUN = re.compile(r"\n(?:[ \t]*\n){2,}")


class _Text:
    """The text at one stage of cleaning and the raw spans it is made of."""

    def __init__(self, raw: str, segments: list[tuple[int, int]]):
        self.raw = raw
        self.segments = segments
        self.text, offset_map = spans.join(raw, segments)
        self._clean_starts = [c for c, _ in offset_map]
        self._raw_starts = [r for _, r in offset_map]

    def raw_offset(self, clean_offset: int) -> int:
        i = bisect.bisect_right(self._clean_starts, clean_offset) - 1
        return self._raw_starts[max(i, 0)] + clean_offset - self._clean_starts[max(i, 0)]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.raw_offset(start), self.raw_offset(start)
        return self.raw_offset(start), self.raw_offset(end - 1) + 1

    def cut(self, clean_cuts: list[tuple[int, int]]) -> "_Text":
        if not clean_cuts:
            return self
        return _Text(self.raw, spans.recut(self.segments, clean_cuts))


def clean_article(article: Article, options: CleanOptions = CleanOptions()) -> CleanArticle:
    try:
        return _clean(article, options)
    except Exception:     # a cleaning bug must not stop a run: keep the article as it came, and say so
        logger.exception("cleaning failed for article %s (%s); keeping its raw text uncleaned",
                         article.id, article.input_ref)
        return CleanArticle(article=article, text=article.raw_text or "", offset_map=((0, 0),))


def _clean(article: Article, options: CleanOptions) -> CleanArticle:
    raw = article.raw_text or ""
    removed: list[Removal] = []
    stage = _Text(raw, [(0, len(raw))] if raw else [])
    stage = _repair_invisibles(stage, removed)

    text = stage.text
    cuts: list[tuple[int, int]] = []
    text_lines = spans.lines(text)      # for boilerplate and paragraphs: split once (issue 8, speed)
    hits = find_boilerplate(text, text_lines=text_lines) if options.remove_boilerplate else []
    dateline = find_dateline(text, article.published) or find_dateline(
        text, article.published, _after_headline(text, article.title)) or find_dateline(
        text, article.published, _after_leading_boilerplate(text, hits))
    blocked: list[tuple[int, int]] = []
    if dateline:
        blocked.append((dateline.start, dateline.end))
        cuts.append((dateline.start, dateline.end))
        _record(stage, removed, dateline.start, dateline.end, "dateline", _dateline_detail(dateline), strip=True)

    headline_end = _after_headline(text, article.title)
    if headline_end and not (dateline and dateline.start < headline_end):
        # a page's body that opens with its own headline: kept as the title, not coded twice with the lead
        blocked.append((0, headline_end))
        cuts.append((0, headline_end))
        _record(stage, removed, 0, headline_end, "headline", "the article's title (kept as its title)", strip=True)

    for hit in hits:
        if headline_end and hit.unit.start < headline_end:
            continue
        if dateline and hit.unit.start < dateline.end and hit.unit.end > dateline.start:
            continue                         # the dateline's own line: its rest is text
        cuts.append(_widen(text, hit.unit.start, hit.unit.end))
        blocked.append((hit.unit.start, hit.unit.end))
        _record(stage, removed, hit.unit.start, hit.unit.end, "boilerplate", hit.rule)

    paragraphs = _open_paragraphs(text, spans.paragraphs(text, text_lines), spans.merge(blocked))
    for hit in find_repeats(text, paragraphs, options.repeat_threshold, article.title):
        cuts.append(_widen(text, hit.unit.start, hit.unit.end))
        _record(stage, removed, hit.unit.start, hit.unit.end, "repeat", hit.detail)

    stage = stage.cut(cuts)
    stage = stage.cut(_surplus_whitespace(stage.text))
    clean_text, offset_map = spans.join(raw, stage.segments)
    removed = _drop_nested_repairs(removed)
    return CleanArticle(
        article=article, text=clean_text,
        dateline=dateline.place if dateline else None,
        dateline_date=dateline.date if dateline else None,
        removed=tuple(removed), offset_map=offset_map,
        language=_language(clean_text) if options.detect_language else None,
        dateline_region=dateline.region if dateline else None,
    )


def _dateline_detail(dateline) -> str:
    parts = [f"place {dateline.place}"]
    if dateline.region:
        parts.append(f"region {dateline.region}")
    if dateline.date:
        parts.append(f"date {dateline.date.isoformat()}")
    if dateline.agency:
        parts.append(f"agency {dateline.agency}")
    return ", ".join(parts)


def _after_leading_boilerplate(text: str, hits: list) -> int:
    """Where the text starts after the boilerplate lines that open it ("Skip to main content", a breadcrumb): a
    scraped page's dateline opens the first line after them; 0 when the text opens with no boilerplate."""
    start = 0
    for hit in sorted(hits, key=lambda h: h.unit.start):
        if text[start:hit.unit.start].strip():
            break
        start = hit.unit.end
    while start < len(text) and text[start] in " \t\r\n":
        start += 1
    return start


def _after_headline(text: str, title: Optional[str]) -> int:
    """Where the second line starts when the first line is the article's title (pages and exports
    often begin with the headline, and the dateline opens the line after it); else 0."""
    if not title:
        return 0
    first_line_end = text.find("\n")
    if first_line_end < 0 or words(text[:first_line_end]) != words(title):
        return 0
    return first_line_end + 1


def _repair_invisibles(stage: _Text, removed: list[Removal]) -> _Text:
    """Cut soft hyphens, zero-width characters and CRs; join words hyphenated at a line break,
    keeping the hyphen where the article itself writes the word with one ("well-known")."""
    text = stage.text
    # most texts hold none of these characters: a substring test each (issue 8, speed) instead of
    # a pattern tried at every position
    cuts = ([(m.start(), m.end()) for m in _INVISIBLE.finditer(text)]
            if any(char in text for char in _INVISIBLE_CHARS) else [])
    for match in _LINE_HYPHEN.finditer(text):
        left = re.search(r"\w+$", text[max(0, match.start() - 40):match.start()])
        right = re.match(r"\w+", text[match.end():match.end() + 40])
        hyphenated = f"{left.group(0)}-{right.group(0)}" if left and right else None
        if hyphenated and hyphenated in text:
            cuts.append((match.start() + 1, match.end()))   # a compound written so elsewhere: keep "-"
            continue
        cuts.append((match.start(), match.end()))
        removed.append(Removal(match.start(), match.end(), "hyphenation", match.group(0),
                               "word hyphenated at a line break joined"))
    return stage.cut(cuts)


def _open_paragraphs(text: str, paragraphs: list[spans.Unit], blocked: list[tuple[int, int]]) -> list[spans.Unit]:
    """Paragraphs minus what the dateline and boilerplate took: a paragraph that began with the
    dateline starts after it; a boilerplate line inside a hard-wrapped paragraph splits it.
    `blocked` is sorted and merged, so each paragraph finds its blocks by bisection."""
    ends = [end for _, end in blocked]
    result = []
    for unit in paragraphs:
        first = bisect.bisect_right(ends, unit.start)
        inside = []
        for start, end in blocked[first:]:
            if start >= unit.end:
                break
            inside.append((max(start, unit.start) - unit.start, min(end, unit.end) - unit.start))
        if not inside:
            result.append(unit)
            continue
        for start, end in spans.kept_segments(unit.end - unit.start, inside):
            piece = spans.stripped(text, unit.start + start, unit.start + end)
            if piece:
                result.append(piece)
    return result


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The span to cut for a removed unit: with the spaces after it, and with its line break when
    it fills its line (so that no empty line is left behind)."""
    after = end
    while after < len(text) and text[after] in " \t\u00a0":
        after += 1
    at_line_end = after == len(text) or text[after] == "\n"
    if not at_line_end:
        return start, after
    before = start
    while before > 0 and text[before - 1] in " \t\u00a0":
        before -= 1
    if before == 0 or text[before - 1] == "\n":
        return before, min(after + 1, len(text))     # the whole line
    return before, after                              # a last sentence: take the space before it


def _drop_nested_repairs(removed: list[Removal]) -> list[Removal]:
    """Sorted removals; a hyphen repair inside a block removed anyway is not reported twice."""
    blocks = spans.merge((r.start, r.end) for r in removed if r.kind != "hyphenation")
    ends = [end for _, end in blocks]

    def nested(removal: Removal) -> bool:
        i = bisect.bisect_left(ends, removal.end)
        return i < len(blocks) and blocks[i][0] <= removal.start

    kept = [r for r in removed if r.kind != "hyphenation" or not nested(r)]
    return sorted(kept, key=lambda r: (r.start, r.end))


def _surplus_whitespace(text: str) -> list[tuple[int, int]]:
    # issue 8 (speed): the patterns that open with a lookbehind are tried at every position of the
    # text, so a substring test first skips a text they cannot match: spaces before a line break
    # hold " \n" or "\t\n"; a run of two spaces or tabs holds "  " or a tab
    leading, before_break = _SURPLUS_SPACE
    cuts = [(m.start(), m.end()) for m in leading.finditer(text)]
    if " \n" in text or "\t\n" in text:
        cuts += [(m.start(), m.end()) for m in before_break.finditer(text)]
    cuts.append((len(text.rstrip()), len(text)))
    if "  " in text or "\t" in text:
        cuts += [(m.start() + 1, m.end()) for m in _SPACE_RUN.finditer(text)]
    cuts += [(m.start() + 1, m.end() - 1) for m in _BLANK_RUN.finditer(text)]
    return cuts


def _record(stage: _Text, removed: list[Removal], start: int, end: int, kind: str, detail: Optional[str],
            strip: bool = False) -> None:
    if strip:
        while end > start and stage.text[end - 1].isspace():
            end -= 1
        while start < end and stage.text[start].isspace():
            start += 1
    raw_start, raw_end = stage.raw_span(start, end)
    removed.append(Removal(raw_start, raw_end, kind, stage.raw[raw_start:raw_end], detail))


def _language(text: str) -> Optional[str]:
    from .language import detect_language
    return detect_language(text)
