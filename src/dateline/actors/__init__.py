"""Actor resolution: who is named or referred to in a parsed article.

Contract: `ActorResolver(settings).resolve(doc, date) -> list[Mention]`, mentions sorted by start,
clean-text offsets (doc.text is the clean text). `date` (the article's date) picks
date-restricted codes.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from spacy.tokens import Doc

from ..model import Mention


class ActorResolver:
    def __init__(self, actor_files: tuple[str, ...] = ()):
        self.actor_files = actor_files

    def resolve(self, doc: Doc, date: Optional[dt.date] = None) -> list[Mention]:
        return []
