"""Opening plans: the list of plans, starting one from a case or from scratch, and the programme view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.plans.labels import value_label
from desktop.plans.model import LEAPS_STAGES, PLAN_STATES, comparison_rows, empty_plan
from desktop.plans.service import Planning
from desktop.text.countries import words_language
from desktop.text.language import tr
from desktop.text.outside_text import visible_controls
from desktop.ui.kit.accessible import describe_table
from desktop.ui.kit.document_actions import ask_export_target, export_on_worker
from desktop.ui.kit.plain_text import as_html
from desktop.ui.plans.plan_bundle import load_bundle
from desktop.ui.plans.plan_fields import ChoiceBox
from desktop.ui.plans.plan_window import PlanWindow
from desktop.ui.plans.profile_dialog import ProfilesDialog
from desktop.ui.tasks import CatalogueAccess, TaskRunner

if TYPE_CHECKING:
    pass

# Plan windows stay open on their own; this keeps them alive and lets a second open raise the first.
OPEN_WINDOWS: dict[str, PlanWindow] = {}
# A cell's text as stored; what the cell shows has its direction controls named.
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanEvents(QObject):
    """What any open plan window did that the main window shows: a case it published."""

    published = Signal(str)  # the id of the new case


# Plan windows have no parent to tell; the main window listens here (ui/plans/plans_menu.py).
PLAN_EVENTS = PlanEvents()


def open_plan(
    tasks: TaskRunner,
    catalogue: CatalogueAccess,
    plan_id: str,
    shown: Callable[[PlanWindow], None] | None = None,
) -> None:
    """Open a plan's window (or raise it if it is open); `shown(window)` follows once it is on screen."""
    if plan_id in OPEN_WINDOWS:
        window = OPEN_WINDOWS[plan_id]
        window.raise_()
        window.activateWindow()
        if shown:
            shown(window)
        return
    opened = catalogue()
    if opened is None:
        return

    def show(bundle: Any) -> None:
        window = PlanWindow(bundle, tasks, catalogue)
        _track(window, plan_id)
        window.saved.connect(lambda plan: _track(window, plan["id"]))
        window.destroyed.connect(lambda: _track(window, None))
        window.published.connect(PLAN_EVENTS.published)
        window.show()
        if shown:
            shown(window)

    tasks.run(lambda: load_bundle(opened, plan_id), show)


def _track(window: PlanWindow, plan_id: str | None) -> None:
    """File an open window under its plan's id (a deleted plan kept as new has a new one); None drops it."""
    for known in [known for known, open_window in OPEN_WINDOWS.items() if open_window is window]:
        del OPEN_WINDOWS[known]
    if plan_id is not None:
        OPEN_WINDOWS[plan_id] = window


def notice_deleted_plans(tasks: TaskRunner, catalogue: CatalogueAccess) -> None:
    """Tell each open plan window whose plan is gone (deleted by a sync or a resolved conflict)."""
    opened, plan_ids = catalogue(), list(OPEN_WINDOWS)
    if opened is not None and plan_ids:
        tasks.run(lambda: Planning(opened).missing_plans(plan_ids), _tell_deleted)


def _tell_deleted(plan_ids: list[str]) -> None:
    for plan_id in plan_ids:
        window = OPEN_WINDOWS.get(plan_id)
        if window is not None:
            window.plan_deleted()


def _choose_city(
    parent: QWidget | None, tasks: TaskRunner, catalogue: CatalogueAccess, then: Callable[[str], None]
) -> ProfilesDialog:
    dialog = ProfilesDialog(tasks, catalogue, choose=True, parent=parent)
    dialog.accepted.connect(lambda: then(dialog.chosen_id or ""))
    dialog.open()
    return dialog


def start_plan_from_case(
    parent: QWidget | None,
    tasks: TaskRunner,
    catalogue: CatalogueAccess,
    case_id: str,
    shown: Callable[[PlanWindow], None] | None = None,
) -> ProfilesDialog:
    """Adapt this practice: ask for the city (or make its profile), then open a new plan for it."""

    def start(profile_id: str) -> None:
        opened = catalogue()
        # A plan is written in the words of the window it was started from.
        language = words_language()
        if opened is not None:
            tasks.run(
                lambda: Planning(opened).start_plan(case_id, profile_id, language),
                lambda plan: open_plan(tasks, catalogue, plan["id"], shown),
            )

    return _choose_city(parent, tasks, catalogue, start)


def new_plan(
    parent: QWidget | None,
    tasks: TaskRunner,
    catalogue: CatalogueAccess,
    shown: Callable[[PlanWindow], None] | None = None,
) -> ProfilesDialog:
    """A plan from scratch: ask for the city, then open an empty plan with the city compared."""

    def start(profile_id: str) -> None:
        opened = catalogue()
        if opened is None:
            return
        language = words_language()

        def make() -> dict[str, Any]:
            planning = Planning(opened)
            profile = planning.profile(profile_id)
            plan = empty_plan(tr("Adaptation plan for {city}").format(city=profile["name"]), language)
            plan.update(profile_id=profile_id, context={"rows": comparison_rows(None, profile), "notes": ""})
            return planning.save_plan(plan)

        tasks.run(make, lambda plan: open_plan(tasks, catalogue, plan["id"], shown))

    return _choose_city(parent, tasks, catalogue, start)


def summary_cells(row: dict[str, Any]) -> list[str]:
    """A plan's line in the plans list and the programme view."""
    origin = ", ".join(x for x in (row["origin_city"], row["origin_country"]) if x)
    target = ", ".join(x for x in (row["target_city"], row["target_country"]) if x)
    if row.get("profile_deleted"):
        target = tr("city profile deleted")
    practice = row["case_title"] or tr("(from scratch)")
    if row.get("case_deleted"):
        practice = tr("source case deleted")
    return [
        practice,
        tr("{origin} → {target}").format(origin=origin or "?", target=target or "?"),
        value_label(row["stage"]) if row["stage"] else tr("not started"),
        value_label(row["state"]),
        row["title"],
    ]


def _plans_without_stale_drafts(planning: Planning) -> list[dict[str, Any]]:
    """The plans' summaries, once drafts of plans that no longer exist are discarded."""
    planning.discard_stale_drafts()
    return planning.plans()


class PlanTable(QTableWidget):
    """Plans one to a row: practice, origin → adopting city, stage, state, title."""

    def __init__(self, name: str) -> None:
        super().__init__(0, 5)
        describe_table(self, editable=False)
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels(
            [tr("Practice"), tr("Origin → adopting city"), tr("Stage"), tr("State"), tr("Plan")]
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        """List plan summaries."""
        self.setRowCount(len(rows))
        for n, row in enumerate(rows):
            for m, text in enumerate(summary_cells(row)):
                item = QTableWidgetItem(visible_controls(text))
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                item.setData(TEXT_ROLE, text)  # as stored, for a copy's title
                self.setItem(n, m, item)
        if rows:
            self.selectRow(0)

    def chosen_id(self) -> str | None:
        """The id of the selected plan."""
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class PlansDialog(QDialog):
    """Every plan: open, start, duplicate or delete one."""

    def __init__(self, tasks: TaskRunner, catalogue: CatalogueAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Adaptation plans"))
        self.tasks = tasks
        self.catalogue = catalogue
        self.table = PlanTable(tr("Adaptation plans"))
        self.table.doubleClicked.connect(lambda _index: self.open_chosen())
        buttons = QHBoxLayout()
        for label, slot in (
            (tr("&Open"), self.open_chosen),
            (tr("&New plan…"), lambda: new_plan(self, tasks, catalogue, lambda _w: self.reload())),
            (tr("D&uplicate…"), self.duplicate_chosen),
            (tr("&Delete…"), self.delete_chosen),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(900, 480)
        self.reload()

    def reload(self) -> None:
        """Fetch the plans on the worker, discarding drafts of plans that are gone (a crash, a sync)."""
        opened = self.catalogue()
        if opened is not None:
            self.tasks.run(lambda: _plans_without_stale_drafts(Planning(opened)), self.table.show_rows)

    def open_chosen(self) -> None:
        """Open the selected plan."""
        plan_id = self.table.chosen_id()
        if plan_id:
            open_plan(self.tasks, self.catalogue, plan_id)

    def duplicate_chosen(self) -> None:
        """Copy the selected plan under a new title and open the copy."""
        plan_id, opened = self.table.chosen_id(), self.catalogue()
        if not plan_id or opened is None:
            return
        title = self.table.item(self.table.currentRow(), 4).data(TEXT_ROLE)
        new_title, ok = QInputDialog.getText(
            self,
            tr("Duplicate plan"),
            tr("Title of the copy:"),
            QLineEdit.EchoMode.Normal,
            tr("Copy of {title}").format(title=title),
        )
        if ok and new_title.strip():
            self.tasks.run(
                lambda: Planning(opened).duplicate_plan(plan_id, new_title.strip()),
                lambda plan: (self.reload(), open_plan(self.tasks, self.catalogue, plan["id"])),
            )

    def delete_chosen(self) -> None:
        """Delete the selected plan and its progress entries, after asking."""
        plan_id, opened = self.table.chosen_id(), self.catalogue()
        if not plan_id or opened is None:
            return
        title = self.table.item(self.table.currentRow(), 4).data(TEXT_ROLE)
        answer = QMessageBox.question(
            self,
            tr("Delete plan"),
            as_html(tr("Delete the plan {title} and its progress entries?").format(title=title)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # An open window's autosave would bring the plan (or its draft) back once it is deleted.
        window = OPEN_WINDOWS.get(plan_id)
        if window is not None:
            window.close_without_saving()
        self.tasks.run(lambda: Planning(opened).delete_plan(plan_id), lambda _none: self.reload())


class ProgrammeDialog(QDialog):
    """Which practices are being adapted where, and how far each transfer has gone."""

    def __init__(self, tasks: TaskRunner, catalogue: CatalogueAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Programme view"))
        self.tasks = tasks
        self.catalogue = catalogue
        self.stage = ChoiceBox(LEAPS_STAGES)
        self.stage.setItemText(0, tr("Any stage"))
        self.stage.setAccessibleName(tr("Filter by stage"))
        self.state = ChoiceBox(PLAN_STATES)
        self.state.setItemText(0, tr("Any state"))
        self.state.setAccessibleName(tr("Filter by plan state"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(tr("Country code, e.g. KR"))
        self.country.setAccessibleName(tr("Filter by country of origin or adoption"))
        self.country.setMaxLength(2)
        filters = QHBoxLayout()
        for label, widget in (
            (tr("&Stage:"), self.stage),
            (tr("S&tate:"), self.state),
            (tr("&Country:"), self.country),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        self.stage.currentIndexChanged.connect(self.reload)
        self.state.currentIndexChanged.connect(self.reload)
        self.country.textChanged.connect(self.reload)
        self.table = PlanTable(tr("Transfers in the programme"))
        self.table.doubleClicked.connect(self.open_chosen)
        self.count = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        export = self.buttons.addButton(
            tr("&Export monitoring report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        export.clicked.connect(self.choose_export)
        from desktop.ui.plans.spread_chart import SpreadChart, SpreadTable

        self.spread_table = SpreadTable()
        self.spread_chart = SpreadChart()
        spread = QWidget()
        spread_layout = QVBoxLayout(spread)
        spread_layout.addWidget(self.spread_table, 1)
        spread_layout.addWidget(self.spread_chart)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, tr("T&ransfers"))
        self.tabs.addTab(spread, tr("How practices s&pread"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(960, 520)
        self.rows: list[dict[str, Any]] = []
        self._serial = 0
        self.reload()

    def reload(self) -> None:
        """Fetch the programme with the filters chosen, on the worker."""
        opened = self.catalogue()
        if opened is None:
            return
        stage, state, country = self.stage.value(), self.state.value(), self.country.text().strip()
        self._serial += 1
        serial = self._serial
        self.tasks.run(
            lambda: Planning(opened).programme(stage, country, state), lambda r: self._listed(serial, r)
        )

    def _listed(self, serial: int, rows: list[dict[str, Any]]) -> None:
        if serial != self._serial:
            return  # a later filter change has its own answer coming
        from desktop.plans.lineage import practice_spread

        self.rows = rows
        self.table.show_rows(rows)
        spreads = practice_spread(rows)
        self.spread_table.show_spreads(spreads)
        self.spread_chart.show_spreads(spreads)
        self.count.setText(tr("%n transfer(s)", "", len(rows)))

    def filters_text(self) -> str:
        """The filters chosen, in words, for the report's subtitle."""
        chosen = [
            self.stage.currentText() if self.stage.value() else "",
            self.state.currentText() if self.state.value() else "",
            self.country.text().strip().upper(),
        ]
        return ", ".join(c for c in chosen if c) or tr("All transfers")

    def choose_export(self) -> None:
        """Ask for a file and format, then write the transfers listed as a monitoring report."""
        target = ask_export_target(self, tr("Export monitoring report"), tr("Monitoring report"))
        if target is not None:
            self.export(*target)

    def export(self, path: Path, fmt: str, done: Callable[[Path], None] | None = None) -> None:
        """Write the listed transfers to `path` as `fmt` on the worker."""
        from desktop.catalogue.issuer import load_issuer
        from desktop.documents.export import export_document
        from desktop.plans.document import monitoring_report

        rows, filters, catalogue = list(self.rows), self.filters_text(), self.catalogue

        def write() -> Path:
            return export_document(monitoring_report(rows, filters, load_issuer(catalogue())), fmt, path)

        export_on_worker(self.tasks, self.count, write, done)

    def open_chosen(self) -> None:
        """Open the selected transfer's plan."""
        plan_id = self.table.chosen_id()
        if plan_id:
            open_plan(self.tasks, self.catalogue, plan_id)
