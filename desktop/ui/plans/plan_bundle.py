"""A plan with what its window shows beside it, read on the worker; its save keeps a draft when
the plan does not validate."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.catalogue.validation import ValidationError
from desktop.plans.drafts import discard_plan_draft, load_plan_draft, save_plan_draft
from desktop.plans.lineage import ComponentOutcome, fit_outcomes
from desktop.plans.model import comparison_rows, fit_from_case
from desktop.plans.service import IndicatorSeries, Planning
from desktop.text.language import tr

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.store.records import Case


@dataclass
class PlanBundle:
    """Everything the plan window shows, fetched together on the worker."""

    plan: dict[str, Any]
    case_title: str = ""
    case_deleted: bool = False
    origin: str = ""
    target: str = ""
    draft: tuple[str, dict[str, Any]] | None = None
    progress: list[dict[str, Any]] = field(default_factory=list)
    series: list[IndicatorSeries] = field(default_factory=list)
    # What earlier adaptations of the same case found, per component (desktop/plans/lineage.py).
    earlier: dict[str, ComponentOutcome] = field(default_factory=dict)


def load_bundle(catalogue: Catalogue, plan_id: str) -> PlanBundle:
    """Read a plan with its source case, city, unsaved draft and progress (runs on the worker)."""
    planning = Planning(catalogue)
    plan = planning.plan(plan_id)
    summary = next((s for s in planning.plans() if s["id"] == plan_id), {})
    origin = ", ".join(x for x in (summary.get("origin_city"), summary.get("origin_country")) if x)
    target = ", ".join(x for x in (summary.get("target_city"), summary.get("target_country")) if x)
    if summary.get("profile_deleted"):
        target = tr("City profile deleted")
    return PlanBundle(
        plan=plan,
        case_title=summary.get("case_title", ""),
        case_deleted=summary.get("case_deleted", False),
        origin=origin,
        target=target,
        draft=load_plan_draft(catalogue.data_dir, plan_id),
        progress=planning.progress(plan_id),
        series=planning.indicator_series(plan_id),
        earlier=fit_outcomes(planning, plan["case_id"], leave_out=plan_id) if plan.get("case_id") else {},
    )


def save_or_keep_draft(catalogue: Catalogue, values: dict[str, Any]) -> dict[str, Any] | ValidationError:
    """Save a plan; if it does not validate, keep the form's values in a draft file instead.

    A plan deleted meanwhile raises PlanDeletedError: saving it would bring the deletion back.
    """
    try:
        saved = Planning(catalogue).update_plan(values)
    except ValidationError as error:
        save_plan_draft(catalogue.data_dir, values["id"], values)
        return error
    discard_plan_draft(catalogue.data_dir, values["id"])
    return saved


def adopting(plan: dict[str, Any], case: Case) -> dict[str, Any]:
    """The plan adapting `case`: an empty fit check and empty comparison cells take what the case says."""
    plan["case_id"] = case.id
    if not plan.get("fit"):
        plan["fit"] = fit_from_case(case)
    known = {row["dimension"]: row["source"] for row in comparison_rows(case, None)}
    for row in plan.get("context", {}).get("rows", []):
        row["source"] = row.get("source") or known.get(row["dimension"], "")
    return plan
