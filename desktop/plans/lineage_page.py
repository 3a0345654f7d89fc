"""A case's lineage as the case page shows it and as its document exports it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from desktop.documents.case_document import case_document
from desktop.documents.model import Block, BulletList, Document, Heading, Paragraph, Table
from desktop.plans.labels import value_label
from desktop.plans.lineage import Adaptation, ComponentOutcome, case_adaptations, fit_outcomes, summary_line
from desktop.plans.service import Planning
from desktop.text.language import tr

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _readings(adaptation: Adaptation) -> str:
    return "; ".join(
        tr("{name}: {latest} of {target} {unit}")
        .format(name=r.name, latest=_number(r.latest), target=_number(r.target), unit=r.unit)
        .strip()
        for r in adaptation.readings
    )


def _decisions(adaptation: Adaptation) -> str:
    return "; ".join(f"{component}: {value_label(decision)}" for component, decision in adaptation.decisions)


def _rows(adaptations: list[Adaptation]) -> list[list[str]]:
    return [
        [
            ", ".join(x for x in (a.city or a.title, a.country) if x),
            value_label(a.state),
            value_label(a.stage) if a.stage else "",
            _decisions(a),
            _readings(a),
        ]
        for a in adaptations
    ]


def _headers() -> list[str]:
    return [tr("City"), tr("State"), tr("Latest stage"), tr("Decision per component"), tr("Latest readings")]


def lineage_html(adaptations: list[Adaptation]) -> str:
    """The case page's Adaptations section: the summary line, then a row per adapting plan."""
    parts = [f"<h2>{html.escape(tr('Adaptations'))}</h2>", f"<p>{html.escape(summary_line(adaptations))}</p>"]
    if adaptations:
        head = "".join(f"<th>{html.escape(h)}</th>" for h in _headers())
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
            for row in _rows(adaptations)
        )
        table = "<table class='components' width='99%' border='1' cellpadding='3'>"
        parts.append(f"{table}<tr>{head}</tr>{body}</table>")
    return "".join(parts)


def lineage_blocks(adaptations: list[Adaptation], outcomes: dict[str, ComponentOutcome]) -> list[Block]:
    """The case document's section on where the case was adapted and what those cities found."""
    if not adaptations:
        return []
    blocks: list[Block] = [Heading(1, tr("Adaptations")), Paragraph(summary_line(adaptations))]
    blocks.append(Table(_headers(), _rows(adaptations), widths=[2, 1.4, 1.4, 3, 3]))
    findings = []
    for outcome in outcomes.values():
        lines = [f"{outcome.component}: {outcome.hint()}"]
        lines += [
            f"{kept.text}: {outcome.precondition_hint(kept.text)}" for kept in outcome.preconditions.values()
        ]
        findings.append("\n".join(lines))
    if findings:
        blocks += [Heading(2, tr("What earlier adaptations found")), BulletList(findings)]
    return blocks


def case_page_lineage(catalogue: Catalogue, case_id: str) -> str:
    """The Adaptations and Lineage sections of a case page (runs on the worker)."""
    from desktop.plans.variants import lineage_graph, lineage_graph_html

    adaptations = lineage_html(case_adaptations(Planning(catalogue), case_id))
    return adaptations + lineage_graph_html(lineage_graph(catalogue, case_id), case_id)


def with_lineage(document: Document, catalogue: Catalogue, case_id: str) -> Document:
    """A case's document with where it was adapted and what those adaptations found added."""
    planning = Planning(catalogue)
    document.blocks += lineage_blocks(case_adaptations(planning, case_id), fit_outcomes(planning, case_id))
    return document


def case_document_with_lineage(catalogue: Catalogue, case_id: str) -> Document:
    """The case's document (as stored), with where it was adapted and what was found."""
    from desktop.catalogue.issuer import load_issuer

    return with_lineage(case_document(catalogue.get(case_id), load_issuer(catalogue)), catalogue, case_id)
