"""The REST API (issue 7) through a real uvicorn server on 127.0.0.1: queries, pages, errors as
JSON with the right status, the bearer token, bounded bodies, and POST /articles through the real
pipeline while reads go on."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest

from dateline.api import create_app
from dateline.store import Store
from test_store_support import make_results, running_server, write_sample

TOKEN = "s3cret-token"
EXAMPLE = "examples/voa-2012-12-03-putin-istanbul.txt"


@pytest.fixture(scope="module")
def sample():
    return make_results(12)


@pytest.fixture(scope="module")
def server(tmp_path_factory, sample):
    db = tmp_path_factory.mktemp("api") / "api.duckdb"
    with Store(db) as store:
        write_sample(store, sample)
    app = create_app(db, token=TOKEN, max_body_bytes=100_000, max_batch=3)
    with running_server(app) as url:
        with httpx.Client(base_url=url, timeout=120) as client:
            yield client


def auth(token: str = TOKEN) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_events_filter_and_page_with_a_total(server, sample):
    asserted = [e for e in sample.events if e.modality == "asserted"]
    first = server.get("/events", params={"limit": 5}).json()
    assert first["total"] == len(asserted) and len(first["events"]) == 5
    ids = []
    for offset in range(0, first["total"], 5):
        ids += [e["id"] for e in server.get("/events", params={"limit": 5, "offset": offset}).json()["events"]]
    assert sorted(ids) == sorted(e.id for e in asserted)
    conflict = server.get("/events", params=[("quad_class", 3), ("quad_class", 4), ("modality", "all"),
                                             ("country", "SYR")]).json()
    assert conflict["total"] == sum(e.quad_class in (3, 4) and "SYR" in (e.source.country, e.target.country,
                                                                         e.place.country) for e in sample.events)
    several = server.get("/events", params={"type": "ASSAULT,AID", "modality": "all", "limit": 1000}).json()
    assert {e["plover"] for e in several["events"]} == {"ASSAULT", "AID"}
    newest = server.get("/events", params={"order": "desc", "limit": 1}).json()["events"][0]
    assert newest["date"] == max(e.date for e in asserted).isoformat()
    by_actor = server.get("/events", params={"actor": "putin", "since": "2012-12-03", "until": "2012-12-05"}).json()
    assert by_actor["total"] > 0 and all("RUSGOV" in (e["source"]["code"], e["target"]["code"]) for e in by_actor["events"])


def test_dashboard_aggregates(server, sample):
    days = server.get("/events/timeline", params={"modality": "all"}).json()["days"]
    assert sum(d["events"] for d in days) == len(sample.events)
    edges = server.get("/events/network", params={"modality": "all"}).json()["edges"]
    assert sum(e["events"] for e in edges) == len(sample.events)
    assert all(-10 <= e["mean_goldstein"] <= 10 for e in edges)
    places = server.get("/events/places", params={"modality": "all"}).json()
    assert places["countries"]["TUR"] == sum(e.place.country == "TUR" for e in sample.events)
    assert {p["name"] for p in places["points"]} == {"Istanbul", "Damascus", "Moscow", "Turkey"}
    actors = server.get("/actors").json()["actors"]
    assert actors and {"code", "name", "events"} <= set(actors[0])


def test_an_article_comes_with_removals_mentions_and_events(server, sample):
    result = sample.results[0]
    article = server.get(f"/articles/{result.article.id}").json()
    assert article["title"] == result.article.title and article["text"] == result.clean.text
    assert article["removed"][0]["kind"] == "boilerplate"
    assert [m["code"] for m in article["mentions"]] == [m.actor.code for m in result.mentions]
    assert [e["id"] for e in article["events"]] == [e.id for e in result.events]     # every modality
    assert article["events"][0]["explanation"]
    listing = server.get("/articles", params={"limit": 5}).json()
    assert listing["total"] == 12 and len(listing["articles"]) == 5 and listing["articles"][0]["events"] == 3


def test_actor_profile_stories_and_stats(server, sample):
    profile = server.get("/actors/turgov", params={"modality": "all"}).json()
    assert profile["code"] == "TURGOV"
    assert profile["as_source"] == sum(e.source.code == "TURGOV" for e in sample.events)
    assert profile["as_target"] == sum(e.target.code == "TURGOV" for e in sample.events)
    assert profile["partners"] and {"code", "as_source", "as_target", "mean_goldstein"} <= set(profile["partners"][0])
    stories = server.get("/stories").json()
    assert stories["total"] == len(stories["stories"]) == 0       # the sample has no stories
    stats = server.get("/stats").json()
    assert stats["events"] == len(sample.events) and stats["articles_by_status"] == {"processed": 12}


def test_openapi_docs_and_dashboard_are_served_from_the_package(server):
    docs = server.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert server.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    paths = server.get("/openapi.json").json()["paths"]
    assert {"/events", "/articles", "/articles/{article_id}", "/actors/{code}", "/stories", "/stats"} <= set(paths)
    page = server.get("/")
    assert page.status_code == 200 and "<title>dateline" in page.text and "http" not in page.text.split("<body>")[1]


@pytest.mark.parametrize("path, params, status, words", [
    ("/articles/nope", {}, 404, "no article"),
    ("/actors/XXXGOV", {}, 404, "no events or mentions"),
    ("/events", {"limit": 0}, 422, "limit"),
    ("/events", {"limit": 5000}, 422, "limit"),
    ("/events", {"modality": "maybe"}, 422, "unknown modality maybe"),
    ("/events", {"type": "HUG"}, 422, "unknown PLOVER type HUG"),
    ("/events", {"quad_class": 9}, 422, "quad_class"),
    ("/events", {"since": "yesterday"}, 422, "since"),
    ("/events", {"since": "2013-01-01", "until": "2012-01-01"}, 422, "after"),
    ("/nothing-here", {}, 404, "Not Found"),
])
def test_errors_are_json_with_a_message_and_status(server, path, params, status, words):
    response = server.get(path, params=params)
    assert response.status_code == status
    body = response.json()
    assert body["status"] == status and words in body["error"]


def test_writes_need_the_token_and_bounded_bodies(server):
    article = {"text": "Turkey accused Syria of shelling the border."}
    missing = server.post("/articles", json=article)
    assert missing.status_code == 401 and "bearer token" in missing.json()["error"]
    assert missing.headers["www-authenticate"] == "Bearer"
    assert server.post("/articles", json=article, headers=auth("wrong")).status_code == 401
    too_big = server.post("/articles", json={"text": "x" * 200_000}, headers=auth())
    assert too_big.status_code == 413 and "too large" in too_big.json()["error"]

    def chunks():   # no Content-Length: the limit holds while the body streams in
        for _ in range(30):
            yield b"x" * 10_000
    streamed = server.post("/articles", content=chunks(), headers={**auth(), "Content-Type": "application/json"})
    assert streamed.status_code == 413
    batch = server.post("/articles", json={"articles": [article] * 4}, headers=auth())
    assert batch.status_code == 413 and "at most 3" in batch.json()["error"]
    no_text = server.post("/articles", json={"title": "no text"}, headers=auth())
    assert no_text.status_code == 422 and "text" in no_text.json()["error"]
    empty = server.post("/articles", json={"text": ""}, headers=auth())
    assert empty.status_code == 422
    broken = server.post("/articles", content=b"{not json", headers={**auth(), "Content-Type": "application/json"})
    assert broken.status_code == 422 and broken.json()["status"] == 422


def test_post_articles_codes_and_stores_while_reads_go_on(server):
    text = open(EXAMPLE, encoding="utf-8").read()
    reads: list[int] = []
    done = threading.Event()

    def read_meanwhile() -> None:
        while True:
            reads.append(server.get("/events", params={"limit": 3}).status_code)
            if done.is_set():
                break

    reader = threading.Thread(target=read_meanwhile)
    reader.start()
    try:
        posted = server.post("/articles", headers=auth(), json={
            "text": text, "title": "Putin, Erdogan meet", "published": "2012-12-03", "source": "VOA",
            "url": "https://www.voanews.com/a/putin-erdogan/1557640.html"})
    finally:
        done.set()
        reader.join()
    assert posted.status_code == 200, posted.text
    outcome = posted.json()["articles"][0]
    assert outcome["status"] == "processed" and outcome["title"] == "Putin, Erdogan meet"
    assert reads and set(reads) == {200}                       # the model load did not block the readers
    stored = server.get(f"/articles/{outcome['id']}").json()
    assert stored["source"] == "VOA" and stored["published"] == "2012-12-03" and "Putin" in stored["text"]
    assert stored["mentions"], "the real pipeline finds the actors"
    again = server.post("/articles", headers=auth(), json={"articles": [
        {"text": text, "url": "https://www.voanews.com/a/putin-erdogan/1557640.html"},
        {"text": "ANKARA - Turkey's parliament approved the deployment of Patriot missiles on Tuesday.",
         "published": "2012-12-04"}]}).json()
    assert [a["status"] for a in again["articles"]] == ["existing", "processed"]
    assert again["counts"]["existing"] == 1 and again["run_id"] is not None


def test_a_server_without_a_token_is_read_only(tmp_path, monkeypatch):
    monkeypatch.delenv("DATELINE_TOKEN", raising=False)
    db = tmp_path / "ro.duckdb"
    with Store(db) as store:
        write_sample(store, make_results(2))
    with running_server(create_app(db)) as url:
        assert httpx.get(url + "/events").json()["total"] > 0
        refused = httpx.post(url + "/articles", json={"text": "Turkey accused Syria."}, headers=auth())
        assert refused.status_code == 403 and "read-only" in refused.json()["error"]
        assert httpx.get(url + "/meta").json()["writable"] is False
    monkeypatch.setenv("DATELINE_TOKEN", "from-env")
    with running_server(create_app(db)) as url:
        assert httpx.get(url + "/meta").json()["writable"] is True
        assert httpx.post(url + "/articles", json={"text": "x"}, headers=auth("bad")).status_code == 401


def test_dateline_serve_runs_the_api_from_the_command_line(tmp_path):
    db = tmp_path / "cli.duckdb"
    with Store(db) as store:
        write_sample(store, make_results(2))
    with socket.socket() as probe:              # a free port for the child process
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "DATELINE_TOKEN": "env-token"}
    child = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--port", str(port)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                stats = httpx.get(url + "/stats", timeout=5)
                break
            except httpx.TransportError:
                assert child.poll() is None and time.monotonic() < deadline, "dateline serve did not start"
                time.sleep(0.2)
        assert stats.json()["events"] == 6
        assert httpx.get(url + "/meta").json()["writable"] is True          # the token came from the environment
        assert httpx.post(url + "/articles", json={"text": "x"}).status_code == 401
    finally:
        child.terminate()
        output = child.communicate(timeout=30)[0]
    assert "dashboard at /" in output
