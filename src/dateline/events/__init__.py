"""Event coding: PLOVER events with CAMEO codes, QuadClass and Goldstein, from a parsed article.

Contract: `EventCoder().code(doc, mentions, context) -> (events, quotes)` where `context` is a
`CodingContext` (article id, date, places, dateline place). Each event carries its sentence,
trigger, pattern and explanation.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from ..model import Event, Mention, Place, Quote


@dataclass(frozen=True)
class CodingContext:
    article_id: str
    date: Optional[dt.date] = None
    places: tuple[Place, ...] = ()
    dateline_place: Optional[Place] = None


class EventCoder:
    def code(self, doc: Doc, mentions: list[Mention], context: CodingContext) -> tuple[list[Event], list[Quote]]:
        return [], []
