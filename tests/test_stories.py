"""Stories and event counting across articles (issue 4), on small hand-written sets."""
from __future__ import annotations

import datetime as dt
import itertools

from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import Actor, Article, CleanArticle, Event, Mention, Result, Sentence
from dateline.stories import aggregate_events, group_stories, update_stories
from dateline.store import Store

DAY = dt.date(2012, 12, 3)
ARRIVAL = itertools.count(1000)   # input refs in arrival order (articles written without fingerprints)
RUSGOV = Actor("RUSGOV", "RUS", "GOV", "Vladimir Putin")
TURGOV = Actor("TURGOV", "TUR", "GOV", "Recep Tayyip Erdogan")

ARTICLES = {  # id: (title, text, days after DAY, actor codes)
    "talks-wire": ("Putin and Erdogan meet in Istanbul",
                   "Russian President Vladimir Putin met Turkish Prime Minister Recep Tayyip Erdogan in Istanbul on "
                   "Monday for talks on gas supplies and the war in Syria.", 0, ["RUSGOV", "TURGOV"]),
    "talks-local": ("Erdogan hosts Russian leader",
                    "Prime Minister Erdogan welcomed President Putin to Istanbul, where the two leaders argued over "
                    "Syria but agreed on a gas pipeline deal.", 0, ["RUSGOV", "TURGOV"]),
    "talks-analysis": ("What the Putin visit means for Ankara",
                       "Putin's brief visit to Istanbul showed that Turkey and Russia can keep gas trade apart from "
                       "their quarrel over Syria, Erdogan's advisers said.", 1, ["RUSGOV", "TURGOV"]),
    "floods-1": ("Floods force thousands from homes in Chile",
                 "Heavy rain flooded towns along the Bio Bio river in southern Chile, forcing thousands of families "
                 "to leave their homes.", 1, ["CHL"]),
    "floods-2": ("Chile sends army to flooded south",
                 "Chilean soldiers used boats to rescue families trapped by floods along the Bio Bio river after "
                 "days of heavy rain.", 2, ["CHLMIL"]),
    "ghana": ("Ghana votes for president",
              "Voters in Ghana queued for hours to choose a new president and parliament in Accra.", 4, ["GHA"]),
    "talks-later": ("Putin and Erdogan meet again",
                    "Russian President Vladimir Putin met Turkish Prime Minister Recep Tayyip Erdogan in Istanbul for "
                    "talks on gas supplies and Syria.", 40, ["RUSGOV", "TURGOV"]),
}


def story_input(article_id: str) -> dict:
    title, text, days, actors = ARTICLES[article_id]
    return {"id": article_id, "title": title, "text": text, "published": DAY + dt.timedelta(days=days),
            "actors": actors, "event_types": []}


def test_articles_in_other_words_group_by_event():
    assignments = group_stories([story_input(a) for a in ARTICLES], [])
    talks = assignments["talks-wire"]
    assert assignments["talks-local"] == talks and assignments["talks-analysis"] == talks
    assert assignments["floods-1"] == assignments["floods-2"] != talks
    assert assignments["ghana"] not in (talks, assignments["floods-1"])
    assert assignments["talks-later"] != talks       # the same actors, but weeks later: another story


def test_new_articles_join_stored_stories():
    stored = [dict(story_input("talks-wire"), story_id="story-x"), dict(story_input("floods-1"), story_id="story-y")]
    assignments = group_stories([story_input("talks-local"), story_input("ghana")], stored)
    assert assignments == {"talks-local": "story-x", "ghana": "story-ghana"}


# -- through the store: stories and counted events ------------------------------------------
def result(article_id: str, text: str, source: str, published: dt.date, *, title: str | None = None,
           duplicate_of: str | None = None, events: tuple[tuple[str, str, Actor, Actor], ...] = ()) -> Result:
    article = Article(id=article_id, raw_text=text, source=source, title=title, published=published,
                      input_ref=f"feed:{next(ARRIVAL)}")
    res = Result(article=article, clean=CleanArticle(article=article, text=text))
    if duplicate_of:
        res.status, res.duplicate_of = "duplicate", duplicate_of
        return res
    for actor in {e[2] for e in events} | {e[3] for e in events}:
        start = text.find(actor.name.split()[-1])
        res.mentions.append(Mention(start, start + len(actor.name.split()[-1]), actor.name.split()[-1], actor))
    for seq, (plover, cameo, source_actor, target_actor) in enumerate(events):
        sentence = Sentence(0, len(text), text)
        res.events.append(Event(id=f"{article_id}-e{seq}", article_id=article_id, sentence=sentence, plover=plover,
                                cameo=cameo, quad_class=1 if plover == "CONSULT" else 4,
                                goldstein=1.0 if plover == "CONSULT" else -10.0, source=source_actor,
                                target=target_actor, date=published, symmetric=plover == "CONSULT",
                                trigger="met"))
    return res


WIRE = ("Russian President Vladimir Putin met Turkish Prime Minister Recep Tayyip Erdogan in Istanbul on Monday "
        "for talks on gas supplies and the war in Syria.")
OWN_WORDS = ("Prime Minister Erdogan welcomed President Putin to Istanbul, where the two leaders argued over Syria "
             "but agreed on a gas pipeline deal.")


def write_talks(store: Store) -> None:
    consult = ("CONSULT", "040", RUSGOV, TURGOV)
    store.write_batch(store.begin_run("test"), [
        result("wire", WIRE, "Reuters", DAY, title="Putin and Erdogan meet in Istanbul", events=(consult,)),
        result("copy-1", WIRE, "Hurriyet", DAY, duplicate_of="wire"),
        result("copy-2", WIRE + " Copyright Reuters.", "Moscow Times", DAY, duplicate_of="wire"),
        # the same meeting in other words, the actors the other way round (a symmetric event)
        result("own", OWN_WORDS, "Anadolu", DAY, title="Erdogan hosts Russian leader",
               events=(("CONSULT", "040", TURGOV, RUSGOV),)),
        result("floods", "Heavy rain flooded towns along the Bio Bio river in southern Chile.", "Reuters",
               DAY + dt.timedelta(days=1), title="Floods in Chile"),
    ])


def test_one_event_counted_across_syndicated_copies_and_other_words(db_path):
    with Store(db_path) as store:
        write_talks(store)
        update_stories(store)
        events = store.events()
        assert len(events) == 2                                 # one mention in each coded article
        assert {e["article_id"] for e in events} == {"wire", "own"}
        for event in events:                                    # ... both counted as one event
            assert event["num_mentions"] == 4                   # the wire's mention in each of its 3 copies, the other wording's
            assert event["num_articles"] == 4                   # the wire, its two copies, the other wording
            assert event["num_sources"] == 4                    # Reuters, Hurriyet, Moscow Times, Anadolu
            assert event["sentence"]                            # each mention keeps its sentence
        assert len({e["group_id"] for e in events}) == 1
        groups = store.event_groups()
        assert len(groups) == 1 and sorted(groups[0]["event_ids"]) == ["own-e0", "wire-e0"]


def test_stories_stored_and_listed(db_path):
    with Store(db_path) as store:
        write_talks(store)
        assert update_stories(store) == 3                       # first copies get stories; copies follow them
        assert update_stories(store) == 0                       # nothing left to group
        stories = {s["title"]: s for s in store.stories()}
    talks = stories["Putin and Erdogan meet in Istanbul"]
    assert {a["id"] for a in talks["articles"]} == {"wire", "copy-1", "copy-2", "own"}
    assert (talks["size"], talks["num_articles"], talks["num_sources"]) == (2, 4, 4)
    assert talks["first_published"] == DAY
    assert {a["id"] for a in stories["Floods in Chile"]["articles"]} == {"floods"}
    table = CliRunner().invoke(app, ["stories", "--db", str(db_path)])
    assert table.exit_code == 0 and "copy-1" in table.output and "2 stories" in table.output
    jsonl = CliRunner().invoke(app, ["stories", "--db", str(db_path), "--format", "jsonl", "--limit", "1"])
    assert jsonl.exit_code == 0 and '"num_articles": 4' in jsonl.output


def test_a_later_copy_joins_its_story_and_counts(db_path):
    with Store(db_path) as store:
        write_talks(store)
        update_stories(store)
        store.write_batch(store.begin_run("test"), [result("copy-3", WIRE, "Daily Sabah", DAY, duplicate_of="wire")])
        update_stories(store)
        event = store.events(article_id="wire")[0]
        assert (event["num_mentions"], event["num_articles"], event["num_sources"]) == (5, 5, 5)
        assert store.article("copy-3")["story_id"] == event["story_id"]


def test_events_days_apart_are_separate_events():
    base = {"story_id": "s", "plover": "ASSAULT", "cameo": "190", "modality": "asserted", "source_code": "SYRGOV",
            "target_code": "SYRREB", "is_symmetric": False, "seq": 0, "sources": ["x"], "copies": 1}
    events = [dict(base, id="e1", article_id="a", date=DAY), dict(base, id="e2", article_id="b", date=DAY + dt.timedelta(days=1)),
              dict(base, id="e3", article_id="c", date=DAY + dt.timedelta(days=9)),
              dict(base, id="e4", article_id="c", date=DAY, target_code="TURGOV")]
    groups, members = aggregate_events(events, window_days=2)
    assert sorted(g["num_mentions"] for g in groups) == [1, 1, 2]
    assert len(members) == 4
