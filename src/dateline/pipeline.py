"""The pipeline composes the stages: ingest -> clean -> dedup -> nlp -> actors/places -> events.

`Pipeline.run(articles)` yields one `Result` per article in input order. Stages are built once
per process (the spaCy model, the actor matchers, the gazetteer) and reused for every article.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Union

from . import nlp
from .actors import ActorResolver
from .clean import CleanOptions, clean_article
from .dedup import Deduplicator
from .events import CodingContext, EventCoder
from .ingest import IngestOptions, article_id as make_article_id, read_inputs
from .model import Article, Reject, Result
from .places import Gazetteer
from .settings import Settings

if TYPE_CHECKING:
    from .store import Store


class Pipeline:
    def __init__(self, settings: Settings = Settings(), deduplicator: Optional[Deduplicator] = None):
        self.settings = settings
        self.nlp = nlp.load(settings.model)
        self.actors = ActorResolver(settings.actor_files)
        self.gazetteer = Gazetteer()
        self.coder = EventCoder()
        self.deduplicator = deduplicator if deduplicator is not None else Deduplicator()
        self.clean_options = CleanOptions(repeat_threshold=settings.repeat_threshold)

    def run(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Process articles in batches; one parse per article feeds every later stage."""
        batch: list[Result] = []
        for article in articles:
            batch.append(self._prepare(article))
            if len(batch) >= self.settings.batch_size:
                yield from self._finish(batch)
                batch = []
        if batch:
            yield from self._finish(batch)

    def _prepare(self, article: Article) -> Result:
        clean = clean_article(article, self.clean_options)
        result = Result(article=article, clean=clean)
        if clean.language and clean.language != "en":
            result.status, result.status_detail = "skipped", f"language: {clean.language}"
            return result
        if not clean.text.strip():
            result.status, result.status_detail = "rejected", "empty after cleaning"
            return result
        duplicate_of = self.deduplicator.check(article.id, clean.text)
        if duplicate_of:
            result.status, result.duplicate_of = "duplicate", duplicate_of
        return result

    def _finish(self, batch: list[Result]) -> Iterator[Result]:
        to_parse = [r for r in batch if r.status == "processed"]
        docs = self.nlp.pipe((r.clean.text for r in to_parse), batch_size=self.settings.batch_size)
        for result, doc in zip(to_parse, docs):
            self._analyse(result, doc)
        yield from batch

    def _analyse(self, result: Result, doc) -> None:
        article, clean = result.article, result.clean
        date = article.published or clean.dateline_date
        result.mentions = self.actors.resolve(doc, date)
        countries = [m.actor.country for m in result.mentions if m.actor.country]
        if clean.dateline:
            result.dateline_place = self.gazetteer.dateline_place(clean.dateline, countries)
        result.places = self.gazetteer.find_places(doc, countries)
        context = CodingContext(article_id=article.id, date=date, places=tuple(result.places),
                                dateline_place=result.dateline_place)
        result.events, result.quotes = self.coder.code(doc, result.mentions, context)


def process(inputs: Iterable[Union[str, Article]], **settings) -> Iterator[Result]:
    """In-memory processing: texts or Articles in, Results out; no database."""
    pipeline = Pipeline(Settings(**settings))

    def as_articles() -> Iterator[Article]:
        for item in inputs:
            if isinstance(item, Article):
                yield item
            else:
                yield Article(id=make_article_id(item), raw_text=item, source="<memory>")

    return pipeline.run(as_articles())


@dataclass
class RunSummary:
    run_id: int
    counts: dict[str, int]
    results: list[Result]                 # kept only when asked (for the CLI's summary)
    rejects: list[Reject]


def process_into_store(inputs: Iterable[str], store: "Store", settings: Settings = Settings(),
                       ingest_options: IngestOptions = IngestOptions(), command: str = "process",
                       keep_results: bool = False, on_progress: Optional[Callable[[dict], None]] = None) -> RunSummary:
    """Read inputs, process what is new, and write it to the store batch by batch.

    Each batch (its results and rejects) is one transaction; an article already in the store is
    counted as `existing` and not processed again, so a re-run after a crash finishes the work.
    Counts reconcile: read = processed + duplicate + skipped + rejected + existing.
    """
    deduplicator = Deduplicator(store.dedup_keys())
    pipeline = Pipeline(settings, deduplicator=deduplicator)
    run_id = store.begin_run(command)
    counts = {"read": 0, "processed": 0, "duplicate": 0, "skipped": 0, "rejected": 0, "existing": 0}
    kept: list[Result] = []
    all_rejects: list[Reject] = []

    def flush(articles: list[Article], rejects: list[Reject]) -> None:
        existing = store.existing_ids([a.id for a in articles])
        fresh, seen = [], set()
        for article in articles:
            if article.id in existing or article.id in seen:
                counts["existing"] += 1
            else:
                seen.add(article.id)
                fresh.append(article)
        results = list(pipeline.run(fresh))
        for result in results:
            counts[result.status] += 1
        counts["rejected"] += len(rejects)
        store.write_batch(run_id, results, rejects)
        store.finish_run(run_id, counts)
        if keep_results:
            kept.extend(results)
            all_rejects.extend(rejects)
        if on_progress:
            on_progress(dict(counts))

    articles: list[Article] = []
    rejects: list[Reject] = []
    for item in read_inputs(inputs, ingest_options):
        counts["read"] += 1
        if isinstance(item, Reject):
            rejects.append(item)
        else:
            articles.append(item)
        if len(articles) + len(rejects) >= settings.batch_size:
            flush(articles, rejects)
            articles, rejects = [], []
    if articles or rejects:
        flush(articles, rejects)
    store.finish_run(run_id, counts)
    return RunSummary(run_id, counts, kept, all_rejects)
