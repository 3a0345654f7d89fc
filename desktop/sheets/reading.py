"""Reading a CSV or XLSX sheet row by row, streaming, with a clear message for a file that is not one."""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.errors import message
from desktop.store.errors import CatalogueError

CSV_SUFFIXES = (".csv",)
# Text sheets read like CSV: .tsv is always tab-separated; .txt, like .csv, by its first line.
TEXT_SUFFIXES = (*CSV_SUFFIXES, ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
SHEET_SUFFIXES = TEXT_SUFFIXES + XLSX_SUFFIXES
# What a file dropped on the window is taken as a sheet by: a dropped .txt is more often notes
# than a table, so only the Import dialog and the command line take one.
DROPPED_SUFFIXES = tuple(suffix for suffix in SHEET_SUFFIXES if suffix != ".txt")
DELIMITERS = ",;\t"
MB = 1024 * 1024
# A sheet of MAX_ROWS cases with long texts stays under these; a file past them is refused before
# it is parsed. A workbook is a zip: what its parts expand to is read from the zip's directory.
MAX_SHEET_BYTES = 200 * MB
MAX_WORKBOOK_EXPANDED_BYTES = 500 * MB
# Text and XML compress about 5 to 20 times; a part that expands 100 times or more is a zip bomb
# (a shared-strings table of one string repeated), as Apache POI judges workbooks too.
MAX_EXPANSION = 100
EXPANSION_CHECKED_FROM = MB
MAIN_NAMESPACE = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


class SheetError(CatalogueError):
    """A file that cannot be read as a sheet; the message names it and says what to do.

    The message is English, a validation Message where a window can translate it.
    """

    code = "sheet-unreadable"


class UnsavedFormula(str):
    """A formula cell whose result was never saved: its formula, and the cell's name ("C7").

    Only a column that is imported needs its result; `unsaved_formula` explains it for one.
    """

    cell: str


def unsaved_formula(file: str, formula: UnsavedFormula) -> SheetError:
    """The error for an imported cell that holds a formula whose result was never saved."""
    unsaved = QT_TRANSLATE_NOOP(
        "Validation",
        "{file} cell {cell} holds a formula ({formula}) whose result was never saved. Open "
        "the file in Excel or LibreOffice, save it (so the results are stored) and import it "
        "again.",
    )
    return SheetError(message(unsaved, file=file, cell=formula.cell, formula=str(formula)))


@dataclass
class SheetRow:
    """One row below the header: its number as a spreadsheet shows it, and its cell values."""

    number: int
    cells: list[Any]


def column_letter(index: int) -> str:
    """A spreadsheet's name for a column: 0 -> A, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _header_names(cells: list[Any]) -> list[str]:
    """Column names from the header row; blank ones take their letter, repeats a number."""
    names: list[str] = []
    for i, cell in enumerate(cells):
        name = str(cell).strip() if cell is not None else ""
        name = name or column_letter(i)
        base, n = name, 2
        while name in names:
            name, n = f"{base} ({n})", n + 1
        names.append(name)
    return names


def _blank(cells: list[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


class Sheet:
    """An open sheet: its column names and a stream of the rows below them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.columns: list[str] = []
        self._handle: IO[bytes] | None = None
        self._books: list[Any] = []
        self._rows: Iterator[list[Any]] = iter(())
        if not path.is_file():
            missing = QT_TRANSLATE_NOOP("Validation", "{path} does not exist or is not a file.")
            raise SheetError(message(missing, path=path))
        self._check_size()
        suffix = path.suffix.lower()
        if suffix in TEXT_SUFFIXES:
            self._open_csv(tabs=suffix == ".tsv")
        elif suffix in XLSX_SUFFIXES:
            self._open_xlsx()
        else:
            only = QT_TRANSLATE_NOOP(
                "Validation",
                "{file}: only .csv, .tsv, .txt and .xlsx files can be imported; save the sheet in one of "
                "those formats.",
            )
            raise SheetError(message(only, file=self.name))
        header = next(self._rows, None)
        self._header_row = 1
        while header is not None and _blank(header):
            header = next(self._rows, None)
            self._header_row += 1
        if header is None:
            self.close()
            empty = QT_TRANSLATE_NOOP(
                "Validation",
                "{file} is empty: a sheet needs a header row naming its columns (Title, City, Country...) "
                "and one row per case below it.",
            )
            raise SheetError(message(empty, file=self.name))
        self.columns = _header_names(header)

    def __enter__(self) -> Sheet:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the file."""
        for book in self._books:
            book.close()
        self._books = []
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def rows(self) -> Iterator[SheetRow]:
        """The rows below the header, blank ones skipped, each padded to the header's width."""
        width = len(self.columns)
        for number, cells in enumerate(self._rows, start=self._header_row + 1):
            if _blank(cells):
                continue
            yield SheetRow(number, (list(cells) + [None] * width)[:width])

    # CSV

    def _open_csv(self, tabs: bool = False) -> None:
        self._handle = self.path.open("rb")
        start = self._handle.read(4)
        if start.startswith((b"\xff\xfe", b"\xfe\xff")):
            self.close()
            utf16 = QT_TRANSLATE_NOOP(
                "Validation",
                "{file} is UTF-16 text, which CSV import does not read. Save it as 'CSV UTF-8' (Excel: "
                "File > Save As > CSV UTF-8; LibreOffice: character set Unicode (UTF-8)) and import it "
                "again.",
            )
            raise SheetError(message(utf16, file=self.name))
        self._handle.seek(0)
        text = io.TextIOWrapper(self._handle, encoding="utf-8-sig", errors="strict", newline="")
        first = self._decoded(text.readline)
        counts = {d: first.count(d) for d in DELIMITERS}
        delimiter = max(DELIMITERS, key=lambda d: counts[d]) if any(counts.values()) else ","
        delimiter = "\t" if tabs else delimiter
        reader = csv.reader(itertools.chain([first], text), delimiter=delimiter)
        self._rows = self._csv_rows(reader)

    def _decoded(self, read: Any) -> Any:
        try:
            return read()
        except UnicodeDecodeError:
            line, byte = self._first_bad_byte()
            not_utf8 = QT_TRANSLATE_NOOP(
                "Validation",
                "{file} is not UTF-8 text: byte 0x{byte:02X} on line {line} cannot be read as UTF-8 (the "
                "file may be in a local encoding such as Windows-1252, EUC-KR or GBK). Save it as "
                "'CSV UTF-8' (Excel: File > Save As > CSV UTF-8; LibreOffice: character set Unicode "
                "(UTF-8)) and import it again.",
            )
            raise SheetError(message(not_utf8, file=self.name, byte=byte, line=line)) from None

    def _first_bad_byte(self) -> tuple[int, int]:
        """Where the file stops being UTF-8: the line, counted from 1, and the byte."""
        with self.path.open("rb") as raw:
            for number, line in enumerate(raw, start=1):
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError as error:
                    return number, line[error.start]
        return 0, 0

    def _csv_rows(self, reader: Iterator[list[str]]) -> Iterator[list[Any]]:
        number = 1
        while True:
            try:
                cells = self._decoded(lambda: next(reader, None))
            except csv.Error as error:
                unreadable = QT_TRANSLATE_NOOP(
                    "Validation",
                    "{file} row {row}: {error}. Is it really a CSV file? Save it as 'CSV UTF-8' (Excel: "
                    "File > Save As > CSV UTF-8; LibreOffice: character set Unicode (UTF-8)) and import it "
                    "again.",
                )
                raise SheetError(message(unreadable, file=self.name, row=number, error=str(error))) from None
            if cells is None:
                return
            if any("\x00" in cell for cell in cells):
                nul = QT_TRANSLATE_NOOP(
                    "Validation",
                    "{file} row {row} holds NUL bytes, which text never does. Is it really a CSV file? Save "
                    "it as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8; LibreOffice: character set "
                    "Unicode (UTF-8)) and import it again.",
                )
                raise SheetError(message(nul, file=self.name, row=number))
            number += 1
            yield cells

    # XLSX

    def _check_size(self) -> None:
        size = self.path.stat().st_size
        if size > MAX_SHEET_BYTES:
            too_big = QT_TRANSLATE_NOOP(
                "Validation",
                "{file} is {size} MB; a sheet to import may be at most {limit} MB. Split it into smaller "
                "sheets and import each.",
            )
            raise SheetError(message(too_big, file=self.name, size=size // MB, limit=MAX_SHEET_BYTES // MB))

    def _check_expansion(self) -> None:
        """Refuse a workbook whose parts would expand to more than any real sheet, before parsing it."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                parts = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError):
            return  # not a zip: openpyxl says so in the usual words
        bomb = QT_TRANSLATE_NOOP(
            "Validation",
            "{file} is refused: its part {part} would expand from {packed} KB to {size} MB, far more "
            "than any sheet's text does. The file is damaged or made to exhaust the computer; if it is "
            "a real sheet, save it again as CSV UTF-8 and import that.",
        )
        for part in parts:
            if (
                part.file_size >= EXPANSION_CHECKED_FROM
                and part.file_size >= part.compress_size * MAX_EXPANSION
            ):
                found = {
                    "part": part.filename,
                    "packed": part.compress_size // 1024,
                    "size": part.file_size // MB,
                }
                raise SheetError(message(bomb, file=self.name, **found))
        expanded = sum(part.file_size for part in parts)
        if expanded > MAX_WORKBOOK_EXPANDED_BYTES:
            too_big = QT_TRANSLATE_NOOP(
                "Validation",
                "{file} would expand to {size} MB; a workbook to import may hold at most {limit} MB. Split "
                "it into smaller sheets and import each.",
            )
            limit = MAX_WORKBOOK_EXPANDED_BYTES // MB
            raise SheetError(message(too_big, file=self.name, size=expanded // MB, limit=limit))

    def _open_xlsx(self) -> None:
        from openpyxl import load_workbook

        self._check_expansion()
        try:
            # Cached results of formulas, beside the formulas themselves: a formula whose result
            # was never saved (the file was written by a program that does not calculate) is told apart.
            values = load_workbook(self.path, read_only=True, data_only=True)
            self._books.append(values)
            formulas = load_workbook(self.path, read_only=True, data_only=False)
            self._books.append(formulas)
            sheets = values.worksheets[0], formulas.worksheets[0]
            for sheet in sheets:
                sheet.reset_dimensions()  # some programs write a wrong size; read every cell there is
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, IndexError) as error:
            self.close()
            not_xlsx = QT_TRANSLATE_NOOP(
                "Validation",
                "{file} is not an Excel workbook (.xlsx) that can be read ({error}). If it is an older .xls "
                "file or another kind of file renamed, open it in Excel or LibreOffice and save it as .xlsx "
                "or as CSV UTF-8.",
            )
            raise SheetError(message(not_xlsx, file=self.name, error=str(error))) from None
        self._rows = self._xlsx_rows(*sheets)

    def _xlsx_rows(self, values: Any, formulas: Any) -> Iterator[list[Any]]:
        merged = _merged_ranges(values)
        pairs = zip(values.iter_rows(values_only=True), formulas.iter_rows(values_only=True), strict=False)
        for number, (cells, written) in enumerate(pairs, start=1):
            row = list(cells)
            for i, (cell, source) in enumerate(zip(cells, written, strict=False)):
                if cell is None and isinstance(source, str) and source.startswith("="):
                    formula = UnsavedFormula(source)
                    formula.cell = f"{column_letter(i)}{number}"
                    row[i] = formula
            yield _fill_merged(row, number, merged)


# A merged range: first column, first row, last column, last row (counted from 1), and its value.
Merged = list[list[Any]]


def _merged_ranges(sheet: Any) -> Merged:
    """The merged cells of a read-only worksheet, which openpyxl does not read in that mode."""
    from lxml import etree
    from openpyxl.utils.cell import range_boundaries

    found: Merged = []
    # The worksheet's own XML part, as openpyxl 3.1's read-only sheet opens it (pinned).
    with sheet._get_source() as source:
        for _, element in etree.iterparse(source, tag=f"{MAIN_NAMESPACE}mergeCell"):
            first_column, first_row, last_column, last_row = range_boundaries(element.get("ref"))
            found.append([first_column, first_row, last_column, last_row, None])
    return found


def _fill_merged(row: list[Any], number: int, merged: Merged) -> list[Any]:
    """A row with each merged cell holding the value its range shows, as a reader sees it."""
    for span in merged:
        first_column, first_row, last_column, last_row = span[:4]
        if not first_row <= number <= last_row:
            continue
        if len(row) < last_column:
            row += [None] * (last_column - len(row))
        if number == first_row:
            span[4] = row[first_column - 1]
        for column in range(first_column, last_column + 1):
            if row[column - 1] is None:
                row[column - 1] = span[4]
    return row
