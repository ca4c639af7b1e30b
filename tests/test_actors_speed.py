"""The shortcuts of actor resolution (issue 8) must give exactly what the plain spaCy reading gives."""
from __future__ import annotations

import datetime as dt

import pytest

TEXT = ("Kenyan police fired tear gas at striking nurses outside a Nairobi hospital on Tuesday, "
        "and the health minister said he would meet their union.  Officials in Uganda's capital "
        "denied that her convoy had crossed the border.\n\nThey said it was a pre-planned visit "
        "by the Ugandan-backed militia, whose leader himself arrived later.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_span_root_is_the_root_spacy_reads_for_every_short_span(doc):
    from dateline.actors.compose import span_root
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 6, len(doc)) + 1):
            assert span_root(doc, start, end).i == doc[start:end].root.i, (start, end)


def test_word_scans_find_the_tokens_of_the_plain_scan(doc):
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


def test_person_entities_are_the_people_of_doc_ents(nlp):
    from dateline.actors.compose import person_entities
    doc = nlp("Amina Odhiambo, a teacher in Kisumu, told Reuters that Peter Mwangi and Grace Wanjiru had left Kenya.")
    expected = [(e.start, e.end, e.text, e.root.i) for e in doc.ents if e.label_ == "PERSON"]
    assert [(e.start, e.end, e.text, e.root.i) for e in person_entities(doc)] == expected
    assert len(expected) >= 2
    assert [(e.start, e.end) for e in person_entities(doc)] == [(s, e) for s, e, _, _ in expected]   # read again
