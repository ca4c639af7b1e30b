"""Toponym evaluation: find and resolve the places of a labelled set.

Gold lines (JSON): {"id", "text", "dateline" (optional), "toponyms": [{"text", "occurrence", "name",
"country", "lat", "lon"}]}. A toponym is correct when a predicted place covers its span, has the
gold country, and lies within 50 km of the gold coordinates. For a toponym that names a whole
country the distance is not used (centroids differ between sources; the gazetteer has none and
estimates one), only the country. The article's countries (from the actor mentions) and the
dateline guide disambiguation, exactly as in the pipeline.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import json_lines
from ..model import Place
from .actors import GoldError, gold_span, parse_date, read_gold

DEFAULT_GOLD = Path(__file__).parent / "data" / "places_gold.jsonl"
MAX_KM = 50.0


@dataclass
class PlaceScore:
    total: int = 0
    correct: int = 0
    country_correct: int = 0
    missed: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def country_accuracy(self) -> float:
        return self.country_correct / self.total if self.total else 0.0

    def summary(self) -> str:
        return (f"place accuracy {self.accuracy:.3f} country accuracy {self.country_accuracy:.3f} "
                f"({self.total} toponyms, {self.missed} not found)")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _covering(places: list[Place], start: int, end: int) -> Optional[Place]:
    hits = [p for p in places if p.start is not None and p.start <= start and p.end >= end]
    return min(hits, key=lambda p: p.end - p.start) if hits else None


def place_correct(gold: dict, place: Optional[Place]) -> tuple[bool, bool]:
    """(correct, country correct) for one gold toponym."""
    if place is None:
        return False, False
    country_ok = place.country == gold.get("country")
    if not country_ok:
        return False, False
    if place.feature == "country":
        return True, True
    if gold.get("lat") is None or gold.get("lon") is None or place.lat is None or place.lon is None:
        return False, True
    return km(place.lat, place.lon, float(gold["lat"]), float(gold["lon"])) <= MAX_KM, True


def read_places_gold(path: str | Path) -> list[dict]:
    """The records of a places gold file; a line whose toponyms cannot be scored (not a list of
    objects with `text`, or coordinates that are not numbers) raises GoldError naming it."""
    records = read_gold(path)
    numbers = [number for number, _ in json_lines(path, GoldError)]
    for number, record in zip(numbers, records):
        toponyms = record.get("toponyms") or []
        if not isinstance(toponyms, list) or not all(isinstance(t, dict) and isinstance(t.get("text"), str)
                                                     for t in toponyms):
            raise GoldError(f"{path}:{number}: \"toponyms\" must be a list of objects "
                            "({\"text\", \"occurrence\", \"name\", \"country\", \"lat\", \"lon\"})")
        for toponym in toponyms:
            for key in ("lat", "lon"):
                value = toponym.get(key)
                try:
                    float(value) if value is not None and not isinstance(value, bool) else None
                except (TypeError, ValueError):
                    raise GoldError(f"{path}:{number}: toponym {toponym['text']!r}: \"{key}\" must be a number "
                                    f"(decimal degrees), not {value!r}") from None
    return records


def evaluate(gold_path: str | Path = DEFAULT_GOLD, model: Optional[str] = None) -> PlaceScore:
    from .. import nlp as nlp_module
    from ..actors import ActorResolver
    from ..places import Gazetteer
    from ..settings import Settings

    records = read_places_gold(gold_path)
    nlp = nlp_module.load(model or Settings().model)     # --model, else DATELINE_MODEL
    resolver, gazetteer = ActorResolver(), Gazetteer()
    score = PlaceScore()
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        mentions = resolver.resolve(doc, parse_date(record.get("date")), record.get("dateline"))   # as the pipeline
        _, places = gazetteer.article_places(doc, mentions, record.get("dateline"))
        for gold in record.get("toponyms", []):
            score.total += 1
            span = gold_span(record["text"], gold)
            place = _covering(places, *span) if span else None
            correct, country_ok = place_correct(gold, place)
            score.correct += correct
            score.country_correct += country_ok
            score.missed += place is None
            if not correct:
                score.errors.append({"id": record.get("id"), "text": gold.get("text"), "gold": gold.get("country"),
                                     "got": None if place is None else f"{place.name} {place.country}",
                                     "sentence": record["text"][:160]})
    return score
