"""Event coding cost beside the spaCy parse: parse alone vs parse + actors + events, on the texts of
the shipped event gold set (sentences and short articles), measured in one run."""
from __future__ import annotations

import datetime as dt
import time


def _texts(quick: bool) -> list[tuple[str, dt.date | None]]:
    from dateline.eval.events import GOLD_PATH, read_gold
    items = read_gold(GOLD_PATH)
    texts = [(i.text, i.date) for i in items]
    return texts[:120] if quick else texts * 2


def run(quick: bool) -> str:
    from dateline import nlp as nlp_module
    from dateline.actors import ActorResolver
    from dateline.events import CodingContext, EventCoder
    from dateline.pipeline import freeze_loaded_objects
    from dateline.settings import Settings

    nlp = nlp_module.load(Settings().model)
    resolver, coder = ActorResolver(), EventCoder()
    texts = _texts(quick)
    resolver.resolve(nlp("Putin met Erdogan."), None)          # warm the lexicons once
    freeze_loaded_objects()                                     # as every dateline worker does once loaded
    chars = sum(len(t) for t, _ in texts)

    started = time.perf_counter()
    docs = list(nlp.pipe((t for t, _ in texts), batch_size=32))
    parse_s = time.perf_counter() - started

    started = time.perf_counter()
    mentions = [resolver.resolve(doc, date) for doc, (_, date) in zip(docs, texts)]
    actors_s = time.perf_counter() - started

    started = time.perf_counter()
    events = 0
    for i, (doc, found) in enumerate(zip(docs, mentions)):
        coded, _ = coder.code(doc, found, CodingContext(article_id=str(i), date=texts[i][1]))
        events += len(coded)
    events_s = time.perf_counter() - started

    total = parse_s + actors_s + events_s
    rows = [
        ("parse only (spaCy)", parse_s, len(texts) / parse_s, 1.0),
        ("event coding alone", events_s, len(texts) / events_s, parse_s / events_s),
        ("parse + actors + events", total, len(texts) / total, parse_s / total),
    ]
    lines = [
        "## Event coding (issue 6)",
        "",
        f"`python -m bench.run --only events{' --quick' if quick else ''}`: {len(texts)} gold texts "
        f"({chars:,} characters), {events} events coded.",
        "",
        "| stage | seconds | texts/s | throughput vs parse alone |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [f"| {name} | {seconds:.2f} | {rate:.0f} | {ratio:.2f} |" for name, seconds, rate, ratio in rows]
    return "\n".join(lines) + "\n"
