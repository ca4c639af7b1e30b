"""Evaluation harnesses: each area measures itself against labelled data shipped in `eval/data/`."""

import json
from pathlib import Path
from typing import Iterator


def json_lines(path: str | Path, error: type[Exception]) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSONL file.

    Every problem is raised as `error` with the file and line, so each harness reports bad
    labelled data the same way: `cannot read FILE`, `FILE:N: not valid JSON (...)`,
    `FILE:N: expected a JSON object`.
    """
    path = Path(path)
    if not path.is_file():
        raise error(f"cannot read {path}: the file does not exist")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"cannot read {path}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise error(f"{path}:{number}: expected a JSON object")
        yield number, record
