"""Actor and place resolution cost next to spaCy's parse of the same texts (issue 5, point 7).

Side by side in one process: `nlp.pipe` alone, then `nlp.pipe` + `ActorResolver.resolve` +
`Gazetteer.find_places` over the same texts (alternated, best of the repeats), plus the one-off
costs of building the actor lexicon from the dictionaries, loading its cached pickle, and loading
the gazetteer. Both are timed as a dateline worker runs them: the loaded model, lexicon and gazetteer
kept out of the garbage collector (`freeze_loaded_objects`), and each doc's text kept on it after the
parse (`nlp.keep_text`).
"""
from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT / "examples", ROOT / "src" / "dateline" / "eval" / "data" / "events_gold.jsonl",
           ROOT.parent / "shared" / "data" / "plover-gsr" / "dev.jsonl")


def texts(limit: int) -> list[str]:
    """News texts at hand: the bundled examples, then gold sentences (varied countries and eras)."""
    found: list[str] = []
    for path in CORPORA:
        if path.is_dir():
            found.extend(p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt")))
        elif path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found.append(json.loads(line)["text"])
    return found[:limit]


def run(quick: bool = False) -> str:
    from dateline import nlp as nlp_module
    from dateline.actors import ActorResolver, lexicon as lexicon_module
    from dateline.pipeline import freeze_loaded_objects
    from dateline.places import Gazetteer
    from dateline.settings import DEFAULT_MODEL

    corpus = texts(120 if quick else 800)
    nlp = nlp_module.load(DEFAULT_MODEL)
    started = time.perf_counter()
    lexicon_module.build()
    build_s = time.perf_counter() - started
    lexicon_module.load.cache_clear()
    started = time.perf_counter()
    resolver = ActorResolver()
    resolver.lexicon                                             # the cached pickle (written if absent)
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    gazetteer = Gazetteer()
    gazetteer_s = time.perf_counter() - started
    # as every dateline worker does once its model, lexicon and gazetteer are loaded: the cyclic garbage
    # collector no longer walks them (parse and resolution are timed in this same state)
    freeze_loaded_objects()
    date = dt.date(2012, 12, 3)

    def parse_only() -> float:
        started = time.perf_counter()
        for _ in nlp.pipe(corpus, batch_size=64):
            pass
        return time.perf_counter() - started

    def parse_and_resolve() -> tuple[float, float, int, int]:
        started = time.perf_counter()
        extra, mentions, places = 0.0, 0, 0
        for doc, text in zip(nlp.pipe(corpus, batch_size=64), corpus):
            nlp_module.keep_text(doc, text)                       # as the worker does after its parse
            begin = time.perf_counter()
            found = resolver.resolve(doc, date)
            places += len(gazetteer.article_places(doc, found)[1])
            extra += time.perf_counter() - begin
            mentions += len(found)
        return time.perf_counter() - started, extra, mentions, places

    parse_only()                                                  # warm up
    repeats = 2 if quick else 3
    parse_times, combined, extras = [], [], []
    for _ in range(repeats):
        parse_times.append(parse_only())
        total, extra, mentions, places = parse_and_resolve()
        combined.append(total)
        extras.append(extra)
    parse_s, total_s, extra_s = min(parse_times), min(combined), min(extras)
    words = sum(len(t.split()) for t in corpus)
    rows = [
        ("texts / words", f"{len(corpus)} / {words}"),
        ("mentions / places found", f"{mentions} / {places}"),
        ("nlp.pipe alone", f"{parse_s:.2f} s"),
        ("nlp.pipe + resolve + find_places", f"{total_s:.2f} s"),
        ("resolve + find_places (timed inside the loop)", f"{extra_s:.3f} s"),
        ("added to the parse (resolution time / parse time)", f"{100 * extra_s / parse_s:.1f} % (target <= 15 %)"),
        ("end to end difference (noisier: includes machine load)", f"{100 * (total_s - parse_s) / parse_s:+.1f} %"),
        ("actor lexicon built from the dictionaries (once)", f"{build_s:.2f} s"),
        ("actor lexicon loaded from its cache (once per process)", f"{load_s:.2f} s"),
        ("gazetteer loaded (once per process)", f"{gazetteer_s:.2f} s"),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    return (f"## Actors and places\n\n`python -m bench.run --only actors{' --quick' if quick else ''}`; "
            f"model {DEFAULT_MODEL}, best of {repeats} alternated runs.\n\n| measure | value |\n| --- | --- |\n{table}\n")
