"""Ingest and cleaning speed (issue 3): HTML extraction, ours next to trafilatura alone on the same
pages, and plain-text cleaning (with and without language id) next to a spaCy parse of the same
articles, all measured side by side in one run.

Articles are built from real news sentences (the PLOVER gold set in ../shared/data, else the
bundled VOA sample) with the furniture real pages and wire copy carry: menus, share bars, a
captioned figure, related-story lists, newsletter boxes and footers in HTML; a dateline, a byline,
a repeated paragraph, a photo credit and a copyright line in plain text.
"""
from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "plover-gsr" / "dev.jsonl"
VOA = ROOT / "examples" / "voa-2012-12-03-putin-istanbul.txt"
DATELINES = ["ISTANBUL —", "MOSCOW (Reuters) -", "WASHINGTON, Dec. 3 (AP) —", "BEIRUT, Lebanon —", "UNITED NATIONS (AP) —"]


def sentences() -> list[str]:
    found = []
    if GOLD.is_file():
        found = [json.loads(line)["text"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    found += [line for line in VOA.read_text(encoding="utf-8").splitlines()[1:9] if line.strip()]
    return found


def plain_articles(n: int, seed: int = 1) -> list[str]:
    rng, pool = random.Random(seed), sentences()
    articles = []
    for i in range(n):
        paragraphs = rng.sample(pool, 8)
        body = "\n".join(paragraphs)
        articles.append(f"{rng.choice(DATELINES)} {body}\nBy Dorian Jones\n(AP Photo/Burhan Ozbilici)\n"
                        f"{paragraphs[1]}\n{paragraphs[2]}\nRead more: story {i}\n"
                        "Copyright 2012 The Associated Press. All rights reserved.\n")
    return articles


def html_pages(n: int, seed: int = 2) -> list[str]:
    rng, pool = random.Random(seed), sentences()
    pages = []
    for i in range(n):
        paragraphs = rng.sample(pool, 8)
        body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
        related = "".join(f"<li><a href='/r{j}'>{rng.choice(pool)[:70]}</a></li>" for j in range(4))
        pages.append(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Story {i} | Example News</title><meta property="og:site_name" content="Example News">
<meta name="author" content="Dorian Jones"><meta property="article:published_time" content="2012-12-03T10:00:00Z">
<link rel="canonical" href="https://news.example.org/story-{i}"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<main><article><h1>Story {i}</h1><div class="byline">By Dorian Jones</div>
<div class="share-bar"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Email</a></div>
<figure><img src="/p{i}.jpg"><figcaption class="caption">{paragraphs[0][:80]} (Reuters)</figcaption></figure>
{body}
<div class="newsletter-signup">Sign up for our daily newsletter.</div>
<aside class="related-stories"><h3>Related stories</h3><ul>{related}</ul></aside>
</article></main><footer><p>Copyright 2012 Example News. All rights reserved.</p></footer></body></html>""")
    return pages


def rates(steps: dict[str, Callable[[], int]], repeats: int) -> dict[str, float]:
    """Items per second of each step, best of `repeats` rounds; each round runs every step once,
    one after the other, so that the steps compared share the (noisy, shared) machine's state."""
    best = {name: float("inf") for name in steps}
    counts = {}
    for _ in range(repeats):
        for name, step in steps.items():
            started = time.perf_counter()
            counts[name] = step()
            best[name] = min(best[name], time.perf_counter() - started)
    return {name: counts[name] / best[name] for name in steps}


def each(function: Callable[[str], object], items: list[str]) -> Callable[[], int]:
    def step() -> int:
        for item in items:
            function(item)
        return len(items)
    return step


def run(quick: bool = False) -> str:
    import trafilatura

    from dateline import nlp as nlp_module
    from dateline.clean import CleanOptions, clean_article
    from dateline.ingest import IngestOptions
    from dateline.ingest.html import html_record
    from dateline.model import Article
    from dateline.settings import DEFAULT_MODEL

    n_pages, n_texts, repeats = (40, 60, 2) if quick else (200, 200, 3)
    pages, texts = html_pages(n_pages), plain_articles(n_texts)
    options, with_language, without_language = IngestOptions(), CleanOptions(), CleanOptions(detect_language=False)

    def ours(page: str):          # what `dateline process page.html` does before dedup and parsing
        article = html_record(page.encode("utf-8"), "page.html", options)
        return clean_article(article, with_language)

    def ours_extraction_only(page: str):
        return html_record(page.encode("utf-8"), "page.html", options)

    def trafilatura_alone(page: str):
        return trafilatura.extract(page)

    def clean_with(options_: CleanOptions) -> Callable[[str], object]:
        return lambda text: clean_article(Article(id="b", raw_text=text), options_)

    nlp = nlp_module.load(DEFAULT_MODEL)
    clean_texts = [clean_article(Article(id="b", raw_text=t), without_language).text for t in texts]

    def parse_all() -> int:
        for _doc in nlp.pipe(clean_texts, batch_size=64):
            pass
        return len(clean_texts)

    # warm up: trafilatura's caches, lingua's models, the boilerplate rules, spaCy
    ours(pages[0]); trafilatura_alone(pages[0]); clean_with(with_language)(texts[0]); list(nlp.pipe(clean_texts[:10]))
    measured = rates({"ours": each(ours, pages), "extraction": each(ours_extraction_only, pages),
                      "alone": each(trafilatura_alone, pages),
                      "clean": each(clean_with(with_language), texts),
                      "clean_no_language": each(clean_with(without_language), texts), "parse": parse_all}, repeats)
    html_ours, html_alone, parse = measured["ours"], measured["alone"], measured["parse"]
    clean_full, clean_no_language = measured["clean"], measured["clean_no_language"]
    chars = sum(len(t) for t in texts) / len(texts)

    rows = [
        ("HTML: ours (trafilatura + pruning + metadata + repair + clean + language id)", n_pages, html_ours, ""),
        ("HTML: ours, reading only (trafilatura + pruning + metadata + repair), no cleaning", n_pages,
         measured["extraction"], f"reading / alone = {measured['extraction'] / html_alone:.2f}"),
        ("HTML: trafilatura.extract alone (default settings)", n_pages, html_alone,
         f"ours / alone = {html_ours / html_alone:.2f}"),
        ("plain text: clean_article (dateline, boilerplate, repeats, whitespace) + language id", n_texts,
         clean_full, f"{100 * parse / clean_full:.1f} % of a parse"),
        ("plain text: clean_article without language id", n_texts, clean_no_language,
         f"{100 * parse / clean_no_language:.1f} % of a parse"),
        (f"spaCy parse alone ({DEFAULT_MODEL}, nlp.pipe) of the clean texts", n_texts, parse, ""),
    ]
    command = "python -m bench.run --only clean" + (" --quick" if quick else "")
    lines = ["## Ingest and cleaning (issue 3)", "", f"`{command}`", "",
             f"Generated articles from real news sentences; plain texts average {chars:.0f} characters. "
             f"Best of {repeats} rounds, each round running every step in turn; one process.", "",
             "| step | articles | articles/s | note |", "| --- | ---: | ---: | --- |"]
    lines += [f"| {name} | {count} | {value:,.1f} | {note} |" for name, count, value, note in rows]
    lines += ["", "\"% of a parse\": the time cleaning takes per article as a share of the time spaCy takes to "
              "parse the same article."]
    return "\n".join(lines) + "\n"
