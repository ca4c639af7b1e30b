"""`make bench`: run every benchmark module (bench/bench_*.py) and write docs/benchmarks.md.

Each module exposes `run(quick: bool) -> str`, returning a Markdown section (heading, the command,
a table of figures measured side by side in one run). `python -m bench.run --only clean` runs one.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
DOC = HERE.parent / "docs" / "benchmarks.md"


def machine() -> str:
    import psutil
    return (f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores, "
            f"{psutil.virtual_memory().total / 2**30:.0f} GiB RAM, {platform.processor() or platform.machine()}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", action="append", help="run only bench_NAME (repeatable)")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--no-write", action="store_true", help="print, do not rewrite docs/benchmarks.md")
    args = parser.parse_args(argv)
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if args.only:
        names = [n for n in names if n.removeprefix("bench_") in args.only]
    sections = []
    for name in names:
        started = time.perf_counter()
        print(f"== {name}", file=sys.stderr, flush=True)
        section = importlib.import_module(f"bench.{name}").run(quick=args.quick)
        sections.append(section.rstrip() + f"\n\n_({name} took {time.perf_counter() - started:.0f} s)_\n")
        print(section, flush=True)
    mode = (" in quick mode (`python -m bench.run --quick`: smaller sizes, for a time-boxed run; `make bench` "
            "runs the full sizes)") if args.quick else " (`python -m bench.run`)"
    header = (f"# Benchmarks\n\nWritten by `make bench`{mode} on {dt.date.today()}.\n\n"
              f"Machine: {machine()}.\n\nEvery ratio below compares figures measured side by side in the same run.\n")
    if not args.no_write:
        if args.only and DOC.exists():
            # keep the other sections: replace only the ones we ran
            text = _mixed_header(DOC.read_text())
            for name, section in zip(names, sections):
                text = _replace_section(text, name, section)
            DOC.write_text(text)
        else:
            DOC.write_text(header + "\n" + "\n".join(f"<!-- {n} -->\n{s}<!-- /{n} -->\n" for n, s in zip(names, sections)))
    return 0


def _mixed_header(text: str) -> str:
    """Once sections come from separate runs, the header no longer names one mode: each section
    states the command (quick or full) that wrote it."""
    first, sep, rest = text.partition("\n\nMachine:")
    if not sep or "Written by" not in first:
        return text
    return ("# Benchmarks\n\nWritten by `make bench` (`python -m bench.run`), section by section "
            "(`--only NAME`, some with `--quick`); each section names the command and mode that wrote it, "
            f"last on {dt.date.today()}." + sep + rest)


def _replace_section(text: str, name: str, section: str) -> str:
    start, end = f"<!-- {name} -->\n", f"<!-- /{name} -->\n"
    block = f"{start}{section}{end}"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        return head + block + rest.split(end, 1)[1]
    return text + "\n" + block


if __name__ == "__main__":
    sys.exit(main())
