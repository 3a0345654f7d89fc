"""A first afternoon with the case editor: a draft saves from a title alone, a reviewed case says
what it lacks in plain words, choices read as names, and typing lands in the title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.catalogue.service import Catalogue
from desktop.store.records import REGIONS, THEMES
from desktop.ui.case.case_editor import CaseEditor
from desktop.ui.i18n import install_translators
from tests.worker_helpers import WAIT_MS, CatalogueWorker, open_main_window

PROGRAMMER_TEXT = ("None", "got", "입력값", "[]", "''", "ISO 3166")


@pytest.fixture(autouse=True)
def closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Editors left open when a test ends close without a question box waiting for a click."""
    monkeypatch.setattr(CaseEditor, "_ask_unsaved", lambda _self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def english_after() -> Iterator[None]:
    """The test installs another language; English comes back after it."""
    yield
    install_translators("en")


def open_new_editor(qtbot: QtBot, worker: CatalogueWorker) -> CaseEditor:
    editor = CaseEditor(worker.tasks, worker.catalogue)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitExposed(editor)
    return editor


def test_a_new_case_saves_as_a_draft_from_its_title_alone(qtbot: QtBot, worker: CatalogueWorker) -> None:
    editor = open_new_editor(qtbot, worker)
    # The keyboard is in the title as soon as the editor opens.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title_edit, timeout=WAIT_MS)
    qtbot.keyClicks(QApplication.focusWidget(), "Rain gardens on school roofs")
    assert editor._fields["curation"].get() == "draft"
    qtbot.keySequence(editor, QKeySequence.StandardKey.Save)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    reopened = Catalogue(worker.data_dir)
    try:
        case = reopened.get(editor.case_id)
    finally:
        reopened.close()
    assert case.title == "Rain gardens on school roofs" and case.curation == "draft"
    assert case.components == [] and case.sources == [] and case.latitude is None


def test_a_draft_without_a_title_is_still_refused(qtbot: QtBot, worker: CatalogueWorker) -> None:
    editor = open_new_editor(qtbot, worker)
    editor.save_button.click()
    assert editor.status.text().startswith("Not saved") and "Title: is required" in editor.status.text()
    assert editor.isVisible()


def test_marking_a_case_reviewed_says_what_it_still_lacks_in_plain_words(
    qtbot: QtBot, worker: CatalogueWorker, english_after: None
) -> None:
    editor = open_new_editor(qtbot, worker)
    editor.title_edit.setText("Rain gardens on school roofs")
    editor._fields["curation"].put("reviewed")
    editor.save_button.click()
    said = editor.status.text()
    assert "marked reviewed needs every field" in said and "Set Curation to draft" in said
    for field in ("Summary", "Country", "Region", "Latitude", "Year started", "Themes", "SDGs", "Sources"):
        assert field in said
    shown = [editor.error_text(key) for key in editor._fields if key != "attachments"]
    assert "Year started: is required" in shown and "Themes: needs at least one theme" in shown
    assert not any(word in text for text in shown for word in PROGRAMMER_TEXT)
    assert editor.isVisible()

    install_translators("ko")
    korean = open_new_editor(qtbot, worker)
    korean.title_edit.setText("학교 옥상 빗물 정원")
    korean._fields["curation"].put("verified")
    korean.save_button.click()
    shown = [korean.error_text(key) for key in korean._fields if key != "attachments"]
    assert any(text.startswith("국가:") for text in shown)
    assert not any(word in text for text in shown + [korean.status.text()] for word in PROGRAMMER_TEXT)


def test_themes_and_regions_read_as_names_in_the_windows_language(
    qtbot: QtBot, worker: CatalogueWorker, english_after: None
) -> None:
    for language, transport, east_asia in (("en", "Transport", "East Asia"), ("ko", "교통", "동아시아")):
        install_translators(language)
        editor = open_new_editor(qtbot, worker)
        themes = editor._fields["themes"].focus
        names = [themes.item(row).text() for row in range(themes.count())]
        assert transport in names and len(names) == len(THEMES)
        assert not set(names) & {"transport", "digital-government", "public-space"}
        region = editor._fields["region"].focus
        regions = [region.itemText(row) for row in range(1, region.count())]
        assert east_asia in regions and len(regions) == len(REGIONS)
        themes.item(names.index(transport)).setCheckState(Qt.CheckState.Checked)
        assert editor._fields["themes"].get() == ["transport"]
        editor.close()


def test_a_mistyped_value_is_quoted_as_typed_without_programmer_marks(
    qtbot: QtBot, worker: CatalogueWorker
) -> None:
    editor = open_new_editor(qtbot, worker)
    editor.title_edit.setText("Rain gardens")
    year = editor._fields["year_started"].focus
    qtbot.keyClicks(year, "20x3")
    qtbot.waitUntil(lambda: editor.error_text("year_started") != "", timeout=WAIT_MS)
    assert editor.error_text("year_started") == "Year started: must be a year such as 2013, not “20x3”"
    editor.sources.set_rows([{"id": "s1", "title": "Notes", "url": "www.example.org", "date": "May 2019"}])
    editor.save_button.click()
    said = "\n".join(editor.problem_text(problem) for problem in editor.problems())
    assert "not “www.example.org”" in said and "not “May 2019”" in said
    assert not any(word in said for word in PROGRAMMER_TEXT)


def test_ctrl_n_a_title_and_ctrl_s_add_a_draft_to_the_results(qtbot: QtBot, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    before = window.results.rowCount()
    new_case = next(a for a in window.case_menu.actions() if a.text() == "&New Case…")
    assert new_case.shortcut() == QKeySequence(QKeySequence.StandardKey.New)  # Ctrl+N
    new_case.trigger()
    editors: list[QWidget] = []

    def opened() -> bool:
        shown = QApplication.topLevelWidgets()
        editors[:] = [w for w in shown if isinstance(w, CaseEditor) and w.isVisible()]
        return bool(editors)

    qtbot.waitUntil(opened, timeout=WAIT_MS)
    editor = editors[0]
    assert isinstance(editor, CaseEditor)
    qtbot.waitUntil(lambda: editor.focusWidget() is editor.title_edit, timeout=WAIT_MS)
    qtbot.keyClicks(editor.title_edit, "Pop-up markets on closed streets")
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=WAIT_MS)
    qtbot.keySequence(editor, QKeySequence.StandardKey.Save)
    qtbot.waitUntil(lambda: window.results.rowCount() == before + 1, timeout=WAIT_MS)
    titles = [window.results.card(row).title for row in range(window.results.rowCount())]
    assert "Pop-up markets on closed streets" in titles
