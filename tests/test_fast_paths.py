"""The fast paths of the analysis read the doc's attribute arrays instead of Token objects (issue 8).
Each must give exactly what the plain Token-by-Token reading gives, on real parsed text."""
from __future__ import annotations

import datetime as dt
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


def test_doc_text_is_the_text_parsed_from_the_arrays_or_as_kept(nlp):
    from dateline.nlp import doc_text, keep_text
    for text in (TEXT, "  two  spaces\t and a tab\n\n", "caf\u00e9 \u00a0 \u201cquoted\u201d", ""):
        assert doc_text(nlp(text)) == text                 # built from the arrays, every character kept
        kept = keep_text(nlp(text), text)
        assert doc_text(kept) == text and kept.user_data   # the pipeline's kept copy is what is read


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
    from dateline.pipeline import YOUNG_OBJECTS_BEFORE_COLLECTION, Worker
    from dateline.settings import Settings
    Worker(Settings())
    assert gc.get_freeze_count() > 100_000
    assert gc.get_threshold()[0] == YOUNG_OBJECTS_BEFORE_COLLECTION


def test_analysing_an_article_leaves_no_reference_cycle(voa_text):
    """What the stages make of an article (its doc with the doc's cache, mentions, events) is freed when it is
    dropped, not left for the cycle collector: a cached Span or a nested function calling itself made one."""
    from dateline.model import Article
    from dateline.nlp import keep_text
    from dateline.pipeline import Worker
    from dateline.settings import Settings
    worker = Worker(Settings())
    result = worker.clean(Article(id="voa", raw_text=voa_text))
    doc = keep_text(worker.nlp(result.clean.text), result.clean.text)
    gc.collect()                        # (the parser's own garbage)
    debug = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        worker.analyse(result, doc)
        assert result.events
        del doc, result
        gc.collect()
        left = [type(o).__qualname__ for o in gc.garbage]
    finally:
        gc.set_debug(debug)
        gc.garbage.clear()
    assert left == []


def test_sentence_ents_are_the_entities_of_the_sentence(nlp):
    from dateline.events.amounts import sentence_ents
    doc = nlp(TEXT + " Talks were held in Geneva on March 3, 2013.")
    for sentence in doc.sents:
        assert sentence_ents(sentence) == list(sentence.ents)


# -- actor resolution's shortcuts: a one-word span's root, word scans, the match programme ---------
ACTORS_TEXT = ("Kenyan police fired tear gas at striking nurses outside a Nairobi hospital on Tuesday, "
        "and the health minister said he would meet their union.  Officials in Uganda's capital "
        "denied that her convoy had crossed the border.\n\nThey said it was a pre-planned visit "
        "by the Ugandan-backed militia, whose leader himself arrived later.")


@pytest.fixture(scope="module")
def actors_doc(nlp):
    return nlp(ACTORS_TEXT)


def test_span_root_is_the_root_spacy_reads_for_every_short_span(actors_doc):
    doc = actors_doc
    from dateline.actors.compose import span_root
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 6, len(doc)) + 1):
            assert span_root(doc, start, end).i == doc[start:end].root.i, (start, end)


def test_word_scans_find_the_tokens_of_the_plain_scan(actors_doc):
    doc = actors_doc
    from dateline.actors.coref import MALE_FEMALE, THIRD_PERSON_PRONOUNS
    from dateline.nlp import proper_nouns, tokens_among
    for words in (MALE_FEMALE, THIRD_PERSON_PRONOUNS, frozenset({"police", "officials"}), frozenset({"absent"})):
        assert [t.i for t in tokens_among(doc, words)] == [t.i for t in doc if t.lower_ in words]
    assert [t.text for t in tokens_among(doc, MALE_FEMALE)] == ["he", "her", "himself"]
    assert proper_nouns(doc) == [t.i for t in doc if t.pos_ == "PROPN"] and proper_nouns(doc)


def test_covered_tokens_are_the_tokens_inside_some_mention():
    from dateline.actors.compose import Found, covered_tokens, inside_mention
    from dateline.model import Actor
    found = [Found(start, end, Actor("KEN"), "name") for start, end in ((0, 1), (3, 6), (5, 7), (10, 11))]
    assert covered_tokens(found) == {i for i in range(15) if inside_mention(found, i)}
    assert covered_tokens([]) == set()


def test_today_is_the_local_date():
    from dateline.actors.dictionary import today
    assert today() == dt.date.today()
    assert today() is today()                      # read once per day


def test_code_on_answers_each_day_after_another():
    from dateline.actors.dictionary import DatedCode, Entry
    entry = Entry(["Jane Doe"], [DatedCode("KENGOV", dt.date(2013, 4, 9), dt.date(2022, 9, 13)),
                                 DatedCode("KENELI")])
    in_office, before = dt.date(2015, 1, 1), dt.date(2010, 1, 1)
    answers = [entry.code_on(day) for day in (in_office, before, in_office, in_office, before)]
    assert [code.code for code in answers] == ["KENGOV", "KENELI", "KENGOV", "KENGOV", "KENELI"]
    assert entry.code_on(None) == entry.code_on(dt.date.today())


def test_matches_are_the_best_reading_over_every_word(nlp, resolver):
    """The programme over match starts only gives what the programme over every word gives."""
    from dateline.actors.matcher import (_TokenTexts, _cuts_entity, _matches_at, find_matches,
                                         normalised_tokens)
    lexicon = resolver.lexicon
    text = ("Prime Minister Recep Tayyip Erdogan met U.S. Secretary of State John Kerry and the "
            "Kenyan Foreign Minister in Ankara, where Turkish police and the Kurdish PKK rebels clashed.")
    doc = nlp(text)
    tokens, trie = normalised_tokens(doc), lexicon.trie
    texts = _TokenTexts(doc)
    options = [_matches_at(texts, tokens, p, trie) if word in trie else [] for p, (word, _) in enumerate(tokens)]
    size = len(tokens)
    best, choice = [(0, 0, 0)] * (size + 1), [None] * (size + 1)
    for position in range(size - 1, -1, -1):
        best[position] = best[position + 1]
        for end, candidates in options[position]:
            covered, cuts, pieces = best[end]
            score = (covered + end - position, cuts - _cuts_entity(doc, tokens, end), pieces - 1)
            if score > best[position]:
                best[position], choice[position] = score, (end, candidates)
    expected, position = [], 0
    while position < size:
        if choice[position] is None:
            position += 1
            continue
        end, candidates = choice[position]
        expected.append((tokens[position][1], tokens[end - 1][1] + 1, candidates))
        position = end
    found = [(m.start, m.end, m.candidates) for m in find_matches(doc, lexicon)]
    assert found == expected
    assert len(found) >= 5


def test_person_entity_offsets_are_the_people_of_doc_ents(nlp):
    from dateline.actors.compose import person_entity_offsets
    doc = nlp("Amina Odhiambo, a teacher in Kisumu, told Reuters that Peter Mwangi and Grace Wanjiru had left Kenya.")
    expected = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    assert person_entity_offsets(doc) == expected
    assert len(expected) >= 2
    assert person_entity_offsets(doc) == expected       # read again, from the doc's cache


def test_entity_offsets_are_doc_ents_read_from_the_arrays(nlp):
    from dateline.nlp import entity_offsets
    texts = [TEXT, "Amina Odhiambo told Reuters that the United Nations and the African Union met in Addis Ababa",
             "On Monday, 12 soldiers were killed.", "no entity here at all"]
    for doc in nlp.pipe(texts):
        assert entity_offsets(doc) == [(e.start, e.end, e.label_) for e in doc.ents]
    last = nlp(texts[1])
    assert entity_offsets(last)[-1][1] == len(last)      # an entity that ends the doc


def test_attributes_read_together_are_each_attribute_array(nlp):
    from dateline.nlp import _READ_TOGETHER, token_attributes
    # the second text has line breaks: the component that reads them runs before the parser, and what it read
    # must not stand for the parsed doc's tags, dependencies and entities
    for doc in nlp.pipe([TEXT, "Sudan army, RSF clash\n\nSudan's army and the RSF fought in Khartoum.", ""]):
        for attribute in _READ_TOGETHER:
            assert token_attributes(doc, attribute) == doc.to_array(attribute).tolist()


def test_words_text_is_the_text_of_a_slice(nlp):
    from dateline.nlp import words_text
    doc = nlp("  Paris , Texas and\n\nSan Jose, the capital of Costa Rica.  ")
    for start in range(len(doc) + 2):
        for end in range(start, len(doc) + 3):         # (past the end: clipped as a slice is)
            assert words_text(doc, start, end) == doc[start:end].text


def test_per_doc_builds_once_per_doc_and_never_reads_another_docs_data(nlp):
    from dateline.nlp import per_doc
    calls = []

    def build(doc):
        calls.append(len(doc))
        return len(doc)

    first, second = nlp("One two three."), nlp("Four five.")
    assert [per_doc(first, "size", build), per_doc(second, "size", build), per_doc(first, "size", build)] == [4, 3, 4]
    assert calls == [4, 3]                              # the first doc's value was kept, not built again
    copied = nlp("Six seven eight nine ten.")
    copied.user_data.update(first.user_data)            # user data copied from another doc
    assert per_doc(copied, "size", build) == 6
