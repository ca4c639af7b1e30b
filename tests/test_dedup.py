"""Dedup (issue 4): MinHash signatures, exact and near duplicates, and the index persisted in DuckDB."""
from __future__ import annotations

import numpy as np
import pytest

from dateline.dedup import Deduplicator, MinHasher, MinHashParams, canonical_url, containment, jaccard, text_key
from dateline.pipeline import process_into_store
from dateline.store import Store

WIRE = [
    "Russian President Vladimir Putin met Turkish Prime Minister Recep Tayyip Erdogan in Istanbul on Monday.",
    "The two leaders discussed gas supplies, a planned nuclear power station and the war in Syria.",
    "Putin said Russia and Turkey would keep working together despite their differences over Damascus.",
    "Erdogan told reporters that trade between the two countries could reach one hundred billion dollars.",
    "Officials signed eleven agreements covering energy, tourism, education and the media.",
    "Turkey has called for the Syrian president to step down, while Moscow has shielded him at the United Nations.",
    "Thousands of police officers guarded the venue, and several roads in central Istanbul were closed.",
    "The visit had been postponed in October, officials in Ankara said, without giving a reason.",
    "Analysts said both governments wanted to keep their economic ties apart from the dispute over Syria.",
    "Russia is the largest supplier of natural gas to Turkey, which imports almost all of its energy.",
]
OTHER = [
    "Floods in southern Chile forced thousands of families from their homes on Tuesday, the government said.",
    "Rescue teams in boats reached villages cut off by the Bio Bio river after three days of heavy rain.",
    "The interior minister said the damage to roads and bridges would cost at least forty million dollars.",
    "Forecasters expect more rain along the coast until the end of the week, and schools remain closed.",
    "Farmers said the water had destroyed crops only weeks before the harvest in the Araucania region.",
    "Volunteers handed out food, blankets and drinking water in the town of Concepcion on Wednesday.",
]


def wire(sentences=WIRE, headline="Putin and Erdogan meet in Istanbul", extra=()) -> str:
    return "\n\n".join([headline, " ".join(sentences), *extra])


# -- MinHash -------------------------------------------------------------------------------------
def test_signature_agreement_estimates_jaccard():
    hasher = MinHasher(MinHashParams(num_perm=256))
    words = [f"w{i}" for i in range(400)]
    a, b = " ".join(words), " ".join(words[100:])
    sets = [hasher.shingles(a), hasher.shingles(b)]
    sigs = hasher.signatures(sets)
    assert sigs.shape == (2, 256) and sigs.dtype == np.uint32
    assert abs((sigs[0] == sigs[1]).mean() - jaccard(*sets)) < 0.1


def test_signatures_are_deterministic_and_batch_independent():
    texts = [wire(), wire(OTHER, "Floods in Chile"), ""]
    one_by_one = np.vstack([MinHasher().fingerprint_batch([t])[1] for t in texts])
    batch = MinHasher().fingerprint_batch(texts)[1]
    assert np.array_equal(one_by_one, batch)
    assert (batch[2] == np.uint32(0xFFFFFFFF)).all()    # an empty text has no shingles


def test_shingles_stay_inside_sentences():
    hasher = MinHasher()
    moved = wire(WIRE[1:] + WIRE[:1])
    assert containment(hasher.shingles(wire()), hasher.shingles(moved)) > 0.9


def test_keys_ignore_case_spacing_and_tracking():
    assert text_key("Putin met  Erdogan.") == text_key("putin MET erdogan")
    assert canonical_url("https://www.example.com/news/a/?utm_source=x&id=3#top") == "example.com/news/a?id=3"
    assert canonical_url("http://example.com/news/a?id=3") == "example.com/news/a?id=3"
    assert canonical_url("not a url") is None


# -- the deduplicator ----------------------------------------------------------------------------
def test_exact_near_and_unrelated():
    dedup = Deduplicator()
    assert dedup.check("first", wire()) is None
    assert dedup.check("same", wire().upper()) == "first"
    trimmed = wire(WIRE[:6], "Erdogan hosts Putin", extra=["Copyright 2012 Reuters. All rights reserved."])
    assert dedup.check("trimmed", trimmed) == "first"
    edited = wire(WIRE[:3] + WIRE[4:8] + [WIRE[9], WIRE[8]])   # one deleted, two swapped, end cut
    assert dedup.check("edited", edited) == "first"
    assert dedup.check("floods", wire(OTHER, "Floods in Chile")) is None


def test_same_url_is_a_duplicate_and_copies_point_at_the_first():
    dedup = Deduplicator()
    verdicts = dedup.check_batch([
        ("a", wire(), "https://news.example.com/putin-erdogan?utm_medium=rss"),
        ("b", "A short update that shares nothing with the wire.", "http://news.example.com/putin-erdogan/"),
        ("c", wire(WIRE[:8]), None),
        ("d", wire(WIRE[:7]), None),
    ])
    assert [v.duplicate_of for v in verdicts] == [None, "a", "a", "a"]
    assert verdicts[1].reason == "same url"
    assert verdicts[2].reason.startswith("near copy")
    assert all(v.fingerprint.canonical_id == "a" for v in verdicts)


def test_hard_negative_on_the_same_topic_is_not_a_duplicate():
    dedup = Deduplicator()
    dedup.check("visit", wire())
    other_meeting = [
        "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Ahmet Davutoglu in Moscow on Friday.",
        "The two ministers discussed the war in Syria and plans for a conference in Geneva.",
        "Lavrov said Russia opposed any foreign military intervention in Syria.",
        "Davutoglu said Turkey would keep supporting the Syrian opposition.",
        "Russia is the largest supplier of natural gas to Turkey, which imports almost all of its energy.",
    ]
    assert dedup.check("ministers", wire(other_meeting, "Lavrov and Davutoglu meet in Moscow")) is None


# -- persisted in the store ----------------------------------------------------------------------
def write_files(folder, texts: dict[str, str]):
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return str(folder)


def test_second_process_run_finds_copies_of_the_first(tmp_path, db_path):
    first = write_files(tmp_path / "monday", {"wire.txt": wire(), "floods.txt": wire(OTHER, "Floods in Chile")})
    second = write_files(tmp_path / "tuesday", {
        "copy.txt": wire(WIRE[:7], "Turkey and Russia sign deals", extra=["Reporting by Jane Doe; Editing by Tom Roe"]),
        "exact.txt": wire(OTHER, "Floods in Chile"),
        "new.txt": "Voters in Ghana queued for hours on Friday to choose a new president and parliament. " * 3,
    })
    with Store(db_path) as store:
        assert process_into_store([first], store).counts["processed"] == 2
    with Store(db_path) as store:
        state = store.dedup_state()
        assert len(state["article_id"]) == 2 and "text" not in state      # band keys and ids, no texts
        assert len(state["band_key"]) == 2 * MinHashParams().bands
        counts = process_into_store([second], store).counts
        assert counts["duplicate"] == 2 and counts["processed"] == 1
        rows = {r["source"].rsplit("/", 1)[-1]: r for r in store.articles()}
        assert rows["copy.txt"]["duplicate_of"] == rows["wire.txt"]["id"]
        assert rows["exact.txt"]["duplicate_of"] == rows["floods.txt"]["id"]
        assert rows["new.txt"]["status"] == "processed"
        assert not store.events(article_id=rows["copy.txt"]["id"], modality=None)   # copies are not coded
        assert len(store.dedup_state()["article_id"]) == 5


def test_process_run_keeps_the_earliest_copy_within_a_batch(tmp_path, db_path):
    folder = write_files(tmp_path / "in", {"a_original.txt": wire(), "b_trimmed.txt": wire(WIRE[:6])})
    with Store(db_path) as store:
        process_into_store([folder], store)
        rows = {r["source"].rsplit("/", 1)[-1]: r for r in store.articles()}
    assert rows["a_original.txt"]["status"] == "processed"
    assert rows["b_trimmed.txt"]["duplicate_of"] == rows["a_original.txt"]["id"]


@pytest.mark.parametrize("loader", [True, False])
def test_deduplicator_seeded_from_state_verifies_with_loaded_texts(loader):
    texts = {"old": wire()}
    first = Deduplicator(text_loader=lambda ids: {i: texts[i] for i in ids if i in texts})
    fingerprint = first.check_batch([("old", wire(), None)])[0].fingerprint
    state = {"seq": [fingerprint.seq], "article_id": ["old"], "canonical_id": ["old"],
             "text_key": [fingerprint.text_key], "url_key": [None], "num_shingles": [fingerprint.num_shingles],
             "signature": list(fingerprint.signature),
             "band_seq": [fingerprint.seq] * len(fingerprint.band_keys), "band_key": list(fingerprint.band_keys)}
    seeded = Deduplicator(state=state, text_loader=(lambda ids: {i: texts[i] for i in ids}) if loader else (lambda ids: {}))
    # with no text to verify against, a near copy is not claimed; the exact key still works
    assert seeded.check("near", wire(WIRE[:8])) == ("old" if loader else None)
    assert seeded.check("exact", wire()) == "old"


def test_articles_stored_without_fingerprints_are_indexed_on_the_next_run(tmp_path, db_path):
    first = write_files(tmp_path / "old", {"wire.txt": wire()})
    with Store(db_path) as store:
        process_into_store([first], store)
        store.con.execute("DELETE FROM dedup_docs")            # as a database written before migration 2
    second = write_files(tmp_path / "new", {"copy.txt": wire(WIRE[:8], "Erdogan hosts Putin")})
    with Store(db_path) as store:
        assert process_into_store([second], store).counts["duplicate"] == 1
        assert len(store.dedup_state()["article_id"]) == 2


# -- dedup looked up in the store (issue 8: memory bounded whatever the corpus size) ------------------
def _corpus_items(n=400, seed=5):
    from dateline.corpus import CorpusOptions, generate
    return [(f"a{a.number:05d}", a.text, a.url) for a in generate(n, CorpusOptions(seed=seed, syndicate_rate=0.35,
                                                                                     paragraphs=(1, 4)))]


def test_the_store_backed_deduplicator_gives_the_in_memory_verdicts_holding_only_batches_in_flight(db_path):
    """Same verdicts as the in-memory deduplicator over several runs into one store, while it holds
    only the documents of batches not yet written (the store answers for the others)."""
    from dateline.dedup.stored import StoredDeduplicator
    from dateline.model import Article, CleanArticle, Result

    items = _corpus_items()
    texts = {aid: text for aid, text, _ in items}
    memory = Deduplicator(text_loader=lambda ids: {i: texts[i] for i in ids})
    expected = [v.duplicate_of for batch in range(0, len(items), 16)
                for v in memory.check_batch(items[batch:batch + 16])]
    assert sum(e is not None for e in expected) > 50          # the corpus has copies to find

    found, held = [], []
    for run, (start, stop) in enumerate(((0, 150), (150, len(items)))):   # two runs: the second sees the first's
        with Store(db_path) as store:
            stored = StoredDeduplicator(store, text_loader=lambda ids: {i: texts[i] for i in ids})
            run_id = store.begin_run(f"run {run}")
            for batch in range(start, stop, 16):
                chunk = items[batch:min(batch + 16, stop)]
                results = []
                for aid, text, url in chunk:
                    article = Article(id=aid, raw_text=text, url=url)
                    results.append(Result(article=article, clean=CleanArticle(article=article, text=text)))
                stored.check_results(results)
                found += [r.duplicate_of for r in results]
                store.write_batch(run_id, results)
                stored.forget([r.fingerprint.seq for r in results])
                held.append(len(stored))
    assert found == expected
    assert max(held) == 0                                       # nothing held once a batch is written
    with Store(db_path, read_only=True) as store:
        seqs = [row[0] for row in store.con.execute("SELECT seq FROM dedup_docs ORDER BY seq").fetchall()]
        assert seqs == list(range(len(items)))                  # numbers continue across runs
        # a copy indexes only the band keys no earlier document holds
        copies = store.con.execute(
            "SELECT count(*) FROM dedup_bands b JOIN dedup_docs d USING (seq) "
            "WHERE d.canonical_id <> d.article_id").fetchone()[0]
        originals = store.con.execute(
            "SELECT count(*) FROM dedup_docs WHERE canonical_id = article_id").fetchone()[0]
        total = store.con.execute("SELECT count(*) FROM dedup_bands").fetchone()[0]
        assert total - copies == originals * MinHashParams().bands


def test_a_version_3_database_gets_its_band_table_from_the_stored_fingerprints(db_path):
    from dateline.store import MIGRATIONS
    import duckdb
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE schema_version (version INTEGER)")
    for number in (1, 2, 3):
        con.execute(MIGRATIONS[number])
        con.execute("INSERT INTO schema_version VALUES (?)", [number])
    con.execute("INSERT INTO dedup_docs VALUES (0, 'a', 'a', 1, NULL, 10, [1, 2, 3], [11, 12, 13])")
    con.close()
    with Store(db_path) as store:
        assert store.schema_version >= 4
        assert sorted(store.con.execute("SELECT band_key, seq FROM dedup_bands").fetchall()) == [
            (11, 0), (12, 0), (13, 0)]
        assert store.dedup_next_seq() == 1


def test_the_store_backed_deduplicator_drops_stored_documents_when_nobody_tells_it(db_path):
    """The API server writes its batches itself and never calls `forget`: past `recent_texts`
    documents held, those already in the store are dropped (texts included)."""
    from dateline.dedup import DedupOptions
    from dateline.dedup.stored import StoredDeduplicator
    from dateline.model import Article, CleanArticle, Result

    items = _corpus_items(n=120, seed=9)
    with Store(db_path) as store:
        dedup = StoredDeduplicator(store, DedupOptions(recent_texts=40))
        run_id = store.begin_run("api-like")
        for batch in range(0, len(items), 10):
            results = []
            for aid, text, url in items[batch:batch + 10]:
                article = Article(id=aid, raw_text=text, url=url)
                results.append(Result(article=article, clean=CleanArticle(article=article, text=text)))
            dedup.check_results(results)
            store.write_batch(run_id, results)
            assert len(dedup) <= 40 + 10
