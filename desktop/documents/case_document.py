"""A catalogue case as a document: facts on the title page, its story, its components and its sources."""

from __future__ import annotations

from desktop.catalogue.fields import LINES, TEXT, case_field, fields_where
from desktop.catalogue.labels import choice_label
from desktop.documents.labels import date_label, tr
from desktop.documents.model import Block, BulletList, Document, Heading, Issuer, Table, text_blocks
from desktop.documents.parts import issue_date
from desktop.store.records import Case, Component
from desktop.text.countries import country_label, words_language
from desktop.text.language import marked


def _facts(case: Case) -> list[tuple[str, str]]:
    """The title page's label/value pairs, leaving out what the case does not say."""
    values = {
        "city": case.city,
        "country": country_label(case.country, words_language()) if case.country else "",
        "region": case.region,
        "year_started": str(case.year_started or ""),
        "stage": choice_label(case.stage),
        "level_of_government": case.level_of_government,
        "themes": ", ".join(case.themes),
        "sdgs": ", ".join(str(goal) for goal in case.sdgs),
        "curation": choice_label(case.curation),
    }
    pairs = [(marked(case_field(name).label), value) for name, value in values.items()]
    return [(label, value) for label, value in pairs if value]


def _needs(component: Component) -> str:
    """A component's preconditions, one line each, led by their kind."""
    return "\n".join(f"{choice_label(need.kind)}: {need.text}" for need in component.preconditions)


def _components(case: Case) -> list[Block]:
    """The practice taken apart: one table row per component."""
    if not case.components:
        return []
    rows = [
        [part.name, part.description, part.mechanism, _needs(part), choice_label(part.role)]
        for part in case.components
    ]
    headers = [tr("Component"), tr("What it is"), tr("How it works"), tr("Needs"), tr("Core or adaptable")]
    return [Heading(1, tr("Components")), Table(headers, rows, widths=[2, 3, 3, 3, 1.8])]


def _sources(case: Case) -> list[Block]:
    """Where the facts come from, with how far to trust each source."""
    if not case.sources:
        return []
    rows = []
    for source in case.sources:
        citation = "\n".join(x for x in (source.citation, source.url) if x)
        rows.append([source.title, citation, date_label(source.date), source.reliability])
    headers = [tr("Source"), tr("Citation"), tr("Date"), tr("Reliability")]
    return [Heading(1, tr("Sources")), Table(headers, rows, widths=[3, 4, 1.2, 3])]


def case_document(case: Case, issuer: Issuer | None = None) -> Document:
    """The case as a document in its own language."""
    blocks: list[Block] = []
    for field in fields_where(section=True, kind=TEXT):
        text = field.value(case)
        if text.strip():
            blocks += [Heading(1, marked(field.label)), *text_blocks(text)]
    blocks += text_blocks(case.body)
    for field in fields_where(section=True, kind=LINES):
        if items := field.value(case):
            blocks += [Heading(1, marked(field.label)), BulletList(list(items))]
    blocks += _components(case)
    if case.disputed:
        blocks += [Heading(1, tr("Sources disagree")), BulletList(list(case.disputed))]
    blocks += _sources(case)
    return Document(
        title=case.title,
        subtitle=case.local_title,
        language=case.language or "en",
        meta=[*_facts(case), issue_date()],
        blocks=blocks,
        issuer=issuer or Issuer(),
    )
