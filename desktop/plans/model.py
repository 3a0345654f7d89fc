"""The vocabulary of an adaptation plan, and what follows from a plan's own content."""

from __future__ import annotations

import uuid
from typing import Any

from desktop.catalogue.labels import choice_label
from desktop.plans.fields import LIST, NUMBER, compared_fields, names_of
from desktop.plans.labels import value_label
from desktop.plans.sections import empty_sections
from desktop.store.records import Case
from desktop.text.countries import language_label, words_language
from desktop.text.language import document_language, tr

PLAN_STATES = ("draft", "under review", "approved", "prototyping", "scaling", "closed")
TRANSFER_DEGREES = ("copy", "emulate", "mix", "inspire")
PRECONDITION_STATUSES = ("met", "partly", "not met", "unknown")
DECISIONS = ("keep", "adapt", "replace", "drop")
SCALING_PATHS = ("vertical", "horizontal", "diversification")
LEAPS_STAGES = ("learn", "exchange", "adapt", "prototype", "scale")
ADAPTATION_KINDS = ("planned", "reactive")

# The dimensions a source city and a target city are compared on, as (key, label).
PROFILE_DIMENSIONS = tuple((f.name, f.label) for f in compared_fields())
PROFILE_LISTS = names_of(LIST)
PROFILE_NUMBERS = names_of(NUMBER)
PROFILE_TEXT = tuple(f.name for f in compared_fields() if f.kind not in (LIST, NUMBER))


def empty_plan(title: str = "", language: str = "en") -> dict[str, Any]:
    """A plan with every section present and empty, as `plan show --json` prints one."""
    return {
        "id": str(uuid.uuid4()),
        "title": title,
        "case_id": "",
        "profile_id": "",
        "language": language,
        "state": "draft",
        "sharing": "organisation",
        **empty_sections(),
    }


def _profile_value(profile: dict[str, Any], key: str) -> str:
    value = profile.get(key)
    if isinstance(value, list):
        return ", ".join(value)
    return "" if value is None else str(value)


def _case_value(case: Case, name: str) -> str:
    """A case field's value as the source city's side of a comparison row: written as people read
    it, in the plan's words, since the row is text a person edits."""
    value = case.value(name)
    if name == "language":
        return language_label(value, words_language()) if value else ""
    if isinstance(value, list):
        return ", ".join(value)
    return choice_label(value) if value else ""


def comparison_rows(case: Case | None, profile: dict[str, Any] | None) -> list[dict[str, str]]:
    """The source city and the target city side by side, filled in where known."""
    source: dict[str, str] = {}
    if case is not None:
        source = {f.name: _case_value(case, f.from_case) for f in compared_fields() if f.from_case}
    return [
        {
            "dimension": key,
            "source": source.get(key, ""),
            "target": _profile_value(profile, key) if profile else "",
        }
        for key, _label in PROFILE_DIMENSIONS
    ]


def fit_from_case(case: Case) -> list[dict[str, Any]]:
    """One fit-check entry per component, its preconditions still to be judged for the target city."""
    return [
        {
            "component_id": component.id,
            "component": component.name,
            "role": component.role,
            "mechanism": component.mechanism,
            "preconditions": [
                {"kind": p.kind, "text": p.text, "status": "unknown", "note": ""}
                for p in component.preconditions
            ],
            "decision": "keep",
            "adaptation": "",
            "rationale": "",
        }
        for component in case.components
    ]


def plan_from_case(case: Case, profile: dict[str, Any] | None, language: str = "en") -> dict[str, Any]:
    """A new plan that adapts a case, its fit check and city comparison filled in from both, in the
    plan's language (a Korean plan started from an English window is filled in Korean)."""
    where = profile["name"] if profile else ""
    with document_language(language):
        title = (
            tr("{case}: adaptation for {city}").format(case=case.title, city=where)
            if where
            else tr("Adapting {case}").format(case=case.title)
        )
        rows = comparison_rows(case, profile)
    plan = empty_plan(title, language)
    plan.update(
        case_id=case.id,
        profile_id=profile["id"] if profile else "",
        context={"rows": rows, "notes": ""},
        fit=fit_from_case(case),
    )
    return plan


def unjudged_core_needs(plan: dict[str, Any]) -> int:
    """How many preconditions of kept core components the fit check still calls unknown."""
    return sum(
        1
        for entry in plan.get("fit", [])
        if entry.get("role") == "core" and entry.get("decision") != "drop"
        for precondition in entry.get("preconditions", [])
        if (precondition.get("status") or "unknown") == "unknown"
    )


def flagged_risks(plan: dict[str, Any]) -> list[dict[str, Any]]:
    """A risk for each precondition of a core component that the target city does not meet."""
    risks = []
    for entry in plan.get("fit", []):
        if entry.get("role") != "core" or entry.get("decision") == "drop":
            continue
        for precondition in entry.get("preconditions", []):
            status = precondition.get("status")
            if status in ("not met", "partly"):
                risk = {
                    "component": entry.get("component", ""),
                    "need": precondition.get("text", ""),
                    "kind": precondition.get("kind", ""),
                    "status": status,
                    "likelihood": "high" if status == "not met" else "medium",
                    "impact": "high",
                    "mitigation": entry.get("adaptation", ""),
                    "flagged": True,
                }
                risks.append({**risk, "risk": flagged_risk_text(risk)})
    return risks


def flagged_risk_text(risk: dict[str, Any]) -> str:
    """A flagged risk in the words `tr` speaks now: the component, its need, and how far it is met."""
    if risk["status"] == "not met":
        template = tr("{component}: {need} ({kind}, not met)")
    else:
        template = tr("{component}: {need} ({kind}, partly met)")
    return template.format(component=risk["component"], need=risk["need"], kind=value_label(risk["kind"]))


def all_risks(plan: dict[str, Any]) -> list[dict[str, Any]]:
    """The risks the team wrote, then those the fit check flags."""
    return [*plan.get("risks", []), *flagged_risks(plan)]


def parse_number(text: Any) -> float | None:
    """A reading, baseline or target as a number; None when empty or not a number."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        return float(text)
    try:
        return float(str(text).replace(",", "").strip())
    except ValueError:
        return None
