"""The plan's fit check: each component of the source case, its preconditions rated in the new
city, and the risks that follow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.plans.labels import value_label
from desktop.plans.lineage import ComponentOutcome
from desktop.plans.model import (
    DECISIONS,
    PRECONDITION_STATUSES,
)
from desktop.store.records import PRECONDITION_KINDS
from desktop.text.language import tr
from desktop.ui.kit.forms import ErrorLabel, line_edit, text_box
from desktop.ui.kit.plain_text import PlainLabel, as_html
from desktop.ui.kit.rows_table import Column
from desktop.ui.plans.plan_fields import ChoiceBox, FieldSet, RowsTable, problem_text
from desktop.ui.plans.section import Section, page_title


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
        # What earlier adaptations of the case found for this component, when there were some.
        self.earlier = PlainLabel()
        self.earlier.setWordWrap(True)
        self.earlier.setAccessibleName(tr("What earlier adaptations found"))
        self.earlier.setVisible(False)
        form.addRow(self.earlier)
        remove = QPushButton(tr("Remove component"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        form.addRow("", remove)
        self.fields.load(self.entry)
        self.preconditions.set_rows(self.entry.get("preconditions") or [])
        self._retitle()

    def show_earlier(self, outcome: ComponentOutcome | None) -> None:
        """Show what earlier adaptations did with this component and found of each need."""
        if outcome is None or not outcome.plans:
            self.earlier.setVisible(False)
            return
        lines = [tr("Earlier adaptations: {hint}").format(hint=outcome.hint())]
        for need in self.preconditions.rows():
            hint = outcome.precondition_hint(str(need.get("text") or ""))
            if hint:
                lines.append(f"• {need.get('text')}: {hint}")
        self.earlier.setText("\n".join(lines))
        self.earlier.setVisible(True)

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
            page_title("fit"),
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
        self.outcomes: dict[str, ComponentOutcome] = {}
        self.holder = QVBoxLayout()
        self.layout_.addLayout(self.holder)
        self.errors = ErrorLabel()
        self.layout_.addWidget(self.errors)
        add = QPushButton(tr("Add component"))
        add.clicked.connect(self._add_clicked)
        self.layout_.addWidget(add)
        self.show_flagged([])

    def show_earlier(self, outcomes: dict[str, ComponentOutcome]) -> None:
        """Beside each component, what earlier adaptations of the case found (by component name)."""
        self.outcomes = outcomes
        for box in self.boxes:
            box.show_earlier(outcomes.get(str(box.values().get("component") or "").strip().casefold()))

    def _add_box(self, entry: dict[str, Any]) -> ComponentBox:
        box = ComponentBox(entry)
        box.show_earlier(self.outcomes.get(str(entry.get("component") or "").strip().casefold()))
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
