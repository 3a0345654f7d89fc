"""The main window's Plans menu; the plan windows themselves load when first asked for."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from desktop.text.language import tr

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue


def add_plans_menu(window: Any) -> QMenu:
    """Give the main window a Plans menu and make the case page's "Adapt this practice" start a plan.

    `window` is the main window: it has `menuBar()`, `help_menu`, `tasks`, `catalogue`, `case_view`,
    `case_tabs` (whose lineage graph opens plans) and `shown_case`.
    The planning store and document writers load with the first plan window, not with the menu.
    """

    following: list[ModuleType] = []  # the plans module, once it is loaded and listening
    open_dialogs: list[QDialog] = []  # kept here: a dialog with no reference left is destroyed

    def access() -> Catalogue | None:
        return window.catalogue

    def keep(dialog: QDialog) -> None:
        open_dialogs[:] = [d for d in open_dialogs if d.isVisible()] + [dialog]
        dialog.show()

    def plan_list() -> ModuleType:
        """The plans module, loaded at first use; from then on open plan windows hear of deletions."""
        from desktop.ui.plans import plan_list as module

        if not following:
            # After an import, a sync-folder run or a resolved conflict, a plan window whose plan
            # they deleted stops saving and says so.
            window.synced.connect(lambda: module.notice_deleted_plans(window.tasks, access))
            # A case published from a plan is listed, found and shown at once.
            module.PLAN_EVENTS.published.connect(window.show_new_case)
            following.append(module)
        return module

    def plans() -> None:
        keep(plan_list().PlansDialog(window.tasks, access, window))

    def new() -> None:
        # The case being read is the one to adapt; with none, the plan starts from scratch.
        if window.shown_case is not None:
            adapt(window.shown_case[0])
        else:
            plan_list().new_plan(window, window.tasks, access)

    def profiles() -> None:
        from desktop.ui.plans.profile_dialog import ProfilesDialog

        keep(ProfilesDialog(window.tasks, access, parent=window))

    def programme() -> None:
        keep(plan_list().ProgrammeDialog(window.tasks, access, window))

    def issuer() -> None:
        from desktop.ui.kit.issuer_dialog import IssuerDialog

        keep(IssuerDialog(window.tasks, access, window))

    def adapt(case_id: str) -> None:
        plan_list().start_plan_from_case(window, window.tasks, access, case_id)

    def open_plan(plan_id: str) -> None:
        plan_list().open_plan(window.tasks, access, plan_id)

    bar = window.menuBar()
    menu = bar.addMenu(tr("&Plans"))
    bar.insertMenu(window.help_menu.menuAction(), menu)
    for label, shortcut, slot in (
        (tr("&Plans…"), "Ctrl+Shift+P", plans),
        (tr("&New Plan…"), "", new),
        (tr("&City Profiles…"), "", profiles),
        (tr("P&rogramme View…"), "", programme),
        (tr("Document &Issuer…"), "", issuer),
    ):
        action = menu.addAction(label)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
    window.case_view.adapt_requested.connect(adapt)
    window.case_tabs.lineage.plan_requested.connect(open_plan)
    return menu
