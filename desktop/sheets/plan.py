"""The preview of a sheet import: what each row will do, and why a row cannot be imported."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from desktop.sheets.reading import SheetError

ACTIONS = ("create", "update", "unchanged", "error")


@dataclass
class RowProblem:
    """Why one row cannot be imported: the column (or '' for the row), the case field, what is wrong.

    `message` is English, a validation Message where a window can translate it.
    """

    column: str
    message: str
    field: str = ""

    @property
    def text(self) -> str:
        """The problem in English, led by its field: "country must be ..."."""
        return f"{self.field} {self.message}" if self.field else self.message


class StalePreviewError(SheetError):
    """A previewed row no longer makes a valid case; `problems` holds each one for a window to translate."""

    code = "sheet-changed"

    def __init__(self, text: str, problems: list[RowProblem]) -> None:
        super().__init__(text)
        self.problems = problems


@dataclass(frozen=True)
class Origin:
    """Where a sheet's cases come from: the library (or file) name, its licence and the credit it asks."""

    name: str = ""
    licence: str = ""
    attribution: str = ""


@dataclass
class RowPlan:
    """What importing one row will do: create, update, leave unchanged, or refuse with problems."""

    number: int
    case_id: str
    title: str
    values: dict[str, Any]
    action: str = "error"
    problems: list[RowProblem] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    cells: list[Any] = field(default_factory=list)  # the row as the sheet has it, to set aside
    # Cases this row looks like, though no id matched: ("case", its id, its title) for one in the
    # catalogue, ("row", its number, its title) for an earlier row of the sheet.
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)
    # Cells read as something other than they say: (field, the cell's text, the value read).
    readings: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class ImportPlan:
    """A sheet read and checked against the catalogue: the preview of an import."""

    file: str
    columns: list[str]
    mapping: dict[str, str]
    rows: list[RowPlan]
    origin: str = ""

    @property
    def counts(self) -> dict[str, int]:
        """How many rows will create, update, leave unchanged, or are in error."""
        found = Counter(row.action for row in self.rows)
        return {action: found[action] for action in ACTIONS}

    @property
    def ignored_columns(self) -> list[str]:
        """Columns no case field is mapped to."""
        return [c for c in self.columns if c not in self.mapping]

    def error_lines(self) -> list[str]:
        """Each problem as one line: file, row, column and message."""
        return [
            f"{self.file} row {row.number}"
            + (f", column {p.column!r}" if p.column else "")
            + f": {p.text}"
            for row in self.rows
            for p in row.problems
        ]

    def to_json(self) -> dict[str, Any]:
        """The plan as JSON-ready data, for `--json`."""
        return {
            "file": self.file,
            "mapping": self.mapping,
            "ignored_columns": self.ignored_columns,
            "counts": self.counts,
            "rows": [
                {
                    "row": r.number,
                    "action": r.action,
                    "id": r.case_id,
                    "title": r.title,
                    "problems": [{"column": p.column, "message": p.text} for p in r.problems],
                    "missing": r.missing,
                    "read_as": {name: {"cell": cell, "value": value} for name, cell, value in r.readings},
                    "likely_duplicates": [
                        {"of": kind, "id" if kind == "case" else "row": ref, "title": title}
                        for kind, ref, title in r.duplicates
                    ],
                }
                for r in self.rows
            ],
        }
