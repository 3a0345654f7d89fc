"""The sheet import dialog tells row and sheet problems in the window's language; the CLI keeps English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.cli import main
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
