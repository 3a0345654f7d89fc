"""Checking plans, city profiles, progress entries and shortlists field by field."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.catalogue.validation import LANGUAGE_TAG, Problem, ValidationError
from desktop.errors import message
from desktop.plans.fields import BUDGET_BANDS, profile_field
from desktop.plans.model import (
    ADAPTATION_KINDS,
    DECISIONS,
    LEAPS_STAGES,
    PLAN_STATES,
    PRECONDITION_STATUSES,
    PROFILE_LISTS,
    PROFILE_NUMBERS,
    PROFILE_TEXT,
    SCALING_PATHS,
    TRANSFER_DEGREES,
    empty_plan,
    parse_number,
)
from desktop.plans.sections import DATE as DATE_TEXT
from desktop.plans.sections import NUMBER, PROSE, TICK, plan_section, plan_sections
from desktop.plans.sharing import DEFAULT_SHARING, SHARING_LEVELS

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_TEXT = 20_000
Exists = Callable[[str], bool]


class _Fields:
    """Collects problems while reading one record's fields."""

    def __init__(self, data: Any, what: str) -> None:
        if not isinstance(data, dict):
            raise ValidationError(
                [Problem(what, message(QT_TRANSLATE_NOOP("Validation", "must be a JSON object")))]
            )
        self.data = data
        self.problems: list[Problem] = []

    def fail(self, name: str, template: str, **values: Any) -> None:
        self.problems.append(Problem(name, message(template, **values)))

    def text(self, value: Any, name: str, required: bool = False, choices: Iterable[str] = ()) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail(name, QT_TRANSLATE_NOOP("Validation", "must be text"))
            return ""
        value = value.strip()
        if required and not value:
            self.fail(name, QT_TRANSLATE_NOOP("Validation", "is required"))
        elif len(value) > MAX_TEXT:
            self.fail(
                name, QT_TRANSLATE_NOOP("Validation", "is longer than {limit} characters"), limit=MAX_TEXT
            )
        choices = tuple(choices)
        if value and choices and value not in choices:
            self.fail(
                name, QT_TRANSLATE_NOOP("Validation", "must be one of: {choices}"), choices=", ".join(choices)
            )
        return value

    def date(self, value: Any, name: str, required: bool = False) -> str:
        text = self.text(value, name, required)
        if text and not DATE.match(text):
            self.fail(name, QT_TRANSLATE_NOOP("Validation", "must be a date like 2026-03-31"))
        return text

    def number_text(self, value: Any, name: str) -> str:
        text = "" if value is None else str(value).strip()
        if text and parse_number(text) is None:
            self.fail(name, QT_TRANSLATE_NOOP("Validation", "must be a number"))
        return text

    def section(self, name: str, keys: Iterable[str]) -> dict[str, str]:
        value = self.data.get(name) or {}
        if not isinstance(value, dict):
            self.fail(name, QT_TRANSLATE_NOOP("Validation", "must be an object"))
            return {k: "" for k in keys}
        return {k: self.text(value.get(k), f"{name}.{k}") for k in keys}

    def rows(self, name: str) -> list[dict[str, Any]]:
        return self.rows_of(self.data.get(name), name)

    def rows_of(self, value: Any, name: str) -> list[dict[str, Any]]:
        value = value or []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(name, QT_TRANSLATE_NOOP("Validation", "must be a list of objects"))
            return []
        return value

    def record_id(self) -> str:
        value = self.data.get("id") or str(uuid.uuid4())
        try:
            uuid.UUID(str(value))
        except ValueError:
            self.fail("id", QT_TRANSLATE_NOOP("Validation", "must be a UUID"))
        return str(value)

    def done(self, where: str, result: dict[str, Any]) -> dict[str, Any]:
        if self.problems:
            raise ValidationError(self.problems, where)
        return result


def check_plan(data: Any, case_exists: Exists, profile_exists: Exists, where: str = "plan") -> dict[str, Any]:
    """A plan in the form `plan show --json` prints, checked; ValidationError names each bad field."""
    f = _Fields(data, "plan")
    blank = empty_plan()
    plan: dict[str, Any] = {
        "id": f.record_id(),
        "title": f.text(data.get("title"), "title", required=True),
        "case_id": f.text(data.get("case_id"), "case_id"),
        "profile_id": f.text(data.get("profile_id"), "profile_id"),
        "language": f.text(data.get("language") or "en", "language"),
        "state": f.text(data.get("state") or "draft", "state", choices=PLAN_STATES),
        "sharing": f.text(data.get("sharing") or DEFAULT_SHARING, "sharing", choices=SHARING_LEVELS),
        "intent": f.section("intent", blank["intent"]),
        "context": {"rows": [], "notes": ""},
        # The sections of labelled texts and of prose, as the section registry lists them.
        **{
            s.name: f.text(data.get(s.name), s.name) if s.shape == PROSE else f.section(s.name, blank[s.name])
            for s in plan_sections()
            if s.texts or s.shape == PROSE
        },
    }
    if plan["case_id"] and not case_exists(plan["case_id"]):
        f.fail("case_id", QT_TRANSLATE_NOOP("Validation", "no case has the id {id}"), id=plan["case_id"])
    if plan["profile_id"] and not profile_exists(plan["profile_id"]):
        f.fail(
            "profile_id",
            QT_TRANSLATE_NOOP("Validation", "no city profile has the id {id}"),
            id=plan["profile_id"],
        )
    if plan["language"] and not LANGUAGE_TAG.match(plan["language"]):
        f.fail("language", QT_TRANSLATE_NOOP("Validation", "must be a language tag such as en, ko or id"))
    if plan["intent"]["degree"] and plan["intent"]["degree"] not in TRANSFER_DEGREES:
        f.fail(
            "intent.degree",
            QT_TRANSLATE_NOOP("Validation", "must be one of: {choices}"),
            choices=", ".join(TRANSFER_DEGREES),
        )
    for section in plan_sections():
        for text in section.texts:
            if text.kind == DATE_TEXT:
                f.date(plan[section.name][text.key], f"{section.name}.{text.key}")
    context = data.get("context") or {}
    if isinstance(context, dict):
        plan["context"] = {
            "rows": [
                {k: f.text(row.get(k), f"context.rows[{n}].{k}") for k in ("dimension", "source", "target")}
                for n, row in enumerate(f.rows_of(context.get("rows"), "context.rows"))
            ],
            "notes": f.text(context.get("notes"), "context.notes"),
        }
    else:
        f.fail("context", QT_TRANSLATE_NOOP("Validation", "must be an object"))
    plan["fit"] = [_fit_entry(f, entry, n) for n, entry in enumerate(f.rows("fit"))]
    plan["stakeholders"] = [_row(f, "stakeholders", s, n) for n, s in enumerate(f.rows("stakeholders"))]
    # Risks the fit check flags are derived from it, never stored.
    plan["risks"] = [_row(f, "risks", r, n) for n, r in enumerate(f.rows("risks")) if not r.get("flagged")]
    # Each indicator keeps the id its readings refer to.
    plan["indicators"] = [
        {"id": str(i.get("id") or uuid.uuid4()), **_row(f, "indicators", i, n)}
        for n, i in enumerate(f.rows("indicators"))
    ]
    scaling = data.get("scaling") or {}
    paths = scaling.get("paths", []) if isinstance(scaling, dict) else []
    if not isinstance(paths, list) or any(p not in SCALING_PATHS for p in paths):
        f.fail(
            "scaling.paths",
            QT_TRANSLATE_NOOP("Validation", "must list some of: {choices}"),
            choices=", ".join(SCALING_PATHS),
        )
        paths = []
    plan["scaling"] = {"paths": list(paths), "notes": f.text(scaling.get("notes"), "scaling.notes")}
    plan["milestones"] = [_row(f, "milestones", m, n) for n, m in enumerate(f.rows("milestones"))]
    return f.done(where, plan)


def _row(f: _Fields, name: str, row: dict[str, Any], n: int) -> dict[str, Any]:
    """One row of a section of rows, each value checked as the section registry describes its column."""
    values: dict[str, Any] = {}
    for column in plan_section(name).columns:
        value, where = row.get(column.key), f"{name}[{n}].{column.key}"
        if column.kind == TICK:
            values[column.key] = bool(value)
        elif column.kind == DATE_TEXT:
            values[column.key] = f.date(value, where, required=column.required)
        elif column.kind == NUMBER:
            values[column.key] = f.number_text(value, where)
        else:
            values[column.key] = f.text(value, where, required=column.required, choices=column.choices)
    return values


def _fit_entry(f: _Fields, entry: dict[str, Any], n: int) -> dict[str, Any]:
    where = f"fit[{n}]"
    return {
        "component_id": f.text(entry.get("component_id"), f"{where}.component_id"),
        "component": f.text(entry.get("component"), f"{where}.component", required=True),
        "role": f.text(entry.get("role") or "core", f"{where}.role", choices=("core", "adaptable")),
        "mechanism": f.text(entry.get("mechanism"), f"{where}.mechanism"),
        "preconditions": [
            {
                "kind": f.text(p.get("kind"), f"{where}.preconditions[{m}].kind"),
                "text": f.text(p.get("text"), f"{where}.preconditions[{m}].text", required=True),
                "status": f.text(
                    p.get("status") or "unknown",
                    f"{where}.preconditions[{m}].status",
                    choices=PRECONDITION_STATUSES,
                ),
                "note": f.text(p.get("note"), f"{where}.preconditions[{m}].note"),
            }
            for m, p in enumerate(f.rows_of(entry.get("preconditions"), f"{where}.preconditions"))
        ],
        "decision": f.text(entry.get("decision") or "keep", f"{where}.decision", choices=DECISIONS),
        "adaptation": f.text(entry.get("adaptation"), f"{where}.adaptation"),
        "rationale": f.text(entry.get("rationale"), f"{where}.rationale"),
    }


def check_profile(data: Any, where: str = "city profile") -> dict[str, Any]:
    """A city profile, checked; population and density are whole numbers when given."""
    f = _Fields(data, "profile")
    profile: dict[str, Any] = {
        "id": f.record_id(),
        "name": f.text(data.get("name"), "name", required=profile_field("name").required),
        "country": f.text(data.get("country"), "country").upper(),
        "notes": f.text(data.get("notes"), "notes"),
        **{key: f.text(data.get(key), key) for key in PROFILE_TEXT},
    }
    for key in PROFILE_NUMBERS:
        value = data.get(key)
        if value in (None, ""):
            profile[key] = None
        elif isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            profile[key] = value
        elif isinstance(value, str) and value.replace(",", "").strip().isdigit():
            profile[key] = int(value.replace(",", ""))
        else:
            f.fail(key, QT_TRANSLATE_NOOP("Validation", "must be a whole number"))
    for key in PROFILE_LISTS:
        value = data.get(key) or []
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            f.fail(key, QT_TRANSLATE_NOOP("Validation", "must be a list of text"))
            value = []
        profile[key] = value
    if profile["budget_band"] and profile["budget_band"] not in BUDGET_BANDS:
        f.fail(
            "budget_band",
            QT_TRANSLATE_NOOP("Validation", "must be one of: {choices}"),
            choices=", ".join(BUDGET_BANDS),
        )
    return f.done(where, profile)


def check_progress(
    data: Any, plan: dict[str, Any] | None, plan_id: str, where: str = "progress entry"
) -> dict[str, Any]:
    """A progress entry for a plan; readings must name the plan's own indicators."""
    f = _Fields(data, "progress")
    if plan is None:
        f.fail("plan_id", QT_TRANSLATE_NOOP("Validation", "no plan has the id {id}"), id=plan_id)
    indicators = {i["id"] for i in (plan or {}).get("indicators", [])}
    entry: dict[str, Any] = {
        "id": f.record_id(),
        "plan_id": plan_id,
        "date": f.date(data.get("date"), "date", required=True),
        "stage": f.text(data.get("stage"), "stage", required=True, choices=LEAPS_STAGES),
        "narrative": f.text(data.get("narrative"), "narrative"),
        "readings": [],
        "adaptations": [],
    }
    for n, reading in enumerate(f.rows("readings")):
        indicator = f.text(reading.get("indicator_id"), f"readings[{n}].indicator_id", required=True)
        if plan is not None and indicator and indicator not in indicators:
            f.fail(
                f"readings[{n}].indicator_id",
                QT_TRANSLATE_NOOP("Validation", "is not one of the plan's indicators"),
            )
        value = f.number_text(reading.get("value"), f"readings[{n}].value")
        if not value:
            f.fail(f"readings[{n}].value", QT_TRANSLATE_NOOP("Validation", "is required"))
        entry["readings"].append({"indicator_id": indicator, "value": value})
    for n, change in enumerate(f.rows("adaptations")):
        entry["adaptations"].append(
            {
                "what": f.text(change.get("what"), f"adaptations[{n}].what", required=True),
                "who": f.text(change.get("who"), f"adaptations[{n}].who"),
                "kind": f.text(
                    change.get("kind") or "planned", f"adaptations[{n}].kind", choices=ADAPTATION_KINDS
                ),
                "core_kept": bool(change.get("core_kept", True)),
                "why": f.text(change.get("why"), f"adaptations[{n}].why"),
            }
        )
    return f.done(where, entry)


def check_shortlist(data: Any, case_exists: Exists, where: str = "shortlist") -> dict[str, Any]:
    """A named, ordered list of cases with a note on each."""
    f = _Fields(data, "shortlist")
    shortlist: dict[str, Any] = {
        "id": f.record_id(),
        "name": f.text(data.get("name"), "name", required=profile_field("name").required),
        "notes": f.text(data.get("notes"), "notes"),
        "items": [],
    }
    seen: set[str] = set()
    for n, item in enumerate(f.rows("items")):
        case_id = f.text(item.get("case_id"), f"items[{n}].case_id", required=True)
        if case_id and not case_exists(case_id):
            f.fail(
                f"items[{n}].case_id", QT_TRANSLATE_NOOP("Validation", "no case has the id {id}"), id=case_id
            )
        if case_id in seen:
            continue
        seen.add(case_id)
        shortlist["items"].append({"case_id": case_id, "note": f.text(item.get("note"), f"items[{n}].note")})
    return f.done(where, shortlist)
