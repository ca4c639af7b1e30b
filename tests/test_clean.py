"""Cleaning: datelines, repeats, boilerplate, whitespace repair, offsets and language id."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from dateline.clean import CleanOptions, _clean, clean_article
from dateline.model import Article

NEWS = [
    "Russian President Vladimir Putin says his country is working with Turkey to resolve the crisis in Syria.",
    "The crisis in Syria featured prominently in a day of talks between Putin and Prime Minister Erdogan.",
    "Putin said Russia is not protecting the government in Syria and that it is not an advocate of Damascus.",
    "The two leaders confirmed that they held lengthy talks about Syria, including a proposal by Erdogan.",
]


def clean(text: str, **kwargs):
    published = kwargs.pop("published", dt.date(2012, 12, 3))
    title = kwargs.pop("title", None)
    article = Article(id="t", raw_text=text, published=published, title=title)
    # the cleaning proper: `clean_article` would catch a bug and keep the raw text, hiding it here
    return _clean(article, CleanOptions(**kwargs))


def assert_offsets_exact(result) -> None:
    raw = result.article.raw_text
    for i, char in enumerate(result.text):
        assert raw[result.raw_offset(i)] == char, i
    for removal in result.removed:
        assert raw[removal.start:removal.end] == removal.text


# --- the bundled VOA sample --------------------------------------------------------------------
def test_voa_sample_keeps_first_copy_and_records_seven_repeats(voa_text):
    result = clean(voa_text)
    assert result.dateline == "ISTANBUL"
    kinds = [r.kind for r in result.removed]
    assert kinds.count("dateline") == 1
    repeats = [r for r in result.removed if r.kind == "repeat"]
    assert len(repeats) == 7
    assert [r.detail.split(" (")[0] for r in repeats] == [f"repeats paragraph {n}" for n in range(2, 9)]
    assert repeats[0].detail == "repeats paragraph 2 (similarity 1.00; paragraphs 9-15 repeat 2-8)"
    assert all("paragraphs 9-15 repeat 2-8" in r.detail for r in repeats)
    assert set(kinds) == {"dateline", "repeat"}
    # the first full copy is kept, once
    assert result.text.startswith("Russian President Vladimir Putin says")
    assert result.text.count("The crisis in Syria featured prominently") == 1
    assert result.text.count("triple the current $30 billion") == 1
    # the removed blocks are the second copy, in the raw text's second half
    first_copy = voa_text.index("The crisis in Syria featured")
    assert all(r.start > first_copy + 1000 for r in repeats)
    assert result.language == "en"
    assert_offsets_exact(result)


# --- datelines ---------------------------------------------------------------------------------
@pytest.mark.parametrize("head, place, date", [
    ("ISTANBUL —", "ISTANBUL", None),
    ("ISTANBUL -", "ISTANBUL", None),
    ("MOSCOW (Reuters) -", "MOSCOW", None),
    ("WASHINGTON, Dec. 3 (AP) —", "WASHINGTON", dt.date(2012, 12, 3)),
    ("BEIRUT, Lebanon —", "BEIRUT", None),
    ("UNITED NATIONS (AP) —", "UNITED NATIONS", None),
    ("NEW YORK, December 1, 2012 (Reuters) --", "NEW YORK", dt.date(2012, 12, 1)),
    ("PARIS, Dec. 4 (Daily Herald) -", "PARIS", dt.date(2012, 12, 4)),
    ("DHAKA:", "DHAKA", None),
    ("ISLAMABAD, Dec. 3:", "ISLAMABAD", dt.date(2012, 12, 3)),
])
def test_dateline_forms(head, place, date):
    result = clean(f"{head} {NEWS[0]}\n{NEWS[1]}")
    assert result.dateline == place
    assert result.dateline_date == date
    assert result.text.startswith("Russian President")
    removal = [r for r in result.removed if r.kind == "dateline"][0]
    assert removal.text == head and removal.start == 0
    assert_offsets_exact(result)


def test_dateline_year_comes_from_published_date():
    result = clean(f"KABUL, Dec. 30 (AP) — {NEWS[0]}", published=dt.date(2013, 1, 2))
    assert result.dateline_date == dt.date(2012, 12, 30)


@pytest.mark.parametrize("text", [
    NEWS[0],
    "NATO - the alliance said on Monday that it would deploy missiles.",
    "BREAKING — Putin arrives in Istanbul for talks with Erdogan.",
    "US-Turkish talks - held in Ankara - ended without agreement on Monday.",
    "Putin - who arrived on Monday - met Erdogan.",
    "EDITOR'S NOTE: This story contains graphic descriptions of violence.",
    "UPDATE: Putin arrives in Istanbul for talks with Erdogan.",
    "Turkey: Putin arrives in Istanbul for talks with Erdogan.",
])
def test_ordinary_first_sentences_are_not_datelines(text):
    result = clean(text)
    assert result.dateline is None
    assert result.text == text


# --- repeats -----------------------------------------------------------------------------------
def test_near_exact_paragraph_repeat_with_changed_word_and_punctuation():
    changed = NEWS[1].replace("prominently", "heavily").replace(",", "").replace(" ", "  ", 2)
    text = "\n".join(NEWS) + "\n" + changed
    result = clean(text)
    repeats = [r for r in result.removed if r.kind == "repeat"]
    assert len(repeats) == 1 and repeats[0].detail.startswith("repeats paragraph 2 (similarity 0.9")
    assert result.text == "\n".join(NEWS)
    # a strict threshold keeps it
    assert not [r for r in clean(text, repeat_threshold=1.0).removed if r.kind == "repeat"]


def test_caption_repeating_the_headline_and_a_repeated_sentence():
    text = ("Putin visits Turkey for talks\n\n" + NEWS[0] + " " + NEWS[2] + "\n\n"
            "Putin visits Turkey for talks.\n\n" + NEWS[3] + " " + NEWS[2] + "\n")
    result = clean(text)
    repeats = [r for r in result.removed if r.kind == "repeat"]
    details = sorted(r.detail for r in repeats)
    assert len(repeats) == 2, details
    assert any(d.startswith("repeats the headline") for d in details)
    assert any(d.startswith("repeats sentence 2 of paragraph 2") for d in details)
    assert result.text.count(NEWS[2]) == 1 and NEWS[3] in result.text
    assert_offsets_exact(result)


def test_title_metadata_repeated_as_caption():
    text = "\n".join(NEWS[:2]) + "\nPutin and Erdogan meet in Istanbul\n" + NEWS[3]
    result = clean(text, title="Putin and Erdogan meet in Istanbul")
    assert [r.detail for r in result.removed] == ["repeats the headline"]


def test_short_repeated_paragraphs_are_kept():
    text = "Q: Will Russia change its position?\nNo.\nQ: Will Turkey ask NATO again?\nNo.\n"
    result = clean(text)
    assert result.text.count("No.") == 2
    assert not result.removed


# --- boilerplate -------------------------------------------------------------------------------
BOILERPLATE = {
    "byline": "By John Smith and Jane Doe, Associated Press",
    "copyright": "Copyright 2012 The Associated Press. All rights reserved.",
    "click_here": "Click here to sign up for breaking news alerts",
    "read_more": "Read more: Putin and Erdogan sign trade deals",
    "subscribe": "Subscribe to our newsletter for the latest updates",
    "photo_credit": "(AP Photo/Burhan Ozbilici)",
    "share": "Share on Facebook | Share on Twitter | Email | Print",
    "related": "Related:",
    "agency_credits": "(Reporting by Jonathon Burch; Editing by Andrew Roche)",
}


def test_boilerplate_lines_removed_with_rule_names():
    lines = [NEWS[0], BOILERPLATE["byline"], NEWS[1], BOILERPLATE["photo_credit"], NEWS[2],
             BOILERPLATE["share"], BOILERPLATE["read_more"], BOILERPLATE["click_here"], BOILERPLATE["subscribe"],
             BOILERPLATE["related"], "- Putin says Russia not protecting Assad", "- Turkey asks NATO for Patriots",
             NEWS[3], BOILERPLATE["agency_credits"], BOILERPLATE["copyright"]]
    result = clean("\n".join(lines))
    assert result.text == "\n".join(NEWS)
    found = {r.detail for r in result.removed}
    assert set(BOILERPLATE) <= found
    assert "related (list)" in found
    assert all(r.kind == "boilerplate" for r in result.removed)
    assert_offsets_exact(result)


@pytest.mark.parametrize("sentence", [
    "Copyright lawyers say the ruling will change how news is shared online.",
    "Copyright infringement cases rose sharply in 2012, the ministry said.",
    "Read more books, the minister urged teachers on Monday.",
    "Readers of the newspaper were told to read more carefully.",
    "By Monday, the talks had stalled over the Patriot deployment.",
    "Related talks between the two countries broke down in March.",
    "Photographs by the agency showed damaged buildings in Aleppo.",
    "Click-through rates rose, the company said in its report.",
    "He said Turkey would share intelligence with Russia.",
    "Erdogan told reporters to subscribe to the view that Assad must go.",
])
def test_news_sentences_with_trigger_words_are_kept(sentence):
    text = NEWS[0] + "\n" + sentence + "\n" + NEWS[1]
    result = clean(text)
    assert sentence in result.text
    assert not result.removed


# --- whitespace, hyphenation, invisibles ------------------------------------------------------
def test_whitespace_soft_hyphens_and_line_break_hyphens():
    text = ("  Russian  President Vladimir Putin says his coun\u00adtry is working with the inter-\n"
            "national community.\r\n\r\n\r\n\r\nThe well-known talks, well-\nknown to all, went on.   \n\n")
    result = clean(text)
    assert result.text == ("Russian President Vladimir Putin says his country is working with the "
                           "international community.\n\nThe well-known talks, well-known to all, went on.")
    assert [r.kind for r in result.removed] == ["hyphenation"]
    assert_offsets_exact(result)


# --- language ----------------------------------------------------------------------------------
def test_language_identification():
    french = ("Le président russe Vladimir Poutine a déclaré que son pays travaillait avec la Turquie "
              "pour résoudre la crise en Syrie, un sujet sur lequel les deux pays sont en désaccord.")
    german = ("Der russische Präsident Wladimir Putin sagte, sein Land arbeite mit der Türkei zusammen, "
              "um die Krise in Syrien zu lösen.")
    assert clean(french).language == "fr"
    assert clean(german).language == "de"
    assert clean(" ".join(NEWS)).language == "en"
    assert clean("OK.").language is None
    assert clean(french, detect_language=False).language is None


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Manmohan Singh met Pakistani President Asif Ali Zardari in New Delhi on Sunday.",
    "Indonesian President Susilo Bambang Yudhoyono met Malaysian Prime Minister Najib Razak in Jakarta.",
    "Kim Jong Un met Moon Jae-in at Panmunjom.",
    # English sentences of words that French, Swedish or Spanish share ("impose", "sanctions", "tip")
    "The European Union vowed to impose sanctions on Russia.",
    "Kenyan runners swept the medals in the men's marathon in Rio de Janeiro.",
    "The tsunami destroyed much of Banda Aceh on the northern tip of Sumatra.",
])
def test_a_short_english_text_of_foreign_names_is_not_called_foreign(text):
    # (such a text was called Indonesian or Vietnamese and skipped as foreign)
    assert clean(text).language in (None, "en")


def test_a_short_foreign_text_is_still_told():
    assert clean("Presiden Indonesia bertemu dengan perdana menteri Malaysia di Jakarta pada hari Senin untuk "
                 "membahas krisis.").language == "id"
    assert clean("Il presidente francese ha incontrato la cancelliera tedesca a Berlino lunedì.").language == "it"


# --- properties --------------------------------------------------------------------------------
PIECES = st.sampled_from(NEWS + list(BOILERPLATE.values()) + [
    "ISTANBUL —", "  ", "\n", "\n\n", "\t", "\u00ad", "inter-\nnational", "\r\n", "MOSCOW (Reuters) - ",
    "Putin visits Turkey", "No.", "é", "—"])


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=14), st.sampled_from([0.6, 0.9, 1.0]))
def test_offset_map_is_exact_for_any_mix(pieces, threshold):
    result = clean(" ".join(pieces), repeat_threshold=threshold, detect_language=False)
    assert_offsets_exact(result)
    assert result.text == result.text.strip()
    spans = sorted((r.start, r.end) for r in result.removed)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "removals overlap"


def test_hard_wrapped_paragraphs_repeat_as_blocks():
    block_a = ("Russian President Vladimir Putin says his country is working\nwith Turkey to resolve "
               "the crisis in Syria, an issue on\nwhich the two countries sharply disagree.")
    block_b = ("Putin said Russia is not protecting the government in Syria\nand that it is not an "
               "advocate of Damascus, officials said.")
    block_c = "The two leaders also agreed to triple\ntrade to 100 billion dollars."
    rewrapped_a = block_a.replace("\nwith Turkey", " with\nTurkey")
    text = f"{block_a}\n\n{block_b}\nBy Jane Doe\n\n{block_c}\n\n{rewrapped_a}\n"
    result = clean(text)
    kinds = sorted((r.kind, r.detail) for r in result.removed)
    assert kinds == [("boilerplate", "byline"), ("repeat", "repeats paragraph 1 (similarity 1.00)")]
    assert result.text == f"{block_a}\n\n{block_b}\n\n{block_c}"
    assert_offsets_exact(result)


def test_near_exact_sentence_inside_a_new_paragraph():
    changed = NEWS[2].replace("not an advocate", "no advocate")
    text = "\n".join(NEWS) + "\nIn Ankara, officials welcomed the visit. " + changed
    result = clean(text)
    [repeat] = result.removed
    assert repeat.text == changed and repeat.detail.startswith("repeats sentence 1 of paragraph 3 (similarity 0.9")
    assert result.text.endswith("officials welcomed the visit.")
    assert_offsets_exact(result)


def test_dateline_on_the_line_after_the_headline():
    text = f"Putin visits Turkey\nMOSCOW (Reuters) - {NEWS[0]}\n{NEWS[1]}"
    result = clean(text, title="Putin visits Turkey")
    assert result.dateline == "MOSCOW"
    # the body's own headline is the title, kept as such and recorded, not coded again with the lead
    assert result.text == f"{NEWS[0]}\n{NEWS[1]}"
    assert [(r.kind, r.text) for r in result.removed if r.kind == "headline"] == [("headline", "Putin visits Turkey")]
    assert_offsets_exact(result)
    # without the title to tell the headline, the second line is not searched
    assert clean(text).dateline is None
    # a headline with no dateline after it goes too
    plain = clean(f"Putin visits Turkey\n{NEWS[0]}", title="Putin visits Turkey")
    assert plain.text == NEWS[0] and plain.removed[0].kind == "headline"


def test_dateline_after_the_menu_lines_of_a_scraped_page():
    text = f"Skip to main content\nHome > World > Europe\nMOSCOW (Reuters) - {NEWS[0]}\n{NEWS[1]}"
    result = clean(text)
    assert result.dateline == "MOSCOW"
    assert result.text == f"{NEWS[0]}\n{NEWS[1]}"
    assert [r.kind for r in result.removed] == ["boilerplate", "boilerplate", "dateline"]
    assert_offsets_exact(result)


def test_clean_article_never_raises():
    article = Article(id="odd", raw_text=None)       # not even a string: kept as it came
    result = clean_article(article)
    assert result.text == "" and result.removed == ()


@pytest.mark.parametrize("line, rule", [
    ("By ALAN COWELL", "byline"),
    ("By The Associated Press", "byline"),
    ("© 2012 Reuters", "copyright"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "not_be_republished"),
    ("READ MORE »", "read_more"),
    ("Continue reading", "read_more"),
    ("Sign up for our free newsletter", "subscribe"),
    ("Follow us on Twitter", "follow_us"),
    ("Photo: Reuters", "photo_credit"),
    ("Facebook Twitter WhatsApp Email", "share"),
    ("Advertisement", "advertisement"),
    ("See also: Turkey asks NATO for missiles", "related"),
    ("Additional reporting by Jonathon Burch in Ankara", "agency_credits"),
    ("Associated Press writer Suzan Fraser contributed to this report.", "contributed_report"),
    ("Posted: Dec. 3, 2012 10:14 AM", "timestamp"),
    ("Comments (12)", "comments_prompt"),
    ("Skip to main content", "navigation"),
    ("Toggle navigation", "navigation"),
    ("Home > World > Europe", "breadcrumb"),
    ("Continue reading below", "read_more"),
    ("Tags: Ukraine, Russia, war", "tags"),
    ("Filed under: Middle East", "tags"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "standards"),
    ("You must be logged in to comment.", "comment_login"),
    ("Comments are closed.", "comment_login"),
])
def test_each_boilerplate_rule(line, rule):
    result = clean(f"{NEWS[0]}\n{line}\n{NEWS[1]}")
    assert [(r.kind, r.detail, r.text) for r in result.removed] == [("boilerplate", rule, line)]
    assert result.text == f"{NEWS[0]}\n{NEWS[1]}"
