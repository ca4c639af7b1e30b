"""Who did what to whom, from spaCy's dependency parse (ClearNLP labels).

`ActorIndex` maps tokens to the actor mentions that cover them. The functions below find the
source and target actors of a trigger: the subject (inherited through conjunctions, control verbs,
participles and relative clauses), the passive agent, the object, prepositional targets ("talks
with Turkey", "between A and B"), and for event nouns the possessor, a demonym ("Syrian attack")
or the subject of the verb the noun is the object of ("held talks").
"""
from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Optional

import yaml

from spacy.attrs import HEAD, IDX, LEMMA, LENGTH, LOWER, POS
from spacy.tokens import Doc, Span, Token

from ..model import Actor, Mention
from ..nlp import doc_tokens, token_attributes, word_forms
from .tables import DATA

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
TARGET_PREPOSITIONS = ("with", "against", "on", "upon", "to", "at", "toward", "towards", "into", "from",
                       "for", "of", "over")
NOUN_TARGET_PREPOSITIONS = ("with", "against", "on", "upon", "to", "of", "for", "at", "toward", "towards",
                            "over", "into")
# nouns that stand for their owner: "leaders of X", "the government of X", "forces from X"
GROUP_HEADS = frozenset({"leader", "leaders", "official", "officials", "government", "minister", "ministers",
                         "force", "forces", "troops", "army", "delegation", "representative", "representatives",
                         "spokesman", "spokeswoman", "member", "members", "people", "president", "authority",
                         "authorities", "head", "chief", "envoy", "ambassador", "police", "soldier",
                         "soldiers", "militants", "rebels", "citizens", "residents", "supporters", "group",
                         "regime", "administration", "parliament", "ministry", "embassy", "side", "country",
                         "nation", "state", "states", "forces", "military", "navy"})
QUANTITY_HEADS = frozenset({"number", "series", "set", "couple", "range", "host", "string", "raft", "pair",
                            "dozens", "hundreds", "thousands", "dozen", "hundred", "thousand", "score", "group",
                            "variety", "handful", "batch",
                            # "suspended most of its assistance": the part stands for the whole
                            "most", "all", "some", "part", "much", "half", "bulk", "rest", "portion", "majority"})
KIND_HEADS = frozenset({"act", "form", "kind"})     # "called the seizure an act of aggression": the aggression
SPAN_NOUNS = frozenset({"day", "week", "month", "year", "decade", "hour"})     # "after nine months of talks"
# what several sides do together, so the doers of the clause around it took part ("after months of talks")
JOINT_ACTIVITIES = frozenset({"talks", "negotiations", "negotiation", "discussions", "consultations", "dialogue",
                              "fighting", "clashes", "war", "hostilities", "battles", "bargaining"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "him",
                      "them", "us", "who", "which", "that"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def children_of(token: Token) -> list[Token]:
    """`list(token.children)`, read once per doc for every token of the doc read last (the lists are shared:
    not to be changed): spaCy walks the token's edges and builds a new Token per child on every read, and the
    rules read the same verbs' and nouns' children dozens of times per trigger."""
    global _LAST_CHILDREN
    doc = token.doc
    last_doc, children = _LAST_CHILDREN
    if last_doc is not doc:
        children = _children_lists(doc)
        _LAST_CHILDREN = (doc, children)
    return children[token.i]


def _children_lists(doc: Doc) -> list[list[Token]]:
    """Each token's children, in order (as `token.children` gives them), from the doc's head offsets and its
    own Tokens: one pass over the doc, no Token built per child."""
    tokens = doc_tokens(doc)
    children: list[list[Token]] = [[] for _ in tokens]
    # (HEAD is the offset to the head, stored unsigned: read back as signed; a root is its own head)
    for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if offset:
            children[i + offset].append(tokens[i])
    return children


# the doc read last and its tokens' children: kept here, not in `doc.user_data`, as Tokens hold their doc
_LAST_CHILDREN: tuple = (None, [])


@dataclass
class Party:
    """Actors found for one role, with how they were found (for the explanation)."""
    mentions: list[Mention] = field(default_factory=list)
    how: str = ""
    joint: bool = False           # found as a pair: "between A and B", "A and B met"

    def __bool__(self) -> bool:
        return bool(self.mentions)

    def actors(self) -> list[Actor]:
        seen, out = set(), []
        for mention in self.mentions:
            if mention.actor.code not in seen:
                seen.add(mention.actor.code)
                out.append(mention.actor)
        return out

    def own_side(self) -> set:
        """The codes and countries of its actors: what counts as this party's own side."""
        actors = self.actors()
        return {a.code for a in actors} | {a.country for a in actors if a.country}


class WordFilter:
    """The tokens of a doc whose form or lemma is in a set of words, read from the doc's arrays.

    Rules fire on a few hundred words; asking every Token object for its form and lemma cost more
    than the rules themselves. Decisions are kept per string hash (the same for every doc), and the
    hits of the doc being coded (its sentences ask one after another)."""

    def __init__(self, forms: frozenset, lemmas: frozenset, pos: Optional[int] = None):
        self.forms, self.lemmas, self.pos = forms, lemmas, pos
        self._form_hits: dict[int, bool] = {}
        self._lemma_hits: dict[int, bool] = {}
        self._last: tuple = (None, [])

    def hits(self, doc: Doc) -> list[int]:
        last_doc, hits = self._last
        if last_doc is not doc:
            hits = self._scan(doc)
            self._last = (doc, hits)
        return hits

    def in_span(self, span) -> list:
        """The matching tokens of a span, in order."""
        doc = span.doc
        hits, tokens = self.hits(doc), doc_tokens(doc)      # (the doc's own Tokens: no new one per hit)
        return [tokens[i] for i in hits[bisect_left(hits, span.start):bisect_left(hits, span.end)]]

    def _scan(self, doc: Doc) -> list[int]:
        strings, forms, lemmas = doc.vocab.strings, self._form_hits, self._lemma_hits
        found = []
        rows = zip(token_attributes(doc, LOWER), token_attributes(doc, LEMMA), token_attributes(doc, POS))
        for i, (lower, lemma, pos) in enumerate(rows):
            if self.pos is not None and pos != self.pos:
                continue
            form_hit = forms.get(lower)
            if form_hit is None:
                form_hit = forms[lower] = strings[lower] in self.forms
            lemma_hit = lemmas.get(lemma)
            if lemma_hit is None:
                lemma_hit = lemmas[lemma] = strings[lemma].lower() in self.lemmas
            if form_hit or lemma_hit:
                found.append(i)
        return found


def token_range(doc: Doc, start_char: int, end_char: int) -> Optional[range]:
    """The tokens of `doc.char_span(start_char, end_char, alignment_mode="expand")`, as positions.
    A mention starts and ends on token boundaries, found here in the token offsets; any other
    span is left to spaCy."""
    starts = token_attributes(doc, IDX)
    first = bisect_left(starts, start_char)
    after = bisect_left(starts, end_char)
    if first < len(starts) and starts[first] == start_char and after > first and \
            starts[after - 1] + token_attributes(doc, LENGTH)[after - 1] == end_char:
        return range(first, after)
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return None if span is None else range(span.start, span.end)


class ActorIndex:
    """Token -> actor mentions covering it (several for a plural description like "the two leaders")."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention]):
        self.by_token: dict[int, list[Mention]] = {}
        for mention in mentions:
            tokens = token_range(doc, mention.start, mention.end)
            if tokens is None:
                continue
            for i in tokens:
                self.by_token.setdefault(i, []).append(mention)

    def at(self, token: Token) -> list[Mention]:
        return self.by_token.get(token.i, [])

    def in_span(self, span: Span) -> list[Mention]:
        seen: dict[tuple[int, str], Mention] = {}
        for i in range(span.start, span.end):       # positions: no Token object per word
            for mention in self.by_token.get(i, []):
                seen.setdefault((mention.start, mention.actor.code), mention)
        return list(seen.values())


@functools.lru_cache(maxsize=1)
def role_sectors() -> dict[str, str]:
    """Role noun -> sector, from data/role-nouns.yaml."""
    data = yaml.safe_load((DATA / "role-nouns.yaml").read_text(encoding="utf-8")) or {}
    return {noun: sector for sector, nouns in data.items() for noun in nouns}


def _with_sector(mention: Mention, sector: Optional[str]) -> Mention:
    """A bare country word before a role noun takes the noun's sector ("Argentine ... officials")."""
    actor = mention.actor
    if not sector or actor.sector or not actor.country or actor.code != actor.country:
        return mention
    return Mention(mention.start, mention.end, mention.text,
                   Actor(actor.country + sector, actor.country, sector, actor.name), mention.via, mention.refers_to)


def _coordinated_modifiers(token: Token, index: ActorIndex, children: Optional[list[Token]] = None) -> list[Mention]:
    """Country words coordinated before a noun: "Greek and Turkish leaders", "Argentine and Chilean officials"."""
    sector = role_sectors().get(token.lower_)
    found: list[Mention] = []
    for child in (children_of(token) if children is None else children):
        if child.dep_ in ("amod", "compound", "nmod") and child.i < token.i:
            group = [child] + [c for c in children_of(child) if c.dep_ == "conj"][:MAX_CONJUNCTS]
            if len(group) < 2 and not index.at(token):
                group = [child]
            for word in group:
                for mention in index.at(word):
                    if mention not in index.at(token):
                        found.append(_with_sector(mention, sector))
    return found


MAX_CONJUNCTS = 12      # "Delegations from 10,000 countries": code the first few, stay linear


def noun_phrase_actors(token: Token, index: ActorIndex, depth: int = 0,
                       children: Optional[list[Token]] = None) -> list[Mention]:
    """The actors a noun phrase names: its own words, modifiers, conjuncts and appositions.
    `children`: the token's children when the caller has read them already."""
    kids = children_of(token) if children is None else children     # read once: own tests, conjuncts
    found = _single_phrase_actors(token, index, depth, kids)
    # conjuncts form chains (A conj B conj C) or fans (A conj B, A conj C): walk them without
    # recursion (a 10,000-name list is a 10,000-deep chain) and stop after a few
    queue = [c for c in kids if c.dep_ in ("conj", "appos") and c.i != token.i]
    seen = 0
    while queue and seen < MAX_CONJUNCTS:
        conjunct = queue.pop(0)
        seen += 1
        conjunct_kids = children_of(conjunct)
        if conjunct.dep_ == "appos" and found:
            # "China, Myanmar's main ally, called for ...": an apposition describes the actors named before it;
            # only an actor it names itself is one more, not its possessor or modifiers, nor a description of the
            # one named ("China, Sri Lanka's largest bilateral lender, agreed"; "the gunman, a law student" is two)
            named = any(m.via != "description" for m in found)
            found.extend(m for m in index.at(conjunct) if m.via != "description" or not named)
        else:
            found.extend(_single_phrase_actors(conjunct, index, depth, conjunct_kids))
        queue.extend(c for c in conjunct_kids if c.dep_ in ("conj", "appos"))
    return _unique(found)


def _single_phrase_actors(token: Token, index: ActorIndex, depth: int = 0,
                          children: Optional[list[Token]] = None) -> list[Mention]:
    """`children`: the token's children when the caller has read them already."""
    kids = children_of(token) if children is None else children     # read once for the passes below
    found: list[Mention] = list(index.at(token))
    if found and depth < 2 and token.lower_ in role_sectors():
        # "the presidents of Bosnia, Serbia and Croatia": one role, several countries
        sector = role_sectors()[token.lower_]
        for prep in kids:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in children_of(prep):
                    if pobj.dep_ == "pobj" and any(c.dep_ == "conj" for c in children_of(pobj)):
                        members = [_with_sector(m, sector) for m in noun_phrase_actors(pobj, index, depth + 1)]
                        if len({m.actor.country for m in members}) > 1:
                            return _unique([m for m in members])
    coordinated = _coordinated_modifiers(token, index, kids) if token.lower_ in role_sectors() or not found else []
    if found and coordinated and any(c.dep_ == "conj" for m in kids for c in children_of(m) if m.dep_ == "amod"):
        found = coordinated + found
    elif not found and len({m.actor.code for m in coordinated}) > 1:
        found = coordinated
    if not found:
        for child in kids:
            if child.dep_ in ("compound", "amod", "nmod", "poss") and index.at(child) and not _backing(child):
                found.extend(index.at(child))
                break
    if not found:
        found = _leader_of(token, index, kids)
    # a group with no state of its own ("European leaders" is the EU) gives way to the states named
    members_count = not found or all(m.actor.country is None for m in found)
    if members_count and (token.lower_ in role_sectors() or token.lemma_.lower() in GROUP_HEADS):
        # "Arab leaders including Egypt's Mubarak and Jordan's King Hussein": the members named
        members: list[Mention] = []
        for prep in kids:
            if prep.dep_ == "prep" and prep.lower_ in ("including", "like") and depth < 2:
                for pobj in children_of(prep):
                    if pobj.dep_ == "pobj":
                        members.extend(noun_phrase_actors(pobj, index, depth + 1))
        if members:
            found = members
    if not found and depth < 2:
        if token.lower_ in GROUP_HEADS or token.lemma_.lower() in GROUP_HEADS or token.lemma_.lower() in QUANTITY_HEADS \
                or token.lower_ in QUANTITY_HEADS or token.lower_ in ("tens", "scores", "millions"):
            for prep in kids:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                    for pobj in children_of(prep):
                        if pobj.dep_ == "pobj":
                            found.extend(noun_phrase_actors(pobj, index, depth + 1))
    return found


BACKING_PARTICIPLES = frozenset({"backed", "sponsored", "funded", "supported", "armed", "trained", "allied",
                                 "aligned", "linked", "affiliated", "inspired", "financed"})


def _backing(modifier: Token) -> bool:
    """"U.S.-backed forces", "Iran-aligned militias": the state backs the group, is not the group."""
    return "-" in modifier.text and modifier.text.rsplit("-", 1)[1].lower() in BACKING_PARTICIPLES


def _leader_of(token: Token, index: ActorIndex, children: Optional[list[Token]] = None) -> list[Mention]:
    """"a Saudi-led coalition", "the U.S.-backed forces": the leader named before '-led' is the doer."""
    for child in (children_of(token) if children is None else children):
        if child.dep_ == "amod" and child.lower_ in ("led", "-led") and child.i < token.i:
            for leader in children_of(child):
                if leader.dep_ in ("npadvmod", "compound", "amod", "nmod") and index.at(leader):
                    # the force it leads: "a Kenyan-led police force" is Kenya's police, "a Saudi-led
                    # coalition" Saudi Arabia's military
                    words = [token.lower_] + [c.lower_ for c in children_of(token) if c.dep_ == "compound"]
                    sector = next((role_sectors()[w] for w in reversed(words) if w in role_sectors()), None)
                    if sector is None and set(words) & LED_FORCES:
                        sector = "MIL"
                    return [_with_sector(m, sector) for m in index.at(leader)]
    return []


LED_FORCES = frozenset({"coalition", "force", "forces", "operation", "offensive", "mission", "strike", "strikes",
                        "campaign", "intervention", "troops", "alliance"})


def owner_actors(token: Token, index: ActorIndex) -> list[Mention]:
    """Actors of a noun that is not itself an actor: "Ankara's request", "the policy of Russia".
    The possessor comes before other modifiers: "Hungary's new media law" is Hungary's."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return noun_phrase_actors(token.head.head, index)      # "Iraq, which Washington accused"
    kids = children_of(token)         # read once: the passes below all look at the noun's children
    if not index.at(token):
        for child in kids:
            if child.dep_ == "poss":
                found = noun_phrase_actors(child, index)
                if found:
                    return found
    direct = noun_phrase_actors(token, index, children=kids)
    if direct:
        return direct
    for child in kids:
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            for pobj in children_of(child):
                if pobj.dep_ == "pobj":
                    found = noun_phrase_actors(pobj, index)
                    if found:
                        return found
    for participle in kids:
        if participle.dep_ == "acl" and participle.lemma_.lower() in USING_PARTICIPLES:
            # "sites used by Yemen's Houthi rebels", "bases run by the militia": the ones who use them
            for _, agent in _prep_objects(participle, ("by",)):
                found = noun_phrase_actors(agent, index)
                if found:
                    return found
    return []


USING_PARTICIPLES = frozenset({"use", "hold", "control", "run", "operate", "occupy", "own", "man"})


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for mention in mentions:
        key = (mention.start, mention.end, mention.actor.code)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


def is_passive(verb: Token, children: Optional[list[Token]] = None) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass"
               for c in (children_of(verb) if children is None else children)) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl" and not misparsed_main_verb(verb)) or (
        verb.dep_ == "conj" and _passive_conjunct(verb))


def _passive_conjunct(verb: Token) -> bool:
    """"Gaddafi was captured and killed by rebels": a bare participle joined to a passive verb shares its
    voice (and its subject), when it has no subject or object of its own."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.tag_ != "VBN":
        return False
    kids = children_of(verb)
    if any(c.dep_ in ("dobj", "aux") for c in kids):
        return False
    if any(c.dep_ == "nsubj" for c in kids) and not (verb.lower_.endswith("ed") and any(
            c.dep_ == "nsubj" and c.i < verb.i and c.tag_ in ("NNS", "CD") for c in kids)):
        return False        # (but "three soldiers were killed and dozens wounded": a gapped passive, its subject
        # the ones wounded)
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in children_of(verb.head))


def _shared_agent(verb: Token, index: "ActorIndex", kids: list[Token]) -> list[Mention]:
    """The 'by' agent of a passive verb joined to this one ("was captured and killed by rebel fighters"):
    both verbs were done by it."""
    others = [c for c in kids if c.dep_ == "conj" and c.tag_ == "VBN"]
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        others.append(verb.head)
    for other in others:
        for _, pobj in _prep_objects(other, ("by",)):
            found = noun_phrase_actors(pobj, index)
            if found:
                return found
    return []


def _participle_head(verb: Token) -> Token:
    """The noun a participle hangs on, or the root it is joined to ("The United States and more than 20 other
    countries expelled ...": the parser hung "expelled" on "countries", joined to "States")."""
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "conj" and head.head.dep_ == "ROOT" and head.head.pos_ == "PROPN":
        return head.head
    return head


def misparsed_main_verb(verb: Token) -> bool:
    """"The IAEA called on Iran to ...", parsed as a noun ROOT with a participle: a sentence with no
    finite verb whose noun head has a past-tense participle with its own complements is a main clause."""
    head = _participle_head(verb)
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or verb.i < head.i:
        return False
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in children_of(verb)):
        return False
    return any(c.dep_ in ("dobj", "prep", "xcomp", "advcl", "ccomp", "prt") for c in children_of(verb)) and \
        not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") and t.head.i == t.i for t in head.sent)


def _children(token: Token, deps: Iterable[str], children: Optional[list[Token]] = None) -> list[Token]:
    """`children`: the token's children when the caller has read them already (spaCy builds a Token
    object per child on every pass)."""
    wanted = set(deps)
    return [c for c in (children_of(token) if children is None else children) if c.dep_ in wanted]


def _prep_objects(token: Token, prepositions: Iterable[str],
                  children: Optional[list[Token]] = None) -> list[tuple[str, Token]]:
    wanted = set(prepositions)
    out = []
    for prep in (children_of(token) if children is None else children):
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in wanted:
            out.extend((prep.lower_, pobj) for pobj in children_of(prep) if pobj.dep_ == "pobj")
    return out


SPANS_OF_TIME = frozenset({"decade", "year", "month", "week", "day", "hour", "century"})


def _subject_joined_to_an_object(verb: Token, index: ActorIndex) -> Party:
    """"imposed tariffs on Chinese imports and China immediately retaliated": the parser joined the second
    clause's subject to the first one's object; the noun right after "and" is the joined verb's subject."""
    doc, before = verb.doc, verb.left_edge.i - 1
    if before < 1 or doc[before].dep_ != "conj" or doc[before].pos_ not in ("PROPN", "NOUN") or \
            doc[before].head.pos_ not in ("NOUN", "PROPN") or doc[before - 1].lower_ not in ("and", "but") or \
            doc[before].head.dep_ in ("nsubj", "nsubjpass"):
        return Party()
    found = noun_phrase_actors(doc[before], index)
    return Party(found, "subject (the parser joined it to the object before)") if found else Party()


def _subject_joined_to_the_verb(verb: Token, index: ActorIndex) -> Party:
    """"The United States sent rescue teams, and Greece, despite tensions with Ankara, dispatched firefighters": the
    parser joined the second clause's subject to the first verb, as a conjunct of its own; the name after "and" is
    the joined verb's subject."""
    head = verb.head
    names = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and head.i < c.i < verb.i
             and c.doc[c.i - 1].lower_ == "and"]
    if not names or any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and names[-1].i < c.i < verb.i
                        for c in head.children):
        return Party()
    found = noun_phrase_actors(names[-1], index)
    return Party(found, "subject (the parser joined it to the verb before)") if found else Party()


def subject_of(verb: Token, index: ActorIndex, depth: int = 0, deed_agents: bool = True) -> Party:
    """The doer of a verb: its subject, or the agent of a passive, inherited where the parse shares it.
    `deed_agents`: a subject naming no actor may stand for the 'by' agent of its deed ("the shelling
    of the market by Serb artillery killed ...")."""
    if depth > 4:
        return Party()
    if misparsed_main_verb(verb):
        return Party(noun_phrase_actors(_participle_head(verb), index), "subject (the noun the parser took as the head)")
    kids = children_of(verb)          # read once: the passes below all look at the verb's children
    if is_passive(verb, kids):
        for prep, pobj in _prep_objects(verb, ("by",), kids):
            found = noun_phrase_actors(pobj, index)
            if found:
                return Party(found, "passive agent 'by'")
        shared = _shared_agent(verb, index, kids)
        if shared:
            return Party(shared, "passive agent 'by' of the joined verb")
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return Party()
        if _children(verb, PASSIVE_SUBJECTS, kids) or verb.dep_ == "conj" and _children(verb, ("nsubj",), kids):
            # "... a day after the destroyer was hit": a passive clause with its own subject and no
            # agent names no doer; the subject of the clause it hangs on did not do it (nor "dozens" in "three
            # soldiers were killed and dozens wounded")
            return Party()
    for subject in _children(verb, SUBJECTS, kids):
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            break
        # "Britain's allies, including the United States, France and Germany, expressed solidarity": those named
        found = [m for prep in children_of(subject) if prep.dep_ == "prep" and prep.lower_ == "including"
                 for pobj in children_of(prep) if pobj.dep_ == "pobj" for m in noun_phrase_actors(pobj, index)] \
            if subject.lemma_.lower() in ALLY_NOUNS and not index.at(subject) else []
        found = found or noun_phrase_actors(subject, index)
        if not found:
            for owner in children_of(subject):
                if owner.dep_ == "poss":
                    if owner.lower_ == "whose" and verb.dep_ == "relcl":    # "Erdogan, whose country has asked"
                        found = noun_phrase_actors(verb.head, index)
                    else:                                                   # "the country's leaders"
                        found = noun_phrase_actors(owner, index)
        if not found and subject.lemma_.lower() in BODY_OF_NOUNS:
            # "The Supreme Council of the Armed Forces said": a body of an actor speaks for it
            found = [m for _, pobj in _prep_objects(subject, ("of",)) for m in noun_phrase_actors(pobj, index)]
        if not found and deed_agents:
            found = _agent_of_subject(subject, index)
        conjoined = any(c.dep_ == "conj" for c in children_of(subject))
        partners = _misparsed_partners(subject, kids, index) if found else []
        if partners:        # "A and B signed": the parser left the conjunction unjoined (round 17)
            found = _unique([m for m in partners if m.start < found[0].start] + found
                            + [m for m in partners if m.start >= found[0].start])
            conjoined = True
        return Party(found, "subject", joint=conjoined and len(found) > 1)
    for misread in kids:
        if misread.dep_ == "npadvmod" and misread.i < verb.i and misread.pos_ == "PROPN" and \
                misread.i == misread.sent.start:
            found = noun_phrase_actors(misread, index)     # "Turkey massed troops on its border": the parser took
            if found:                                      # the subject for an adverb
                return Party(found, "subject (the parser took it for an adverb)")
    head = verb.head
    if head.i == verb.i:
        return Party()
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in ("VBG",)):
        found = noun_phrase_actors(head, index)
        return Party(found, "the noun the clause describes")
    if verb.dep_ == "acl" and head.lemma_.lower() in WILL_NOUNS:
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
            return Party()
        return _owner_of_will(head, index, depth)
    if verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in WILL_NOUNS:
        return _owner_of_will(head.head, index, depth)       # "has no intention of attacking NATO"
    if verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in SPANS_OF_TIME and \
            head.head.dep_ == "pobj" and head.head.head.head.pos_ in ("VERB", "AUX"):
        # "will withdraw its troops after a decade of fighting extremists": the clause's doer spent it so
        party = subject_of(head.head.head.head, index, depth + 1, deed_agents)
        return Party(party.mentions, party.how + " (who spent the time)", joint=party.joint) if party else party
    if verb.dep_ in ("xcomp", "ccomp") and verb.dep_ == "xcomp":
        objects = _children(head, ("dobj",)) or [pobj for _, pobj in _prep_objects(head, ("on", "upon"))
                                                  if head.lemma_.lower() in ("call", "prevail")]
        if objects and head.lemma_ in OBJECT_CONTROL:
            return Party(noun_phrase_actors(objects[0], index), "object of '" + head.text + "'")
        raised = _passive_subject_raised(head, index)
        if raised:
            return raised
        return _inherited(subject_of(head, index, depth + 1), head)
    if verb.dep_ == "acomp" and head.pos_ in ("AUX", "VERB"):
        # "Britain is likely to expel ...", "Iran is due to release ...": the copula's subject
        return _inherited(subject_of(head, index, depth + 1), head)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("for", "of") and head.head.pos_ == "VERB":
        objects = _children(head.head, ("dobj",))     # "praised X for releasing", "accused X of attacking"
        if objects:
            found = owner_actors(objects[0], index)
            if found:
                return Party(found, f"object of '{head.head.text}'")
    if verb.dep_ == "conj" and verb.lemma_.lower() in REPORTING_VERBS and head.dep_ == "ccomp" \
            and head.head.lemma_.lower() in REPORTING_VERBS and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "but":
        # "acknowledged that the military may have used force but said Myanmar would prosecute": the speaker
        # goes on speaking
        return _inherited(subject_of(head.head, index, depth + 1), head.head)
    finite = _finite_above_infinitive(verb, head)
    if finite is not None:
        # "said he was in no hurry to conclude an agreement and accused Beijing of ...": a past verb the parser
        # joined to an infinitive goes with the finite verb above it (or, told by a speaker, is the speaker's act)
        if finite.dep_ == "ccomp" and finite.head.lemma_.lower() in REPORTING_VERBS \
                and verb.lemma_.lower() in SPEAKER_ACT_VERBS:
            finite = finite.head
        return _inherited(subject_of(finite, index, depth + 1), finite)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEAKER_ACT_VERBS and \
            head.dep_ == "xcomp" and head.head.lemma_.lower() in OBJECT_CONTROL:
        # "ordered China to close its consulate in Houston, accusing it of espionage": the orderer accuses
        return _inherited(subject_of(head.head, index, depth + 1), head.head)
    teller = _teller_of_deep_clause(verb, head, index)
    if teller is not None:
        # "said there was no evidence the attacks came from Yemen and blamed Iran": joined to a verb deep in
        # what is told, a word addressed to a named party is the teller's
        return _inherited(subject_of(teller, index, depth + 1), teller)
    if verb.dep_ == "conj" and _speakers_own_act(verb, head, index):
        # "India said the tests were no surprise but urged restraint": the speaker urged, not the tests
        speaker = subject_of(head.head, index, depth + 1)
        if speaker:
            return _inherited(speaker, head.head)
    for mark in (c for c in kids if c.dep_ == "mark" and verb.dep_ == "advcl"):
        # "hours after the head of the armed forces urged him to step down": the parser took the subject for
        # the object of 'after'
        for misread in children_of(mark):
            if misread.dep_ == "pobj":
                found = noun_phrase_actors(misread, index)
                if found:
                    return Party(found, "subject (the parser hung it on '" + mark.text + "')")
    described = _people_the_participle_describes(verb, index)
    if described:
        return Party(described, "the people the participle describes")
    if verb.dep_ == "conj":
        misjoined = _subject_joined_to_an_object(verb, index) or _subject_joined_to_the_verb(verb, index)
        if misjoined:
            return misjoined
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "dobj" and \
            verb.doc[verb.i - 1].head.i == head.i and verb.doc[verb.i - 1].ent_type_ in ("NORP", "GPE") and \
            not any(c.dep_ == "dobj" for c in kids):
        # "Russia blamed Ukrainian shelling": the parser took "Ukrainian" for the object and "shelling" for a
        # clause of the blamer's; the shelling is the object's deed
        return Party(noun_phrase_actors(verb.doc[verb.i - 1], index), "modifier (the parser took it for the object)")
    if verb.dep_ == "conj" and _joined_past_a_subordinate_clause(verb, head, index):
        return _inherited(subject_of(head.head, index, depth + 1), head.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" and head.head.pos_ == "VERB" \
            and _subjects_name_no_actor(head, index) and verb.lemma_.lower() not in DEED_PARTICIPLES:
        # (not a deed the reported clause goes on telling: "A powerful explosion damaged the bridge ..., killing
        # three people, Russian officials said")
        # "told the court that the allegations were misleading, rejecting a case brought by Gambia": the
        # participle the parser hung on the reported clause is the teller's
        return _inherited(subject_of(head.head, index, depth + 1), head.head)
    if verb.dep_ in ("conj", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        return _inherited(subject_of(head, index, depth + 1), head)
    if verb.dep_ == "pcomp" and head.lower_ == "but" and head.head.pos_ in ("VERB", "AUX"):
        # "would have no choice but to destroy North Korea": the one left no choice does it
        return _inherited(subject_of(head.head, index, depth + 1), head.head)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "as":
        return Party()      # "mobilised its reservists as fighting escalated": "as" opens a clause of its own
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return _inherited(subject_of(head.head, index, depth + 1), head.head)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.dep_ in ("advmod", "acomp") \
            and head.head.head.pos_ in ("VERB", "AUX"):
        # "the ministry stopped short of blaming Israel", "came close to recognising": the clause's doer
        return _inherited(subject_of(head.head.head, index, depth + 1), head.head.head)
    return Party()


# word lists of the grammar rules that read them by name (data/rule-words.yaml; the coder reads most of them)
RULE_WORDS = {key: frozenset(words) for key, words in
              yaml.safe_load((DATA / "rule-words.yaml").read_text(encoding="utf-8")).items()}
SPEAKER_ACT_VERBS = RULE_WORDS["speaker_act_verbs"]
REPORTING_VERBS = RULE_WORDS["reporting_verbs"]


def _people_the_participle_describes(verb: Token, index: ActorIndex) -> list[Mention]:
    """"fired tear gas at demonstrators trying to storm the parliament": a participle right after the object,
    with no comma, describes it (the parser hangs it on the verb); the demonstrators try, not the soldiers."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 \
            or any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in children_of(verb)):
        return []
    before = verb.doc[verb.i - 1]
    noun = before if before.dep_ in ("pobj", "dobj") and before.pos_ == "NOUN" else None
    if noun is None or noun.head.i == verb.i or not any(t.i == noun.i for t in verb.head.subtree):
        return []
    return noun_phrase_actors(noun, index)


BODY_OF_NOUNS = frozenset({"council", "committee", "command", "leadership", "presidium", "politburo", "cabinet"})
SUBORDINATING_MARKS = frozenset({"after", "when", "as", "before", "while", "because", "since", "until", "once"})


def _joined_past_a_subordinate_clause(verb: Token, clause: Token, index: ActorIndex) -> bool:
    """"Poland sent troops to the border after hundreds of migrants tried to cross, and accused Minsk": the
    parser joins the verb after ', and' to the 'after' clause, whose subject names no actor; the sentence's
    subject accused."""
    if clause.dep_ != "advcl" or clause.head.pos_ not in ("VERB", "AUX") or verb.i < 2 \
            or verb.doc[verb.i - 1].dep_ != "cc" or verb.doc[verb.i - 2].text != ",":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in SUBORDINATING_MARKS for c in children_of(clause)):
        return False
    return _subjects_name_no_actor(clause, index)


def _subjects_name_no_actor(clause: Token, index: ActorIndex) -> bool:
    own_subjects = [c for c in children_of(clause) if c.dep_ in SUBJECTS]
    return bool(own_subjects) and not any(noun_phrase_actors(s, index) for s in own_subjects)


ALLY_NOUNS = frozenset({"ally", "partner", "member", "country", "nation", "state", "government", "power", "neighbour",
                        "neighbor"})
PENALTY_NOUNS = frozenset({"consequence", "repercussion", "retaliation", "response", "reprisal", "countermeasure"})
DEED_PARTICIPLES = frozenset({"kill", "wound", "injure", "destroy", "damage", "hit", "leave", "force", "trap", "cut",
                              "displace", "halt", "block", "disrupt", "spark", "trigger"})


def _teller_of_deep_clause(verb: Token, head: Token, index: ActorIndex) -> Optional[Token]:
    """The reporting verb above a relative clause the parser joined a speaker's act to, if any."""
    if verb.dep_ != "conj" or head.dep_ not in ("relcl", "acl") or verb.tag_ != "VBD" or \
            verb.lemma_.lower() not in SPEAKER_ACT_VERBS or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) or \
            not any(noun_phrase_actors(c, index) for c in children_of(verb) if c.dep_ == "dobj") or \
            not _subjects_name_no_actor(head, index):
        return None
    node, steps = head, 0
    while node.dep_ != "ccomp" and node.head.i != node.i and steps < 4:
        node, steps = node.head, steps + 1
    return node.head if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_VERBS else None


def _finite_above_infinitive(verb: Token, head: Token) -> Optional[Token]:
    """The finite verb above the 'to' infinitive a past verb with no subject of its own is joined to."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ != "VB" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head)) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    above, steps = head.head, 0
    while above.tag_ not in ("VBD", "VBZ", "VBP") and above.head.i != above.i and steps < 4:
        above, steps = above.head, steps + 1
    return above if above.tag_ in ("VBD", "VBZ", "VBP") and above.i != verb.i else None


def _aimed_at_own(verb: Token, subjects: list, index: ActorIndex) -> bool:
    """Whether the verb's object, or what its object is 'on' or 'against', is of the clause subject's own country
    ("said Iran appeared to be standing down and announced new sanctions on Tehran": Iran sanctions not itself)."""
    countries = {m.actor.country for m in subjects if m.actor.country}
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    aimed = objects + [p for o in objects for _, p in _prep_objects(o, ("on", "against"))]
    return bool(countries) and any(m.actor.country in countries for o in aimed for m in noun_phrase_actors(o, index))


def _speakers_own_act(verb: Token, clause: Token, index: ActorIndex) -> bool:
    """"Jammeh said his country would not rejoin the Commonwealth and accused Britain of meddling", "Islamabad
    denied that its agencies were involved and offered to cooperate": a verb of address in the simple past, joined
    to the verb of a clause the speaker reported, is the speaker's next act, as the annotators of gold, fresh2,
    fresh3, fresh5 and fresh6 code it (rule-words.yaml). A reported clause in the plain past whose subject is an
    actor ("said Serbia rejected the plan and accused NATO") may go on telling that actor's deeds: left to it."""
    reporting = clause.head
    if verb.tag_ != "VBD" or clause.dep_ != "ccomp" or reporting.tag_ != "VBD" \
            or verb.lemma_.lower() not in SPEAKER_ACT_VERBS or reporting.lemma_.lower() not in REPORTING_VERBS:
        return False
    told = any(c.dep_ in ("aux", "auxpass") for c in children_of(clause)) or clause.lemma_ == "be"
    subjects = [m for c in children_of(clause) if c.dep_ in SUBJECTS for m in noun_phrase_actors(c, index)]
    if not told and subjects and not _aimed_at_own(verb, subjects, index):
        return False
    if clause.lemma_ == "be" and verb.lemma_.lower() in ("accuse", "blame") and \
            any(c.dep_ == "dobj" for c in children_of(verb)):
        return True     # "said Crimea had always been part of Russia and accused the West of ...": a state told
        # of the clause's subject does no accusing; the speaker goes on (not "... but urged restraint", addressed
        # to no one named)
    if verb.lemma_.lower() == "call" and any(c.dep_ == "oprd" for c in children_of(verb)):
        return True     # "said the drone was flying over international waters and called the attack unprovoked"
    if verb.lemma_.lower() == "warn" and any(p.dep_ == "prep" and p.lower_ in ("of", "about") and any(
            o.lemma_.lower() in PENALTY_NOUNS for o in children_of(p)) for p in children_of(verb)):
        return True     # "said the seizure was unacceptable and warned of serious consequences"
    if verb.lemma_.lower() == "announce" and not told and any(c.dep_ == "dobj" for c in children_of(verb)):
        return True     # "said the visit violated its sovereignty and announced live-fire military drills"
    # only words addressed to a named party ("urged Gbagbo to ..."; not "urged restraint", aimed at no one named;
    # "lodged a protest with Beijing")
    addressed = ("on", "upon", "to", "with") if verb.lemma_.lower() == "lodge" else ("on", "upon", "to")
    return any(noun_phrase_actors(c, index) for c in children_of(verb) if c.dep_ == "dobj") or \
        any(noun_phrase_actors(pobj, index) for head in [verb] + [c for c in children_of(verb) if c.dep_ == "dobj"]
            for _, pobj in _prep_objects(head, addressed) if head is verb or verb.lemma_.lower() == "lodge")


# nouns of a choice or an attempt whose 'to' clause is done by their owner ("Turkey's decision to invade",
# "a bid by Serbia to join"); not a call, order or request, whose clause others are to carry out
WILL_NOUNS = frozenset({"decision", "move", "plan", "vote", "bid", "attempt", "refusal", "threat", "promise",
                        "pledge", "offer", "readiness", "willingness", "determination", "intention", "effort",
                        "failure", "commitment", "choice", "push", "drive", "agreement"})


def _misparsed_partners(subject: Token, kids: list[Token], index: ActorIndex) -> list[Mention]:
    """"Tajik President Rakhmonov and opposition leader Nuri signed", "President Anwar Sadat and Prime Minister
    Menachem Begin signed": two subjects joined by "and" that the parser hung as two subjects of the verb, or the
    first as the subject or the modifier of the second ("Begin" read as a verb); both are the doers."""
    partners: list[Mention] = []
    for inner in children_of(subject):          # "Sadat" as a subject inside "Begin"
        if inner.dep_ == "nsubj" and inner.i < subject.i and _joined_by_and(inner):
            partners += noun_phrase_actors(inner, index)
        elif inner.dep_ in ("nmod", "compound") and inner.i < subject.i and any(c.dep_ == "cc" and c.lower_ == "and"
                                                                               for c in children_of(inner)):
            # ("President Juan Manuel Santos and FARC rebel leader Rodrigo Londono signed": as a compound too)
            # "President Donald Trump and North Korean leader Kim Jong Un signed": the first hung on the second's name
            partners += noun_phrase_actors(inner, index)
    if _joined_by_and(subject):             # "Rakhmonov and ... Nuri", each a subject of "signed"
        for other in kids:
            if other.dep_ == "nsubj" and other.i > subject.i:
                partners += noun_phrase_actors(other, index)
    return partners


def _joined_by_and(token: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ == "and" for c in children_of(token)) and not any(
        c.dep_ == "conj" for c in children_of(token))


def _owner_of_will(noun: Token, index: ActorIndex, depth: int = 0) -> Party:
    """"Ukraine's decision to suspend talks with the EU", "a bid by Serbia to join the EU": the owner
    of the decision or bid (its possessor, or its 'by' agent) does what its clause says; "Russia has no plans
    to attack NATO", "Iran announced a decision to ...": the one who has or makes it."""
    for child in children_of(noun):
        if child.dep_ == "poss":
            found = noun_phrase_actors(child, index)
            if found:
                return Party(found, f"owner of '{noun.text}'")
    for _, pobj in _prep_objects(noun, ("by",)):
        found = noun_phrase_actors(pobj, index)
        if found:
            return Party(found, f"'by' phrase of '{noun.text}'")
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        if noun.head.lemma_.lower() in APPRAISING_VERBS:
            return Party()      # "welcomed any effort to end the war", "rejected a plan to ...": another's will
        return _inherited(subject_of(noun.head, index, depth + 1), noun.head)
    return Party()


APPRAISING_VERBS = frozenset({"welcome", "praise", "hail", "applaud", "support", "back", "endorse", "condemn",
                              "criticise", "criticize", "denounce", "reject", "oppose", "slam", "decry"})


def _agent_of_subject(subject: Token, index: ActorIndex) -> list[Mention]:
    """"The shelling of the market by Serb artillery killed 68 people", "a report by Amnesty accused
    Israel": the one whose deed or words the subject is did what the verb tells (the parser may hang
    the 'by' phrase on the 'of' object)."""
    for _, agent in _prep_objects(subject, ("by",)):
        return noun_phrase_actors(agent, index)
    for _, obj in _prep_objects(subject, ("of",)):
        for _, agent in _prep_objects(obj, ("by",)):
            return noun_phrase_actors(agent, index)
    return []


def _passive_subject_raised(head: Token, index: ActorIndex) -> Party:
    """"Russia is expected to sign the treaty", "Turkey is set to deploy troops", "Iraq was urged to
    withdraw": the subject of a passive verb with no agent is the doer of its 'to' clause."""
    if _prep_objects(head, ("by",)):
        return Party()
    for subject in _children(head, PASSIVE_SUBJECTS):
        found = noun_phrase_actors(subject, index)
        if found:
            return Party(found, f"subject of '{head.text}' (passive, raised to its clause)")
    return Party()


OBJECT_CONTROL = frozenset({"urge", "ask", "call", "press", "persuade", "force", "order", "tell", "invite",
                            "encourage", "allow", "permit", "compel", "pressure", "help", "convince", "warn",
                            "let", "want", "require", "authorize", "authorise", "enable", "demand", "insist",
                            # causing another to act ("prompting Israel to recall its ambassadors")
                            "prompt", "lead", "cause", "spur", "drive"})


def _inherited(party: Party, head: Token) -> Party:
    if party:
        return Party(party.mentions, f"{party.how} of '{head.text}'", party.joint)
    return party


HELP_NOUNS = frozenset({"help", "support", "backing", "assistance", "aid", "mediation", "cooperation", "blessing"})
NAMING_VERBS = frozenset({"call", "term", "label", "brand", "dub", "deem", "consider"})


def free_relative_name(clause: Token) -> Optional[Token]:
    """"struck what New Delhi called a militant camp": the name a free relative clause gives to what its verb
    governs (the camp), or None."""
    if clause.lemma_.lower() in ("say", "claim"):
        # "struck what it said was a militant camp": the thing the reported clause says 'what' is
        for reported in children_of(clause):
            if reported.dep_ == "ccomp" and reported.lemma_ == "be" and \
                    any(c.dep_ == "nsubj" and c.lower_ == "what" for c in children_of(reported)):
                return next((c for c in children_of(reported) if c.dep_ == "attr"), None)
        return None
    if clause.lemma_.lower() not in NAMING_VERBS:
        return None
    kids = children_of(clause)
    if not any(c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in kids):
        return None
    return next((c for c in kids if c.dep_ in ("dobj", "oprd") and c.lower_ not in ("what", "which")), None)


def verb_targets(verb: Token, index: ActorIndex, required_preps: tuple[str, ...] = (),
                 exclude: frozenset[str] = frozenset()) -> Party:
    """The target of a verb: a required preposition's object, the direct object, the passive subject,
    an indirect object, or a target preposition's object (the object's owner when it is not an actor).
    Actors in `exclude` (the source) are skipped: in "the EU lifted its embargo on Libya" "its" is the EU."""
    def others(mentions: list[Mention]) -> list[Mention]:
        # the doer's own people ("recalled its ambassador from Israel") are not the target
        return [m for m in mentions if m.actor.code not in exclude
                and not (m.actor.country in exclude and m.text.split(" ", 1)[0].lower() in OWN_POSSESSIVES
                         and m.text.lower() != "her")]      # ("criticised her": an object, not a possessive)

    kids = children_of(verb)          # read once: the passes below all look at the verb's children
    for prep, pobj in _prep_objects(verb, required_preps, kids) if required_preps else ():
        found = others(owner_actors(pobj, index))
        if found:
            return Party(found, f"object of '{prep}'", joint=_has_conj(pobj) and len(found) > 1)
    if is_passive(verb, kids):
        own_subjects = _children(verb, PASSIVE_SUBJECTS, kids)
        for subject in own_subjects:
            found = others(owner_actors(subject, index))
            if found:
                return Party(found, "passive subject")
        if verb.dep_ == "acl" and not misparsed_main_verb(verb):
            found = others(noun_phrase_actors(verb.head, index))
            if found:
                return Party(found, "the noun the participle describes")
        # ("105 people were arrested and 30 officers were injured": a conjunct with a subject of its own
        # does not share the first one's)
        if not own_subjects and verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "after", "while", "without") \
                and verb.head.head.pos_ in ("VERB", "AUX"):
            # "attacked the embassy before being dispersed by police": the ones dispersed are who attacked
            for subject in _children(verb.head.head, SUBJECTS):
                found = others(owner_actors(subject, index))
                if found:
                    return Party(found, f"subject of '{verb.head.head.text}', to whom it was done")
        if _passive_conjunct(verb) and not own_subjects:
            for subject in _children(verb.head, PASSIVE_SUBJECTS):
                found = others(owner_actors(subject, index))
                if found:
                    return Party(found, f"passive subject of '{verb.head.text}'")
        if not own_subjects and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in kids) \
                and verb.head.pos_ == "VERB":
            # "Guaido declared himself interim president and was recognised by the United States": the subject
            # the passive shares with the verb it is joined to
            for subject in _children(verb.head, ("nsubj",)):
                found = others(owner_actors(subject, index))
                if found:
                    return Party(found, f"subject of '{verb.head.text}', shared by the passive")
    for obj in _children(verb, ("dobj", "dative", "attr", "oprd"), kids):
        found = others(owner_actors(obj, index))
        if found:
            return Party(found, "object")
        for prep, pobj in _prep_objects(obj, ("between",)):
            found = others(noun_phrase_actors(pobj, index))
            if len(found) > 1:
                return Party(found, "'between'", joint=True)
    for name in _children(verb, ("oprd",), kids):
        for _, agent in _prep_objects(name, ("by",)):
            found = others(noun_phrase_actors(agent, index))
            if found:       # "called it a terrorist act by Ukrainian special services": the one it names as doer
                return Party(found, f"doer the name gives ('{name.text} by')")
    for prep, pobj in _prep_objects(verb, ("between",), kids):
        found = others(noun_phrase_actors(pobj, index))
        if found:
            return Party(found, "'between'", joint=True)
    for clause in _children(verb, ("ccomp",), kids) + [c for prep in kids if prep.dep_ == "prep" and prep.lower_
                                                       in STRONG_TARGET_PREPOSITIONS for c in children_of(prep)
                                                       if c.dep_ == "pcomp"]:
        named = free_relative_name(clause)          # ("carried out strikes on what it said was a camp")
        found = others(owner_actors(named, index)) if named is not None else []
        if found:
            return Party(found, f"what '{clause.text}' names")
    for clause in _children(verb, ("ccomp", "xcomp"), kids):
        # "allowed inspectors to return", "urged Iran to stop"; "demanded that the Estonian government resign"
        if verb.lemma_.lower() in OBJECT_CONTROL or clause.dep_ == "ccomp" and verb.lemma_.lower() in ("demand", "insist"):
            # (the parser may read "resign" as a noun: "that the Estonian government resign", the government its
            # compound)
            for subject in _children(clause, ("nsubj",) if clause.pos_ != "NOUN" else ("nsubj", "compound")):
                found = others(noun_phrase_actors(subject, index))
                if found:
                    return Party(found, f"subject of the clause '{clause.text}'")
    # strong target prepositions (on the verb, then on its object) before weak ones ("at", "for")
    for group in (STRONG_TARGET_PREPOSITIONS, WEAK_TARGET_PREPOSITIONS):
        for prep, pobj in _ordered(_prep_objects(verb, group, kids), group):
            if prep == "with" and pobj.lemma_.lower() in HELP_NOUNS:
                continue        # "brokered by Qatar with the help of Egypt": a helper, not the target
            if prep == "from" and verb.lemma_.lower() in SENDING_VERBS:
                continue        # "sending ground troops across the border from Kuwait": where they set out
            found = others(owner_actors(pobj, index))
            if found:
                return Party(found, f"object of '{prep}'", joint=prep == "with")
        for obj in _children(verb, ("dobj",), kids):
            # the partner before the topic: "shared intelligence on the militants with Jordan" (not "at", a
            # venue: "opposed the war at the United Nations")
            for prep, pobj in _ordered(_prep_objects(obj, [p for p in group if p != "at"]),
                                       OBJECT_PREPOSITION_ORDER.get(group, group)):
                found = others(owner_actors(pobj, index))
                if found:
                    return Party(found, f"object of '{obj.text} {prep}'")
    # one level down: "spoke by telephone with X", "launched strikes in retaliation against X"
    # ("agreed to a ceasefire with the government": the partner of what was agreed to)
    for prep, pobj in _prep_objects(verb, ("by", "in", "via", "over", "to"), kids):
        for inner, inner_obj in _prep_objects(pobj, ("with", "against")):
            found = others(owner_actors(inner_obj, index))
            if found:
                return Party(found, f"object of '{pobj.text} {inner}'", joint=inner == "with")
    # a means and whom it is on: "retaliated with duties on American goods"
    for _, pobj in _prep_objects(verb, ("with",), kids):
        for inner, inner_obj in _prep_objects(pobj, ("on", "against")):
            found = others(owner_actors(inner_obj, index))
            for _, of_obj in _prep_objects(inner_obj, ("of",)) if not found else ():
                found = others(owner_actors(of_obj, index))     # ("on the same amount of American goods")
            if found:
                return Party(found, f"object of '{pobj.text} {inner}'")
    # ... and on the object: "declared a ceasefire in its offensive against Hamas"
    for obj in _children(verb, ("dobj",), kids):
        for _, pobj in _prep_objects(obj, ("in",)):
            for inner, inner_obj in _prep_objects(pobj, ("with", "against")):
                found = others(owner_actors(inner_obj, index))
                if found:
                    return Party(found, f"object of '{obj.text} in {pobj.text} {inner}'", joint=inner == "with")
    # ... and in what the object is for: "signed agreements to normalise relations with Israel"
    for obj in _children(verb, ("dobj",), kids):
        for purpose in children_of(obj):
            if purpose.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(purpose)):
                continue
            for owner in [purpose] + _children(purpose, ("dobj",)):
                for _, partner in _prep_objects(owner, ("with",)):
                    found = others(owner_actors(partner, index))
                    if found:
                        return Party(found, f"object of 'with' in what the '{obj.text}' are for", joint=True)
    return Party()


SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "fly", "ship", "airlift", "move"})
STRONG_TARGET_PREPOSITIONS = ("against", "on", "upon", "with", "to", "toward", "towards", "into")
WEAK_TARGET_PREPOSITIONS = ("at", "from", "for", "of", "over")
OBJECT_PREPOSITION_ORDER = {STRONG_TARGET_PREPOSITIONS: ("with", "against", "on", "upon", "to", "toward", "towards",
                                                           "into")}


def _ordered(pairs: list[tuple[str, Token]], order: tuple[str, ...]) -> list[tuple[str, Token]]:
    return sorted(pairs, key=lambda pair: order.index(pair[0]))


def _has_conj(token: Token) -> bool:
    return any(c.dep_ == "conj" for c in children_of(token))


DOER_PARTICIPLES = frozenset({"call", "organise", "organize", "stage", "launch", "lead", "impose", "carry", "conduct",
                              "send", "deliver", "provide", "fire", "mount", "declare", "order", "announce",
                              "issue", "make", "initiate", "begin", "start", "claim", "pledge", "promise", "offer",
                              "donate", "supply", "ship", "airlift", "deploy", "wage", "commit", "perpetrate"})
FORCE_MOVEMENT_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "pullback", "deployment", "redeployment", "drawdown",
                                  "buildup", "build-up", "withdrawals", "deployments", "massing"})


ON_JOURNEY_VERBS = frozenset(RULE_WORDS["on_journey_verbs"])     # ("was on a state visit to China")


# verbs of a toll ("killing dozens", "bombings that killed 31 people"; coder.py reads them too)
TOLL_VERBS = frozenset(RULE_WORDS["toll_verbs"])
CLAIMING_VERBS = frozenset({"claim", "take", "accept", "admit", "acknowledge"})
CLAIMED_NOUNS = frozenset({"responsibility", "credit"})


def _claimed_by(noun: Token, index: ActorIndex) -> Optional[Party]:
    """'Islamic State claimed responsibility for the bombings': whoever claims a deed did it."""
    head = noun.head
    claimed = head.head if noun.dep_ == "pobj" and head.lower_ == "for" else None
    if claimed is None or claimed.lemma_.lower() not in CLAIMED_NOUNS or claimed.dep_ != "dobj" or \
            claimed.head.lemma_.lower() not in CLAIMING_VERBS:
        return None
    party = subject_of(claimed.head, index)
    return _inherited(party, claimed.head) if party else None


def noun_source(noun: Token, index: ActorIndex) -> Party:
    """The doer of an event noun: possessor, demonym/compound, 'by' phrase, or the light verb's subject."""
    for child in children_of(noun):
        if child.dep_ == "poss":
            found = noun_phrase_actors(child, index)
            if found:
                return Party(found, "possessive")
    for child in children_of(noun):
        if child.dep_ in ("amod", "compound", "nmod") and index.at(child) and not _anti(child) and not child.is_punct:
            found = [m for m in index.at(child)]
            return Party(_unique(found), "modifier", joint=len({m.actor.code for m in found}) > 1)
    found = _leader_of(noun, index)
    if found:
        return Party(found, "the leader ('-led')")
    if noun.lower_ in FORCE_MOVEMENT_NOUNS:
        # "the withdrawal of French troops from Mali", "the deployment of American troops to Poland":
        # the forces moved do it; 'from' and 'to' name the place, not the doer
        for _, pobj in _prep_objects(noun, ("of",)):
            found = [m for m in noun_phrase_actors(pobj, index) if m.actor.sector in ("MIL", "COP")]
            if found:
                return Party(found, "forces in the 'of' phrase")
    for prep, pobj in _prep_objects(noun, ("by", "from")):
        found = noun_phrase_actors(pobj, index)
        if found:
            return Party(found, f"'{prep}' phrase", joint=_has_conj(pobj) and len(found) > 1)
    for verb in children_of(noun):
        if verb.dep_ == "acl" and verb.lemma_.lower() in DOER_PARTICIPLES:
            # "a general strike called by Nepal's opposition parties", "sanctions imposed by the EU": the
            # agent of the participle that made the event is its doer (not of "brokered by", "hosted by")
            for _, pobj in _prep_objects(verb, ("by",)):
                found = noun_phrase_actors(pobj, index)
                if found:
                    return Party(found, f"'{verb.text} by' phrase", joint=_has_conj(pobj) and len(found) > 1)
    for _, obj in _prep_objects(noun, ("of",)):
        # "the expulsion of Russian diplomats by Poland": the parser hangs the agent on the 'of' object
        for _, pobj in _prep_objects(obj, ("by",)):
            found = noun_phrase_actors(pobj, index)
            if found:
                return Party(found, "'by' phrase", joint=_has_conj(pobj) and len(found) > 1)
    for prep, pobj in _prep_objects(noun, ("between", "among")):
        found = noun_phrase_actors(pobj, index)
        if found:
            return Party(found, "'between'", joint=True)
    claimed = _claimed_by(noun, index)
    if claimed is not None:
        return claimed
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and (head.head.lemma_.lower() in MEASURE_HEADS | QUANTITY_HEADS or
                                                        head.head.lemma_.lower() in SPANS_OF_TIME and head.head.dep_ == "dobj"
                                                        and head.head.head.lemma_.lower() in SPAN_HOLDING_VERBS):
        # ("began two days of military drills": the span stands where the drills would)
        # "reimposed the highest level of sanctions", "launched a wave of strikes": the measure
        # stands where the event would stand
        noun, head = head.head, head.head.head
    if noun.dep_ in ("dobj", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        if noun.dep_ == "dobj" and head.lemma_.lower() in ("demand", "request"):
            return Party()      # "summoned the ambassador to demand an apology": the one asked apologises
        return _inherited(subject_of(head, index), head)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB",) and head.lower_ in ("in", "into", "for", "to"):
        if head.lower_ == "to" and head.head.lemma_.lower() in ("respond", "react", "reply", "retaliate"):
            return Party()      # "would respond to any assault on its nationals": the assault is another's
        return _inherited(subject_of(head.head, index), head.head)
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ON_JOURNEY_VERBS:
        # "Nkrumah was on a state visit to China", "went on a tour of Asia": the one on it makes it
        return _inherited(subject_of(head.head, index), head.head)
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in RESPONSE_VERBS:
        # "Israel responded with air strikes", "Beijing retaliated with sanctions": the doer of the response
        return _inherited(subject_of(head.head, index), head.head)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_.lower() in SPAN_NOUNS \
            and noun.lower_ in JOINT_ACTIVITIES and head.head.dep_ == "pobj" and head.head.head.dep_ == "prep" \
            and head.head.head.head.pos_ == "VERB":
        # "captured Kigali after three months of fighting with government forces", "A and B reached a deal
        # after months of talks": the doers of the main verb took part in the talks or fighting it ends
        verb = head.head.head.head
        doers = subject_of(verb, index)
        if len({a.code for a in doers.actors()}) > 1:
            return Party(doers.mentions, f"'between' (the doers of '{verb.text}')", joint=True)
        return _inherited(doers, verb)
    if noun.dep_ in ("nsubjpass",) and head.pos_ == "VERB":
        for prep, pobj in _prep_objects(head, ("by",)):
            found = noun_phrase_actors(pobj, index)
            if found:
                return Party(found, "passive agent 'by'")
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in" and head.head.dep_ == "dobj" \
            and head.head.head.pos_ == "VERB" and (head.head.like_num or head.head.lemma_.lower() in AMOUNT_HEADS
                                                 or any(c.like_num for c in children_of(head.head))):
        # "approved 18 billion euros in loans for Ukraine": the sum is the verb's object, the loans its kind
        return _inherited(subject_of(head.head.head, index), head.head.head)
    return Party()


# verbs whose object, a span of time, stands for the deed ("began two days of military drills")
SPAN_HOLDING_VERBS = frozenset({"begin", "start", "launch", "hold", "conduct", "stage", "wage"})
MEASURE_HEADS = frozenset({"level", "wave", "round", "barrage", "spate", "flurry", "volley", "salvo", "package",
                           "raft", "slew", "series"})
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit", "strike", "follow", "counter",
                            "punish", "threaten"})

AMOUNT_HEADS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "million", "billion", "trillion",
                          "franc", "rupee", "riyal", "dinar", "$", "€", "£"})


def _anti(token: Token) -> bool:
    """"anti-government", "anti-American": the modifier names what the event is against."""
    doc = token.doc
    if token.lower_.startswith("anti"):
        return True
    return token.i >= 2 and doc[token.i - 1].text in ("-", "‑") and doc[token.i - 2].lower_ == "anti"


def noun_targets(noun: Token, index: ActorIndex, required_preps: tuple[str, ...] = ()) -> Party:
    """The target of an event noun: a preposition's object ("talks with Turkey", "attack on X"),
    the modifier it is against ("anti-government protests"), or the subject of a 'for X to ...'
    clause ("request for NATO to deploy")."""
    for child in children_of(noun):
        if child.dep_ in ("amod", "compound", "nmod") and index.at(child) and _anti(child):
            return Party(list(index.at(child)), f"what it is against ('{child.text}')")
    order = tuple(required_preps) + tuple(p for p in NOUN_TARGET_PREPOSITIONS if p not in required_preps)
    for prep, pobj in _prep_objects(noun, order):
        found = owner_actors(pobj, index)
        if found:
            return Party(found, f"object of '{prep}'", joint=prep == "with")
    for clause in children_of(noun):
        if clause.dep_ in ("advcl", "acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "for" for c in children_of(clause)):
            for subject in _children(clause, SUBJECTS):
                found = noun_phrase_actors(subject, index)
                if found:
                    return Party(found, "subject of 'for ... to'")
    for clause in children_of(noun):
        if clause.dep_ == "relcl" and clause.lemma_.lower() in TOLL_VERBS:
            # "bombings that killed at least 31 people": those it killed
            for obj in children_of(clause):
                found = noun_phrase_actors(obj, index) if obj.dep_ == "dobj" else []
                if found:
                    return Party(found, f"the object of '{clause.text}'")
    return Party()


def adjective_source(adjective: Token, index: ActorIndex) -> Party:
    """"Erdogan (was) critical of ...": the subject of the copula, of the small clause, or the noun modified."""
    for subject in _children(adjective, SUBJECTS):
        found = noun_phrase_actors(subject, index)
        if found:
            return Party(found, "subject")
    if adjective.dep_ in ("acomp", "attr", "oprd") and adjective.head.pos_ in ("VERB", "AUX"):
        return _inherited(subject_of(adjective.head, index), adjective.head)
    if adjective.dep_ == "amod":
        noun = adjective.head
        found = noun_phrase_actors(noun, index)
        if found:
            return Party(found, "the noun it describes")
        if noun.dep_ in ("dobj", "attr", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return _inherited(subject_of(noun.head, index), noun.head)   # "A and B launched a joint raid"
    return Party()


CORE_ARGUMENTS = frozenset({"dobj", "nsubjpass", "prt", "dative", "attr", "acomp", "xcomp", "oprd", "advmod",
                            "npadvmod", "ccomp", "compound", "amod", "nmod", "acl", "relcl", "appos", "conj"})
MODIFIERS = frozenset({"compound", "amod", "nmod", "prt", "conj", "dobj", "acomp"})
# prepositions that the parser hangs on a verb's object although they belong to the verb
OBJECT_PREPOSITIONS = frozenset({"of", "into", "from"})


def _time_adverbial(prep: Token) -> bool:
    """"on Tuesday", "on March 3": a preposition whose objects are all dates says when, not what."""
    objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
    return prep.lower_ == "on" and bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _after_other_conjunct(token: Token, prep: Token) -> bool:
    """A preposition the parser hangs on the trigger right after a noun conjoined to another of its words: it
    belongs to that nearer noun ("discussed the war in Syria and trade between their countries")."""
    if prep.i == 0 or prep.i <= token.i:
        return False
    before = token.doc[prep.i - 1]
    return before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN") and before.head.i != token.i \
        and before.i > token.i


def argument_words(token: Token) -> frozenset[str]:
    """Words of a trigger's arguments, to match multi-word patterns: lemmas and lower-case forms of
    its objects, particles, complements and their modifiers, and each preposition both alone ("with")
    and with its object's words ("with police"). "A number of agreements" counts as "agreements"."""
    found = _ArgumentWords(*word_forms(token.doc))      # (t.lower_ and t.lemma_.lower(), read once per doc)
    children = children_of(token)
    for child in children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and token.pos_ in ("VERB", "AUX"):
            found.add(child)      # "suspended Mali and threatened sanctions": the second verb's object is its own
        elif child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and _someone_told(children):
            found.add(child)      # "pressed Netanyahu to wind down the offensive": the one told acts on the object
        elif child.dep_ in CORE_ARGUMENTS:
            found.add_phrase(child)
            if child.dep_ == "dobj":
                # "stripped dissidents of their citizenship", "allowed aid workers into Darfur": the
                # parser often hangs the verb's preposition on its object
                for prep in children_of(child):
                    if prep.dep_ == "prep" and prep.lower_ in OBJECT_PREPOSITIONS:
                        found.add_word(prep.lower_)
                        for pobj in children_of(prep):
                            if pobj.dep_ == "pobj":
                                found.add_phrase(pobj, prep.lower_ + " ")
                    elif prep.dep_ == "prep" and prep.lower_ == "in" and _an_amount(child):
                        # "suspended $700 million in emergency assistance": the amount is of that assistance
                        for pobj in children_of(prep):
                            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in FUNDING_NOUNS:
                                found.add_phrase(pobj)
            if child.dep_ in ("ccomp", "xcomp"):         # "allowed inspectors to return": the clause's subject
                for subject in children_of(child):
                    if subject.dep_ in ("nsubj", "nsubjpass"):
                        found.add_phrase(subject)
        elif child.dep_ in ("prep", "agent"):
            if _time_adverbial(child):
                continue    # "called Zelensky on Tuesday": a date, not the 'on' of "call on"
            if _after_other_conjunct(token, child):
                continue    # "the war in Syria and trade between their countries": the trade's 'between'
            found.add_word(child.lower_)
            for pobj in children_of(child):
                if pobj.dep_ in ("pobj", "pcomp"):
                    found.add_phrase(pobj, child.lower_ + " ")
    return frozenset(found.words)


FUNDING_NOUNS = frozenset({"aid", "assistance", "funding", "loan", "credit", "grant", "support"})


def _an_amount(noun: Token) -> bool:
    return noun.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or noun.tag_ == "CD"


def _someone_told(children: list[Token]) -> bool:
    """A named object, told to act (not "suspended preparations to sign")."""
    return any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
               for c in children)


class _ArgumentWords:
    """The words `argument_words` gathers. (A class, not closures: a nested function that calls itself is a
    reference cycle, left to the cycle collector after every trigger.)"""
    __slots__ = ("words", "lowers", "lemmas")

    def __init__(self, lowers: list[str], lemmas: list[str]):
        self.words: set[str] = set()
        self.lowers, self.lemmas = lowers, lemmas

    def add_word(self, word: str) -> None:
        self.words.add(word)

    def add(self, t: Token, prefix: str = "") -> None:
        """The word's form and lemma."""
        self.words.add(prefix + self.lowers[t.i])
        self.words.add(prefix + self.lemmas[t.i])

    def add_phrase(self, t: Token, prefix: str = "") -> None:
        """The word, its modifiers and the words conjoined to them, and the head of "a number of X"."""
        self.add(t, prefix)
        for child in children_of(t):
            if child.dep_ in MODIFIERS:
                self.add(child, prefix)
                for grand in children_of(child):
                    if grand.dep_ == "conj":
                        self.add(grand, prefix)
            if child.dep_ == "prep" and child.lower_ == "of" and (self.lemmas[t.i] in QUANTITY_HEADS or
                                                                   self.lemmas[t.i] in KIND_HEADS):
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj":
                        self.add_phrase(pobj, prefix)
