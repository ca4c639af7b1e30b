"""dateline: turn news articles into clean, deduplicated, coded event data.

    >>> import dateline
    >>> for result in dateline.process(["ISTANBUL - Putin met Erdogan on Monday."]):
    ...     print([e.plover for e in result.events])

`dateline.open(path)` opens a database written by `dateline process`.
"""
from __future__ import annotations

__version__ = "0.1.0"


def process(inputs, **settings):
    """Process texts (str) or Articles in memory, without a database; yields `Result`s."""
    from .pipeline import process as _process
    return _process(inputs, **settings)


def open(path, read_only: bool = False):  # noqa: A001 - mirrors duckdb.connect / builtins.open
    """Open a dateline database for queries (see `dateline.store.Store`)."""
    from .store import Store
    return Store(path, read_only=read_only)
