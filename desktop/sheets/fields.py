"""The case fields a sheet column can hold, their header labels, and guessing a column's field."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.catalogue.fields import case_fields
from desktop.errors import message
from desktop.store.errors import CatalogueError


def field_labels() -> dict[str, str]:
    """Field -> the header an export writes (and the label the import dialog shows, translated in
    the "SheetFields" context): every field a case has but its attachments (files, which bundles
    carry), so a sheet imported into an empty catalogue gives back the same cases."""
    return {f.name: f.sheet_header for f in case_fields() if f.sheet_header}


def sheet_fields() -> tuple[str, ...]:
    """The fields a sheet column can hold, in the order an export writes them."""
    return tuple(field_labels())


_NOT_A_LETTER = re.compile(r"[\W_]+")


def _key(header: str) -> str:
    return _NOT_A_LETTER.sub("", header.casefold())


def _known_headers() -> dict[str, str]:
    """Every header we recognise, as `_key` leaves it, and the field it names."""
    known: dict[str, str] = {}
    for field in case_fields():
        if field.sheet_header:
            for name in (field.name, field.sheet_header, *field.sheet_aliases):
                known.setdefault(_key(name), field.name)
    return known


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """Each column whose header names a case field, mapped to it; the first column wins a field."""
    mapping: dict[str, str] = {}
    known = _known_headers()
    for column in columns:
        field = known.get(_key(column))
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
        absent = QT_TRANSLATE_NOOP(
            "Validation",
            "The mapping names column(s) the sheet does not have: {missing}. The sheet's columns are: "
            "{columns}.",
        )
        raise CatalogueError(message(absent, missing=", ".join(missing), columns=", ".join(columns)))
    for column, field in overrides.items():
        if field and field not in sheet_fields():
            unknown = QT_TRANSLATE_NOOP(
                "Validation",
                "The mapping maps '{column}' to '{field}', which is not a case field; use one of {fields} "
                "(or null to ignore the column).",
            )
            raise CatalogueError(
                message(unknown, column=column, field=field, fields=", ".join(sheet_fields()))
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
        raise CatalogueError(
            message(QT_TRANSLATE_NOOP("Validation", "{path}: the mapping file does not exist."), path=path)
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        not_json = QT_TRANSLATE_NOOP(
            "Validation", "{path}: the mapping file is not UTF-8 JSON ({reason}); write it as {example}."
        )
        raise CatalogueError(
            message(not_json, path=path, reason=error, example='{"Sheet column": "title"}')
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        not_object = QT_TRANSLATE_NOOP(
            "Validation", "{path}: the mapping must be a JSON object such as {example}."
        )
        raise CatalogueError(message(not_object, path=path, example='{"Name": "title", "Town": "city"}'))
    return data
