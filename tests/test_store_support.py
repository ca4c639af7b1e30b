"""Sample data for the store, export, API and dashboard tests (no tests here).

The pipeline codes few events from the bundled example, so these tests make `Result`s with
`Event`s directly and write them with `Store.write_batch`: the store's own input contract.
Each article is a few sentences "<source> <verb> <target> in <place> on <date>." with its
actor mentions, places and events at the right clean-text offsets.
"""
from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from dateline.model import (Actor, Amount, Article, CleanArticle, Event, Mention, Place, Removal, Result,
                            Sentence)

ACTORS = [
    Actor("RUSGOV", "RUS", "GOV", "Vladimir Putin"), Actor("TURGOV", "TUR", "GOV", "Recep Tayyip Erdogan"),
    Actor("SYRGOV", "SYR", "GOV", "Bashar al-Assad"), Actor("SYRREB", "SYR", "REB", "Syrian rebels"),
    Actor("USAGOV", "USA", "GOV", "Barack Obama"), Actor("NATO", None, "IGO", "NATO"),
]
PLACES = [Place("Istanbul", "TUR", 41.01, 28.98, "city", "sentence"), Place("Damascus", "SYR", 33.51, 36.29, "city", "sentence"),
          Place("Moscow", "RUS", 55.75, 37.62, "city", "sentence"), Place("Turkey", "TUR", 39.0, 35.0, "country", "sentence")]
# (PLOVER type, verb as written, CAMEO code, QuadClass, Goldstein)
ACTIONS = [("CONSULT", "met", "040", 1, 1.0), ("ACCUSE", "accused", "112", 3, -2.0),
           ("ASSAULT", "attacked", "190", 4, -10.0), ("AID", "helped", "070", 2, 7.0),
           ("THREATEN", "threatened", "130", 3, -4.4)]
MODALITIES = ["asserted", "asserted", "asserted", "negated", "hypothetical"]


@dataclass
class Sample:
    results: list[Result]

    @property
    def events(self) -> list[Event]:
        return [e for r in self.results for e in r.events]


def make_results(n_articles: int = 12, sentences: int = 3, start: dt.date = dt.date(2012, 12, 1),
                 prefix: str = "t") -> Sample:
    """`n_articles` processed articles with `sentences` coded events each, all deterministic."""
    results = []
    k = 0
    for a in range(n_articles):
        article_id = f"{prefix}{a:05d}"
        published = start + dt.timedelta(days=a % 9)
        parts, mentions, places, events = [], [], [], []
        offset = 0
        for s in range(sentences):
            src, tgt = ACTORS[k % len(ACTORS)], ACTORS[(k * 5 + 1) % len(ACTORS)]
            if src == tgt:
                tgt = ACTORS[(k + 2) % len(ACTORS)]
            plover, verb, cameo, quad, goldstein = ACTIONS[k % len(ACTIONS)]
            place = PLACES[k % len(PLACES)]
            text = f"{src.name} {verb} {tgt.name} in {place.name} on {published:%B %d}."
            s_start = offset
            src_at = s_start
            verb_at = src_at + len(src.name) + 1
            tgt_at = verb_at + len(verb) + 1
            place_at = tgt_at + len(tgt.name) + 4
            mentions += [Mention(src_at, src_at + len(src.name), src.name, src),
                         Mention(tgt_at, tgt_at + len(tgt.name), tgt.name, tgt)]
            located = Place(place.name, place.country, place.lat, place.lon, place.feature, place.source,
                            start=place_at, end=place_at + len(place.name))
            places.append(located)
            events.append(Event(
                id=f"{article_id}-e{s}", article_id=article_id, sentence=Sentence(s_start, s_start + len(text), text),
                plover=plover, cameo=cameo, quad_class=quad, goldstein=goldstein, source=src, target=tgt,
                modality=MODALITIES[(k // len(ACTIONS)) % len(MODALITIES)], place=located, date=published,
                amounts=(Amount(3.0, "three", unit="people", role="total"),) if plover == "ASSAULT" else (),
                trigger=verb, trigger_start=verb_at, trigger_end=verb_at + len(verb), pattern=f"test-{plover.lower()}",
                explanation=f"'{verb}' is a {plover} verb with {src.code} as subject and {tgt.code} as object."))
            parts.append(text)
            offset += len(text) + 1
            k += 1
        clean_text = " ".join(parts)
        boilerplate = "Follow us on social media!\n"
        raw_text = clean_text + "\n" + boilerplate
        article = Article(id=article_id, raw_text=raw_text, source="Test Wire", url=f"https://example.org/news/{article_id}",
                          title=f"Test story {a}", published=published, published_origin="metadata", input_ref=f"test:{a}")
        clean = CleanArticle(article=article, text=clean_text, language="en",
                             removed=(Removal(len(clean_text) + 1, len(raw_text), "boilerplate", boilerplate,
                                              "social media prompt"),))
        results.append(Result(article=article, clean=clean, mentions=mentions, places=places, events=events))
    return Sample(results)


def write_sample(store, sample: Sample, command: str = "test") -> int:
    run_id = store.begin_run(command)
    store.write_batch(run_id, sample.results)
    store.finish_run(run_id, {"read": len(sample.results), "processed": len(sample.results)})
    return run_id


@contextmanager
def running_server(app) -> Iterator[str]:
    """Serve `app` with a real uvicorn server on 127.0.0.1 (a free port) in a thread; yields its URL."""
    import uvicorn
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))               # bound before the server starts: no race for the port
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


# two articles reporting one meeting (grouped into one story: their events are one distinct event)
ONE_MEETING_TWO_REPORTS = [
    {"id": "a1", "date": "2012-12-03", "title": "Putin and Erdogan hold talks in Istanbul",
     "text": "ISTANBUL — Russian President Vladimir Putin held talks with Turkish Prime Minister Recep Tayyip "
             "Erdogan in Istanbul on Monday. The two leaders discussed the war in Syria and trade."},
    {"id": "a2", "date": "2012-12-03", "title": "Erdogan meets Putin",
     "text": "ANKARA — Turkish Prime Minister Recep Tayyip Erdogan met Russian President Vladimir Putin in "
             "Istanbul on Monday, officials said. Syria and energy deals were on the agenda of the meeting."},
]
