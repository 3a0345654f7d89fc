"""Every section of an adaptation plan, described once: a new plan's empty sections, the plan
window's pages, the plan document's headings and the labelled texts of a section read it here, and
so do the bundle checks; the store's own lists are checked against it (tests/test_plan_sections.py).

Each section is one column of the `plans` table (schema 5), so that two teams editing different
sections on different devices merge without a conflict.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP

# The shape of a section's value: an object of named values, a list of rows, or prose.
OBJECT, ROWS, PROSE = "object", "rows", "prose"
# Kinds of a labelled text: a box of prose, one line, or a date (2026-03-31).
TEXT, LINE, DATE = "text", "line", "date"


@dataclass(frozen=True)
class PlanText:
    """One labelled text of a section: `label` as a document reads it, `form_label` as the plan
    window does (with its keyboard shortcut), `hint` in its empty box; all in the context ""."""

    key: str
    label: str
    form_label: str
    kind: str = TEXT
    lines: int = 3
    hint: str = ""


@dataclass(frozen=True)
class PlanSection:
    """One section of a plan. `heading` heads it in plan documents (at `level`); `page` is the
    title of the plan window's page that shows it, empty for a section shown on the page of the one
    before. `texts` are its labelled texts, `parts` its other values as they start. A section
    `shared_as_outcome` travels in the bundles of an outcomes-only plan; the others stay home."""

    name: str
    shape: str
    heading: str
    page: str = ""
    level: int = 1
    texts: tuple[PlanText, ...] = ()
    parts: tuple[tuple[str, Any], ...] = ()
    shared_as_outcome: bool = False

    def empty(self) -> Any:
        """The section of a new plan: nothing filled in."""
        if self.shape == ROWS:
            return []
        if self.shape == PROSE:
            return ""
        parts = {part: copy.deepcopy(value) for part, value in self.parts}
        return {**parts, **{text.key: "" for text in self.texts}}


def _text(key: str, label: str, form: str, kind: str = TEXT, lines: int = 3, hint: str = "") -> PlanText:
    return PlanText(key, label, form, kind, lines, hint)


_HYPOTHESIS = (
    _text("context", QT_TRANSLATE_NOOP("", "Context"), QT_TRANSLATE_NOOP("", "&Context"), lines=4),
    _text("mechanism", QT_TRANSLATE_NOOP("", "Mechanism"), QT_TRANSLATE_NOOP("", "&Mechanism"), lines=4),
    _text("outcome", QT_TRANSLATE_NOOP("", "Outcome"), QT_TRANSLATE_NOOP("", "&Outcome"), lines=4),
)
_RESOURCES = (
    _text("budget", QT_TRANSLATE_NOOP("", "Budget"), QT_TRANSLATE_NOOP("", "&Budget")),
    _text("staff", QT_TRANSLATE_NOOP("", "Staff"), QT_TRANSLATE_NOOP("", "&Staff")),
    _text("data", QT_TRANSLATE_NOOP("", "Data"), QT_TRANSLATE_NOOP("", "&Data")),
    _text("technology", QT_TRANSLATE_NOOP("", "Technology"), QT_TRANSLATE_NOOP("", "&Technology")),
)
_PROTOTYPE = (
    _text("scope", QT_TRANSLATE_NOOP("", "Scope"), QT_TRANSLATE_NOOP("", "&Scope")),
    _text("place", QT_TRANSLATE_NOOP("", "Place"), QT_TRANSLATE_NOOP("", "&Place"), LINE),
    _text("duration", QT_TRANSLATE_NOOP("", "Duration"), QT_TRANSLATE_NOOP("", "&Duration"), LINE,
          hint=QT_TRANSLATE_NOOP("", "for example: 6 months")),
    _text("routine_conditions", QT_TRANSLATE_NOOP("", "Routine conditions"),
          QT_TRANSLATE_NOOP("", "&Routine conditions")),
    _text("success_criteria", QT_TRANSLATE_NOOP("", "Success criteria"),
          QT_TRANSLATE_NOOP("", "Success &criteria")),
)
_SIGNOFF = (
    _text("name", QT_TRANSLATE_NOOP("", "Name"), QT_TRANSLATE_NOOP("", "&Name"), LINE),
    _text("role", QT_TRANSLATE_NOOP("", "Role"), QT_TRANSLATE_NOOP("", "&Role"), LINE),
    _text("date", QT_TRANSLATE_NOOP("", "Date"), QT_TRANSLATE_NOOP("", "&Date"), DATE,
          hint=QT_TRANSLATE_NOOP("", "2026-03-31")),
    _text("decision", QT_TRANSLATE_NOOP("", "Decision"), QT_TRANSLATE_NOOP("", "D&ecision")),
)

PLAN_SECTIONS: tuple[PlanSection, ...] = (
    PlanSection("intent", OBJECT, QT_TRANSLATE_NOOP("", "Transfer intent"),
                QT_TRANSLATE_NOOP("", "Transfer intent"), parts=(("degree", ""), ("why", ""))),
    PlanSection("context", OBJECT, QT_TRANSLATE_NOOP("", "Context comparison"),
                QT_TRANSLATE_NOOP("", "Context comparison"), parts=(("rows", []), ("notes", ""))),
    PlanSection("fit", ROWS, QT_TRANSLATE_NOOP("", "Fit check"), QT_TRANSLATE_NOOP("", "Fit check"),
                shared_as_outcome=True),
    PlanSection("hypothesis", OBJECT, QT_TRANSLATE_NOOP("", "Context, mechanism, outcome"),
                QT_TRANSLATE_NOOP("", "Hypothesis"), texts=_HYPOTHESIS),
    PlanSection("stakeholders", ROWS, QT_TRANSLATE_NOOP("", "Stakeholders"),
                QT_TRANSLATE_NOOP("", "Stakeholders and engagement")),
    PlanSection("engagement", PROSE, QT_TRANSLATE_NOOP("", "Citizen engagement"), level=2),
    PlanSection("resources", OBJECT, QT_TRANSLATE_NOOP("", "Resources"), QT_TRANSLATE_NOOP("", "Resources"),
                texts=_RESOURCES),
    PlanSection("risks", ROWS, QT_TRANSLATE_NOOP("", "Risks"), QT_TRANSLATE_NOOP("", "Risks")),
    PlanSection("prototype", OBJECT, QT_TRANSLATE_NOOP("", "Prototype design"),
                QT_TRANSLATE_NOOP("", "Prototype design"), texts=_PROTOTYPE),
    PlanSection("indicators", ROWS, QT_TRANSLATE_NOOP("", "Indicators"), QT_TRANSLATE_NOOP("", "Indicators"),
                shared_as_outcome=True),
    PlanSection("scaling", OBJECT, QT_TRANSLATE_NOOP("", "Scaling path"),
                QT_TRANSLATE_NOOP("", "Scaling path and milestones"), parts=(("paths", []), ("notes", ""))),
    PlanSection("milestones", ROWS, QT_TRANSLATE_NOOP("", "Milestones"), level=2),
    PlanSection("signoff", OBJECT, QT_TRANSLATE_NOOP("", "Sign-off"),
                QT_TRANSLATE_NOOP("", "Sign-off and state"), texts=_SIGNOFF),
)


def plan_sections() -> tuple[PlanSection, ...]:
    """Every section of a plan, in the order the window and documents show them."""
    return PLAN_SECTIONS


def plan_section(name: str) -> PlanSection:
    """The section of that name."""
    return next(s for s in plan_sections() if s.name == name)


def empty_sections() -> dict[str, Any]:
    """Every section of a new plan, nothing filled in."""
    return {section.name: section.empty() for section in plan_sections()}
