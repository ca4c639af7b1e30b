"""Language identification with lingua, fast enough to run on every article.

The detector is built once per process, knows only the languages news mostly comes in, runs in
lingua's low-accuracy mode (trigram models: ample for a paragraph of news), and reads only the
first ~1000 characters. Most input is English, so a cheaper test comes first: in English news
about a fifth of the words are English function words ("the", "of", "said"...), in other
languages almost none are; a sample well above that mark is English without asking lingua.
Texts too short to judge get no language (None), so they are processed.
"""
from __future__ import annotations

import re
import threading
from typing import Optional

# ISO 639-1 codes of the languages the detector chooses between
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr", "ar", "fa", "zh", "ja",
             "ko", "hi", "id", "sv", "ro", "el", "he", "vi", "cs", "hu")
SAMPLE_CHARS = 1000
MIN_LETTERS = 20
# words that are frequent in English and rare as words of other languages (so not "a", "in", "on")
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to that is was for with said it by has have from his he are were which this be will its "
    "their they not been would who had but after also an".split())
ENGLISH_SHARE = 0.12      # English news: ~0.2-0.3; French, German, Spanish...: below 0.02
MIN_WORDS_FOR_SHORTCUT = 30
_WORD = re.compile(r"[^\W\d_]+")

_detector = None
_lock = threading.Lock()


def _get_detector():
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import IsoCode639_1, LanguageDetectorBuilder
                codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
                _detector = (LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
                             .with_low_accuracy_mode().build())
    return _detector


def detect_language(text: str) -> Optional[str]:
    """ISO 639-1 code of the text's language ("en", "fr"...), or None when unsure or too short."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return None
    lowered = _WORD.findall(sample.lower())
    english = _english_words(lowered)
    if len(lowered) >= MIN_WORDS_FOR_SHORTCUT and english / len(lowered) >= ENGLISH_SHARE:
        return "en"
    try:
        language = _get_detector().detect_language_of(sample)
    except UnicodeEncodeError:           # lone surrogates (from broken input) cannot cross into lingua
        language = _get_detector().detect_language_of(sample.encode("utf-8", "replace").decode("utf-8"))
    if language is None:
        return None
    code = language.iso_code_639_1.name.lower()
    words = _WORD.findall(sample)
    if code != "en" and len(words) < MIN_WORDS_FOR_SHORTCUT:
        if english >= 2 and english / max(len(lowered), 1) >= ENGLISH_SHARE:
            return None         # "The European Union vowed to impose sanctions on Russia": French to lingua
        # a short text is mostly names ("Indian Prime Minister Manmohan Singh met ... Zardari"), and names read as
        # any language: judge it by its other words, and call it unsure if they are too few
        rest = " ".join(w for w in words if not w[:1].isupper())
        if sum(map(str.isalpha, rest)) < MIN_LETTERS:
            return None
        second = _get_detector().detect_language_of(rest)
        if second is None or second.iso_code_639_1.name.lower() != code:
            return None
    return code


def _english_words(lowered: list[str]) -> int:
    """How many of the (lower-cased) words are English function words: about a fifth in English news."""
    return sum(1 for word in lowered if word in ENGLISH_FUNCTION_WORDS)
