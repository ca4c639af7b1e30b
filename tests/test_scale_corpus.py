"""The synthetic corpus generator (issue 8): deterministic, varied, realistic, streamable."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

from dateline.corpus import CorpusOptions, generate, write_jsonl, write_text_folder
from dateline.pipeline import count_inputs

DATELINE = [sys.executable, "-m", "dateline.cli"]


def test_same_seed_writes_byte_identical_files(tmp_path):
    write_jsonl(generate(300, CorpusOptions(seed=7)), tmp_path / "a.jsonl")
    write_jsonl(generate(300, CorpusOptions(seed=7)), tmp_path / "b.jsonl")
    write_jsonl(generate(300, CorpusOptions(seed=8)), tmp_path / "c.jsonl")
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    assert (tmp_path / "a.jsonl").read_bytes() != (tmp_path / "c.jsonl").read_bytes()


def test_text_folder_is_identical_for_the_same_seed(tmp_path):
    write_text_folder(generate(50, CorpusOptions(seed=1)), tmp_path / "one")
    write_text_folder(generate(50, CorpusOptions(seed=1)), tmp_path / "two")
    one = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.txt"))
    two = sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*.txt"))
    assert one == two and len(one) == 50
    assert all((tmp_path / "one" / p).read_bytes() == (tmp_path / "two" / p).read_bytes() for p in one)
    assert count_inputs([str(tmp_path / "one")]) == 50


def test_corpus_has_every_kind_of_article():
    articles = list(generate(1000, CorpusOptions(seed=0)))
    kinds = Counter(a.kind for a in articles)
    assert set(kinds) == {"original", "repeat", "syndicated", "foreign"}
    assert 60 < kinds["syndicated"] < 200 and 40 < kinds["repeat"] < 150
    sources = {a.source for a in articles}
    assert len(sources) >= 8
    countries_named = {word for a in articles for word in ("Russian", "Syrian", "Turkish", "Chinese", "Nigerian")
                       if word in a.text}
    assert len(countries_named) == 5


def test_syndicated_copy_repeats_the_original_story():
    articles = list(generate(400, CorpusOptions(seed=2)))
    by_number = {a.number: a for a in articles}
    copy = next(a for a in articles if a.kind == "syndicated")
    original = by_number[copy.copy_of]
    assert original.text in copy.text and copy.source != original.source


def test_repeat_articles_carry_their_body_twice():
    article = next(a for a in generate(400, CorpusOptions(seed=3)) if a.kind == "repeat")
    lead = article.title
    assert article.text.count(lead) >= 2


def test_articles_hold_codable_event_sentences():
    text = "\n".join(a.text for a in generate(300, CorpusOptions(seed=4)))
    assert "held talks with" in text
    assert "Russian President Vladimir Putin" in text
    assert "shelled government positions near" in text


def test_generate_command_writes_jsonl_the_reader_accepts(tmp_path):
    out = tmp_path / "corpus.jsonl"
    done = subprocess.run(DATELINE + ["generate", str(out), "-n", "25", "--seed", "5"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 25
    record = json.loads(lines[0])
    assert set(record) == {"url", "title", "published", "source", "text"}
    again = subprocess.run(DATELINE + ["generate", str(out), "-n", "25"], capture_output=True, text=True)
    assert again.returncode == 2 and "exists" in again.stderr


def test_generate_command_explains_a_bad_range(tmp_path):
    done = subprocess.run(DATELINE + ["generate", str(tmp_path / "x"), "--paragraphs", "9-2"],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "MIN-MAX" in done.stderr and "Traceback" not in done.stderr
