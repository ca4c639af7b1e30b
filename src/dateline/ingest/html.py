"""HTML pages: main text and metadata (title, author, date, site name, canonical URL) with
trafilatura. Menus, share bars, captions, related-story lists and footers are pruned first by the
XPath rules in data/boilerplate.yaml (`html_prune`); trafilatura reads the metadata before that."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional, Union

import yaml

from ..model import Reject
from .common import IngestOptions, Item, decode, make_article
from .compression import open_binary
from .text import read_bytes_bounded

RULES_FILE = Path(__file__).resolve().parent.parent / "data" / "boilerplate.yaml"
HTML_SIZE_FACTOR = 5      # a page may hold five times more markup than the text limit


@dataclass(frozen=True)
class Extracted:
    text: str
    title: Optional[str] = None
    author: Optional[str] = None
    date: Optional[str] = None
    sitename: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = None


@lru_cache(maxsize=1)
def prune_xpaths() -> tuple[str, ...]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8")) or {}
    return tuple(data.get("html_prune", []))


def extract(html: Union[str, bytes], url: Optional[str] = None) -> Optional[Extracted]:
    """Main text and metadata of a page, or None when it has no main text."""
    import trafilatura
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, fast=True, prune_xpath=list(prune_xpaths()) or None)
    if document is None or not (document.text or "").strip():
        return None
    return Extracted(text=document.text, title=document.title, author=document.author, date=document.date,
                     sitename=document.sitename, url=document.url or url, language=document.language)


def html_record(data: bytes, ref: str, options: IngestOptions, url: Optional[str] = None,
                published: Optional[str] = None) -> Item:
    """One page's bytes to an Article (or a Reject)."""
    html = decode(data, ref)
    if isinstance(html, Reject):
        return html
    try:
        page = extract(html, url)
    except Exception as exc:   # trafilatura/lxml on hostile markup: reject the page, not the run
        return Reject(ref, "malformed", f"{ref}: the HTML could not be parsed ({type(exc).__name__}: {exc})")
    if page is None:
        return Reject(ref, "no_text", f"{ref}: no main text found in the HTML page")
    return make_article(page.text, ref, options, title=page.title, url=page.url or url,
                        published=page.date or published, author=page.author,
                        source=page.sitename, language=page.language, what="page text")


def read_html_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    ref = str(path)
    try:
        with open_binary(path) as stream:
            data = read_bytes_bounded(stream, ref, options.max_bytes * HTML_SIZE_FACTOR)
    except OSError as exc:
        yield Reject(ref, "unreadable", f"{ref}: {exc.strerror or exc}")
        return
    if isinstance(data, Reject):
        yield data
        return
    yield html_record(data, ref, options)
