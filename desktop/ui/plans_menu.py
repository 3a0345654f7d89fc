"""The main window's Plans menu; the plan windows themselves load when first asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from desktop.language import tr

if TYPE_CHECKING:
    from desktop.catalogue import Catalogue


def add_plans_menu(window: Any) -> QMenu:
    """Give the main window a Plans menu and make the case page's "Adapt this practice" start a plan.

    `window` is the main window: it has `menuBar()`, `help_menu`, `tasks`, `catalogue` and `case_view`.
    The planning store and document writers load with the first plan window, not with the menu.
    """

    def access() -> Catalogue | None:
        return window.catalogue

    def keep(dialog: QDialog) -> None:
        window.plan_dialogs = [d for d in window.plan_dialogs if d.isVisible()] + [dialog]
        dialog.show()

    def plans() -> None:
        from desktop.ui.plan_list import PlansDialog

        keep(PlansDialog(window.tasks, access, window))

    def new() -> None:
        from desktop.ui.plan_list import new_plan

        new_plan(window, window.tasks, access)

    def profiles() -> None:
        from desktop.ui.profile_dialog import ProfilesDialog

        keep(ProfilesDialog(window.tasks, access, parent=window))

    def programme() -> None:
        from desktop.ui.plan_list import ProgrammeDialog

        keep(ProgrammeDialog(window.tasks, access, window))

    def adapt(case_id: str) -> None:
        from desktop.ui.plan_list import start_plan_from_case

        start_plan_from_case(window, window.tasks, access, case_id)

    bar = window.menuBar()
    menu = bar.addMenu(tr("&Plans"))
    bar.insertMenu(window.help_menu.menuAction(), menu)
    window.plan_dialogs = []
    for label, shortcut, slot in (
        (tr("&Plans…"), "Ctrl+Shift+P", plans),
        (tr("&New Plan…"), "", new),
        (tr("&City Profiles…"), "", profiles),
        (tr("P&rogramme View…"), "", programme),
    ):
        action = menu.addAction(label)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
    window.case_view.adapt_requested.connect(adapt)
    return menu
