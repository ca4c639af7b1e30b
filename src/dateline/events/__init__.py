"""Event coding: PLOVER events with CAMEO codes, QuadClass and Goldstein, from a parsed article.

Contract: `EventCoder().code(doc, mentions, context) -> (events, quotes)` where `context` is a
`CodingContext` (article id, date, places, dateline place). Each event carries its sentence,
trigger, pattern, confidence and an explanation. See `coder.py` for the steps and
`data/patterns.yaml` for the patterns.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from ..model import Place


@dataclass(frozen=True)
class CodingContext:
    article_id: str
    date: Optional[dt.date] = None
    places: tuple[Place, ...] = ()
    dateline_place: Optional[Place] = None


from .coder import EventCoder  # noqa: E402  (the coder imports CodingContext's module)

__all__ = ["CodingContext", "EventCoder"]
