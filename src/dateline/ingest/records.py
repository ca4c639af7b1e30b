"""Record files, one article per record: JSONL, CSV (and TSV), Parquet.

Read lazily, record by record (Parquet in row batches), so a file of millions of articles never
sits in memory. Field names come from --text-field, --title-field, --date-field, --url-field and
--id-field, or else the first of the usual names present. A bad record (a line that is not JSON,
a row without text, an over-size text) is rejected with its file and line; the rest goes on.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from ..model import Reject
from .common import IngestOptions, Item, make_article, stream_encoding
from .compression import GZIP_ERRORS, describe_error, open_binary

DEFAULT_FIELDS = {
    "text": ("text", "body", "content", "maintext", "article", "full_text", "fulltext", "story", "article_text"),
    "title": ("title", "headline", "head", "name"),
    "date": ("date", "published", "publish_date", "date_publish", "published_at", "pubdate", "publication_date",
             "datetime", "seendate", "timestamp", "created_at"),
    "url": ("url", "link", "source_url", "uri", "canonical_url", "sourceurl"),
    "id": ("id", "_id", "article_id", "uuid", "guid", "doc_id"),
    "source": ("source", "source_name", "outlet", "publisher", "site", "sitename", "domain", "source_domain"),
    "author": ("author", "authors", "byline"),
    "language": ("language", "lang"),
}

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))   # news bodies are longer than csv's 128 KB default


class FieldMap:
    """Which record field holds the text, title, date... (user's choice or the usual names)."""

    def __init__(self, options: IngestOptions):
        chosen = {"text": options.text_field, "title": options.title_field, "date": options.date_field,
                  "url": options.url_field, "id": options.id_field}
        self.names = {role: ((chosen[role],) if chosen.get(role) else names) for role, names in DEFAULT_FIELDS.items()}
        self.text_chosen = options.text_field is not None

    def value(self, record: dict, role: str) -> Any:
        for name in self.names[role]:
            value = _lookup(record, name)
            if value is not None and value != "":
                return _flatten(value)
        return None

    def has_text_column(self, columns: Iterable[str]) -> bool:
        columns = set(columns)
        return any(name in columns or name.split(".")[0] in columns for name in self.names["text"])

    def text_names(self) -> str:
        return ", ".join(repr(n) for n in self.names["text"][:4]) + ("..." if len(self.names["text"]) > 4 else "")


def _lookup(record: dict, name: str) -> Any:
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):          # "meta.title" for nested JSON
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _flatten(value: Any) -> Any:
    if isinstance(value, list):          # authors: ["A", "B"]; paragraphs: ["p1", "p2"]
        return "\n".join(str(v) for v in value if v is not None)
    return value


def record_to_item(record: dict, ref: str, fields: FieldMap, options: IngestOptions) -> Item:
    text = fields.value(record, "text")
    if text is None:
        present = ", ".join(sorted(map(str, record))[:12])
        return Reject(ref, "no_text", f"{ref}: no text in field {fields.text_names()} (fields here: {present}); "
                                      "name the right one with --text-field")
    if not isinstance(text, str):
        text = str(text)
    return make_article(text, ref, options, title=fields.value(record, "title"), url=fields.value(record, "url"),
                        published=fields.value(record, "date"), record_id=fields.value(record, "id"),
                        author=fields.value(record, "author"), source=fields.value(record, "source"),
                        language=fields.value(record, "language"))


# --- JSONL ---------------------------------------------------------------------------------------
def read_jsonl(path: Path, options: IngestOptions) -> Iterator[Item]:
    try:
        stream = open_binary(path)
    except OSError as exc:
        yield Reject(str(path), "unreadable", f"{path}: {exc.strerror or exc}")
        return
    with stream:
        yield from jsonl_records(stream, str(path), options)


def jsonl_records(stream, name: str, options: IngestOptions) -> Iterator[Item]:
    fields = FieldMap(options)
    # a JSON line may hold some markup and escapes around its text: allow twice the text limit
    line_limit = options.max_bytes * 2 + 1024
    records = 0
    for number, line in _bounded_lines(stream, line_limit):
        records += 1
        ref = f"{name}:{number}"
        if isinstance(line, Reject):
            yield Reject(ref, line.reason, f"{ref}: {line.detail}")
            if line.reason == "truncated":
                return
            continue
        if not line.strip():
            records -= 1
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:   # JSONDecodeError, bad UTF-8, absurd nesting
            yield Reject(ref, "malformed", f"{ref}: not a JSON object ({_json_error(exc)}); fix or remove the line")
            continue
        if not isinstance(record, dict):
            yield Reject(ref, "malformed", f"{ref}: a JSON {type(record).__name__}, not an object with a text field")
            continue
        yield record_to_item(record, ref, fields, options)
    if records == 0:
        yield Reject(name, "empty", f"{name}: no JSON lines in the file")


def read_json(path: Path, options: IngestOptions) -> Iterator[Item]:
    """A `.json` file: JSON lines, one object, or an array of objects (an array is parsed whole,
    so it is bounded by 20 times --max-bytes; larger exports should be JSONL)."""
    name = str(path)
    try:
        with open_binary(path) as stream:
            head = stream.read(4096).lstrip()
            if not head.startswith(b"["):
                stream.close()
                yield from read_jsonl(path, options)
                return
            limit = options.max_bytes * 20
            data = head + stream.read(limit)
            if stream.read(1):
                yield Reject(name, "too_large", f"{name}: a JSON array over {limit} bytes; "
                                                "write it as JSON lines (one object per line) instead")
                return
    except GZIP_ERRORS as exc:
        yield Reject(name, "truncated", f"{name}: {describe_error(exc)}")
        return
    except OSError as exc:
        yield Reject(name, "unreadable", f"{name}: {exc.strerror or exc}")
        return
    yield from json_array_records(data, name, options)


def json_array_records(data: bytes, name: str, options: IngestOptions) -> Iterator[Item]:
    """The objects of one JSON array (or one object), each an article."""
    try:
        records = json.loads(data)
    except (ValueError, RecursionError) as exc:
        yield Reject(name, "malformed", f"{name}: not valid JSON ({_json_error(exc)})")
        return
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        yield Reject(name, "malformed", f"{name}: JSON {type(records).__name__}, not objects with a text field")
        return
    if not records:
        yield Reject(name, "empty", f"{name}: an empty JSON array")
        return
    fields = FieldMap(options)
    for number, record in enumerate(records, start=1):
        ref = f"{name}#{number}"
        if isinstance(record, dict):
            yield record_to_item(record, ref, fields, options)
        else:
            yield Reject(ref, "malformed", f"{ref}: a JSON {type(record).__name__}, not an object with a text field")


def _json_error(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return "not UTF-8"


def _bounded_lines(stream, limit: int) -> Iterator[tuple[int, Any]]:
    """(line number, bytes) for each line, without ever holding more than `limit` bytes of one
    line: a longer line becomes a Reject `too_large` and is skipped to its end."""
    number = 0
    while True:
        try:
            line = stream.readline(limit)
        except GZIP_ERRORS as exc:
            yield number + 1, Reject("", "truncated", describe_error(exc) + "; the records before it were read")
            return
        if not line:
            return
        number += 1
        if len(line) >= limit and not line.endswith(b"\n"):
            try:
                while True:
                    rest = stream.readline(limit)
                    if not rest or rest.endswith(b"\n"):
                        break
            except GZIP_ERRORS as exc:
                yield number, Reject("", "truncated", describe_error(exc))
                return
            yield number, Reject("", "too_large", f"a line over {limit} bytes (raise the limit with --max-bytes)")
            continue
        yield number, line


# --- CSV -----------------------------------------------------------------------------------------
_ENCODING_SAMPLE = 200_000      # bytes read to tell a CSV file's encoding


def read_csv(path: Path, options: IngestOptions, delimiter: Optional[str] = None) -> Iterator[Item]:
    try:
        binary = open_binary(path)
    except OSError as exc:
        yield Reject(str(path), "unreadable", f"{path}: {exc.strerror or exc}")
        return
    if delimiter is None:
        delimiter = "\t" if ".tsv" in path.name.lower() else ","
    encoding = "utf-8-sig"
    try:                    # a spreadsheet's CSV is often cp1252: read it so, rather than refuse it
        with binary:
            head = binary.read(_ENCODING_SAMPLE)
        encoding = stream_encoding(head, complete=len(head) < _ENCODING_SAMPLE) or "utf-8-sig"
        binary = open_binary(path)
    except (OSError, *GZIP_ERRORS):
        binary = open_binary(path)          # the reader below reports what cannot be read
    with binary:
        text = io.TextIOWrapper(binary, encoding=encoding, errors="strict", newline="")
        yield from csv_records(text, str(path), options, delimiter)


def csv_records(stream, name: str, options: IngestOptions, delimiter: str = ",") -> Iterator[Item]:
    fields = FieldMap(options)
    try:
        first = stream.readline(1 << 20)      # a header line; bounded, should the file have no newlines
        delimiter = _delimiter(first, delimiter)
        reader = csv.reader(itertools.chain([first] if first else [], stream), delimiter=delimiter)
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError, *GZIP_ERRORS) as exc:
        yield Reject(f"{name}:1", "malformed", f"{name}:1: the header row cannot be read ({exc})")
        return
    if header is None:
        yield Reject(name, "empty", f"{name}: the CSV file is empty")
        return
    header = [h.strip() for h in header]
    if not fields.has_text_column(header):
        yield Reject(f"{name}:1", "no_text", f"{name}:1: no text column {fields.text_names()} among "
                                              f"{', '.join(header[:12])}; name it with --text-field")
        return
    line = reader.line_num
    rows = 0
    while True:
        start = line + 1
        ref = f"{name}:{start}"
        try:
            row = next(reader)
        except StopIteration:
            if rows == 0:
                yield Reject(name, "empty", f"{name}: the CSV file has a header but no rows")
            return
        except csv.Error as exc:
            line = reader.line_num
            yield Reject(ref, "malformed", f"{ref}: the CSV row cannot be read ({exc})")
            continue
        except UnicodeDecodeError as exc:
            yield Reject(ref, "encoding", f"{ref}: not valid UTF-8 (byte {exc.start} of a chunk); "
                                          "convert the file to UTF-8; the rows before it were read")
            return
        except GZIP_ERRORS as exc:
            yield Reject(ref, "truncated", f"{ref}: {describe_error(exc)}; the rows before it were read")
            return
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        if len(row) > len(header):
            yield Reject(ref, "malformed", f"{ref}: {len(row)} cells for {len(header)} columns; "
                                           "quote cells that hold the delimiter")
            continue
        yield record_to_item(dict(zip(header, row)), ref, fields, options)


def _delimiter(header_line: str, expected: str) -> str:
    """The expected delimiter, unless the header line has none of it but semicolons, tabs or bars
    (the CSV of a spreadsheet set to a language with decimal commas: id;title;text)."""
    if expected in header_line:
        return expected
    counts = {other: header_line.count(other) for other in (";", "\t", "|") if other != expected}
    best = max(counts, key=counts.get, default=expected)
    return best if counts.get(best) else expected


# --- Parquet -------------------------------------------------------------------------------------
def read_parquet(path: Path, options: IngestOptions) -> Iterator[Item]:
    import pyarrow.parquet as pq
    name = str(path)
    if path.name.lower().endswith((".gz", ".gzip")):
        # Parquet needs random access and compresses its own columns: a gzipped copy cannot be streamed
        yield Reject(name, "format", f"{name}: a gzip-compressed Parquet file; decompress it first (gunzip)")
        return
    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:     # pyarrow raises ArrowInvalid/OSError for damaged files
        yield Reject(name, "malformed", f"{name}: not a readable Parquet file ({exc})")
        return
    fields = FieldMap(options)
    columns = parquet.schema_arrow.names
    if not fields.has_text_column(columns):
        yield Reject(name, "no_text", f"{name}: no text column {fields.text_names()} among "
                                      f"{', '.join(columns[:12])}; name it with --text-field")
        return
    wanted = {n.split(".")[0] for names in fields.names.values() for n in names}   # "meta.title" needs "meta"
    needed = [c for c in columns if c in wanted]
    row = 0
    try:
        for batch in parquet.iter_batches(batch_size=256, columns=needed):
            for record in batch.to_pylist():
                row += 1
                yield record_to_item(record, f"{name}#row={row}", fields, options)
    except Exception as exc:
        yield Reject(f"{name}#row={row + 1}", "malformed", f"{name}: reading stopped at row {row + 1} ({exc})")
        return
    if row == 0:
        yield Reject(name, "empty", f"{name}: the Parquet file has no rows")
