"""The planning service: profiles, plans, progress and shortlists, as the window and CLI use them."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.plans.drafts import discard_drafts_of_missing_plans, discard_plan_draft
from desktop.plans.model import LEAPS_STAGES, all_risks, empty_plan, parse_number, plan_from_case
from desktop.plans.validation import check_plan, check_profile, check_progress, check_shortlist
from desktop.store import cases as case_store
from desktop.store import planning
from desktop.store.errors import CatalogueError, RecordNotFoundError

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.store.records import Case


class ProfileInUseError(CatalogueError):
    """A city profile that plans still adapt to; it stays until they are deleted or point elsewhere."""

    code = "profile-in-use"

    def __init__(self, profile_name: str, plans: list[tuple[str, str]]) -> None:
        self.profile_name = profile_name
        self.plans = plans  # (id, title) of each plan that names the profile
        listed = ", ".join(f"“{title}” ({plan_id})" for plan_id, title in plans)
        in_use = (
            QT_TRANSLATE_NOOP(
                "Validation",
                "The city profile {name} is the target city of 1 plan: {plans}. Delete that plan or point "
                "it at another profile first; nothing was deleted.",
            )
            if len(plans) == 1
            else QT_TRANSLATE_NOOP(
                "Validation",
                "The city profile {name} is the target city of {count} plans: {plans}. Delete those plans "
                "or point them at another profile first; nothing was deleted.",
            )
        )
        super().__init__(
            message(in_use, name=profile_name, count=len(plans), plans=listed),
            hint="`leaps plan delete` deletes a plan; `leaps plan edit` points it at another profile.",
        )


class PlanDeletedError(CatalogueError):
    """A plan deleted (by a sync, a resolved conflict or another program) while its window held it."""

    code = "plan-deleted"

    def __init__(self, plan_id: str) -> None:
        self.plan_id = plan_id
        deleted = QT_TRANSLATE_NOOP(
            "Validation", "The plan {id} has been deleted; saving it again would bring it back."
        )
        super().__init__(message(deleted, id=plan_id))


@dataclass
class IndicatorSeries:
    """One indicator of a plan: its baseline, target and the readings recorded over time."""

    id: str
    name: str
    unit: str
    baseline: float | None
    target: float | None
    readings: list[tuple[str, float]]


class Planning:
    """Adaptation plans and what they are made of, stored in one open catalogue."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.db = catalogue.db
        self.writer = catalogue.writer

    def _case_exists(self, case_id: str) -> bool:
        return planning.exists(self.db, "cases", case_id)

    def _profile_exists(self, profile_id: str) -> bool:
        return planning.exists(self.db, "city_profiles", profile_id)

    # City profiles

    def profiles(self) -> list[dict[str, Any]]:
        """Every city profile, by name."""
        return list(planning.iter_records(self.db, "city_profiles", order_by="name COLLATE NOCASE"))

    def profile(self, profile_id: str) -> dict[str, Any]:
        """One city profile."""
        return planning.get_record(self.db, "city_profiles", profile_id)

    def save_profile(self, data: Any) -> dict[str, Any]:
        """Create or update a city profile from checked data; returns it as stored."""
        profile = check_profile(data)
        planning.save_record(self.writer, "city_profiles", profile)
        return self.profile(profile["id"])

    def plans_using_profile(self, profile_id: str) -> list[dict[str, Any]]:
        """The plans that adapt a practice to this city profile, by title."""
        return list(
            planning.iter_records(
                self.db, "plans", "profile_id = ?", [profile_id], order_by="title COLLATE NOCASE"
            )
        )

    def delete_profile(self, profile_id: str) -> None:
        """Delete a city profile; refused with ProfileInUseError, naming them, while plans adapt to it."""
        # Refused rather than clearing the plans' profile_id: saving a plan checks that its profile
        # exists, and clearing would silently edit other teams' plans on every device they sync to.
        profile = self.profile(profile_id)
        with self.db.atomic():
            users = self.plans_using_profile(profile_id)
            if users:
                raise ProfileInUseError(profile["name"], [(plan["id"], plan["title"]) for plan in users])
            planning.delete_records(self.writer, "city_profiles", [profile_id])

    # Plans

    def plans(self) -> list[dict[str, Any]]:
        """A line for each plan: title, state, the case it adapts, the city it adapts it to."""
        return [self._summary(plan) for plan in planning.iter_records(self.db, "plans")]

    def plans_adapting(self, case_id: str) -> list[dict[str, Any]]:
        """The line of each plan adapting one case (as `plans` gives it)."""
        return [
            self._summary(plan) for plan in planning.iter_records(self.db, "plans", "case_id = ?", [case_id])
        ]

    def _summary(self, plan: dict[str, Any]) -> dict[str, Any]:
        case = case_store.place_of_case(self.db, plan["case_id"] or "")
        profile = planning.profile_place(self.db, plan["profile_id"] or "")
        latest = planning.latest_progress(self.db, plan["id"])
        return {
            "id": plan["id"],
            "title": plan["title"],
            "state": plan["state"],
            "language": plan["language"],
            "case_id": plan["case_id"],
            "case_title": case[0] if case else "",
            "case_deleted": bool(plan["case_id"]) and case is None,
            "origin_city": case[1] if case else "",
            "origin_country": case[2] if case else "",
            "profile_id": plan["profile_id"],
            "profile_deleted": bool(plan["profile_id"]) and profile is None,
            "target_city": profile[0] if profile else "",
            "target_country": profile[1] if profile else "",
            "stage": latest[0] if latest else "",
            "stage_date": latest[1] if latest else "",
            "updated_at": plan["updated_at"],
        }

    def plan(self, plan_id: str) -> dict[str, Any]:
        """One plan, every section, in the form `plan show --json` prints and `plan edit` reads."""
        stored = planning.get_record(self.db, "plans", plan_id)
        plan = empty_plan()
        plan.update({k: v for k, v in stored.items() if v is not None})
        return plan

    def save_plan(self, data: Any) -> dict[str, Any]:
        """Create or update a plan from checked data; the case and profile it names may have gone since."""
        return self._check_and_save(data, data.get("id") if isinstance(data, dict) else None)

    def update_plan(self, data: dict[str, Any]) -> dict[str, Any]:
        """Save the window's change to a plan; PlanDeletedError if it was deleted meanwhile (a sync)."""
        with self.db.atomic():
            if not planning.exists(self.db, "plans", str(data["id"])):
                raise PlanDeletedError(str(data["id"]))
            return self.save_plan(data)

    def keep_deleted_plan(self, data: dict[str, Any]) -> dict[str, Any]:
        """A deleted plan, as its window still holds it, saved again as a new plan with a new id."""
        return self._check_and_save({**data, "id": str(uuid.uuid4())}, data["id"])

    def _check_and_save(self, data: Any, stored_id: Any) -> dict[str, Any]:
        # A case or profile deleted (on another device, say) while plan `stored_id` named it stays
        # named, or the plan could never be saved again; only a newly chosen one must exist.
        stored = planning.last_fields(self.db, "plans", str(stored_id)) if stored_id else {}
        plan = check_plan(
            data,
            lambda case_id: case_id == stored.get("case_id") or self._case_exists(case_id),
            lambda profile_id: profile_id == stored.get("profile_id") or self._profile_exists(profile_id),
        )
        planning.save_record(self.writer, "plans", plan)
        return self.plan(plan["id"])

    def create_plan(self, data: Any) -> dict[str, Any]:
        """Add a new plan; refused if a plan with its id exists already."""
        if isinstance(data, dict) and data.get("id") and planning.exists(self.db, "plans", str(data["id"])):
            exists = QT_TRANSLATE_NOOP("Validation", "A plan with id {id} exists already.")
            raise CatalogueError(message(exists, id=data["id"]), hint="`leaps plan edit` replaces it.")
        return self.save_plan(data)

    def edit_plan(self, plan_id: str, data: Any) -> dict[str, Any]:
        """Replace a plan's content with `data`, keeping its id."""
        self.plan(plan_id)
        if not isinstance(data, dict):
            raise CatalogueError(
                message(QT_TRANSLATE_NOOP("Validation", "A plan file must hold a JSON object."))
            )
        return self.save_plan({**data, "id": plan_id})

    def start_plan(self, case_id: str, profile_id: str = "", language: str = "en") -> dict[str, Any]:
        """A new plan adapting a case, its fit check and comparison filled in from case and profile."""
        case = self.catalogue.get(case_id)
        profile = self.profile(profile_id) if profile_id else None
        return self.save_plan(plan_from_case(case, profile, language))

    def duplicate_plan(self, plan_id: str, title: str) -> dict[str, Any]:
        """A copy of a plan under a new id and title, back in draft."""
        plan = self.plan(plan_id)
        plan.update(id=str(uuid.uuid4()), title=title, state="draft")
        return self.save_plan(plan)

    def delete_plan(self, plan_id: str) -> None:
        """Delete a plan, its progress entries and its unsaved draft, which is never offered back."""
        self.plan(plan_id)
        entries = [e["id"] for e in self.progress(plan_id)]
        planning.delete_records(self.writer, "progress_entries", entries)
        planning.delete_records(self.writer, "plans", [plan_id])
        discard_plan_draft(self.catalogue.data_dir, plan_id)

    def missing_plans(self, plan_ids: list[str]) -> list[str]:
        """Those of the ids that no plan has (any more): deleted by a sync or a resolved conflict."""
        return [plan_id for plan_id in plan_ids if not planning.exists(self.db, "plans", plan_id)]

    def discard_stale_drafts(self) -> list[str]:
        """Discard the drafts of plans the catalogue no longer holds; returns their ids."""
        live = planning.record_ids(self.db, "plans")
        return discard_drafts_of_missing_plans(self.catalogue.data_dir, live)

    def plan_version(self, plan_id: str) -> str:
        """A short mark of the plan's last saved change, the same on every device: a new save, a new mark."""
        stamp = planning.updated_stamp(self.db, "plans", plan_id)
        return hashlib.sha256(stamp.encode("utf-8")).hexdigest()[:8] if stamp else ""

    def source_case(self, plan: dict[str, Any]) -> Case | None:
        """The case a plan adapts, if it has one and the catalogue still holds it."""
        if not plan.get("case_id"):
            return None
        try:
            return self.catalogue.get(plan["case_id"])
        except RecordNotFoundError:
            return None

    def risks(self, plan: dict[str, Any]) -> list[dict[str, Any]]:
        """The plan's risks, with those its fit check flags."""
        return all_risks(plan)

    # Monitoring

    def progress(self, plan_id: str) -> list[dict[str, Any]]:
        """A plan's progress entries, oldest first: its timeline."""
        return list(
            planning.iter_records(
                self.db, "progress_entries", "plan_id = ?", [plan_id], order_by="date, created_at"
            )
        )

    def add_progress(self, plan_id: str, data: Any) -> dict[str, Any]:
        """Record how the transfer is going; readings must name the plan's indicators."""
        try:
            plan = self.plan(plan_id)
        except RecordNotFoundError:
            plan = None
        entry = check_progress(data, plan, plan_id)
        planning.save_record(self.writer, "progress_entries", entry)
        return planning.get_record(self.db, "progress_entries", entry["id"])

    def indicator_series(self, plan_id: str) -> list[IndicatorSeries]:
        """For each indicator of a plan, its baseline, target and readings by date."""
        plan = self.plan(plan_id)
        readings: dict[str, list[tuple[str, float]]] = {}
        for entry in self.progress(plan_id):
            for reading in entry["readings"] or []:
                value = parse_number(reading["value"])
                if value is not None:
                    readings.setdefault(reading["indicator_id"], []).append((entry["date"], value))
        return [
            IndicatorSeries(
                id=i["id"],
                name=i["name"],
                unit=i["unit"],
                baseline=parse_number(i["baseline"]),
                target=parse_number(i["target"]),
                readings=readings.get(i["id"], []),
            )
            for i in plan["indicators"]
        ]

    def programme(self, stage: str = "", country: str = "", state: str = "") -> list[dict[str, Any]]:
        """Which practices are being adapted where and at which stage: origin city to adopting city."""
        rows = self.plans()
        if stage:
            rows = [r for r in rows if r["stage"] == stage]
        if country:
            rows = [r for r in rows if country.upper() in (r["origin_country"], r["target_country"])]
        if state:
            rows = [r for r in rows if r["state"] == state]
        order = {s: n for n, s in enumerate(LEAPS_STAGES)}
        return sorted(rows, key=lambda r: (r["case_title"], -order.get(r["stage"], -1), r["target_city"]))

    # Shortlists

    def shortlists(self) -> list[dict[str, Any]]:
        """Every shortlist, by name."""
        return list(planning.iter_records(self.db, "shortlists", order_by="name COLLATE NOCASE"))

    def shortlist(self, shortlist_id: str) -> dict[str, Any]:
        """One shortlist with its ordered, annotated cases."""
        return planning.get_record(self.db, "shortlists", shortlist_id)

    def shortlisted_cases(self, shortlist: dict[str, Any]) -> dict[str, tuple[str, str]]:
        """The title and city of each case on a shortlist that the catalogue still holds, by case id."""
        ids = [item["case_id"] for item in shortlist["items"] or []]
        return case_store.titles_and_cities(self.db, ids)

    def save_shortlist(self, data: Any) -> dict[str, Any]:
        """Create or update a shortlist (name, notes, items in order)."""
        shortlist = check_shortlist(data, self._case_exists)
        planning.save_record(self.writer, "shortlists", shortlist)
        return self.shortlist(shortlist["id"])

    def add_to_shortlist(self, shortlist_id: str, case_id: str, note: str = "") -> dict[str, Any]:
        """Append a case to a shortlist; a case already on it stays where it is."""
        shortlist = self.shortlist(shortlist_id)
        items = shortlist["items"] or []
        if all(item["case_id"] != case_id for item in items):
            items.append({"case_id": case_id, "note": note})
        return self.save_shortlist({**shortlist, "items": items})

    def delete_shortlist(self, shortlist_id: str) -> None:
        """Delete a shortlist; the cases on it stay."""
        self.shortlist(shortlist_id)
        planning.delete_records(self.writer, "shortlists", [shortlist_id])
