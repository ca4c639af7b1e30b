"""Duplicate detection across a corpus (issue 4).

Contract: a `Deduplicator` holds what it needs of every article seen (seeded from the store with
band keys and exact keys, never texts); `check(article_id, text) -> duplicate_of | None` tests and,
if new, adds one article, and `check_results(results)` does a whole batch at once.
"""
from .deduplicator import DedupOptions, Deduplicator, Verdict
from .keys import canonical_url, normalised_text, text_key, url_key
from .minhash import MinHasher, MinHashParams, containment, jaccard

__all__ = ["Deduplicator", "DedupOptions", "Verdict", "MinHasher", "MinHashParams", "jaccard", "containment",
           "text_key", "url_key", "canonical_url", "normalised_text"]
