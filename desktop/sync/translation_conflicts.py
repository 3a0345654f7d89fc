"""A conflicting translated field read as a person reads it: the translated text of each version,
whether it is still true to the original or a machine draft, and who made it.

A translation record's one field holds JSON (what it translates, the text, the original it was
made from); a conflict between two of its versions is shown, settled and merged as that text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import jsontext
from desktop.store.errors import CatalogueError

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

# A version's state: what the conflicts view and `leaps conflicts` say of it.
UP_TO_DATE = "up to date"
OUT_OF_DATE = "out of date"
NOT_TRANSLATED = "not translated"


@dataclass(frozen=True)
class TranslatedVersion:
    """One version of a conflicting translated field."""

    text: str
    state: str
    # The engine of a machine draft no person has confirmed, else "".
    machine: str
    # The translator's name as they gave it, else "".
    by: str

    def to_json(self) -> dict[str, str]:
        """JSON-ready form for `leaps conflicts --json`: the text in place of the stored record."""
        return {"value": self.text, "state": self.state, "machine": self.machine, "by": self.by}


@dataclass(frozen=True)
class TranslatedField:
    """What a conflicting translation record translates, and each of its versions by stamp."""

    language: str
    record_type: str
    field: str
    # The field as the command line, sheets and XLIFF notes name it ("Title", "Component 1 name").
    label: str
    versions: dict[str, TranslatedVersion]


def _decoded(value: Any) -> dict[str, Any]:
    decoded = jsontext.loads(value) if isinstance(value, str) else value
    return decoded if isinstance(decoded, dict) else {}


def read_translation(catalogue: Catalogue, versions: list[tuple[Any, str]]) -> TranslatedField | None:
    """The versions (stored value, stamp) of one translation record as a person reads them, each
    judged against the original as it stands here; None if the first holds no translation."""
    from desktop.catalogue.translation_status import FIELD_LABELS, MISSING, FieldStatus, Unit
    from desktop.catalogue.translations import Translations

    first = _decoded(versions[0][0])
    if not first.get("case_id"):
        return None
    record_type, record_id, name = (str(first.get(key, "")) for key in ("record_type", "record_id", "field"))
    unit = Unit(record_type, record_id, name, FIELD_LABELS.get(name, name), "", "")
    try:
        case = catalogue.get(first["case_id"])
    except CatalogueError:
        case = None  # the case is gone here: every version reads against an empty original
    if case is not None:
        units = Translations(catalogue).units(case)
        wanted = (record_type, record_id, name)
        unit = next((u for u in units if (u.record_type, u.record_id, u.field) == wanted), unit)
    read: dict[str, TranslatedVersion] = {}
    for value, stamp in versions:
        held = _decoded(value)
        text, machine = str(held.get("text", "")), str(held.get("machine", ""))
        status = FieldStatus(unit, text, str(held.get("source", "")), machine)
        state = {MISSING: NOT_TRANSLATED, OUT_OF_DATE: OUT_OF_DATE}.get(status.state, UP_TO_DATE)
        read[stamp] = TranslatedVersion(text, state, machine, str(held.get("by", "")))
    return TranslatedField(str(first.get("language", "")), record_type, name, unit.label, read)


def merged_translation(versions: list[tuple[Any, str]], text: str) -> str:
    """The stored value of a translation a person merged from conflicting versions: their text,
    linked to the newest original any version was made from, no longer a machine draft."""
    if not text.strip():
        empty = QT_TRANSLATE_NOOP("Validation", "Write the merged translation first; nothing was changed.")
        raise CatalogueError(message(empty))
    held = [(_decoded(value), stamp) for value, stamp in versions]
    newest, _stamp = max(held, key=lambda version: (str(version[0].get("from", "")), version[1]))
    return jsontext.dumps({**newest, "text": text.strip(), "machine": "", "by": ""})
