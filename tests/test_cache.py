"""The on-disk cache of built lookup structures: a cache file it cannot use costs a rebuild, never a crash."""
from __future__ import annotations

import pickle

from dateline.cache import cached


def test_a_value_is_built_once_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    builds = []

    def build():
        builds.append(1)
        return {"words": ["ankara", "moscow"]}

    assert cached("lexicon", "stamp1", build) == {"words": ["ankara", "moscow"]}
    assert cached("lexicon", "stamp1", build) == {"words": ["ankara", "moscow"]}
    assert len(builds) == 1
    assert cached("lexicon", "stamp2", build) == {"words": ["ankara", "moscow"]}   # new data: rebuilt
    assert len(builds) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["lexicon-stamp2.pickle"]       # the stale stamp removed


def test_a_cache_pickled_by_other_code_is_rebuilt(tmp_path, monkeypatch):
    """A pickle naming a module this process does not have (written by another copy of the package,
    or before a class moved) is rebuilt and replaced."""
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    path = tmp_path / "gazetteer-abc.pickle"
    path.write_bytes(b"cno_such_module_for_dateline\nThing\n.")
    assert cached("gazetteer", "abc", lambda: [1, 2, 3]) == [1, 2, 3]
    assert pickle.loads(path.read_bytes()) == [1, 2, 3]


def test_a_truncated_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    full = pickle.dumps(list(range(1000)))
    (tmp_path / "actors-s.pickle").write_bytes(full[: len(full) // 2])
    assert cached("actors", "s", lambda: "rebuilt") == "rebuilt"
