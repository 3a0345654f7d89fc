"""A catalogue case as a document: facts on the title page, its story, its components and its sources."""

from __future__ import annotations

from desktop.catalogue.labels import choice_label
from desktop.documents.labels import date_label, tr
from desktop.documents.model import Block, BulletList, Document, Heading, Issuer, Table, text_blocks
from desktop.documents.parts import issue_date
from desktop.store.records import Case, Component
from desktop.text.countries import country_label, words_language


def _facts(case: Case) -> list[tuple[str, str]]:
    """The title page's label/value pairs, leaving out what the case does not say."""
    pairs = [
        (tr("City"), case.city),
        (tr("Country"), country_label(case.country, words_language()) if case.country else ""),
        (tr("Region"), case.region),
        (tr("Year started"), str(case.year_started or "")),
        (tr("Stage"), choice_label(case.stage)),
        (tr("Level of government"), case.level_of_government),
        (tr("Themes"), ", ".join(case.themes)),
        (tr("SDGs"), ", ".join(str(goal) for goal in case.sdgs)),
        (tr("Curation"), choice_label(case.curation)),
    ]
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
    sections = (
        (tr("Summary"), case.summary),
        (tr("Problem"), case.problem),
        (tr("Approach"), case.approach),
        (tr("Results"), case.results),
        (tr("Costs"), case.costs),
        (tr("Lessons"), case.lessons),
    )
    for title, text in sections:
        if text.strip():
            blocks += [Heading(1, title), *text_blocks(text)]
    blocks += text_blocks(case.body)
    if case.partners:
        blocks += [Heading(1, tr("Partners")), BulletList(list(case.partners))]
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
