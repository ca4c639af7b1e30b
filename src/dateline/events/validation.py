"""PETRARCH/TABARI validation files: code their sentences with their own dictionaries and compare.

The XML format (PETRARCH's `PETR.Validate.records.xml`):

    <Validation>
      <Environment>
        <Verbfile name="verbs.txt"/> <Actorfile name="actors.txt"/> <Agentfile name="agents.txt"/> ...
      </Environment>
      <Sentence date="20150805" id="DEMO-01" category="DEMO">
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>   (or noevents="True")
        <Text>Arnor restored diplomatic ties with Gondor.</Text>
        <Parse>... (ignored: dateline parses the text itself)</Parse>
      </Sentence>
    </Validation>

Dictionary names are relative to the XML file's folder (or `dictionary_dir`). The verb files are
read by `petrarch.read_verb_dictionary`; actor files by the actor resolver (`ActorResolver(actor_files)`),
whose entries win over dateline's own. A produced coding reproduces an expected one when source
code, target code and CAMEO code are equal; a symmetric event counts in both directions.
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..model import Event

Coding = tuple[str, str, str]          # (source code, target code, CAMEO code); "" for none


class ValidationError(ValueError):
    """A validation file or dictionary that cannot be used; the message says why."""


@dataclass
class ValidationSentence:
    id: str
    text: str
    date: Optional[dt.date]
    expected: list[Coding]
    produced: list[Coding] = field(default_factory=list)

    def expected_text(self) -> list[str]:
        return [_show(c) for c in self.expected]

    def produced_text(self) -> list[str]:
        return [_show(c) + (" *" if c in self.expected else "") for c in self.produced]


@dataclass
class ValidationResult:
    sentences: list[ValidationSentence]
    verb_files: list[Path]
    actor_files: list[Path]

    @property
    def expected(self) -> int:
        return sum(len(s.expected) for s in self.sentences)

    @property
    def reproduced(self) -> int:
        return sum(sum(1 for c in s.expected if c in s.produced) for s in self.sentences)


def _show(coding: Coding) -> str:
    source, target, code = coding
    return f"{source or '---'} {code} {target or '---'}"


def _date(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    digits = "".join(ch for ch in value if ch.isdigit())
    try:
        if len(digits) == 8:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
        if len(digits) == 6:                                   # TABARI YYMMDD
            year = int(digits[:2])
            return dt.date(1900 + year if year > 30 else 2000 + year, int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        return None
    return None


def read_validation(path: str | Path, dictionary_dir: Optional[str | Path] = None, builtin: bool = False):
    """(sentences, verb files, actor files) from a validation file; raises ValidationError.

    Actor files are the <Actorfile> and <Agentfile> entries (an agents file is told apart by its
    `[~SECTOR]` codes when read). A file with no <Verbfile> is refused unless `builtin`, where
    dateline's own patterns code it."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except ET.ParseError as exc:
        raise ValidationError(f"{path} is not well-formed XML: {exc}") from exc
    folder = Path(dictionary_dir) if dictionary_dir else path.parent
    verb_files, actor_files = [], []
    written = {}                                          # each dictionary path as the file names it
    environment = root.find("Environment")
    for element in (environment if environment is not None else []):
        name = (element.get("name") or (element.text or "")).strip()
        if not name:
            continue
        tag = element.tag.lower()
        if tag == "verbfile":
            verb_files.append(folder / name)
        elif tag in ("actorfile", "agentfile"):
            actor_files.append(folder / name)
        written[folder / name] = name
    for file in verb_files + actor_files:
        if not file.is_file():
            raise ValidationError(f"{path} names dictionary {written[file]}, which is not at {file}"
                                  + ("" if dictionary_dir else " (names are read from the XML file's folder; "
                                     "--dictionaries DIR reads them from another)"))
    if not verb_files and not builtin:
        where = "in its <Environment>" if environment is not None else "(it has no <Environment>)"
        raise ValidationError(f"{path} names no <Verbfile> {where}: add <Environment><Verbfile name=\"verbs.txt\"/>"
                              "</Environment>, or code it with dateline's own patterns with --builtin")
    sentences = []
    for element in root.iter("Sentence"):
        text_element = element.find("Text")
        text = " ".join((text_element.text or "").split()) if text_element is not None else ""
        if not text:
            continue
        expected = []
        for coding in element.findall("EventCoding"):
            if (coding.get("noevents") or "").lower() == "true":
                continue
            expected.append(((coding.get("sourcecode") or "").strip(), (coding.get("targetcode") or "").strip(),
                             (coding.get("eventcode") or "").strip()))
        sentence_id = element.get("id") or str(len(sentences) + 1)
        date = _date(element.get("date"))
        if element.get("date") and date is None:     # its dated dictionary codes would hold on no date
            raise ValidationError(f"{path}: <Sentence id=\"{sentence_id}\"> has date {element.get('date')!r}; "
                                  "write it as YYYYMMDD (or TABARI's YYMMDD)")
        sentences.append(ValidationSentence(sentence_id, text, date, expected))
    if not sentences:
        raise ValidationError(f"{path} has no <Sentence> with a <Text>")
    return sentences, verb_files, actor_files


def codings(events: list[Event]) -> list[Coding]:
    """Events as PETRARCH codings; a symmetric event gives both directions."""
    out: list[Coding] = []
    for event in events:
        source = event.source.code if event.source else ""
        target = event.target.code if event.target else ""
        for coding in [(source, target, event.cameo)] + ([(target, source, event.cameo)] if event.symmetric else []):
            if coding not in out:
                out.append(coding)
    return out


def run_validation(path: str | Path, dictionary_dir: Optional[str | Path] = None, builtin: bool = False,
                   model: Optional[str] = None) -> ValidationResult:
    """Parse each sentence with dateline's pipeline and code it with the file's dictionaries."""
    from .. import nlp as nlp_module
    from ..actors import ActorResolver, DictionaryError as ActorDictionaryError
    from ..settings import Settings
    from . import CodingContext, EventCoder
    from .petrarch import DictionaryError

    sentences, verb_files, actor_files = read_validation(path, dictionary_dir, builtin=builtin)
    try:
        # the named dictionaries alone: the learned verifier knows dateline's own rules only
        coder = EventCoder(verb_files=[str(f) for f in verb_files], builtin=builtin, learned="off")
        resolver = ActorResolver(actor_files=tuple(str(f) for f in actor_files))
        resolver.lexicon                                    # read the dictionaries now, to report errors
    except (DictionaryError, ActorDictionaryError) as exc:
        raise ValidationError(str(exc)) from exc
    nlp = nlp_module.load(model or Settings().model)
    for sentence, doc in zip(sentences, nlp.pipe(s.text for s in sentences)):
        mentions = resolver.resolve(doc, sentence.date)
        events, _ = coder.code(doc, mentions, CodingContext(article_id=sentence.id, date=sentence.date))
        sentence.produced = codings(events)
    return ValidationResult(sentences, verb_files, actor_files)
