"""Variants: a plan that reached scaling publishes its adapted practice as a new case, linked to
the case it adapted ("adapted from"), and the lineage graph that links them.

The link is the new case's provenance: its origin says it is an adaptation and its external id
is the original's id, so it travels with the case and search finds it (`adapted_from:ID`).
"""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.catalogue.links import CASE_SCHEME
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.plans.labels import value_label
from desktop.plans.lineage import Adaptation, case_adaptations
from desktop.plans.service import Planning
from desktop.store import cases as case_store
from desktop.store.errors import CatalogueError, RecordNotFoundError
from desktop.store.records import ADAPTED_ORIGIN, Case, Component, Precondition
from desktop.text.language import tr
from desktop.text.outside_text import visible_controls

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

# How deep the graph follows variants of variants: enough for a programme, never a loop.
MAX_DEPTH = 4


def adapted_from(case: Case) -> str:
    """The id of the case this one was adapted from, or "" if it is not a variant."""
    return case.external_id if case.origin == ADAPTED_ORIGIN else ""


def _results(planning: Planning, plan_id: str) -> str:
    lines = []
    for series in planning.indicator_series(plan_id):
        latest = (
            f"{series.readings[-1][1]:g} ({series.readings[-1][0]})"
            if series.readings
            else tr("no reading yet")
        )
        target = f"{series.target:g}" if series.target is not None else "–"
        lines.append(f"- {series.name}: {latest} {series.unit}; {tr('target')} {target}".rstrip())
    return "\n".join(lines)


def variant_from_plan(planning: Planning, plan_id: str) -> Case:
    """The case a scaling plan publishes, filled in from the plan; not saved yet."""
    plan = planning.plan(plan_id)
    if plan["state"] != "scaling":
        not_yet = QT_TRANSLATE_NOOP(
            "Validation",
            "Only a plan that has reached scaling can publish its practice as a case; this one is {state}.",
        )
        raise CatalogueError(message(not_yet, state=plan["state"]))
    original = planning.source_case(plan)
    if original is None:
        nothing = QT_TRANSLATE_NOOP(
            "Validation", "This plan adapts no case this catalogue holds, so it has nothing to link to."
        )
        raise CatalogueError(message(nothing))
    city, country = "", ""
    if plan.get("profile_id"):
        try:
            profile = planning.profile(plan["profile_id"])
            city, country = profile.get("name") or "", profile.get("country") or ""
        except RecordNotFoundError:
            pass
    components = [
        Component(
            id=str(uuid.uuid4()),
            name=entry.get("component") or "",
            description=" ".join(
                x
                for x in (value_label(entry.get("decision") or "") + ":", entry.get("adaptation") or "")
                if x
            ),
            mechanism=entry.get("mechanism") or "",
            preconditions=[
                Precondition(need.get("kind") or "data", need.get("text") or "")
                for need in entry.get("preconditions") or []
                if need.get("text")
            ],
            role=entry.get("role") if entry.get("role") in ("core", "adaptable") else "core",
        )
        for entry in plan.get("fit") or []
        if entry.get("component") and entry.get("decision") != "drop"
    ]
    hypothesis = plan.get("hypothesis") or {}
    return Case(
        id=str(uuid.uuid4()),
        title=f"{original.title} ({city})" if city else f"{original.title} ({plan['title']})",
        summary=tr("{city}'s adaptation of {title}, from {origin}.").format(
            city=city or plan["title"], title=original.title, origin=original.city or original.country
        ),
        approach=str(hypothesis.get("mechanism") or ""),
        results=_results(planning, plan_id),
        city=city,
        country=country,
        stage="scaled",
        themes=list(original.themes),
        sdgs=list(original.sdgs),
        level_of_government=original.level_of_government,
        language=plan.get("language") or original.language,
        components=components,
        origin=ADAPTED_ORIGIN,
        external_id=original.id,
        attribution=tr("Adapted from {title} ({origin})").format(
            title=original.title, origin=original.city or original.country
        ),
    )


def publish_variant(planning: Planning, plan_id: str) -> Case:
    """Save the case a scaling plan publishes, linked to the case it adapted; returns it."""
    case = variant_from_plan(planning, plan_id)
    planning.catalogue.save(case)
    return case


def variants_of(catalogue: Catalogue, case_id: str) -> list[tuple[str, str, str]]:
    """(id, title, city) of every case adapted from this one."""
    return case_store.cases_from_origin(catalogue.db, ADAPTED_ORIGIN, case_id)


@dataclass
class LineageNode:
    """A case in the lineage graph, with the plans adapting it and the variants made from it."""

    case_id: str
    title: str
    city: str
    adaptations: list[Adaptation] = field(default_factory=list)
    variants: list[LineageNode] = field(default_factory=list)


def lineage_graph(catalogue: Catalogue, case_id: str) -> LineageNode:
    """From the original of a case's family down: original → adaptations → variants → theirs."""
    root_id, seen = case_id, {case_id}
    case = catalogue.get(case_id)
    while adapted_from(case) and adapted_from(case) not in seen and len(seen) <= MAX_DEPTH:
        try:
            case = catalogue.get(adapted_from(case))
        except RecordNotFoundError:
            break
        root_id = case.id
        seen.add(root_id)
    planning = Planning(catalogue)

    def node(the_id: str, title: str, city: str, depth: int, path: frozenset[str]) -> LineageNode:
        made = LineageNode(the_id, title, city)
        made.adaptations = case_adaptations(planning, the_id)
        if depth < MAX_DEPTH:
            made.variants = [
                node(vid, vtitle, vcity, depth + 1, path | {vid})
                for vid, vtitle, vcity in variants_of(catalogue, the_id)
                if vid not in path
            ]
        return made

    return node(root_id, case.title, case.city, 0, frozenset({root_id}))


def lineage_graph_html(graph: LineageNode, shown_id: str) -> str:
    """The graph as nested lists: each case, the cities adapting it, then its variants."""

    def render(item: LineageNode) -> str:
        name = html.escape(visible_controls(item.title)) + (
            f" ({html.escape(item.city)})" if item.city else ""
        )
        label = (
            f"<b>{name}</b>"
            if item.case_id == shown_id
            else f"<a href='{CASE_SCHEME}:{html.escape(item.case_id)}'>{name}</a>"
        )
        rows = [
            f"<li>→ {html.escape(a.city or a.title)}: {html.escape(value_label(a.state))}</li>"
            for a in item.adaptations
        ]
        rows += [f"<li>⇒ {render(variant)}</li>" for variant in item.variants]
        return label + (f"<ul>{''.join(rows)}</ul>" if rows else "")

    if not graph.adaptations and not graph.variants:
        return ""
    return f"<h2>{html.escape(tr('Lineage'))}</h2><ul class='lineage'><li>{render(graph)}</li></ul>"
