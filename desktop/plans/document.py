"""An adaptation plan, a monitoring report and a shortlist as format-neutral documents."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.catalogue.labels import choice_label
from desktop.catalogue.translated_page import note_texts, reading_for_document
from desktop.catalogue.translations import ReadCase, Translations
from desktop.documents.case_document import noted
from desktop.documents.labels import date_label
from desktop.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    Issuer,
    Paragraph,
    Table,
    text_blocks,
)
from desktop.documents.parts import case_title, issue_date
from desktop.documents.parts import place as _place
from desktop.plans.labels import dimension_labels, value_label
from desktop.plans.model import flagged_risk_text
from desktop.plans.sections import CHOICE, DATE, TICK, PlanColumn, plan_section
from desktop.store.errors import RecordNotFoundError
from desktop.text.countries import language_label, words_language
from desktop.text.language import base_language, document_language, marked, tr

if TYPE_CHECKING:
    from desktop.plans.service import Planning
    from desktop.store.records import Case


def _pairs(rows: list[tuple[str, str]]) -> Table:
    """A two-column table of labelled values, for short sections."""
    return Table([tr("Item"), tr("Details")], [[label, value] for label, value in rows], widths=[1, 3])


def _heading(name: str) -> Heading:
    """The heading of a plan's section, as the section registry names and ranks it."""
    section = plan_section(name)
    return Heading(section.level, marked(section.heading))


def _labelled_texts(plan: dict[str, Any], name: str) -> list[Block]:
    """A section of labelled texts: its heading, then each text beside its label."""
    values = plan[name]
    pairs = [
        (marked(text.label), date_label(values[text.key]) if text.kind == DATE else values[text.key])
        for text in plan_section(name).texts
    ]
    return [_heading(name), _pairs(pairs)]


def _cell(column: PlanColumn, value: Any) -> str:
    """A value of a row as a document reads it."""
    if column.kind == TICK:
        return tr("yes") if value else tr("no")
    if column.kind == DATE:
        return date_label(value)
    return value_label(value) if column.kind == CHOICE else value


def _rows(rows: list[dict[str, Any]], name: str) -> list[Block]:
    """A section of rows: its heading, then a table with a column for each of the registry's."""
    columns = plan_section(name).columns
    return [
        _heading(name),
        Table(
            [marked(column.label) for column in columns],
            [[_cell(column, row[column.key]) for column in columns] for row in rows],
            widths=[column.share for column in columns],
        ),
    ]


def _source_case(case: Case | None, reading: ReadCase | None = None) -> list[Any]:
    """The source case: its title, place, summary and sources, in the document's language where
    the case has a translation in it (`reading`), field by field; the rest in the original, noted."""
    if case is None:
        return [Heading(1, tr("Source case")), Paragraph(tr("This plan does not adapt a catalogued case."))]
    notes = note_texts(reading) if reading else {}
    case = reading.case if reading else case
    # Without a translation the catalogue holds a case in one language: text the document cannot
    # give in its own is introduced as the original it is, so a reader knows why it is in English.
    original = (
        language_label(case.language, words_language())
        if base_language(case.language) != words_language() and reading is None
        else ""
    )
    blocks: list[Any] = [
        Heading(1, tr("Source case")),
        Paragraph(f"{case_title(case)} — {_place(case.city, case.country)}"),
        *noted(notes, "title"),
    ]
    if original and case.summary.strip():
        blocks.append(Paragraph(tr("Summary ({language} original):").format(language=original)))
    if case.summary.strip():
        blocks += noted(notes, "summary")
    blocks += [
        *text_blocks(case.summary),
        Heading(2, tr("Sources")),
        *noted(notes, "sources"),
        Table(
            [tr("Source"), tr("Citation or address"), tr("Date"), tr("Reliability")],
            [
                [s.title, "\n".join(x for x in (s.citation, s.url) if x), date_label(s.date), s.reliability]
                for s in case.sources
            ],
            caption=tr("As published ({language} original)").format(language=original) if original else "",
            widths=[3, 4, 1.4, 3],
        ),
    ]
    return blocks


def _risk_text(risk: dict[str, Any]) -> str:
    if risk.get("flagged"):
        # Worded again here: the risk came in the window's words, the document may speak another language.
        return tr("{risk} (flagged by the fit check)").format(risk=flagged_risk_text(risk))
    return str(risk["risk"])


def _precondition(precondition: dict[str, Any]) -> str:
    """One precondition: what is needed, how far the target city meets it, and the note on it."""
    line = f"{precondition['text']} ({value_label(precondition['status'])})"
    note = precondition.get("note") or ""
    return line + ("\n" + tr("Note: {note}").format(note=note) if note else "")


def _decision(entry: dict[str, Any]) -> str:
    """The fit check's decision on a component, each part led by what it is."""
    parts = [tr("Decision: {decision}").format(decision=value_label(entry["decision"]))]
    if entry["adaptation"]:
        parts.append(tr("Adaptation: {adaptation}").format(adaptation=entry["adaptation"]))
    if entry["rationale"]:
        parts.append(tr("Rationale: {rationale}").format(rationale=entry["rationale"]))
    return "\n".join(parts)


def _fit_rows(plan: dict[str, Any]) -> list[list[str]]:
    rows = []
    for entry in plan["fit"]:
        needs = "\n".join(_precondition(p) for p in entry["preconditions"])
        rows.append(
            [entry["component"], value_label(entry["role"]), entry["mechanism"], needs, _decision(entry)]
        )
    return rows


def _progress(plan: dict[str, Any], progress: list[dict[str, Any]]) -> list[Any]:
    """The progress entries, then the indicator readings and the adaptations they recorded."""
    if not progress:
        return []
    indicators = {i.get("id"): i for i in plan["indicators"]}
    readings = [
        [
            date_label(entry["date"]),
            indicators.get(reading["indicator_id"], {}).get("name", reading["indicator_id"]),
            reading["value"],
            indicators.get(reading["indicator_id"], {}).get("unit", ""),
        ]
        for entry in progress
        for reading in entry.get("readings", [])
    ]
    changes = [
        [
            date_label(entry["date"]),
            change["what"],
            change.get("why", ""),
            change.get("who", ""),
            value_label(change.get("kind", "")),
            tr("yes") if change.get("core_kept", True) else tr("no"),
        ]
        for entry in progress
        for change in entry.get("adaptations", [])
    ]
    blocks: list[Any] = [
        Heading(1, tr("Progress")),
        Table(
            [tr("Date"), tr("Stage"), tr("What happened")],
            [[date_label(e["date"]), value_label(e["stage"]), e["narrative"]] for e in progress],
            widths=[1, 1, 5],
        ),
    ]
    if readings:
        blocks += [
            Heading(2, tr("Indicator readings")),
            Table([tr("Date"), tr("Indicator"), tr("Value"), tr("Unit")], readings, widths=[1, 3, 1, 1]),
        ]
    if changes:
        blocks += [
            Heading(2, tr("Adaptations made")),
            Table(
                [tr("Date"), tr("What changed"), tr("Why"), tr("Who"), tr("Kind"), tr("Core kept")],
                changes,
                widths=[1.2, 3, 3, 1.5, 1.2, 1],
            ),
        ]
    return blocks


def plan_document(
    plan: dict[str, Any],
    case: Case | None,
    profile: dict[str, Any] | None,
    risks: list[dict[str, Any]],
    progress: list[dict[str, Any]],
    issuer: Issuer | None = None,
    reading: ReadCase | None = None,
) -> Document:
    """The whole plan for approval: title page, source case and sources, every section as tables.

    A plan that names a profile given here as None names one that was deleted (by a sync, say).
    `reading` is the source case's translation into the plan's language, if it has one.
    """
    with document_language(plan["language"]):
        document = _plan_sections(plan, case, profile, risks, progress, reading)
    document.issuer = issuer or Issuer()
    return document


def _plan_sections(
    plan: dict[str, Any],
    case: Case | None,
    profile: dict[str, Any] | None,
    risks: list[dict[str, Any]],
    progress: list[dict[str, Any]],
    reading: ReadCase | None = None,
) -> Document:
    """The plan's title page and sections, in whatever language `tr` speaks now."""
    case = reading.case if reading else case  # its title in the plan's language wherever named
    labels = dimension_labels()
    origin = _place(case.city, case.country) if case else ""
    target = _place(profile["name"], profile["country"]) if profile else ""
    intent = plan["intent"]
    context_rows = plan["context"]["rows"]
    blocks: list[Any] = [
        *_source_case(case, reading),
        _heading("intent"),
        Paragraph(tr("Degree: {degree}").format(degree=value_label(intent["degree"]) or "—")),
        *text_blocks(intent["why"]),
        _heading("context"),
        Table(
            [tr("Dimension"), origin or tr("Source city"), target or tr("Target city")],
            [[labels.get(r["dimension"], r["dimension"]), r["source"], r["target"]] for r in context_rows],
            widths=[2, 3, 3],
        ),
        *text_blocks(plan["context"]["notes"]),
        _heading("fit"),
        Table(
            [tr("Component"), tr("Role"), tr("Mechanism"), tr("Preconditions"), tr("Decision")],
            _fit_rows(plan),
            widths=[2, 1.4, 3, 3, 2.6],
        ),
        *_labelled_texts(plan, "hypothesis"),
        *_rows(plan["stakeholders"], "stakeholders"),
        _heading("engagement"),
        *text_blocks(plan["engagement"]),
        *_labelled_texts(plan, "resources"),
        # The team's risks and those the fit check flags, each flagged one saying so.
        *_rows([{**r, "risk": _risk_text(r)} for r in risks], "risks"),
        *_labelled_texts(plan, "prototype"),
        *_rows(plan["indicators"], "indicators"),
        _heading("scaling"),
        BulletList([value_label(p) for p in plan["scaling"]["paths"]] or [tr("Not chosen yet")]),
        *text_blocks(plan["scaling"]["notes"]),
        *_rows(plan["milestones"], "milestones"),
    ]
    blocks += _progress(plan, progress)
    blocks += _labelled_texts(plan, "signoff")
    return Document(
        title=plan["title"],
        subtitle=tr("Adaptation plan"),
        language=plan["language"],
        meta=[
            (tr("Practice"), case_title(case) if case else "—"),
            (tr("From"), origin or "—"),
            (tr("To"), target or (tr("City profile deleted") if plan["profile_id"] else "—")),
            (tr("State"), value_label(plan["state"])),
            (tr("Version"), plan.get("version") or "—"),
            (tr("Last changed"), date_label((plan.get("updated_at") or "")[:10])),
            issue_date(),
        ],
        blocks=blocks,
    )


def monitoring_report(
    rows: list[dict[str, Any]], filters: str = "", issuer: Issuer | None = None
) -> Document:
    """The programme view as a document, in the language `tr` speaks: which practice is adapted where."""
    return Document(
        title=tr("Monitoring report"),
        subtitle=filters,
        language=words_language(),
        issuer=issuer or Issuer(),
        meta=[(tr("Plans"), str(len(rows))), issue_date()],
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
                        date_label(r["stage_date"]),
                        value_label(r["state"]),
                    ]
                    for r in rows
                ],
                widths=[4, 2, 2, 1, 1, 1],
            ),
            *_spread_blocks(rows),
        ],
    )


def _spread_blocks(rows: list[dict[str, Any]]) -> list[Block]:
    """Which practices spread where: a table, and a chart of the cities each reached."""
    from desktop.plans.lineage import practice_spread, spread_bar

    spreads = practice_spread(rows)
    if not spreads:
        return []
    widest = max(len(s.cities) for s in spreads)
    return [
        Heading(1, tr("How practices spread")),
        Table(
            [tr("Practice"), tr("From"), tr("Cities"), tr("Where"), tr("How far")],
            [
                [s.practice, s.origin or "—", str(len(s.cities)), ", ".join(s.cities), s.how_far()]
                for s in spreads
            ],
            widths=[3, 2, 1, 3, 2],
        ),
        Heading(2, tr("Cities adapting each practice")),
        Table(
            [tr("Practice"), tr("Cities")],
            [[s.practice, spread_bar(len(s.cities), widest)] for s in spreads],
            widths=[3, 4],
        ),
    ]


def stored_plan_document(planning: Planning, plan_id: str) -> Document:
    """A stored plan as a document, with its source case, city, risks and progress."""
    plan = planning.plan(plan_id)
    profile = next((p for p in planning.profiles() if p["id"] == plan["profile_id"]), None)
    from desktop.catalogue.issuer import load_issuer

    plan["version"] = planning.plan_version(plan_id)
    case = planning.source_case(plan)
    reading = None
    if case is not None:
        reading, _whose = reading_for_document(Translations(planning.catalogue), case, plan["language"])
    return plan_document(
        plan,
        case,
        profile,
        planning.risks(plan),
        planning.progress(plan_id),
        load_issuer(planning.catalogue),
        reading,
    )


def export_plan(planning: Planning, plan_id: str, fmt: str, out: Path) -> Path:
    """Write one plan as a document file in `fmt`; returns the path written."""
    from desktop.documents.export import export_document

    return export_document(stored_plan_document(planning, plan_id), fmt, out)


def shortlist_document(
    shortlist: dict[str, Any], cases: dict[str, Case], issuer: Issuer | None = None
) -> Document:
    """A shortlist as a document in the language `tr` speaks: each case in order, with its note."""
    blocks: list[Any] = [*text_blocks(shortlist.get("notes") or "")]
    blocks.append(
        Table(
            [tr("Case"), tr("City"), tr("Year"), tr("Stage"), tr("Note")],
            [
                [
                    case_title(case),
                    _place(case.city, case.country),
                    str(case.year_started or ""),
                    choice_label(case.stage),
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
        blocks += [Heading(1, case_title(case)), Paragraph(_place(case.city, case.country))]
        if item["note"]:
            blocks.append(Paragraph(tr("Note: {note}").format(note=item["note"])))
        blocks += text_blocks(case.summary)
    return Document(
        title=shortlist["name"],
        subtitle=tr("Shortlist of cases"),
        language=words_language(),
        issuer=issuer or Issuer(),
        meta=[(tr("Cases"), str(len(shortlist["items"]))), issue_date()],
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
    from desktop.catalogue.issuer import load_issuer

    return shortlist_document(shortlist, cases, load_issuer(planning.catalogue))


def export_shortlist(planning: Planning, shortlist_id: str, fmt: str, out: Path) -> Path:
    """Write one shortlist as a document file in `fmt`; returns the path written."""
    from desktop.documents.export import export_document

    return export_document(stored_shortlist_document(planning, shortlist_id), fmt, out)
