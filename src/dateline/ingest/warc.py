"""WARC web archives (warcio): each HTML response record becomes an article with its target URI
and capture date. Records are streamed one by one; other record types (requests, metadata,
images, scripts) are not articles and are passed over."""
from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterator

from ..model import Reject
from .common import IngestOptions, Item
from .html import HTML_SIZE_FACTOR, html_record

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, options: IngestOptions) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    limit = options.max_bytes * HTML_SIZE_FACTOR
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield Reject(name, "unreadable", f"{name}: {exc.strerror or exc}")
        return
    with stream:
        records = iter(ArchiveIterator(stream))
        number, articles = 0, 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                if articles == 0:
                    yield Reject(name, "empty", f"{name}: no HTML response records in the archive")
                return
            except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
                yield Reject(f"{name}#record={number + 1}", "truncated",
                             f"{name}: the archive cannot be read past record {number} ({exc}); the records "
                             "before it were read")
                return
            except Exception as exc:
                yield Reject(f"{name}#record={number + 1}", "malformed",
                             f"{name}: damaged record {number + 1} ({type(exc).__name__}: {exc})")
                return
            number += 1
            item = _record_item(record, f"{name}#record={number}", options, limit)
            if item is not None:
                articles += 1
                yield item


def _record_item(record, ref: str, options: IngestOptions, limit: int):
    if record.rec_type not in ("response", "resource"):
        return None
    http = record.http_headers
    content_type = (http.get_header("Content-Type") if http else record.rec_headers.get_header("Content-Type")) or ""
    if not content_type.lower().startswith(HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if http is not None:
        status = http.get_statuscode()
        if status and not status.startswith("2"):
            return Reject(ref, "http_status", f"{ref}: HTTP {status} response for {url}, not an article")
    try:
        data = record.content_stream().read(limit + 1)
    except Exception as exc:    # damaged chunked/gzip body: reject this record only
        return Reject(ref, "truncated", f"{ref}: the body of {url} cannot be read ({exc})")
    if len(data) > limit:
        return Reject(ref, "too_large", f"{ref}: page {url} over {limit} bytes (raise it with --max-bytes)")
    if getattr(record.raw_stream, "limit", 0) > 0:      # fewer bytes than the record declares
        return Reject(ref, "truncated", f"{ref}: the record for {url} ends early (truncated archive?)")
    return html_record(data, ref, options, url=url, published=record.rec_headers.get_header("WARC-Date"))
