"""The pages of the plan form, one per section of an adaptation plan, in the order a team fills them."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.plans.labels import dimension_labels, value_label
from desktop.plans.model import (
    DECISIONS,
    LEVELS,
    PLAN_STATES,
    PRECONDITION_STATUSES,
    PROFILE_DIMENSIONS,
    SCALING_PATHS,
    TRANSFER_DEGREES,
)
from desktop.store.records import PRECONDITION_KINDS
from desktop.text.language import LANGUAGES, tr
from desktop.text.outside_text import visible_controls
from desktop.ui.kit.plain_text import PlainLabel, as_html
from desktop.ui.plans.plan_fields import (
    ChoiceBox,
    Column,
    ErrorLabel,
    FieldSet,
    RowsTable,
    fit_table_height,
    line_edit,
    problem_text,
    text_box,
)


class Section(QWidget):
    """A page of the plan form: bound fields and row tables, loaded from and written into a plan."""

    changed = Signal()

    def __init__(self, title: str, intro: str = "") -> None:
        super().__init__()
        self.title = title
        self.setAccessibleName(title)
        self.fields = FieldSet(self)
        self.fields.changed.connect(self.changed)
        self.tables: dict[str, RowsTable] = {}
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        self.layout_.addWidget(heading)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            self.layout_.addWidget(note)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.addLayout(self.form)

    def field(self, path: str, label: str, widget: QWidget, layout: QFormLayout | None = None) -> QWidget:
        """Add a bound field with its label and, under it, its error line."""
        return self.fields.add_row(layout or self.form, path, label, widget)

    def table(self, key: str, title: str, table: RowsTable) -> RowsTable:
        """Add a row table for a list section of the plan."""
        self.layout_.addWidget(QLabel(f"<b>{title}</b>"))
        self.layout_.addWidget(table)
        table.changed.connect(self.changed)
        self.tables[key] = table
        return table

    def load(self, plan: dict[str, Any]) -> None:
        """Show a plan's values."""
        self.fields.load(plan)
        for key, table in self.tables.items():
            table.set_rows(plan.get(key) or [])

    def collect(self, plan: dict[str, Any]) -> None:
        """Write this page's values into a plan."""
        self.fields.collect(plan)
        for key, table in self.tables.items():
            plan[key] = table.rows()

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem of this page beside its field or row."""
        self.fields.show_problems(problems)
        for key, table in self.tables.items():
            table.show_problems(key, problems)

    def problem_count(self, problems: dict[str, str]) -> int:
        """How many of the problems belong to this page."""
        keys = [*self.fields.widgets, *self.tables]
        return sum(1 for path in problems if any(_belongs(path, key) for key in keys))


def _belongs(path: str, key: str) -> bool:
    return path == key or path.startswith((f"{key}[", f"{key}."))


class IntentSection(Section):
    """The plan's title, what it adapts to where, and how closely it follows the original."""

    def __init__(self) -> None:
        super().__init__(
            tr("Transfer intent"),
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
            tr("Context comparison"),
            tr("Compare the city the practice comes from with yours. Differences point to what to adapt."),
        )
        self.grid = QTableWidget(0, 3)
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


def get_rows(plan: dict[str, Any]) -> list[dict[str, str]]:
    """A plan's comparison rows."""
    context = plan.get("context") or {}
    return context.get("rows") or []



class ComponentBox(QGroupBox):
    """One component in the fit check: how it works, what it needs here, and what to do with it."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, entry: dict[str, Any]) -> None:
        super().__init__()
        self.entry = dict(entry)
        self.fields = FieldSet(self)
        self.fields.changed.connect(self._edited)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def add(path: str, label: str, widget: QWidget) -> None:
            self.fields.add_row(form, path, label, widget)

        add("component", tr("Component"), line_edit())
        add("role", tr("Role"), ChoiceBox(("core", "adaptable"), blank=False))
        add("mechanism", tr("How it works"), text_box(lines=3))
        self.preconditions = RowsTable(
            tr("Preconditions"),
            [
                Column("kind", tr("Kind"), choices=PRECONDITION_KINDS, width=130),
                Column("text", tr("Precondition"), width=260),
                Column("status", tr("In your city"), choices=PRECONDITION_STATUSES, width=120),
                Column("note", tr("Note")),
            ],
            tr("Add precondition"),
        )
        self.preconditions.changed.connect(self._edited)
        form.addRow(tr("Preconditions"), self.preconditions)
        add("decision", tr("Decision"), ChoiceBox(DECISIONS, blank=False))
        add("adaptation", tr("Adaptation"), text_box(lines=3))
        add("rationale", tr("Rationale"), text_box(lines=3))
        remove = QPushButton(tr("Remove component"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        form.addRow("", remove)
        self.fields.load(self.entry)
        self.preconditions.set_rows(self.entry.get("preconditions") or [])
        self._retitle()

    def _edited(self) -> None:
        self._retitle()
        self.changed.emit()

    def _retitle(self) -> None:
        values = self.values()
        title = tr("{name} ({role})").format(
            name=values["component"] or tr("New component"), role=value_label(values["role"])
        )
        self.setTitle(title)
        self.setAccessibleName(title)

    def values(self) -> dict[str, Any]:
        """The component's fit-check entry as edited."""
        entry = dict(self.entry)
        self.fields.collect(entry)
        entry["preconditions"] = self.preconditions.rows()
        return entry

    def show_problems(self, prefix: str, problems: dict[str, str]) -> None:
        """Show the problems of this entry (`fit[n]...`) beside its fields."""
        own = {k[len(prefix) + 1 :]: v for k, v in problems.items() if k.startswith(prefix + ".")}
        self.fields.show_problems(own)
        self.preconditions.show_problems("preconditions", own)


class FitSection(Section):
    """The fit check: every component's preconditions judged for the target city, and a decision on each."""

    def __init__(self) -> None:
        super().__init__(
            tr("Fit check"),
            tr(
                "For each component, say whether your city meets what it needs, then keep, adapt, "
                "replace or drop it. Unmet needs of core components become risks."
            ),
        )
        self.flagged = PlainLabel()  # names components and needs as the plan holds them
        self.flagged.setWordWrap(True)
        self.flagged.setAccessibleName(tr("Risks flagged by the fit check"))
        # A light tint with its own dark text: readable under a dark palette too.
        self.flagged.setStyleSheet("QLabel { background: #fff4e5; color: #3b2a00; padding: 6px; }")
        # Room for three lines whatever it says, so nothing below it moves as statuses change.
        self.flagged.setFixedHeight(self.flagged.fontMetrics().lineSpacing() * 3 + 14)
        self.flagged.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.layout_.addWidget(self.flagged)
        self.boxes: list[ComponentBox] = []
        self.holder = QVBoxLayout()
        self.layout_.addLayout(self.holder)
        self.errors = ErrorLabel()
        self.layout_.addWidget(self.errors)
        add = QPushButton(tr("Add component"))
        add.clicked.connect(self._add_clicked)
        self.layout_.addWidget(add)
        self.show_flagged([])

    def _add_box(self, entry: dict[str, Any]) -> ComponentBox:
        box = ComponentBox(entry)
        box.changed.connect(self.changed)
        box.remove_requested.connect(self._remove)
        self.boxes.append(box)
        self.holder.addWidget(box)
        return box

    def _add_clicked(self) -> None:
        box = self._add_box({"component": "", "role": "core", "decision": "keep", "preconditions": []})
        box.fields.widgets["component"].setFocus()
        self.changed.emit()

    def _remove(self, box: ComponentBox) -> None:
        self.boxes.remove(box)
        box.deleteLater()
        self.changed.emit()

    def load(self, plan: dict[str, Any]) -> None:
        """Show one box per fit-check entry."""
        super().load(plan)
        for box in self.boxes:
            box.deleteLater()
        self.boxes = []
        for entry in plan.get("fit") or []:
            self._add_box(entry)

    def collect(self, plan: dict[str, Any]) -> None:
        """Write the fit check into the plan."""
        super().collect(plan)
        plan["fit"] = [box.values() for box in self.boxes]

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each entry's problems in its box."""
        super().show_problems(problems)
        for n, box in enumerate(self.boxes):
            box.show_problems(f"fit[{n}]", problems)
        self.errors.show_message(problem_text(problems.get("fit", "")) if "fit" in problems else "")

    def problem_count(self, problems: dict[str, str]) -> int:
        """How many problems are in the fit check."""
        return sum(1 for path in problems if path.startswith("fit"))

    def show_flagged(self, risks: list[dict[str, Any]], unjudged: int = 0) -> None:
        """Sum up the risks the fit check raises right now and what it has yet to judge.

        The banner keeps its height (every risk is in its tooltip and under Risks), so the boxes
        below never move while a status is chosen.
        """
        parts = []
        if risks:
            named = "; ".join(r["risk"] for r in risks)
            parts.append(
                tr("%n risk(s) flagged (listed under Risks): {risks}.", "", len(risks)).format(risks=named)
            )
        if unjudged:
            parts.append(tr("Not judged yet: %n need(s) of core components still Unknown.", "", unjudged))
        if not parts:
            parts.append(tr("No risks flagged: every need of the core components is met."))
        self.flagged.setText(" ".join(parts))
        self.flagged.setToolTip(as_html("\n".join(r["risk"] for r in risks)))


class HypothesisSection(Section):
    """The context-mechanism-outcome hypothesis the prototype will test."""

    def __init__(self) -> None:
        super().__init__(
            tr("Hypothesis"),
            tr("In this context, this mechanism is expected to produce this outcome."),
        )
        self.field("hypothesis.context", tr("&Context"), text_box(lines=4))
        self.field("hypothesis.mechanism", tr("&Mechanism"), text_box(lines=4))
        self.field("hypothesis.outcome", tr("&Outcome"), text_box(lines=4))


class StakeholdersSection(Section):
    """Who has a stake, how much they care and can sway it, and how citizens take part."""

    def __init__(self) -> None:
        super().__init__(tr("Stakeholders and engagement"))
        self.table(
            "stakeholders",
            tr("Stakeholders"),
            RowsTable(
                tr("Stakeholders"),
                [
                    Column("name", tr("Name"), width=180),
                    Column("role", tr("Role"), width=180),
                    Column("interest", tr("Interest"), choices=LEVELS, width=110),
                    Column("influence", tr("Influence"), choices=LEVELS),
                ],
                tr("Add stakeholder"),
            ),
        )
        self.field("engagement", tr("Citizen &engagement plan"), text_box(lines=6))


class ResourcesSection(Section):
    """What the adaptation will take: money, people, data and technology."""

    def __init__(self) -> None:
        super().__init__(tr("Resources"))
        self.field("resources.budget", tr("&Budget"), text_box(lines=3))
        self.field("resources.staff", tr("&Staff"), text_box(lines=3))
        self.field("resources.data", tr("&Data"), text_box(lines=3))
        self.field("resources.technology", tr("&Technology"), text_box(lines=3))


class RisksSection(Section):
    """The risks the team sees, and those the fit check flags (read-only)."""

    def __init__(self) -> None:
        super().__init__(tr("Risks"))
        self.table(
            "risks",
            tr("Risks the team sees"),
            RowsTable(
                tr("Risks"),
                [
                    Column("risk", tr("Risk"), width=260),
                    Column("likelihood", tr("Likelihood"), choices=LEVELS, width=110),
                    Column("impact", tr("Impact"), choices=LEVELS, width=110),
                    Column("mitigation", tr("Mitigation")),
                ],
                tr("Add risk"),
            ),
        )
        self.layout_.addWidget(QLabel(tr("<b>Flagged by the fit check</b> (change them there)")))
        self.flagged = QTableWidget(0, 4)
        self.flagged.setAccessibleName(tr("Risks flagged by the fit check"))
        self.flagged.setHorizontalHeaderLabels([tr("Risk"), tr("Likelihood"), tr("Impact"), tr("Mitigation")])
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
            tr("Prototype design"),
            tr("A small test under routine conditions, with success decided in advance."),
        )
        self.field("prototype.scope", tr("&Scope"), text_box(lines=3))
        self.field("prototype.place", tr("&Place"), line_edit())
        self.field("prototype.duration", tr("&Duration"), line_edit(tr("for example: 6 months")))
        self.field("prototype.routine_conditions", tr("&Routine conditions"), text_box(lines=3))
        self.field("prototype.success_criteria", tr("Success &criteria"), text_box(lines=3))


def new_indicator() -> dict[str, Any]:
    """A blank indicator with the id its readings will refer to."""
    return {"id": str(uuid.uuid4())}


class IndicatorsSection(Section):
    """What will be measured, from what baseline, toward what target."""

    def __init__(self) -> None:
        super().__init__(tr("Indicators"))
        table = RowsTable(
            tr("Indicators"),
            [
                Column("name", tr("Name"), width=200),
                Column("unit", tr("Unit"), width=90),
                Column("baseline", tr("Baseline"), width=90),
                Column("target", tr("Target"), width=90),
                Column("source", tr("Source")),
            ],
            tr("Add indicator"),
        )
        table.new_row = new_indicator
        self.table("indicators", tr("Indicators"), table)


class ScalingSection(Section):
    """How a working prototype would grow, and the milestones on the way."""

    def __init__(self) -> None:
        super().__init__(tr("Scaling path and milestones"))
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
                [
                    Column("date", tr("Date (2026-03-31)"), width=130),
                    Column("title", tr("Milestone"), width=320),
                    Column("done", tr("Done"), check=True),
                ],
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
        super().__init__(tr("Sign-off and state"))
        self.field("signoff.name", tr("&Name"), line_edit())
        self.field("signoff.role", tr("&Role"), line_edit())
        self.field("signoff.date", tr("&Date"), line_edit(tr("2026-03-31")))
        self.field("signoff.decision", tr("D&ecision"), text_box(lines=3))
        self.field("state", tr("Plan &state"), ChoiceBox(PLAN_STATES, blank=False))
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
