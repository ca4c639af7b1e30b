"""Rules of round 7b: what the story, the clause or an apposition tells a mention (a legislature named
without its country, deposed leaders, surnames with an Arabic article, groups that say "they", refugees
and their hosts, possessed descriptions of a named person).

Kept apart from compose.py and coref.py so that each rule is one call there; each rule returns at once
when the article has nothing it is about. The word lists are in `data/context_words.yaml`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import compress
from pathlib import Path
from typing import Optional

import yaml
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..model import Actor
from ..nlp import doc_tokens, positions_among, sentence_numbers, token_attributes, words_text
from .dictionary import today
from .lexicon import PERSON

DATA = Path(__file__).parent / "data"


# read once here; outlets.py and spans.py take their lists from it too
CONTEXT_WORDS = yaml.safe_load((DATA / "context_words.yaml").read_text(encoding="utf-8"))
GIVEN_NAMES = yaml.safe_load((DATA / "given_names.yaml").read_text(encoding="utf-8"))
GENDER_OF_NAME = {**{n: "m" for n in GIVEN_NAMES["male_names"]}, **{n: "f" for n in GIVEN_NAMES["female_names"]}}
GENDER_OF_TITLE = {**{n: "m" for n in GIVEN_NAMES["male_titles"]}, **{n: "f" for n in GIVEN_NAMES["female_titles"]}}
# common legislature name (lower case) -> the countries whose own legislature bears it
LEGISLATURE_COUNTRIES = {name: frozenset(countries) for name, countries in CONTEXT_WORDS["legislatures"].items()}
SURNAME_ARTICLES = tuple(CONTEXT_WORDS["surname_articles"])
OUSTED_WORDS = frozenset(CONTEXT_WORDS["ousted_words"])
OUSTING_VERBS = frozenset(CONTEXT_WORDS["ousting_verbs"])
REPORTING_VERBS = frozenset(CONTEXT_WORDS["reporting_verbs"])
SPEAKING_GROUP_SECTORS = frozenset(CONTEXT_WORDS["speaking_group_sectors"])
JUDGING_VERBS = frozenset(CONTEXT_WORDS["judging_verbs"])
SETTLEMENT_WORDS = frozenset(CONTEXT_WORDS["settlement_words"])
RANK_WORDS = frozenset(CONTEXT_WORDS["rank_words"])
REPEATED_TITLES = frozenset(CONTEXT_WORDS["repeated_titles"])
OPPOSING_GROUPS = frozenset(CONTEXT_WORDS["opposing_groups"])
LED_BODIES = frozenset(CONTEXT_WORDS["led_bodies"]) | frozenset(CONTEXT_WORDS["led_bodies_plural"])
ENVOY_TITLES = frozenset(CONTEXT_WORDS["envoy_titles"])
ENVOY_GROUPS = frozenset(CONTEXT_WORDS["envoy_groups"])
EMBASSY_WORDS = frozenset(CONTEXT_WORDS["embassy_words"])
COUNTED_ROLES = frozenset(CONTEXT_WORDS["counted_roles"])
VICTIM_VERBS = frozenset(CONTEXT_WORDS["victim_verbs"])
ACTING_MACHINES = frozenset(CONTEXT_WORDS["acting_machines"])
MASS_BODIES = frozenset(CONTEXT_WORDS["mass_bodies"])
MONITOR_ROLES = frozenset(CONTEXT_WORDS["monitor_roles"])
ADDRESSING_VERBS = frozenset(CONTEXT_WORDS["addressing_verbs"])
MEETING_VERBS = frozenset(CONTEXT_WORDS["meeting_verbs"])
RELATION_NOUNS = frozenset(CONTEXT_WORDS["relation_nouns"])
ENTOURAGE_NOUNS = frozenset(CONTEXT_WORDS["entourage_nouns"])
WING_NOUNS = frozenset(CONTEXT_WORDS["wing_nouns"])
WING_MODIFIERS = frozenset(CONTEXT_WORDS["wing_modifiers"])
# each word of a list of another words for one thing maps to the whole list
SAME_HEADS = {word: frozenset(words) for words in CONTEXT_WORDS["same_heads"] for word in words}
INSTALLING_VERBS = frozenset(CONTEXT_WORDS["installing_verbs"])
SECESSION_WORDS = frozenset(CONTEXT_WORDS["secession_words"])
BREAKAWAY_STATES = CONTEXT_WORDS["breakaway_states"]
BREAKAWAY_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(name) for name in
                                                       sorted(BREAKAWAY_STATES, key=len, reverse=True)) + r")(?![\w-])")
SECESSION_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(word) for word in SECESSION_WORDS) + r")(?![\w-])")
# the words that must be in an article for the secession rule to read it (one scan of the lower-case forms)
SECESSION_TRIGGERS = frozenset(part for word in SECESSION_WORDS for part in word.split("-")
                               if part not in ("self", "rebel")) | \
    frozenset(word for name in BREAKAWAY_STATES for word in re.split(r"[\s-]+", name)
              if word not in ("south", "people's", "republic", "tamil", "bosnian", "croatian", "trans"))
# the sectors of a state's own bodies and offices, which a secession gives its rebels
SECEDING_SECTORS = frozenset({"GOV", "LEG", "MIL", "COP", "JUD"})
# the words of a noun phrase before its head ("the breakaway region's", "the self-proclaimed")
PREMODIFIER_DEPS = frozenset({"det", "amod", "compound", "poss", "case", "nmod", "npadvmod", "advmod", "nummod"})
MAX_PREMODIFIERS = 8


def person_gender(doc: Doc, start: int, end: int, person_name: Optional[str]) -> Optional[str]:
    """"f" or "m" for a person the text names by a given name or a title of one gender ("Angela Merkel",
    "Mrs. Clinton", "the queen"), else None: either pronoun may stand for them."""
    for token in doc[max(start - 1, 0):end]:
        word = token.lower_.rstrip(".")
        if word in GENDER_OF_TITLE and (token.i >= start or token.text[:1].isupper()):
            return GENDER_OF_TITLE[word]
    names = (person_name or "").lower().replace("-", " ").split()
    for name in names[:-1] or names:
        if name in GENDER_OF_NAME:
            return GENDER_OF_NAME[name]
    return None


def story_legislature(doc: Doc, found: list, generic: list, lexicon) -> None:
    """'Gaviria asked Congress to approve the budget. Washington welcomed it': a legislature named by a common word that a
    dictionary files under one country ("Congress" USA) is the body of the story's country when that country
    has a legislature of that name, is named more often than the dictionary's country, and the dictionary's
    country acts nowhere in the legislature's sentence (other countries may act in the story)."""
    bodies = LEGISLATURE_COUNTRIES
    generic = [f for f in generic if doc[f.end - 1].lower_ in bodies]
    if not generic:
        return
    acting = Counter(f.actor.country for f in found if f.actor.country and not f.generic and not f.hint
                     and not f.needs_country)
    if not acting:
        return
    story, named = acting.most_common(1)[0]
    sentence_of = sentence_numbers(doc)
    for item in generic:
        filed_under = item.actor.country
        if story == filed_under or story not in bodies[doc[item.end - 1].lower_] or named <= acting[filed_under]:
            continue
        here = sentence_of[item.start]
        if any(f.actor.country == filed_under and sentence_of[f.start] == here for f in found if f is not item):
            continue                      # "Obama urged Congress": the dictionary's own body
        item.actor = Actor(story + (item.actor.sector or ""), story, item.actor.sector,
                           lexicon.country_names.get(story, story))


def surname_without_article(surname: str) -> str:
    """The folded surname without a leading Arabic article ("al-sharaa" -> "sharaa"), else the surname."""
    for article in SURNAME_ARTICLES:
        if surname.startswith(article) and len(surname) > len(article) + 2:
            return surname[len(article):]
    return surname


def sentence_initial_surnames(doc: Doc, surnames) -> list[int]:
    """'Sharaa said': positions of known surnames that the parser tags as a common noun because they open
    a sentence (one scan of the lower-case forms, in C)."""
    tokens = doc_tokens(doc)
    wanted = {get_string_id(word) for word in surnames}
    lowers = token_attributes(doc, LOWER)
    return [i for i in compress(range(len(lowers)), map(wanted.__contains__, lowers))
            if tokens[i].pos_ == "NOUN" and tokens[i].is_sent_start and tokens[i].text[:1].isupper()]


def called_ousted(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at doc[start:end] is said to have been removed from power: an "ousted"/"deposed"
    word just before it, or the object of "toppled", "ousted", "overthrew", "deposed"."""
    if start > 0 and doc[start - 1].lower_ in OUSTED_WORDS:
        return True
    if ousted_word_before(doc, start):
        return True
    root = doc[end - 1]
    while root.head.i != root.i and start <= root.head.i < end:
        root = root.head
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in OUSTING_VERBS


def secessionist_authorities(doc: Doc, found: list, lexicon, date: Optional[dt.date]) -> None:
    """'the secessionist government', "the breakaway region's president", "Katanga's interior minister" in 1961:
    the bodies and offices of a breakaway state are rebels of the state it broke from, while the secession lasts
    (`secession_words`, `breakaway_states`)."""
    if not positions_among(doc, SECESSION_TRIGGERS):
        return
    for item in found:
        if item.actor.sector not in SECEDING_SECTORS:
            continue
        phrase = words_text(doc, noun_phrase_start(doc, item.start), item.end).lower()
        if SECESSION_RE.search(phrase):                 # "self-proclaimed" is three tokens: read the text
            country = item.actor.country
        else:
            country = _breakaway_state(phrase, date)
        if country and country in lexicon.country_names:
            item.actor = Actor(country + "REB", country, "REB", lexicon.country_names[country])
            item.sector = "REB"


def _breakaway_state(text: str, date: Optional[dt.date]) -> Optional[str]:
    """The state a breakaway state named in `text` broke from, if the secession lasted on `date`."""
    match = BREAKAWAY_RE.search(text)
    if match is None:
        return None
    state = BREAKAWAY_STATES[match.group(1)]
    day = date or today()
    if state.get("from") and day < state["from"] or state.get("to") and day > state["to"]:
        return None
    return state["country"]


def noun_phrase_start(doc: Doc, start: int) -> int:
    """The first word of the noun phrase whose words from `start` on a mention covers: its article,
    adjectives and possessor ("the breakaway region's president")."""
    first = start
    while start > 0 and first - start < MAX_PREMODIFIERS and \
            (doc[start - 1].dep_ in PREMODIFIER_DEPS or doc[start - 1].text == "-"):
        start -= 1
    return start


def modifying_ousted_word(token) -> bool:
    """An ousted word as an adjective ("the deposed Shah", which the parser may read as a subject after its
    article), not as the verb of a clause ("the army ousted X")."""
    return token.dep_ == "amod" or token.i > 0 and token.doc[token.i - 1].lower_ in ("the", "a", "an")


def ousted_word_before(doc: Doc, start: int) -> bool:
    """'Deposed president Kwame Nkrumah', 'the ousted military ruler, General Tito Okello': an ousted word
    modifying the name or the title it follows (a few title words, a comma or a rank between them), not the
    verb of a clause ("the army ousted X" on the day of the coup still names the government)."""
    for i in range(start - 1, max(-1, start - 6), -1):
        token = doc[i]
        if token.lower_ in OUSTED_WORDS:
            return modifying_ousted_word(token)
        if token.is_punct and token.text != ",":
            return False
        if token.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "PROPN") and token.lower_ not in RANK_WORDS:
            return False
    return False


def ousted_offices(doc: Doc, found: list, lexicon) -> None:
    """'the deposed Shah of Iran', 'the ousted military ruler': an office said to be lost by force speaks for
    the country only, as a deposed leader's name does (round 7b)."""
    for item in found:
        if item.actor.sector not in ("GOV", "MIL") or not item.actor.country or item.via != "description" or \
                item.person_name or not item.person:
            continue
        window = doc[max(0, item.start - 1):min(item.end, item.start + 2)]
        if any(t.lower_ in OUSTED_WORDS and modifying_ousted_word(t) for t in window) and \
                item.actor.country in lexicon.country_names:
            item.actor = Actor(item.actor.country, item.actor.country, None, item.actor.name)
            item.sector = None


def deposed_leader(match, lexicon, date) -> Optional[tuple[int, str]]:
    """'after rebels toppled Bashar al-Assad last year': a leader said to be removed from power, whom our
    dated leaders list has out of office that day, speaks for the country only (the entry and the country
    code). A Phoenix entry with an open end does not keep him in office."""
    day = date or today()
    # the dictionary first: most people matched are in office that day, or not on our list, and then the
    # parse need not be read
    out_of_office = [entry_index for entry_index, kind, _ in match.candidates
                     if kind == PERSON and _left_office(lexicon.entries[entry_index], day)]
    if not out_of_office or not called_ousted(match.doc, match.start, match.end):
        return None
    for entry_index in out_of_office:
        country = lexicon.actor_for(lexicon.entries[entry_index].codes[-1].code).country
        if country:
            return entry_index, country
    return None


def _left_office(entry, day: dt.date) -> bool:
    """Whether our dated leaders list has every office of the entry ended by `day`."""
    return entry.source == "dateline" and bool(entry.codes) and \
        not any(code.end is None or code.end > day for code in entry.codes)


def reporting_subject(token):
    """The subject of the reporting verb that governs the clause a subject "they" opens ("Hamas said they ...":
    Hamas), or None."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ != "they":
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def reporting_group(doc: Doc, token, pool: list):
    """'Hamas said they would respond': the subject "they" of a clause that a
    reporting verb governs is the named group speaking (a rebel, opposition, labour, civil or religious
    organisation, a body "they" may stand for), not the last plural before it."""
    speaker = reporting_subject(token)
    if speaker is None:
        return None
    for item in pool:
        if item.start <= speaker.i < item.end and item.via == "name" and item.collective and \
                item.actor.sector in SPEAKING_GROUP_SECTORS:
            return item
    return None


def place_root(root):
    """The token that places a mention in its clause, from the mention's root: "capital" for "Eritrean" of
    "the streets of the Eritrean capital" (a country adjective locating a place), else the root itself."""
    if root.dep_ == "amod" and root.head.lower_ in SETTLEMENT_WORDS:
        return root.head
    return root


def ranked_names_in_apposition(doc: Doc) -> list:
    """', General Kiki,': a capitalised rank and a name in apposition that the parser tags as no person (as
    it would "General Motors"); the spans, for the rule that gives such a name its description's actor."""
    spans = []
    for i in positions_among(doc, RANK_WORDS):
        if i < 2 or doc[i - 1].text != "," or not doc[i].text[:1].isupper():
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and \
                doc[end].ent_type_ != "PERSON":
            end += 1
        if end > i + 1 and doc[end - 1].dep_ == "appos" and (end == len(doc) or doc[end].ent_iob_ != "I"):
            spans.append(doc[i:end])
    return spans


def describe_named_people(doc: Doc, found: list) -> list:
    """'named his closest ally, Ousmane Sonko, as prime minister': a possessed description in apposition before a
    person the resolver knows is a mention of that person ("his closest ally" SENGOV); "his" keeps its own."""
    tokens = doc_tokens(doc)
    covered = None
    added = []
    for item in found:
        if not item.person or item.via not in ("name", "title") or not item.actor.country or item.start < 3 or \
                tokens[item.start - 1].text != "," or tokens[item.end - 1].dep_ != "appos":
            continue
        noun = tokens[item.start - 2]
        owner = noun.left_edge
        if noun.pos_ != "NOUN" or tokens[item.end - 1].head.i != noun.i or owner.dep_ != "poss" or \
                owner.lower_ not in ("his", "her"):
            continue
        from .compose import Found, covered_tokens     # (compose reads this module: imported when used, rarely)
        covered = covered if covered is not None else covered_tokens(found)
        if noun.i in covered:
            continue
        added.append(Found(owner.i, noun.i + 1, item.actor, "description", person=True,
                           person_name=item.person_name, sector=item.actor.sector, antecedent=item))
    return sorted(found + added, key=lambda f: f.start) if added else found


def describe_apposed_people(doc: Doc, found: list) -> list:
    """'Yusuf Lule, a former university head,', 'a U.S.-based cleric, Fethullah Gulen,', 'Kim Jae-gyu, the director
    of the KCIA': a description in apposition to a person the resolver knows, and read as no actor of its own, is a
    mention of that person (annotators mark such descriptions with the person's code)."""
    tokens = doc_tokens(doc)
    covered = None
    added = []
    for item in found:
        if not item.person or item.via not in ("name", "title") or not item.actor.country:
            continue
        root = tokens[item.end - 1]
        for noun in _apposed_nouns(doc, item, root):
            from .compose import Found, covered_tokens     # (compose reads this module: imported when used, rarely)
            covered = covered if covered is not None else covered_tokens(found)
            start = noun.left_edge.i
            # (a place inside keeps its own mention: "a U.S.-based cleric")
            if noun.i in covered or start in covered or tokens[start].lower_ not in ("a", "an", "the"):
                continue
            end = noun.i + 1
            if end < len(doc) and tokens[end].lower_ == "of":
                end = noun.right_edge.i + 1                   # "the director of the ...": the whole phrase
                if noun.i < item.start:
                    end = min(end, item.start - 1)            # (before the name: up to its comma)
            added.append(Found(start, end, item.actor, "description", person=True, person_name=item.person_name,
                               sector=item.actor.sector, antecedent=item))
            covered.update(range(start, end))
    return sorted(found + added, key=lambda f: f.start) if added else found


def _apposed_nouns(doc: Doc, item, root) -> list:
    """The common nouns in apposition to a person's name: after it (", a former university head") or before it
    ("a U.S.-based cleric, X")."""
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > item.end]
    if item.start < 2 or doc[item.start - 1].text != ",":
        return nouns
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < item.start:
        nouns.append(root.head)
    elif doc[item.start - 2].tag_ == "NN" and (item.end == len(doc) or doc[item.end].text == ","):
        nouns.append(doc[item.start - 2])                # ", the last governor, Chris Patten,": read by its commas
    return nouns


def judging_subject(doc: Doc, token) -> Optional[tuple[int, int, int]]:
    """'Bush welcomed his decision', 'the OAS demanded his return': "his" in the object of a verb that judges
    or claims is rarely the judge's own; the subject's span (left edge, right edge, head) to keep it from,
    as for "X demanded that he resign"."""
    if token.dep_ != "poss" or token.lower_ not in ("his", "her"):
        return None
    owned = token.head
    if owned.dep_ != "dobj" or owned.head.lemma_.lower() not in JUDGING_VERBS:
        return None
    subjects = [c for c in owned.head.children if c.dep_ == "nsubj"]
    return (subjects[0].left_edge.i, subjects[0].right_edge.i, subjects[0].i) if subjects else None


def refugees_not_of_hosts(doc: Doc, usable: list, item) -> list:
    """'Merkel said Germany would accept the refugees': refugees are not of the country whose actor, as the subject of the
    verb they are the object of, takes them in; that country's mentions lend them no country."""
    root = doc[item.end - 1]
    while root.head.i != root.i and item.start <= root.head.i < item.end:
        root = root.head
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return usable
    hosts = {f.actor.country for f in usable if f.start <= verb.i and any(
        c.dep_ == "nsubj" and f.start <= c.i < f.end for c in verb.children)}
    return [f for f in usable if f.actor.country not in hosts] if hosts else usable
