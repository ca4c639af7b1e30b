"""The CAMEO reference tables shipped in `events/data/`: codes, Goldstein scores, CAMEO -> PLOVER.

`eventcodes.tsv` and `goldstein.tsv` are the published CAMEO lookups; `cameo2plover-2021.txt` is the
official conversion table of the PLOVER manual (draft 0.8, CC BY-SA 4.0). CAMEO roots 01 (public
statement) and 02 (appeal) are not in that table: `plover-extra.tsv` (ours) files the 02 appeals
under REQUEST, as the PLOVER manual's REQUEST definition covers them; 01 statements stay uncoded.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Optional

DATA = resources.files(__package__) / "data"


def quad_class_of(cameo: str) -> int:
    """CAMEO root -> QuadClass: 01-05 verbal cooperation, 06-08 material cooperation,
    09-13 verbal conflict, 14-20 material conflict."""
    root = int(cameo[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


@dataclass(frozen=True)
class CameoTables:
    descriptions: dict[str, str]
    goldstein_scores: dict[str, float]
    plover_types: dict[str, str]

    def exists(self, code: str) -> bool:
        return code in self.descriptions

    def describe(self, code: str) -> str:
        return self.descriptions.get(code, "")

    def goldstein(self, code: str) -> float:
        """The code's score, else its nearest listed ancestor's (0311 -> 031 -> 03)."""
        for length in range(len(code), 1, -1):
            score = self.goldstein_scores.get(code[:length])
            if score is not None:
                return score
        return 0.0

    def plover(self, code: str) -> Optional[str]:
        """The PLOVER type of a CAMEO code (its own row, else its parent's), None if uncoded."""
        for length in range(len(code), 1, -1):
            plover = self.plover_types.get(code[:length])
            if plover:
                return plover
        return None

    def quad_class(self, code: str) -> int:
        return quad_class_of(code)


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _read_cameo2plover(text: str) -> dict[str, str]:
    """Lines like `0841: RETREAT, release,   legal # Return, release person(s)`."""
    table: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        code, rest = line.split(":", 1)
        code, plover = code.strip(), rest.split(",", 1)[0].strip()
        if code.isdigit() and plover.isalpha() and plover.isupper():
            table.setdefault(code, plover)
    return table


@functools.lru_cache(maxsize=1)
def load_tables() -> CameoTables:
    """Read the shipped tables once per process."""
    descriptions = {row[0].strip(): row[1].strip() for row in _read_tsv("eventcodes.tsv") if len(row) >= 2}
    goldstein = {row[0].strip(): float(row[1]) for row in _read_tsv("goldstein.tsv") if len(row) >= 2}
    plover = _read_cameo2plover((DATA / "cameo2plover-2021.txt").read_text(encoding="utf-8"))
    for row in _read_tsv("plover-extra.tsv"):
        plover.setdefault(row[0].strip(), row[1].strip())
    return CameoTables(descriptions, goldstein, plover)
