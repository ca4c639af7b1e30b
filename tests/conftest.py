"""Shared fixtures: the real spaCy model (loaded once per test session) and the bundled sample."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
VOA_SAMPLE = EXAMPLES / "voa-2012-12-03-putin-istanbul.txt"


@pytest.fixture(scope="session")
def nlp():
    from dateline import nlp as nlp_module
    from dateline.settings import DEFAULT_MODEL
    return nlp_module.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def voa_text() -> str:
    return VOA_SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture(scope="session")
def resolver():
    """The actor resolver with the shipped dictionaries (built once; it keeps no per-article state)."""
    from dateline.actors import ActorResolver
    return ActorResolver()


@pytest.fixture(scope="session")
def coder():
    from dateline.events import EventCoder
    return EventCoder()


@pytest.fixture(scope="session")
def gazetteer():
    """The gazetteer with the shipped data (loaded once; it keeps no per-article state)."""
    from dateline.places import Gazetteer
    return Gazetteer()


@pytest.fixture
def places_of(nlp, gazetteer):
    """A text's places by the words that name them, given the article's countries."""
    def find(text, countries=()):
        return {text[p.start:p.end]: p for p in gazetteer.find_places(nlp(text), list(countries))}
    return find
