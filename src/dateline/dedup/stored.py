"""A deduplicator whose memory is bounded by the batches in flight, not by the corpus (issue 8).

`Deduplicator` holds signatures, band keys and exact keys of every document it has seen (about
1.4 kB each): fine for an evaluation or a corpus of thousands, but it grows with every article
of a run and every article stored by earlier runs. `StoredDeduplicator` gives the same verdicts
(same keys, same shortlist, same verification) but asks the store for what earlier documents
hold:
- exact keys: the earliest stored document with the batch's text or URL keys (`dedup_docs`);
- LSH candidates: one join of the batch's band keys against the band table (`dedup_bands`);
- the signatures of the candidates (for the shortlist) and the texts of the shortlisted ones.
It keeps in memory only the documents it has checked whose batch is not yet written to the store
(the pipeline calls `forget` once a batch is committed), so its memory is bounded by the batch
size times the batches in flight, whatever the corpus size.

Band keys: a first copy indexes all its keys; a copy only the keys no earlier document holds
(`IndexedFingerprint.indexed_keys`), so a story syndicated a hundred times does not fill its
buckets with itself (as `Deduplicator` does).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from ..model import Fingerprint
from .deduplicator import BatchChecker, DedupOptions, TextLoader, Verdict, _shared_keys_within
from .index import BandIndex
from .keys import url_key
from .minhash import MinHasher


@dataclass(frozen=True)
class IndexedFingerprint(Fingerprint):
    """A fingerprint with the band keys to add to the band table (all of them for a first copy)."""
    indexed_keys: tuple[int, ...] = field(default=(), repr=False)


# Shingle sets and fingerprints of the documents checked lately, kept after `forget` (issue 8,
# speed): most shortlisted candidates are recent documents, whose shingle set was otherwise computed
# again from their text read back from the store, and their fingerprint read again. Bounded (oldest
# dropped first) by documents and by shingles in all (8 bytes each), whatever the corpus size.
SEEN_DOCUMENTS = 2048
SEEN_SHINGLES = 1_000_000


@dataclass
class _Recent:
    """A document checked in this process whose batch is not yet in the store."""
    article_id: str
    canonical_id: str
    text_key: int
    url_key: Optional[int]
    signature: np.ndarray
    num_shingles: int
    indexed: np.ndarray              # band keys it adds to the index
    text: str


class StoredDeduplicator(BatchChecker):
    def __init__(self, store, options: DedupOptions = DedupOptions(), text_loader: Optional[TextLoader] = None):
        self.options = options
        self.hasher = MinHasher(options.params)
        self.store = store
        self._loader = text_loader if text_loader is not None else store.clean_texts
        self._next_seq = store.dedup_next_seq()
        self._recent: dict[int, _Recent] = {}       # seq -> document, in seq order
        self._recent_by_text: dict[int, int] = {}   # text key -> earliest recent seq
        self._recent_by_url: dict[int, int] = {}
        # seq -> ((article id, canonical id, shingle count, signature), shingle set), oldest first
        self._seen: dict[int, tuple[tuple[str, str, int, np.ndarray], np.ndarray]] = {}
        self._seen_shingles = 0

    def __len__(self) -> int:
        return len(self._recent)

    # -- the pipeline's side -------------------------------------------------------------------
    def forget(self, seqs: Sequence[int]) -> None:
        """These documents are now in the store (their batch committed): stop holding them."""
        for seq in seqs:
            doc = self._recent.pop(seq, None)
            if doc is None:
                continue
            if self._recent_by_text.get(doc.text_key) == seq:
                del self._recent_by_text[doc.text_key]
            if doc.url_key is not None and self._recent_by_url.get(doc.url_key) == seq:
                del self._recent_by_url[doc.url_key]

    def _prune(self) -> None:
        """A caller that never calls `forget` (the API server writes batches itself): past
        `recent_texts` documents held, drop those the store holds already."""
        if len(self._recent) <= self.options.recent_texts:
            return
        stored = self.store.dedup_seqs_since(min(self._recent))
        self.forget([seq for seq in list(self._recent) if seq in stored])

    def index_stored(self, store=None, chunk: int = 1000) -> int:
        """Fingerprint the first copies a database holds without one (written before dedup kept
        fingerprints), so that new batches are checked against them too. Returns how many."""
        store = store or self.store
        done, seen = 0, set()
        while True:
            rows = [row for row in store.unfingerprinted(chunk) if row[0] not in seen]
            if not rows:
                return done
            seen.update(row[0] for row in rows)
            verdicts = self.check_batch(rows)
            store.write_fingerprints([(row[0], verdict.fingerprint) for row, verdict in zip(rows, verdicts)])
            self.forget([v.fingerprint.seq for v in verdicts])
            done += len(rows)

    # -- checking -------------------------------------------------------------------------------
    def check_batch(self, items: Sequence[tuple[str, str, Optional[str]]]) -> list[Verdict]:
        """(article_id, text, url) in arrival order -> one verdict each; earlier items win."""
        if not items:
            return []
        self._prune()
        opts = self.options
        sets, text_keys, sigs, keys = self.hasher.batch([text for _, text, _ in items])
        url_keys = [url_key(url) for _, _, url in items]
        first_seq = self._next_seq
        # earlier documents: in the store (exact-key matches, and the band keys and seqs of those
        # sharing a band key, in one query), and recent ones (checked, not yet written)
        stored_text, stored_url, band_hits, band_seqs = self.store.dedup_lookup(
            text_keys, [u for u in url_keys if u is not None], keys)
        stored_index = BandIndex(band_hits, band_seqs)
        recent_index = self._recent_index()
        prior = [a + b for a, b in zip(stored_index.candidates(keys, opts.max_bucket),
                                       recent_index.candidates(keys, opts.max_bucket))]
        present = stored_index.contains(keys) | recent_index.contains(keys)
        in_batch = _shared_keys_within(keys)
        earlier_seqs = {seq for counter in prior for seq in counter}
        info = self._earlier_info(earlier_seqs)                     # seq -> (article id, canonical, size, signature)
        shortlists = [self._shortlist(sigs[pos], len(sets[pos]), prior[pos], info,
                                      [(first_seq + q, sigs[q], len(sets[q])) for q in in_batch[pos]])
                      for pos in range(len(items))]
        earlier_sets = self._earlier_sets({seq for short in shortlists for seq in short if seq < first_seq}, info)
        verdicts = []
        for pos, (article_id, text, _) in enumerate(items):
            tkey, ukey = text_keys[pos], url_keys[pos]
            match, reason = self._exact(tkey, ukey, stored_text, stored_url)
            if match is None:
                seq, reason = self._verify(sets[pos], shortlists[pos], earlier_sets, sets, first_seq, text)
                match = None if seq is None else self._canonical_of(seq, info)
            canonical = match if match is not None else article_id
            seq = self._next_seq
            self._next_seq += 1
            indexed = keys[pos] if match is None else keys[pos][~present[pos]]
            self._register(seq, _Recent(article_id, canonical, tkey, ukey, sigs[pos], len(sets[pos]),
                                        np.asarray(indexed, np.uint64), text))
            self._remember(seq, (article_id, canonical, len(sets[pos]), sigs[pos].copy()), sets[pos])
            fingerprint = IndexedFingerprint(seq, canonical, tkey, ukey, len(sets[pos]), tuple(sigs[pos].tolist()),
                                             tuple(keys[pos].tolist()), tuple(int(k) for k in indexed))
            verdicts.append(Verdict(match, reason, fingerprint))
        return verdicts

    def _recent_index(self) -> BandIndex:
        if not self._recent:
            return BandIndex()
        docs = list(self._recent.items())
        keys = np.concatenate([doc.indexed for _, doc in docs]) if docs else np.zeros(0, np.uint64)
        seqs = np.concatenate([np.full(len(doc.indexed), seq, np.int64) for seq, doc in docs])
        return BandIndex(keys, seqs)

    def _earlier_info(self, seqs: set[int]) -> dict[int, tuple[str, str, int, np.ndarray]]:
        info = {seq: (d.article_id, d.canonical_id, d.num_shingles, d.signature)
                for seq in seqs if (d := self._recent.get(seq)) is not None}
        info.update({seq: seen[0] for seq in seqs if seq not in info and (seen := self._seen.get(seq)) is not None})
        missing = [seq for seq in seqs if seq not in info]
        if missing:
            info.update(self.store.dedup_docs_by_seq(missing))
        return info

    def _shortlist(self, sig: np.ndarray, size: int, candidates: Counter, info: dict,
                   in_batch: list[tuple[int, np.ndarray, int]]) -> list[int]:
        """As `Deduplicator._shortlist`: candidates whose signature agreement puts them near a
        threshold or above, likeliest first (a candidate whose document is gone is dropped)."""
        cands = [(seq, info[seq][3], info[seq][2]) for seq in candidates if seq in info] + in_batch
        if not cands:
            return []
        opts = self.options
        seqs = np.array([c[0] for c in cands], np.int64)
        other = np.stack([c[1] for c in cands])
        est_j = (other == sig).mean(axis=1)
        b = np.array([c[2] for c in cands], np.int64)
        est_c = est_j * (size + b) / ((1 + est_j) * np.maximum(np.minimum(size, b), 1))
        keep = (est_j >= opts.jaccard - opts.margin) | (est_c >= opts.containment - opts.margin)
        # candidates in document order first, as the in-memory deduplicator sees them (stable sort)
        by_seq = np.argsort(seqs[keep], kind="stable")
        kept_seqs, kept_c = seqs[keep][by_seq], est_c[keep][by_seq]
        order = np.argsort(-kept_c, kind="stable")
        return kept_seqs[order][:opts.max_candidates].tolist()

    def _exact(self, tkey: int, ukey: Optional[int], stored_text: dict, stored_url: dict) -> tuple[Optional[str], Optional[str]]:
        """The canonical id of the earliest document with the same text (else URL)."""
        if tkey in stored_text:
            return stored_text[tkey], "same text"
        if tkey in self._recent_by_text:
            return self._recent[self._recent_by_text[tkey]].canonical_id, "same text"
        if ukey is not None:
            if ukey in stored_url:
                return stored_url[ukey], "same url"
            if ukey in self._recent_by_url:
                return self._recent[self._recent_by_url[ukey]].canonical_id, "same url"
        return None, None

    def _canonical_of(self, seq: int, info: dict) -> str:
        doc = self._recent.get(seq)
        return doc.canonical_id if doc is not None else info[seq][1]

    def _earlier_sets(self, wanted: set[int], info: dict) -> dict[int, np.ndarray]:
        """Shingle sets of shortlisted candidates from earlier batches, from their texts."""
        if not wanted:
            return {}
        sets = {seq: seen[1] for seq in wanted if (seen := self._seen.get(seq)) is not None}
        texts = {seq: self._recent[seq].text for seq in wanted if seq not in sets and seq in self._recent}
        missing = [seq for seq in wanted if seq not in sets and seq not in texts]
        if missing:
            by_id = self._loader([info[seq][0] for seq in missing])
            texts.update({seq: by_id[info[seq][0]] for seq in missing if by_id.get(info[seq][0]) is not None})
        sets.update({seq: self.hasher.shingles(text) for seq, text in texts.items()})
        return sets

    def _remember(self, seq: int, info: tuple[str, str, int, np.ndarray], shingles: np.ndarray) -> None:
        """Keep a checked document's fingerprint and shingle set (the same a later batch would read
        from the store and compute from its text), within the bounds of `SEEN_DOCUMENTS` and `SEEN_SHINGLES`."""
        self._seen[seq] = (info, shingles)
        self._seen_shingles += len(shingles)
        while self._seen and (len(self._seen) > SEEN_DOCUMENTS or self._seen_shingles > SEEN_SHINGLES):
            _, dropped = self._seen.pop(next(iter(self._seen)))
            self._seen_shingles -= len(dropped)

    def _register(self, seq: int, doc: _Recent) -> None:
        self._recent[seq] = doc
        self._recent_by_text.setdefault(doc.text_key, seq)
        if doc.url_key is not None:
            self._recent_by_url.setdefault(doc.url_key, seq)
