"""Shipped column mappings for the published exports of public case libraries, with their terms."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.resources import resource_path
from desktop.store.errors import CatalogueError

PRESETS_FOLDER = "desktop/data/presets"


@dataclass(frozen=True)
class Preset:
    """How one library's export maps to case fields, and the licence and credit its cases carry."""

    name: str
    library: str
    label: str
    licence: str
    attribution: str
    columns: dict[str, str]

    def overrides(self, sheet_columns: list[str]) -> dict[str, str | None]:
        """A mapping for a sheet of this export: its known columns to their fields, every other
        column ignored (a library's own numbering or coordinates are never guessed into a field)."""
        return {column: self.columns.get(column) for column in sheet_columns}


@cache
def presets() -> dict[str, Preset]:
    """Every shipped preset by name."""
    found = {}
    for path in sorted(resource_path(PRESETS_FOLDER).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[data["name"]] = Preset(
            data["name"],
            data["library"],
            data["label"],
            data["licence"],
            data["attribution"],
            data["columns"],
        )
    return found


def preset(name: str) -> Preset:
    """The preset of that name; a clear error naming the others when there is none."""
    try:
        return presets()[name]
    except KeyError:
        unknown = QT_TRANSLATE_NOOP("Validation", "No preset is called '{name}'; the presets are: {presets}.")
        raise CatalogueError(message(unknown, name=name, presets=", ".join(presets()))) from None
