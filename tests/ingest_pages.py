"""Real-shaped news pages and text that the ingest tests and the cleaning benchmark build."""
from __future__ import annotations

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


def plain_article(number: int = 0) -> str:
    """A plain-text wire story: dateline, byline, a repeated paragraph, photo credit, copyright."""
    body = "\n".join(PARAGRAPHS)
    return (f"ISTANBUL (Reuters) - {body}\n"
            f"By Dorian Jones\n(AP Photo/Burhan Ozbilici)\n{PARAGRAPHS[2]}\n{PARAGRAPHS[3]}\n"
            f"Story number {number}.\nCopyright 2012 Reuters. All rights reserved.\n")
