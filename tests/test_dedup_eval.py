"""The labelled near-duplicate generator and `dateline eval-dedup` (issue 4)."""
from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from dateline.cli import app
from dateline.eval.dedup import GeneratorOptions, evaluate, generate, gold_pairs, read_labelled, write_jsonl

LAST_LINE = re.compile(r"^precision (\d\.\d{3}) recall (\d\.\d{3}) f1 (\d\.\d{3})$")


def test_generator_is_deterministic_and_labelled():
    options = GeneratorOptions(seed=7, seeds=40)
    first, again = generate(options), generate(options)
    assert first == again
    assert generate(GeneratorOptions(seed=8, seeds=40)) != first
    kinds = {a.kind for a in first}
    assert kinds == {"seed", "copy", "negative"}
    for article in first:
        if article.kind == "copy":   # a copy comes after its seed and shares its cluster
            seed_position = next(i for i, a in enumerate(first) if a.id == article.cluster)
            assert seed_position < first.index(article)


def test_copies_are_edited_and_negatives_share_the_topic():
    articles = generate(GeneratorOptions(seed=3, seeds=60, max_copies=3))
    by_id = {a.id: a for a in articles}
    copies = [a for a in articles if a.kind == "copy"]
    assert sum(a.text != by_id[a.cluster].text for a in copies) == len(copies)
    assert any(a.text.split("\n")[0] != by_id[a.cluster].text.split("\n")[0] for a in copies)   # headlines
    negatives = [a for a in articles if a.kind == "negative"]
    assert negatives and all(a.cluster == a.id for a in negatives)


def test_default_corpus_scores_above_target():
    scores = evaluate(generate(GeneratorOptions(seed=0, seeds=150)))
    assert scores.gold_pairs > 100
    assert scores.f1 >= 0.95


def test_cli_prints_the_scores_last(tmp_path):
    written = tmp_path / "corpus.jsonl"
    result = CliRunner().invoke(app, ["eval-dedup", "--n", "60", "--seed", "1", "--write", str(written)])
    assert result.exit_code == 0, result.output
    match = LAST_LINE.match(result.output.strip().splitlines()[-1])
    assert match and float(match.group(3)) >= 0.9
    again = CliRunner().invoke(app, ["eval-dedup", "--pairs", str(written)])
    assert again.output.strip().splitlines()[-1] == result.output.strip().splitlines()[-1]


def test_user_corpus_with_pairs_and_clusters(tmp_path):
    base = ("The central bank of Kenya raised its main lending rate to eleven percent on Thursday to fight inflation. "
            "Governor Patrick Njoroge said prices of food and fuel had risen faster than expected. "
            "Economists had expected the bank to hold the rate at ten and a half percent. "
            "The shilling gained slightly against the dollar after the announcement in Nairobi.")
    lines = [
        {"id": "k1", "text": base, "cluster": "kenya"},
        {"id": "k2", "text": base + " Copyright 2016 Example News.", "cluster": "kenya"},
        {"id": "k3", "text": base.rsplit(". ", 1)[0] + "."},
        {"id": "z1", "text": "Zambia opened a new copper smelter near Kitwe on Friday, the mines minister said in Lusaka."},
        {"duplicates": ["k1", "k3"]},
    ]
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    articles, gold = read_labelled(path)
    assert [a.id for a in articles] == ["k1", "k2", "k3", "z1"]
    assert gold == {frozenset({"k1", "k2"}), frozenset({"k1", "k3"}), frozenset({"k2", "k3"})}
    result = CliRunner().invoke(app, ["eval-dedup", "--pairs", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "precision 1.000 recall 1.000 f1 1.000"


def test_bad_user_corpus_is_explained(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{"duplicates": ["a", "missing"]}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval-dedup", "--pairs", str(path)])
    assert result.exit_code == 2 and "missing" in result.output and "Traceback" not in result.output
    path.write_text('not json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval-dedup", "--pairs", str(path)])
    assert result.exit_code == 2 and "bad.jsonl:1" in result.output


def test_written_corpus_reads_back(tmp_path):
    articles = generate(GeneratorOptions(seed=2, seeds=20))
    write_jsonl(articles, tmp_path / "c.jsonl")
    read, gold = read_labelled(tmp_path / "c.jsonl")
    assert [a.id for a in read] == [a.id for a in articles]
    assert gold == gold_pairs(articles)
