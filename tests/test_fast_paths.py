"""The fast paths of the analysis read the doc's attribute arrays instead of Token objects (issue 8).
Each must give exactly what the plain Token-by-Token reading gives, on real parsed text."""
from __future__ import annotations

import gc

import pytest

TEXT = ("Syria's President Bashar al-Assad met U.N. envoy Lakhdar Brahimi in Damascus on Monday.  "
        "The two men discussed a cease-fire - a plan that Ban Ki-moon backed.\n\n"
        "\"We will not accept it,\" the rebels said. Russia and Turkey said they had agreed to hold talks; "
        "officials in Ankara denied it. Storm damage in Homs was reported.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_normalised_tokens_match_a_token_by_token_reading(doc):
    from dateline.actors.lexicon import fold
    from dateline.actors.matcher import _HYPHENS, normalised_tokens
    expected = [(fold(t.text), t.i) for t in doc
                if not t.is_space and not (t.text in _HYPHENS and t.i > 0 and not doc[t.i - 1].whitespace_
                                           and not t.whitespace_)]
    tokens = normalised_tokens(doc)
    assert tokens == expected
    words = [text for text, _ in tokens]
    # "al-Assad" and "Ki-moon": the hyphen written inside the name is dropped; "cease-fire" too
    assert words[words.index("al") + 1] == "assad" and words[words.index("ki") + 1] == "moon"
    assert "-" in words                                # the dash between spaces stays ("a cease-fire - a plan")


def test_sentence_numbers_number_tokens_as_doc_sents_do(doc):
    from dateline.nlp import sentence_numbers
    expected = [number for number, sentence in enumerate(doc.sents) for _ in sentence]
    assert list(sentence_numbers(doc)) == expected
    assert len(set(expected)) >= 4


def test_word_filter_finds_the_tokens_whose_form_or_lemma_is_listed(doc):
    from spacy.symbols import VERB
    from dateline.events.grammar import WordFilter
    forms, lemmas = frozenset({"talks", "cease"}), frozenset({"say", "deny", "meet"})
    words = WordFilter(forms, lemmas)
    for sentence in doc.sents:
        expected = [t.i for t in sentence if t.lower_ in forms or t.lemma_.lower() in lemmas]
        assert [t.i for t in words.in_span(sentence)] == expected
    verbs = WordFilter(frozenset(), lemmas, pos=VERB)
    expected = [t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in lemmas]
    assert [t.i for t in verbs.in_span(doc[:])] == expected
    assert {doc[i].lemma_ for i in expected} >= {"say", "meet"}


def test_span_text_is_the_span_text(doc):
    from dateline.events.speech import span_text
    for sentence in doc.sents:
        assert span_text(sentence) == sentence.text


def test_tokens_among_are_the_tokens_whose_lower_form_is_listed(doc):
    from dateline.nlp import tokens_among
    words = frozenset({"the", "they", "said", "two", "absent-word"})
    expected = [t.i for t in doc if t.lower_ in words]
    assert [t.i for t in tokens_among(doc, words)] == expected
    assert len(expected) >= 6 and doc[expected[0]].text == "The"      # lower-case form: "The" is found


def test_positions_among_read_the_exact_text_with_orth(doc):
    from spacy.attrs import ORTH
    from dateline.nlp import positions_among
    words = frozenset({"The", "Damascus", "the"})
    assert positions_among(doc, words, ORTH) == [t.i for t in doc if t.text in words]
    assert positions_among(doc, frozenset({"the"})) == [t.i for t in doc if t.lower_ == "the"]


def test_proper_nouns_are_the_propn_tokens(doc):
    from dateline.nlp import proper_nouns
    expected = [t.i for t in doc if t.pos_ == "PROPN"]
    assert proper_nouns(doc) == expected and len(expected) >= 8


def test_tokens_containing_a_hyphen_are_those_with_one_in_their_text(doc):
    from dateline.nlp import tokens_containing
    expected = [t.i for t in doc if "-" in t.text]
    assert [t.i for t in tokens_containing(doc, "-")] == expected
    assert len(expected) >= 3                          # "al-Assad" or its parts, "cease-fire", the dash, "Ki-moon"
    assert list(tokens_containing(doc, "@")) == []


def test_attribute_arrays_follow_a_doc_of_another_length(nlp):
    from dateline.nlp import proper_nouns
    short, longer = nlp("Obama spoke."), nlp("Obama met Putin in Moscow.")
    longer.user_data.update(short.user_data)          # a stale cache from another doc is not read
    assert proper_nouns(short) == [0]
    longer.user_data.update(short.user_data)
    assert proper_nouns(longer) == [t.i for t in longer if t.pos_ == "PROPN"]


def test_token_range_is_the_expanded_char_span(doc):
    from dateline.events.grammar import token_range
    cases = [(t.idx, t.idx + len(t.text)) for t in doc]                            # single tokens
    cases += [(doc[i].idx, doc[j].idx + len(doc[j].text)) for i, j in ((0, 3), (5, 9), (10, 20))]
    cases += [(3, 12), (0, 1), (len(TEXT) - 3, len(TEXT))]                         # not on token boundaries
    for start, end in cases:
        span = doc.char_span(start, end, alignment_mode="expand")
        expected = None if span is None else range(span.start, span.end)
        assert token_range(doc, start, end) == expected, (start, end)


def test_word_forms_are_lower_forms_and_lower_lemmas(doc):
    from dateline.nlp import word_forms
    lowers, lemmas = word_forms(doc)
    assert lowers == [t.lower_ for t in doc]
    assert lemmas == [t.lemma_.lower() for t in doc]


def test_a_worker_freezes_what_it_loaded():
    """The model, lexicon and gazetteer are kept out of every garbage collection of the run."""
    from dateline.pipeline import Worker
    from dateline.settings import Settings
    Worker(Settings())
    assert gc.get_freeze_count() > 100_000
