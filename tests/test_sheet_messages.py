"""The sheet import dialog and results export speak the window's language: row, file, cancel and export
problems; the CLI keeps English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.search import SearchRequest
from desktop.ui.exchange.results_export import ResultsExporter
from desktop.ui.i18n import install_translators
from tests.test_window_sheets import open_dialog, write_csv
from tests.worker_helpers import WAIT_MS, CatalogueWorker

HANGUL = re.compile(r"[\uac00-\ud7a3]")
CASE_ID = "0b7a0c3e-5d2c-4c63-9a59-8f4f3f2f8a11"
ROWS = [
    ["id", "Title", "City", "Country"],
    [CASE_ID, "Bike library", "Pune", "IN"],
    [CASE_ID, "Bike library again", "Pune", "IN"],
    ["", "Tool shed", "Pune", "Narnia"],
]


@pytest.fixture
def english_after() -> Iterator[None]:
    """The test installs another language; English comes back after it."""
    yield
    install_translators("en")


def test_a_korean_dialog_shows_korean_row_problems_and_the_command_line_english(
    qtbot: QtBot,
    worker: CatalogueWorker,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    english_after: None,
) -> None:
    sheet = write_csv(tmp_path / "cases.csv", ROWS)
    install_translators("ko")
    dialog = open_dialog(qtbot, worker)
    dialog.load(sheet)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    details = {row[0]: row[3] for row in dialog.preview_rows()}
    assert details["3"].endswith(": 2행과 id가 같습니다. 사례마다 한 행만 두십시오")
    assert details["4"] == "국가: KR 같은 대문자 ISO 3166 코드여야 합니다(입력값: 'Narnia')"

    assert main(["--data-dir", str(worker.data_dir), "import-sheet", str(sheet)]) == 1
    said = capsys.readouterr().err
    assert "cases.csv row 3, column 'id': has the same id as row 2; give each case one row" in said
    country = "country must be an upper-case ISO 3166 code such as KR (got 'Narnia')"
    assert f"row 4, column 'Country': {country}" in said
    assert not HANGUL.search(said)


def test_a_sheet_without_a_title_column_is_refused_in_indonesian(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path, english_after: None
) -> None:
    sheet = write_csv(tmp_path / "no-title.csv", [["City", "Country"], ["Pune", "IN"]])
    install_translators("id")
    dialog = open_dialog(qtbot, worker)
    dialog.load(sheet)
    qtbot.waitUntil(lambda: "no-title.csv:" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.message.text() == (
        "no-title.csv: tidak ada kolom yang berisi judul kasus. Namai satu kolom 'Title' atau petakan "
        "satu kolom ke judul (--mapping, atau tabel Pemetaan kolom); kolomnya: City, Country."
    )
    assert not dialog.import_button.isEnabled()


def test_a_korean_dialog_explains_a_non_utf8_csv_and_a_broken_workbook_and_the_command_line_english(
    qtbot: QtBot,
    worker: CatalogueWorker,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    english_after: None,
) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Title,City\nCafé library,Pune\n".encode("cp1252"))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip at all")
    install_translators("ko")
    dialog = open_dialog(qtbot, worker)
    dialog.load(latin)
    qtbot.waitUntil(lambda: "0xE9" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.message.text().startswith(
        "latin.csv은(는) UTF-8 텍스트가 아닙니다. 2번째 줄의 바이트 0xE9를 UTF-8로 읽을 수 없습니다"
    )
    assert "'CSV UTF-8'로 저장한 뒤" in dialog.message.text()
    dialog.load(broken)
    qtbot.waitUntil(lambda: "통합 문서" in dialog.message.text(), timeout=WAIT_MS)
    not_a_workbook = "broken.xlsx은(는) 읽을 수 있는 Excel 통합 문서(.xlsx)가 아닙니다"
    assert dialog.message.text().startswith(not_a_workbook)
    assert not dialog.import_button.isEnabled()

    for sheet in (latin, broken):
        assert main(["--data-dir", str(worker.data_dir), "import-sheet", str(sheet)]) == 1
    said = capsys.readouterr().err
    assert "latin.csv is not UTF-8 text: byte 0xE9 on line 2 cannot be read as UTF-8" in said
    assert "Save it as 'CSV UTF-8'" in said
    assert "broken.xlsx is not an Excel workbook (.xlsx) that can be read" in said
    assert not HANGUL.search(said)


def test_a_cancelled_import_says_so_in_korean(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path, english_after: None
) -> None:
    rows = [["Title", "City", "Country"]] + [[f"Case {n}", "Pune", "IN"] for n in range(3)]
    install_translators("ko")
    dialog = open_dialog(qtbot, worker)
    dialog.load(write_csv(tmp_path / "few.csv", rows))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    before = worker.run(lambda: worker.catalogue.count())
    release = worker.hold()
    dialog.import_button.click()
    dialog.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not dialog.cancel_button.isVisible(), timeout=WAIT_MS)
    assert dialog.message.text() == "가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다."
    assert worker.run(lambda: worker.catalogue.count()) == before


def test_a_preview_the_catalogue_no_longer_matches_names_each_problem_in_indonesian(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path, english_after: None
) -> None:
    sheet = write_csv(tmp_path / "cases.csv", [["Title", "City", "Land"], ["Tool shed", "Pune", "IN"]])
    install_translators("id")
    dialog = open_dialog(qtbot, worker)
    dialog.load(sheet, {"Land": "country"})
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    before = worker.run(lambda: worker.catalogue.count())
    # What the row holds is no longer a valid case by the time it is imported.
    dialog.plan.rows[0].values["country"] = "Narnia"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "Narnia" in dialog.message.text(), timeout=WAIT_MS)
    text = dialog.message.text()
    assert text.startswith("cases.csv baris 2: Negara: harus ")
    assert text.endswith("(katalog berubah sejak pratinjau). Tidak ada yang diimpor.")
    assert "must" not in text
    assert worker.run(lambda: worker.catalogue.count()) == before


def test_an_export_to_a_missing_folder_is_refused_in_korean(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path, english_after: None
) -> None:
    install_translators("ko")
    exporter = ResultsExporter(worker.tasks, worker.access)
    missing = tmp_path / "gone"
    with qtbot.waitSignal(exporter.finished, timeout=WAIT_MS) as done:
        exporter.export_to(SearchRequest(text="city:seoul"), missing / "seoul.xlsx")
    assert done.args[0] == f"{missing}은(는) 폴더가 아닙니다. 파일을 저장할 곳을 고르십시오."
    assert not missing.exists()
