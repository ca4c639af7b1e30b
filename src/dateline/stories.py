"""Stories and event counting across articles (issue 4).

Stories: articles about the same event, in different words, are grouped into one story. Each first
copy without a story is compared with the recent stories' articles and the new ones before it:
- text: TF-IDF cosine over content words (a title's words count twice), IDF from the compared set;
- actors: Jaccard of the actor codes mentioned; event types: Jaccard of the PLOVER types coded;
- dates: published within `window_days` of each other (undated articles are not held apart);
- main countries: the countries an article is mostly about (those with at least `main_country_share`
  of the mentions of its most mentioned one) must overlap, Jaccard at least `min_countries`, when
  both articles have some, with the matched article and with the story's first one met in the
  round (a story cannot drift from Libya-Iran to Iran-Germany to Germany-Libya): a Libya-Iran deal
  and German aid to Iran share Iran and much wording, not their event.
The similarity is the weighted mean of the parts both articles have; the best match at or above
`threshold` (and at least `min_text` in text) gives its story, otherwise the article starts one. Duplicates take their first copy's
story. Stories only grow: an article never moves to another story.

Event counting (like GDELT's NumMentions / NumArticles / NumSources): the events of one story with
the same type, modality and actors (in either order for symmetric types) within `event_window_days`
are one aggregated event. num_mentions counts the mentions (sentences) in every article reporting
it, syndicated copies included, as GDELT does (so never fewer than num_articles); num_articles the
articles reporting it, copies included; num_sources their distinct sources (outlets). A copy
(status duplicate) is never coded: it repeats its first copy's mentions and adds an article and
perhaps a source, never an event of its own. Every mention keeps its event id, article and sentence.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

STOPWORDS_FILE = Path(__file__).parent / "data" / "stories" / "stopwords.txt"
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)   # letters only: "Putin's" counts as putin


@dataclass(frozen=True)
class StoryOptions:
    window_days: int = 3              # articles further apart in publication date are other stories
    threshold: float = 0.3            # combined similarity needed to join a story
    min_text: float = 0.12            # text cosine needed at least, whatever the actors and types share
    text_weight: float = 0.6
    actor_weight: float = 0.25
    type_weight: float = 0.15
    top_terms: int = 40               # terms kept per article vector (bounds the comparison cost)
    batch: int = 2000                 # new articles grouped per round
    candidates: int = 5000            # stored articles compared with, at most, per round
    event_window_days: int = 2        # mentions of one event further apart in date are separate events
    count_chunk: int = 2000           # stories whose events are counted per round (bounds memory)
    min_countries: float = 0.6        # Jaccard of the main countries needed, when both articles have some
    main_country_share: float = 0.25  # a country is a main one with this share of the top one's mentions


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines() if STOPWORDS_FILE.exists() else []
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


# -- stories -----------------------------------------------------------------------------------
def update_stories(store, options: StoryOptions = StoryOptions()) -> int:
    """Give every first copy without a story one; count events of the stories touched.

    Idempotent: a run cut short leaves articles without a story, and the next run groups them.
    Returns how many articles were assigned."""
    assigned = 0
    while True:
        new = store.story_inputs(unassigned=True, limit=options.batch)
        if not new:
            # copies of articles stored earlier, a bounded number per transaction
            while story_ids := store.assign_stories({}):
                count_events(store, story_ids, options)
            return assigned
        dates = [a["published"] for a in new if a["published"]]
        window = dt.timedelta(days=options.window_days)
        since, until = (min(dates) - window, max(dates) + window) if dates else (None, None)
        existing = store.story_inputs(unassigned=False, since=since, until=until, limit=options.candidates)
        assignments = group_stories(new, existing, options)
        count_events(store, store.assign_stories(assignments), options)
        assigned += len(assignments)


def group_stories(new: Sequence[dict], existing: Sequence[dict], options: StoryOptions = StoryOptions()) -> dict[str, str]:
    """article id -> story id for each of `new` (dicts: id, title, text, published, actors,
    event_types; `existing` ones also carry story_id), in order, each joining the best match."""
    stop = _stopwords()
    pool = list(existing) + list(new)
    terms = [_terms(a, stop) for a in pool]
    df = Counter(t for ts in terms for t in set(ts))
    idf = {t: math.log((1 + len(pool)) / (1 + n)) + 1.0 for t, n in df.items()}
    # words in more than 5 % of a large pool tell little and would make every comparison long
    common = max(50, len(pool) // 20)
    vectors = [_vector([t for t in ts if df[t] <= common], idf, options.top_terms) for ts in terms]
    features = [(_features(a, "actors"), _features(a, "event_types")) for a in pool]
    countries = [_main_countries(a, options.main_country_share) for a in pool]
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    story_of: dict[int, str] = {}
    seed_of: dict[str, int] = {}      # story -> its first article in this round: members share its countries
    for i, article in enumerate(existing):
        story_of[i] = article["story_id"]
        seed_of.setdefault(article["story_id"], i)
        _post(postings, i, vectors[i])
    assignments: dict[str, str] = {}
    for offset, article in enumerate(new):
        i = len(existing) + offset
        best, best_score = None, options.threshold
        for j, cosine in _cosines(postings, vectors[i]).items():
            if cosine < options.min_text or _at_most(cosine, options) + 1e-9 < best_score:
                continue          # (even actors and types in full agreement could not reach the best so far)
            if not (_same_countries(countries[i], countries[j], options.min_countries)
                    and _same_countries(countries[i], countries[seed_of[story_of[j]]], options.min_countries)):
                continue          # about other countries: another event, however alike the wording
            score = _similarity(article, pool[j], cosine, features[i], features[j], options)
            if score >= best_score:
                best, best_score = j, score
        story_of[i] = story_of[best] if best is not None else f"story-{article['id']}"
        seed_of.setdefault(story_of[i], i)
        assignments[article["id"]] = story_of[i]
        _post(postings, i, vectors[i])
    return assignments


def _terms(article: dict, stop: frozenset[str]) -> list[str]:
    title = article.get("title") or ""
    words = [w.lower() for w in _WORD.findall(title)] * 2 + [w.lower() for w in _WORD.findall(article.get("text") or "")]
    return [w for w in words if len(w) > 2 and w not in stop]


def _vector(terms: list[str], idf: dict[str, float], top: int) -> dict[str, float]:
    weights = {t: (1 + math.log(n)) * idf[t] for t, n in Counter(terms).items()}
    kept = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top])
    norm = math.sqrt(sum(w * w for w in kept.values())) or 1.0
    return {t: w / norm for t, w in kept.items()}


def _post(postings: dict, index: int, vector: dict[str, float]) -> None:
    for term, weight in vector.items():
        postings[term].append((index, weight))


def _cosines(postings: dict, vector: dict[str, float]) -> dict[int, float]:
    scores: dict[int, float] = defaultdict(float)
    for term, weight in vector.items():
        for j, other in postings.get(term, ()):
            scores[j] += weight * other
    return scores


def _similarity(a: dict, b: dict, cosine: float, a_features: tuple[set, set], b_features: tuple[set, set],
                options: StoryOptions) -> float:
    """Weighted mean of text, actor and event-type similarity, over the parts both articles have;
    0 when their dates are too far apart."""
    if a.get("published") and b.get("published") and abs((a["published"] - b["published"]).days) > options.window_days:
        return 0.0
    total, weights = options.text_weight * cosine, options.text_weight
    for x, y, weight in zip(a_features, b_features, (options.actor_weight, options.type_weight)):
        if x and y:
            total += weight * len(x & y) / len(x | y)
            weights += weight
    return total / weights


def _at_most(cosine: float, options: StoryOptions) -> float:
    """The highest similarity a pair with this text cosine can reach: actors and types identical
    (a weighted mean only grows with a part at 1; the caller allows for rounding)."""
    weights = options.text_weight + options.actor_weight + options.type_weight
    return (options.text_weight * cosine + options.actor_weight + options.type_weight) / weights


def _main_countries(article: dict, share: float) -> set[str]:
    """The countries an article is mostly about: `countries` holds one per actor mention (without it,
    the country parts of the actor codes, once each)."""
    countries = article.get("countries")
    if countries is None:
        countries = [code[:3] for code in article.get("actors") or () if code and len(code) >= 3
                     and code[:3] not in _SECTORS]
    counts = Counter(c for c in countries if c)
    if not counts:
        return set()
    top = max(counts.values())
    return {country for country, n in counts.items() if n >= share * top}


def _same_countries(a: set[str], b: set[str], at_least: float) -> bool:
    if not a or not b:
        return True
    return len(a & b) / len(a | b) >= at_least


# codes that name a role without a country (CAMEO sectors used alone)
_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
                      "LAB", "LEG", "HLH", "REF", "AGR", "ELI", "INS", "MOD", "RAD", "IGO", "NGO", "NGM",
                      "UAF", "SEP", "ENV", "REL", "SET", "HRI", "DEV", "IMG", "TOP", "MID", "LOC", "UNK"})


def _features(article: dict, key: str) -> set[str]:
    values = set(article.get(key) or ())
    if key == "actors":   # CHLMIL and CHL are both about Chile: compare the country part too
        values |= {code[:3] for code in values if len(code) > 3}
    return values


# -- event counting ----------------------------------------------------------------------------
def count_events(store, story_ids: Sequence[str], options: StoryOptions = StoryOptions()) -> int:
    """Rebuild the aggregated events of these stories; returns how many there are."""
    total = 0
    story_ids = list(story_ids)
    # a chunk of stories at a time: memory stays bounded however many stories a run touched
    # (groups never span stories, so chunks give the same groups as one call)
    for start in range(0, len(story_ids), options.count_chunk):
        chunk = story_ids[start:start + options.count_chunk]
        groups, members = aggregate_events(store.story_events(chunk), options.event_window_days)
        store.replace_event_groups(chunk, groups, members)
        total += len(groups)
    return total


def aggregate_events(events: Sequence[dict], window_days: int = 2) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """Events (dicts from `Store.story_events`, in date order) -> (groups, (event_id, group_id, story_id))."""
    open_groups: dict[tuple, list[dict]] = defaultdict(list)   # key -> groups, latest last
    ordered: list[dict] = []
    for event in sorted(events, key=lambda e: (e["date"] is None, e["date"] or dt.date.min)):
        key = _event_key(event)
        candidates = open_groups[key]
        group = next((g for g in reversed(candidates) if _within(g, event, window_days)), None)
        if group is None:
            group = {"events": [], "first_date": event["date"], "last_date": event["date"], "key": key}
            candidates.append(group)
            ordered.append(group)
        group["events"].append(event)
        date = event["date"]
        if date is not None:      # the earliest and latest date known (plain comparisons: issue 8, speed)
            if group["first_date"] is None or date < group["first_date"]:
                group["first_date"] = date
            if group["last_date"] is None or date > group["last_date"]:
                group["last_date"] = date
    rows, members = [], []
    for group in ordered:
        evs = group["events"]
        first = evs[0]
        group_id = f"group-{first['id']}"
        articles = {e["article_id"]: e for e in evs}
        sources: set = set()
        for e in articles.values():
            sources.update(e["sources"] or ())
        rows.append({
            "id": group_id, "story_id": first["story_id"], "plover": first["plover"], "cameo": first["cameo"],
            "modality": first["modality"], "source_code": group["key"][3], "target_code": group["key"][4],
            "first_date": group["first_date"], "last_date": group["last_date"],
            # a mention in an article with copies is a mention in each copy too (GDELT's NumMentions)
            "num_mentions": sum(int(e["copies"] or 1) for e in evs),
            "num_articles": sum(int(e["copies"] or 1) for e in articles.values()), "num_sources": len(sources),
            "first_event_id": first["id"]})
        members += [(e["id"], group_id, first["story_id"]) for e in evs]
    return rows, members


def _event_key(event: dict) -> tuple:
    source, target = event["source_code"], event["target_code"]
    if event.get("is_symmetric") and (source or "") > (target or ""):
        source, target = target, source
    return (event["story_id"], event["plover"], event["modality"], source, target)


def _within(group: dict, event: dict, window_days: int) -> bool:
    if event["date"] is None or group["first_date"] is None:
        return True
    return abs((event["date"] - group["first_date"]).days) <= window_days
