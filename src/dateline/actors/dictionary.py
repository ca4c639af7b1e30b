"""Readers for actor dictionaries: the PETRARCH/TABARI text format, and our YAML/CSV form.

PETRARCH/TABARI actor files (Phoenix.*.actors.txt):

    VLADIMIR_PUTIN_  # comment          a line that does not start with + or [ starts an entry
    +PUTIN_                              '+' adds a synonym
    [RUSGOV >080508]                     codes, possibly dated: [CODE], [CODE >YYMMDD],
    [RUSELI]                             [CODE <YYMMDD], [CODE YYMMDD-YYMMDD]

Consecutive name lines with no codes between them share the codes that follow (the Phoenix files
rely on this, e.g. BORIS_YELTSIN_ / PRESIDENT_YELTSIN). Dates are YYMMDD or YYYYMMDD.

Agent files (Phoenix.agents.txt): `NOUN_PHRASE [~SECTOR]`, `!SET! = A, B` substitution sets used
as `!SET!` inside names, `{}` marks irregular plurals (`MAN {MEN}`), and PETRARCH generates
regular plurals itself, so we do too.

Our own YAML form (a list, or a mapping with key `actors`):

    - names: [Recep Tayyip Erdogan, Erdogan]
      codes: [{code: TURGOV, from: 2003-03-14}]   # or  code: TURGOV
      kind: person                                # person, country, org, capital, city (optional)

CSV form: columns `name,code[,from,to,kind]`, one name a row (rows with the same code and dates
are separate entries; that is fine for matching).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

import yaml


class DictionaryError(ValueError):
    """A user dictionary that cannot be read; the message says where and why."""


_today: list = [dt.date.min, 0.0]         # [local date, the timestamp of its end]


def today() -> dt.date:
    """`dt.date.today()`, read again only once the local day is over: it reads the clock and the time
    zone, and undated articles ask for it at every match."""
    now = time.time()
    if now >= _today[1]:
        day = dt.date.today()
        _today[:] = [day, dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).timestamp()]
    return _today[0]


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def valid_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Entry:
    """One dictionary entry: the names that refer to it and its (dated) codes."""
    names: list[str]
    codes: list[DatedCode] = field(default_factory=list)
    kind: Optional[str] = None            # person, country, capital, city, org, agent (None: guess)
    canonical: Optional[str] = None       # a readable name: "Vladimir Putin"
    source: str = "phoenix"               # phoenix, dateline, user
    upper_names: bool = False             # names in capitals by the file's convention (PETRARCH), not acronyms
    # the last (day, answer) of code_on: asked for every match of the entry, mostly with the same day
    _last_code_on: Optional[tuple] = field(default=None, init=False, repr=False, compare=False)

    def code_on(self, day: Optional[dt.date]) -> Optional[DatedCode]:
        """The code valid on `day`: a dated code that covers it, else the undated default."""
        if not self.codes:
            return None
        if day is None:
            day = today()
        last = self._last_code_on        # one day only: memory stays flat over a long run of dates
        if last is not None and last[0] == day:
            return last[1]
        code = self._code_on(day)
        self._last_code_on = (day, code)
        return code

    def _code_on(self, day: dt.date) -> Optional[DatedCode]:
        covering = [c for c in self.codes if c.dated and c.valid_on(day)]
        # an office held that day says more than an "elite" span around it (Phoenix writes careers as
        # "[TCDELI 700101-000101]" beside "[TCDGOV >901202]": the span's end is a placeholder)
        covering = [c for c in covering if not c.code.endswith("ELI")] or covering
        if covering:
            # the narrowest range is the most specific statement about that day
            return min(covering, key=lambda c: ((c.end or dt.date.max) - (c.start or dt.date.min)).days)
        undated = [c for c in self.codes if not c.dated]
        return undated[0] if undated else None

    def nearest_code(self, day: Optional[dt.date]) -> Optional[DatedCode]:
        """When no code covers `day`: the dated code closest in time (a leader before or after office)."""
        if not self.codes:
            return None
        day = day or today()

        def distance(code: DatedCode) -> int:
            if code.start and day < code.start:
                return (code.start - day).days
            if code.end and day > code.end:
                return (day - code.end).days
            return 0
        return min(self.codes, key=distance)


_CODE_RE = re.compile(r"\[([^\]]*)\]")
_TWO_DIGIT_CUTOFF = 30                    # YY <= 30 is 20YY, else 19YY (the dictionaries' habit)


def parse_date(text: str) -> Optional[dt.date]:
    """YYMMDD or YYYYMMDD to a date; None for malformed values (the files have a few)."""
    digits = text.strip()
    if not digits.isdigit():
        return None
    try:
        if len(digits) == 6:
            yy = int(digits[:2])
            year = 2000 + yy if yy <= _TWO_DIGIT_CUTOFF else 1900 + yy
            return dt.date(year, int(digits[2:4]), int(digits[4:6]))
        if len(digits) == 8:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return None


def parse_code(body: str, strict: bool = False) -> Optional[DatedCode]:
    """`RUSGOV >080508` -> DatedCode('RUSGOV', 2008-05-08, None). A date restriction that cannot be read
    leaves the code undated, or raises a DictionaryError when `strict` (a user's file: a code whose dates
    cannot be read would silently hold on every date)."""
    parts = body.split()
    if not parts:
        return None
    code = parts[0].lstrip("~").upper()
    if not code:
        return None
    if len(parts) == 1:
        return DatedCode(code)
    restriction = "".join(parts[1:])
    dates = restriction_dates(restriction)
    if dates is None:
        if strict:
            raise DictionaryError(f"bad date restriction {restriction!r} in [{body}] ({RESTRICTION_FORMS})")
        return DatedCode(code)
    return DatedCode(code, start=dates[0], end=dates[1])


_RESTRICTION_RE = re.compile(r"^(?:>(\d+)|<(\d+)|(\d+)-(\d+))$")
RESTRICTION_FORMS = "codes are [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD], dates YYMMDD or YYYYMMDD"


def restriction_dates(restriction: str) -> Optional[tuple[Optional[dt.date], Optional[dt.date]]]:
    """`>YYMMDD` (from), `<YYMMDD` (until) or `YYMMDD-YYMMDD` as (start, end); None when the restriction is
    none of these or one of its dates is no valid day."""
    match = _RESTRICTION_RE.match(restriction)
    if not match:
        return None
    written = match.groups()
    after, before, first, last = dates = [parse_date(d) if d is not None else None for d in written]
    if any(d is None for d, text in zip(dates, written) if text is not None):
        return None
    return (after, None) if after else (None, before) if before else (first, last)


def _strip_comment(line: str) -> tuple[str, str]:
    text, _, comment = line.partition("#")
    return text.rstrip(), comment


def _content_lines(path: str | Path) -> Iterator[tuple[str, str]]:
    """(text, comment) of each line of a PETRARCH-format file that has text before its `#` comment."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            text, comment = _strip_comment(raw)
            if text.strip():
                yield text.strip(), comment


def name_from_key(key: str) -> str:
    """`VLADIMIR_PUTIN_` -> `VLADIMIR PUTIN` (words as in the file, underscores to spaces)."""
    return " ".join(part for part in key.replace("_", " ").split())


def readable(name: str) -> str:
    """`VLADIMIR PUTIN` -> `Vladimir Putin` (keeps `al`/`bin` lower, hyphen parts capitalised)."""
    words = []
    for word in name.split():
        low = word.lower()
        if low in {"al", "bin", "ibn", "de", "von", "van", "der", "of", "the", "and"}:
            words.append(low)
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(words)


def read_petrarch_actors(path: Path, source: str = "phoenix") -> list[Entry]:
    """Read a PETRARCH/TABARI actor file into entries (see the module docstring)."""
    entries: list[Entry] = []
    current: Optional[Entry] = None
    for stripped, comment in _content_lines(path):
        codes = [c for c in (parse_code(b) for b in _CODE_RE.findall(stripped)) if c]
        head = _CODE_RE.sub(" ", stripped).strip()
        if head.startswith("+"):
            if current is not None and head[1:].strip():
                current.names.append(name_from_key(head[1:]))
        elif head:
            if current is None or current.codes:
                current = Entry(names=[], source=source)
                entries.append(current)
                if "CountryInfo" in comment:
                    current.kind = "person"
            current.names.append(name_from_key(head))
            if current.canonical is None:
                current.canonical = readable(name_from_key(head))
        if codes and current is not None:
            current.codes.extend(codes)
    return [e for e in entries if e.codes and e.names]


_SET_RE = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


def plural(word: str) -> str:
    """Regular English plural of a noun (PETRARCH generates these for agent entries)."""
    low = word.lower()
    if low.endswith("man"):
        return word[:-3] + ("MEN" if word.isupper() else "men")
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + ("ES" if word.isupper() else "es")
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return word[:-1] + ("IES" if word.isupper() else "ies")
    return word + ("S" if word.isupper() else "s")


def read_petrarch_agents(path: Path, source: str = "phoenix") -> list[Entry]:
    """Read an agents file: each entry is a role noun phrase with a `~SECTOR` code. In a user's file
    (`source="user"`) a `!SET!` may be defined after its first use, and one never defined is an error."""
    sets: dict[str, list[str]] = {}
    if source == "user":
        for stripped, _ in _content_lines(path):
            match = _SET_RE.match(stripped)
            if match:
                sets[match.group(1)] = [w.strip() for w in match.group(2).split(",") if w.strip()]
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        for number, raw in enumerate(text.splitlines(), 1):
            line = _strip_comment(raw)[0]
            if _SET_RE.match(line.strip()):
                continue
            unknown = [name for name in re.findall(r"!(\w+)!", line) if name not in sets]
            if unknown:
                raise DictionaryError(f"{path}:{number}: substitution set !{unknown[0]}! is not defined "
                                      f"(define it with a line `!{unknown[0]}! = WORD, WORD`)")
    entries: list[Entry] = []
    for stripped, _ in _content_lines(path):
        match = _SET_RE.match(stripped)
        if match:
            sets[match.group(1)] = [w.strip() for w in match.group(2).split(",") if w.strip()]
            continue
        codes = [c for c in (parse_code(b) for b in _CODE_RE.findall(stripped)) if c]
        if not codes:
            continue
        head = _CODE_RE.sub(" ", stripped)
        irregular = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", " ", head).strip()
        names = _expand_sets(head, sets)
        forms: list[str] = []
        for name in names:
            words = name_from_key(name).split()
            if not words:
                continue
            forms.append(" ".join(words))
            forms.append(" ".join(words[:-1] + [plural(words[-1])]))
        for form in irregular:
            if form.strip():
                forms.append(name_from_key(form))
        if forms:
            entries.append(Entry(names=forms, codes=codes, kind="agent",
                                 canonical=readable(forms[0]), source=source))
    return entries


def _expand_sets(head: str, sets: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", head)
    if not match or match.group(1) not in sets:
        return [head.replace("!", "")]
    results = []
    for word in sets[match.group(1)]:
        results.extend(_expand_sets(head[:match.start()] + word + head[match.end():], sets))
    return results


def _yaml_date(value) -> Optional[dt.date]:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        parsed = parse_date(text)
        if parsed is None:
            raise DictionaryError(f"bad date {text!r} (use YYYY-MM-DD)")
        return parsed


def _codes_from_yaml(item: dict) -> list[DatedCode]:
    codes = item.get("codes")
    if codes is None and item.get("code"):
        codes = [{"code": item["code"], "from": item.get("from"), "to": item.get("to")}]
    result = []
    for code in codes or []:
        if isinstance(code, str):
            parsed = parse_code(code.strip("[]"), strict=True)
            if parsed:
                result.append(parsed)
            continue
        result.append(DatedCode(str(code["code"]).upper(), _yaml_date(code.get("from")),
                                _yaml_date(code.get("to"))))
    return result


class _YamlLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates as written (`2010-13-01` is then a bad date of that actor, not a
    Python error) so `_yaml_date` reads them all one way."""


_YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def _utf8_text(path: Path) -> str:
    """A user file's text; not UTF-8 is a DictionaryError naming the line."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise DictionaryError(f"{path}:{line}: not UTF-8 text (byte {data[exc.start]:#04x}); "
                              "save the file as UTF-8") from exc


def read_yaml_actors(path: Path, source: str = "user") -> list[Entry]:
    text = _utf8_text(path)
    loader = _YamlLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or exc.__class__.__name__
        raise DictionaryError(f"{where}: not valid YAML ({problem})") from exc
    finally:
        loader.dispose()
    items = data.get("actors", []) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise DictionaryError(f"{path}: expected a list of actors (each with names and code)")
    if isinstance(node, yaml.MappingNode):
        node = next((value for key, value in node.value if key.value == "actors"), None)
    lines = [item.start_mark.line + 1 for item in node.value] if isinstance(node, yaml.SequenceNode) else []
    entries = []
    for number, item in enumerate(items, 1):
        where = f"{path}:{lines[number - 1]}: actor {number}" if len(lines) == len(items) else f"{path}: actor {number}"
        if not isinstance(item, dict):
            raise DictionaryError(f"{where} is not a mapping")
        names = item.get("names") or ([item["name"]] if item.get("name") else [])
        if isinstance(names, str):
            names = [names]
        try:
            codes = _codes_from_yaml(item)
        except (DictionaryError, KeyError, TypeError) as exc:
            raise DictionaryError(f"{where}: {exc}") from exc
        if not names or not codes:
            raise DictionaryError(f"{where} needs `names` and `code`")
        entries.append(Entry(names=[str(n) for n in names], codes=codes, kind=item.get("kind"),
                             canonical=item.get("canonical") or str(names[0]), source=source))
    return entries


def read_csv_actors(path: Path, source: str = "user") -> list[Entry]:
    entries = []
    with io.StringIO(_utf8_text(path), newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or not {"name", "code"} <= set(reader.fieldnames):
            raise DictionaryError(f"{path}: a CSV actor file needs the columns name,code[,from,to,kind]")
        for line, row in enumerate(reader, 2):
            if not (row.get("name") or "").strip() or not (row.get("code") or "").strip():
                continue
            try:
                code = DatedCode(row["code"].strip().upper(), _yaml_date(row.get("from")), _yaml_date(row.get("to")))
            except DictionaryError as exc:
                raise DictionaryError(f"{path}:{line}: {exc}") from exc
            entries.append(Entry(names=[row["name"].strip()], codes=[code], kind=(row.get("kind") or None),
                                 canonical=row["name"].strip(), source=source))
    return entries


def check_petrarch_file(path: str | Path) -> None:
    """A user's PETRARCH-format file, checked line by line: a bracket left open or a date restriction
    that is not `>YYMMDD`, `<YYMMDD` or `YYMMDD-YYMMDD` (valid dates, 6 or 8 digits) raises a
    DictionaryError naming the file and the lines (all of them, the first few in words). The shipped
    files are read leniently (they have a few such typos), but in a user's file a code whose dates
    cannot be read would silently hold on every date, and a line with an open bracket would be a name."""
    problems = []
    text = Path(path).read_text(encoding="utf-8", errors="replace")     # read as the files are read
    for number, raw in enumerate(text.splitlines(), 1):
        line = _strip_comment(raw)[0].strip()
        outside = _CODE_RE.sub(" ", line)
        if "[" in outside or "]" in outside:
            problems.append((number, f"unbalanced [ ] in {line!r}"))
            continue
        for body in _CODE_RE.findall(line):
            parts = body.split()
            if len(parts) >= 2 and restriction_dates("".join(parts[1:])) is None:
                problems.append((number, f"bad date restriction {''.join(parts[1:])!r} in [{body}]"))
    if problems:
        shown = "; ".join(f"line {number}: {what}" for number, what in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        first = problems[0][0]
        raise DictionaryError(
            f"{path}:{first}: {len(problems)} malformed line{'s' if len(problems) > 1 else ''}: {shown}{more}. "
            f"{RESTRICTION_FORMS[0].upper()}{RESTRICTION_FORMS[1:]}")


def is_agent_file(path: str | Path) -> bool:
    """Whether a PETRARCH-format file is an agents file: its codes are sectors (`[~GOV]`), or it
    defines `!SET! = ...` substitution sets; an actors file has full codes (`[RUSGOV]`)."""
    sectors = full = 0
    for stripped, _ in _content_lines(path):
        if _SET_RE.match(stripped):
            return True
        for body in _CODE_RE.findall(stripped):
            if body.strip().startswith("~"):
                sectors += 1
            elif body.strip():
                full += 1
    return sectors > full


def read_user_file(path: str | Path) -> list[Entry]:
    """A user dictionary by extension: .yaml/.yml, .csv, anything else PETRARCH format (an actors
    file, or an agents file of role nouns with `[~SECTOR]` codes, told apart by its codes)."""
    path = Path(path)
    if not path.is_file():
        raise DictionaryError(f"actor dictionary {path} does not exist")
    suffix = path.suffix.lower()
    if suffix in {".yaml", ".yml"}:
        return read_yaml_actors(path)
    if suffix == ".csv":
        return read_csv_actors(path)
    check_petrarch_file(path)
    if is_agent_file(path):
        entries = read_petrarch_agents(path, source="user")
        if not entries:
            raise DictionaryError(f"{path}: no agents found (PETRARCH agents format: NOUN_ [~SECTOR])")
    else:
        entries = read_petrarch_actors(path, source="user")
        if not entries:
            raise DictionaryError(f"{path}: no entries found (PETRARCH format: NAME_ lines followed by [CODE])")
    for entry in entries:
        entry.upper_names = True
    return entries


def read_all(paths: Iterable[str | Path]) -> list[Entry]:
    entries: list[Entry] = []
    for path in paths:
        entries.extend(read_user_file(path))
    return entries
