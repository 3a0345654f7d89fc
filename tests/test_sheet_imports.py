"""Bringing real case libraries in: nothing invented, text normalised, provenance kept, rows fixed later."""

from __future__ import annotations

import csv
import json
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.catalogue.service import Catalogue
from desktop.catalogue.validation import validate_case
from desktop.cli import main
from desktop.search import SearchRequest
from desktop.sheets.importing import apply_import, plan_import
from desktop.store import database
from desktop.store.migrations import migrate
from desktop.text.script_language import script_language
from tests.conftest import make_case

DECOMPOSED = unicodedata.normalize("NFD", "Petén")


def write_csv(path: Path, rows: list[list[Any]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def imported(catalogue: Catalogue, sheet: Path, **options: Any) -> dict[str, Any]:
    plan = plan_import(catalogue, sheet, **options)
    return {"plan": plan, "done": apply_import(catalogue, plan)}


def by_title(catalogue: Catalogue, title: str) -> Any:
    [case] = [c for c in catalogue.all_cases() if c.title == title]
    return case


# Nothing invented


def test_a_sheet_that_does_not_say_leaves_stage_level_and_language_unknown(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "library.csv",
        [
            ["Title", "City", "Summary"],
            ["Night buses from call data", "Seoul", "Routes drawn where late calls came from."],
            ["社区垃圾分类积分", "Shanghai", "居民分类垃圾可以获得积分。"],
            ["빗물 저장 시장", "Busan", "시장에 빗물 탱크를 설치했다."],
        ],
    )
    imported(catalogue, sheet)
    english = by_title(catalogue, "Night buses from call data")
    assert (english.stage, english.level_of_government, english.language) == ("", "", "")
    assert by_title(catalogue, "社区垃圾分类积分").language == "zh"
    assert by_title(catalogue, "빗물 저장 시장").language == "ko"
    facets = catalogue.search(SearchRequest(text="")).facets
    for name in ("country", "stage", "level_of_government", "language", "region"):
        values = dict(facets[name])
        assert "" not in values, f"the {name} facet lists a blank value"
    assert dict(facets["stage"])["unknown"] == 3 and dict(facets["country"])["unknown"] == 3
    narrowed = catalogue.search(SearchRequest(text="", filters={"stage": ["unknown"]}))
    assert narrowed.total == 3


def test_search_json_facets_have_no_blank_key(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    sheet = write_csv(tmp_path / "library.csv", [["Title"], ["Bike library"], ["Tool library"]])
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "search", "library", "--json"]) == 0
    facets = json.loads(capsys.readouterr().out)["facets"]
    assert all("" not in counts for counts in facets.values())
    assert facets["country"]["unknown"] == 2


def test_the_language_is_recognised_from_the_script_and_latin_text_stays_unknown() -> None:
    assert script_language("서울시 심야버스") == "ko"
    assert script_language("東京都の防災アプリ") == "ja"
    assert script_language("北京市共享单车") == "zh"
    assert script_language("กรุงเทพมหานคร จัดการขยะ") == "th"
    assert script_language("Participatory budgeting in Porto Alegre") == ""
    assert script_language("12345 ---") == ""


def test_a_draft_may_leave_stage_level_and_language_unknown_and_a_reviewed_case_may_not() -> None:
    unknown = {"stage": "", "level_of_government": "", "language": ""}
    draft = validate_case(make_case().to_dict() | unknown | {"curation": "draft"})
    assert (draft.stage, draft.level_of_government, draft.language) == ("", "", "")
    try:
        validate_case(make_case().to_dict() | unknown | {"curation": "reviewed"})
    except ValueError as error:
        assert "stage" in str(error) and "language" in str(error)
    else:
        raise AssertionError("a reviewed case with an unknown stage was accepted")


# Text normalised on every way in


def test_decomposed_accents_from_a_sheet_are_stored_composed_and_found(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    sheet = write_csv(tmp_path / "library.csv", [["Title", "City"], [f"Market of {DECOMPOSED}", DECOMPOSED]])
    imported(catalogue, sheet)
    case = by_title(catalogue, "Market of Petén")
    assert case.city == "Petén" and unicodedata.is_normalized("NFC", case.title)
    assert "Market of Petén" in catalogue.search_titles("petén")
    assert "Market of Petén" in catalogue.search_titles("peten")


def test_decomposed_text_saved_from_the_editor_or_command_line_is_stored_composed(
    catalogue: Catalogue,
) -> None:
    case = make_case(title=f"Water in {DECOMPOSED}", partners=[f"{DECOMPOSED} council"])
    catalogue.save(case)
    stored = catalogue.get(case.id)
    assert stored.title == "Water in Petén" and stored.partners == ["Petén council"]
    again = make_case(**{**case.to_dict(), "components": case.components, "sources": case.sources})
    assert not catalogue.save(again), "the same text written another way is no change"


def test_the_migration_normalises_text_stored_before(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.db"
    old = sqlite_utils.Database(path)
    migrate(old, upto=5)
    old["cases"].insert({"id": "c1", "title": f"Market of {DECOMPOSED}", "city": DECOMPOSED})
    old.close()
    db = database.open_catalogue(path, tmp_path / "backups")
    row = db["cases"].get("c1")
    assert (row["title"], row["city"]) == ("Market of Petén", "Petén")
    db.close()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# Provenance

LIBRARY = [
    ["id", "title", "description", "url"],
    [
        "1",
        "Night buses from call data ",
        "Routes drawn where late calls came from.",
        "https://cases.example.org/1",
    ],
    ["2", "Citizen idea portal", "", "https://cases.example.org/2"],
    ["3", "Citizen idea portal", "A second portal, elsewhere.", "https://cases.example.org/3"],
]


def test_a_library_export_keeps_its_ids_and_urls_and_importing_it_again_changes_nothing(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    sheet = write_csv(tmp_path / "library.csv", LIBRARY)
    before = catalogue.count()
    first = imported(catalogue, sheet)
    assert first["plan"].counts["error"] == 0 and first["done"]["created"] == 3
    assert first["plan"].mapping["id"] == "external_id" and first["plan"].mapping["url"] == "origin_url"
    case = by_title(catalogue, "Night buses from call data")
    assert (case.origin, case.external_id, case.origin_url) == (
        "library.csv",
        "1",
        "https://cases.example.org/1",
    )
    assert case.sources[0].url == "https://cases.example.org/1" and case.sources[0].title == "library.csv"

    again = imported(catalogue, sheet)
    assert again["plan"].counts == {"create": 0, "update": 0, "unchanged": 3, "error": 0}
    assert catalogue.count() == before + 3

    newer = [*LIBRARY[:2], ["2", "Citizen idea portal", "Now described.", LIBRARY[2][3]], LIBRARY[3]]
    newer.append(["4", "Bike library", "Bikes lent like books.", "https://cases.example.org/4"])
    updated = imported(catalogue, write_csv(tmp_path / "library.csv", newer))
    assert updated["plan"].counts == {"create": 1, "update": 1, "unchanged": 2, "error": 0}
    assert catalogue.count() == before + 4
    portal = [c for c in catalogue.all_cases() if c.external_id == "2"][0]
    assert portal.summary == "Now described." and len(portal.sources) == 1


def test_an_export_renamed_is_still_matched_by_its_web_addresses(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    imported(catalogue, write_csv(tmp_path / "library-2024.csv", LIBRARY))
    again = imported(catalogue, write_csv(tmp_path / "library-2025.csv", LIBRARY))
    assert again["plan"].counts["create"] == 0


def test_two_catalogues_importing_the_same_export_make_the_same_cases(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "library.csv", LIBRARY)
    ids = []
    for name in ("laptop", "hub"):
        other = Catalogue.open(tmp_path / name, load_seed=False)
        try:
            imported(other, sheet)
            ids.append(sorted(c.id for c in other.all_cases()))
        finally:
            other.close()
    assert ids[0] == ids[1] and len(ids[0]) == 3


def test_provenance_shows_on_the_case_page_and_travels_in_bundles(tmp_path: Path) -> None:
    from desktop.catalogue.render import case_html
    from tests.sync_helpers import Device

    laptop, hub = Device(tmp_path / "laptop", "laptop"), Device(tmp_path / "hub", "hub")
    try:
        sheet = write_csv(
            tmp_path / "library.csv",
            [[*LIBRARY[0], "licence", "attribution"], [*LIBRARY[1], "CC BY-SA 4.0", "Example Library"]],
        )
        imported(laptop.catalogue, sheet)
        [case] = laptop.catalogue.all_cases()
        page = case_html(case)
        assert "Where this case comes from" in page and "https://cases.example.org/1" in page
        assert "CC BY-SA 4.0" in page and "Example Library" in page
        laptop.send(hub)
        carried = hub.catalogue.get(case.id)
        assert (carried.origin, carried.external_id, carried.licence, carried.attribution) == (
            "library.csv",
            "1",
            "CC BY-SA 4.0",
            "Example Library",
        )
    finally:
        laptop.close()
        hub.close()


def test_cases_stored_before_provenance_still_travel_in_bundles(tmp_path: Path) -> None:
    from desktop.store.cases import case_records
    from desktop.store.records import PROVENANCE_FIELDS
    from desktop.store.replica import iso_time
    from desktop.store.writer import StampedWriter
    from tests.sync_helpers import Device

    path = tmp_path / "old" / "catalogue.db"
    path.parent.mkdir()
    old = sqlite_utils.Database(path)
    migrate(old, upto=6)
    case = make_case()
    # Saved as a catalogue of schema 6 saved it: no provenance fields, so no versions for them.
    writer = StampedWriter(old, "old-device")
    stamp = writer.next_stamp()
    with old.conn:
        for table, record in case_records(case):
            kept = {k: v for k, v in record.items() if not (table == "cases" and k in PROVENANCE_FIELDS)}
            if table == "cases":
                kept["created_at"] = iso_time(stamp.encode())
            writer.save(table, kept, stamp)
    old.close()
    laptop = Device(tmp_path / "old", "laptop")
    hub = Device(tmp_path / "hub", "hub")
    try:
        laptop.send(hub)
        assert hub.catalogue.get(case.id).title == case.title
    finally:
        laptop.close()
        hub.close()


# Good rows in, bad rows out

WITH_BAD_ROWS = [
    ["Title", "City", "Year", "URL"],
    ["Bike library", "Pune", "2016", "https://cases.example.org/bike"],
    ["Tool shed", "Pune", "soon", "https://cases.example.org/tools"],
    ["Seed bank", "Quito", "2012", "www.example.org/seeds"],
]


def test_skip_bad_rows_imports_the_good_ones_and_sets_the_others_aside_to_fix(
    data_dir: Path, tmp_path: Path, capsys: Any
) -> None:
    sheet = write_csv(tmp_path / "library.csv", WITH_BAD_ROWS)
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet)]) == 1, "whole or nothing by default"
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet), "--skip-bad-rows"]) == 0
    out = capsys.readouterr().out
    rejected = tmp_path / "library.rejected.csv"
    assert "created 1" in out and "errors 2" in out and str(rejected) in out
    with rejected.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Title", "City", "Year", "URL", "Origin", "Problems"]
    assert [row[0] for row in rows[1:]] == ["Tool shed", "Seed bank"]
    assert "year" in rows[1][5] and "https://" in rows[2][5]
    assert rows[1][4] == "library.csv"

    rows[1][2], rows[2][3] = "2019", "https://www.example.org/seeds"
    write_csv(rejected, rows)
    assert main(["--data-dir", str(data_dir), "import-sheet", str(rejected)]) == 0
    catalogue = Catalogue.open(data_dir)
    try:
        shed = by_title(catalogue, "Tool shed")
        assert (shed.year_started, shed.origin) == (2019, "library.csv")
        assert by_title(catalogue, "Seed bank").sources[0].url == "https://www.example.org/seeds"
    finally:
        catalogue.close()


def test_thousands_of_bad_rows_do_not_bury_the_summary(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    sheet = write_csv(tmp_path / "bad.csv", [["Title", "Year"], *[[f"Case {n}", "soon"] for n in range(80)]])
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet)]) == 1
    said = capsys.readouterr()
    assert len(said.err.splitlines()) == 51 and "30 more problem(s)" in said.err
    assert "errors 80; nothing was imported" in said.out


def test_the_dialog_imports_the_good_rows_and_writes_the_others_beside_the_file(
    qtbot: Any, worker: Any, tmp_path: Path
) -> None:
    from desktop.ui.exchange.sheet_dialogs import SheetImportDialog
    from tests.worker_helpers import WAIT_MS

    sheet = write_csv(tmp_path / "library.csv", WITH_BAD_ROWS)
    dialog = SheetImportDialog(worker.tasks, worker.access)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(sheet)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert not dialog.import_button.isEnabled()
    dialog.skip_bad_rows.setChecked(True)
    assert dialog.import_button.isEnabled() and "library.rejected.csv" in dialog.message.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        dialog.import_button.click()
    assert done.args[0]["created"] == 1 and done.args[0]["error"] == 2
    assert (tmp_path / "library.rejected.csv").is_file()


# Countries by any name


def test_countries_are_read_by_any_name_the_app_knows_and_the_preview_says_how(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    names = {
        "Brasil": "BR",
        "Deutschland": "DE",
        "대한민국": "KR",
        "Korea, Republic of": "KR",
        "Jerman": "DE",
        "독일": "DE",
        "Perú": "PE",
        "Viet Nam": "VN",
        "usa": "US",
        "jp": "JP",
    }
    rows = [["Title", "Country"], *[[f"Case in {name}", name] for name in names]]
    plan = plan_import(catalogue, write_csv(tmp_path / "places.csv", rows))
    assert plan.counts["error"] == 0
    read = {row.title: row.values["country"] for row in plan.rows}
    assert read == {f"Case in {name}": code for name, code in names.items()}
    deutschland = next(row for row in plan.rows if row.title == "Case in Deutschland")
    assert deutschland.readings == [("country", "Deutschland", "DE")]
    assert plan.to_json()["rows"][1]["read_as"] == {"country": {"cell": "Deutschland", "value": "DE"}}


def test_the_dialog_preview_shows_how_a_country_was_read(qtbot: Any, worker: Any, tmp_path: Path) -> None:
    from desktop.ui.exchange.sheet_dialogs import SheetImportDialog
    from tests.worker_helpers import WAIT_MS

    sheet = write_csv(tmp_path / "places.csv", [["Title", "Country"], ["Bike library", "Deutschland"]])
    dialog = SheetImportDialog(worker.tasks, worker.access)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(sheet)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert "Country “Deutschland” read as Germany (DE)" in dialog.preview_rows()[0][3]


def test_a_country_no_name_matches_is_still_refused_by_its_column(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    sheet = write_csv(tmp_path / "places.csv", [["Title", "Country"], ["Tool shed", "Narnia"]])
    plan = plan_import(catalogue, sheet)
    [problem] = plan.rows[0].problems
    assert problem.column == "Country" and "Narnia" in problem.message


# Formulas, tabs, merged cells


def write_xlsx(path: Path, rows: list[list[Any]], merged: tuple[str, ...] = ()) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    for cells in merged:
        book.active.merge_cells(cells)
    book.save(path)
    return path


def test_an_unsaved_formula_in_a_column_not_imported_does_not_block(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    from desktop.sheets.reading import SheetError

    rows = [["Title", "Year", "Notes"], ["Bike library", 2016, "=LEN(A2)"]]
    sheet = write_xlsx(tmp_path / "formulas.xlsx", rows)
    plan = plan_import(catalogue, sheet)
    assert plan.counts["create"] == 1 and plan.ignored_columns == ["Notes"]
    try:
        plan_import(catalogue, sheet, {"Notes": "summary"})
    except SheetError as error:
        assert "cell C2 holds a formula (=LEN(A2))" in str(error)
    else:
        raise AssertionError("an unsaved formula in an imported column was read as nothing")


def test_tab_separated_tsv_and_txt_files_import(catalogue: Catalogue, tmp_path: Path) -> None:
    rows = [["Title", "City", "Summary"], ["Bike library", "Pune", "Bikes, lent; like books."]]
    for name in ("library.tsv", "library.txt"):
        plan = plan_import(catalogue, write_csv(tmp_path / name, rows, delimiter="\t"))
        assert plan.rows[0].values == {
            "title": "Bike library",
            "city": "Pune",
            "summary": "Bikes, lent; like books.",
            "origin": name,
        }


def test_csv_in_windows_1252_is_explained_and_with_a_bom_and_semicolons_is_read(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    from desktop.sheets.reading import SheetError

    rows = [["Title", "City"], ["Mercado de Petén", "Flores"]]
    plan = plan_import(catalogue, write_csv(tmp_path / "bom.csv", rows, "utf-8-sig", ";"))
    assert plan.rows[0].values["title"] == "Mercado de Petén"
    try:
        plan_import(catalogue, write_csv(tmp_path / "ansi.csv", rows, "cp1252"))
    except SheetError as error:
        assert "not UTF-8" in str(error) and "Windows-1252" in str(error)
    else:
        raise AssertionError("a Windows-1252 file was read as UTF-8")


def test_merged_cells_are_filled_as_a_reader_sees_them(catalogue: Catalogue, tmp_path: Path) -> None:
    from datetime import datetime

    rows = [
        ["Title", "City", "Country", "Year"],
        ["Bike library", "Pune", "India", datetime(2016, 3, 1)],
        ["Tool library", None, None, datetime(2018, 1, 1)],
        ["Seed bank", None, None, 2012],
        ["Night buses", "Seoul", "KR", None],
    ]
    sheet = write_xlsx(tmp_path / "merged.xlsx", rows, merged=("B2:B4", "C2:C4"))
    plan = plan_import(catalogue, sheet)
    read = [tuple(row.values.get(k) for k in ("city", "country", "year_started")) for row in plan.rows]
    assert read == [("Pune", "IN", 2016), ("Pune", "IN", 2018), ("Pune", "IN", 2012), ("Seoul", "KR", None)]


# Progress on the command line


def test_a_long_import_and_export_show_progress_with_counts_on_the_command_line(
    data_dir: Path, tmp_path: Path, capsys: Any
) -> None:
    rows = [["Title", "City"], *[[f"Case {n}", "Pune"] for n in range(1, 1201)]]
    sheet = write_csv(tmp_path / "long.csv", rows)
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet)]) == 0
    said = capsys.readouterr()
    assert "created 1200" in said.out
    assert "Reading and checking rows: 1,200/1,200 (100%)" in said.err
    assert "Importing rows: 600/1,200 (50%)" in said.err and "Importing rows: 1,200/1,200 (100%)" in said.err
    assert "Updating the search index" in said.err
    assert len(said.err.splitlines()) <= 25, "a log gets a line per tenth, not one per row"

    assert main(["--data-dir", str(data_dir), "export-sheet", str(tmp_path / "all.csv")]) == 0
    assert "Writing cases: 1,227/1,227 (100%)" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "reindex"]) == 0
    said = capsys.readouterr().err
    assert "Indexing cases: 1,227/1,227 (100%)" in said and "index rebuilt: 1227 cases" in said


def test_a_short_import_prints_no_progress(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    sheet = write_csv(tmp_path / "short.csv", [["Title"], ["Bike library"]])
    assert main(["--data-dir", str(data_dir), "import-sheet", str(sheet)]) == 0
    assert capsys.readouterr().err == ""


def test_the_estimate_of_time_left_follows_the_share_done() -> None:
    import io

    from desktop.cli.progress import ProgressLine

    line = ProgressLine("Importing rows", io.StringIO())
    assert line.describe(5_000, 20_000, 15.0) == "Importing rows: 5,000/20,000 (25%), about 45 s left"
    assert line.describe(1_000, 20_000, 10.0) == "Importing rows: 1,000/20,000 (5%), about 3 min 10 s left"
    assert line.describe(300, 0, 1.0) == "Importing rows: 300"


# Round trips


def comparable(catalogue: Catalogue) -> dict[str, dict[str, Any]]:
    return {c.id: {k: v for k, v in c.to_dict().items() if k != "updated_at"} for c in catalogue.all_cases()}


def test_the_seed_catalogue_goes_through_csv_and_xlsx_into_an_empty_catalogue_unchanged(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    from desktop.sheets.exporting import export_results

    seed = comparable(catalogue)
    assert any(case["disputed"] for case in seed.values()) and any(case["body"] for case in seed.values())
    for name in ("seed.csv", "seed.xlsx"):
        out = tmp_path / name
        assert export_results(catalogue, SearchRequest(text=""), out) == len(seed)
        empty = Catalogue.open(tmp_path / f"empty-{name}", load_seed=False)
        try:
            plan = plan_import(empty, out)
            assert plan.counts == {"create": len(seed), "update": 0, "unchanged": 0, "error": 0}
            apply_import(empty, plan)
            assert comparable(empty) == seed, f"{name} lost or changed a field"
            again = plan_import(empty, out)
            assert again.counts["unchanged"] == len(seed)
        finally:
            empty.close()


def test_sources_typed_in_a_cell_one_per_line_become_sources(catalogue: Catalogue, tmp_path: Path) -> None:
    cell = "https://example.org/report\nCity council minutes, 2019"
    sheet = write_csv(tmp_path / "library.csv", [["Title", "Sources"], ["Bike library", cell]])
    imported(catalogue, sheet)
    sources = by_title(catalogue, "Bike library").sources
    assert [(s.url, s.citation) for s in sources] == [
        ("https://example.org/report", ""),
        ("", "City council minutes, 2019"),
    ]


# Presets for public case libraries

# The columns of Participedia's cases export, in the order its export script writes them
# (participedia/api, api/helpers/create-csv-data-dump.js), and one case as it writes it.
PARTICIPEDIA_COLUMNS = [
    "id",
    "type",
    "title",
    "url",
    "description",
    "featured",
    "post_date",
    "updated_date",
    "creator_id",
    "creator_name",
    "creator_profile_url",
    "last_updated_by_id",
    "last_updated_by_name",
    "last_updated_by_profile_url",
    "original_language",
    "address1",
    "address2",
    "city",
    "province",
    "postal_code",
    "country",
    "latitude",
    "longitude",
    "is_component_of_id",
    "is_component_of_title",
    "is_component_of_url",
    "specific_methods_tools_techniques_titles",
    "has_components_titles",
    "general_issues",
    "specific_topics",
    "scope_of_influence",
    "start_date",
    "end_date",
    "ongoing",
    "time_limited",
    "purposes",
    "approaches",
    "public_spectrum",
    "number_of_participants",
    "open_limited",
    "recruitment_method",
    "targeted_participants",
    "method_types",
    "tools_techniques_types",
    "legality",
    "facilitators",
    "facilitator_training",
    "facetoface_online_or_both",
    "participants_interactions",
    "learning_resources",
    "decision_methods",
    "if_voting",
    "insights_outcomes",
    "primary_organizer_id",
    "primary_organizer_title",
    "primary_organizer_url",
    "organizer_types",
    "funder",
    "funder_types",
    "staff",
    "volunteers",
    "impact_evidence",
    "change_types",
    "implementers_of_change",
    "formal_evaluation",
    "body",
    "files_count",
    "links_count",
    "photos_count",
    "videos_count",
    "audio_count",
    "evaluation_reports_count",
    "evaluation_links_count",
]
PARTICIPEDIA_CASE = {
    "id": "4528",
    "type": "case",
    "title": "Participatory Budgeting in Porto Alegre",
    "url": "https://participedia.net/case/4528",
    "description": "Citizens decide part of the city budget in assemblies.",
    "original_language": "en",
    "city": "Porto Alegre",
    "country": "Brasil",
    "latitude": "30° 2' 4.8\" S",
    "longitude": "51° 13' 49.08\" W",
    "general_issues": "Governance & Political Institutions, Economics",
    "start_date": "1989-01-01T00:00:00.000Z",
    "body": "Problems and Purpose. Porto Alegre's budget assemblies...",
}


def test_a_participedia_export_imports_with_its_preset_keeping_licence_and_attribution(
    data_dir: Path, tmp_path: Path, capsys: Any
) -> None:
    rows = [PARTICIPEDIA_COLUMNS, [PARTICIPEDIA_CASE.get(column, "") for column in PARTICIPEDIA_COLUMNS]]
    sheet = write_csv(tmp_path / "participedia-data-cases.csv", rows)
    command = ["--data-dir", str(data_dir), "import-sheet", str(sheet), "--preset", "participedia-cases"]
    assert main(command) == 0
    assert main(command) == 0
    assert "created 0, updated 0, unchanged 1" in capsys.readouterr().out.splitlines()[-2]
    catalogue = Catalogue.open(data_dir)
    try:
        case = by_title(catalogue, "Participatory Budgeting in Porto Alegre")
        assert (case.origin, case.external_id, case.country, case.year_started) == (
            "Participedia",
            "4528",
            "BR",
            1989,
        )
        assert case.licence == "CC BY-NC-SA 3.0" and "Participedia" in case.attribution
        assert case.sources[0].url == "https://participedia.net/case/4528"
        assert case.summary.startswith("Citizens decide") and case.body.startswith("Problems and Purpose")
        assert case.latitude is None and case.themes == [], "columns the preset does not map stay out"
    finally:
        catalogue.close()


def test_an_unknown_preset_is_refused_naming_the_ones_there_are(
    data_dir: Path, tmp_path: Path, capsys: Any
) -> None:
    sheet = write_csv(tmp_path / "x.csv", [["Title"], ["Bike library"]])
    try:
        main(["--data-dir", str(data_dir), "import-sheet", str(sheet), "--preset", "nowhere"])
    except SystemExit as stop:
        assert stop.code == 2
    assert "participedia-cases" in capsys.readouterr().err


def test_the_dialog_offers_the_presets(qtbot: Any, worker: Any, tmp_path: Path) -> None:
    from desktop.ui.exchange.sheet_dialogs import SheetImportDialog
    from tests.worker_helpers import WAIT_MS

    rows = [PARTICIPEDIA_COLUMNS, [PARTICIPEDIA_CASE.get(column, "") for column in PARTICIPEDIA_COLUMNS]]
    sheet = write_csv(tmp_path / "participedia-data-cases.csv", rows)
    dialog = SheetImportDialog(worker.tasks, worker.access)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(sheet)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    dialog.plan = None
    dialog.preset_choice.setCurrentIndex(dialog.preset_choice.findData("participedia-cases"))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert dialog.plan.counts["error"] == 0 and dialog.plan.origin == "Participedia"
    assert dialog.mapping_combo("latitude").currentData() is None


# Duplicates found and merged


def test_rows_that_look_like_a_case_or_an_earlier_row_are_flagged_before_the_import(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    seoul = next(c for c in catalogue.all_cases() if c.city == "Seoul")
    rows = [
        ["Title", "City"],
        [seoul.title.upper() + " ", "Seoul"],
        ["Bike library", "Pune"],
        ["Bike  Library.", "Pune"],
        ["Bike library", "Quito"],
    ]
    plan = plan_import(catalogue, write_csv(tmp_path / "library.csv", rows))
    flagged = {row.number: row.duplicates for row in plan.rows}
    assert flagged[2] == [("case", seoul.id, seoul.title)]
    assert flagged[4] == [("row", "3", "Bike library")] and flagged[3] == [] and flagged[5] == []
    assert plan.to_json()["rows"][0]["likely_duplicates"] == [
        {"of": "case", "id": seoul.id, "title": seoul.title}
    ]


def test_duplicates_are_found_on_demand_and_merged_keeping_every_part_and_undone(
    data_dir: Path, tmp_path: Path, capsys: Any
) -> None:
    from desktop.catalogue.duplicates import find_duplicates, merge_cases, unmerge_cases

    catalogue = Catalogue.open(data_dir)
    try:
        first = make_case(title="Rainwater tanks for markets", city="Colombo")
        second = make_case(title="Rain-water tanks for markets", city="Colombo", summary="", costs="Small.")
        second.sources[0].url = "https://example.org/tanks"
        third = make_case(title="Bike library", city="Pune")
        for case in (first, second, third):
            catalogue.save(case)
        pairs = {(d.first, d.second, d.reason) for d in find_duplicates(catalogue)}
        assert {tuple(sorted((a, b))) for a, b, _ in pairs} >= {tuple(sorted((first.id, second.id)))}
        assert not any(third.id in (a, b) for a, b, _ in pairs)

        merged = merge_cases(catalogue, first.id, second.id)
        assert len(merged.sources) == 2 and len(merged.components) == 6
        assert merged.summary == first.summary and merged.costs == (first.costs or "Small.")
        assert second.id not in {c.id for c in catalogue.all_cases()}
        found = catalogue.search_titles("tanks markets")
        assert "Rainwater tanks for markets" in found and "Rain-water tanks for markets" not in found

        keep, back = unmerge_cases(catalogue, second.id)
        assert len(keep.sources) == 1 and len(keep.components) == 3
        assert back.title == second.title and len(back.components) == 3
        assert back.sources[0].url == "https://example.org/tanks"
    finally:
        catalogue.close()
    assert main(["--data-dir", str(data_dir), "duplicates", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert any({d["first"], d["second"]} == {first.id, second.id} for d in listed)
    assert main(["--data-dir", str(data_dir), "merge", first.id, second.id]) == 0
    assert f"undo with: leaps unmerge {second.id}" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "unmerge", second.id]) == 0


def test_a_merge_travels_in_bundles_so_the_other_device_ends_with_one_case(tmp_path: Path) -> None:
    from desktop.catalogue.duplicates import merge_cases
    from tests.sync_helpers import Device

    laptop, hub = Device(tmp_path / "laptop", "laptop"), Device(tmp_path / "hub", "hub")
    try:
        first, second = make_case(title="Tanks", city="Colombo"), make_case(title="Tanks!", city="Colombo")
        for case in (first, second):
            laptop.catalogue.save(case)
        laptop.send(hub)
        assert hub.catalogue.count() == 2
        merge_cases(laptop.catalogue, first.id, second.id)
        laptop.send(hub)
        [only] = hub.catalogue.all_cases()
        assert only.id == first.id and len(only.components) == 6 and len(only.sources) == 2
    finally:
        laptop.close()
        hub.close()


def test_find_duplicates_in_the_window_merges_a_pair_and_undoes_it(qtbot: Any, data_dir: Path) -> None:
    from desktop.ui.browse.duplicates_dialog import DuplicatesDialog
    from tests.worker_helpers import WAIT_MS, open_main_window

    catalogue = Catalogue.open(data_dir)
    first, second = (
        make_case(title="Tool library", city="Pune"),
        make_case(title="Tool Library!", city="Pune"),
    )
    for case in (first, second):
        catalogue.save(case)
    catalogue.close()
    window = open_main_window(qtbot, data_dir)
    assert window.find_duplicates_action in window.edit_menu.actions()
    window.find_duplicates_action.trigger()
    dialog = window.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=WAIT_MS)
    row = next(i for i, pair in enumerate(dialog.pairs) if {pair.first, pair.second} == {first.id, second.id})
    assert dialog.table.item(row, 2).text() == "same title and city"
    dialog.table.selectRow(row)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.undo_button.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: all({p.first, p.second} != {first.id, second.id} for p in dialog.pairs), timeout=WAIT_MS
    )
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: not dialog.undo_button.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: any({p.first, p.second} == {first.id, second.id} for p in dialog.pairs), timeout=WAIT_MS
    )


def test_the_import_preview_says_which_rows_look_like_duplicates(
    qtbot: Any, worker: Any, tmp_path: Path
) -> None:
    from desktop.ui.exchange.sheet_dialogs import SheetImportDialog
    from tests.worker_helpers import WAIT_MS

    rows = [["Title", "City"], ["Bike library", "Pune"], ["Bike Library", "Pune"]]
    dialog = SheetImportDialog(worker.tasks, worker.access)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(write_csv(tmp_path / "library.csv", rows))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    details = {row[0]: row[3] for row in dialog.preview_rows()}
    assert "Looks like row 2, “Bike library”" in details["3"]


def test_a_bundle_import_names_the_new_cases_that_look_like_cases_already_here(
    tmp_path: Path, capsys: Any
) -> None:
    from tests.sync_helpers import Device

    laptop, hub = Device(tmp_path / "laptop", "laptop"), Device(tmp_path / "hub", "hub")
    carried, there = (
        make_case(title="Tool library", city="Pune"),
        make_case(title="Tool Library.", city="Pune"),
    )
    laptop.catalogue.save(carried)
    hub.catalogue.save(there)
    bundle = laptop.sync.export(tmp_path / "laptop.leaps")[0]
    laptop.close()
    hub.close()
    assert main(["--data-dir", str(tmp_path / "hub"), "import", str(bundle), "--trust", "always"]) == 0
    said = capsys.readouterr().out
    assert (
        f"new case {carried.id} (Tool library) looks like {there.id} (Tool Library.): same title and city"
        in said
    )


def test_the_bundle_preview_in_the_window_names_new_cases_that_look_like_ones_here(qtbot: Any) -> None:
    from desktop.catalogue.duplicates import Duplicate
    from desktop.sync.service import ImportReport
    from desktop.ui.exchange.sync_dialogs import ImportPreviewDialog

    report = ImportReport("laptop.leaps", "b1", "Laptop", "d1", "ab:cd", "always", "full", {"new": 4})
    alike = [Duplicate("here", "new", "Tool Library.", "Tool library", "title and city")]
    dialog = ImportPreviewDialog(report, None, "", alike)
    qtbot.addWidget(dialog)
    said = dialog.duplicates.text()
    assert said.startswith("1 new case") and "already here: “Tool library” looks like “Tool Library.”" in said


def test_find_duplicates_undoes_an_earlier_merge_not_only_the_last(qtbot: Any, data_dir: Path) -> None:
    from desktop.catalogue.duplicates import merge_cases
    from desktop.ui.browse.duplicates_dialog import DuplicatesDialog
    from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker

    catalogue = Catalogue.open(data_dir)
    tools = (make_case(title="Tool library", city="Pune"), make_case(title="Tool Library!", city="Pune"))
    seeds = (make_case(title="Seed bank", city="Cebu"), make_case(title="Seed bank.", city="Cebu"))
    for case in (*tools, *seeds):
        catalogue.save(case)
    merge_cases(catalogue, tools[0].id, tools[1].id)  # merged first, in an earlier session
    merge_cases(catalogue, seeds[0].id, seeds[1].id)
    catalogue.close()
    window = open_main_window(qtbot, data_dir)
    window.find_duplicates_action.trigger()
    dialog = window.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: dialog.merge_list.count() == 2, timeout=WAIT_MS)
    assert dialog.undo_button.isEnabled()
    assert dialog.merge_list.itemText(0) == "“Seed bank.” merged into “Seed bank”", "the latest first"
    dialog.merge_list.setCurrentIndex(1)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: dialog.merge_list.count() == 1, timeout=WAIT_MS)
    assert dialog.merge_list.itemText(0).startswith("“Seed bank.”")
    titles = run_on_worker(qtbot, window.tasks, lambda: {c.title for c in window.catalogue.all_cases()})
    assert {"Tool library", "Tool Library!", "Seed bank"} <= titles, "the earlier merge is undone"
    assert "Seed bank." not in titles, "the later merge stays"


def test_leaps_unmerge_alone_lists_every_merge_to_undo(data_dir: Path, capsys: Any) -> None:
    from desktop.catalogue.duplicates import merge_cases

    catalogue = Catalogue.open(data_dir)
    try:
        pairs = [
            (make_case(title="Tool library", city="Pune"), make_case(title="Tool Library!", city="Pune")),
            (make_case(title="Seed bank", city="Cebu"), make_case(title="Seed bank.", city="Cebu")),
        ]
        for keep, other in pairs:
            catalogue.save(keep)
            catalogue.save(other)
            merge_cases(catalogue, keep.id, other.id)
    finally:
        catalogue.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "unmerge"]) == 0
    said = capsys.readouterr().out
    first, second = pairs[0][1].id, pairs[1][1].id
    assert said.index(f"leaps unmerge {second}") < said.index(f"leaps unmerge {first}"), "the latest first"
    assert "2 merge(s) to undo" in said
    assert main(["--data-dir", str(data_dir), "unmerge", first]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "unmerge", "--json"]) == 0
    assert [merge["removed"] for merge in json.loads(capsys.readouterr().out)] == [second]
