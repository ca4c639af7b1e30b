"""An on-disk cache for lookup structures that are slow to build and depend only on shipped data
(the actor lexicon, the gazetteer): built once, pickled under `$DATELINE_CACHE` (default
`~/.cache/dateline`), and rebuilt when the data's stamp changes."""
from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    return Path(os.environ.get("DATELINE_CACHE") or Path.home() / ".cache" / "dateline")


def cached(kind: str, stamp: str, build: Callable[[], T]) -> T:
    """`build()`'s result, read from `<cache>/<kind>-<stamp>.pickle` when present, else built and
    written there atomically (older stamps of the same kind are removed). A cache that cannot be
    read or written only costs a rebuild."""
    path = cache_dir() / f"{kind}-{stamp}.pickle"
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:   # missing, truncated, or pickled by other code (a class since renamed or moved)
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for stale in path.parent.glob(f"{kind}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return value
