"""Cleaning: from raw article text to clean text, with every removal recorded.

Contract: `clean_article(article, options) -> CleanArticle`. The clean text is the raw text with
removed spans cut out; `CleanArticle.removed` lists each cut in raw offsets, and `offset_map`
maps clean offsets back to raw ones. Never raises on odd text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Article, CleanArticle, Removal


@dataclass(frozen=True)
class CleanOptions:
    repeat_threshold: float = 0.9


_DATELINE = re.compile(r"\A\s*([A-Z][A-Z .'-]{1,40}?)\s*(?:,[^\n—–-]{1,40})?\s*(?:\([A-Za-z .]+\))?\s*[—–-]+\s*")


def clean_article(article: Article, options: CleanOptions = CleanOptions()) -> CleanArticle:
    raw = article.raw_text
    removed: list[Removal] = []
    start = 0
    dateline = None
    match = _DATELINE.match(raw)
    if match:
        dateline = match.group(1).strip()
        start = match.end()
        removed.append(Removal(0, start, "dateline", raw[:start]))
    text = raw[start:]
    return CleanArticle(article=article, text=text, dateline=dateline, removed=tuple(removed),
                        offset_map=((0, start),))
