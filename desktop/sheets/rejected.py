"""The rows an import set aside: written with what is wrong with each, to be corrected and imported again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.sheets.plan import ImportPlan, RowProblem
from desktop.sheets.reading import XLSX_SUFFIXES

# The column a sheet of set-aside rows adds, saying what is wrong with each; import ignores it.
PROBLEMS_COLUMN = "Problems"


def rejected_path(source: Path) -> Path:
    """Where the rows a sheet's import set aside are written: beside it, named after it."""
    suffix = ".xlsx" if source.suffix.lower() in XLSX_SUFFIXES else ".csv"
    return source.with_name(f"{source.stem}.rejected{suffix}")


def write_rejected(
    plan: ImportPlan, out: Path, describe: Callable[[RowProblem], str] = lambda problem: problem.text
) -> int:
    """Write the rows in error, as the sheet had them plus what is wrong with each, to a .csv or
    .xlsx file that can be corrected and imported again; how many rows."""
    from desktop.sheets.exporting import write_sheet

    rejected = [row for row in plan.rows if row.action == "error"]
    # Rows imported again from this file still come from the library the first file named.
    with_origin = bool(plan.origin) and "origin" not in plan.mapping.values()
    header = [*plan.columns, *(["Origin"] if with_origin else []), PROBLEMS_COLUMN]
    write_sheet(
        out,
        header,
        (
            [
                *row.cells,
                *([row.values.get("origin", plan.origin)] if with_origin else []),
                "; ".join(describe(problem) for problem in row.problems),
            ]
            for row in rejected
        ),
    )
    return len(rejected)
