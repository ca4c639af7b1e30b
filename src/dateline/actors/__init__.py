"""Actor resolution: who is named or referred to in a parsed article.

Contract: `ActorResolver(actor_files).resolve(doc, date, dateline) -> list[Mention]`, mentions sorted by
start, clean-text offsets (doc.text is the clean text). `date` (the article's date) picks
date-restricted codes and the holder of a title ("the Russian president" in 1995 is Yeltsin);
`dateline` (the place the cleaner cut from the text) is the country of last resort for bare roles.
A plural description ("the two leaders") gives one Mention per actor on the same span;
`refers_to` is the index, in the returned list, of the mention's antecedent.

Stages: dictionary matches over a token trie (`matcher`), phrases combined from country words,
titles and names (`compose`), then coreference (`coref`).
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from ..model import Mention
from ..nlp import doc_text, positions_among, token_attributes
from . import coref
from .compose import Found, choose_segments, compose, polish_spans
from .crowds import add_crowds
from .context import (describe_apposed_people, describe_named_people, ousted_offices,
                      secessionist_authorities)
from .dictionary import DictionaryError
from .lexicon import Lexicon, load
from .matcher import find_matches
from .organisations import add_unknown_organisations
from .outlets import add_outlets
from .spans import (locate_bare_roles, span_apposed_names, span_locatives, span_members, span_of_phrases,
                    span_partitive_pronouns)

__all__ = ["ActorResolver", "DictionaryError"]


class ActorResolver:
    """Built once per process; `actor_files` are user dictionaries whose entries win."""

    def __init__(self, actor_files: Iterable[str] = ()):
        self.actor_files = tuple(str(path) for path in actor_files)
        self._lexicon: Optional[Lexicon] = None

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load(self.actor_files)
        return self._lexicon

    def resolve(self, doc: Doc, date: Optional[dt.date] = None, dateline: Optional[str] = None) -> list[Mention]:
        """The actor mentions of a parsed article. `dateline`: the place its dateline names ("KABUL"), cut from
        the clean text: in an article that names no country, its bare roles ("Police", "officials") are of the
        dateline's country when the text's own towns tell none."""
        if isinstance(date, dt.datetime):
            date = date.date()
        lexicon = self.lexicon
        segments = choose_segments(find_matches(doc, lexicon), lexicon, date)
        found = compose(doc, segments, lexicon, date)
        ousted_offices(doc, found, lexicon)            # "the deposed Shah of Iran": the country only
        found = add_unknown_organisations(doc, found, lexicon)
        found = add_outlets(doc, found, lexicon)        # "the satirical weekly Charlie Hebdo", "Radio Uganda"
        found = add_crowds(doc, found)                  # "Thousands rallied in Tbilisi"
        locate_bare_roles(doc, found, lexicon)          # "the new government in Tegucigalpa"
        coref.resolve_context(doc, found, lexicon, dateline)
        found = [f for f in found if not f.needs_country and not f.hint]
        secessionist_authorities(doc, found, lexicon, date)   # "the secessionist government": rebels
        _ruling_parties(doc, found, lexicon, date)
        _standing_said(doc, found, lexicon)            # "India's opposition Congress party": OPP whatever the date
        found = coref.add_short_names(doc, found)
        found = coref.add_short_body_names(doc, found)  # "the Guard" after "Iran's Revolutionary Guard"
        named = _named_people(found)
        found = coref.add_appositives(doc, found)
        found = coref.add_described_people(doc, found)
        coref.adopt_described_offices(doc, found)
        coref.resolve_former(doc, found)
        if _named_people(found) > named:              # people named by an apposition ("Otto Warmbier, an American
            found = coref.add_short_names(doc, found)  # student") are named again before "him" looks back
            named = _named_people(found)
        found = coref.add_personal_pronouns(doc, found, lexicon)
        found = coref.add_relatives(doc, found, lexicon)
        found = coref.add_entourages(doc, found)        # "Ambassador X and his staff", "the Somoza family"
        found = coref.add_wings(doc, found)             # "the ruling party's youth wing"
        found = coref.resolve_possessed(doc, found, lexicon)
        found = coref.refresh_pronouns(found)
        found = coref.add_named_descriptions(doc, found)
        found = coref.add_installed_people(doc, found)  # "X was sworn in as Chile's president"
        found = describe_named_people(doc, found)      # "his closest ally, Ousmane Sonko"
        found = describe_apposed_people(doc, found)    # "Yusuf Lule, a former university head"
        if _named_people(found) > named:              # again: the people named by the steps since
            found = coref.add_short_names(doc, found)
        found = coref.add_descriptions(doc, found, lexicon)
        found = coref.add_repeated_heads(doc, found)    # "U.S. destroyers ... the ships"
        found = coref.add_heads_of_bodies(doc, found)
        found = coref.add_person_descriptions(doc, found)
        found = coref.add_pronouns(doc, found, lexicon)
        found = coref.add_relative_pronouns(doc, found)
        coref.chain_names(found)
        coref.merge_possessors(doc, found, lexicon)
        found = [f for f in found if not f.needs_owner]
        _ruling_parties(doc, found, lexicon, date)     # again: the descriptions and pronouns added since
        ousted_offices(doc, found, lexicon)            # again: descriptions taken from an apposition since
        polish_spans(doc, found)
        coref.extend_relational(doc, found)
        found = coref.span_appositions(doc, found)
        found = span_apposed_names(doc, found)          # "its speaker, Roberto Micheletti"
        found = span_locatives(doc, found)              # "U.N. peacekeepers in the city"
        found = span_members(doc, found)                # "Arab members of OPEC"
        found = span_of_phrases(doc, found)             # "the government of President Salvador Allende"
        found = coref.span_possessed_names(doc, found)   # "his New Jewel Movement"
        found = span_partitive_pronouns(doc, found)      # "13 of them"
        return to_mentions(doc, found)


PARTY_WORDS = frozenset({"party", "communist", "communists", "politburo"})


def _ruling_parties(doc: Doc, found: list[Found], lexicon: Lexicon, date: Optional[dt.date]) -> None:
    """Where one party held a monopoly of power ("the Hungarian party leader" in 1956, "the Polish
    communist party" in 1988), the party is the government, not an opposition."""
    for item in found:
        if item.actor.sector != "OPP" or item.actor.country not in lexicon.one_party:
            continue
        words = {t.lower_ for t in doc[item.start:item.end]}
        if words & PARTY_WORDS and "opposition" not in words and \
                lexicon.ruled_by_one_party(item.actor.country, date):
            item.actor = lexicon.actor_for(item.actor.country + "GOV", item.actor.name)
            item.sector = "GOV"


# round 16: a party's standing as its own phrase says it ("the opposition Congress party" OPP in all 8 studied sets'
# gold, "Japan's ruling Liberal Democratic Party" GOV in 3) outranks the dates a dictionary files the party under
STANDING_WORDS = {"opposition": ("GOV", "OPP"), "ruling": ("OPP", "GOV"), "governing": ("OPP", "GOV")}
STANDING_DEPS = frozenset({"amod", "compound", "nmod"})
STANDING_KEYS = frozenset(STANDING_WORDS)


def _standing_said(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """A party or body of a country coded GOV whose phrase calls it the opposition is OPP, one coded OPP whose phrase
    calls it ruling or governing is GOV (not a "former ruling" one)."""
    if not positions_among(doc, STANDING_KEYS):
        return                                       # most texts hold none of the words
    for item in found:
        if item.person or item.actor.sector not in ("GOV", "OPP") or not item.actor.country:
            continue
        # the words of the phrase and the two before it ("Japan's ruling LDP"), that modify a word of the phrase
        first = max(item.start - 2, 0)
        said = [STANDING_WORDS[t.lower_] for t in doc[first:item.end - 1] if t.lower_ in STANDING_WORDS
                and t.dep_ in STANDING_DEPS and item.start <= t.head.i < item.end]
        if said and said[0][0] == item.actor.sector and \
                not any(t.lower_ in ("former", "ex", "then", "once") for t in doc[first:item.end]):
            item.actor = lexicon.actor_for(item.actor.country + said[0][1], item.actor.name)
            item.sector = said[0][1]


def _named_people(found: list[Found]) -> int:
    return sum(1 for item in found if item.person and item.via == "name")


def to_mentions(doc: Doc, found: list[Found]) -> list[Mention]:
    """Token-based findings to Mentions with character offsets and antecedent indices."""
    flat: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start, f.end)):
        flat.append(item)
        flat.extend(item.extra)
    position = {id(item): index for index, item in enumerate(flat)}
    mentions = []
    text, starts, lengths = doc_text(doc), token_attributes(doc, IDX), token_attributes(doc, LENGTH)
    for item in flat:
        # the offsets and text of doc[item.start:item.end], read off the token offsets
        start_char, end_char = starts[item.start], starts[item.end - 1] + lengths[item.end - 1]
        antecedent = position.get(id(item.antecedent)) if item.antecedent is not None else None
        if antecedent is not None and antecedent >= len(flat):
            antecedent = None
        mentions.append(Mention(start_char, end_char, text[start_char:end_char], item.actor, item.via, antecedent))
    return mentions
