"""What became of a case once cities adapted it: each plan adapting it (here or arrived in a
bundle), how far it got, what it decided per component, and what earlier adaptations found
for each component and precondition, to guide the next fit check.

Built only from the plans and progress entries the catalogue holds, so every device that has
seen the same bundles shows the same lineage and hints.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from desktop.plans.labels import value_label
from desktop.plans.service import Planning
from desktop.text.language import tr


def state_words() -> dict[str, str]:
    """Plan states as the summary line words them: how far each adaptation got."""
    return {
        "draft": tr("in draft"),
        "under review": tr("under review"),
        "approved": tr("approved"),
        "prototyping": tr("prototyping"),
        "scaling": tr("scaled"),
        "closed": tr("closed"),
    }


def _counted(states: Counter[str]) -> str:
    return ", ".join(f"{states[state]} {word}" for state, word in state_words().items() if states[state])


@dataclass
class Reading:
    """An indicator's latest reading against its target."""

    name: str
    unit: str
    latest: float | None
    latest_date: str
    target: float | None


@dataclass
class Adaptation:
    """One plan adapting the case."""

    plan_id: str
    title: str
    city: str
    country: str
    state: str
    stage: str
    sharing: str
    decisions: list[tuple[str, str]] = field(default_factory=list)  # (component, decision)
    readings: list[Reading] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "plan_id": self.plan_id,
            "title": self.title,
            "city": self.city,
            "country": self.country,
            "state": self.state,
            "stage": self.stage,
            "sharing": self.sharing,
            "decisions": [{"component": c, "decision": d} for c, d in self.decisions],
            "readings": [r.__dict__ for r in self.readings],
        }


def case_adaptations(planning: Planning, case_id: str) -> list[Adaptation]:
    """Every plan adapting the case, by city then title."""
    found = []
    for summary in planning.plans_adapting(case_id):
        plan = planning.plan(summary["id"])
        readings = [
            Reading(
                series.name,
                series.unit,
                series.readings[-1][1] if series.readings else None,
                series.readings[-1][0] if series.readings else "",
                series.target,
            )
            for series in planning.indicator_series(summary["id"])
        ]
        found.append(
            Adaptation(
                plan_id=summary["id"],
                title=summary["title"],
                city=summary["target_city"],
                country=summary["target_country"],
                state=summary["state"],
                stage=summary["stage"],
                sharing=plan.get("sharing") or "organisation",
                decisions=[(e.get("component", ""), e.get("decision", "")) for e in plan.get("fit") or []],
                readings=readings,
            )
        )
    return sorted(found, key=lambda a: (a.city.casefold(), a.title.casefold(), a.plan_id))


def summary_line(adaptations: list[Adaptation]) -> str:
    """ "Adapted in 4 cities: 2 prototyping, 1 scaled, 1 closed" (cities counted once each)."""
    if not adaptations:
        return tr("Not adapted anywhere yet.")
    cities = {(a.city or a.title).casefold() for a in adaptations}
    states = _counted(Counter(a.state for a in adaptations))
    if len(cities) == 1:
        return tr("Adapted in 1 city: {states}").format(states=states)
    return tr("Adapted in {count} cities: {states}").format(count=len(cities), states=states)


@dataclass
class PreconditionOutcome:
    """How a precondition fared in earlier adaptations."""

    text: str
    statuses: Counter[str] = field(default_factory=Counter)


@dataclass
class ComponentOutcome:
    """What earlier adaptations did with one component and found of its preconditions."""

    component: str
    plans: int = 0
    decisions: Counter[str] = field(default_factory=Counter)
    # What the plans that replaced or adapted it did instead, as they wrote it.
    instead: list[tuple[str, str]] = field(default_factory=list)
    preconditions: dict[str, PreconditionOutcome] = field(default_factory=dict)
    endings: Counter[str] = field(default_factory=Counter)

    def hint(self) -> str:
        """ "kept in 1 of 3 earlier adaptations, replaced in 2; those ended: 1 scaled, 2 closed"."""
        done = ", ".join(f"{value_label(d).lower()} {n}" for d, n in self.decisions.most_common())
        text = tr("{count} earlier adaptation(s): {decisions}").format(count=self.plans, decisions=done)
        endings = _counted(self.endings)
        return f"{text}; {tr('how they went')}: {endings}" if endings else text

    def precondition_hint(self, text: str) -> str:
        """ "not met in 2 of 3 earlier adaptations; they replaced it: ride-hailing data", or ""."""
        outcome = self.preconditions.get(text.strip().casefold())
        if outcome is None or not outcome.statuses:
            return ""
        total = sum(outcome.statuses.values())
        parts = [
            tr("{status} in {count} of {total}").format(status=value_label(s).lower(), count=n, total=total)
            for s, n in outcome.statuses.most_common()
        ]
        line = "; ".join(parts) + " " + tr("earlier adaptation(s)")
        if self.instead:
            line += "; " + tr("instead: {what}").format(
                what="; ".join(f"{value_label(d).lower()}: {what}" for d, what in self.instead)
            )
        return line


def fit_outcomes(planning: Planning, case_id: str, leave_out: str = "") -> dict[str, ComponentOutcome]:
    """For each component of the case (by name, folded), what the plans adapting it found;
    `leave_out` names a plan not to count (the one being filled in)."""
    outcomes: dict[str, ComponentOutcome] = {}
    for summary in planning.plans_adapting(case_id):
        if summary["id"] == leave_out:
            continue
        plan = planning.plan(summary["id"])
        for entry in plan.get("fit") or []:
            name = str(entry.get("component") or "").strip()
            if not name:
                continue
            outcome = outcomes.setdefault(name.casefold(), ComponentOutcome(name))
            outcome.plans += 1
            decision = str(entry.get("decision") or "")
            if decision:
                outcome.decisions[decision] += 1
            if decision in ("replace", "adapt") and entry.get("adaptation"):
                outcome.instead.append((decision, str(entry["adaptation"])))
            outcome.endings[summary["state"]] += 1
            for need in entry.get("preconditions") or []:
                text = str(need.get("text") or "").strip()
                status = str(need.get("status") or "")
                if text and status and status != "unknown":
                    kept = outcome.preconditions.setdefault(text.casefold(), PreconditionOutcome(text))
                    kept.statuses[status] += 1
    return outcomes


@dataclass
class Spread:
    """How far one practice has spread: the cities adapting it and how far each got."""

    case_id: str
    practice: str
    origin: str
    cities: list[str] = field(default_factory=list)
    states: Counter[str] = field(default_factory=Counter)

    def how_far(self) -> str:
        """ "1 prototyping, 1 scaled"."""
        return _counted(self.states)


def practice_spread(rows: list[dict[str, Any]]) -> list[Spread]:
    """From the programme's transfers (`Planning.programme`), each practice and where it went,
    the most widely adapted first."""
    spreads: dict[str, Spread] = {}
    for row in rows:
        key = row["case_id"] or row["id"]
        origin = ", ".join(x for x in (row["origin_city"], row["origin_country"]) if x)
        spread = spreads.setdefault(key, Spread(key, row["case_title"] or row["title"], origin))
        city = ", ".join(x for x in (row["target_city"], row["target_country"]) if x) or row["title"]
        if city not in spread.cities:
            spread.cities.append(city)
        spread.states[row["state"]] += 1
    return sorted(spreads.values(), key=lambda s: (-len(s.cities), s.practice.casefold(), s.case_id))


def spread_bar(cities: int, widest: int, width: int = 20) -> str:
    """A text bar for a chart in a document: one block per share of the widest spread."""
    return "█" * max(1, round(width * cities / max(widest, 1))) + f" {cities}"
