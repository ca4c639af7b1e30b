"""Duplicate detection across a corpus (issue 4).

Contract: a `Deduplicator` holds what it needs of every article seen (seeded from the store with
band keys and exact keys, never texts); `check(article_id, text) -> duplicate_of | None` tests and,
if new, adds one article, and `check_results(results)` does a whole batch at once.
`StoredDeduplicator` (issue 8) gives the same verdicts but looks earlier articles up in the store,
batch by batch, holding only the batches not yet written: `dateline process` uses it.
"""
from .deduplicator import DedupOptions, Deduplicator, Verdict
from .keys import canonical_url, normalised_text, text_key, url_key
from .minhash import MinHasher, MinHashParams, containment, jaccard
from .stored import StoredDeduplicator

__all__ = ["Deduplicator", "StoredDeduplicator", "DedupOptions", "Verdict", "MinHasher", "MinHashParams", "jaccard", "containment",
           "text_key", "url_key", "canonical_url", "normalised_text"]
