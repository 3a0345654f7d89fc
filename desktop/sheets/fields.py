"""The case fields a sheet column can hold, their header labels, and guessing a column's field."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.catalogue.validation import message
from desktop.store.errors import CatalogueError

# Field -> the header an export writes (and the label the import dialog shows, translated).
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("SheetFields", "id"),
    "title": QT_TRANSLATE_NOOP("SheetFields", "Title"),
    "local_title": QT_TRANSLATE_NOOP("SheetFields", "Local title"),
    "city": QT_TRANSLATE_NOOP("SheetFields", "City"),
    "country": QT_TRANSLATE_NOOP("SheetFields", "Country"),
    "region": QT_TRANSLATE_NOOP("SheetFields", "Region"),
    "latitude": QT_TRANSLATE_NOOP("SheetFields", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("SheetFields", "Longitude"),
    "year_started": QT_TRANSLATE_NOOP("SheetFields", "Year"),
    "stage": QT_TRANSLATE_NOOP("SheetFields", "Stage"),
    "level_of_government": QT_TRANSLATE_NOOP("SheetFields", "Level of government"),
    "language": QT_TRANSLATE_NOOP("SheetFields", "Language"),
    "curation": QT_TRANSLATE_NOOP("SheetFields", "Curation"),
    "themes": QT_TRANSLATE_NOOP("SheetFields", "Themes"),
    "sdgs": QT_TRANSLATE_NOOP("SheetFields", "SDGs"),
    "summary": QT_TRANSLATE_NOOP("SheetFields", "Summary"),
    "problem": QT_TRANSLATE_NOOP("SheetFields", "Problem"),
    "approach": QT_TRANSLATE_NOOP("SheetFields", "Approach"),
    "results": QT_TRANSLATE_NOOP("SheetFields", "Results"),
    "costs": QT_TRANSLATE_NOOP("SheetFields", "Costs"),
    "lessons": QT_TRANSLATE_NOOP("SheetFields", "Lessons"),
    "partners": QT_TRANSLATE_NOOP("SheetFields", "Partners"),
    "body": QT_TRANSLATE_NOOP("SheetFields", "Body"),
    "origin": QT_TRANSLATE_NOOP("SheetFields", "Origin"),
    "external_id": QT_TRANSLATE_NOOP("SheetFields", "External id"),
    "origin_url": QT_TRANSLATE_NOOP("SheetFields", "URL"),
    "licence": QT_TRANSLATE_NOOP("SheetFields", "Licence"),
    "attribution": QT_TRANSLATE_NOOP("SheetFields", "Attribution"),
    "sources": QT_TRANSLATE_NOOP("SheetFields", "Sources"),
    "components": QT_TRANSLATE_NOOP("SheetFields", "Components"),
    "contacts": QT_TRANSLATE_NOOP("SheetFields", "Contacts"),
    "disputed": QT_TRANSLATE_NOOP("SheetFields", "Disputed"),
}
SHEET_FIELDS = tuple(FIELD_LABELS)
LIST_FIELDS = ("themes", "sdgs", "partners")
# Every field a case has but its attachments (files, which bundles carry) is exported, so a
# sheet imported into an empty catalogue gives back the same cases.
EXPORT_FIELDS = SHEET_FIELDS

# Other headers people give these columns, written as `_key` leaves them.
_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("caseid", "uuid"),
    "title": ("name", "casetitle", "practice"),
    "local_title": ("titlelocal", "originaltitle"),
    "city": ("town", "municipality"),
    "country": ("countrycode", "nation"),
    "year_started": ("yearstarted", "started", "startyear", "since"),
    "stage": ("phase",),
    "level_of_government": ("level", "governmentlevel"),
    "language": ("lang",),
    "curation": ("curationstate",),
    "themes": ("theme", "topics"),
    "sdgs": ("sdg", "goals", "sustainabledevelopmentgoals"),
    "summary": ("description", "abstract"),
    "problem": ("challenge",),
    "approach": ("solution",),
    "results": ("outcomes", "impact"),
    "costs": ("cost", "budget"),
    "lessons": ("lessonslearned",),
    "partners": ("partner",),
    "latitude": ("lat",),
    "longitude": ("lon", "lng", "long"),
    "body": ("text", "fulltext"),
    "origin": ("library", "collection", "sourcelibrary"),
    "external_id": ("externalid", "sourceid", "originalid", "recordid"),
    "origin_url": ("url", "link", "weblink", "website", "sourceurl", "caseurl", "originurl", "permalink"),
    "licence": ("license", "licensing"),
    "attribution": ("credit", "credits"),
    "sources": ("source", "references"),
    "components": ("parts",),
    "contacts": ("contact",),
    "disputed": ("sourcesdisagree",),
}
_NOT_A_LETTER = re.compile(r"[\W_]+")


def _key(header: str) -> str:
    return _NOT_A_LETTER.sub("", header.casefold())


def _known_headers() -> dict[str, str]:
    """Every header we recognise, as `_key` leaves it, and the field it names."""
    known: dict[str, str] = {}
    for field, label in FIELD_LABELS.items():
        for name in (field, label, *_ALIASES.get(field, ())):
            known.setdefault(_key(name), field)
    return known


_KNOWN = _known_headers()


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """Each column whose header names a case field, mapped to it; the first column wins a field."""
    mapping: dict[str, str] = {}
    for column in columns:
        field = _KNOWN.get(_key(column))
        if field and field not in mapping.values():
            mapping[column] = field
    return mapping


def apply_overrides(
    columns: list[str], guessed: dict[str, str], overrides: dict[str, str | None]
) -> dict[str, str]:
    """The guessed mapping with a person's choices on top; a field they give a column leaves the
    column it was guessed for. A None or empty choice ignores the column."""
    missing = [name for name in overrides if name not in columns]
    if missing:
        raise CatalogueError(
            f"The mapping names column(s) the sheet does not have: {', '.join(missing)}. "
            f"The sheet's columns are: {', '.join(columns)}."
        )
    for column, field in overrides.items():
        if field and field not in SHEET_FIELDS:
            raise CatalogueError(
                f"The mapping maps {column!r} to {field!r}, which is not a case field; "
                f"use one of {', '.join(SHEET_FIELDS)} (or null to ignore the column)."
            )
    chosen = {column: field for column, field in overrides.items() if field}
    mapping = {
        column: field
        for column, field in guessed.items()
        if column not in overrides and field not in chosen.values()
    }
    mapping.update(chosen)
    doubled = sorted({f for f in mapping.values() if list(mapping.values()).count(f) > 1})
    if doubled:
        twice = QT_TRANSLATE_NOOP(
            "Validation", "Two columns are mapped to the same field: {fields}; keep one."
        )
        raise CatalogueError(message(twice, fields=", ".join(doubled)))
    return mapping


def read_mapping_file(path: Path) -> dict[str, str | None]:
    """A mapping file: a JSON object of sheet column -> case field (null ignores the column)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise CatalogueError(f"{path}: the mapping file does not exist.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CatalogueError(
            f'{path}: the mapping file is not UTF-8 JSON ({error}); write it as {{"Sheet column": "title"}}.'
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise CatalogueError(
            f'{path}: the mapping must be a JSON object such as {{"Name": "title", "Town": "city"}}.'
        )
    return data
