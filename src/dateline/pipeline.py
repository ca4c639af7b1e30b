"""The pipeline composes the stages: ingest -> clean -> dedup -> nlp -> actors/places -> events.

`Pipeline.run(articles)` yields one `Result` per article in input order. Stages are built once
per process (the spaCy model, the actor matchers, the gazetteer) and reused for every article.

The stages split in two, so that the same code runs in one process, a process pool or a Dask
cluster (issue 8):
- `Worker` holds the heavy, parallel stages: `clean_batch` (clean, language check) and
  `analyse_batch` (one `nlp.pipe` parse per article feeding actors, places and events). Any number
  of them may run at once, one per process.
- the driver (`Pipeline`, `process_into_store`) reads inputs in order, skips what is stored,
  deduplicates each cleaned batch in input order (dedup needs to see every article in the same
  order on every run), and writes each batch in one transaction.
"""
from __future__ import annotations

import gc
import hashlib
import math
import os
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from . import nlp
from .actors import ActorResolver
from .clean import CleanOptions, clean_article
from .dedup import Deduplicator
from .stories import update_stories
from .events import CodingContext, EventCoder
from .ingest import IngestOptions, article_id as make_article_id, origin, read_inputs, repair as repair_text
from .model import Article, Reject, Result
from .limits import ARTICLE_SECONDS, time_limit
from .places import Gazetteer
from .settings import Settings

if TYPE_CHECKING:
    from .store import Store


class Worker:
    """The parallel stages of one process: cleaning, then one parse per article for every later stage."""

    def __init__(self, settings: Settings = Settings()):
        self.settings = settings
        self.nlp = nlp.load(settings.model)
        self.actors = ActorResolver(settings.actor_files)
        self.gazetteer = Gazetteer()
        self.coder = EventCoder(pattern_files=settings.pattern_files, learned=settings.learned_events,
                                 one_sided=settings.one_sided_events)
        self.clean_options = CleanOptions(repeat_threshold=settings.repeat_threshold,
                                          detect_language=settings.language_check)
        self.actors.lexicon                  # loaded now, so that it is frozen below
        freeze_loaded_objects()
        collect_less_often()

    def clean_batch(self, articles: Sequence[Article]) -> list[Result]:
        return [self.clean(article) for article in articles]

    def clean(self, article: Article) -> Result:
        clean = clean_article(article, self.clean_options)
        result = Result(article=article, clean=clean)
        if clean.language and clean.language != "en":
            result.status, result.status_detail = "skipped", f"language: {clean.language}"
        elif not clean.text.strip():
            result.status, result.status_detail = "rejected", "empty after cleaning"
        elif len(clean.text) > self.nlp.max_length:   # spaCy would raise E088 for the whole batch (issue 9)
            result.status, result.status_detail = "rejected", (
                f"too long to parse: {len(clean.text):,} characters after cleaning, over the parser's limit of "
                f"{self.nlp.max_length:,}; split it into smaller articles")
        return result

    def analyse_batch(self, results: Sequence[Result]) -> list[Result]:
        """Parse the processed results of a batch in one `nlp.pipe` call and code them."""
        to_parse = [r for r in results if r.status == "processed"]
        docs = self.nlp.pipe((r.clean.text for r in to_parse), batch_size=self.settings.batch_size)
        for result, doc in zip(to_parse, docs):
            self.analyse(result, nlp.keep_text(doc, result.clean.text))
        return list(results)

    def analyse(self, result: Result, doc) -> None:
        """Actors, places and events of one parsed article. An article that trips a stage (an
        exception, or past `limits.ARTICLE_SECONDS`) is rejected with the reason, not the run."""
        try:
            with time_limit(ARTICLE_SECONDS, "coding this article"):
                self._analyse(result, doc)
        except Exception as exc:  # reliability (issue 9): one poison article must not sink every re-run
            result.status = "rejected"
            result.status_detail = f"analysis failed: {type(exc).__name__}: {str(exc)[:200]}"
            result.mentions, result.places, result.events, result.quotes = [], [], [], []
            result.dateline_place = None

    def _analyse(self, result: Result, doc) -> None:
        article, clean = result.article, result.clean
        date = article.published or clean.dateline_date
        # (the dateline with its region: "SALISBURY, England" is no Harare, "PERTH, Scotland" no Australian city)
        result.mentions = self.actors.resolve(doc, date, clean.dateline_where)
        result.dateline_place, result.places = self.gazetteer.article_places(doc, result.mentions,
                                                                             clean.dateline_where)
        context = CodingContext(article_id=article.id, date=date, places=tuple(result.places),
                                dateline_place=result.dateline_place)
        result.events, result.quotes = self.coder.code(doc, result.mentions, context)


def freeze_loaded_objects() -> None:
    """Keep the model, lexicon and gazetteer out of Python's cyclic garbage collector.

    They are hundreds of thousands of container objects that live as long as the process; each full
    collection walked them all (0.4 s, every ~160,000 surviving objects), a cost that grew with the
    length of the run. Frozen objects are never collected, so only what loading left behind is
    collected first."""
    gc.collect()
    gc.freeze()


def collect_less_often() -> None:
    """Run the cyclic garbage collector once 20,000 more container objects were made than freed since its
    last run, not 700.

    The stages make no reference cycles: what they allocate is freed as soon as it is dropped, and the
    collector found next to nothing, yet at the default threshold it ran some 900 times per 600 articles
    (whenever a stage held a few thousand objects at once), walking every young object still in use:
    0.6 s of a 60-second run, against 0.05 s now. Full collections follow every 20 young ones (not
    every 100), so that a cycle made elsewhere (spaCy's parser leaves one per batch) is not kept long."""
    gc.set_threshold(YOUNG_OBJECTS_BEFORE_COLLECTION, 10, 1)


YOUNG_OBJECTS_BEFORE_COLLECTION = 20_000


class Pipeline:
    """All stages in one process: a `Worker` plus the driver's deduplicator."""

    def __init__(self, settings: Settings = Settings(), deduplicator: Optional[Deduplicator] = None):
        self.settings = settings
        self.worker = Worker(settings)
        self.nlp, self.actors, self.gazetteer, self.coder = (
            self.worker.nlp, self.worker.actors, self.worker.gazetteer, self.worker.coder)
        self.clean_options = self.worker.clean_options
        self.deduplicator = deduplicator if deduplicator is not None else Deduplicator()

    def run(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Process articles in batches; one parse per article feeds every later stage."""
        for batch in _chunks(articles, self.settings.batch_size):
            yield from self.run_batch(batch)

    def run_batch(self, articles: Sequence[Article]) -> list[Result]:
        results = self.worker.clean_batch(articles)
        self.dedup_batch(results)
        return self.worker.analyse_batch(results)

    def dedup_batch(self, results: Sequence[Result]) -> None:
        """Driver side, in input order: mark the copies of earlier articles as duplicates."""
        dedup_batch(self.deduplicator, results)

    def _prepare(self, article: Article) -> Result:
        """Clean and deduplicate one article (kept for callers of the one-article path)."""
        result = self.worker.clean(article)
        self.dedup_batch([result])
        return result


def dedup_batch(deduplicator: Deduplicator, results: Sequence[Result]) -> None:
    check_results = getattr(deduplicator, "check_results", None)
    if check_results is not None:
        check_results(results)
        return
    for result in results:
        if result.status == "processed":
            duplicate_of = deduplicator.check(result.article.id, result.clean.text)
            if duplicate_of:
                result.status, result.duplicate_of = "duplicate", duplicate_of


def _chunks(items: Iterable[Any], size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process(inputs: Iterable[Union[str, Article]], **settings) -> Iterator[Result]:
    """In-memory processing: texts or Articles in, Results out; no database."""
    pipeline = Pipeline(Settings(**settings))

    def as_articles() -> Iterator[Article]:
        for item in inputs:
            if isinstance(item, Article):
                yield item
            else:
                text = repair_text(item)      # mojibake and NFC, as the file readers do
                yield Article(id=make_article_id(text), raw_text=text, source="<memory>")

    return pipeline.run(as_articles())


# -- runs into the store -------------------------------------------------------------------------
@dataclass
class RunSummary:
    run_id: int
    counts: dict[str, int]
    results: list[Result]                 # kept only when asked (for the CLI's summary)
    rejects: list[Reject]
    workers: int = 1                      # how the run was executed: processes (or Dask workers)
    executor: str = "in-process"          # in-process, process pool, dask tcp://...


COUNT_KEYS = ("read", "processed", "duplicate", "skipped", "rejected", "existing")


@dataclass
class _Batch:
    """One batch on its way through the stages: cleaned, deduplicated, analysed, then written."""
    number: int
    fresh: list[Article]
    rejects: list[Reject]
    existing: int
    inputs: list[str] = field(default_factory=list)   # the files and URLs its records come from
    cleaning: Any = None                  # the executor's handle of the clean step
    analysing: Any = None                 # ... and of the analyse step
    texts: dict[str, str] = field(default_factory=dict)   # clean texts, for dedup to verify against


def process_into_store(inputs: Iterable[str], store: "Store", settings: Settings = Settings(),
                       ingest_options: IngestOptions = IngestOptions(), command: str = "process",
                       keep_results: bool = False, on_progress: Optional[Callable[[dict], None]] = None,
                       cluster: Optional[str] = None, keep_at_most: Optional[int] = None,
                       parts_dir: Optional[str] = None, executor: Any = None) -> RunSummary:
    """Read inputs, process what is new, and write it to the store batch by batch.

    Each batch (its results and rejects) is one transaction; an article already in the store is
    counted as `existing` and not processed again, so a re-run after a crash (even SIGKILL)
    finishes the work and stores each article and event once.
    Counts reconcile: read = processed + duplicate + skipped + rejected + existing.

    `settings.workers` > 1 runs the parallel stages in a local process pool; `cluster` (an address
    `tcp://host:8786`, or `local:N`) runs them on Dask; `executor` passes one already started
    (see `make_executor`; the caller then closes it). Memory stays bounded by the batch size
    times the batches in flight, whatever the number of inputs: results are written and dropped
    (`keep_results` keeps them for a report; `keep_at_most` caps how many).
    """
    in_flight_texts: dict[str, str] = {}  # clean texts deduplicated but not yet written
    previous_limit = store.limit_memory(run_db_memory()) if hasattr(store, "limit_memory") else None
    try:
        return _process_into_store(inputs, store, settings, ingest_options, command, keep_results, on_progress,
                                   cluster, keep_at_most, parts_dir, executor, in_flight_texts)
    finally:
        if previous_limit is not None:
            try:
                store.restore_memory(previous_limit.replace(" ", ""))
            except Exception:   # a closed or failed connection: nothing to restore
                pass


def run_db_memory() -> str:
    """DuckDB's memory cap during a run (issue 8: memory bounded whatever the corpus size): the
    pages it has written are evicted past it, larger operations spill to disk. `DATELINE_DB_MEMORY`
    overrides it (e.g. 1GB)."""
    return os.environ.get("DATELINE_DB_MEMORY", DB_MEMORY)


DB_MEMORY = "128MB"


def _process_into_store(inputs, store, settings, ingest_options, command, keep_results, on_progress, cluster,
                        keep_at_most, parts_dir, executor, in_flight_texts) -> RunSummary:
    deduplicator = _deduplicator_for(store, in_flight_texts)
    run_id = store.begin_run(command)
    owned = executor is None
    if owned:
        executor = make_executor(settings, cluster, run_id=run_id, parts_dir=parts_dir or _default_parts_dir(store),
                                 read_part=store.read_result_part)
    counts = dict.fromkeys(COUNT_KEYS, 0)
    kept: list[Result] = []
    kept_rejects: list[Reject] = []
    in_flight: deque[_Batch] = deque()
    in_flight_ids: set[str] = set()       # ids read but not yet written: a second copy counts as existing
    in_flight_texts_by_id: dict[str, tuple[str, Optional[str]]] = {}   # ... of those with their record's id
    window = executor.window

    def admit(number: int, articles: list[Article], rejects: list[Reject]) -> None:
        stored = store.stored_texts([a.id for a in articles])
        fresh, existing, inputs = [], 0, _inputs_read(articles, rejects)
        for article in articles:
            if article.id in stored or article.id in in_flight_ids:
                taken = stored.get(article.id) or in_flight_texts_by_id.get(article.id)
                conflict = _id_conflict(article, taken)
                if conflict is not None:  # another article under the same id: refused, not dropped unseen
                    rejects = [*rejects, conflict]
                else:
                    existing += 1
            else:
                in_flight_ids.add(article.id)
                if _has_own_id(article):
                    in_flight_texts_by_id[article.id] = (_digest(article.raw_text), article.input_ref)
                fresh.append(article)
        batch = _Batch(number, fresh, rejects, existing, inputs=inputs)
        batch.cleaning = executor.clean(fresh)
        in_flight.append(batch)

    def deduplicate_next(block: bool) -> bool:
        """Dedup the oldest cleaned batch not yet deduplicated (in input order), start its analysis."""
        batch = next((b for b in in_flight if b.analysing is None), None)
        if batch is None or not (block or executor.done(batch.cleaning)):
            return False
        results = executor.clean_result(batch.cleaning)
        dedup_batch(deduplicator, results)
        batch.texts = {r.article.id: r.clean.text for r in results if r.status in ("processed", "duplicate")}
        in_flight_texts.update(batch.texts)
        batch.cleaning = None
        batch.analysing = executor.analyse(results, batch.number)
        return True

    def write_next(block: bool) -> bool:
        batch = in_flight[0] if in_flight else None
        if batch is None or batch.analysing is None or not (block or executor.done(batch.analysing)):
            return False
        results = executor.analyse_result(batch.analysing)
        for result in results:
            counts[result.status] += 1
        counts["existing"] += batch.existing
        counts["rejected"] += len(batch.rejects)
        store.write_batch(run_id, results, batch.rejects, inputs_read=batch.inputs)
        store.record_progress(run_id, counts)
        forget = getattr(deduplicator, "forget", None)
        if forget is not None:            # the store now answers for these documents
            forget([r.fingerprint.seq for r in results if r.fingerprint is not None])
        executor.committed(batch.analysing)
        in_flight.popleft()
        in_flight_ids.difference_update(a.id for a in batch.fresh)
        for article in batch.fresh:
            in_flight_texts_by_id.pop(article.id, None)
        for article_id in batch.texts:
            in_flight_texts.pop(article_id, None)
        if keep_results:
            room = None if keep_at_most is None else max(0, keep_at_most - len(kept))
            kept.extend(results[:room])
            kept_rejects.extend(batch.rejects[:None if keep_at_most is None else max(0, keep_at_most - len(kept_rejects))])
        if on_progress:
            on_progress(dict(counts))
        return True

    def advance(block: bool) -> None:
        """Move batches along as far as they can go; with `block`, wait for one step at least."""
        while deduplicate_next(False) or write_next(False):
            pass
        if block and in_flight:
            # wait for whichever comes first: the oldest batch's analysis (to write it) or the
            # cleaning of the next batch to deduplicate (to send it to be analysed), so that a
            # worker never idles while the driver waits on another one (issue 8)
            oldest = in_flight[0]
            next_clean = next((b for b in in_flight if b.analysing is None), None)
            handles = [h for h in (oldest.analysing, next_clean.cleaning if next_clean else None) if h is not None]
            _wait_first(executor, handles)
            while deduplicate_next(False) or write_next(False):
                pass

    previous_threads = store.limit_threads(1) if hasattr(store, "limit_threads") else None
    try:
        number = 0
        articles: list[Article] = []
        rejects: list[Reject] = []
        for item in read_inputs(inputs, ingest_options):
            counts["read"] += 1
            if isinstance(item, Reject):
                rejects.append(item)
            else:
                articles.append(item)
            if len(articles) + len(rejects) >= settings.batch_size:
                admit(number, articles, rejects)
                number += 1
                articles, rejects = [], []
                advance(block=False)
                while len(in_flight) >= window:   # at most `window` batches in flight: memory stays bounded
                    advance(block=True)
        if articles or rejects:
            admit(number, articles, rejects)
        while in_flight:
            advance(block=True)
    finally:
        if owned:
            executor.close()
        if previous_threads is not None:
            try:
                store.limit_threads(previous_threads)
            except Exception:   # a failed connection (disk full...): the error that matters is raised
                pass
    update_stories(store)                 # issue 4: group new articles into stories, count events across them
    store.finish_run(run_id, counts)
    return RunSummary(run_id, counts, kept, kept_rejects, workers=executor.workers, executor=executor.name)


def _has_own_id(article: Article) -> bool:
    """Whether the id came from the record's id field, not from its URL or its text."""
    return article.id != make_article_id(article.raw_text, url=article.url, ref=article.input_ref)


def _digest(text: Optional[str]) -> str:
    return hashlib.md5((text or "").encode("utf-8")).hexdigest()


def _id_conflict(article: Article, taken: Optional[tuple[str, Optional[str]]]) -> Optional[Reject]:
    """A reject when the record's own id is already taken by another text (two files both numbering
    their records 1, 2, 3...): silently counting it as already stored would lose the article."""
    if taken is None or not _has_own_id(article) or taken[0] == _digest(article.raw_text):
        return None
    ref = article.input_ref or article.id
    return Reject(ref, "id_conflict", f"{ref}: id {article.id!r} is already taken by an article with another text"
                  f"{f' ({taken[1]})' if taken[1] else ''}; records need unique ids (--id-field chooses the "
                  "field), and a corrected text a new id")


def _inputs_read(articles: list[Article], rejects: list[Reject]) -> list[str]:
    """The files and URLs that a batch's records were read from (not stdin: each run reads another)."""
    refs = {a.input_ref for a in articles if a.input_ref} | {r.input for r in rejects if r.input}
    return sorted({origin(ref) for ref in refs} - {"<stdin>", "api"})


def _wait_first(executor: Any, handles: list) -> None:
    """Block until one of these executor handles is done."""
    if not handles or any(executor.done(h) for h in handles):
        return
    wait_first = getattr(executor, "wait_first", None)
    if wait_first is not None:
        wait_first(handles)
        return
    import time
    while not any(executor.done(h) for h in handles):
        time.sleep(0.005)


def _deduplicator_for(store: "Store", in_flight_texts: dict[str, str]) -> Any:
    """A deduplicator seeded from the store's fingerprints (no texts held in memory).

    It verifies a candidate pair by loading the earlier text on demand: from the batches already
    deduplicated but not yet written (several are in flight with a pool), else from the store.
    """
    if not (hasattr(store, "dedup_state") and hasattr(store, "clean_texts")):
        return Deduplicator(store.dedup_keys())

    def load_texts(article_ids: Sequence[str]) -> dict[str, str]:
        found = {aid: in_flight_texts[aid] for aid in article_ids if aid in in_flight_texts}
        missing = [aid for aid in article_ids if aid not in found]
        if missing:
            found.update(store.clean_texts(missing))
        return found

    if hasattr(store, "dedup_lookup"):
        # issue 8: earlier documents are looked up in the store, batch by batch: the deduplicator
        # holds only the batches in flight, whatever the size of the corpus
        from .dedup.stored import StoredDeduplicator
        deduplicator = StoredDeduplicator(store, text_loader=load_texts)
    else:
        deduplicator = Deduplicator(state=store.dedup_state(), text_loader=load_texts)
    deduplicator.index_stored(store)      # articles stored before dedup kept fingerprints (issue 4)
    return deduplicator


# -- executors: where the parallel stages run -------------------------------------------------
class InProcessExecutor:
    """Runs the stages at once in this process (`--workers 1`)."""
    name = "in-process"
    workers = 1
    window = 1

    def __init__(self, settings: Settings):
        self._settings = settings
        self._worker: Optional[Worker] = None     # built on the first batch with work

    @property
    def worker(self) -> Worker:
        if self._worker is None:
            self._worker = Worker(self._settings)
        return self._worker

    def warm_up(self) -> None:
        """Build the stages now (the model, actor matchers, gazetteer), e.g. before timing."""
        self.worker

    def clean(self, articles: list[Article]) -> list[Result]:
        return self.worker.clean_batch(articles) if articles else []

    def analyse(self, results: list[Result], batch_number: int) -> list[Result]:
        if not any(r.status == "processed" for r in results):
            return list(results)
        return self.worker.analyse_batch(results)

    def done(self, handle: Any) -> bool:
        return True

    def clean_result(self, handle: list[Result]) -> list[Result]:
        return handle

    def analyse_result(self, handle: list[Result]) -> list[Result]:
        return handle

    def committed(self, handle: Any) -> None:
        pass

    def close(self) -> None:
        pass


def make_executor(settings: Settings, cluster: Optional[str] = None, run_id: int = 0,
                  parts_dir: Optional[str] = None, read_part: Optional[Callable[[str], list[bytes]]] = None):
    """Where the parallel stages run: a Dask cluster, a local process pool, or this process."""
    if cluster:
        from .cluster import DaskExecutor
        return DaskExecutor(cluster, settings, run_id=run_id, parts_dir=parts_dir or "dateline-parts",
                            read_part=read_part)
    if settings.workers > 1:
        from .parallel import PoolExecutor
        return PoolExecutor(settings, settings.workers)
    return InProcessExecutor(settings)


def _default_parts_dir(store: "Store") -> str:
    return (store.path + ".parts") if store.path != ":memory:" else os.path.join(os.getcwd(), "dateline-parts")


# -- progress ------------------------------------------------------------------------------------
MULTI_RECORD_SUFFIXES = {".jsonl", ".ndjson", ".warc", ".gz", ".bz2", ".xz", ".zst", ".csv", ".tsv", ".xml", ".rss",
                         ".atom", ".zip", ".json", ".parquet"}


def count_inputs(paths: Iterable[str]) -> Optional[int]:
    """How many records the inputs hold, when that is cheap to know (files, JSON lines); else None.

    Used for the progress bar's total and ETA; never reads a file's records, only counts files and lines.
    """
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        if path.is_dir():
            for child in path.rglob("*"):
                if child.name.startswith(".") or not child.is_file():
                    continue
                counted = _count_file(child)
                if counted is None:
                    return None
                total += counted
        elif path.is_file():
            counted = _count_file(path)
            if counted is None:
                return None
            total += counted
        else:
            total += 1                    # a missing input is read as one reject
    return total


def _count_file(path: Path) -> Optional[int]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        lines = 0
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                lines += block.count(b"\n")
        return lines
    if suffix in MULTI_RECORD_SUFFIXES:
        return None
    return 1


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def workers_for(requested: Optional[int], total: Optional[int], batch_size: int) -> int:
    """Workers worth starting: no more than there are batches to share (a small run stays in-process)."""
    workers = requested if requested else default_workers()
    if total is not None:
        workers = min(workers, max(1, math.ceil(total / batch_size)))
    return max(1, workers)
