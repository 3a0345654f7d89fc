"""What a translation of a case holds, field by field, and how fresh each field is."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from desktop.store.errors import CatalogueError
from desktop.store.records import Case

MISSING = "missing"
CURRENT = "current"
OUT_OF_DATE = "out of date"
# Field labels as the command line, sheets and XLIFF notes name them.
FIELD_LABELS = {
    "title": "Title",
    "summary": "Summary",
    "body": "Description",
    "problem": "Problem",
    "approach": "Approach",
    "results": "Results",
    "lessons": "Lessons",
    "name": "name",
    "description": "what it is",
    "mechanism": "mechanism",
    "preconditions": "preconditions",
    "reliability": "notes",
}
_TOKENS = re.compile(r"\s+|[^\s]+")


class TranslationError(CatalogueError):
    """A translation, translator's file or language tag that cannot be taken; nothing was changed."""

    code = "translation"


@dataclass(frozen=True)
class Unit:
    """One translatable field of a case or of one of its parts, with the original's text."""

    record_type: str
    record_id: str
    field: str
    label: str
    original: str
    stamp: str

    @property
    def key(self) -> str:
        """The unit's id on the command line and in sheets and XLIFF files: `part:id:field`."""
        return f"{self.record_type}:{self.record_id}:{self.field}"


def case_units(case: Case, stamps: dict[tuple[str, str], dict[str, str]]) -> list[Unit]:
    """Every translatable field of a case, in reading order; `stamps` holds each record's field stamps."""

    def unit(record_type: str, record_id: str, name: str, label: str, text: str) -> Unit:
        stamp = stamps.get((record_type, record_id), {}).get(name, "")
        return Unit(record_type, record_id, name, label, text or "", stamp)

    units = [
        unit("cases", case.id, name, FIELD_LABELS[name], getattr(case, name))
        for name in ("title", "summary", "body", "problem", "approach", "results", "lessons")
    ]
    for number, component in enumerate(case.components, start=1):
        prefix = f"Component {number}"
        units += [
            unit("components", component.id, "name", f"{prefix} name", component.name),
            unit("components", component.id, "description", f"{prefix}: what it is", component.description),
            unit("components", component.id, "mechanism", f"{prefix}: mechanism", component.mechanism),
            unit(
                "components",
                component.id,
                "preconditions",
                f"{prefix}: preconditions (one a line)",
                "\n".join(p.text for p in component.preconditions),
            ),
        ]
    for number, source in enumerate(case.sources, start=1):
        units += [
            unit("sources", source.id, "title", f"Source {number} title", source.title),
            unit("sources", source.id, "reliability", f"Source {number}: notes", source.reliability),
        ]
    return [u for u in units if u.original.strip()]


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)


@dataclass
class FieldStatus:
    """One field of a translation: its text, whether it is still true to the original, and who made it."""

    unit: Unit
    translation: str = ""
    source: str = ""
    machine: str = ""
    by: str = ""
    stamp: str = ""

    @property
    def state(self) -> str:
        """`missing`, `current`, or `out of date` when the original changed after it was translated."""
        if not self.translation:
            return MISSING
        return CURRENT if _same(self.source, self.unit.original) else OUT_OF_DATE

    @property
    def diff(self) -> list[tuple[str, str]]:
        """What changed in the original since it was translated: ("=", "-" or "+", text) pieces."""
        if self.state != OUT_OF_DATE:
            return []
        return word_diff(self.source, self.unit.original)


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The word-by-word difference between two texts, as ("=", "-" or "+", text) pieces."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    pieces: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(("=", "".join(before[a1:a2])))
            continue
        if a2 > a1:
            pieces.append(("-", "".join(before[a1:a2])))
        if b2 > b1:
            pieces.append(("+", "".join(after[b1:b2])))
    return pieces


def diff_text(pieces: list[tuple[str, str]]) -> str:
    """A difference as plain text: removed words in [-...-], added ones in {+...+}."""
    marks = {"=": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}
    return "".join(f"{marks[op][0]}{text}{marks[op][1]}" for op, text in pieces)


@dataclass
class TranslationStatus:
    """A case's translation into one language: every field, and what the case page says of it."""

    case_id: str
    title: str
    original_language: str
    language: str
    fields: list[FieldStatus] = field(default_factory=list)
    updated_at: str = ""
    authors: list[str] = field(default_factory=list)

    def count(self, state: str) -> int:
        """How many fields are in this state."""
        return sum(1 for f in self.fields if f.state == state)

    @property
    def machine_drafts(self) -> int:
        """How many translated fields are machine drafts no person has confirmed."""
        return sum(1 for f in self.fields if f.translation and f.machine)

    @property
    def exists(self) -> bool:
        """True if any field is translated."""
        return any(f.translation for f in self.fields)

    def desk_order(self) -> list[FieldStatus]:
        """The fields as a translator takes them: out of date first, then missing, then the rest."""
        rank = {OUT_OF_DATE: 0, MISSING: 1, CURRENT: 2}
        return sorted(self.fields, key=lambda f: rank[f.state])
