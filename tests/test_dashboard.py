"""The web dashboard (issue 7) end to end in real headless Chromium, driven by Playwright.

The database is made from the bundled examples by `dateline process` plus generated coded
articles; the page is served by a real uvicorn server. The test filters to one actor, opens an
article, checks the highlights, struck-through removals and explanations, codes a pasted
article, and leaves screenshots in test-output/ for a person to look at.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import httpx
import pytest

from typer.testing import CliRunner

from dateline.api import create_app
from dateline.cli import app as cli_app
from dateline.store import Store
from test_store_support import ONE_MEETING_TWO_REPORTS, make_results, running_server, write_sample

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "test-output"
TOKEN = "dash-token"
BROWSER_HINT = "install it with `make browser` (Debian: apt-get install chromium)"

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


def chromium_path() -> str | None:
    """Debian's chromium (or $DATELINE_CHROMIUM); None means Playwright's own build, if any."""
    for candidate in (os.environ.get("DATELINE_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=chromium_path(), headless=True,
                                                  args=["--no-sandbox", "--disable-gpu"])
        except Exception as exc:   # no browser at all on this machine
            pytest.skip(f"no headless Chromium: {BROWSER_HINT} ({str(exc).splitlines()[0]})")
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("dashboard") / "dash.duckdb"
    # the real `dateline process`, in this process so that the server's pipeline reuses its model
    made = CliRunner().invoke(cli_app, ["process", str(ROOT / "examples"), "--db", str(db), "--published",
                                        "2012-12-03", "--quiet"])
    assert made.exit_code == 0, made.output
    sample = make_results(12)
    with Store(db) as store:
        example_id = store.articles()[0]["id"]
        write_sample(store, sample)
    with running_server(create_app(db, token=TOKEN)) as url:
        yield {"url": url, "sample": sample, "example_id": example_id}


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def wait_until_loaded(page) -> None:
    page.wait_for_function("document.body.dataset.ready === 'true' && document.body.dataset.loading === 'false'")


def test_filter_to_one_actor_and_open_an_article(site, page):
    expect = sync_api.expect
    sample = site["sample"]
    page.goto(site["url"] + "/")
    wait_until_loaded(page)
    expect(page.locator("#summary")).to_contain_text("13 articles")
    assert page.locator("#timeline rect").count() > 0
    assert page.locator("#network .node").count() >= 5
    assert page.locator("#map path.country").count() > 150          # the shipped country shapes
    assert page.locator("#map circle.place").count() >= 4           # Istanbul, Damascus, Moscow, Turkey at least

    page.fill("#f-actor", "SYRREB")
    page.click("#apply")
    wait_until_loaded(page)
    expected = httpx.get(site["url"] + "/events", params={"actor": "SYRREB"}).json()["total"]
    assert expected >= sum(e.modality == "asserted" and "SYRREB" in (e.source.code, e.target.code) for e in sample.events)
    expect(page.locator("#events-count")).to_have_text(f"{expected} matching")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == min(expected, 25)
    for i in range(rows.count()):
        assert "SYRREB" in rows.nth(i).inner_text()
    assert "actor=SYRREB" in page.url                                # the filters live in the link

    generated = page.locator("#events-table tbody tr[data-article^='t0']").first   # one of the sample's articles
    article_id = generated.get_attribute("data-article")
    generated.click()
    panel = page.locator("#article-panel")
    expect(panel).to_be_visible()
    result = next(r for r in sample.results if r.article.id == article_id)
    expect(page.locator("#article-title")).to_have_text(result.article.title)
    assert page.locator("#article-text mark.actor").count() == len(result.mentions)
    assert page.locator("#article-text mark.trigger").count() == len(result.events)
    assert page.locator("#article-text mark.current").count() == 1   # the event clicked
    assert page.locator("#article-text").inner_text().replace("\n", " ").startswith(result.clean.text[:40])
    expect(page.locator("#article-removed del")).to_contain_text("Follow us on social media")
    explanations = page.locator("#article-events .why")
    assert explanations.count() == len(result.events)
    expect(explanations.first).to_contain_text(result.events[0].explanation)
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "dashboard-actor-article.png"), full_page=True)


def test_the_example_article_shows_its_removed_repeat_and_actors(site, page):
    page.goto(site["url"] + "/")
    wait_until_loaded(page)
    page.evaluate("id => openArticle(id)", site["example_id"])
    sync_api.expect(page.locator("#article-panel")).to_be_visible()
    assert "Putin" in page.locator("#article-text").inner_text()
    assert page.locator("#article-text mark.actor").count() > 0       # found by the real pipeline
    assert page.locator("#article-removed del").count() > 0          # the repeated body, struck through
    page.click("#article-raw summary")
    assert page.locator("#article-raw pre del").count() > 0
    OUTPUT.mkdir(exist_ok=True)
    page.locator("#article-panel").screenshot(path=str(OUTPUT / "dashboard-example-article.png"))


def test_clicking_a_country_and_an_actor_filters(site, page):
    page.goto(site["url"] + "/")
    wait_until_loaded(page)
    page.locator("#map path.country[data-country='SYR']").first.dispatch_event("click")
    wait_until_loaded(page)
    assert page.input_value("#f-country") == "SYR"
    page.locator("#network .node[data-code='NATO'] circle").click()
    wait_until_loaded(page)
    assert page.input_value("#f-actor") == "NATO"
    rows = page.locator("#events-table tbody tr")
    assert rows.count() > 0 and all("NATO" in rows.nth(i).inner_text() for i in range(rows.count()))
    bar = page.locator("#timeline rect[data-from]").first
    day = bar.get_attribute("data-from")
    bar.dispatch_event("click")
    wait_until_loaded(page)
    assert page.input_value("#f-since") == day
    dates = {rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())}
    assert dates and all(day <= d <= page.input_value("#f-until") for d in dates)


def test_paste_an_article_and_see_it_coded(site, page):
    page.goto(site["url"] + "/")
    wait_until_loaded(page)
    text = ("ANKARA, Dec 4 - Turkish Prime Minister Recep Tayyip Erdogan accused Syrian President Bashar al-Assad "
            "on Tuesday of shelling Turkish border towns.")
    page.fill("#paste-text", text)
    page.fill("#paste-title", "Erdogan accuses Assad")
    page.fill("#paste-published", "2012-12-04")
    page.fill("#paste-token", "wrong")
    page.click("#paste-submit")
    sync_api.expect(page.locator("#paste-result")).to_contain_text("wrong token", timeout=60_000)
    page.fill("#paste-token", TOKEN)
    page.click("#paste-submit")
    sync_api.expect(page.locator("#paste-result .outcome")).to_contain_text("processed", timeout=120_000)
    sync_api.expect(page.locator("#article-title")).to_have_text("Erdogan accuses Assad", timeout=30_000)
    assert "Erdogan" in page.locator("#article-text").inner_text()
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "dashboard-pasted-article.png"), full_page=True)


def test_the_header_counts_distinct_events_beside_their_mentions(tmp_path, page):
    """Two articles reporting one meeting: the header said "4 events" for what is one meeting told twice."""
    import json
    records = ONE_MEETING_TWO_REPORTS
    source, db = tmp_path / "two.jsonl", tmp_path / "two.duckdb"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert CliRunner().invoke(cli_app, ["process", str(source), "--db", str(db)]).exit_code == 0
    with Store(db) as store:
        stats = store.stats()
    assert stats["distinct_events"] < stats["events"]
    with running_server(create_app(db, token=TOKEN)) as url:
        page.goto(url + "/")
        wait_until_loaded(page)
        sync_api.expect(page.locator("#summary")).to_contain_text(
            f"2 articles, {stats['distinct_events']} events ({stats['events']} mentions)")
