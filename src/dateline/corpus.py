"""A deterministic generator of realistic news articles, for tests and benchmarks.

`generate(n, CorpusOptions(seed=...))` yields `n` articles about pairs of countries: event sentences
the coder can code ("Russian President Vladimir Putin held talks with Turkish Prime Minister Recep
Tayyip Erdogan in Istanbul on Monday."), filler sentences, a dateline, page boilerplate, bodies
pasted twice (as scrapers often do), syndicated copies of earlier articles from other outlets, and
a few articles in other languages. The same seed gives byte-identical output.

Countries, leaders and sentence templates are data files in `dateline/data/corpus/`.
Generation streams: memory stays constant whatever `n` (syndicated copies are drawn from a small
window of recent articles).
"""
from __future__ import annotations

import datetime as dt
import json
import random
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional

DATA = Path(__file__).parent / "data" / "corpus"
RECENT_WINDOW = 200          # syndicated copies reuse one of this many recent originals


@dataclass(frozen=True)
class CorpusOptions:
    seed: int = 0
    paragraphs: tuple[int, int] = (4, 9)      # body paragraphs per article (inclusive range)
    repeat_rate: float = 0.08                 # share of articles whose body is pasted twice
    syndicate_rate: float = 0.12              # share that copy an earlier article (another outlet)
    boilerplate_rate: float = 0.6             # share with page boilerplate around the story
    foreign_rate: float = 0.02                # share not in English
    start: dt.date = dt.date(2012, 12, 1)
    days: int = 14                            # publication dates spread over this many days


@dataclass(frozen=True)
class GeneratedArticle:
    number: int
    url: str
    title: str
    published: dt.date
    source: str
    text: str
    kind: str                                 # original, repeat, syndicated, foreign
    copy_of: Optional[int] = None             # for syndicated copies: the number of the original

    def words(self) -> int:
        return len(self.text.split())

    def to_json(self) -> str:
        record = {"url": self.url, "title": self.title, "published": self.published.isoformat(),
                  "source": self.source, "text": self.text}
        return json.dumps(record, ensure_ascii=False, sort_keys=True)


@lru_cache(maxsize=1)
def _data() -> tuple[list[dict], dict]:
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))["countries"]
    templates = json.loads((DATA / "templates.json").read_text(encoding="utf-8"))
    return countries, templates


def generate(n: int, options: CorpusOptions = CorpusOptions()) -> Iterator[GeneratedArticle]:
    """Yield `n` articles, deterministically for a given `options.seed`."""
    rng = random.Random(options.seed)
    recent: deque[GeneratedArticle] = deque(maxlen=RECENT_WINDOW)
    for number in range(1, n + 1):
        roll = rng.random()
        if recent and roll < options.syndicate_rate:
            article = _syndicated_copy(rng, number, rng.choice(list(recent)), options)
        elif roll < options.syndicate_rate + options.foreign_rate:
            article = _foreign_article(rng, number, options)
        else:
            article = _original_article(rng, number, options)
            recent.append(article)
        yield article


# -- one article -------------------------------------------------------------------------------
def _slots(rng: random.Random) -> dict[str, str]:
    countries, templates = _data()
    a, b = rng.sample(countries, 2)
    slots: dict[str, str] = {}
    for prefix, country in (("a", a), ("b", b)):
        leader, minister = country["leader"], country["minister"]
        slots.update({
            f"{prefix}_leader": f"{country['demonym']} {leader['title']} {leader['name']}",
            f"{prefix}_surname": leader["name"].split()[-1] if leader["title"] != "King" else f"King {leader['name']}",
            f"{prefix}_minister": f"{country['demonym']} {minister['title']} {minister['name']}",
            f"{prefix}_country": country["name"],
            f"{prefix}_demonym": country["demonym"],
            f"{prefix}_capital": country["capital"],
            f"{prefix}_city": rng.choice([country["capital"], *country["cities"]]),
        })
    slots.update({
        "weekday": rng.choice(templates["weekdays"]), "month": rng.choice(templates["months"]),
        "n": str(rng.randint(3, 60)), "amount": str(rng.choice([5, 10, 25, 40, 100, 250])),
        "topic": rng.choice(templates["topics"]), "accusation": rng.choice(templates["accusations"]),
        "accusation_past": rng.choice(templates["accusations_past"]), "demand": rng.choice(templates["demands"]),
        "grievance": rng.choice(templates["grievances"]), "proposal": rng.choice(templates["proposals"]),
        "proposal_verb": rng.choice(templates["proposal_verbs"]), "goal": rng.choice(templates["goals"]),
        "agree_item": rng.choice(templates["agree_items"]),
    })
    return slots


def _fill(template: str, slots: dict[str, str]) -> str:
    sentence = template.format(**slots)
    return sentence[0].upper() + sentence[1:]


def _paragraph(rng: random.Random, slots: dict[str, str]) -> str:
    _, templates = _data()
    sentences = []
    for _ in range(rng.randint(1, 3)):
        pool = templates["body_events"] if rng.random() < 0.6 else templates["filler"]
        sentences.append(_fill(rng.choice(pool), slots))
    return " ".join(sentences)


def _dateline(rng: random.Random, city: str, published: dt.date, outlet: str) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{city.upper()} —\n"
    if style == 1:
        return f"{city.upper()}, {published.strftime('%b')}. {published.day} ({outlet}) - "
    return f"{city.upper()} - "


def _wrap(rng: random.Random, story: str, outlet: str, published: dt.date, headline: str,
          options: CorpusOptions) -> str:
    """Put page boilerplate around the story, as a scraper would keep it."""
    if rng.random() >= options.boilerplate_rate:
        return story
    _, templates = _data()
    head = rng.choice(templates["boilerplate_head"]) + "\n\n" if rng.random() < 0.5 else ""
    tail_lines = rng.sample(templates["boilerplate_tail"], rng.randint(1, 3))
    tail = "\n".join(line.format(year=published.year, outlet=outlet, headline=headline) for line in tail_lines)
    return f"{head}{story}\n\n{tail}"


def _original_article(rng: random.Random, number: int, options: CorpusOptions) -> GeneratedArticle:
    _, templates = _data()
    slots = _slots(rng)
    outlet = rng.choice(templates["outlets"])
    published = options.start + dt.timedelta(days=rng.randrange(options.days))
    headline = _fill(rng.choice(templates["headline_events"]), slots)
    lead = headline + (" " + _fill(rng.choice(templates["body_events"]), slots) if rng.random() < 0.5 else "")
    body = [lead] + [_paragraph(rng, slots) for _ in range(rng.randint(*options.paragraphs))]
    separator = rng.choice(["\n\n", "\n"])
    story_body = separator.join(body)
    kind = "original"
    if rng.random() < options.repeat_rate:
        story_body = story_body + separator + story_body   # the body pasted twice
        kind = "repeat"
    city = rng.choice([slots["a_city"], slots["b_city"], slots["a_capital"]])
    story = _dateline(rng, city, published, outlet) + story_body
    text = _wrap(rng, story, outlet, published, headline, options)
    return GeneratedArticle(number=number, url=_url(outlet, number), title=headline.rstrip("."),
                            published=published, source=outlet, text=text, kind=kind)


def _syndicated_copy(rng: random.Random, number: int, original: GeneratedArticle,
                     options: CorpusOptions) -> GeneratedArticle:
    """The same story from another outlet: other boilerplate, sometimes the last paragraph cut."""
    _, templates = _data()
    outlet = rng.choice([o for o in templates["outlets"] if o != original.source])
    text = original.text
    if rng.random() < 0.5:
        text = text + "\n\n" + f"This article was originally published by {original.source}."
    if rng.random() < 0.3:
        text = "Advertisement\n\n" + text
    return GeneratedArticle(number=number, url=_url(outlet, number), title=original.title,
                            published=original.published, source=outlet, text=text, kind="syndicated",
                            copy_of=original.number)


def _foreign_article(rng: random.Random, number: int, options: CorpusOptions) -> GeneratedArticle:
    _, templates = _data()
    slots = _slots(rng)
    sample = rng.choice(templates["foreign"])
    outlet = rng.choice(templates["outlets"])
    published = options.start + dt.timedelta(days=rng.randrange(options.days))
    text = _fill(sample["text"], slots)
    return GeneratedArticle(number=number, url=_url(outlet, number), title=text.split(".")[0],
                            published=published, source=outlet, text=text, kind="foreign")


def _url(outlet: str, number: int) -> str:
    host = "".join(ch for ch in outlet.lower() if ch.isalnum())
    return f"https://{host}.example.com/news/{number:07d}"


# -- writers -----------------------------------------------------------------------------------
def write_text_folder(articles: Iterable[GeneratedArticle], folder: str | Path) -> int:
    """One UTF-8 .txt file per article (the text only), in subfolders of 1,000 files."""
    folder = Path(folder)
    count = 0
    for article in articles:
        path = folder / f"{article.number // 1000:04d}" / f"{article.number:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article.text + "\n", encoding="utf-8", newline="\n")
        count += 1
    return count


def write_jsonl(articles: Iterable[GeneratedArticle], path: str | Path) -> int:
    """One JSON object per line: url, title, published, source, text."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for article in articles:
            out.write(article.to_json() + "\n")
            count += 1
    return count
