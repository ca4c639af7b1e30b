"""The codebook's spelling of an actor code: old CAMEO and historical country codes (USR, JAP, SUN,
YUG, DDR...) written as the ISO alpha-3 code the resolver gives (RUS, JPN, RUS, SRB, DEU...), from
`data/legacy_codes.yaml`, the table the resolver itself reads. Gold files written by people who code
the Soviet Union as SUN are then scored against the resolver's RUS as the same country."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Optional

import yaml

LEGACY_FILE = Path(__file__).parent / "data" / "legacy_codes.yaml"


@functools.lru_cache(maxsize=1)
def legacy_countries() -> dict[str, str]:
    """Old or historical three-letter country code -> the ISO code the codebook uses."""
    return {str(old): str(new) for old, new in (yaml.safe_load(LEGACY_FILE.read_text(encoding="utf-8")) or {}).items()}


def codebook_code(code: Optional[str]) -> Optional[str]:
    """`code` with a legacy country prefix replaced ("SUNGOV" -> "RUSGOV", "JAP" -> "JPN"); other codes
    (IGOs, unknown, None) unchanged."""
    if not code or len(code) not in (3, 6) or not code.isalpha():
        return code
    successor = legacy_countries().get(code[:3].upper())
    return successor + code[3:] if successor else code
