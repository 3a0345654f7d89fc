"""Monitoring a transfer: progress entries with readings and adaptations, the timeline, indicator charts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.validation import ValidationError
from desktop.plans.labels import value_label
from desktop.plans.model import ADAPTATION_KINDS, LEAPS_STAGES
from desktop.plans.service import IndicatorSeries, Planning
from desktop.text.language import tr
from desktop.text.outside_text import visible_controls
from desktop.ui.i18n import error_text
from desktop.ui.kit.accessible import describe_table, describe_tree
from desktop.ui.kit.forms import ErrorLabel, line_edit, text_box
from desktop.ui.kit.plain_text import as_html
from desktop.ui.kit.rows_table import Column
from desktop.ui.plans.indicator_chart import IndicatorChart
from desktop.ui.plans.plan_fields import ChoiceBox, FieldSet, RowsTable, problem_text, today
from desktop.ui.tasks import CatalogueAccess, TaskRunner


class ProgressDialog(QDialog):
    """A new progress entry: when, at which stage, what happened, readings, and what was adapted.

    It opens at the stage of the latest entry, since most entries continue the same stage.
    """

    def __init__(
        self,
        plan: dict[str, Any],
        tasks: TaskRunner,
        catalogue: CatalogueAccess,
        stage: str = "learn",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add progress entry"))
        self.plan = plan
        self.tasks = tasks
        self.catalogue = catalogue
        self.saved: dict[str, Any] | None = None
        self.fields = FieldSet(self)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        for path, label, widget in (
            ("date", tr("&Date"), line_edit("2026-03-31")),
            ("stage", tr("&Stage"), ChoiceBox(LEAPS_STAGES, blank=False)),
            ("narrative", tr("&What happened"), text_box(lines=5)),
        ):
            self.fields.add_row(form, path, label, widget)
        self.fields.load({"date": today(), "stage": stage})
        layout.addWidget(QLabel(tr("<b>Indicator readings</b> (leave a value empty to skip it)")))
        self.readings = QTableWidget(len(plan.get("indicators") or []), 2)
        describe_table(self.readings)
        self.readings.setAccessibleName(tr("Indicator readings"))
        self.readings.setHorizontalHeaderLabels([tr("Indicator"), tr("Value")])
        self.readings.horizontalHeader().setStretchLastSection(True)
        self.readings.setColumnWidth(0, 280)
        self.readings.setTabKeyNavigation(False)
        for n, indicator in enumerate(plan.get("indicators") or []):
            unit = f" ({indicator['unit']})" if indicator.get("unit") else ""
            name = QTableWidgetItem(indicator["name"] + unit)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, indicator["id"])
            self.readings.setItem(n, 0, name)
            self.readings.setItem(n, 1, QTableWidgetItem(""))
        layout.addWidget(self.readings)
        self.reading_errors = ErrorLabel()
        layout.addWidget(self.reading_errors)
        layout.addWidget(QLabel(tr("<b>Adaptations since the last entry</b>")))
        self.adaptations = RowsTable(
            tr("Adaptations"),
            [
                Column("what", tr("What changed"), width=200),
                Column("who", tr("Who decided"), width=120),
                Column("kind", tr("Planned or reactive"), choices=ADAPTATION_KINDS, width=130),
                Column("core_kept", tr("Core kept"), check=True, width=80),
                Column("why", tr("Why")),
            ],
            tr("Add adaptation"),
        )
        self.adaptations.new_row = lambda: {"kind": "planned", "core_kept": True}
        layout.addWidget(self.adaptations)
        self.status = ErrorLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def values(self) -> tuple[dict[str, Any], list[int]]:
        """The entry as typed, and which reading rows it carries (empty values are left out)."""
        entry: dict[str, Any] = {}
        self.fields.collect(entry)
        rows = [n for n in range(self.readings.rowCount()) if self.readings.item(n, 1).text().strip()]
        entry["readings"] = [
            {
                "indicator_id": self.readings.item(n, 0).data(Qt.ItemDataRole.UserRole),
                "value": self.readings.item(n, 1).text().strip(),
            }
            for n in rows
        ]
        entry["adaptations"] = self.adaptations.rows()
        return entry, rows

    def set_reading(self, indicator_id: str, value: str) -> None:
        """Type a reading for one indicator."""
        for n in range(self.readings.rowCount()):
            if self.readings.item(n, 0).data(Qt.ItemDataRole.UserRole) == indicator_id:
                self.readings.item(n, 1).setText(value)

    def submit(self) -> None:
        """Save the entry on the worker; stay open with the problems shown if it is not valid."""
        entry, rows = self.values()
        plan_id = self.plan["id"]
        catalogue = self.catalogue()
        if catalogue is None:
            return
        self.tasks.run(
            lambda: Planning(catalogue).add_progress(plan_id, entry),
            self._saved,
            lambda error: self._refused(error, rows),
        )

    def _saved(self, entry: dict[str, Any]) -> None:
        self.saved = entry
        self.accept()

    def _refused(self, error: Exception, rows: list[int]) -> None:
        if not isinstance(error, ValidationError):
            self.status.show_message(error_text(error))
            return
        problems = {p.field: p.message for p in error.problems}
        self.fields.show_problems(problems)
        self.adaptations.show_problems("adaptations", problems)
        lines = []
        for k, n in enumerate(rows):
            message = problems.get(f"readings[{k}].value") or problems.get(f"readings[{k}].indicator_id")
            if message:
                name = self.readings.item(n, 0).text()
                text = problem_text(message)
                lines.append(tr("{indicator}: {message}").format(indicator=name, message=text))
        self.reading_errors.show_message("\n".join(lines))
        self.status.show_message(tr("Not saved: correct the fields marked in red."))


def timeline_lines(entry: dict[str, Any], names: dict[str, str]) -> list[str]:
    """The readings and adaptations of an entry, one line each, as the timeline lists them."""
    lines = [
        tr("{indicator}: {value}").format(indicator=names.get(r["indicator_id"], "?"), value=r["value"])
        for r in entry.get("readings") or []
    ]
    for change in entry.get("adaptations") or []:
        kept = tr("core function kept") if change.get("core_kept") else tr("core function changed")
        lines.append(
            tr("Adapted: {what} ({kind}, {kept}; decided by {who}) {why}").format(
                what=change["what"],
                kind=value_label(change["kind"]).lower(),
                kept=kept,
                who=change.get("who") or tr("not said"),
                why=change.get("why", ""),
            ).strip()
        )
    return lines


class MonitoringSection(QWidget):
    """The plan's timeline of progress entries and a chart of each indicator."""

    add_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title = tr("Monitoring")
        self.setAccessibleName(self.title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title}</h2>"))
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add progress entry…"))
        self.add_button.clicked.connect(self.add_requested)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(tr("<b>Timeline</b>")))
        self.timeline = QTreeWidget()
        describe_tree(self.timeline)
        self.timeline.setAccessibleName(tr("Timeline of progress entries"))
        self.timeline.setHeaderLabels([tr("Date"), tr("Stage"), tr("What happened")])
        self.timeline.setColumnWidth(0, 110)
        self.timeline.setColumnWidth(1, 100)
        self.timeline.setWordWrap(True)
        self.timeline.setMinimumHeight(200)
        layout.addWidget(self.timeline)
        layout.addWidget(QLabel(tr("<b>Indicators</b>")))
        self.charts_box = QVBoxLayout()
        layout.addLayout(self.charts_box)
        self.no_indicators = QLabel(tr("The plan has no indicators yet: add them under Indicators."))
        self.charts_box.addWidget(self.no_indicators)
        self.charts: list[IndicatorChart] = []
        self.entries: list[dict[str, Any]] = []
        layout.addStretch(1)

    def latest_stage(self) -> str:
        """The stage of the latest entry, or the first stage."""
        return self.entries[-1]["stage"] if self.entries else LEAPS_STAGES[0]

    def show_progress(self, entries: list[dict[str, Any]], series: list[IndicatorSeries]) -> None:
        """Fill the timeline (oldest first) and draw one chart per indicator."""
        names = {s.id: s.name for s in series}
        self.entries = entries
        self.timeline.clear()
        for entry in entries:
            narrative = visible_controls(entry.get("narrative") or "")
            item = QTreeWidgetItem([entry["date"], value_label(entry["stage"]), narrative])
            for line in timeline_lines(entry, names):
                child = QTreeWidgetItem(["", "", visible_controls(line)])
                child.setToolTip(2, as_html(line))
                item.addChild(child)
            self.timeline.addTopLevelItem(item)
            item.setExpanded(True)
        for chart in self.charts:
            chart.deleteLater()
        self.charts = [IndicatorChart(s) for s in series]
        for chart in self.charts:
            self.charts_box.addWidget(chart)
        self.no_indicators.setVisible(not series)
