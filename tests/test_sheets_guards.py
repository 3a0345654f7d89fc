"""Spreadsheet guards: no exported CSV cell runs as a formula, and a sheet made to exhaust the
computer (too large, or a workbook whose shared strings expand hugely) is refused before it is parsed."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop.catalogue.service import Catalogue
from desktop.cli import main
from desktop.search import SearchRequest
from desktop.sheets.exporting import export_results
from desktop.sheets.importing import plan_import
from desktop.sheets.reading import MAX_SHEET_BYTES, SheetError
from tests.conftest import make_case

# Text a spreadsheet would run as a formula once it has trimmed what comes before.
FORMULA_LIKE = {
    "tab": '\t=HYPERLINK("http://example.com")',
    "carriage-return": "\r=1+1",
    "line-feed": "\n=1+1",
    "spaces": "   =cmd|' /C calc'!A0",
    "no-break-space": "\u00a0=1+1",
    "ideographic-space": "\u3000@SUM(A1:A9)",
    "zero-width-space": "\u200b+1+1",
    "full-width-equals": "\uff1dSUM(A1)",
    "full-width-plus": "\uff0b1",
    "full-width-minus": "\uff0d1",
    "full-width-at": "\uff20SUM(A1)",
    "apostrophe-then-equals": "'=1+1",
    "tab-alone": "\tan indented note",
    "plain-equals": "=1+1",
}


@pytest.mark.parametrize("text", list(FORMULA_LIKE.values()), ids=list(FORMULA_LIKE))
def test_csv_export_guards_every_cell_a_spreadsheet_would_read_as_a_formula_and_imports_it_back(
    catalogue: Catalogue, tmp_path: Path, text: str
) -> None:
    case = make_case(title="Guarded summary", summary=text)
    catalogue.save(case)
    stored = catalogue.get(case.id).summary
    out = tmp_path / "results.csv"
    export_results(catalogue, SearchRequest(text='"guarded summary"'), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cell = rows[1][rows[0].index("Summary")]
    assert cell == "'" + stored, "the cell starts with an apostrophe, so no spreadsheet runs it"
    [row] = plan_import(catalogue, out).rows
    # Reading takes the apostrophe off again; an import trims the text as it trims every cell.
    assert row.values["summary"].strip() == stored.strip()
    assert row.action == ("unchanged" if stored == stored.strip() else "update")


def test_csv_export_leaves_ordinary_text_alone(catalogue: Catalogue, tmp_path: Path) -> None:
    catalogue.save(make_case(title="Plain summary", summary="A note = a fact, + more"))
    out = tmp_path / "results.csv"
    export_results(catalogue, SearchRequest(text='"plain summary"'), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][rows[0].index("Summary")] == "A note = a fact, + more"


def test_a_sheet_over_the_size_cap_is_refused_before_it_is_read(catalogue: Catalogue, tmp_path: Path) -> None:
    sheet = tmp_path / "huge.csv"
    with sheet.open("wb") as handle:
        handle.write(b"Title,City\nA case,Seoul\n")
        handle.truncate(MAX_SHEET_BYTES + 1)  # sparse: nothing written past the first rows
    with pytest.raises(SheetError, match=r"huge\.csv is 200 MB; a sheet to import may be at most 200 MB"):
        plan_import(catalogue, sheet)


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006"
WORKBOOK_PARTS = {
    "[Content_Types].xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="{PACKAGE}/content-types"><Default Extension="rels"
 ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""",
    "_rels/.rels": f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PACKAGE}/relationships"><Relationship Id="rId1"
 Type="{RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
    "xl/workbook.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><sheets>
<sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>""",
    "xl/_rels/workbook.xml.rels": f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PACKAGE}/relationships">
<Relationship Id="rId1" Type="{RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>""",
    "xl/worksheets/sheet1.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{MAIN}"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>""",
}


def shared_strings_bomb(path: Path, megabytes: int) -> Path:
    """A real workbook of one case (Excel keeps its text in a shared-strings table) whose table also
    holds one string of `megabytes` MB of the same letter, deflated: the file stays small, the
    table expands hugely."""
    chunk = b"a" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in WORKBOOK_PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/sharedStrings.xml", "w") as handle:
            handle.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode())
            for text in ("Title", "City", "Rain gardens", "Seoul"):
                handle.write(f"<si><t>{text}</t></si>".encode())
            handle.write(b"<si><t>")
            for _ in range(megabytes):
                handle.write(chunk)
            handle.write(b"</t></si></sst>")
    return path


def test_the_workbook_without_its_long_string_imports(catalogue: Catalogue, tmp_path: Path) -> None:
    """The bomb is a readable workbook: only the size of its strings table gets it refused."""
    plan = plan_import(catalogue, shared_strings_bomb(tmp_path / "small.xlsx", 0))
    assert plan.counts["create"] == 1 and plan.rows[0].title == "Rain gardens"


def test_a_shared_strings_bomb_is_refused_with_a_clear_message(catalogue: Catalogue, tmp_path: Path) -> None:
    bomb = shared_strings_bomb(tmp_path / "bomb.xlsx", 40)
    assert bomb.stat().st_size < 200_000, "a few hundred KB on disk"
    with pytest.raises(
        SheetError, match=r"bomb\.xlsx is refused: its part xl/sharedStrings\.xml would expand"
    ):
        plan_import(catalogue, bomb)


def test_leaps_import_sheet_refuses_a_shared_strings_bomb_in_one_line(
    data_dir: Path, tmp_path: Path, capsys: Any
) -> None:
    bomb = shared_strings_bomb(tmp_path / "bomb.xlsx", 40)
    assert main(["--data-dir", str(data_dir), "import-sheet", str(bomb), "--dry-run"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "would expand from" in error and "Traceback" not in error
