"""Keyboard and language: every menu shortcut is in the guide's list, the language menu reads as a
choice, and switching the language reopens the case that was open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.resources import resource_path
from desktop.ui.help import GUIDE_FOLDER
from desktop.ui.i18n import install_translators, set_preferred_language
from desktop.ui.main_window import MainWindow
from tests.worker_helpers import WAIT_MS, open_main_window

# Keys Qt names differently from how the guide writes them.
GUIDE_NAMES = {"Del": "Delete", "PgDown": "Page Down", "PgUp": "Page Up"}


def shortcuts(menu: QMenu) -> list[str]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += shortcuts(action.menu())
        elif not action.shortcut().isEmpty():
            found.append(action.shortcut().toString(QKeySequence.SequenceFormat.PortableText))
    return found


@pytest.mark.parametrize("language", ["", "ko", "id"])
def test_the_guides_shortcut_list_names_every_menu_shortcut(
    qtbot: QtBot, data_dir: Path, language: str
) -> None:
    window = open_main_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: any("Map" in a.text() for a in window.view_menu.actions()), timeout=WAIT_MS)
    keys = [key for action in window.menuBar().actions() for key in shortcuts(action.menu())]
    assert {"Ctrl+N", "Ctrl+E", "Ctrl+Z", "Ctrl+Shift+M", "Ctrl+Shift+P"} <= set(keys)
    guide = (resource_path(GUIDE_FOLDER) / language / "keyboard.md").read_text(encoding="utf-8")
    missing = [key for key in keys if f"**{GUIDE_NAMES.get(key, key)}**" not in guide]
    assert not missing, missing


def test_the_language_menu_offers_the_system_language(qtbot: QtBot, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    languages = next(a.menu() for a in window.view_menu.actions() if a.text() == "&Language")
    names = [action.text() for action in languages.actions()]
    assert names[0] == "System Language" and "As the System" not in names


def test_switching_the_language_keeps_the_case_that_was_open(qtbot: QtBot, data_dir: Path) -> None:
    from desktop.ui.app import WindowHost
    from desktop.ui.single_instance import SingleInstance

    host = WindowHost(data_dir, SingleInstance(data_dir, QApplication.instance()))
    window = host.open()
    try:
        qtbot.waitUntil(lambda: window.search_ready and window.results.rowCount() > 10, timeout=WAIT_MS)
        window.result_table.setCurrentIndex(window.results.index(7, 0))
        wanted = window.results.card(7)
        qtbot.waitUntil(lambda: window.shown_case == (wanted.id, wanted.title), timeout=WAIT_MS)
        host.switch_language("ko")
        korean = host.window
        assert isinstance(korean, MainWindow) and korean is not window
        qtbot.waitUntil(
            lambda: korean.shown_case is not None and korean.shown_case[1] == wanted.title, timeout=WAIT_MS
        )
        qtbot.waitUntil(lambda: korean.search_ready, timeout=WAIT_MS)
        assert korean.shown_case[0] == wanted.id
        assert korean.results.card(korean.result_table.currentIndex().row()).id == wanted.id
    finally:
        if host.window is not None:
            host.window.close()
        set_preferred_language("")
        install_translators("en")
