"""Exact-duplicate keys: a normalised-text hash and a canonical-URL hash (64-bit ints)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional
from urllib.parse import parse_qsl, urlencode, urlsplit

import xxhash

from .minhash import MinHasher, words

# query parameters that track the reader, not the article
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ocid", "smid")


def normalised_text(text: str) -> str:
    """Case, punctuation and spacing do not make a text different."""
    return " ".join(words(text))


def text_key(text: str) -> int:
    """Hash of the text's word sequence (what `MinHasher.analyse` computes along the way)."""
    return _hasher().analyse(text)[1]


@lru_cache(maxsize=1)
def _hasher() -> MinHasher:
    return MinHasher()


def canonical_url(url: str) -> Optional[str]:
    """The URL with what does not name the article removed: scheme, `www.`, fragment, tracking
    parameters, parameter order, a trailing slash. None when it is not an http(s) URL."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.").removesuffix(":80").removesuffix(":443")
    path = parts.path.rstrip("/") or "/"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not k.lower().startswith(_TRACKING))
    return f"{host}{path}" + (f"?{urlencode(query)}" if query else "")


def url_key(url: Optional[str]) -> Optional[int]:
    canonical = canonical_url(url) if url else None
    return xxhash.xxh3_64_intdigest(canonical.encode("utf-8")) if canonical else None
