"""Keyboard alone: Tab reaches every control of the main window and of each dialog, in order; each
control has a name a screen reader can say, and each list, table, page or drawn control a description
of how to use it."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QTabBar,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.worker_helpers import WAIT_MS, open_main_window

TAB_LIMIT = 400


def address(widget: QWidget) -> int:
    """The widget itself, however many Python wrappers stand for it."""
    return shiboken6.getCppPointer(widget)[0]


def focusable(window: QWidget) -> list[QWidget]:
    """The controls a person can see and use in a window now (hidden pages left out)."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)
    return found


def tab_through(qtbot: QtBot, window: QWidget) -> list[QWidget]:
    """Press Tab from the first control until the focus comes round again; the controls visited."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    start = QApplication.focusWidget()
    if start is None:
        window.focusNextChild()
        start = QApplication.focusWidget()
    visited = [start]
    for _ in range(TAB_LIMIT):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        # Round again once the focus comes back to where it started from elsewhere (a page's links
        # keep it in one widget for a few presses).
        if now is None or (now is start and visited[-1] is not start):
            break
        visited.append(now)
    return visited


def nameless(window: QWidget) -> list[str]:
    """Controls a screen reader could only call by their kind: no accessible name, no text of their
    own, no label naming them."""
    labelled = {address(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in focusable(window):
        if widget.accessibleName() or address(widget) in labelled or isinstance(widget, QTabBar):
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip("&").strip():
            continue
        if isinstance(widget, QAbstractSpinBox | QComboBox) and address(widget.parentWidget()) in labelled:
            continue
        missing.append(f"{type(widget).__name__}({widget.objectName()})")
    return missing


def undescribed(window: QWidget) -> list[str]:
    """Lists, tables, trees, pages and controls the app draws itself, whose name alone does not say
    how to use them, that have no accessible description to say it."""
    missing = []
    for widget in focusable(window):
        drawn = type(widget).__module__.startswith("desktop.") and QWidget in type(widget).__bases__
        needs_words = isinstance(widget, QAbstractItemView | QTextBrowser) or drawn
        if needs_words and not widget.accessibleDescription():
            missing.append(f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})")
    return missing


def unreachable(qtbot: QtBot, window: QWidget) -> list[str]:
    """What Tab never reaches, each by its class and accessible name or text."""
    visited = {address(widget) for widget in tab_through(qtbot, window)}

    def name(widget: QWidget) -> str:
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        return f"{type(widget).__name__}({widget.accessibleName() or text or widget.objectName()})"

    return (
        [name(w) for w in focusable(window) if address(w) not in visited]
        + [f"nameless {name}" for name in nameless(window)]
        + [f"undescribed {name}" for name in undescribed(window)]
    )


def test_tab_reaches_every_control_of_the_main_window(qtbot: QtBot, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: getattr(window, "map_view", None) is not None, timeout=WAIT_MS)
    assert unreachable(qtbot, window) == []
    window.results_tabs.setCurrentWidget(window.map_view)
    assert unreachable(qtbot, window) == []
    # In reading order: search, filters, the views of the results, the case page.
    window.search_box.setFocus()
    order = tab_through(qtbot, window)
    wanted = (window.search_box, window.facets.tree, window.map_view, window.case_view)
    places = [order.index(w) for w in wanted]
    assert places == sorted(places)
    assert order.index(window.map_view.buttons[-1]) < order.index(window.case_view)


def test_tab_reaches_every_control_of_the_history_and_lineage_tabs(qtbot: QtBot, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.shown_case is not None, timeout=WAIT_MS)
    tabs = window.case_tabs
    tabs.show_history()
    qtbot.waitUntil(lambda: tabs.history.tree.topLevelItemCount() > 0, timeout=WAIT_MS)
    assert unreachable(qtbot, window) == []
    tabs.show_lineage()
    qtbot.waitUntil(lambda: bool(tabs.lineage.graph.layout_shown.nodes), timeout=WAIT_MS)
    assert unreachable(qtbot, window) == []
    assert tabs.lineage.graph in tab_through(qtbot, window)


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_tab_reaches_every_control_of_each_dialog(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.plans.service import Planning
    from desktop.ui.browse.compare import open_compare
    from desktop.ui.browse.shortlists import ShortlistsWindow
    from desktop.ui.case.case_editor import CaseEditor
    from desktop.ui.exchange.conflicts_dialog import ConflictsDialog
    from desktop.ui.exchange.devices_dialog import DevicesDialog
    from desktop.ui.exchange.sheet_dialogs import SheetImportDialog
    from desktop.ui.exchange.sync_dialogs import ExportDialog, ImportPreviewDialog
    from desktop.ui.help import HelpWindow
    from desktop.ui.plans.plan_list import OPEN_WINDOWS, PlansDialog, open_plan
    from desktop.ui.plans.profile_dialog import ProfilesDialog
    from tests.worker_helpers import run_on_worker

    window = open_main_window(qtbot, data_dir)
    catalogue, tasks = window.catalogue, window.tasks
    cases = run_on_worker(qtbot, tasks, lambda: [c for c in catalogue.all_cases() if c.country == "KR"][:3])
    problems: dict[str, list[str]] = {}

    editor = CaseEditor(tasks, catalogue, cases[0].to_dict(), parent=window)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    shown(qtbot, editor)
    for page in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(page)
        problems[f"case editor, {editor.tabs.tabText(page)}"] = unreachable(qtbot, editor)
    editor.close()

    compare = open_compare(window, tasks, catalogue, [c.id for c in cases])
    qtbot.waitUntil(lambda: compare.comparison is not None, timeout=WAIT_MS)
    problems["compare"] = unreachable(qtbot, compare)
    compare.close()

    sync = run_on_worker(qtbot, tasks, window.sync.service)
    [bundle] = run_on_worker(qtbot, tasks, lambda: sync.export(tmp_path / "mine.leaps"))
    report = run_on_worker(qtbot, tasks, lambda: sync.preview(sync.read(bundle)))
    dialogs = {
        "import preview": ImportPreviewDialog(report, window, sync.device_id),
        "export bundle": ExportDialog([], (cases[0].id, cases[0].title), window),
        "conflicts": ConflictsDialog(window),
        "devices": DevicesDialog(sync.device(), [], [], parent=window),
        "city profiles": ProfilesDialog(tasks, lambda: catalogue, parent=window),
        "plans": PlansDialog(tasks, lambda: catalogue, window),
        "shortlists": ShortlistsWindow(tasks, catalogue, window),
        "sheet import": SheetImportDialog(tasks, lambda: catalogue, window),
        "user guide": HelpWindow(window),
    }
    dialogs["conflicts"].set_conflicts([])
    for name, dialog in dialogs.items():
        shown(qtbot, dialog)
        problems[name] = unreachable(qtbot, dialog)
        dialog.close()

    plan_id = run_on_worker(qtbot, tasks, lambda: Planning(catalogue).start_plan(cases[0].id)["id"])
    opened: list[QWidget] = []
    open_plan(tasks, lambda: catalogue, plan_id, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    plan = opened[0]
    try:
        for section in range(plan.section_list.count()):
            plan.section_list.setCurrentRow(section)
            problems[f"plan, {plan.section_list.item(section).text()}"] = unreachable(qtbot, plan)
    finally:
        plan._timer.stop()
        plan.close()
        OPEN_WINDOWS.clear()
    missed = {name: missed for name, missed in problems.items() if missed}
    assert not missed, "\n".join(f"{name}: {ws}" for name, ws in missed.items())
