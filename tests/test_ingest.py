"""Readers on real-shaped inputs the tests write themselves: text, HTML, JSONL, CSV, Parquet,
WARC, RSS/Atom (file and URL), gzip variants, stdin; bad records become Rejects with file:line."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dateline.ingest import IngestOptions, detect_format, read_inputs
from dateline.model import Article, Reject

# --- real-shaped pages (also used by test_ingest_cli) -----------------------------------------
PARAGRAPHS = [
    "Russian President Vladimir Putin says his country is working with Turkey to resolve the ongoing crisis in "
    "Syria, an issue on which the two countries sharply disagree.",
    "The crisis in Syria featured prominently in a day of talks between Putin and Turkish Prime Minister Recep "
    "Tayyip Erdogan in Istanbul on Monday.",
    "Putin said Russia is not protecting the government in Syria and that it is not an advocate of Damascus.",
    "Putin reiterated his opposition to Ankara's request for NATO to deploy its Patriot anti-missile system, "
    "saying it would further destabilize the region.",
    "During the visit, a number of trade and diplomatic agreements were signed, and a commitment was made to "
    "triple the current $30 billion in trade to $100 billion.",
]


def news_page(number: int = 0, paragraphs: list[str] = PARAGRAPHS, title: str = "Putin, Erdogan discuss Syria") -> str:
    """An HTML article page with the usual furniture: menu, share bar, figure with caption,
    related-story list, newsletter box, footer, and metadata in <head>."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    url = f"https://news.example.org/2012/12/03/putin-erdogan-syria-{number}"
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{title} | Example News</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Dorian Jones">
<meta property="article:published_time" content="2012-12-03T14:05:00Z">
<link rel="canonical" href="{url}">
</head><body>
<header><nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/europe">Europe</a></li><li><a href="/middle-east">Middle East</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
<div class="byline">By <span class="author">Dorian Jones</span> <time datetime="2012-12-03">December 03, 2012</time></div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email this story</a></div>
<figure><img src="/putin.jpg" alt="Putin"><figcaption class="caption">Russian President Vladimir Putin arrives at a news conference in Istanbul. (Photo credit: Reuters)</figcaption></figure>
{body}
<div class="newsletter-signup">Sign up for our daily newsletter and get the top stories in your inbox.</div>
<aside class="related-stories"><h3>Related stories</h3><ul>
<li><a href="/a">Turkey asks NATO for Patriot missiles near Syrian border</a></li>
<li><a href="/b">Assad forces shell rebel positions near Aleppo</a></li></ul></aside>
</article></main>
<footer><p>Copyright 2012 Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


FURNITURE = ["Share on Facebook", "Email this story", "Sign up for our daily newsletter", "Related stories",
             "Turkey asks NATO for Patriot", "Privacy policy", "Copyright 2012", "Middle East",
             "arrives at a news conference"]

BODY = "\n".join(PARAGRAPHS)


def read(*paths, **options) -> list:
    return list(read_inputs([str(p) for p in paths], IngestOptions(**options)))


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def rejects(items) -> list[Reject]:
    return [i for i in items if isinstance(i, Reject)]


# --- plain text and encodings ------------------------------------------------------------------
def test_text_files_folders_globs_and_bad_files(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("ISTANBUL — " + BODY, encoding="utf-8")
    (folder / "b.txt").write_text("", encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / ".hidden.txt").write_text("not read", encoding="utf-8")
    items = read(folder, tmp_path / "missing.txt", str(folder / "*.txt"))
    reasons = [(Path(r.input).name, r.reason) for r in rejects(items)]
    assert reasons == [("b.txt", "empty"), ("c.txt", "binary"), ("missing.txt", "missing"),
                       ("b.txt", "empty"), ("c.txt", "binary")]
    found = articles(items)
    assert len(found) == 2 and found[0].raw_text.startswith("ISTANBUL — Russian")
    assert found[0].id == found[1].id          # the same file read again: the same id


def test_cp1252_news_is_decoded_but_undecodable_bytes_are_rejected(tmp_path):
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes(("Turkish Prime Minister Recep Tayyip Erdoğan's “talks” with Putin in Istanbul were "
                        "described as frank, the café owner said. " * 3).replace("ğ", "g").encode("cp1252"))
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes([0x81, 0xfe, 0x9d, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]) * 40)
    items = read(cp1252, garbage)
    [article] = articles(items)
    assert "“talks”" in article.raw_text and "café" in article.raw_text
    [reject] = rejects(items)
    assert reject.reason == "encoding" and "garbage.txt" in reject.detail and "UTF-8" in reject.detail
    assert "\n" not in reject.detail


def test_mojibake_is_repaired_and_text_put_in_nfc(tmp_path):
    path = tmp_path / "mojibake.txt"
    mojibake = "The café in Türkiye’s".encode("utf-8").decode("cp1252")    # "The cafÃ© in TÃ¼rkiyeâ€™s"
    path.write_text(mojibake + " said Putin visited. Cafe\u0301 owners agreed.", encoding="utf-8")
    [article] = read(path)
    assert "café in Türkiye’s" in article.raw_text
    assert "Caf\u00e9 owners" in article.raw_text


def test_too_large_text_is_rejected(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Putin met Erdogan. " * 200, encoding="utf-8")
    [reject] = read(path, max_bytes=1000)
    assert reject.reason == "too_large" and "--max-bytes" in reject.detail


def test_stdin_text_and_jsonl():
    code = ("import sys; from dateline.ingest import IngestOptions, read_inputs; "
            "fmt = sys.argv[1] if len(sys.argv) > 1 else None; "
            "[print(type(i).__name__, getattr(i, 'input_ref', None) or i.input, getattr(i, 'reason', '')) "
            "for i in read_inputs(['-'], IngestOptions(format=fmt))]")
    text = subprocess.run([sys.executable, "-c", code], input=BODY.encode(), capture_output=True, check=True)
    assert text.stdout.decode().split() == ["Article", "<stdin>"]
    lines = json.dumps({"text": BODY}) + "\n{oops\n"
    jsonl = subprocess.run([sys.executable, "-c", code, "jsonl"], input=lines.encode(), capture_output=True, check=True)
    assert jsonl.stdout.decode().splitlines() == ["Article <stdin>:1 ", "Reject <stdin>:2 malformed"]


# --- HTML ----------------------------------------------------------------------------------------
def test_html_page_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(news_page(), encoding="utf-8")
    [article] = read(path)
    for paragraph in PARAGRAPHS:
        assert paragraph in article.raw_text
    for furniture in FURNITURE:
        assert furniture not in article.raw_text, furniture
    assert article.title == "Putin, Erdogan discuss Syria"
    assert article.author == "Dorian Jones"
    assert article.published == dt.date(2012, 12, 3) and article.published_origin == "metadata"
    assert article.source == "Example News"
    assert article.url == "https://news.example.org/2012/12/03/putin-erdogan-syria-0"


def test_html_without_main_text_is_rejected(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    [reject] = read(path)
    assert reject.reason == "no_text"


# --- JSONL ---------------------------------------------------------------------------------------
def write_jsonl(path: Path, lines: list[str], compress: bool = False) -> Path:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if compress:
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)
    return path


JSONL_LINES = [
    json.dumps({"id": "a1", "title": "Putin in Istanbul", "text": BODY, "date": "2012-12-03",
                "url": "https://example.org/a1", "source": "VOA"}),
    "{not json at all",
    json.dumps({"title": "no text here", "date": "2012-12-03"}),
    "",
    json.dumps(["a", "list"]),
    json.dumps({"body": "Turkey asked NATO to deploy Patriot missiles near the Syrian border.",
                "published": "Mon, 03 Dec 2012 10:00:00 GMT", "headline": "Turkey asks NATO"}),
]


def test_jsonl_with_bad_lines_keeps_going(tmp_path):
    path = write_jsonl(tmp_path / "export.jsonl", JSONL_LINES)
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Reject", "Reject", "Article"]
    first, last = articles(items)
    assert (first.id, first.title, first.published, first.url, first.source) == \
        ("a1", "Putin in Istanbul", dt.date(2012, 12, 3), "https://example.org/a1", "VOA")
    assert first.input_ref == f"{path}:1"
    assert (last.title, last.published, last.input_ref) == ("Turkey asks NATO", dt.date(2012, 12, 3), f"{path}:6")
    assert [(r.input, r.reason) for r in rejects(items)] == [
        (f"{path}:2", "malformed"), (f"{path}:3", "no_text"), (f"{path}:5", "malformed")]
    assert "--text-field" in rejects(items)[1].detail


def test_jsonl_field_options_and_oversize_line(tmp_path):
    path = write_jsonl(tmp_path / "custom.jsonl", [
        json.dumps({"story": {"words": BODY}, "headline_text": "Putin visits", "when": 1354528800,
                    "key": "k-1", "link": "https://example.org/k1"}),
        json.dumps({"story": {"words": "x " * 5000}, "key": "k-2"}),
    ])
    items = read(path, text_field="story.words", title_field="headline_text", date_field="when", id_field="key",
                 url_field="link", max_bytes=4000)
    article, reject = items
    assert (article.id, article.title, article.published, article.url) == \
        ("k-1", "Putin visits", dt.date(2012, 12, 3), "https://example.org/k1")
    assert (reject.input, reject.reason) == (f"{path}:2", "too_large")


def test_gzip_jsonl_and_truncated_gzip(tmp_path):
    path = write_jsonl(tmp_path / "export.jsonl.gz", JSONL_LINES, compress=True)
    assert [type(i).__name__ for i in read(path)] == ["Article", "Reject", "Reject", "Reject", "Article"]
    big = write_jsonl(tmp_path / "cut.jsonl.gz", [json.dumps({"text": f"Story {n}. " + BODY}) for n in range(400)],
                      compress=True)
    data = big.read_bytes()
    big.write_bytes(data[: len(data) // 2])
    items = read(big)
    assert len(articles(items)) > 10
    assert items[-1].reason == "truncated" and "ends early" in items[-1].detail
    assert items[-1].input.startswith(f"{big}:")


def test_record_files_are_streamed_not_loaded(tmp_path):
    import tracemalloc
    body = " ".join(PARAGRAPHS)
    jsonl = write_jsonl(tmp_path / "many.jsonl.gz", [json.dumps({"text": f"Story {n}. {body}"}) for n in range(6000)],
                        compress=True)
    size = len(gzip.decompress(jsonl.read_bytes()))
    assert size > 4_000_000
    tracemalloc.start()
    try:
        count = sum(1 for item in read_inputs([str(jsonl)], IngestOptions()) if isinstance(item, Article))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 6000
    assert peak < size / 4, f"peak {peak} bytes while reading {size} bytes"


# --- CSV and Parquet -----------------------------------------------------------------------------
def test_csv_with_embedded_newlines_and_missing_text(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        'id,title,text,date,url\n'
        '1,Putin in Istanbul,"Putin met Erdogan in Istanbul.\n\nThey discussed Syria and trade.",2012-12-03,https://e.org/1\n'
        '2,No text,,2012-12-03,https://e.org/2\n'
        '3,Patriots,"Turkey asked NATO for Patriot missiles, officials said.",12/03/2012,https://e.org/3\n',
        encoding="utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article"]
    assert articles(items)[0].raw_text == "Putin met Erdogan in Istanbul.\n\nThey discussed Syria and trade."
    assert rejects(items)[0].input == f"{path}:5" and rejects(items)[0].reason == "no_text"
    assert articles(items)[1].input_ref == f"{path}:6"
    assert articles(items)[1].published == dt.date(2012, 12, 3)


def test_csv_without_a_text_column_and_gzip_tsv(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("headline,when\nPutin visits,2012-12-03\n", encoding="utf-8")
    [reject] = read(path)
    assert reject.reason == "no_text" and "--text-field" in reject.detail
    tsv = tmp_path / "export.tsv.gz"
    tsv.write_bytes(gzip.compress(f"title\tcontent\nPutin\t{PARAGRAPHS[0]}\n".encode()))
    [article] = read(tsv)
    assert article.raw_text == PARAGRAPHS[0] and article.title == "Putin"


def test_parquet_records(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    path = tmp_path / "export.parquet"
    table = pa.table({"article_id": ["p1", "p2", "p3"], "headline": ["Putin visits", "Empty", "Patriots"],
                      "maintext": [BODY, "", PARAGRAPHS[3]],
                      "date_publish": [dt.datetime(2012, 12, 3, 9), None, dt.datetime(2012, 12, 4)]})
    pq.write_table(table, path, row_group_size=2)
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article"]
    first, second = articles(items)
    assert (first.id, first.title, first.published) == ("p1", "Putin visits", dt.date(2012, 12, 3))
    assert rejects(items)[0].input == f"{path}#row=2"
    assert second.published == dt.date(2012, 12, 4)


# --- WARC ----------------------------------------------------------------------------------------
def write_warc(path: Path, gzipped: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)

        def response(url: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK"):
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": "2012-12-04T08:00:00Z"})
            writer.write_record(record)

        writer.write_record(writer.create_warc_record("https://news.example.org/", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        response("https://news.example.org/a", news_page(1).encode())
        response("https://news.example.org/logo.png", b"\x89PNG....", content_type="image/png")
        response("https://news.example.org/gone", b"<html><body>Not found</body></html>", status="404 Not Found")
        response("https://news.example.org/b", news_page(2, PARAGRAPHS[::-1], "Trade to triple").encode())


@pytest.mark.parametrize("name, gzipped", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_become_articles(tmp_path, name, gzipped):
    path = tmp_path / name
    write_warc(path, gzipped)
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article"]
    first, second = articles(items)
    # the canonical URL of the page wins over the WARC target URI; the page's own date over the capture date
    assert first.url == "https://news.example.org/2012/12/03/putin-erdogan-syria-1"
    assert first.published == dt.date(2012, 12, 3)
    assert second.title == "Trade to triple"
    assert all(p in first.raw_text for p in PARAGRAPHS)
    assert rejects(items)[0].reason == "http_status" and "404" in rejects(items)[0].detail
    assert first.input_ref == f"{path}#record=2"


def test_truncated_warc_gz(tmp_path):
    path = tmp_path / "cut.warc.gz"
    write_warc(path, True)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.8)])
    items = read(path)
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Reject) and items[-1].reason in ("truncated", "malformed")


# --- feeds ---------------------------------------------------------------------------------------
RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example World News</title><link>https://news.example.org/</link><description>World</description>
<item><title>Putin, Erdogan discuss Syria</title><link>https://news.example.org/a</link>
<pubDate>Mon, 03 Dec 2012 14:05:00 GMT</pubDate><description>Short summary.</description>
<content:encoded><![CDATA[{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}]]></content:encoded></item>
<item><title>Turkey asks NATO</title><link>https://news.example.org/b</link>
<pubDate>Tue, 04 Dec 2012 09:00:00 GMT</pubDate><description>&lt;p&gt;{PARAGRAPHS[3]}&lt;/p&gt;</description></item>
<item><title>Empty entry</title><link>https://news.example.org/c</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:x</id><updated>2012-12-03T00:00:00Z</updated>
<entry><title>Trade to triple</title><link href="https://news.example.org/t"/><id>urn:t</id>
<updated>2012-12-03T12:00:00Z</updated><content type="html">&lt;p&gt;{PARAGRAPHS[4]}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_and_atom_feed_files(tmp_path):
    rss = tmp_path / "world.rss"
    rss.write_text(RSS, encoding="utf-8")
    atom = tmp_path / "feed.xml.gz"
    atom.write_bytes(gzip.compress(ATOM.encode()))
    items = read(rss, atom)
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Reject", "Article"]
    first, second, third = articles(items)
    assert first.raw_text == BODY                     # content:encoded beats the short summary
    assert (first.title, first.url, first.published) == \
        ("Putin, Erdogan discuss Syria", "https://news.example.org/a", dt.date(2012, 12, 3))
    assert first.source == "Example World News" and first.input_ref == f"{rss}#entry=1"
    assert second.raw_text == PARAGRAPHS[3]
    assert rejects(items)[0].input == f"{rss}#entry=3" and rejects(items)[0].reason == "empty"
    assert (third.title, third.raw_text, third.published) == ("Trade to triple", PARAGRAPHS[4], dt.date(2012, 12, 3))


@pytest.fixture
def web_server():
    pages = {"/feed": (RSS.encode(), "application/rss+xml"), "/page": (news_page(7).encode(), "text/html")}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body, kind = pages.get(self.path, (b"no", "text/plain"))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_feed_and_page_by_url(web_server):
    items = list(read_inputs([f"{web_server}/feed", f"{web_server}/page", f"{web_server}/missing"], IngestOptions()))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Reject", "Article", "Reject"]
    assert items[0].input_ref == f"{web_server}/feed#entry=1"
    assert items[3].url == "https://news.example.org/2012/12/03/putin-erdogan-syria-7"
    assert items[4].reason == "http_status"


# --- format detection ----------------------------------------------------------------------------
@pytest.mark.parametrize("name, head, expected", [
    ("a.txt", b"", "txt"), ("a.html.gz", b"", "html"), ("a.jsonl.gz", b"", "jsonl"), ("a.csv", b"", "csv"),
    ("a.parquet", b"", "parquet"), ("a.warc.gz", b"", "warc"), ("a.rss", b"", "rss"), ("a.atom", b"", "rss"),
    ("noext", b"<!DOCTYPE html><html>", "html"), ("noext", b"WARC/1.0\r\n", "warc"),
    ("noext", b'<?xml version="1.0"?><rss>', "rss"), ("noext", b"ISTANBUL -", "txt"),
])
def test_detect_format(name, head, expected):
    assert detect_format(name, head) == expected


def test_json_array_file_and_json_lines_with_json_extension(tmp_path):
    array = tmp_path / "export.json"
    array.write_text(json.dumps([{"text": PARAGRAPHS[0], "id": "j1"}, "oops", {"text": PARAGRAPHS[1]}], indent=2),
                     encoding="utf-8")
    lines = tmp_path / "lines.json"
    lines.write_text(json.dumps({"text": PARAGRAPHS[2]}) + "\n" + json.dumps({"text": PARAGRAPHS[3]}) + "\n",
                     encoding="utf-8")
    items = read(array, lines)
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article", "Article", "Article"]
    assert items[0].id == "j1" and items[1].input == f"{array}#2"
    assert items[4].input_ref == f"{lines}:2"


@pytest.mark.parametrize("text, encoding", [
    ("Le président a déclaré que la réunion était très importante pour la sécurité.", "latin-1"),
    ("Президент России Владимир Путин заявил, что его страна работает с Турцией над кризисом в Сирии.", "cp1251"),
])
def test_legacy_encodings_of_news_text(tmp_path, text, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    [article] = read(path)
    assert article.raw_text == text
