"""An adaptation plan, a monitoring report and a shortlist as format-neutral documents."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.countries import country_label, words_language
from desktop.documents.model import BulletList, Document, Heading, PageBreak, Paragraph, Table, text_blocks
from desktop.language import document_language, tr
from desktop.plans.labels import dimension_labels, value_label
from desktop.plans.model import flagged_risk_text
from desktop.store.errors import RecordNotFoundError

if TYPE_CHECKING:
    from desktop.plans.service import Planning
    from desktop.store.records import Case


def _pairs(rows: list[tuple[str, str]]) -> Table:
    """A two-column table of labelled values, for short sections."""
    return Table([tr("Item"), tr("Details")], [[label, value] for label, value in rows], widths=[1, 3])


def _place(city: str, country: str) -> str:
    """A city and its country (an ISO code), the country named in the document's language."""
    return ", ".join(x for x in (city, country_label(country, words_language()) if country else "") if x)


def _source_case(case: Case | None) -> list[Any]:
    if case is None:
        return [Heading(1, tr("Source case")), Paragraph(tr("This plan does not adapt a catalogued case."))]
    blocks: list[Any] = [
        Heading(1, tr("Source case")),
        Paragraph(f"{case.title} — {_place(case.city, case.country)}"),
        *text_blocks(case.summary),
        Heading(2, tr("Sources")),
        Table(
            [tr("Source"), tr("Citation or address"), tr("Date"), tr("Reliability")],
            [[s.title, s.citation or s.url, s.date, s.reliability] for s in case.sources],
            widths=[3, 4, 1.4, 3],
        ),
    ]
    return blocks


def _risk_text(risk: dict[str, Any]) -> str:
    if risk.get("flagged"):
        # Worded again here: the risk came in the window's words, the document may speak another language.
        return tr("{risk} (flagged by the fit check)").format(risk=flagged_risk_text(risk))
    return str(risk["risk"])


def _fit_rows(plan: dict[str, Any]) -> list[list[str]]:
    rows = []
    for entry in plan["fit"]:
        needs = "\n".join(f"{p['text']} ({value_label(p['status'])})" for p in entry["preconditions"])
        choice = value_label(entry["decision"])
        if entry["adaptation"] or entry["rationale"]:
            choice += "\n" + "\n".join(t for t in (entry["adaptation"], entry["rationale"]) if t)
        rows.append([entry["component"], value_label(entry["role"]), entry["mechanism"], needs, choice])
    return rows


def plan_document(
    plan: dict[str, Any],
    case: Case | None,
    profile: dict[str, Any] | None,
    risks: list[dict[str, Any]],
    progress: list[dict[str, Any]],
) -> Document:
    """The whole plan for approval: title page, source case and sources, every section as tables.

    A plan that names a profile given here as None names one that was deleted (by a sync, say).
    """
    with document_language(plan["language"]):
        return _plan_sections(plan, case, profile, risks, progress)


def _plan_sections(
    plan: dict[str, Any],
    case: Case | None,
    profile: dict[str, Any] | None,
    risks: list[dict[str, Any]],
    progress: list[dict[str, Any]],
) -> Document:
    """The plan's title page and sections, in whatever language `tr` speaks now."""
    labels = dimension_labels()
    origin = _place(case.city, case.country) if case else ""
    target = _place(profile["name"], profile["country"]) if profile else ""
    intent = plan["intent"]
    context_rows = plan["context"]["rows"]
    blocks: list[Any] = [
        *_source_case(case),
        Heading(1, tr("Transfer intent")),
        Paragraph(tr("Degree: {degree}").format(degree=value_label(intent["degree"]) or "—")),
        *text_blocks(intent["why"]),
        Heading(1, tr("Context comparison")),
        Table(
            [tr("Dimension"), origin or tr("Source city"), target or tr("Target city")],
            [[labels.get(r["dimension"], r["dimension"]), r["source"], r["target"]] for r in context_rows],
            widths=[2, 3, 3],
        ),
        *text_blocks(plan["context"]["notes"]),
        Heading(1, tr("Fit check")),
        Table(
            [tr("Component"), tr("Role"), tr("Mechanism"), tr("Preconditions"), tr("Decision")],
            _fit_rows(plan),
            widths=[2, 1.4, 3, 3, 2.6],
        ),
        Heading(1, tr("Context, mechanism, outcome")),
        _pairs(
            [
                (tr("Context"), plan["hypothesis"]["context"]),
                (tr("Mechanism"), plan["hypothesis"]["mechanism"]),
                (tr("Outcome"), plan["hypothesis"]["outcome"]),
            ]
        ),
        Heading(1, tr("Stakeholders")),
        Table(
            [tr("Stakeholder"), tr("Role"), tr("Interest"), tr("Influence")],
            [
                [s["name"], s["role"], value_label(s["interest"]), value_label(s["influence"])]
                for s in plan["stakeholders"]
            ],
            widths=[2, 3, 1, 1],
        ),
        Heading(2, tr("Citizen engagement")),
        *text_blocks(plan["engagement"]),
        Heading(1, tr("Resources")),
        _pairs(
            [
                (tr("Budget"), plan["resources"]["budget"]),
                (tr("Staff"), plan["resources"]["staff"]),
                (tr("Data"), plan["resources"]["data"]),
                (tr("Technology"), plan["resources"]["technology"]),
            ]
        ),
        Heading(1, tr("Risks")),
        Table(
            [tr("Risk"), tr("Likelihood"), tr("Impact"), tr("Mitigation")],
            [
                [_risk_text(r), value_label(r["likelihood"]), value_label(r["impact"]), r["mitigation"]]
                for r in risks
            ],
            widths=[4, 1, 1, 3],
        ),
        Heading(1, tr("Prototype design")),
        _pairs(
            [
                (tr("Scope"), plan["prototype"]["scope"]),
                (tr("Place"), plan["prototype"]["place"]),
                (tr("Duration"), plan["prototype"]["duration"]),
                (tr("Routine conditions"), plan["prototype"]["routine_conditions"]),
                (tr("Success criteria"), plan["prototype"]["success_criteria"]),
            ]
        ),
        Heading(1, tr("Indicators")),
        Table(
            [tr("Indicator"), tr("Unit"), tr("Baseline"), tr("Target"), tr("Source")],
            [[i["name"], i["unit"], i["baseline"], i["target"], i["source"]] for i in plan["indicators"]],
            widths=[3, 1, 1, 1, 2],
        ),
        Heading(1, tr("Scaling path")),
        BulletList([value_label(p) for p in plan["scaling"]["paths"]] or [tr("Not chosen yet")]),
        *text_blocks(plan["scaling"]["notes"]),
        Heading(2, tr("Milestones")),
        Table(
            [tr("Date"), tr("Milestone"), tr("Done")],
            [[m["date"], m["title"], tr("yes") if m["done"] else tr("no")] for m in plan["milestones"]],
            widths=[1, 4, 1],
        ),
    ]
    if progress:
        blocks += [
            Heading(1, tr("Progress")),
            Table(
                [tr("Date"), tr("Stage"), tr("What happened")],
                [[e["date"], value_label(e["stage"]), e["narrative"]] for e in progress],
                widths=[1, 1, 5],
            ),
        ]
    signoff = plan["signoff"]
    blocks += [
        Heading(1, tr("Sign-off")),
        _pairs(
            [
                (tr("Name"), signoff["name"]),
                (tr("Role"), signoff["role"]),
                (tr("Date"), signoff["date"]),
                (tr("Decision"), signoff["decision"]),
            ]
        ),
    ]
    return Document(
        title=plan["title"],
        subtitle=tr("Adaptation plan"),
        language=plan["language"],
        meta=[
            (tr("Practice"), case.title if case else "—"),
            (tr("From"), origin or "—"),
            (tr("To"), target or (tr("City profile deleted") if plan["profile_id"] else "—")),
            (tr("State"), value_label(plan["state"])),
            (tr("Last changed"), (plan.get("updated_at") or "")[:10]),
        ],
        blocks=[PageBreak(), *blocks],
    )


def monitoring_report(rows: list[dict[str, Any]], filters: str = "") -> Document:
    """The programme view as a document: which practice is adapted where, at which stage."""
    return Document(
        title=tr("Monitoring report"),
        subtitle=filters,
        meta=[(tr("Plans"), str(len(rows)))],
        blocks=[
            Heading(1, tr("Transfers")),
            Table(
                [tr("Practice"), tr("From"), tr("To"), tr("Stage"), tr("Since"), tr("State")],
                [
                    [
                        r["case_title"] or r["title"],
                        _place(r["origin_city"], r["origin_country"]),
                        _place(r["target_city"], r["target_country"]),
                        value_label(r["stage"]) if r["stage"] else "—",
                        r["stage_date"],
                        value_label(r["state"]),
                    ]
                    for r in rows
                ],
                widths=[4, 2, 2, 1, 1, 1],
            ),
        ],
    )


def stored_plan_document(planning: Planning, plan_id: str) -> Document:
    """A stored plan as a document, with its source case, city, risks and progress."""
    plan = planning.plan(plan_id)
    profile = next((p for p in planning.profiles() if p["id"] == plan["profile_id"]), None)
    return plan_document(
        plan, planning.source_case(plan), profile, planning.risks(plan), planning.progress(plan_id)
    )


def export_plan(planning: Planning, plan_id: str, fmt: str, out: Path) -> Path:
    """Write one plan as a document file in `fmt`; returns the path written."""
    from desktop.documents.export import export_document

    return export_document(stored_plan_document(planning, plan_id), fmt, out)


def shortlist_document(shortlist: dict[str, Any], cases: dict[str, Case]) -> Document:
    """A shortlist as a document: each case in the list's order, with the note written on it."""
    blocks: list[Any] = [*text_blocks(shortlist.get("notes") or "")]
    blocks.append(
        Table(
            [tr("Case"), tr("City"), tr("Year"), tr("Stage"), tr("Note")],
            [
                [
                    case.title,
                    _place(case.city, case.country),
                    str(case.year_started or ""),
                    case.stage,
                    item["note"],
                ]
                for item in shortlist["items"]
                if (case := cases.get(item["case_id"])) is not None
            ],
            widths=[4, 2, 1, 1, 4],
        )
    )
    for item in shortlist["items"]:
        case = cases.get(item["case_id"])
        if case is None:
            continue
        blocks += [Heading(1, case.title), Paragraph(_place(case.city, case.country))]
        if item["note"]:
            blocks.append(Paragraph(tr("Note: {note}").format(note=item["note"])))
        blocks += text_blocks(case.summary)
    return Document(
        title=shortlist["name"],
        subtitle=tr("Shortlist of cases"),
        meta=[(tr("Cases"), str(len(shortlist["items"])))],
        blocks=blocks,
    )


def stored_shortlist_document(planning: Planning, shortlist_id: str) -> Document:
    """A stored shortlist as a document, with the cases still in the catalogue."""
    shortlist = planning.shortlist(shortlist_id)
    cases = {}
    for item in shortlist["items"]:
        try:
            cases[item["case_id"]] = planning.catalogue.get(item["case_id"])
        except RecordNotFoundError:
            continue
    return shortlist_document(shortlist, cases)


def export_shortlist(planning: Planning, shortlist_id: str, fmt: str, out: Path) -> Path:
    """Write one shortlist as a document file in `fmt`; returns the path written."""
    from desktop.documents.export import export_document

    return export_document(stored_shortlist_document(planning, shortlist_id), fmt, out)
