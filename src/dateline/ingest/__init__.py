"""Readers: turn paths, folders, globs, URLs and stdin into `Article`s, or `Reject`s with a reason.

Contract (used by the pipeline): `read_inputs(paths, options)` yields, lazily and in input order,
one `Article` or one `Reject` per input record. It never raises for a bad record; a bad record
becomes a `Reject(input, reason, detail)` and the rest goes on. Record files are streamed, so
memory does not grow with the size of a JSONL file or a WARC archive.

Formats (by extension, `.gz` variants included, or forced with `IngestOptions.format`): txt, html,
jsonl, csv (tsv), parquet, warc, rss (RSS and Atom). Unknown extensions are sniffed, else text.
"""
from __future__ import annotations

import glob
import io
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..model import Reject
from .common import IngestOptions, Item, article_id, decode, make_article, origin, parse_date, repair
from .compression import open_binary, strip_gzip_suffix
from .feeds import feed_records
from .html import HTML_SIZE_FACTOR, html_record, read_html_file
from .records import csv_records, json_array_records, jsonl_records, read_csv, read_json, read_jsonl, read_parquet
from .text import read_bytes_bounded, read_text_file, text_record
from .warc import read_warc

__all__ = ["IngestOptions", "FORMATS", "article_id", "read_inputs", "detect_format", "make_article",
           "parse_date", "repair", "decode", "origin"]

FORMATS = ("txt", "html", "jsonl", "json", "csv", "parquet", "warc", "rss")
_EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
    ".warc": "warc", ".arc": "warc",
    ".rss": "rss", ".atom": "rss", ".xml": "rss", ".rdf": "rss",
}


def detect_format(name: str, head: bytes = b"") -> str:
    """The reader for a file: by its extension (ignoring .gz), else by its first bytes, else txt."""
    suffix = Path(strip_gzip_suffix(name)).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    return sniff(head)


def sniff(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"par1"):
        return "parquet"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start[:300]:
        return "html"
    if start.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):     # XHTML pages were caught by <html above
        return "rss"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"[{") or start.startswith(b"[\n"):
        return "json"
    return "txt"


def read_inputs(paths: Iterable[str], options: IngestOptions = IngestOptions()) -> Iterator[Item]:
    for raw in paths:
        if raw == "-":
            items = _read_stdin(options)
        elif raw.startswith(("http://", "https://")):
            items = _read_url(raw, options)
        else:
            items = _read_path(raw, options)
        for item in items:
            yield _one_line(item) if isinstance(item, Reject) else item


def _one_line(reject: Reject) -> Reject:
    """Reject details quote library errors, which may span lines; a reject prints as one line."""
    if "\n" not in reject.detail and "\r" not in reject.detail and len(reject.detail) <= 500:
        return reject
    detail = " ".join(reject.detail.split())
    return Reject(reject.input, reject.reason, detail[:497] + "..." if len(detail) > 500 else detail)


def _read_path(raw: str, options: IngestOptions) -> Iterator[Item]:
    path = Path(raw)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*")
                            if p.is_file() and not _hidden(p.relative_to(path)) and not _own_output(p)):
            yield from _read_file(child, options)
    elif path.is_file():
        yield from _read_file(path, options)
    elif any(ch in raw for ch in "*?["):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            yield Reject(raw, "missing", f"{raw}: no file matches this pattern")
        for match in matches:
            if Path(match).is_file():
                yield from _read_file(Path(match), options)
    else:
        yield Reject(raw, "missing", f"{raw}: no such file or folder")


def _own_output(path: Path) -> bool:
    """dateline's own databases (often written into the folder being read) are not articles."""
    return path.name.lower().endswith(_OWN_OUTPUT_SUFFIXES)


_OWN_OUTPUT_SUFFIXES = (".duckdb", ".duckdb.wal", ".duckdb.tmp")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _read_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    fmt = options.format
    if fmt is None:
        fmt = detect_format(path.name, _head(path))
    reader = _FILE_READERS.get(fmt)
    if reader is None:
        yield Reject(str(path), "format", f"{path}: unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return
    yield from reader(path, options)


def _head(path: Path) -> bytes:
    try:
        with open_binary(path) as stream:
            return stream.read(1024)
    except Exception:          # unreadable or damaged: the reader reports it properly
        return b""


def _read_feed_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    try:
        with open_binary(path) as stream:
            data = read_bytes_bounded(stream, str(path), options.max_bytes * HTML_SIZE_FACTOR)
    except OSError as exc:
        yield Reject(str(path), "unreadable", f"{path}: {exc.strerror or exc}")
        return
    if isinstance(data, Reject):
        yield data
        return
    yield from feed_records(data, str(path), options)


def _read_warc_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    yield from read_warc(path, options)


_FILE_READERS: dict[str, Callable[[Path, IngestOptions], Iterator[Item]]] = {
    "txt": read_text_file,
    "html": read_html_file,
    "jsonl": read_jsonl,
    "json": read_json,        # chosen by the .json extension: JSON lines or one array of objects
    "csv": read_csv,
    "parquet": read_parquet,
    "warc": _read_warc_file,
    "rss": _read_feed_file,
}


# --- stdin and URLs ------------------------------------------------------------------------------
def _read_stdin(options: IngestOptions) -> Iterator[Item]:
    """stdin: one text article unless --format says otherwise (JSONL and CSV are streamed)."""
    stream = sys.stdin.buffer
    fmt = options.format
    if fmt == "jsonl":
        yield from jsonl_records(stream, "<stdin>", options)
        return
    if fmt == "csv":
        yield from csv_records(io.TextIOWrapper(stream, encoding="utf-8-sig", newline=""), "<stdin>", options)
        return
    data = read_bytes_bounded(stream, "<stdin>", options.max_bytes * HTML_SIZE_FACTOR)
    if isinstance(data, Reject):
        yield data
        return
    yield from _read_bytes(data, "<stdin>", fmt or sniff(data[:1024]), options)


def _read_bytes(data: bytes, name: str, fmt: str, options: IngestOptions, url: str | None = None) -> Iterator[Item]:
    if fmt == "html":
        yield html_record(data, name, options, url=url)
    elif fmt == "rss":
        yield from feed_records(data, name, options)
    elif fmt == "jsonl":
        yield from jsonl_records(io.BytesIO(data), name, options)
    elif fmt == "json":
        yield from (json_array_records(data, name, options) if data.lstrip().startswith(b"[")
                    else jsonl_records(io.BytesIO(data), name, options))
    elif fmt == "csv":
        yield from csv_records(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline=""), name, options)
    elif fmt == "txt":
        yield from text_record(data, name, options)
    else:
        yield Reject(name, "format", f"{name}: format {fmt!r} cannot be read from stdin or a URL; save it to a file")


def _read_url(url: str, options: IngestOptions) -> Iterator[Item]:
    """A feed or a page on the web: fetched once, then read like a file of its kind."""
    import httpx
    limit = options.max_bytes * HTML_SIZE_FACTOR
    try:
        with httpx.stream("GET", url, timeout=options.fetch_timeout, follow_redirects=True,
                          headers={"User-Agent": "dateline (news event coder)"}) as response:
            if response.status_code >= 400:
                yield Reject(url, "http_status", f"{url}: the server answered HTTP {response.status_code}")
                return
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:
                    yield Reject(url, "too_large", f"{url}: more than {limit} bytes (raise it with --max-bytes)")
                    return
            content_type = response.headers.get("content-type", "").lower()
    except httpx.HTTPError as exc:
        yield Reject(url, "unreachable", f"{url}: cannot be fetched ({type(exc).__name__}: {exc})")
        return
    data = b"".join(chunks)
    fmt = options.format or _format_of_response(url, content_type, data)
    yield from _read_bytes(data, url, fmt, options, url=url)


def _format_of_response(url: str, content_type: str, data: bytes) -> str:
    if any(kind in content_type for kind in ("rss", "atom", "xml")):
        return "rss"
    if "html" in content_type:
        return "rss" if sniff(data[:1024]) == "rss" else "html"
    by_name = detect_format(url.split("?", 1)[0], data[:1024])
    return by_name
