"""The LSH band index: every band key of every known document in one sorted numpy array.

Memory is 12 bytes per (document, band): about 38 MB for 100,000 documents with 32 bands, and it
never holds a text. A whole batch is looked up with two `np.searchsorted` calls. New keys are
kept in a small sorted side array and merged into the main one when it grows past a fraction of
it, so adding a batch costs a sort of the batch, not of the index.
"""
from __future__ import annotations

from collections import Counter

import numpy as np


class BandIndex:
    def __init__(self, keys: np.ndarray | None = None, docs: np.ndarray | None = None):
        keys = np.zeros(0, np.uint64) if keys is None else np.asarray(keys, np.uint64)
        docs = np.zeros(0, np.int64) if docs is None else np.asarray(docs, np.int64)
        order = np.argsort(keys, kind="stable")
        self._main = (keys[order], docs[order])
        self._side = (np.zeros(0, np.uint64), np.zeros(0, np.int64))

    def __len__(self) -> int:
        return len(self._main[0]) + len(self._side[0])

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (*self._main, *self._side))

    def add(self, keys: np.ndarray, doc: np.ndarray) -> None:
        """Add band keys (flat) with the document number of each."""
        keys = np.concatenate((self._side[0], np.asarray(keys, np.uint64).ravel()))
        docs = np.concatenate((self._side[1], np.asarray(doc, np.int64).ravel()))
        order = np.argsort(keys, kind="stable")
        self._side = (keys[order], docs[order])
        if len(self._side[0]) > max(100_000, len(self._main[0]) // 8):
            merged_keys = np.concatenate((self._main[0], self._side[0]))
            merged_docs = np.concatenate((self._main[1], self._side[1]))
            order = np.argsort(merged_keys, kind="stable")
            self._main = (merged_keys[order], merged_docs[order])
            self._side = (np.zeros(0, np.uint64), np.zeros(0, np.int64))

    def candidates(self, keys: np.ndarray, max_bucket: int = 200) -> list[Counter]:
        """For each row of band keys (documents x bands): the documents sharing a key, with how
        many bands each shares (more shared bands = a likelier copy).

        A key held by more than `max_bucket` documents is skipped: it hashes wire formula that
        many unrelated articles share, and a real copy shares rarer keys too. Without this the
        candidates per document would grow with the corpus."""
        found: list[Counter] = [Counter() for _ in range(len(keys))]
        flat = np.asarray(keys, np.uint64).ravel()
        row_of = np.repeat(np.arange(len(keys)), keys.shape[1] if keys.ndim == 2 else 1)
        for sorted_keys, docs in (self._main, self._side):
            if not len(sorted_keys):
                continue
            left = np.searchsorted(sorted_keys, flat, side="left")
            right = np.searchsorted(sorted_keys, flat, side="right")
            for i in np.nonzero((right > left) & (right - left <= max_bucket))[0]:
                found[row_of[i]].update(docs[left[i]:right[i]].tolist())
        return found

    def contains(self, keys: np.ndarray) -> np.ndarray:
        """Whether each key is already in the index (same shape as `keys`)."""
        flat = np.asarray(keys, np.uint64).ravel()
        present = np.zeros(len(flat), bool)
        for sorted_keys, _ in (self._main, self._side):
            if len(sorted_keys):
                at = np.minimum(np.searchsorted(sorted_keys, flat), len(sorted_keys) - 1)
                present |= sorted_keys[at] == flat
        return present.reshape(np.shape(keys))
