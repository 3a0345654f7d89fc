"""The case editor names levels of government and languages in the window's language, storing their codes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.case.case_editor import CaseEditor
from desktop.ui.i18n import install_translators
from tests.conftest import make_case
from tests.test_case_editor import stored
from tests.worker_helpers import WAIT_MS, CatalogueWorker


@pytest.fixture
def korean() -> Iterator[None]:
    """The window speaks Korean; English comes back after the test."""
    install_translators("ko")
    yield
    install_translators("en")


def editor_of(qtbot: QtBot, worker: CatalogueWorker, **fields: object) -> CaseEditor:
    """An editor on a case saved in the catalogue, as Edit opens it."""
    case = make_case(**fields)
    worker.run(lambda: worker.catalogue.save(case))
    editor = CaseEditor(worker.tasks, worker.catalogue, case.to_dict())
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(editor)
    editor.show()
    return editor


def combo(editor: CaseEditor, key: str) -> QComboBox:
    widget = editor._fields[key].focus
    assert isinstance(widget, QComboBox)
    return widget


def save(qtbot: QtBot, editor: CaseEditor) -> None:
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        editor.save()


def test_the_korean_editor_names_levels_and_languages_and_saves_the_same_codes(
    qtbot: QtBot, worker: CatalogueWorker, korean: None
) -> None:
    editor = editor_of(qtbot, worker, level_of_government="city", language="en")
    levels = combo(editor, "level_of_government")
    languages = combo(editor, "language")
    assert (levels.currentText(), languages.currentText()) == ("시", "영어")
    shown = [levels.itemText(i) for i in range(levels.count())]
    assert shown == ["알 수 없음", "구", "시", "광역", "도·주", "국가"]
    assert not editor.is_dirty()

    levels.setCurrentIndex(levels.findText("광역"))
    languages.setCurrentIndex(languages.findText("한국어"))
    save(qtbot, editor)
    case = stored(worker.data_dir, editor.case_id)
    assert (case.level_of_government, case.language) == ("metropolitan", "ko")


def test_a_language_tag_the_list_lacks_is_shown_by_name_and_kept(
    qtbot: QtBot, worker: CatalogueWorker, korean: None
) -> None:
    editor = editor_of(qtbot, worker, language="zh-Hant", title="Taipei bike lanes")
    languages = combo(editor, "language")
    assert languages.currentText() == "중국어 (zh-Hant)"
    assert languages.findData("zh") >= 0 and languages.findData("id") >= 0
    editor._fields["lessons"].put("Start with one district.")
    save(qtbot, editor)
    case = stored(worker.data_dir, editor.case_id)
    assert (case.language, case.lessons) == ("zh-Hant", "Start with one district.")


def test_languages_are_listed_in_the_order_a_korean_reader_looks_them_up(
    qtbot: QtBot, worker: CatalogueWorker, korean: None
) -> None:
    languages = combo(editor_of(qtbot, worker), "language")
    names = [languages.itemText(i) for i in range(languages.count())]
    assert len(names) > 100
    assert names.index("독일어") < names.index("영어") < names.index("한국어")
