"""Readers: turn paths, folders, globs and stdin into `Article`s, or `Reject`s with a reason.

Contract (used by the pipeline): `read_inputs(paths, options)` yields, lazily and in input order,
one `Article` or one `Reject` per input record. It never raises for a bad record; a bad record
becomes a `Reject(input, reason, detail)` and the rest goes on.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..model import Article, Reject


@dataclass(frozen=True)
class IngestOptions:
    format: Optional[str] = None          # force a reader: txt (more come with the readers issue)
    published: Optional[dt.date] = None   # used when the record has no date of its own
    source: Optional[str] = None          # used when the record has no source of its own
    max_bytes: int = 2_000_000


def article_id(text: str, url: Optional[str] = None, ref: Optional[str] = None) -> str:
    """Stable id: hash of the URL when there is one, else of where it came from and its
    whitespace-normalised text. The same record read again gets the same id (so a re-run adds
    nothing twice); the same text from another file gets another id, so that it can be stored
    as a duplicate of the first rather than vanish."""
    if url:
        key = url.strip()
    else:
        key = (ref or "") + "\n" + " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def read_inputs(paths: Iterable[str], options: IngestOptions = IngestOptions()) -> Iterator[Union[Article, Reject]]:
    for raw in paths:
        if raw == "-":
            yield from _text_record(sys.stdin.buffer.read(), "<stdin>", options)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                yield from _read_file(child, options)
        elif path.is_file():
            yield from _read_file(path, options)
        else:
            yield Reject(raw, "missing", f"{raw}: no such file or folder")


def _read_file(path: Path, options: IngestOptions) -> Iterator[Union[Article, Reject]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Reject(str(path), "unreadable", f"{path}: {exc.strerror or exc}")
        return
    yield from _text_record(data, str(path), options)


def _text_record(data: bytes, ref: str, options: IngestOptions) -> Iterator[Union[Article, Reject]]:
    if len(data) > options.max_bytes:
        yield Reject(ref, "too_large", f"{ref}: {len(data)} bytes, over the limit of {options.max_bytes} (--max-bytes)")
        return
    if b"\x00" in data[:4096]:
        yield Reject(ref, "binary", f"{ref}: looks like a binary file (NUL bytes), not text")
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Reject(ref, "encoding", f"{ref}: not valid UTF-8 (byte {exc.start}); convert it to UTF-8")
        return
    if not text.strip():
        yield Reject(ref, "empty", f"{ref}: the file is empty")
        return
    yield Article(
        id=article_id(text, ref=ref),
        raw_text=text,
        source=options.source or ref,
        published=options.published,
        published_origin="metadata" if options.published else "unknown",
        input_ref=ref,
    )
