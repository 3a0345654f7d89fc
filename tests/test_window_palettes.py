"""Dark and high-contrast palettes on the system's own style (not only Fusion): the case page, the
compare window and problem messages stay readable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QStyleFactory
from pytestqt.qtbot import QtBot

from desktop.ui.browse.compare import open_compare
from desktop.ui.case.case_editor import CaseEditor
from tests.test_window_reading import contrast
from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker

READABLE = 4.5


def palette_of(window: str, base: str, text: str, highlight: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.Mid, "#808080"),
        (QPalette.ColorRole.Dark, "#a0a0a0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {
    "dark": palette_of("#2d2d2d", "#1e1e1e", "#f0f0f0", "#3d7be0"),
    "high contrast": palette_of("#000000", "#000000", "#ffffff", "#ffff00"),
}


@pytest.fixture(params=list(PALETTES))
def system_style(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The Windows style (what the system offers besides Fusion here) with a dark or black palette."""
    style, palette = qapp.style().name(), qapp.palette()
    assert "Windows" in QStyleFactory.keys()  # noqa: SIM118 (a list of names, not a dict)
    qapp.setStyle("Windows")
    qapp.setPalette(PALETTES[request.param])
    yield PALETTES[request.param]
    qapp.setStyle(style)
    qapp.setPalette(palette)


def unreadable(document: QTextDocument, palette: QPalette) -> list[str]:
    """Each run of text whose colour is too close to what is behind it."""
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            text = fragment.text().strip()
            if text:
                fmt = fragment.charFormat()
                ink = fmt.foreground().color() if fmt.foreground().style().value else palette.text().color()
                behind = palette.base().color()
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                table = cursor.currentTable()
                if table is not None:
                    cell = table.cellAt(cursor).format().background()
                    if cell.style().value:
                        behind = cell.color()
                if fmt.background().style().value:
                    behind = fmt.background().color()
                if fmt.isAnchor():
                    ink = palette.link().color()
                if not fmt.isAnchor() and contrast(ink, behind) < READABLE:
                    found.append(f"{text[:40]!r}: {ink.name()} on {behind.name()}")
            iterator += 1
        block = block.next()
    return found


def test_case_pages_compare_and_problems_read_under_dark_and_high_contrast(
    qtbot: QtBot, data_dir: Path, system_style: QPalette
) -> None:
    window = open_main_window(qtbot, data_dir)
    window.search_box.setText("Owl Bus")
    window.run_search()
    qtbot.waitUntil(lambda: window.shown_case is not None and "Owl" in window.shown_case[1], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Owl Bus" in window.case_view.toPlainText(), timeout=WAIT_MS)
    assert unreadable(window.case_view.document(), system_style) == []

    catalogue = window.catalogue
    korean = lambda: [c for c in catalogue.all_cases() if c.country == "KR"][:2]  # noqa: E731
    cases = run_on_worker(qtbot, window.tasks, korean)
    compare = open_compare(window, window.tasks, catalogue, [c.id for c in cases])
    qtbot.waitUntil(lambda: compare.comparison is not None, timeout=WAIT_MS)
    assert unreadable(compare.view.document(), system_style) == []
    compare.close()

    editor = CaseEditor(window.tasks, catalogue, {**cases[0].to_dict(), "curation": "reviewed"})
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(editor)
    editor.show()
    editor.title_edit.setText("")
    editor.save_button.click()
    error = editor.findChild(QLabel, "error_title")
    assert error is not None and error.isVisible()
    ink = error.palette().color(error.foregroundRole())
    behind = error.palette().color(error.backgroundRole())
    assert contrast(ink, behind) >= READABLE, (ink.name(), behind.name())
    assert contrast(editor.status.palette().color(editor.status.foregroundRole()),
                    editor.status.palette().color(editor.status.backgroundRole())) >= READABLE
