"""What every reader shares: decoding bytes, repairing text, dates, ids, and building Articles.

Character repairs happen here, once, when a record is read: bytes in another encoding are
decoded (charset-normalizer), mojibake is fixed (ftfy) and the text is put in Unicode NFC. The
article's raw text is that repaired text, so cleaning only has to cut, and its offsets stay exact.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Optional, Union

from ..model import Article, Reject


@dataclass(frozen=True)
class IngestOptions:
    format: Optional[str] = None          # force a reader: txt, html, jsonl, csv, parquet, warc, rss
    published: Optional[dt.date] = None   # used when the record has no date of its own
    source: Optional[str] = None          # used when the record has no source of its own
    max_bytes: int = 2_000_000            # longest text accepted (UTF-8 bytes); longer: too_large
    # record formats (JSONL, CSV, Parquet): the field names; None = try the usual names
    text_field: Optional[str] = None
    title_field: Optional[str] = None
    date_field: Optional[str] = None
    url_field: Optional[str] = None
    id_field: Optional[str] = None
    fetch_timeout: float = 30.0           # seconds, for feeds and pages given as URLs


Item = Union[Article, Reject]

# Encodings that news text in the wild comes in besides UTF-8; anything else charset-normalizer
# proposes for bytes that are not UTF-8 is more likely a guess about binary data.
_TEXT_ENCODINGS = {"cp1252", "latin_1", "iso8859_15", "iso8859_2", "cp1250", "cp1251", "koi8_r", "iso8859_5",
                   "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1256", "iso8859_6", "cp1255", "iso8859_8",
                   "mac_roman", "shift_jis", "cp932", "euc_jp", "gb2312", "gb18030", "gbk", "big5", "euc_kr",
                   "cp949", "utf_16", "utf_16_le", "utf_16_be", "ascii", "cp1257", "iso8859_4", "iso8859_13"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


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


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head and not _is_utf16(head):
        return True
    return False


def _is_utf16(head: bytes) -> bool:
    return head[:2] in (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, ref: str) -> Union[str, Reject]:
    """UTF-8 (with or without BOM) as is; other encodings when charset-normalizer is confident and
    the result reads as text; otherwise a Reject with reason `encoding` or `binary`."""
    if looks_binary(data):
        return Reject(ref, "binary", f"{ref}: looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        position = exc.start
    text = _decode_legacy(data[:200_000], data)
    if text is not None:
        return text
    return Reject(ref, "encoding", f"{ref}: not valid UTF-8 (byte {position}) and no text encoding "
                                   "could be recognised; convert it to UTF-8")


def _pick_encoding(sample: bytes) -> Optional[str]:
    """The legacy encoding charset-normalizer finds for bytes that are not UTF-8, when it reads as
    language: its coherence (a language recognised) or mostly-ASCII text with a few accented letters."""
    from charset_normalizer import from_bytes
    matches = list(from_bytes(sample))
    if not matches:
        return None
    best = matches[0]
    # cp1250/cp1252/cp1257 (nearly) tie on Western text: prefer cp1252, by far the most common of them
    tied = [m.encoding for m in matches if m.chaos <= best.chaos + 0.05 and m.coherence >= best.coherence - 0.1]
    encoding = "cp1252" if "cp1252" in tied else best.encoding
    non_ascii = sum(1 for byte in sample if byte > 0x7F) / max(len(sample), 1)
    if encoding not in _TEXT_ENCODINGS or best.chaos > 0.15 or (best.coherence < 0.1 and non_ascii > 0.2):
        return None
    return encoding


def stream_encoding(head: bytes, complete: bool) -> Optional[str]:
    """The encoding to read a record file (CSV) in, from its first bytes: "utf-8-sig" when they are
    UTF-8 (a character cut at the end of an incomplete `head` is fine), else a legacy encoding that
    reads as text (a spreadsheet's CSV saved as cp1252), else None."""
    try:
        head.decode("utf-8-sig")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if not complete and exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return "utf-8-sig"
    encoding = _pick_encoding(head)
    if encoding is None:
        return None
    text = head.decode(encoding, errors="ignore" if not complete else "strict")
    return encoding if _reads_as_text(text) else None


def _decode_legacy(sample: bytes, data: bytes) -> Optional[str]:
    """Text in a legacy encoding, when charset-normalizer finds one that reads as language: its
    coherence (a language recognised) or mostly-ASCII text with a few accented letters."""
    encoding = _pick_encoding(sample)
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _reads_as_text(text) else None


def _reads_as_text(text: str) -> bool:
    """Mostly letters, spaces and punctuation, hardly any control characters."""
    sample = text[:20_000]
    if not sample.strip():
        return False
    controls = len(_CONTROL.findall(sample))
    letters = sum(ch.isalpha() for ch in sample)
    return controls / len(sample) < 0.01 and letters / len(sample) > 0.5


# What ftfy would change: UTF-8 read as cp1252/latin-1 (a lead byte Â-ô then a continuation byte
# shown as a C1 control or a cp1252 sign), control characters and terminal escapes, ligatures.
# Texts without any of them skip ftfy (the common case: it costs ~1 ms per article otherwise).
_NEEDS_FTFY = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|[\ufb00-\ufb06]|[\ud800-\udfff]")


def repair(text: str) -> str:
    """Fix mojibake ("Ã©" -> "é") and put the text in NFC; plain ASCII is left as it is (fast)."""
    if text.isascii() and not _NEEDS_FTFY.search(text):
        return text
    if not _NEEDS_FTFY.search(text):
        return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    import ftfy
    fixed = ftfy.fix_text(text, unescape_html=False, uncurl_quotes=False, fix_line_breaks=False,
                          fix_character_width=False, normalization="NFC", explain=False)
    return fixed


_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])")


def parse_date(value: Any) -> Optional[dt.date]:
    """A date from the usual shapes: date/datetime, ISO 8601, RFC 2822, epoch seconds or ms,
    then dateparser for the rest. None when it cannot tell."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 19000101 <= value <= 21001231 and value == int(value):     # 20121203: YYYYMMDD, not 1970-08-21
            try:
                return dt.date(int(value) // 10000, int(value) // 100 % 100, int(value) % 100)
            except ValueError:
                pass
        if value < 1e8:           # 0, 12 or a year such as 2012: no day to tell, not a 1970 timestamp
            return None
        seconds = value / 1000 if value > 1e11 else value
        try:
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError):
        pass
    if text.isdigit():
        return parse_date(int(text))
    dotted = _DOTTED_DATE.match(text)
    if dotted:              # 03.12.2012: day first wherever dates are written with dots (de, ru, pl, tr...)
        year = int(dotted.group(3))
        year += 0 if len(dotted.group(3)) == 4 else 2000 if year < 50 else 1900      # 03.12.12: 2012
        try:
            return dt.date(year, int(dotted.group(2)), int(dotted.group(1)))
        except ValueError:
            return None
    import dateparser
    # absolute dates with a year only: "N/A", "Monday", "3 hours ago" or "Dec. 3" would otherwise be
    # dated from today, the day of the run, not the day of the article
    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                                              "PARSERS": ["custom-formats", "absolute-time"],
                                              "REQUIRE_PARTS": ["year"]})
    return parsed.date() if parsed else None


def make_article(text: Optional[str], ref: str, options: IngestOptions, *, title: Optional[str] = None,
                 url: Optional[str] = None, published: Any = None, record_id: Any = None,
                 author: Optional[str] = None, source: Optional[str] = None,
                 language: Optional[str] = None, what: str = "text") -> Item:
    """An Article from one record's fields, or a Reject (empty, too_large)."""
    if text is None or not str(text).strip():
        return Reject(ref, "empty", f"{ref}: the {what} is empty")
    text = str(text)
    if too_large(text, options):
        return Reject(ref, "too_large", f"{ref}: {len(text.encode('utf-8'))} bytes of text, over the limit of "
                                        f"{options.max_bytes} (raise it with --max-bytes)")
    text = repair(text)
    if not text.strip():          # only control characters or escapes, which the repair removed
        return Reject(ref, "empty", f"{ref}: the {what} holds no readable characters")
    try:
        date = parse_date(published)
    except Exception:         # a date field holding something odd: the article stays, undated
        date = None
    url = _field_text(url)
    title = _field_text(title)
    return Article(
        id=_record_id(record_id) or article_id(text, url=url, ref=ref),
        raw_text=text,
        source=_field_text(source) or options.source or origin(ref),
        url=url,
        title=repair(title) if title else None,
        published=date or options.published,
        published_origin="metadata" if (date or options.published) else "unknown",
        language=_field_text(language),
        author=_field_text(author),
        input_ref=ref,
    )


def _field_text(value: Any) -> Optional[str]:
    """A metadata field as a short one-line string, or None for missing, empty or non-text values."""
    if value is None or isinstance(value, (bool, dict)):
        return None
    text = " ".join(str(value).split())
    return text[:1000] or None


def too_large(text: str, options: IngestOptions) -> bool:
    # characters are 1 to 4 bytes: only encode when the cheap bounds cannot decide
    if len(text) <= options.max_bytes // 4:
        return False
    if len(text) > options.max_bytes:
        return True
    return len(text.encode("utf-8")) > options.max_bytes


def _record_id(value: Any) -> Optional[str]:
    if value is None or str(value).strip() == "":
        return None
    value = str(value).strip()
    return value if len(value) <= 64 else hashlib.sha1(value.encode("utf-8")).hexdigest()[:16]


def origin(ref: str) -> str:
    """The file (or URL) part of a record reference such as 'path:12' or 'path#entry=3'."""
    head = ref.split("#", 1)[0]
    match = re.match(r"^(.*):\d+$", head)
    return match.group(1) if match else head
