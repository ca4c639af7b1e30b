"""Plain text: one article per file (or per stdin), optionally gzip-compressed."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Iterator

from ..model import Reject
from .common import IngestOptions, Item, decode, make_article
from .compression import GZIP_ERRORS, describe_error, open_binary


def read_bytes_bounded(stream: BinaryIO, ref: str, limit: int) -> bytes | Reject:
    """At most `limit` bytes (a Reject `too_large` beyond), or a Reject for a damaged archive."""
    try:
        data = stream.read(limit + 1)
    except GZIP_ERRORS as exc:
        return Reject(ref, "truncated", f"{ref}: {describe_error(exc)}")
    except OSError as exc:
        return Reject(ref, "unreadable", f"{ref}: {exc.strerror or exc}")
    if len(data) > limit:
        return Reject(ref, "too_large", f"{ref}: over the limit of {limit} bytes (raise it with --max-bytes)")
    return data


def read_text_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    ref = str(path)
    try:
        if path.stat().st_size > options.max_bytes and not path.name.lower().endswith((".gz", ".gzip")):
            yield Reject(ref, "too_large", f"{ref}: {path.stat().st_size} bytes, over the limit of "
                                           f"{options.max_bytes} (raise it with --max-bytes)")
            return
        with open_binary(path) as stream:
            data = read_bytes_bounded(stream, ref, options.max_bytes)
    except OSError as exc:
        yield Reject(ref, "unreadable", f"{ref}: {exc.strerror or exc}")
        return
    yield from text_record(data, ref, options)


def text_record(data: bytes | Reject, ref: str, options: IngestOptions) -> Iterator[Item]:
    if isinstance(data, Reject):
        yield data
        return
    if len(data) > options.max_bytes:
        yield Reject(ref, "too_large", f"{ref}: {len(data)} bytes, over the limit of {options.max_bytes} "
                                       "(raise it with --max-bytes)")
        return
    text = decode(data, ref)
    if isinstance(text, Reject):
        yield text
        return
    if not text.strip():
        yield Reject(ref, "empty", f"{ref}: the file is empty")
        return
    yield make_article(text, ref, options)
