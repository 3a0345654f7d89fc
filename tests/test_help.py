"""The Help menu: the guide's pages all load and link to each other; About lists versions and licences."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop import APP_NAME, __version__
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
    page_file,
    page_html,
    page_markdown,
    page_title,
)
from desktop.ui.i18n import install_translators, plain_label
from desktop.ui.tasks import TaskRunner
from tests.worker_helpers import WAIT_MS, open_main_window

ANY_LINK = re.compile(r"\]\(([^)]+)\)")
TRANSLATED = ("ko", "id")
HEADING = re.compile(r"^#{1,6} ", re.MULTILINE)
CODE = re.compile(r"`[^`]+`")
KEY = re.compile(
    r"\*\*(?:(?:Ctrl|Alt|Shift)\+)*(?:Ctrl|Alt|Shift|Up|Down|Left|Enter|Esc|Space|Delete|Tab|F\d+|[A-Z])\*\*"
)
MENU_PATH = re.compile(r"\*\*([^*]+ → [^*]+)\*\*")


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
    for phrase in (
        "Export Bundle",
        "Import Bundle",
        "Conflicts…",
        "Keep mine",
        "Adapt this practice",
        "fit check",
        "DOCX",
        "ODT",
        "PDF",
        "progress entry",
        "city:seoul",
    ):
        assert phrase in text, phrase


def test_the_guide_says_who_issues_documents_and_how_a_comparison_is_exported() -> None:
    adapting, comparing = page_markdown("adapting-a-practice"), page_markdown("comparing-cases")
    assert "**Plans → Document Issuer…**" in adapting and "logo" in adapting
    assert "**Export…**" in comparing and "PDF" in comparing
    for language, issuer in (("ko", "**계획 → 문서 발행처…**"), ("id", "**Rencana → Penerbit Dokumen…**")):
        assert issuer in page_markdown("adapting-a-practice", language)
        assert "PDF" in page_markdown("comparing-cases", language)


def test_the_guide_says_history_and_lineage_are_tabs_of_the_case_page() -> None:
    for language, words in (
        ("en", ("**History** (**Ctrl+H**, or **Case → History**)", "**Lineage** (**Case → Lineage**)")),
        ("ko", ("**이력**(**Ctrl+H** 또는 **사례 → 이력**)", "**계보**(**사례 → 계보**)")),
        ("id", ("**Riwayat** (**Ctrl+H**, atau **Kasus → Riwayat**)", "**Silsilah** (**Kasus → Silsilah**)")),
    ):
        page = page_markdown("finding-cases", language)
        assert all(w in page for w in words), language
        assert "History…" not in page_markdown("keyboard", language)


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


def test_the_guide_says_how_to_translate_cases_and_where_each_step_is() -> None:
    page = page_markdown("translating-cases")
    for phrase in (
        "**Case → Translate Case…**",
        "**Ctrl+Shift+T**",
        "**Ctrl+S**",
        "**Confirm Field**",
        "out of date",
        "**File → Export Translations…**",
        "**File → Import Translations…**",
        "XLIFF",
        "**Cancel**",
        "`translation_engine.json`",
        "Machine draft",
        "bundles",
        "**Sync → Conflicts…**",
        "`leaps translate`",
    ):
        assert phrase in page, phrase
    assert "translating-cases" in linked_pages(page_markdown("index"))


def menu_paths(window: QWidget) -> set[str]:
    """Every "Menu → Item" the window's menu bar offers (submenus too), as read."""
    found: set[str] = set()

    def walk(menu: Any, trail: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            names = [*trail, plain_label(action.text())]
            found.add(" → ".join(names))
            if action.menu() is not None:
                walk(action.menu(), names)

    walk(window.menuBar(), [])
    return found


def test_every_menu_path_the_english_guide_names_is_in_the_window(qtbot: QtBot, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    offered = menu_paths(window)
    for name in GUIDE_PAGES:
        for path in MENU_PATH.findall(page_markdown(name)):
            assert " ".join(path.split()) in offered, f"{name}.md: {path}"


# The guide in Korean and Indonesian


def screen_words(language: str) -> set[str]:
    """Every text the app shows in a language, as read (no mnemonics, the app's name filled in)."""
    root = ElementTree.parse(resource_path(f"desktop/translations/leaps_{language}.ts")).getroot()
    texts = (m.findtext("translation") or "" for m in root.iter("message"))
    return {plain_label(t).replace("%s", APP_NAME).replace("{app}", APP_NAME) for t in texts}


@pytest.fixture
def english_after() -> Iterator[None]:
    """The test installs another language; English comes back after it."""
    yield
    install_translators("en")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_page_has_a_translation_with_the_same_links_and_headings(language: str) -> None:
    folder = resource_path(GUIDE_FOLDER) / language
    assert {p.stem for p in folder.glob("*.md")} == set(GUIDE_PAGES)
    for name in GUIDE_PAGES:
        english, translated = page_markdown(name), page_markdown(name, language)
        assert page_file(name, language) == folder / f"{name}.md"
        assert page_title(translated) and page_title(translated) != page_title(english), name
        assert sorted(linked_pages(translated)) == sorted(linked_pages(english)), name
        assert len(HEADING.findall(translated)) == len(HEADING.findall(english)), name
        assert "<h1>" in page_html(name, language)


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_every_command_file_name_and_key_of_the_english(language: str) -> None:
    for name in GUIDE_PAGES:
        english, translated = page_markdown(name), page_markdown(name, language)
        missing = {t for t in CODE.findall(english) + KEY.findall(english) if t not in translated}
        assert not missing, f"{language}/{name}.md lacks {sorted(missing)}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_menu_paths_in_a_translation_name_what_the_screen_shows(language: str) -> None:
    shown = screen_words(language)
    for name in GUIDE_PAGES:
        paths = MENU_PATH.findall(page_markdown(name, language))
        assert len(paths) == len(MENU_PATH.findall(page_markdown(name))), name
        for path in paths:
            unknown = [part for part in path.split(" → ") if part not in shown]
            assert not unknown, f"{language}/{name}.md: {path}"


def test_the_guide_speaks_korean_in_a_korean_window(qtbot: QtBot, english_after: None) -> None:
    install_translators("ko")
    window = HelpWindow()
    qtbot.addWidget(window)
    assert window.contents.item(0).text() == "LEAPS Catalogue 사용자 안내서"
    assert "무엇을 하시겠습니까?" in window.page.toPlainText()
    window.page.anchorClicked.emit(QUrl(f"{PAGE_LINK_BASE}exchanging-bundles"))
    assert "동기화 → 번들 내보내기…" in window.page.toPlainText()


def test_a_page_not_yet_translated_shows_in_english(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_after: None
) -> None:
    shutil.copytree(resource_path(GUIDE_FOLDER), tmp_path / GUIDE_FOLDER)
    (tmp_path / GUIDE_FOLDER / "id" / "keyboard.md").unlink()
    monkeypatch.setattr("desktop.ui.help.resource_path", lambda relative: tmp_path / relative)
    install_translators("id")
    window = HelpWindow()
    qtbot.addWidget(window)
    assert "Apa yang ingin Anda lakukan?" in window.page.toPlainText()
    window.show_page("keyboard")
    assert window.contents.currentItem().text() == "Keyboard shortcuts"
    assert "go to the search box" in window.page.toPlainText()
