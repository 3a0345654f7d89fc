"""The pages of the plan form, one per section of an adaptation plan, in the order a team fills them."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.plans.labels import dimension_labels, value_label
from desktop.plans.model import (
    PLAN_STATES,
    PROFILE_DIMENSIONS,
    SCALING_PATHS,
    TRANSFER_DEGREES,
)
from desktop.plans.sharing import SHARING_LEVELS
from desktop.text.language import LANGUAGES, tr
from desktop.text.outside_text import visible_controls
from desktop.ui.kit.accessible import describe_table
from desktop.ui.kit.forms import line_edit, text_box
from desktop.ui.kit.plain_text import PlainLabel
from desktop.ui.kit.rows_table import fit_table_height
from desktop.ui.plans.fit_section import FitSection, get_rows
from desktop.ui.plans.plan_fields import ChoiceBox, RowsTable
from desktop.ui.plans.section import Section, columns, page_title


class IntentSection(Section):
    """The plan's title, what it adapts to where, and how closely it follows the original."""

    def __init__(self) -> None:
        super().__init__(
            page_title("intent"),
            tr("How closely will the city follow the original practice, and why that degree?"),
        )
        self.field("title", tr("&Title"), line_edit(tr("A name the team will recognise")))
        self.source = PlainLabel()
        self.source.setWordWrap(True)
        self.choose_source = QPushButton(tr("Choose the &source case…"))
        self.choose_source.setToolTip(
            tr("Give this plan the case it adapts; its components fill an empty fit check")
        )
        self.choose_source.hide()
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.choose_source)
        self.form.addRow(tr("Adapts"), source_row)
        self.target = PlainLabel()
        self.form.addRow(tr("For"), self.target)
        self.field("intent.degree", tr("&Degree of transfer"), ChoiceBox(TRANSFER_DEGREES))
        self.field("intent.why", tr("&Why this degree"), text_box(lines=5))

    def show_origin(self, case_title: str, origin: str, target: str, *, case_deleted: bool) -> None:
        """Name the source case with its city (or say it was deleted), and the target city."""
        if case_title:
            self.source.setText(tr("{case} ({city})").format(case=case_title, city=origin))
        else:
            self.source.setText(tr("Source case deleted") if case_deleted else tr("No source case"))
        self.choose_source.setVisible(not case_title)
        self.target.setText(target or tr("No city profile chosen"))


class ContextSection(Section):
    """The source and target cities side by side on the profile dimensions, prefilled and editable."""

    def __init__(self) -> None:
        super().__init__(
            page_title("context"),
            tr("Compare the city the practice comes from with yours. Differences point to what to adapt."),
        )
        self.grid = QTableWidget(0, 3)
        describe_table(self.grid)
        self.grid.setAccessibleName(tr("Source and target cities compared"))
        self.grid.setHorizontalHeaderLabels([tr("Dimension"), tr("Source city"), tr("Your city")])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setTabKeyNavigation(False)
        self.grid.itemChanged.connect(lambda _item: self.changed.emit())
        self.layout_.addWidget(self.grid)
        self.field("context.notes", tr("&Notes"), text_box(lines=4), self._notes_form())

    def _notes_form(self) -> QFormLayout:
        form = QFormLayout()
        self.layout_.addLayout(form)
        return form

    def load(self, plan: dict[str, Any]) -> None:
        """Show the comparison rows, every profile dimension present."""
        super().load(plan)
        labels = dimension_labels()
        rows = {r.get("dimension", ""): r for r in get_rows(plan)}
        keys = [k for k, _ in PROFILE_DIMENSIONS] + [k for k in rows if k not in labels]
        self.grid.blockSignals(True)
        self.grid.setRowCount(len(keys))
        for n, key in enumerate(keys):
            label = QTableWidgetItem(labels.get(key, key))
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            label.setData(Qt.ItemDataRole.UserRole, key)
            self.grid.setItem(n, 0, label)
            self.grid.setItem(n, 1, QTableWidgetItem(rows.get(key, {}).get("source", "")))
            self.grid.setItem(n, 2, QTableWidgetItem(rows.get(key, {}).get("target", "")))
        self.grid.blockSignals(False)
        fit_table_height(self.grid)

    def collect(self, plan: dict[str, Any]) -> None:
        """Write the comparison rows and notes into the plan."""
        super().collect(plan)
        plan["context"]["rows"] = [
            {
                "dimension": self.grid.item(n, 0).data(Qt.ItemDataRole.UserRole),
                "source": self.grid.item(n, 1).text().strip(),
                "target": self.grid.item(n, 2).text().strip(),
            }
            for n in range(self.grid.rowCount())
        ]


class HypothesisSection(Section):
    """The context-mechanism-outcome hypothesis the prototype will test."""

    def __init__(self) -> None:
        super().__init__(
            page_title("hypothesis"),
            tr("In this context, this mechanism is expected to produce this outcome."),
        )
        self.texts("hypothesis")


class StakeholdersSection(Section):
    """Who has a stake, how much they care and can sway it, and how citizens take part."""

    def __init__(self) -> None:
        super().__init__(page_title("stakeholders"))
        self.table(
            "stakeholders",
            tr("Stakeholders"),
            RowsTable(
                tr("Stakeholders"),
                columns("stakeholders"),
                tr("Add stakeholder"),
            ),
        )
        self.field("engagement", tr("Citizen &engagement plan"), text_box(lines=6))


class ResourcesSection(Section):
    """What the adaptation will take: money, people, data and technology."""

    def __init__(self) -> None:
        super().__init__(page_title("resources"))
        self.texts("resources")


class RisksSection(Section):
    """The risks the team sees, and those the fit check flags (read-only)."""

    def __init__(self) -> None:
        super().__init__(page_title("risks"))
        self.table(
            "risks",
            tr("Risks the team sees"),
            RowsTable(
                tr("Risks"),
                columns("risks"),
                tr("Add risk"),
            ),
        )
        self.layout_.addWidget(QLabel(tr("<b>Flagged by the fit check</b> (change them there)")))
        self.flagged = QTableWidget(0, 4)
        describe_table(self.flagged, editable=False)
        self.flagged.setAccessibleName(tr("Risks flagged by the fit check"))
        self.flagged.setHorizontalHeaderLabels([column.title for column in columns("risks")])
        self.flagged.horizontalHeader().setStretchLastSection(True)
        self.flagged.setColumnWidth(0, 320)
        self.flagged.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.flagged.setTabKeyNavigation(False)
        self.layout_.addWidget(self.flagged)

    def show_flagged(self, risks: list[dict[str, Any]]) -> None:
        """Fill the read-only table of flagged risks."""
        self.flagged.setRowCount(len(risks))
        for n, risk in enumerate(risks):
            likelihood, impact = value_label(risk["likelihood"]), value_label(risk["impact"])
            values = (risk["risk"], likelihood, impact, risk["mitigation"])
            for m, value in enumerate(values):
                self.flagged.setItem(n, m, QTableWidgetItem(visible_controls(value)))
        fit_table_height(self.flagged, min_rows=1)


class PrototypeSection(Section):
    """The small, real test of the adapted practice."""

    def __init__(self) -> None:
        super().__init__(
            page_title("prototype"),
            tr("A small test under routine conditions, with success decided in advance."),
        )
        self.texts("prototype")


def new_indicator() -> dict[str, Any]:
    """A blank indicator with the id its readings will refer to."""
    return {"id": str(uuid.uuid4())}


class IndicatorsSection(Section):
    """What will be measured, from what baseline, toward what target."""

    def __init__(self) -> None:
        super().__init__(page_title("indicators"))
        table = RowsTable(
            tr("Indicators"),
            columns("indicators"),
            tr("Add indicator"),
        )
        table.new_row = new_indicator
        self.table("indicators", tr("Indicators"), table)


class ScalingSection(Section):
    """How a working prototype would grow, and the milestones on the way."""

    def __init__(self) -> None:
        super().__init__(page_title("scaling"))
        self.paths: dict[str, QCheckBox] = {}
        row = QVBoxLayout()
        for path in SCALING_PATHS:
            box = QCheckBox(value_label(path))
            box.toggled.connect(lambda _on: self.changed.emit())
            self.paths[path] = box
            row.addWidget(box)
        self.form.addRow(tr("Paths"), row)
        self.field("scaling.notes", tr("&Notes"), text_box(lines=4))
        self.table(
            "milestones",
            tr("Milestones"),
            RowsTable(
                tr("Milestones"),
                columns("milestones"),
                tr("Add milestone"),
            ),
        )

    def load(self, plan: dict[str, Any]) -> None:
        """Tick the plan's scaling paths."""
        super().load(plan)
        chosen = (plan.get("scaling") or {}).get("paths") or []
        for path, box in self.paths.items():
            box.blockSignals(True)
            box.setChecked(path in chosen)
            box.blockSignals(False)

    def collect(self, plan: dict[str, Any]) -> None:
        """Write the ticked paths into the plan."""
        super().collect(plan)
        plan["scaling"]["paths"] = [p for p, box in self.paths.items() if box.isChecked()]


class SignoffSection(Section):
    """Who approved the plan and where it stands."""

    def __init__(self) -> None:
        super().__init__(page_title("signoff"))
        self.texts("signoff")
        self.field("state", tr("Plan &state"), ChoiceBox(PLAN_STATES, blank=False))
        sharing = ChoiceBox(SHARING_LEVELS, blank=False)
        sharing.setToolTip(tr("What of this plan goes into the bundles this device writes"))
        self.field("sharing", tr("S&haring"), sharing)
        languages = ChoiceBox(tuple(LANGUAGES), blank=False)
        for index, code in enumerate(LANGUAGES):
            languages.setItemText(index, LANGUAGES[code])
        languages.setToolTip(tr("The language the exported document is written in"))
        self.field("language", tr("Document &language"), languages)


def plan_sections() -> list[Section]:
    """Every page of the plan form, in order."""
    return [
        IntentSection(),
        ContextSection(),
        FitSection(),
        HypothesisSection(),
        StakeholdersSection(),
        ResourcesSection(),
        RisksSection(),
        PrototypeSection(),
        IndicatorsSection(),
        ScalingSection(),
        SignoffSection(),
    ]
