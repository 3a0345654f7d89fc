"""The History tab of the case page: every edit listed with its author, a field set back, a deleted
case brought back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.catalogue.service import Catalogue
from desktop.ui.case.history_pane import DeletedCasesDialog
from desktop.ui.i18n import install_translators
from tests.conftest import make_case
from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker


def _dialog(kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


def test_history_lists_each_edit_and_sets_a_field_back(qtbot: QtBot, data_dir: Path) -> None:
    install_translators("en")  # English plural forms ("1 field")
    catalogue = Catalogue.open(data_dir)
    case = make_case(title="Owl bus")
    catalogue.save(case)
    case.title = "Owl Bus night routes"
    catalogue.save(case)
    catalogue.close()
    window = open_main_window(qtbot, data_dir)
    window.show_case(case.id)
    qtbot.waitUntil(
        lambda: window.shown_case is not None and window.shown_case[0] == case.id, timeout=WAIT_MS
    )

    qtbot.keySequence(window.result_table, QKeySequence("Ctrl+H"))
    dialog = window.case_tabs.history
    assert window.case_tabs.currentWidget() is dialog and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2, timeout=WAIT_MS)
    assert dialog.heading.text() == "History of Owl Bus night routes"
    newest = dialog.tree.topLevelItem(0)
    device = run_on_worker(qtbot, window.tasks, lambda: window.case_actions.sync_service().device_name)
    assert newest.text(1) == device and newest.text(0).startswith("20")  # who, and when
    assert newest.text(2) == "checked" and newest.text(3) == "1 field"
    dialog.tree.setCurrentItem(newest.child(0))
    assert "Owl bus → Owl Bus night routes" in dialog.diff.toPlainText()
    assert dialog.field_button.isEnabled()
    # Set the title back to what the first edit made it.
    first = dialog.tree.topLevelItem(1)
    title_change = next(
        first.child(n) for n in range(first.childCount()) if first.child(n).text(3) == "title"
    )
    dialog.tree.setCurrentItem(title_change)
    dialog.field_button.click()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.shown_case == (case.id, "Owl bus"), timeout=WAIT_MS)
    assert "Owl bus" in window.case_view.toPlainText()

    window.tasks.run(lambda: window.catalogue.delete(case.id), lambda _: None)
    dialog.deleted_button.click()
    qtbot.waitUntil(lambda: _dialog(DeletedCasesDialog) is not None, timeout=WAIT_MS)
    deleted = _dialog(DeletedCasesDialog)
    assert isinstance(deleted, DeletedCasesDialog)
    qtbot.waitUntil(lambda: deleted.table.rowCount() == 1, timeout=WAIT_MS)
    assert deleted.table.item(0, 0).text() == "Owl bus"
    deleted.table.selectRow(0)
    deleted.restore_button.click()
    qtbot.waitUntil(lambda: deleted.table.rowCount() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.shown_case == (case.id, "Owl bus"), timeout=WAIT_MS)
    deleted.close()


def test_the_history_tab_names_the_seed_in_the_windows_language(qtbot: QtBot, data_dir: Path) -> None:
    install_translators("ko")
    try:
        window = open_main_window(qtbot, data_dir)
        qtbot.waitUntil(lambda: window.shown_case is not None, timeout=WAIT_MS)
        window.case_actions.history_action.trigger()
        tree = window.case_tabs.history.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=WAIT_MS)
        assert tree.topLevelItem(tree.topLevelItemCount() - 1).text(1) == "시드 카탈로그"
    finally:
        install_translators("en")
