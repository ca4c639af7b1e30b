"""Learned event coding beside the rules: a verifier of the rules' events and a proposer of events
the rules miss, both trained on the project's own studied gold files.

- The verifier (binary logistic regression) scores each rule event from what it looks like: its
  type, rule, trigger, modality, how its actors were found (from the explanation), what else the
  rules coded in the sentence. A rule event with P(right) under `verify` is dropped.
- The proposer (multinomial logistic regression over NONE + the PLOVER types) scores candidates:
  per sentence, every ordered pair of actor mentions of different codes (source, target),
  described by sparse features of the parse (lowest common head, dependency path, prepositions,
  words on the path and what the rules' lexicon says of them, roles, sectors, negation, the
  sentence's content words) and by what the rules coded in that sentence. A candidate whose best
  type beats `threshold`, with a key the rules did not code, becomes an event with evidence
  `learned:<TYPE>` (confidence = its probability, trigger = the common head word).

Both are pure numpy / Python, deterministic (no randomness at inference, a fixed candidate order);
`tools/train_event_model.py` rebuilds the shipped weights (data/learned_events.npz) and runs the
cross-validation.

Switch: `EventCoder(learned=...)`: False/"off" neither; "verify" the verifier only; True/"full"
both. Left unset (None), the environment variable DATELINE_LEARNED_EVENTS decides with the same
values ("0"/"off", "verify", "1"/"on"/"full"); default "off" (read through `Settings.learned_events`).
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import math
import re
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

import numpy as np
from spacy.tokens import Doc, Span, Token

from ..model import PLOVER_TYPES, SYMMETRIC_TYPES, Actor, Event, Mention, Sentence, symmetric_key
from ..settings import LEARNED_EVENTS_VARIABLE, Settings
from .grammar import token_range
from .modality import modality_of
from .speech import span_text
from .tables import DATA, load_tables

ENV_FLAG = LEARNED_EVENTS_VARIABLE
LEVELS = ("off", "verify", "full")
WEIGHTS_FILE = "learned_events.npz"
CLASSES: tuple[str, ...] = ("NONE",) + PLOVER_TYPES
# the CAMEO code given to a learned event of each type (the type's "not specified below" code)
CAMEO_OF_TYPE = {"AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
                 "CONCEDE": "080", "RETREAT": "087", "REQUEST": "020", "ACCUSE": "112", "REJECT": "120",
                 "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170",
                 "ASSAULT": "190"}
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ"})
MAX_PATH = 6


# -- the switch ------------------------------------------------------------------------------
def level_of(learned: Union[None, bool, str]) -> str:
    """"off", "verify" or "full" for an EventCoder argument (None: the environment decides)."""
    if learned is None:
        learned = Settings().learned_events          # the environment variable, else the default
    if learned is True:
        return "full"
    if learned is False:
        return "off"
    value = str(learned).strip().lower()
    if value in ("1", "true", "on", "yes", "full"):
        return "full"
    if value == "verify":
        return "verify"
    if value in ("0", "false", "off", "no", ""):
        return "off"
    raise ValueError(f"{ENV_FLAG}: unknown value {learned!r} (use off, verify or full)")


def proposer_for(learned: Union[None, bool, str]) -> Optional["Proposer"]:
    """The shipped model at the chosen level, or None when switched off."""
    level = level_of(learned)
    return None if level == "off" else shipped_proposer(level)


@functools.lru_cache(maxsize=2)
def shipped_proposer(level: str = "full") -> "Proposer":
    proposer = Proposer.load(Path(str(DATA / WEIGHTS_FILE)))
    if level == "verify":
        proposer.threshold = math.inf           # the proposer adds nothing; only the verifier works
    return proposer


# -- candidates and features -----------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Candidate:
    sentence: Span
    source: Mention
    target: Optional[Mention]
    anchor: Token                  # the lowest common head (the source's head word when no target)
    features: tuple[str, ...]      # the pair's own features
    context: tuple[str, ...] = ()  # the sentence's features (one tuple shared by its candidates)

    @property
    def all_features(self) -> tuple[str, ...]:
        return self.features + self.context


@functools.lru_cache(maxsize=1)
def lexicon_types() -> dict[tuple[str, str], tuple[str, ...]]:
    """(kind, word) -> the PLOVER types of the shipped rules keyed on it: what the rules' lexicon
    knows of a word, whatever argument words its patterns also need."""
    from .patterns import default_lexicon
    lexicon = default_lexicon()
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for kind, table in (("verb", lexicon.verbs), ("noun", lexicon.nouns), ("adjective", lexicon.adjectives)):
        for word, rules in table.items():
            out[(kind, word)] = tuple(sorted({r.plover for r in rules}))
    return out


def _hints_of(pos: str, lemma: str, lower: str) -> tuple[str, ...]:
    kind = "verb" if pos in ("VERB", "AUX") else "noun" if pos in ("NOUN", "PROPN") else \
        "adjective" if pos == "ADJ" else None
    if kind is None:
        return ()
    table = lexicon_types()
    return table.get((kind, lemma)) or table.get((kind, lower)) or ()


def _head(doc: Doc, mention: Mention) -> Optional[Token]:
    tokens = token_range(doc, mention.start, mention.end)
    return doc[tokens.start:tokens.stop].root if tokens else None


class _Parse:
    """One sentence's parse as plain lists (one pass over its tokens): the features then touch no
    spaCy object, which keeps the proposer cheap beside the parse."""

    def __init__(self, sentence: Span):
        self.start = sentence.start
        self.lemma, self.pos, self.dep, self.head, self.lower, self.alpha = [], [], [], [], [], []
        for t in sentence:
            self.lemma.append(t.lemma_.lower())
            self.pos.append(t.pos_)
            self.dep.append(t.dep_)
            self.head.append(t.head.i - self.start)
            self.lower.append(t.lower_)
            self.alpha.append(t.is_alpha)
        self.children: dict[int, list[int]] = {}
        for i, h in enumerate(self.head):
            if h != i:
                self.children.setdefault(h, []).append(i)
        self._chains: dict[int, list[int]] = {}
        self._paths: dict[tuple[int, int], tuple[int, list[int], list[int]]] = {}

    def hints(self, i: int) -> tuple[str, ...]:
        return _hints_of(self.pos[i], self.lemma[i], self.lower[i])

    def chain(self, i: int) -> list[int]:
        """i and its heads up to the root (sentence positions)."""
        found = self._chains.get(i)
        if found is None:
            found = [i]
            while len(found) < 40:
                h = self.head[found[-1]]
                if h == found[-1] or not 0 <= h < len(self.head):
                    break
                found.append(h)
            self._chains[i] = found
        return found

    def role(self, i: int) -> str:
        """The relation of a path step, with its preposition ("prep_with", "agent")."""
        h = self.head[i]
        if self.dep[i] == "pobj" and self.dep[h] in ("prep", "agent"):
            return f"{self.dep[h]}_{self.lower[h]}"
        return self.dep[i]

    def path(self, a: int, b: int) -> tuple[int, list[int], list[int]]:
        """(lowest common head, a's chain up to it, b's chain up to it), each chain without the head."""
        found = self._paths.get((a, b))
        if found is None:
            up_a, up_b = self.chain(a), self.chain(b)
            index_a = {t: n for n, t in enumerate(up_a)}
            found = up_a[-1], up_a, up_b
            for n, t in enumerate(up_b):
                if t in index_a:
                    found = t, up_a[:index_a[t]], up_b[:n]
                    break
            self._paths[(a, b)] = found
        return found

    def side(self, chain: list[int]) -> str:
        steps = [self.role(t) for t in chain if self.dep[t] != "prep"]
        return ">".join(steps[-3:]) if steps else "self"

    def near_role(self, chain: list[int]) -> str:
        """The relation of the step that reaches the common head."""
        if not chain:
            return "self"
        top = chain[-1]
        if self.dep[top] in ("prep", "agent") and len(chain) >= 2:
            return self.role(chain[-2])
        return self.role(top)

    def features(self) -> list[str]:
        """The sentence's own features: its content words, what the lexicon says of them, negation."""
        content = [i for i, pos in enumerate(self.pos) if pos in CONTENT_POS]
        feats = [f"bow={w}" for w in sorted({self.lemma[i] for i in content if self.alpha[i]})]
        feats += sorted({f"slx={p}" for i in content for p in self.hints(i)})
        if "neg" in self.dep:
            feats.append("sent_neg")
        return feats


def _actor_features(prefix: str, mention: Mention) -> list[str]:
    actor = mention.actor
    return [f"{prefix}sec={actor.sector or '-'}", f"{prefix}via={mention.via}",
            f"{prefix}igo={actor.country is None}"]


def pair_features(parse: _Parse, source: Mention, target: Optional[Mention], a: int,
                  b: Optional[int]) -> tuple[int, tuple[str, ...]]:
    """(the anchor word's sentence position, the candidate's own features)."""
    feats = ["bias"] + _actor_features("s", source)
    if b is None:
        head = parse.head[a]
        role = parse.role(a)
        lemma = parse.lemma[head]
        feats += ["notgt", f"nt_role={role}", f"nt_head={lemma}", f"nt_rh={role}|{lemma}",
                  f"nt_hpos={parse.pos[head]}"]
        feats += [f"nt_lx={plover}|{role}" for plover in parse.hints(head)]
        return head, tuple(feats)
    feats += _actor_features("t", target)
    lca, side_a, side_b = parse.path(a, b)
    lemma = parse.lemma[lca]
    ra, rb = parse.side(side_a), parse.side(side_b)
    na, nb = parse.near_role(side_a), parse.near_role(side_b)
    feats += [f"lca={lemma}", f"lcapos={parse.pos[lca]}", f"ra={ra}", f"rb={rb}", f"path={ra}|{rb}",
              f"near={na}|{nb}", f"lna={lemma}|{na}", f"lnb={lemma}|{nb}", f"lnn={lemma}|{na}|{nb}",
              f"order={'st' if a < b else 'ts'}", f"dist={min(abs(a - b) // 4, 5)}",
              f"len={min(len(side_a) + len(side_b), MAX_PATH)}",
              f"same_country={source.actor.country is not None and source.actor.country == target.actor.country}"]
    for t in side_a[1:] + side_b[1:] + [lca]:
        if parse.pos[t] in CONTENT_POS:
            feats.append(f"pw={parse.lemma[t]}")
            for plover in parse.hints(t):
                feats += [f"lx={plover}", f"lxn={plover}|{na}|{nb}", f"lxl={plover}|{t == lca}"]
        elif parse.dep[t] in ("prep", "agent"):
            feats.append(f"pp={parse.lower[t]}")
    children = parse.children.get(lca, ())
    if any(parse.dep[c] == "neg" for c in children):
        feats.append("lca_neg")
    for c in children:
        if parse.dep[c] in ("dobj", "attr", "xcomp", "ccomp") and parse.pos[c] in CONTENT_POS:
            feats.append(f"lobj={lemma}|{parse.lemma[c]}")
    return lca, tuple(dict.fromkeys(feats))


def candidates(doc: Doc, sentence: Span, mentions: Sequence[Mention], targetless: bool = True) -> list[Candidate]:
    """The candidates of one sentence: per ordered pair of actor codes the mention pair closest in the
    parse, and (`targetless`) per code the mention nearest the root as a target-less source. Fixed order."""
    by_code: dict[str, list[tuple[Mention, int]]] = {}
    for m in mentions:
        if sentence.start_char <= m.start < sentence.end_char:
            h = _head(doc, m)
            if h is not None and sentence.start <= h.i < sentence.end:
                by_code.setdefault(m.actor.code, []).append((m, h.i - sentence.start))
    if not by_code or (len(by_code) < 2 and not targetless):
        return []
    parse = _Parse(sentence)
    bag = tuple(parse.features())
    alone = tuple(f"nt|{w}" for w in bag)
    codes = sorted(by_code)
    out = []
    for ca in codes:
        if targetless:
            best = min(by_code[ca], key=lambda mh: (len(parse.chain(mh[1])), mh[1]))
            anchor, feats = pair_features(parse, best[0], None, best[1], None)
            out.append(Candidate(sentence, best[0], None, doc[sentence.start + anchor], feats, alone))
        for cb in codes:
            if cb == ca:
                continue
            pairs = [(x, y) for x in by_code[ca] for y in by_code[cb] if x[1] != y[1]]
            if not pairs:
                continue

            def distance(pair):
                lca, sa, sb = parse.path(pair[0][1], pair[1][1])
                return len(sa) + len(sb), pair[0][1], pair[1][1]
            (ma, ha), (mb, hb) = pairs[0] if len(pairs) == 1 else min(pairs, key=distance)
            anchor, feats = pair_features(parse, ma, mb, ha, hb)
            out.append(Candidate(sentence, ma, mb, doc[sentence.start + anchor], feats, bag))
    return out


def rule_features(cand: Candidate, ruled: Sequence[Event]) -> tuple[str, ...]:
    """What the rules coded in the candidate's sentence, as seen from the candidate."""
    if not ruled:
        return ("r_none",)
    src, tgt = cand.source.actor.code, _code(cand.target and cand.target.actor)
    feats = ["r_some"]
    for e in ruled:
        es, et = _code(e.source), _code(e.target)
        same = (es, et) == (src, tgt) or (e.plover in SYMMETRIC_TYPES and (et, es) == (src, tgt))
        origin = "yaml" if ".yaml" in e.pattern else "dict"
        if same:
            feats += [f"r_same={e.plover}", f"r_same_o={origin}", f"r_same_m={e.modality}",
                      f"r_same_c={min(int(e.confidence * 5), 4)}"]
        elif (et, es) == (src, tgt):
            feats.append(f"r_rev={e.plover}")
        elif es == src:
            feats += [f"r_src={e.plover}", f"r_src_t={et is None}"]
        elif et == tgt and tgt is not None:
            feats.append(f"r_tgt={e.plover}")
        elif es == tgt and tgt is not None or et == src:
            feats.append(f"r_cross={e.plover}")
        else:
            feats.append(f"r_other={e.plover}")
    return tuple(dict.fromkeys(feats))


_HOW = re.compile(r"(source|target) from the ([^,;.]+)")


def event_features(event: Event, ruled: Sequence[Event]) -> tuple[str, ...]:
    """What a rule event looks like, for the verifier: its type, rule, trigger, modality, how its
    actors were found, and what else the rules coded in the sentence."""
    t = event.plover
    rule = event.pattern.split(" (", 1)[0]
    feats = ["bias", f"e_type={t}", f"e_rule={rule}", f"e_trig={event.trigger.lower()}|{t}",
             f"e_mod={event.modality}|{t}", f"e_src={event.source is not None}|{t}",
             f"e_tgt={event.target is not None}|{t}", f"e_conf={min(int(event.confidence * 10), 9)}",
             f"e_origin={'yaml' if '.yaml' in event.pattern else 'dict'}|{t}",
             f"e_speaker={event.speaker is not None}", f"e_n={min(len(ruled), 4)}"]
    for side, actor in (("s", event.source), ("t", event.target)):
        if actor is not None:
            feats += [f"e_{side}sec={actor.sector or '-'}", f"e_{side}sec={actor.sector or '-'}|{t}",
                      f"e_{side}igo={actor.country is None}"]
    if event.source is not None and event.target is not None:
        feats.append(f"e_same_country={event.source.country == event.target.country}|{t}")
    for side, how in _HOW.findall(event.explanation):
        how = re.sub(r"'[^']*'", "Q", how).strip()
        feats += [f"e_how={side}:{how}", f"e_how={side}:{how}|{t}"]
    pair = (_code(event.source), _code(event.target))
    for other in ruled:
        if other is event:
            continue
        if (_code(other.source), _code(other.target)) == pair:
            feats.append(f"e_samepair={other.plover}")
        elif _code(other.source) == pair[0]:
            feats.append(f"e_samesrc={other.plover == t}")
        if other.plover == t:
            feats.append("e_sametype")
    return tuple(dict.fromkeys(feats))


# -- the model -------------------------------------------------------------------------------
class Proposer:
    """The shipped model: the proposer's weights [features x CLASSES], the verifier's [features x 2],
    and the configuration chosen by cross-validation (threshold, verify, mode, targetless)."""

    def __init__(self, features: Sequence[str], weights: np.ndarray, config: dict,
                 verifier: Optional[tuple[Sequence[str], np.ndarray]] = None):
        self.vocab = {f: i for i, f in enumerate(features)}
        self.features = list(features)
        self.weights = np.asarray(weights, dtype=np.float32)
        self.verifier_features = list(verifier[0]) if verifier else []
        self.verifier_vocab = {f: i for i, f in enumerate(self.verifier_features)}
        self.verifier_weights = np.asarray(verifier[1], dtype=np.float32) if verifier else np.zeros((0, 2))
        self.verify = float(config.get("verify", 0.0))
        # the verifier has two classes: its log-odds per feature, summed in plain Python
        self.verifier_logit = {f: float(w[1] - w[0]) for f, w in zip(self.verifier_features, self.verifier_weights)}
        self.config = dict(config)
        self.threshold = float(config.get("threshold", 0.5))
        self.mode = config.get("mode", "uncoded")            # uncoded | all
        self.targetless = bool(config.get("targetless", True))
        self.tables = load_tables()

    @classmethod
    def load(cls, path: Path) -> "Proposer":
        with np.load(path, allow_pickle=False) as data:
            features = [str(f) for f in data["features"]]
            weights = data["weights"].astype(np.float32)
            config = json.loads(str(data["config"]))
            verifier = ([str(f) for f in data["verifier_features"]], data["verifier_weights"].astype(np.float32))
        return cls(features, weights, config, verifier)

    def save(self, path: Path) -> None:
        np.savez_compressed(path, features=np.array(self.features), weights=self.weights.astype(np.float16),
                            verifier_features=np.array(self.verifier_features or ["bias"]),
                            verifier_weights=(self.verifier_weights if len(self.verifier_features)
                                              else np.zeros((1, 2))).astype(np.float16),
                            config=np.array(json.dumps(self.config, sort_keys=True)))

    def kept_probability(self, event: Event, ruled: Sequence[Event]) -> float:
        """P(a rule event is right), by the verifier; 1.0 when there is none."""
        if not self.verifier_features:
            return 1.0
        logit = self.verifier_logit
        z = sum(logit.get(f, 0.0) for f in event_features(event, ruled))
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def probabilities(self, feats: Iterable[str]) -> np.ndarray:
        idx = [self.vocab[f] for f in feats if f in self.vocab]
        scores = self.weights[idx].sum(axis=0) if idx else np.zeros(len(CLASSES), dtype=np.float32)
        scores = scores - scores.max()
        p = np.exp(scores)
        return p / p.sum()

    # -- use in the coder --------------------------------------------------------------------
    def scored(self, doc: Doc, mentions: Sequence[Mention], rule_events: Sequence[Event]) -> list[tuple]:
        """(candidate, probabilities over CLASSES) for every candidate of the sentences that `mode`
        opens: "uncoded" the sentences without a rule event, "all" every sentence (the rules' events
        of the sentence then enter the features). One numpy pass per article; a sentence's context
        features are summed once for all its candidates."""
        if self.threshold > 1.0 and not (self.config.get("drop", 0.0) > 0 and self.mode == "all"):
            return []                    # the adder is off: only the verifier works
        found = self.featured(doc, mentions, rule_events, with_context=False)
        if not found:
            return []
        vocab = self.vocab
        context_rows: dict[int, int] = {}
        context_idx: list[list[int]] = []
        own_idx: list[int] = []
        bounds: list[int] = []
        which: list[int] = []
        for cand, feats in found:
            bounds.append(len(own_idx))
            own_idx.extend([i for i in map(vocab.get, feats) if i is not None])
            key = id(cand.context)
            if key not in context_rows:
                context_rows[key] = len(context_idx)
                context_idx.append([i for i in map(vocab.get, cand.context) if i is not None])
            which.append(context_rows[key])
        k = self.weights.shape[1]
        own = np.zeros((len(found), k), dtype=np.float32)
        counts = np.diff(np.asarray(bounds + [len(own_idx)]))
        if own_idx and counts.all():
            own = np.add.reduceat(self.weights[np.asarray(own_idx)], np.asarray(bounds), axis=0)
        elif own_idx:
            np.add.at(own, np.repeat(np.arange(len(found)), counts), self.weights[np.asarray(own_idx)])
        ctx = np.stack([self.weights[idx].sum(axis=0) if idx else np.zeros(k, dtype=np.float32)
                        for idx in context_idx])
        scores = own + ctx[np.asarray(which)]
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        return [(cand, p[n]) for n, (cand, _) in enumerate(found)]

    def featured(self, doc: Doc, mentions: Sequence[Mention], rule_events: Sequence[Event],
                 with_context: bool = True) -> list[tuple]:
        """(candidate, its features) for the candidates `mode` opens (without the sentence's context
        features when `with_context` is False: `scored` adds those once per sentence)."""
        by_sentence: dict[int, list[Event]] = {}
        for e in rule_events:
            by_sentence.setdefault(e.sentence.start, []).append(e)
        out = []
        for sentence in doc.sents:
            ruled = by_sentence.get(sentence.start_char, [])
            if ruled and self.mode == "uncoded":
                continue
            for cand in candidates(doc, sentence, mentions, self.targetless):
                feats = cand.all_features if with_context else cand.features
                out.append((cand, feats + rule_features(cand, ruled) if self.mode == "all" else feats))
        return out

    def select(self, scored: Sequence[tuple], rule_events: Sequence[Event], context,
               threshold: Optional[float] = None, drop: Optional[float] = None,
               verify: Optional[float] = None) -> list[Event]:
        """The rules' events, less those the model finds unlikely (P(their type) < drop), plus the
        candidates whose best type beats the threshold (one event per key, the likeliest)."""
        threshold = self.threshold if threshold is None else threshold
        drop = float(self.config.get("drop", 0.0)) if drop is None else drop
        kept = list(rule_events)
        verify = self.verify if verify is None else verify
        if verify > 0 and self.verifier_features:
            by_sentence: dict[int, list[Event]] = {}
            for e in rule_events:
                by_sentence.setdefault(e.sentence.start, []).append(e)
            kept = [e for e in rule_events
                    if self.kept_probability(e, by_sentence[e.sentence.start]) >= verify]
        if drop > 0 and self.mode == "all":
            prob_of = {}
            for cand, p in scored:
                prob_of[(cand.sentence.start_char, cand.source.actor.code, _code(cand.target and cand.target.actor))] = p
            kept_before, kept = set(map(id, kept)), []
            for e in rule_events:
                src, tgt = _code(e.source), _code(e.target)
                ps = [prob_of.get((e.sentence.start, src, tgt))]
                if e.plover in SYMMETRIC_TYPES:
                    ps.append(prob_of.get((e.sentence.start, tgt, src)))
                ps = [p[CLASSES.index(e.plover)] for p in ps if p is not None]
                if (src is None or not ps or max(ps) >= drop) and id(e) in kept_before:
                    kept.append(e)
        taken = {symmetric_key(_code(e.source), e.plover, _code(e.target)) for e in rule_events}
        best: dict[tuple, tuple] = {}
        for n, (cand, p) in enumerate(scored):
            top = int(np.argmax(p[1:])) + 1
            prob, plover = float(p[top]), CLASSES[top]
            if prob < threshold:
                continue
            key = symmetric_key(cand.source.actor.code, plover, _code(cand.target and cand.target.actor))
            if key in taken:
                continue
            if key not in best or prob > best[key][2]:
                best[key] = (cand, plover, prob, n)
        chosen = sorted(best.values(), key=lambda item: item[3])
        new = [self._event(cand, plover, prob, context) for cand, plover, prob, _ in chosen]
        if not new and len(kept) == len(rule_events):
            return list(rule_events)
        return sorted(kept + new, key=lambda e: e.sentence.start)

    def add_events(self, doc: Doc, mentions: Sequence[Mention], rule_events: list[Event], context) -> list[Event]:
        """The rules' events with the learned proposals added (and, if configured, unlikely ones dropped)."""
        return self.select(self.scored(doc, mentions, rule_events), rule_events, context)

    def _event(self, cand: Candidate, plover: str, prob: float, context) -> Event:
        src = cand.source.actor
        tgt = cand.target.actor if cand.target is not None else None
        symmetric = plover in SYMMETRIC_TYPES and tgt is not None
        if symmetric and tgt.code < src.code:
            src, tgt = tgt, src
        cameo = CAMEO_OF_TYPE[plover]
        anchor = cand.anchor
        kind = "verb" if anchor.pos_ in ("VERB", "AUX") else "noun" if anchor.pos_ in ("NOUN", "PROPN") else "adjective"
        modality, cue = modality_of(anchor, kind)
        sentence = cand.sentence
        key = "|".join([context.article_id, str(sentence.start_char), str(sentence.end_char), plover, cameo,
                        src.code, tgt.code if tgt else "", modality, "learned"])
        explanation = (f"Coded {plover} (CAMEO {cameo} '{self.tables.describe(cameo)}') by the learned proposer "
                       f"(p={prob:.2f}) for {_name(src)} -> {_name(tgt)} around '{anchor.text}'; the rules coded "
                       f"no event for this pair")
        if modality != "asserted":
            explanation += f"; {modality} because of '{cue}'"
        return Event(
            id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16], article_id=context.article_id,
            sentence=Sentence(sentence.start_char, sentence.end_char, span_text(sentence)),
            plover=plover, cameo=cameo, quad_class=self.tables.quad_class(cameo),
            goldstein=self.tables.goldstein(cameo), source=src, target=tgt, modality=modality,
            symmetric=symmetric, date=getattr(context, "date", None), trigger=anchor.text,
            trigger_start=anchor.idx, trigger_end=anchor.idx + len(anchor.text),
            pattern=f"learned:{plover}", confidence=round(prob, 3), explanation=explanation + ".")


def _code(actor: Optional[Actor]) -> Optional[str]:
    return actor.code if actor else None


def _name(actor: Optional[Actor]) -> str:
    if actor is None:
        return "unknown"
    return f"{actor.name or actor.code} ({actor.code})"


# -- training (used by tools/train_event_model.py) -------------------------------------------
def fit(rows: Sequence[Sequence[str]], labels: Sequence[int], min_count: int = 2, l2: float = 1e-3,
        epochs: int = 120, rate: float = 0.1, classes: int = len(CLASSES)) -> tuple[list[str], np.ndarray]:
    """Multinomial logistic regression by full-batch Adam from zero weights (deterministic).
    Returns (feature vocabulary, weights [features x classes])."""
    counts: dict[str, int] = {}
    for feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    cols, ptr = [], [0]
    for feats in rows:
        cols.extend(index[f] for f in feats if f in index)
        ptr.append(len(cols))
    cols_a = np.asarray(cols, dtype=np.int64)
    ptr_a = np.asarray(ptr, dtype=np.int64)
    n, d, k = len(rows), len(vocab), classes
    row_of = np.repeat(np.arange(n), np.diff(ptr_a))
    y = np.zeros((n, k))
    y[np.arange(n), np.asarray(labels)] = 1.0
    w = np.zeros((d, k))
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        s = np.stack([np.bincount(row_of, weights=w[cols_a, c], minlength=n) for c in range(k)], axis=1)
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        g_rows = (p - y) / n
        grad = np.stack([np.bincount(cols_a, weights=g_rows[row_of, c], minlength=d) for c in range(k)], axis=1)
        grad += l2 * w
        m1 = b1 * m1 + (1 - b1) * grad
        m2 = b2 * m2 + (1 - b2) * grad * grad
        w -= rate * (m1 / (1 - b1 ** step)) / (np.sqrt(m2 / (1 - b2 ** step)) + eps)
    return vocab, w.astype(np.float32)
