"""The deduplicator: exact keys first, then MinHash LSH candidates verified on shingle sets.

A document is a duplicate of an earlier one when
- its normalised text is the same (`same text`), or its canonical URL is (`same url`), or
- LSH proposes an earlier document, the signatures put its similarity near a threshold or above
  (a shortlist), and the exact shingle sets agree: Jaccard >= `jaccard`, or the smaller set is
  contained in the larger to at least `containment` (a trimmed copy, or one with boilerplate
  added), the smaller is not tiny and the new document's lead (its first sentence) is mostly
  found in the earlier one: two articles that share wire formula ("Officials declined to comment")
  but lead with other news are not copies.
The first copy stays canonical: a copy of a copy points at the first one.

Memory: the deduplicator holds signatures, band keys, exact keys and ids (about 1.4 kB per
document, measured in bench/bench_dedup.py) and the texts of the last `recent_texts` documents (batches still on their way to the store), never the
texts of the corpus. To verify a candidate older than that it asks `text_loader` (the store) for
that one text. Used without a loader (in memory), it keeps the texts itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Optional, Sequence

import numpy as np

from ..model import Fingerprint, Result
from .index import BandIndex
from .keys import url_key
from .minhash import MinHasher, MinHashParams, overlap

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"“‘(]?[A-Z])|\n+")

TextLoader = Callable[[Sequence[str]], Mapping[str, str]]


@dataclass(frozen=True)
class DedupOptions:
    params: MinHashParams = MinHashParams()
    jaccard: float = 0.45             # exact Jaccard of shingle sets at or above which a copy is a duplicate
    containment: float = 0.6          # share of the smaller shingle set found in the larger
    min_contained: int = 15           # the smaller set needs this many shingles for containment to count
    max_candidates: int = 20          # verify at most this many candidates per document (likeliest first)
    recent_texts: int = 2048          # texts kept for batches not yet written to the store
    max_bucket: int = 200             # LSH buckets fuller than this are wire formula, not copies: skipped
    margin: float = 0.15              # shortlist candidates whose estimated similarity is this close to a threshold
    lead_min_words: int = 6           # a containment match needs the new document's lead (its first
    lead_words: int = 40              # sentence, at least lead_min_words, at most lead_words words) ...
    lead_found: float = 0.5           # ... this share of its shingles found in the earlier document


@dataclass(frozen=True)
class Verdict:
    duplicate_of: Optional[str]       # the canonical (first) copy, or None for a new document
    reason: Optional[str]             # "same text", "same url", "near copy (jaccard 0.81, containment 0.93)"
    fingerprint: Optional[Fingerprint]


class BatchChecker:
    """What every deduplicator offers on top of its own `check_batch`, and the verification they share."""
    options: DedupOptions

    def check_batch(self, items: Sequence[tuple[str, str, Optional[str]]]) -> list[Verdict]:
        raise NotImplementedError

    def check(self, article_id: str, text: str, url: Optional[str] = None) -> Optional[str]:
        """The canonical copy that `text` duplicates, or None (and the article is remembered)."""
        return self.check_batch([(article_id, text, url)])[0].duplicate_of

    def check_results(self, results: Sequence[Result]) -> None:
        """Mark the processed results of a batch that duplicate earlier ones; give each its fingerprint."""
        todo = [r for r in results if r.status == "processed" and r.clean is not None]
        verdicts = self.check_batch([(r.article.id, r.clean.text, r.article.url) for r in todo])
        for result, verdict in zip(todo, verdicts):
            result.fingerprint = verdict.fingerprint
            if verdict.duplicate_of:
                result.status, result.duplicate_of = "duplicate", verdict.duplicate_of
                result.status_detail = verdict.reason

    def _verify(self, shingles: np.ndarray, shortlist: list[int], earlier_sets: dict[int, np.ndarray],
                batch_sets: Sequence[np.ndarray], first_in_batch: int,
                text: Optional[str] = None) -> tuple[Optional[int], Optional[str]]:
        """The verified candidate with the largest overlap: numbers from `first_in_batch` on are this
        batch's documents, earlier ones are looked up in `earlier_sets`. `text` (the new document's)
        gives its lead, which a containment match needs in the other document."""
        best, best_score, reason = None, 0.0, None
        opts = self.options
        lead = self._lead(text) if text is not None and shortlist else None
        for doc in shortlist:
            other = batch_sets[doc - first_in_batch] if doc >= first_in_batch else earlier_sets.get(doc)
            if other is None:
                continue
            j, c = overlap(shingles, other)
            small = min(len(shingles), len(other))
            contained = (c >= opts.containment and small >= opts.min_contained
                         and (lead is None or len(lead) == 0 or overlap(lead, other)[1] >= opts.lead_found))
            if (j >= opts.jaccard or contained) and c > best_score:
                best, best_score, reason = doc, c, f"near copy (jaccard {j:.2f}, containment {c:.2f})"
        return best, reason

    def _lead(self, text: str) -> np.ndarray:
        """Shingles of a text's lead: its first sentence (with the next ones while it has fewer than
        `lead_min_words` words: "U.S." is no lead), at most `lead_words` words. A first line without an
        end of sentence is a headline (copies often change it), not the lead."""
        text = text.strip()
        first_line, _, rest = text.partition("\n")
        if rest.strip() and not first_line.rstrip().endswith((".", "!", "?", '"', "”", "'")):
            text = rest.strip()
        words: list[str] = []
        for sentence in _SENTENCE_END.split(text):
            words += sentence.split()
            if len(words) >= self.options.lead_min_words:
                break
        return self.hasher.shingles(" ".join(words[:self.options.lead_words]))


class Deduplicator(BatchChecker):
    def __init__(self, known: Iterable[tuple[str, str]] = (), options: DedupOptions = DedupOptions(),
                 text_loader: Optional[TextLoader] = None, state: Optional[Mapping] = None):
        """`known`: (article_id, clean text) to index first (in-memory use);
        `state`: what `Store.dedup_state()` returns (signatures, band keys, exact keys; no texts);
        `text_loader`: article ids -> clean texts, for verifying candidates from earlier runs."""
        self.options = options
        self.hasher = MinHasher(options.params)
        self._ids: list[str] = []
        self._canonical: list[str] = []
        self._by_text: dict[int, int] = {}
        self._by_url: dict[int, int] = {}
        self._index = BandIndex()
        self._sigs = np.empty((0, options.params.num_perm), np.uint32)   # by document number
        self._sizes = np.empty(0, np.int64)                               # shingles per document
        self._count = 0
        self._seq_offset = 0          # stored seq = document number + offset (seqs stay unique in the store)
        self._loader = text_loader
        # Without a loader every text is kept (in-memory use). With one, only the texts of the last
        # `recent_texts` documents: their batches may still be on their way to the store.
        self._texts: dict[int, str] = {}
        self._keep_all_texts = text_loader is None
        if state is not None:
            self._load_state(state)
        known = list(known)
        if known:
            self.check_batch([(aid, text, None) for aid, text in known])

    @classmethod
    def from_store(cls, store, options: DedupOptions = DedupOptions()) -> "Deduplicator":
        """Seeded with the band keys and exact keys stored by earlier runs; texts are read on demand."""
        deduplicator = cls(options=options, text_loader=store.clean_texts, state=store.dedup_state())
        deduplicator.index_stored(store)
        return deduplicator

    def index_stored(self, store, chunk: int = 1000) -> int:
        """Fingerprint the first copies a database holds without one (written before dedup kept
        fingerprints), so that new batches are checked against them too. Returns how many."""
        done, seen = 0, set()
        while True:
            rows = [row for row in store.unfingerprinted(chunk) if row[0] not in seen]
            if not rows:          # none left (or none that could be written: never loop for ever)
                return done
            seen.update(row[0] for row in rows)
            verdicts = self.check_batch(rows)
            store.write_fingerprints([(row[0], verdict.fingerprint) for row, verdict in zip(rows, verdicts)])
            done += len(rows)

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def nbytes(self) -> int:
        """Approximate memory held per corpus (signatures, band keys, exact keys, ids), not counting
        the recent texts, which are references to texts the caller holds anyway."""
        per_key = 100   # a dict entry with two boxed ints
        return (self._index.nbytes + self._sigs[:self._count].nbytes + 8 * self._count + per_key * (len(self._by_text) + len(self._by_url))
                + sum(len(a) + 50 for a in self._ids) + 8 * len(self._canonical))

    # -- loading ------------------------------------------------------------------------------
    def _load_state(self, state: Mapping) -> None:
        seqs = np.asarray(state["seq"], np.int64)
        order = np.argsort(seqs, kind="stable")
        seqs = seqs[order]
        if len(seqs):
            self._seq_offset = int(seqs[-1]) + 1 - len(seqs)
        self._ids = [state["article_id"][i] for i in order]
        self._canonical = [state["canonical_id"][i] for i in order]
        for doc, i in enumerate(order):
            tkey, ukey = state["text_key"][i], state["url_key"][i]
            if tkey is not None:
                self._by_text.setdefault(int(tkey), doc)
            if ukey is not None:
                self._by_url.setdefault(int(ukey), doc)
        if not len(seqs):
            return
        sigs = np.asarray(state["signature"], np.uint32).reshape(len(seqs), -1)
        self._append_signatures(sigs[order], np.asarray(state["num_shingles"], np.int64)[order])
        band_docs = np.searchsorted(seqs, np.asarray(state["band_seq"], np.int64))
        self._index = BandIndex(np.asarray(state["band_key"], np.uint64), band_docs)

    # -- checking -----------------------------------------------------------------------------
    def check_batch(self, items: Sequence[tuple[str, str, Optional[str]]]) -> list[Verdict]:
        """(article_id, text, url) in arrival order -> one verdict each; earlier items win."""
        if not items:
            return []
        sets, text_keys, sigs, keys = self.hasher.batch([text for _, text, _ in items])
        first_doc = len(self._ids)
        self._append_signatures(sigs, [len(s) for s in sets])
        prior = self._index.candidates(keys, self.options.max_bucket)
        in_batch = _shared_keys_within(keys)
        shortlists = [self._shortlist(first_doc + pos, set(prior[pos]) | {first_doc + q for q in in_batch[pos]})
                      for pos in range(len(items))]
        earlier_sets = self._earlier_sets({doc for short in shortlists for doc in short if doc < first_doc})
        verdicts = []
        for pos, (article_id, text, url) in enumerate(items):
            tkey, ukey = text_keys[pos], url_key(url)
            match, reason = self._exact(tkey, ukey)
            if match is None:
                match, reason = self._verify(sets[pos], shortlists[pos], earlier_sets, sets, first_doc, text)
            canonical = self._canonical[match] if match is not None else article_id
            doc = self._register(article_id, canonical, tkey, ukey, text)
            fingerprint = Fingerprint(doc + self._seq_offset, canonical, tkey, ukey, len(sets[pos]),
                                      tuple(sigs[pos].tolist()), tuple(keys[pos].tolist()))
            verdicts.append(Verdict(canonical if match is not None else None, reason, fingerprint))
        self._add_band_keys(keys, first_doc, [v.duplicate_of is not None for v in verdicts])
        return verdicts

    def _add_band_keys(self, keys: np.ndarray, first_doc: int, is_copy: Sequence[bool]) -> None:
        """Index the batch's band keys. A copy adds only keys its first copy (or another) does not
        hold already: a story syndicated a hundred times must not fill its buckets with itself."""
        docs = np.repeat(np.arange(first_doc, first_doc + len(keys)), keys.shape[1]).reshape(keys.shape)
        keep = np.ones(keys.shape, bool)
        copies = np.asarray(is_copy, bool)
        if copies.any():
            keep[copies] = ~self._index.contains(keys[copies])
        self._index.add(keys[keep], docs[keep])

    def _append_signatures(self, sigs: np.ndarray, sizes: Sequence[int]) -> None:
        """Keep signatures and shingle counts by document number (arrays grown by doubling)."""
        needed = self._count + len(sigs)
        if needed > len(self._sigs):
            capacity = max(needed, 2 * len(self._sigs), 1024)
            grown = np.empty((capacity, self.options.params.num_perm), np.uint32)
            grown[:self._count] = self._sigs[:self._count]
            grown_sizes = np.zeros(capacity, np.int64)
            grown_sizes[:self._count] = self._sizes[:self._count]
            self._sigs, self._sizes = grown, grown_sizes
        self._sigs[self._count:needed] = sigs
        self._sizes[self._count:needed] = sizes
        self._count = needed

    def _shortlist(self, doc: int, candidates: set[int]) -> list[int]:
        """Candidates worth an exact check: similarity estimated from the signatures (agreement
        estimates Jaccard; with the set sizes it gives containment) near a threshold or above,
        likeliest first. Saves exact checks and, for earlier batches, loading their texts."""
        if not candidates:
            return []
        opts = self.options
        cands = np.fromiter(candidates, np.int64, len(candidates))
        est_j = (self._sigs[cands] == self._sigs[doc]).mean(axis=1)
        a, b = self._sizes[doc], self._sizes[cands]
        est_c = est_j * (a + b) / ((1 + est_j) * np.maximum(np.minimum(a, b), 1))
        keep = (est_j >= opts.jaccard - opts.margin) | (est_c >= opts.containment - opts.margin)
        order = np.argsort(-est_c[keep], kind="stable")
        return cands[keep][order][:opts.max_candidates].tolist()

    def _exact(self, tkey: int, ukey: Optional[int]) -> tuple[Optional[int], Optional[str]]:
        if tkey in self._by_text:
            return self._by_text[tkey], "same text"
        if ukey is not None and ukey in self._by_url:
            return self._by_url[ukey], "same url"
        return None, None

    def _earlier_sets(self, wanted: set[int]) -> dict[int, np.ndarray]:
        """Shingle sets of shortlisted candidates from earlier batches, from their texts."""
        if not wanted:
            return {}
        texts = {doc: self._texts[doc] for doc in wanted if doc in self._texts}
        missing = [doc for doc in wanted if doc not in texts]
        if missing and self._loader is not None:
            by_id = self._loader([self._ids[doc] for doc in missing])
            texts.update({doc: by_id[self._ids[doc]] for doc in missing if by_id.get(self._ids[doc]) is not None})
        return {doc: self.hasher.shingles(text) for doc, text in texts.items()}

    def _register(self, article_id: str, canonical: str, tkey: int, ukey: Optional[int], text: str) -> int:
        doc = len(self._ids)
        self._ids.append(article_id)
        self._canonical.append(canonical)
        self._by_text.setdefault(tkey, doc)
        if ukey is not None:
            self._by_url.setdefault(ukey, doc)
        self._texts[doc] = text
        if not self._keep_all_texts and len(self._texts) > self.options.recent_texts:
            del self._texts[next(iter(self._texts))]   # dicts keep insertion order: drop the oldest
        return doc


def _shared_keys_within(keys: np.ndarray) -> list[list[int]]:
    """For each row: the earlier rows of the same batch that share at least one band key."""
    earlier: list[list[int]] = [[] for _ in range(len(keys))]
    first_with: dict[int, list[int]] = {}
    for pos, row in enumerate(keys.tolist()):
        for key in row:
            holders = first_with.setdefault(key, [])
            earlier[pos].extend(holders)
            holders.append(pos)
    return earlier
