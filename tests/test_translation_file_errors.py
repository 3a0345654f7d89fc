"""A translator's file that cannot be taken: said in the window's language there, in English with its
code on the command line, and the catalogue unchanged."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.ui.i18n import install_translators
from tests.test_errors import HANGUL, english_after, next_message_box
from tests.test_window import shown_title, type_search
from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker

# Each test installs Korean; English comes back after it.
pytestmark = pytest.mark.usefixtures(english_after.__name__)

BROKEN_XLIFF = '<?xml version="1.0"?>\n<xliff version="1.2"><file original="case:x">\n'
SHEET_COLUMNS = ["case", "language", "id", "field", "original", "translation", "status"]


def wrong_id_sheet(folder: Path, case_id: str) -> Path:
    """A translator's sheet whose one row names a field no case has."""
    sheet = folder / "from-translator.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(SHEET_COLUMNS)
        writer.writerow([case_id, "ko", f"cases:{case_id}:colour", "Colour", "Blue", "파랑", ""])
    return sheet


def import_in_the_desk(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path, file_for: Callable[[str], Path]
) -> str:
    """Open the translator's desk on the night bus case as a person does (Case → Translate Case…),
    import the file made for its case with the desk's Import button, and return what the warning says."""
    from desktop.ui.case.translation_desk import TranslationDesk

    window = open_main_window(qtbot, data_dir)
    type_search(qtbot, window, "night bus")
    qtbot.waitUntil(lambda: "Owl Bus" in shown_title(window), timeout=WAIT_MS)
    window.translate_action.trigger()
    [desk] = window.findChildren(TranslationDesk)
    qtbot.waitUntil(lambda: desk.fields.count() > 0, timeout=WAIT_MS)
    file = file_for(desk.case_id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(file), ""))
    [button] = [
        b for b in desk.findChildren(QPushButton) if b.text() == desk.tr("&Import from a Translator…")
    ]
    texts: list[str] = []
    next_message_box(texts)
    button.click()
    qtbot.waitUntil(lambda: bool(texts), timeout=WAIT_MS)
    # The desk reloads when the warning takes the focus from its language box: let that finish
    # before the window closes, so nothing is handed to a desk already gone.
    run_on_worker(qtbot, window.tasks, lambda: None)
    return texts[0]


def test_a_korean_window_says_a_broken_xliff_file_in_korean(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_dir: Path
) -> None:
    broken = tmp_path / "broken.xlf"
    broken.write_text(BROKEN_XLIFF, encoding="utf-8")
    install_translators("ko")
    said = import_in_the_desk(qtbot, monkeypatch, data_dir, lambda _case_id: broken)
    assert "broken.xlf" in said and "올바른 형식의 XML이 아닙니다" in said, said
    assert "well-formed" not in said


def test_a_korean_window_says_a_sheet_with_a_wrong_id_in_korean_with_its_row(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_dir: Path
) -> None:
    install_translators("ko")
    said = import_in_the_desk(qtbot, monkeypatch, data_dir, lambda case_id: wrong_id_sheet(tmp_path, case_id))
    # Where (the file and its row) and what, both in Korean; the field's id as the file gives it.
    assert "from-translator.csv 2행:" in said, said
    assert "번역할 수 있는 필드" in said and ":colour" in said and "아무것도 바꾸지 않았습니다" in said, said
    assert " row " not in said and "nothing was changed" not in said, said


def night_bus_id(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--data-dir", str(data_dir), "search", "night bus", "--json"]) == 0
    return str(json.loads(capsys.readouterr().out)["results"][0]["id"])


def test_the_command_line_says_a_translation_file_error_in_english_with_its_code(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.xlf"
    broken.write_text(BROKEN_XLIFF, encoding="utf-8")
    case_id = night_bus_id(data_dir, capsys)
    install_translators("ko")  # a process whose window would speak Korean
    assert main(["--data-dir", str(data_dir), "translate", "import", str(broken)]) == 1
    said = capsys.readouterr().err
    assert said.startswith("leaps: [translation] broken.xlf is not well-formed XML (")
    assert len(said.strip().splitlines()) == 1 and not HANGUL.search(said), said
    sheet = wrong_id_sheet(tmp_path, case_id)
    assert main(["--data-dir", str(data_dir), "translate", "import", str(sheet)]) == 1
    assert capsys.readouterr().err == (
        f"leaps: [translation] from-translator.csv row 2: the case has no translatable field "
        f"cases:{case_id}:colour; nothing was changed.\n"
    )
    assert main(["--data-dir", str(data_dir), "translate", "status", case_id]) == 0
    assert "Translated" not in capsys.readouterr().out, "nothing was imported"
