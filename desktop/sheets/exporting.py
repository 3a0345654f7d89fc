"""Exporting a search's whole result set to CSV (UTF-8 with BOM, which Excel reads) or XLSX."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.errors import message
from desktop.search import SearchRequest
from desktop.sheets.cells import guard_text, write_cell
from desktop.sheets.fields import field_labels, sheet_fields
from desktop.sheets.reading import CSV_SUFFIXES, SheetError
from desktop.store import cases as case_store
from desktop.store.errors import CancelledError
from desktop.store.files import is_whole_zip, replacing

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

PAGE = 500
EXPORT_SUFFIXES = (".csv", ".xlsx")
XLSX_CELL_LIMIT = 32_767
EXPORT_CANCELLED = QT_TRANSLATE_NOOP("Validation", "Export cancelled; no file was written.")


def result_ids(catalogue: Catalogue, request: SearchRequest, cancelled: Cancelled | None = None) -> list[str]:
    """The ids of every case the search finds, in its order, not only the page on screen."""
    ids: list[str] = []
    offset, total = 0, None
    while total is None or offset < total:
        if cancelled is not None and cancelled():
            raise CancelledError(message(EXPORT_CANCELLED))
        page = catalogue.search(replace(request, offset=offset, limit=PAGE))
        total = page.total
        ids += [card.id for card in page.cards]
        if not page.cards:
            break
        offset += PAGE
    return list(dict.fromkeys(ids))


def _records(
    catalogue: Catalogue, ids: list[str], progress: Progress | None, cancelled: Cancelled | None
) -> Iterator[list[Any]]:
    """One list of cell values per case, in export column order."""
    columns = sheet_fields()
    for done, case in enumerate(case_store.iter_cases(catalogue.db, ids), start=1):
        if done % PAGE == 0:
            if cancelled is not None and cancelled():
                raise CancelledError(message(EXPORT_CANCELLED))
            if progress is not None:
                progress(done, len(ids))
        data = case.to_dict()
        yield [write_cell(name, data.get(name, "")) for name in columns]


def _write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([guard_text(v) if isinstance(v, str) else v for v in row])


def _write_xlsx(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    from lxml.etree import SerialisationError

    try:
        _write_workbook(path, header, rows)
    except SerialisationError as error:  # how lxml, under openpyxl, reports a write that failed
        full = QT_TRANSLATE_NOOP("Validation", "the disk is full or cannot be written ({reason})")
        raise OSError(errno.EIO, message(full, reason=error)) from None


def _write_workbook(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    from lxml.etree import SerialisationError
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cases")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for label in header:
        cell = WriteOnlyCell(sheet, value=label)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    try:
        for row in rows:
            cells: list[Any] = []
            for label, value in zip(header, row, strict=True):
                if isinstance(value, str) and len(value) > XLSX_CELL_LIMIT:
                    too_long = QT_TRANSLATE_NOOP(
                        "Validation",
                        "The {field} of case {case} is longer than a spreadsheet cell holds ({limit:,} "
                        "characters); export to .csv instead. No file was written.",
                    )
                    found = {"field": label, "case": row[0], "limit": XLSX_CELL_LIMIT}
                    raise SheetError(message(too_long, **found))
                if isinstance(value, str):
                    # Written as text even when it starts with '=': a cell never becomes a formula.
                    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
                    cell.data_type = "s"
                    cells.append(cell)
                else:
                    cells.append(value)
            sheet.append(cells)
    except BaseException:
        # Ends the half-written sheet's temporary file before the error goes on; on a full disk
        # closing fails too, and the first error is the one to report.
        with contextlib.suppress(OSError, SerialisationError):
            sheet.close()
        raise
    # Zipped in memory, then written in one go: openpyxl leaves its zip file open when a write
    # fails, and it would fail again, noisily, when collected.
    archive = io.BytesIO()
    book.save(archive)
    path.write_bytes(archive.getvalue())


def write_sheet(out: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    """Write a header and rows to a .csv (UTF-8 with BOM) or .xlsx file, whole or not at all."""
    csv_file = out.suffix.lower() in CSV_SUFFIXES
    write, check = (_write_csv, None) if csv_file else (_write_xlsx, is_whole_zip)
    try:
        with replacing(out, check) as partial:
            write(partial, header, rows)
    except OSError as error:
        unwritten = QT_TRANSLATE_NOOP(
            "Validation", "{file} could not be written ({reason}); choose another place."
        )
        raise SheetError(message(unwritten, file=out, reason=error.strerror)) from None


def export_results(
    catalogue: Catalogue,
    request: SearchRequest,
    out: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write every case the search finds to `out` (.csv or .xlsx, one header row); how many.

    The file appears whole or not at all: it is written beside `out` and renamed at the end.
    """
    suffix = out.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        unnamed = QT_TRANSLATE_NOOP(
            "Validation", "{file}: name the file .csv or .xlsx; that is the format written."
        )
        raise SheetError(message(unnamed, file=out.name))
    if not out.parent.is_dir():
        no_folder = QT_TRANSLATE_NOOP(
            "Validation", "{folder} is not a folder; choose where to save the file."
        )
        raise SheetError(message(no_folder, folder=out.parent))
    ids = result_ids(catalogue, request, cancelled)
    header = list(field_labels().values())
    write_sheet(out, header, _records(catalogue, ids, progress, cancelled))
    if progress is not None:
        progress(len(ids), len(ids))
    return len(ids)
