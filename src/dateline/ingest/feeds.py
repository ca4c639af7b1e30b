"""RSS and Atom feeds (feedparser), from a file or a URL: each entry becomes an article with its
link, title, date and its content (or, when the feed carries none, its summary)."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Iterator, Optional

from ..model import Reject
from .common import IngestOptions, Item, make_article

_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "br", "section", "article")


def feed_records(data: bytes, name: str, options: IngestOptions) -> Iterator[Item]:
    import feedparser
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f" ({feed.get('bozo_exception')})" if feed.get("bozo") else ""
        yield Reject(name, "malformed" if problem else "empty", f"{name}: no feed entries found{problem}")
        return
    for number, entry in enumerate(feed.entries, start=1):
        ref = f"{name}#entry={number}"
        body = _entry_body(entry)
        yield make_article(html_to_text(body) if body else None, ref, options,
                           title=entry.get("title"), url=entry.get("link"), published=_entry_date(entry),
                           record_id=None, author=entry.get("author"),
                           source=(feed.feed.get("title") if feed.get("feed") else None),
                           what="entry's content and summary")


def _entry_body(entry) -> Optional[str]:
    contents = entry.get("content") or []
    best = max((c.get("value") or "" for c in contents), key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def _entry_date(entry) -> Optional[dt.date]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).date()
    return None


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one paragraph per line (feeds carry small HTML bodies)."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:           # broken markup: fall back to dropping the tags
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    text = root.text_content()
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
