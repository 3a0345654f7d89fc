"""Spreadsheet import and export: CSV and XLSX in, search results out, and every bad file explained."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from desktop.catalogue.service import Catalogue
from desktop.cli import main
from desktop.search import SearchRequest
from desktop.sheets.exporting import export_results
from desktop.sheets.importing import MAX_ROWS, apply_import, plan_import
from desktop.sheets.reading import SheetError
from desktop.store.errors import CancelledError
from tests.conftest import make_case

HEADER = ["Title", "City", "Country", "Year", "Stage", "Themes", "SDGs", "Summary"]
MARKET = [
    "빗물 저장 시장",
    "Busan",
    "South Korea",
    "2018",
    "Pilot",
    "water; Climate",
    "6; 11",
    "Tanks in markets.",
]


def write_csv(path: Path, rows: list[list[Any]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def titles(catalogue: Catalogue) -> set[str]:
    return {case.title for case in catalogue.all_cases()}


def test_a_csv_row_creates_a_case_that_search_finds(catalogue: Catalogue, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "cases.csv", [HEADER, MARKET])
    plan = plan_import(catalogue, sheet)
    assert plan.counts == {"create": 1, "update": 0, "unchanged": 0, "error": 0}
    assert "summary" not in plan.rows[0].missing and "components" in plan.rows[0].missing
    assert apply_import(catalogue, plan)["created"] == 1
    [case] = [c for c in catalogue.all_cases() if c.title == "빗물 저장 시장"]
    assert (case.country, case.year_started, case.stage) == ("KR", 2018, "pilot")
    assert (case.themes, case.sdgs, case.curation) == (["water", "climate"], [6, 11], "draft")
    assert "빗물 저장 시장" in catalogue.search_titles("빗물")


def test_an_xlsx_row_with_an_existing_id_updates_only_the_cells_it_fills(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    case = make_case(title="Rainwater tanks")
    catalogue.save(case)
    sheet = write_xlsx(
        tmp_path / "cases.xlsx", [["id", "Title", "Year", "Stage"], [case.id, None, 2021, "scaled"]]
    )
    plan = plan_import(catalogue, sheet)
    assert plan.counts["update"] == 1
    apply_import(catalogue, plan)
    updated = catalogue.get(case.id)
    assert (updated.year_started, updated.stage, updated.title) == (2021, "scaled", "Rainwater tanks")
    assert updated.components == case.components and updated.summary == case.summary


def test_a_mapping_file_names_the_columns_the_header_does_not(data_dir: Path, tmp_path: Path) -> None:
    sheet = write_csv(
        tmp_path / "odd.csv", [["Practice name", "Town", "Notes"], ["Bike library", "Pune", "x"]]
    )
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps({"Practice name": "title", "Town": "city", "Notes": None}), encoding="utf-8"
    )
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet), "--mapping", str(mapping)]) == 0
    catalogue = Catalogue.open(data_dir)
    try:
        [case] = [c for c in catalogue.all_cases() if c.title == "Bike library"]
        assert case.city == "Pune" and "x" not in (case.summary, case.body)
    finally:
        catalogue.close()


def test_a_mapping_to_no_such_field_is_refused(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    sheet = write_csv(tmp_path / "odd.csv", [["Name"], ["Bike library"]])
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Name": "headline"}), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet), "--mapping", str(mapping)]) == 1
    assert "'headline', which is not a case field" in capsys.readouterr().err


def test_dry_run_counts_and_writes_nothing(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    sheet = write_csv(tmp_path / "cases.csv", [HEADER, MARKET])
    before = (data_dir / "catalogue.db").read_bytes()
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet), "--dry-run"]) == 0
    assert "would create 1, would update 0, unchanged 0, errors 0" in capsys.readouterr().out
    catalogue = Catalogue.open(data_dir)
    try:
        assert "빗물 저장 시장" not in titles(catalogue)
    finally:
        catalogue.close()
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["applied"] and report["counts"]["create"] == 1 and before


def test_wrong_types_are_listed_by_row_and_column_and_stop_the_import(
    data_dir: Path, tmp_path: Path, capsys: Any
) -> None:
    rows = [
        HEADER + ["Latitude"],
        MARKET + ["35.1"],
        ["Good title", "Busan", "Narnia", "abc", "pilot", "water", "eleven", "x", "north"],
    ]
    sheet = write_csv(tmp_path / "bad.csv", rows)
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet)]) == 1
    out = capsys.readouterr()
    assert "errors 1; nothing was imported" in out.out
    assert "bad.csv row 3, column 'Country': country must be an upper-case ISO 3166 code" in out.err
    assert "bad.csv row 3, column 'Year': year_started must be a year" in out.err
    assert "row 3, column 'SDGs'" in out.err and "row 3, column 'Latitude'" in out.err
    catalogue = Catalogue.open(data_dir)
    try:
        assert "빗물 저장 시장" not in titles(catalogue), "a good row is not imported while another is bad"
    finally:
        catalogue.close()


def test_a_row_without_a_title_and_a_repeated_id_are_errors(catalogue: Catalogue, tmp_path: Path) -> None:
    case_id = "0b7a0c3e-5d2c-4c63-9a59-8f4f3f2f8a11"
    rows = [["id", "Title", "City"], [case_id, "One", "Pune"], [case_id, "Two", "Pune"], ["", "", "Pune"]]
    plan = plan_import(catalogue, write_csv(tmp_path / "ids.csv", rows))
    assert [r.action for r in plan.rows] == ["create", "error", "error"]
    lines = plan.error_lines()
    assert "ids.csv row 3, column 'id': has the same id as row 2" in lines[0]
    assert "row 4, column 'Title': title is required" in lines[1]
    with pytest.raises(SheetError, match="2 row"):
        apply_import(catalogue, plan)


def test_a_sheet_without_a_title_column_is_refused(catalogue: Catalogue, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "no-title.csv", [["City", "Country"], ["Pune", "IN"]])
    with pytest.raises(SheetError, match="no column holds the case title.*City, Country"):
        plan_import(catalogue, sheet)


def test_a_sheet_longer_than_the_cap_is_refused_before_anything_is_checked(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    sheet = tmp_path / "huge.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Title,City\n")
        handle.writelines(f"Case {n},Pune\n" for n in range(100_000))
    before = catalogue.count()
    with pytest.raises(SheetError, match=f"more than {MAX_ROWS:,} rows.*Split it"):
        plan_import(catalogue, sheet)
    assert catalogue.count() == before


def test_csv_encodings(catalogue: Catalogue, tmp_path: Path) -> None:
    with_bom = write_csv(tmp_path / "bom.csv", [HEADER, MARKET], encoding="utf-8-sig")
    assert plan_import(catalogue, with_bom).mapping["Title"] == "title"
    korean = write_csv(tmp_path / "euc-kr.csv", [HEADER, MARKET], encoding="euc-kr")
    with pytest.raises(SheetError, match=r"euc-kr.csv is not UTF-8 text: byte 0x.. on line 2.*CSV UTF-8"):
        plan_import(catalogue, korean)
    wide = write_csv(tmp_path / "utf16.csv", [HEADER, MARKET], encoding="utf-16")
    with pytest.raises(SheetError, match="UTF-16"):
        plan_import(catalogue, wide)


def test_a_semicolon_separated_csv_is_read(catalogue: Catalogue, tmp_path: Path) -> None:
    sheet = tmp_path / "semi.csv"
    sheet.write_text("Title;City;Latitude\nBike library;Pune;18,52\n", encoding="utf-8")
    plan = plan_import(catalogue, sheet)
    assert plan.counts["create"] == 1 and plan.rows[0].values["latitude"] == 18.52


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty: a sheet needs a header row"),
        ("blank.csv", b"\xef\xbb\xbf\n\n", "is empty"),
        ("header.csv", b"Title,City\n", "has a header but no rows"),
        ("empty.xlsx", b"", "is not an Excel workbook"),
        ("text.xlsx", b"Title,City\nA,B\n", "is not an Excel workbook.*save it as .xlsx"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "only .csv, .tsv, .txt and .xlsx files"),
        ("binary.csv", b"Title\n\x00\x01\x02\n", "Is it really a CSV file"),
    ],
)
def test_files_that_are_not_sheets_are_explained(
    catalogue: Catalogue, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SheetError, match=message):
        plan_import(catalogue, path)


def _with_cached_result(path: Path, formula: str, result: str) -> None:
    """Store a formula's result in the file, as Excel and LibreOffice do when they save."""
    with zipfile.ZipFile(path) as source:
        members = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    members[sheet] = members[sheet].replace(
        f"<f>{formula}</f><v></v>".encode(), f"<f>{formula}</f><v>{result}</v>".encode()
    )
    with zipfile.ZipFile(path, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)


def test_formulas_give_their_saved_results_and_unsaved_ones_are_explained(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    sheet = write_xlsx(tmp_path / "formulas.xlsx", [["Title", "Year"], ["Bike library", "=2000+13"]])
    with pytest.raises(SheetError, match="cell B2 holds a formula.*never saved"):
        plan_import(catalogue, sheet)
    _with_cached_result(sheet, "2000+13", "2013")
    plan = plan_import(catalogue, sheet)
    assert plan.rows[0].values["year_started"] == 2013


def test_a_cancelled_import_changes_nothing(catalogue: Catalogue, tmp_path: Path) -> None:
    rows = [HEADER] + [[f"Case {n}", "Pune", "IN", 2020, "idea", "water", "6", "x"] for n in range(250)]
    plan = plan_import(catalogue, write_csv(tmp_path / "many.csv", rows))
    before = catalogue.count()
    with pytest.raises(CancelledError):
        apply_import(catalogue, plan, cancelled=lambda: True)
    assert catalogue.count() == before


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exported_results_hold_every_match_with_korean_text_and_import_back_unchanged(
    catalogue: Catalogue, tmp_path: Path, suffix: str
) -> None:
    for n in range(60):
        catalogue.save(make_case(title=f"서울 야간 버스 {n}", summary="=SUM(A1) looks like a formula"))
    out = tmp_path / f"results{suffix}"
    count = export_results(catalogue, SearchRequest(text="야간", limit=10), out)
    assert count == 60, "the whole result set, not the page on screen"
    if suffix == ".csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read Korean"
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        rows = [list(r) for r in load_workbook(out, read_only=True).active.iter_rows(values_only=True)]
    assert rows[0][:3] == ["id", "Title", "Local title"] and len(rows) == 61
    assert {r[1] for r in rows[1:]} == {f"서울 야간 버스 {n}" for n in range(60)}
    summary = rows[0].index("Summary")
    if suffix == ".csv":
        assert all(r[summary].startswith("'=") for r in rows[1:]), "no cell runs as a formula"
    else:
        cells = list(load_workbook(out).active.iter_cols(min_col=summary + 1, max_col=summary + 1, min_row=2))
        assert {c.data_type for c in cells[0]} == {"s"}, "no cell runs as a formula"
    plan = plan_import(catalogue, out)
    assert plan.counts == {"create": 0, "update": 0, "unchanged": 60, "error": 0}


def test_export_refuses_an_unknown_format(catalogue: Catalogue, tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="name the file .csv or .xlsx"):
        export_results(catalogue, SearchRequest(), tmp_path / "out.ods")
    assert not (tmp_path / "out.ods").exists()


def test_the_command_line_exports_a_query(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "seoul.xlsx"
    assert main(["--data-dir", str(data_dir), "export-sheet", str(out), "--query", "city:seoul"]) == 0
    written = capsys.readouterr().out
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert f"wrote {len(rows) - 1} cases" in written and len(rows) > 2
    assert all(row[3] == "Seoul" for row in rows[1:])


def test_text_too_long_for_an_xlsx_cell_is_refused_and_csv_still_holds_it(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    long = make_case(title="Very long approach", approach="word " * 8000)
    catalogue.save(long)
    request = SearchRequest(text='"very long approach"')
    too_long = "Approach of case .* longer than a spreadsheet cell.*export to .csv"
    with pytest.raises(SheetError, match=too_long):
        export_results(catalogue, request, tmp_path / "long.xlsx")
    assert not (tmp_path / "long.xlsx").exists()
    assert export_results(catalogue, request, tmp_path / "long.csv") >= 1
    assert plan_import(catalogue, tmp_path / "long.csv").counts["error"] == 0
