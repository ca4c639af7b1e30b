"""A labelled near-duplicate corpus, and how well dedup finds its duplicate pairs (issue 4).

`generate(GeneratorOptions(seed=...))` writes seed articles from the templates in
`data/dedup_templates.yaml` (varied countries, leaders, places, numbers and event topics), then for
each seed some copies as syndication makes them: sentences deleted, inserted and swapped, the
headline changed, boilerplate added, the end cut off, each at a set rate. It adds hard negatives:
other articles on the same topic (half of them about the same country), which share the wire's
formulaic sentences but report another event. The same options give the same corpus.

`evaluate(articles)` runs the deduplicator over the articles in order and scores the duplicate
pairs it implies (every two articles given the same canonical copy) against the labelled ones.

A user's labelled corpus (`dateline eval-dedup --pairs FILE`) is JSON Lines, one object a line:
    {"id": "a1", "text": "...", "cluster": "c7"}   an article; articles sharing a cluster are copies
    {"duplicates": ["a1", "a2"]}                    (optional) a labelled duplicate pair
`cluster` and `url` are optional; labelled pairs are closed transitively (a~b, b~c gives a~c).
"""
from __future__ import annotations

import json
import math
import random
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Iterable, Optional, Sequence

import yaml

from . import json_lines
from ..dedup import DedupOptions, Deduplicator

TEMPLATES = Path(__file__).parent / "data" / "dedup_templates.yaml"


@dataclass(frozen=True)
class GeneratorOptions:
    seed: int = 0
    seeds: int = 300                          # original articles
    max_copies: int = 3                       # copies per seed: 0 to this many, uniformly
    negative_rate: float = 0.5                # hard negatives per seed
    sentences: tuple[int, int] = (6, 10)      # body sentences of a seed article (inclusive)
    delete_rate: float = 0.10                 # per sentence of a copy
    insert_rate: float = 0.10                 # per sentence: a new sentence is inserted after it
    swap_rate: float = 0.10                   # per sentence: swapped with the next one
    headline_rate: float = 0.5                # per copy: another headline
    boilerplate_rate: float = 0.5             # per copy: one or two boilerplate lines added
    truncate_rate: float = 0.3                # per copy: only the first 50-90 % of sentences kept


@dataclass(frozen=True)
class LabelledArticle:
    id: str
    text: str
    cluster: str                              # the seed's id for a seed and its copies
    kind: str = "seed"                        # seed, copy, negative
    url: Optional[str] = None


@dataclass(frozen=True)
class Scores:
    articles: int
    gold_pairs: int
    predicted_pairs: int
    true_pairs: int

    @property
    def precision(self) -> float:
        return self.true_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class LabelledCorpusError(ValueError):
    """A user's labelled corpus that cannot be read, with the line and what is wrong."""


# -- generating --------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _templates() -> dict:
    return yaml.safe_load(TEMPLATES.read_text(encoding="utf-8"))


@dataclass
class _Story:
    """A seed article's parts, so copies can edit sentences rather than characters."""
    id: str
    topic: str
    slots: dict
    headline: str
    dateline: str
    body: list[str]
    templates: list[str]                      # the unfilled sentences of the body

    def text(self, headline: Optional[str] = None, body: Optional[list[str]] = None,
             extra: Sequence[str] = ()) -> str:
        body = self.body if body is None else body
        paragraphs, i = [], 0
        while i < len(body):
            paragraphs.append(" ".join(body[i:i + 2]))
            i += 2
        paragraphs[0] = f"{self.dateline} - {paragraphs[0]}"
        return "\n\n".join([headline or self.headline, *paragraphs, *extra])


def generate(options: GeneratorOptions = GeneratorOptions()) -> list[LabelledArticle]:
    """The labelled corpus, in arrival order: each copy comes after its seed, a few articles later."""
    rng = random.Random(options.seed)
    timeline: list[tuple[float, int, LabelledArticle]] = []
    for number in range(options.seeds):
        story = _seed_story(rng, f"s{number:05d}", options.sentences)
        timeline.append((number, len(timeline), LabelledArticle(story.id, story.text(), story.id, "seed")))
        for copy in range(rng.randint(0, options.max_copies)):
            text = _copy_text(rng, story, options)
            timeline.append((number + rng.uniform(0.1, 30), len(timeline),
                             LabelledArticle(f"{story.id}c{copy}", text, story.id, "copy")))
        if rng.random() < options.negative_rate:
            negative = _seed_story(rng, f"{story.id}n", options.sentences, topic=story.topic,
                                   keep_country=story.slots if rng.random() < 0.5 else None,
                                   avoid=story.templates)
            timeline.append((number + rng.uniform(-10, 30), len(timeline),
                             LabelledArticle(negative.id, negative.text(), negative.id, "negative")))
    return [article for _, _, article in sorted(timeline)]


def _seed_story(rng: random.Random, story_id: str, sentences: tuple[int, int], topic: Optional[str] = None,
                keep_country: Optional[dict] = None, avoid: Sequence[str] = ()) -> _Story:
    t = _templates()
    topic = topic or rng.choice(sorted(t["topics"]))
    countries = rng.sample(t["countries"], 2)
    if keep_country is not None:   # a hard negative about the same country, another event
        same = next(c for c in t["countries"] if c[0] == keep_country["a"])
        other = next(c for c in countries if c[0] != same[0])
        countries = [same, other]
    (a, ad, al, _), (b, bd, bl, _) = countries
    slots = dict(a=a, ad=ad, al=al, b=b, bd=bd, bl=bl, city=rng.choice(t["cities"]),
                 day=rng.choice(t["weekdays"]), n=str(rng.randint(2, 95)), m=str(rng.randint(2, 40)),
                 w=rng.choice(["second", "third", "fourth", "fifth"]), org=rng.choice(t["orgs"]),
                 outlet=rng.choice(t["outlets"]), reporter=rng.choice(t["reporters"]),
                 reporter2=rng.choice(t["reporters"]), editor=rng.choice(t["reporters"]),
                 year=str(rng.choice([2011, 2012, 2013])))
    pool = t["topics"][topic]["sentences"]
    count = min(len(pool) - 2, rng.randint(*sentences))
    # another event is told in other words: a hard negative takes the sentences its seed did not
    # use first, so the two share only as much wire formula as the pool forces
    fresh = [s for s in pool if s not in avoid]
    chosen = rng.sample(fresh, min(count, len(fresh)))
    chosen += rng.sample([s for s in pool if s in avoid], count - len(chosen))
    rng.shuffle(chosen)
    slots["wording"] = {word: rng.choice(options) for word, options in t["variants"].items()}
    body = [_fill(s, slots) for s in chosen]
    headline = _fill(rng.choice(t["topics"][topic]["headlines"]), slots)
    dateline = f"{slots['city'].upper()} ({slots['outlet']})"
    return _Story(story_id, topic, slots, headline, dateline, body, chosen)


_WORD = re.compile(r"[A-Za-z]+")


def _fill(template: str, slots: dict) -> str:
    """The template with its slots filled, in this article's wording."""
    wording = slots.get("wording", {})
    worded = _WORD.sub(lambda m: wording.get(m.group(0), m.group(0)), template)
    text = worded.format(**{k: v for k, v in slots.items() if k != "wording"})
    return text[0].upper() + text[1:]


def _copy_text(rng: random.Random, story: _Story, o: GeneratorOptions) -> str:
    t = _templates()
    pool = [_fill(s, story.slots) for s in t["topics"][story.topic]["sentences"]]
    unused = [s for s in pool if s not in story.body]
    body: list[str] = []
    for sentence in story.body:
        if rng.random() >= o.delete_rate:
            body.append(sentence)
        if rng.random() < o.insert_rate and unused:
            body.append(unused.pop(rng.randrange(len(unused))))
    for i in range(len(body) - 1):
        if rng.random() < o.swap_rate:
            body[i], body[i + 1] = body[i + 1], body[i]
    if rng.random() < o.truncate_rate:
        body = body[:max(2, math.ceil(len(body) * rng.uniform(0.5, 0.9)))]
    body = body or story.body[:2]
    headline = _fill(rng.choice(t["topics"][story.topic]["headlines"]), story.slots) \
        if rng.random() < o.headline_rate else None
    extra: list[str] = []
    if rng.random() < o.boilerplate_rate:
        slots = dict(story.slots, outlet=rng.choice(t["outlets"]))
        extra = [_fill(line, slots) for line in rng.sample(t["boilerplate"], rng.randint(1, 2))]
    return story.text(headline, body, extra)


# -- the labelled format -----------------------------------------------------------------------
def write_jsonl(articles: Iterable[LabelledArticle], path: str | Path) -> int:
    """Write a corpus in the `--pairs` format (articles with their cluster labels)."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for article in articles:
            record = {k: v for k, v in asdict(article).items() if v is not None}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_labelled(path: str | Path) -> tuple[list[LabelledArticle], set[frozenset]]:
    """Articles (in file order) and the labelled duplicate pairs of a `--pairs` file."""
    articles: list[LabelledArticle] = []
    explicit: list[tuple[str, str]] = []
    for number, record in json_lines(path, LabelledCorpusError):
        if "duplicates" in record:
            pair = record["duplicates"]
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
                raise LabelledCorpusError(f'{path}:{number}: "duplicates" must be a list of two article ids')
            explicit.append((pair[0], pair[1]))
            continue
        if not isinstance(record.get("id"), str) or not isinstance(record.get("text"), str):
            raise LabelledCorpusError(f'{path}:{number}: an article needs "id" and "text" strings '
                                      f'(or the line is a {{"duplicates": [id, id]}} pair)')
        cluster = record.get("cluster")
        articles.append(LabelledArticle(record["id"], record["text"],
                                        str(cluster) if cluster is not None else f"\0{record['id']}",
                                        record.get("kind", "article"), record.get("url")))
    ids = {a.id for a in articles}
    unknown = sorted({x for pair in explicit for x in pair} - ids)
    if unknown:
        raise LabelledCorpusError(f"{path}: pairs name articles that are not in the file: {', '.join(unknown[:5])}")
    if not articles:
        raise LabelledCorpusError(f"{path}: no articles in it")
    return articles, gold_pairs(articles, explicit)


def gold_pairs(articles: Sequence[LabelledArticle], explicit: Sequence[tuple[str, str]] = ()) -> set[frozenset]:
    """Duplicate pairs: within a cluster, and the explicit pairs, closed transitively."""
    parent = {a.id: a.id for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_of_cluster: dict[str, str] = {}
    for article in articles:
        first = first_of_cluster.setdefault(article.cluster, article.id)
        parent[root(article.id)] = root(first)
    for a, b in explicit:
        parent[root(a)] = root(b)
    return pairs_of_groups({a.id: root(a.id) for a in articles})


def pairs_of_groups(label_of: dict[str, str]) -> set[frozenset]:
    """Every unordered pair of ids that share a label."""
    groups: dict[str, list[str]] = {}
    for item, label in label_of.items():
        groups.setdefault(label, []).append(item)
    return {frozenset(pair) for members in groups.values() if len(members) > 1
            for pair in combinations(sorted(members), 2)}


# -- evaluating --------------------------------------------------------------------------------
def predicted_canonicals(articles: Sequence[LabelledArticle], options: DedupOptions = DedupOptions(),
                         batch_size: int = 256) -> dict[str, str]:
    """Each article's canonical copy (itself for a first copy), deduplicating in file order."""
    deduplicator = Deduplicator(options=options)
    canonical: dict[str, str] = {}
    for start in range(0, len(articles), batch_size):
        batch = articles[start:start + batch_size]
        verdicts = deduplicator.check_batch([(a.id, a.text, a.url) for a in batch])
        for article, verdict in zip(batch, verdicts):
            canonical[article.id] = verdict.duplicate_of or article.id
    return canonical


def evaluate(articles: Sequence[LabelledArticle], gold: Optional[set[frozenset]] = None,
             options: DedupOptions = DedupOptions()) -> Scores:
    """Precision, recall and F1 of the duplicate pairs found, against the labelled pairs."""
    gold = gold_pairs(articles) if gold is None else gold
    predicted = pairs_of_groups(predicted_canonicals(articles, options))
    return Scores(len(articles), len(gold), len(predicted), len(predicted & gold))
