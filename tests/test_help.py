"""The Help menu: the guide's pages all load and link to each other; About lists versions and licences."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.resources import resource_path
from desktop.ui.help import (
    GUIDE_FOLDER,
    GUIDE_PAGES,
    PAGE_LINK_BASE,
    AboutDialog,
    HelpWindow,
    linked_pages,
    open_about,
    open_guide,
    page_html,
    page_markdown,
    page_title,
)
from desktop.ui.tasks import TaskRunner
from tests.worker_helpers import WAIT_MS, open_main_window

ANY_LINK = re.compile(r"\]\(([^)]+)\)")


def test_every_guide_file_is_in_the_contents_and_loads() -> None:
    files = {p.stem for p in resource_path(GUIDE_FOLDER).glob("*.md")}
    assert files == set(GUIDE_PAGES)
    for name in GUIDE_PAGES:
        markdown = page_markdown(name)
        assert page_title(markdown), name
        assert "<h1>" in page_html(name)


def test_every_link_in_the_guide_resolves() -> None:
    for name in GUIDE_PAGES:
        markdown = page_markdown(name)
        for target in ANY_LINK.findall(markdown):
            assert target.endswith(".md") and target[:-3] in GUIDE_PAGES, f"{name}: {target}"
        rendered = page_html(name)
        for target in linked_pages(markdown):
            assert f'href="{PAGE_LINK_BASE}{target}"' in rendered, f"{name}: {target}"
    reachable = {target for name in GUIDE_PAGES for target in linked_pages(page_markdown(name))}
    assert reachable | {"index"} == set(GUIDE_PAGES)


def test_the_guide_covers_the_tasks_people_come_for() -> None:
    text = " ".join(page_markdown(name) for name in GUIDE_PAGES)
    for phrase in ("Export Bundle", "Import Bundle", "Conflicts…", "Keep mine", "Adapt this practice",
                   "fit check", "DOCX", "ODT", "PDF", "progress entry", "city:seoul"):
        assert phrase in text, phrase


def test_links_contents_and_back_move_between_pages(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.current == "index" and "user guide" in window.page.toPlainText()
    window.page.anchorClicked.emit(QUrl(f"{PAGE_LINK_BASE}exchanging-bundles"))
    assert window.current == "exchanging-bundles" and "Export Bundle" in window.page.toPlainText()
    assert window.contents.currentItem().text() == page_title(page_markdown("exchanging-bundles"))
    window.contents.setCurrentRow(GUIDE_PAGES.index("keyboard"))
    assert "Ctrl+F" in window.page.toPlainText()
    qtbot.keyClick(window.page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current == "exchanging-bundles"
    window.back()
    assert window.current == "index" and not window.back_button.isEnabled()
    qtbot.keyClick(window.page, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_f1_window_is_opened_once_and_raised(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    first = open_guide(parent)
    again = open_guide(parent, "comparing-cases")
    assert again is first and first.current == "comparing-cases" and first.isVisible()


def test_about_lists_versions_data_dir_and_the_qt_licence(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner(parent)
    dialog = open_about(parent, tmp_path / "my data", tasks)
    qtbot.waitUntil(lambda: dialog.versions.rowCount() > 5, timeout=WAIT_MS)
    table = dialog.versions
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["LEAPS Catalogue"] == __version__
    for name in ("Python", "Qt", "PySide6", "SQLite", "whoosh-reloaded", "sqlite-utils", "nh3"):
        assert rows.get(name) not in (None, "", "unknown"), name
    summary = dialog.tabs.widget(0).text()
    assert str(tmp_path / "my data") in summary
    assert "GNU Lesser General Public License" in summary and "PySide6" in summary
    notices = dialog.licence_view.toPlainText()
    assert "PySide6_Essentials" in notices and "LGPL-3.0" in notices
    dialog.licence_choice.setCurrentIndex(1)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_view.toPlainText()
    tasks.shutdown()


def test_about_is_keyboard_only_and_escape_closes(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    for widget in (dialog.versions, dialog.licence_choice, dialog.licence_view):
        assert widget.accessibleName()
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_f1_and_the_help_menu_in_the_main_window(qtbot: QtBot, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    guide = window.findChild(HelpWindow)
    assert guide is not None and guide.isVisible()
    about = next(a for a in window.help_menu.actions() if a.text().startswith("&About"))
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.versions.rowCount() > 5, timeout=WAIT_MS)
    assert str(data_dir) in dialog.tabs.widget(0).text()
