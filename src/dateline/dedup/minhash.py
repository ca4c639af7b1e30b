"""Vectorised MinHash over word shingles, for many documents at once.

Why our own: datasketch hashes each shingle with SHA-1 and updates one signature per call, so a
document costs one Python call per shingle. Here a whole batch is one set of numpy operations:

1. words are hashed once each (xxh64, cached per distinct word) and shingles of `k` words are
   combined from word hashes with a polynomial mix, so no shingle string is ever built;
2. the permutations are multiply-shift universal hashes h_i(x) = (a_i * x + b_i) >> 32 on uint64
   (a_i odd), applied to the shingle hashes of the whole batch as one (num_perm x shingles) matrix;
3. each document's minimum is taken with `np.minimum.reduceat` over its column segment.

Everything is deterministic (fixed seeds), so signatures written to the database today can be
compared with signatures computed by a later run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import xxhash

WORD = re.compile(r"\w+", re.UNICODE)
TOKEN = re.compile(r"\w+|[.!?\n]", re.UNICODE)   # words, and the marks that end a sentence
EMPTY = np.uint32(0xFFFFFFFF)      # the signature value of a document with no shingles
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)  # splitmix64 finaliser constants
_MIX2 = np.uint64(0x94D049BB133111EB)


def words(text: str) -> list[str]:
    """Lower-cased word tokens: the unit of shingling (punctuation and spacing do not matter)."""
    return WORD.findall(text.lower())


def _splitmix(values: np.ndarray) -> np.ndarray:
    """Scramble uint64 values so that nearby inputs give unrelated outputs."""
    z = values ^ (values >> np.uint64(30))
    z = z * _MIX1
    z = z ^ (z >> np.uint64(27))
    z = z * _MIX2
    return z ^ (z >> np.uint64(31))


class WordHasher:
    """Stable 64-bit word hashes with a bounded cache (the cache holds words, never documents)."""

    def __init__(self, max_cache: int = 500_000):
        self._cache: dict[str, int] = {}
        self._max_cache = max_cache

    def __call__(self, tokens: Sequence[str]) -> np.ndarray:
        cache = self._cache
        if len(cache) > self._max_cache:
            cache.clear()
        hashes = list(map(cache.get, tokens))          # one C-level pass; new words are rare
        if None in hashes:
            for i, h in enumerate(hashes):
                if h is None:
                    hashes[i] = cache[tokens[i]] = xxhash.xxh64_intdigest(tokens[i].encode("utf-8"))
        return np.array(hashes, dtype=np.uint64)


@dataclass(frozen=True)
class MinHashParams:
    num_perm: int = 128
    band_rows: int = 3        # rows per LSH band; bands = num_perm // band_rows (42: finds pairs from Jaccard ~0.3)
    shingle_words: int = 5    # k of the k-word shingles
    seed: int = 20121203

    @property
    def bands(self) -> int:
        return self.num_perm // self.band_rows


class MinHasher:
    """Shingles, signatures and LSH band keys for batches of documents."""

    def __init__(self, params: MinHashParams = MinHashParams(), chunk_cells: int = 4_000_000):
        self.params = params
        rng = np.random.default_rng(params.seed)
        self._a = (rng.integers(0, 2**63, size=(params.num_perm, 1), dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
        self._b = rng.integers(0, 2**63, size=(params.num_perm, 1), dtype=np.uint64)
        # one odd multiplier per position in a shingle, and one per row in a band
        self._position = rng.integers(0, 2**63, size=params.shingle_words, dtype=np.uint64) | np.uint64(1)
        self._row = rng.integers(0, 2**63, size=params.band_rows, dtype=np.uint64) | np.uint64(1)
        self._band_salt = _splitmix(np.arange(params.bands, dtype=np.uint64) + np.uint64(params.seed))
        self._words = WordHasher()
        self._boundaries = self._words([".", "!", "?", "\n"])
        self._chunk_cells = chunk_cells   # bounds the (num_perm x shingles) working matrix

    # -- shingles ------------------------------------------------------------------------------
    def shingles(self, text: str) -> np.ndarray:
        """The set of k-word shingle hashes of a text, sorted and unique (uint64).

        Shingles stay inside a sentence: a deleted, inserted or moved sentence then changes only
        its own shingles, not those of its neighbours, which keeps edited copies close."""
        return self.analyse(text)[0]

    def analyse(self, text: str) -> tuple[np.ndarray, int]:
        """(shingle set, text key): the key hashes the word sequence, so texts that differ only in
        case, punctuation or spacing share it (the exact-duplicate test)."""
        hashes = self._words(TOKEN.findall(text.lower()))
        boundary = hashes == self._boundaries[0]
        for mark in self._boundaries[1:]:
            boundary |= hashes == mark
        word_hashes = hashes[~boundary]
        sentence = np.cumsum(boundary)[~boundary]
        key = xxhash.xxh3_64_intdigest(word_hashes.tobytes())
        return np.unique(self._shingle_hashes(word_hashes, sentence)), key

    def _shingle_hashes(self, word_hashes: np.ndarray, sentence: np.ndarray) -> np.ndarray:
        k = self.params.shingle_words
        n = len(word_hashes)
        if n == 0:
            return word_hashes
        if n >= k:
            span = n - k + 1
            combined = word_hashes[:span] * self._position[0]
            for j in range(1, k):
                combined += word_hashes[j:j + span] * self._position[j]
            inside = sentence[:span] == sentence[k - 1:]
            if inside.any():
                return _splitmix(combined[inside])
        # only sentences shorter than k words: the whole text is one shingle
        positions = np.resize(self._position, n)
        return _splitmix(np.array([np.sum(word_hashes * positions)], dtype=np.uint64))

    # -- signatures ----------------------------------------------------------------------------
    def signatures(self, shingle_sets: Sequence[np.ndarray]) -> np.ndarray:
        """MinHash signatures (documents x num_perm, uint32) of many shingle sets at once."""
        sigs = np.full((len(shingle_sets), self.params.num_perm), EMPTY, dtype=np.uint32)
        per_chunk = max(1, self._chunk_cells // self.params.num_perm)
        start = 0
        while start < len(shingle_sets):
            stop, cells = start, 0
            while stop < len(shingle_sets) and (stop == start or cells + len(shingle_sets[stop]) <= per_chunk):
                cells += len(shingle_sets[stop])
                stop += 1
            self._signature_chunk(shingle_sets[start:stop], sigs[start:stop])
            start = stop
        return sigs

    def _signature_chunk(self, shingle_sets: Sequence[np.ndarray], out: np.ndarray) -> None:
        lengths = np.fromiter((len(s) for s in shingle_sets), dtype=np.int64, count=len(shingle_sets))
        nonempty = lengths > 0
        if not nonempty.any():
            return
        flat = np.concatenate([s for s in shingle_sets if len(s)])
        hashed = self._a * flat[None, :]          # in place from here: the matrix is the big cost
        hashed += self._b
        offsets = np.concatenate(([0], np.cumsum(lengths[nonempty])[:-1]))
        # the minimum of the full 64-bit values has the minimum top 32 bits, so shift after reducing
        minima = np.minimum.reduceat(hashed, offsets, axis=1)
        out[nonempty] = (minima >> np.uint64(32)).astype(np.uint32).T

    def band_keys(self, signatures: np.ndarray) -> np.ndarray:
        """LSH band keys (documents x bands, uint64): equal key = all rows of that band agree.

        The band number is mixed into the key, so one flat sorted array can hold every band.
        """
        p = self.params
        rows = signatures[:, :p.bands * p.band_rows].astype(np.uint64).reshape(len(signatures), p.bands, p.band_rows)
        combined = (rows * self._row).sum(axis=2, dtype=np.uint64) + self._band_salt
        return _splitmix(combined)

    def fingerprint_batch(self, texts: Sequence[str]) -> tuple[list[np.ndarray], np.ndarray, np.ndarray]:
        """(shingle sets, signatures, band keys) of a batch of texts."""
        sets, _, sigs, keys = self.batch(texts)
        return sets, sigs, keys

    def batch(self, texts: Sequence[str]) -> tuple[list[np.ndarray], list[int], np.ndarray, np.ndarray]:
        """(shingle sets, text keys, signatures, band keys) of a batch of texts."""
        analysed = [self.analyse(t) for t in texts]
        sets = [a[0] for a in analysed]
        sigs = self.signatures(sets)
        return sets, [a[1] for a in analysed], sigs, self.band_keys(sigs)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique shingle arrays."""
    return overlap(a, b)[0]


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller set found in the larger one: catches trimmed copies and added boilerplate."""
    return overlap(a, b)[1]


def overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(Jaccard, containment) of two sorted unique shingle arrays, from one count of shared shingles."""
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0.0
    inter = _shared(a, b)
    return inter / (len(a) + len(b) - inter), inter / min(len(a), len(b))


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted unique arrays (b not empty) have in common: the size of
    `np.intersect1d(a, b, assume_unique=True)`, by binary search in `b` instead of sorting both
    arrays together (issue 8, speed)."""
    positions = np.searchsorted(b, a)
    positions[positions == len(b)] = 0
    return int(np.count_nonzero(b[positions] == a))
