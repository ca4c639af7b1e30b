"""The REST API and the web dashboard (`dateline serve`), one FastAPI app over one database.

DuckDB allows one read-write connection per file and process, so the app holds exactly one:
writes (POST /articles) go through it under a lock, and every read runs on a cursor of its own
(`Store.reader()`), which sees committed data and never waits for a write. The pipeline (the spaCy
model) loads on the first POST, so a read-only server starts in a second.

Writes need a bearer token (`--token` or DATELINE_TOKEN); a server started without one is
read-only. Request bodies and batches are bounded; every error is JSON: {"error": ..., "status": ...}.
"""
from __future__ import annotations

import datetime as dt
import hmac
import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Iterator, Literal, Optional, Union

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .model import MODALITIES, PLOVER_TYPES, Article
from .settings import Settings
from .store import EventQuery, Store, StoreError

STATIC = Path(__file__).parent / "web" / "static"
TOKEN_ENV = "DATELINE_TOKEN"
DEFAULT_MAX_BODY_BYTES = 5_000_000
DEFAULT_MAX_BATCH = 100
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


# -- request and response bodies ---------------------------------------------------------------
class ArticleIn(BaseModel):
    """One article to code: its text and what is known about it."""
    text: str = Field(..., min_length=1, description="The article's text (plain text or HTML).")
    title: Optional[str] = Field(None, max_length=1000)
    url: Optional[str] = Field(None, max_length=4000, description="Its URL; also makes the article id stable.")
    published: Optional[dt.date] = Field(None, description="Publication date, YYYY-MM-DD.")
    source: Optional[str] = Field(None, max_length=200, description="The outlet, e.g. 'VOA'.")

    model_config = {"json_schema_extra": {"examples": [{
        "text": "ISTANBUL - Russian President Vladimir Putin met Turkish Prime Minister Recep Tayyip Erdogan on Monday.",
        "title": "Putin meets Erdogan", "published": "2012-12-03", "source": "VOA"}]}}


class ArticleBatch(BaseModel):
    """Several articles in one request (at most the server's --max-batch)."""
    articles: list[ArticleIn] = Field(..., min_length=1)


class ArticleOutcome(BaseModel):
    id: str
    status: str = Field(..., description="processed, duplicate, skipped, rejected, or existing (stored before).")
    status_detail: Optional[str] = None
    duplicate_of: Optional[str] = None
    title: Optional[str] = None
    events: int = 0


class PostResult(BaseModel):
    run_id: Optional[int]
    articles: list[ArticleOutcome]
    counts: dict[str, int]


# -- the service: one store, one writer ----------------------------------------------------------
class Service:
    """The database and the (lazily loaded) pipeline of one server process."""

    def __init__(self, db: str | Path, token: Optional[str], settings: Settings, read_only: bool,
                 max_body_bytes: int, max_batch: int):
        self.store = Store(db, read_only=read_only)
        self.token = token or None
        self.settings = settings
        self.read_only_db = read_only
        self.max_body_bytes = max_body_bytes
        self.max_batch = max_batch
        self.write_lock = threading.Lock()
        self._pipeline = None

    def reader(self) -> Iterator[Store]:
        view = self.store.reader()
        try:
            yield view
        finally:
            view.close()

    def close(self) -> None:
        self.store.close()

    def _pipeline_for_writes(self):
        """Build the pipeline on first use (loads the spaCy model), seeded with stored articles."""
        if self._pipeline is None:
            from . import pipeline as pipeline_module
            seed = getattr(pipeline_module, "_deduplicator_for", None)
            deduplicator = seed(self.store, {}) if seed else None
            self._pipeline = pipeline_module.Pipeline(self.settings, deduplicator=deduplicator)
        return self._pipeline

    def process(self, items: list[ArticleIn]) -> PostResult:
        """Code the articles with the real pipeline and store them, as one run and one batch."""
        from .ingest import article_id
        articles = [Article(id=article_id(item.text, url=item.url, ref="api"), raw_text=item.text,
                            source=item.source or "api", url=item.url, title=item.title, published=item.published,
                            published_origin="metadata" if item.published else "unknown", input_ref="api")
                    for item in items]
        with self.write_lock:
            existing = self.store.existing_ids([a.id for a in articles])
            fresh, seen = [], set()
            for article in articles:
                if article.id not in existing and article.id not in seen:
                    seen.add(article.id)
                    fresh.append(article)
            counts = {"read": len(articles), "processed": 0, "duplicate": 0, "skipped": 0, "rejected": 0,
                      "existing": len(articles) - len(fresh)}
            outcomes: dict[str, ArticleOutcome] = {}
            run_id = None
            if fresh:
                pipeline = self._pipeline_for_writes()
                results = pipeline.run_batch(fresh)
                run_id = self.store.begin_run("api: POST /articles")
                try:
                    self.store.write_batch(run_id, results)
                except Exception:
                    self._pipeline = None   # its deduplicator saw articles that were not stored
                    raise
                for result in results:
                    counts[result.status] = counts.get(result.status, 0) + 1
                    outcomes[result.article.id] = ArticleOutcome(
                        id=result.article.id, status=result.status, status_detail=result.status_detail,
                        duplicate_of=result.duplicate_of, title=result.article.title, events=len(result.events))
                self.store.finish_run(run_id, counts)
            for article in articles:        # stored before: its events as stored, not 0
                if article.id not in outcomes:
                    outcomes[article.id] = ArticleOutcome(
                        id=article.id, status="existing", title=article.title,
                        events=len(self.store.events(modality=None, article_id=article.id)))
        reported = [outcomes[a.id] for a in articles]
        return PostResult(run_id=run_id, articles=reported, counts=counts)


# -- errors as JSON -----------------------------------------------------------------------------
def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": message, "status": status, **extra}, status_code=status, headers=headers)


def _validation_message(errors: list[dict]) -> str:
    parts = []
    for e in errors[:5]:
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {e.get('msg')}")
    return "invalid request - " + "; ".join(parts)


class BodyLimit:
    """Refuse request bodies over `max_bytes` with 413, by Content-Length or while streaming."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            return await _error(413, self._message())(scope, receive, send)
        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise HTTPException(413, self._message())
            return message

        return await self.app(scope, limited_receive, send)

    def _message(self) -> str:
        return f"request body too large: at most {self.max_bytes:,} bytes; send fewer or shorter articles"


# -- the app ------------------------------------------------------------------------------------
def create_app(db: str | Path, token: Optional[str] = None, settings: Optional[Settings] = None,
               read_only: bool = False, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
               max_batch: int = DEFAULT_MAX_BATCH) -> FastAPI:
    """The FastAPI app over database `db`. `token=None` reads DATELINE_TOKEN; none at all means read-only."""
    service = Service(db, token if token is not None else os.environ.get(TOKEN_ENV), settings or Settings(),
                      read_only, max_body_bytes, max_batch)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        service.close()

    app = FastAPI(
        title="dateline", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
        description="News articles in, clean, deduplicated, PLOVER/CAMEO-coded events out. "
                    "Reads are open; `POST /articles` needs `Authorization: Bearer <token>`. "
                    "The dashboard is at [/](/).")
    app.state.service = service
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    _add_error_handlers(app)
    _add_pages(app)
    _add_routes(app, service)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            # FastAPI's answer when json.loads fails other than by syntax (e.g. nested too deeply):
            # malformed JSON is a 422 with a message like any other (issue 9)
            return _error(422, "invalid request - body: malformed JSON (could not be parsed; nested too deeply?)")
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in errors]
        return _error(422, _validation_message(errors), details=details)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return _error(503, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        return _error(500, f"internal error: {type(exc).__name__}: {exc}")


def _add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard():
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        # Swagger UI from the package, not a CDN: the docs work offline too
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="dateline API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")


def _split(values: Optional[list[str]]) -> Optional[list[str]]:
    """Repeated parameters and comma lists alike: ?type=AID&type=ASSAULT or ?type=AID,ASSAULT."""
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()] or None


def event_filters(
    actor: Optional[list[str]] = Query(None, description="Actor code prefix (RUS, TURGOV) or name part, "
                                       "as source or target; repeat or comma-separate for several."),
    source: Optional[list[str]] = Query(None, description="Source actor code prefix or name part."),
    target: Optional[list[str]] = Query(None, description="Target actor code prefix or name part."),
    country: Optional[list[str]] = Query(None, description="ISO alpha-3 country of source, target or place."),
    type: Optional[list[str]] = Query(None, description="PLOVER type(s), e.g. ASSAULT."),
    quad_class: Optional[list[Annotated[int, Field(ge=1, le=4)]]] = Query(None, description="1 verbal coop., 2 material coop., "
                                            "3 verbal conflict, 4 material conflict."),
    modality: str = Query("asserted", description=f"Comma list of {', '.join(MODALITIES)}, or all."),
    since: Optional[dt.date] = Query(None, description="Earliest event date YYYY-MM-DD."),
    until: Optional[dt.date] = Query(None, description="Latest event date YYYY-MM-DD."),
    text: Optional[str] = Query(None, max_length=200, description="Text in the event's sentence."),
    article_id: Optional[str] = Query(None, max_length=64),
    story_id: Optional[str] = Query(None, max_length=64),
) -> EventQuery:
    """The event filters of `dateline events`, as query parameters."""
    modalities = None if modality == "all" else _split([modality])
    unknown = [m for m in modalities or () if m not in MODALITIES]
    if unknown:
        raise HTTPException(422, f"unknown modality {', '.join(unknown)}; choose from {', '.join(MODALITIES)} or all")
    types = [t.upper() for t in _split(type) or ()]
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown:
        raise HTTPException(422, f"unknown PLOVER type {', '.join(unknown)}; choose from {', '.join(PLOVER_TYPES)}")
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return EventQuery(modality=modalities, plover=types or None, quad_class=quad_class, actor=_split(actor),
                      source=_split(source), target=_split(target), country=_split(country), since=since,
                      until=until, text=text or None, article_id=article_id, story_id=story_id)


def _add_routes(app: FastAPI, service: Service) -> None:
    bearer = HTTPBearer(auto_error=False, description="The token the server was started with (--token).")
    read = Depends(service.reader)

    def require_token(credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> None:
        if service.token is None:     # (checked first: `serve` without a token holds the database read-only)
            raise HTTPException(403, "this server is read-only: start it with --token (or DATELINE_TOKEN) to "
                                     "allow writes")
        if service.read_only_db:
            raise HTTPException(403, "this server opened the database read-only; restart it without --read-only")
        if credentials is None:
            raise HTTPException(401, "missing bearer token: send the header 'Authorization: Bearer <token>'")
        if not hmac.compare_digest(credentials.credentials.encode(), service.token.encode()):
            raise HTTPException(401, "wrong token")

    @app.post("/articles", response_model=PostResult, tags=["articles"], dependencies=[Depends(require_token)],
              responses={401: {"description": "missing or wrong token"}, 403: {"description": "read-only server"},
                         413: {"description": "body or batch too large"}})
    def post_articles(body: Union[ArticleBatch, ArticleIn]) -> PostResult:
        """Code one article ({text, title, url, published, source}) or a batch ({articles: [...]})
        with the full pipeline and store the results. Articles stored before come back as `existing`."""
        items = body.articles if isinstance(body, ArticleBatch) else [body]
        if len(items) > service.max_batch:
            raise HTTPException(413, f"too many articles in one request: {len(items)}, at most {service.max_batch}")
        too_long = [i for i, item in enumerate(items) if len(item.text.encode("utf-8")) > service.settings.max_text_bytes]
        if too_long:
            raise HTTPException(413, f"article {too_long[0]} is longer than {service.settings.max_text_bytes:,} bytes")
        try:
            return service.process(items)
        except ImportError as exc:   # e.g. the spaCy model is not installed
            raise HTTPException(503, f"the pipeline cannot start: {exc}") from exc

    @app.get("/events", tags=["events"])
    def get_events(query: EventQuery = Depends(event_filters), limit: int = Query(50, ge=1, le=1000),
                   offset: int = Query(0, ge=0), order: Literal["asc", "desc"] = "asc", store: Store = read) -> dict:
        """Events matching the filters, one page at a time, with the total number of matches."""
        return store.event_page(query, limit=limit, offset=offset, descending=order == "desc")

    @app.get("/events/timeline", tags=["events"])
    def get_timeline(query: EventQuery = Depends(event_filters), store: Store = read) -> dict:
        """Matching events per day and QuadClass."""
        return {"days": store.timeline(query)}

    @app.get("/events/network", tags=["events"])
    def get_network(query: EventQuery = Depends(event_filters), edges: int = Query(150, ge=1, le=2000),
                    store: Store = read) -> dict:
        """Who acts on whom among matching events: edges with counts and mean Goldstein score."""
        return {"edges": store.network(query, edges=edges)}

    @app.get("/events/places", tags=["events"])
    def get_places(query: EventQuery = Depends(event_filters), limit: int = Query(500, ge=1, le=5000),
                   store: Store = read) -> dict:
        """Where matching events happen: counts per country (ISO alpha-3) and per located place."""
        return store.event_places(query, limit=limit)

    @app.get("/articles", tags=["articles"])
    def get_articles(status: Optional[Literal["processed", "duplicate", "skipped"]] = Query(
                         None, description="processed, duplicate or skipped (rejected inputs are not stored as "
                                           "articles: `dateline rejects` lists them)"),
                     text: Optional[str] = Query(None, max_length=200), limit: int = Query(50, ge=1, le=1000),
                     offset: int = Query(0, ge=0), store: Store = read) -> dict:
        """Stored articles, newest first, with their status and number of events."""
        return store.article_page(status=status, text=text, limit=limit, offset=offset)

    @app.get("/articles/{article_id}", tags=["articles"], responses={404: {"description": "no such article"}})
    def get_article(article_id: str, store: Store = read) -> dict:
        """One article: clean text, removed blocks, actor mentions, places, events (every modality) and quotes."""
        article = store.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r} (or the prefix is not unique)")
        return article

    @app.get("/actors", tags=["actors"])
    def get_actors(query: EventQuery = Depends(event_filters), limit: int = Query(50, ge=1, le=1000),
                   store: Store = read) -> dict:
        """The most active actors among matching events."""
        return {"actors": store.actor_list(query, limit=limit)}

    @app.get("/actors/{code}", tags=["actors"], responses={404: {"description": "actor never seen"}})
    def get_actor(code: str, query: EventQuery = Depends(event_filters), partners: int = Query(25, ge=1, le=500),
                  store: Store = read) -> dict:
        """One actor code: events as source and as target, by type, and its partners both ways."""
        profile = store.actor_profile(code, query, partners=partners)
        if profile is None:
            raise HTTPException(404, f"no events or mentions of actor {code.upper()!r}")
        return profile

    @app.get("/stories", tags=["stories"])
    def get_stories(limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0), store: Store = read) -> dict:
        """Stories (groups of articles on one event), biggest first, with their articles."""
        return store.story_page(limit=limit, offset=offset)

    @app.get("/stats", tags=["stats"])
    def get_stats(store: Store = read) -> dict:
        """Counts: articles by status; events by type, QuadClass, modality, country and month."""
        return store.stats()

    @app.get("/meta", tags=["stats"])
    def get_meta() -> dict:
        """What the dashboard needs to label things: types, modalities, QuadClasses, country codes."""
        return {"version": __version__, "plover_types": list(PLOVER_TYPES), "modalities": list(MODALITIES),
                "quad_classes": QUAD_CLASSES, "writable": service.token is not None and not service.read_only_db,
                "countries": _country_codes()}


def _country_codes() -> dict[str, dict]:
    """ISO numeric (the map's shape ids) -> alpha-3 and name, from pycountry."""
    import pycountry
    return {c.numeric: {"alpha3": c.alpha_3, "name": getattr(c, "common_name", None) or c.name}
            for c in pycountry.countries}
