"""Duplicate detection across a corpus.

Contract: a `Deduplicator` holds the signatures of every article seen (seeded from the store),
and `check(article_id, text) -> duplicate_of | None` both tests and, if new, adds the article.
"""
from __future__ import annotations

import hashlib
from typing import Iterable, Optional


def text_key(text: str) -> str:
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


class Deduplicator:
    def __init__(self, known: Iterable[tuple[str, str]] = ()):
        """`known`: (article_id, clean text) of articles already stored."""
        self._by_key: dict[str, str] = {}
        for article_id, text in known:
            self._by_key.setdefault(text_key(text), article_id)

    def check(self, article_id: str, text: str) -> Optional[str]:
        key = text_key(text)
        first = self._by_key.get(key)
        if first is not None and first != article_id:
            return first
        self._by_key.setdefault(key, article_id)
        return None
