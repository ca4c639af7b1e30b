"""Places: the dateline place and toponyms in the text, resolved against a gazetteer.

Contract: `Gazetteer()` loads once per process; `dateline_place(name, countries)` and
`find_places(doc, countries) -> list[Place]` (with clean-text offsets) resolve names, preferring
the article's countries, then population.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Doc

from .model import Place


class Gazetteer:
    def dateline_place(self, name: str, countries: Iterable[str] = ()) -> Optional[Place]:
        return None

    def find_places(self, doc: Doc, countries: Iterable[str] = ()) -> list[Place]:
        return []
