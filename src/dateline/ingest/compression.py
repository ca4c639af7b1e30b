"""Compressed inputs: gzip variants of every format (`.txt.gz`, `.jsonl.gz`, `.warc.gz`...).

Files are opened as streams so that a large archive is never read whole; a truncated or corrupt
archive shows up as an error while reading, which the readers turn into a Reject for the rest of
that file.
"""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
# what a damaged gzip stream raises while it is read
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def is_gzip_name(name: str) -> bool:
    return name.lower().endswith((".gz", ".gzip"))


def strip_gzip_suffix(name: str) -> str:
    lowered = name.lower()
    for suffix in (".gzip", ".gz"):
        if lowered.endswith(suffix):
            return name[: -len(suffix)]
    return name


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed on the fly when it is gzip (by name or by magic bytes)."""
    handle = open(path, "rb")
    magic = handle.read(2)
    handle.seek(0)
    if magic == GZIP_MAGIC:
        handle.close()
        return gzip.open(path, "rb")
    return handle


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "the compressed file ends early (truncated download or copy?)"
    return f"the compressed data is damaged ({exc})"
