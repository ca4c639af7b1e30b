"""Issue 9.1: the cleaner never raises, never hangs, and its offsets stay inside the text.

`clean_article` is documented to never raise on odd text. Here it gets arbitrary Unicode
(zero-width, bidi controls, NUL, combining marks, lone surrogates), pathological layouts
(one huge line, thousands of tiny or identical paragraphs, wire-style datelines, HTML residue),
each under a time bound.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from dateline.clean import CleanOptions, clean_article
from dateline.limits import RECORD_SECONDS, TimeLimitExceeded, run_in_subprocess, time_limit
from dateline.model import Article, CleanArticle

FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

NASTY = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202c", "\u200f", "\u0000", "\r", "\r\n",
         "\n\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\u0301", "\ufffd", "\U0001f600", "\u00a0", "\u3000",
         "مرحبا", "שלום", "ISTANBUL (AP) — ", "WASHINGTON, Dec. 3 (Reuters) - ", "MOSCOW — ", "—", "–", "-",
         "Russia", "Turkey", "Putin", " said ", ".", " ", "\n", "Advertisement\n", "Click here to subscribe.\n",
         "Share this article\n", "(Reporting by A; Editing by B)\n", "<div>", "</p>", "&nbsp;"]
text_strategy = st.lists(st.one_of(st.sampled_from(NASTY), st.characters(blacklist_categories=("Cs",))),
                         max_size=200).map("".join)
options_strategy = st.builds(CleanOptions, repeat_threshold=st.floats(0.5, 1.0))


def check_clean(article: Article, clean: CleanArticle) -> None:
    raw = article.raw_text
    assert isinstance(clean, CleanArticle)
    assert isinstance(clean.text, str)
    assert clean.article == article
    for removal in clean.removed:
        assert 0 <= removal.start <= removal.end <= len(raw), (removal.start, removal.end, len(raw))
        assert removal.kind and isinstance(removal.kind, str)
    # removals do not overlap (each raw character is cut at most once)
    spans = sorted((r.start, r.end) for r in clean.removed)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, f"overlapping removals {s1}:{e1} and {s2}:{e2}"
    # the offset map is sorted and points into the raw text
    starts = [c for c, _ in clean.offset_map]
    assert starts == sorted(starts)
    for offset in range(0, len(clean.text), max(1, len(clean.text) // 50)):
        raw_offset = clean.raw_offset(offset)
        assert 0 <= raw_offset < max(len(raw), 1), (offset, raw_offset, len(raw))
    clean.text.encode("utf-8", errors="surrogatepass")


def clean_bounded(article: Article, options: CleanOptions = CleanOptions()) -> CleanArticle:
    with time_limit(RECORD_SECONDS, "cleaning one article"):
        return clean_article(article, options)


@FUZZ
@given(text=text_strategy, options=options_strategy)
def test_clean_never_raises_and_offsets_stay_inside(text, options):
    article = Article(id="fuzz", raw_text=text)
    check_clean(article, clean_bounded(article, options))


@FUZZ
@given(text=st.text(max_size=300))
def test_clean_any_unicode_text(text):
    article = Article(id="fuzz", raw_text=text)
    check_clean(article, clean_bounded(article))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(paragraph=text_strategy.filter(lambda t: t.strip()), n=st.integers(2, 40),
       sep=st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\u2029"]))
def test_repeated_paragraphs(paragraph, n, sep):
    """Wire copy often repeats a block; any number of copies in any separator style is fine."""
    article = Article(id="rep", raw_text=sep.join([paragraph] * n))
    check_clean(article, clean_bounded(article))


def test_lone_surrogates_do_not_crash_the_cleaner():
    # JSON "\ud800" escapes and surrogateescape decoding can put lone surrogates into a str
    article = Article(id="sur", raw_text="Russia \ud800 and Turkey \udfff met.\n\nAgain \udc80.")
    check_clean(article, clean_bounded(article))


def _big(kind: str) -> str:
    if kind == "huge-line":
        return "Russia and Turkey met. " * 80_000                          # 1.8 MB, one line
    if kind == "many-paragraphs":
        return "\n\n".join(f"Paragraph {i}: Russia and Turkey met again in Istanbul." for i in range(20_000))
    if kind == "identical-paragraphs":
        return "\n\n".join(["Russia and Turkey met in Istanbul on Monday."] * 20_000)
    if kind == "near-identical-paragraphs":
        return "\n\n".join(f"Russia and Turkey met in Istanbul on Monday number {i}." for i in range(5_000))
    if kind == "one-char-lines":
        return "\n".join("x" for _ in range(200_000))
    if kind == "blank-lines":
        return "Russia." + "\n" * 500_000 + "Turkey."
    if kind == "dateline-like":
        return "A" * 10_000 + " — " + "B " * 10_000
    if kind == "dashes":
        return "-" * 500_000
    if kind == "zero-width-flood":
        return "\u200b" * 300_000 + "Russia and Turkey met."
    if kind == "html-residue":
        return "<div>" * 50_000 + "Russia and Turkey met." + "</div>" * 50_000
    raise ValueError(kind)


def _clean_big(kind: str) -> tuple[int, int]:
    article = Article(id=kind, raw_text=_big(kind))
    clean = clean_article(article)
    check_clean(article, clean)
    return len(clean.text), len(clean.removed)


@pytest.mark.parametrize("kind", ["huge-line", "many-paragraphs", "identical-paragraphs",
                                  "near-identical-paragraphs", "one-char-lines", "blank-lines", "dateline-like",
                                  "dashes", "zero-width-flood", "html-residue"])
def test_big_and_pathological_texts_finish(kind):
    """Run in a child process: a super-linear repeat or boilerplate pass shows as a timeout here."""
    try:
        run_in_subprocess(_clean_big, kind, timeout=60)
    except TimeLimitExceeded:
        pytest.fail(f"cleaning the {kind!r} text (~{len(_big(kind)):,} chars) took over 60 s: "
                    "a super-linear step in the cleaner")
    except RuntimeError as exc:
        pytest.fail(f"cleaning the {kind!r} text raised:\n{exc}")
