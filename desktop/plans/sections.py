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
# Kinds of a labelled text: a box of prose, one line, or a date (2026-03-31); a column of rows may
# also be a choice, a number or a tick.
TEXT, LINE, DATE = "text", "line", "date"
CHOICE, NUMBER, TICK = "choice", "number", "tick"
# How likely, how much impact, how much interest or influence.
LEVELS = ("low", "medium", "high")


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
class PlanColumn:
    """One column of a section of rows: `label` heads it in documents, `form_label` in the plan
    window (the label when empty), both in the context ""; `width` is its width there in pixels
    (0: what is left) and `share` its part of a document table's width."""

    key: str
    label: str
    form_label: str = ""
    kind: str = LINE
    choices: tuple[str, ...] = ()
    required: bool = False
    width: int = 0
    share: float = 1.0


@dataclass(frozen=True)
class PlanSection:
    """One section of a plan. `heading` heads it in plan documents (at `level`); `page` is the
    title of the plan window's page that shows it, empty for a section shown on the page of the one
    before. `texts` are its labelled texts, `columns` those of its rows, `parts` its other values
    as they start. A section
    `shared_as_outcome` travels in the bundles of an outcomes-only plan; the others stay home."""

    name: str
    shape: str
    heading: str
    page: str = ""
    level: int = 1
    texts: tuple[PlanText, ...] = ()
    columns: tuple[PlanColumn, ...] = ()
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

_STAKEHOLDERS = (
    PlanColumn("name", QT_TRANSLATE_NOOP("", "Stakeholder"), QT_TRANSLATE_NOOP("", "Name"), required=True,
               width=180, share=2),
    PlanColumn("role", QT_TRANSLATE_NOOP("", "Role"), width=180, share=3),
    PlanColumn("interest", QT_TRANSLATE_NOOP("", "Interest"), kind=CHOICE, choices=LEVELS, width=110),
    PlanColumn("influence", QT_TRANSLATE_NOOP("", "Influence"), kind=CHOICE, choices=LEVELS),
)
_RISKS = (
    PlanColumn("risk", QT_TRANSLATE_NOOP("", "Risk"), required=True, width=260, share=4),
    PlanColumn("likelihood", QT_TRANSLATE_NOOP("", "Likelihood"), kind=CHOICE, choices=LEVELS, width=110),
    PlanColumn("impact", QT_TRANSLATE_NOOP("", "Impact"), kind=CHOICE, choices=LEVELS, width=110),
    PlanColumn("mitigation", QT_TRANSLATE_NOOP("", "Mitigation"), share=3),
)
_INDICATORS = (
    PlanColumn("name", QT_TRANSLATE_NOOP("", "Indicator"), QT_TRANSLATE_NOOP("", "Name"), required=True,
               width=200, share=3),
    PlanColumn("unit", QT_TRANSLATE_NOOP("", "Unit"), width=90),
    PlanColumn("baseline", QT_TRANSLATE_NOOP("", "Baseline"), kind=NUMBER, width=90),
    PlanColumn("target", QT_TRANSLATE_NOOP("", "Target"), kind=NUMBER, width=90),
    PlanColumn("source", QT_TRANSLATE_NOOP("", "Source"), share=2),
)
_MILESTONES = (
    PlanColumn("date", QT_TRANSLATE_NOOP("", "Date"), QT_TRANSLATE_NOOP("", "Date (2026-03-31)"), kind=DATE,
               width=130),
    PlanColumn("title", QT_TRANSLATE_NOOP("", "Milestone"), required=True, width=320, share=4),
    PlanColumn("done", QT_TRANSLATE_NOOP("", "Done"), kind=TICK),
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
                QT_TRANSLATE_NOOP("", "Stakeholders and engagement"), columns=_STAKEHOLDERS),
    PlanSection("engagement", PROSE, QT_TRANSLATE_NOOP("", "Citizen engagement"), level=2),
    PlanSection("resources", OBJECT, QT_TRANSLATE_NOOP("", "Resources"), QT_TRANSLATE_NOOP("", "Resources"),
                texts=_RESOURCES),
    PlanSection("risks", ROWS, QT_TRANSLATE_NOOP("", "Risks"), QT_TRANSLATE_NOOP("", "Risks"),
                columns=_RISKS),
    PlanSection("prototype", OBJECT, QT_TRANSLATE_NOOP("", "Prototype design"),
                QT_TRANSLATE_NOOP("", "Prototype design"), texts=_PROTOTYPE),
    PlanSection("indicators", ROWS, QT_TRANSLATE_NOOP("", "Indicators"), QT_TRANSLATE_NOOP("", "Indicators"),
                columns=_INDICATORS, shared_as_outcome=True),
    PlanSection("scaling", OBJECT, QT_TRANSLATE_NOOP("", "Scaling path"),
                QT_TRANSLATE_NOOP("", "Scaling path and milestones"), parts=(("paths", []), ("notes", ""))),
    PlanSection("milestones", ROWS, QT_TRANSLATE_NOOP("", "Milestones"), level=2, columns=_MILESTONES),
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
