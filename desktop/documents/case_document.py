"""A catalogue case as a document: facts on the title page, its story, its components and its sources."""

from __future__ import annotations

from desktop.catalogue.fields import LINES, TEXT, case_field, fields_where
from desktop.catalogue.labels import choice_label
from desktop.catalogue.translated_page import note_texts
from desktop.catalogue.translations import ReadCase
from desktop.documents.labels import date_label, tr
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


def _with_notes(blocks: list[Block], notes: list[Block]) -> list[Block]:
    """A section's blocks with its notes after its heading."""
    return [*blocks[:1], *notes, *blocks[1:]] if blocks else []


def noted(notes: dict[str, list[str]], where: str) -> list[Block]:
    """The notes on a field (shown in the original, a machine draft, out of date) as paragraphs."""
    return [Paragraph(f"({text})") for text in notes.get(where, [])]


def case_document(
    case: Case, issuer: Issuer | None = None, reading: ReadCase | None = None, translation: str = ""
) -> Document:
    """The case as a document in its own language, or as `reading` shows it in a reader's: each
    field in the original or drafted by a machine is labelled, and `translation` (whose translation
    it is) is on the title page."""
    notes: dict[str, list[str]] = {}
    language = case.language or "en"
    if reading is not None and reading.is_translated:
        case, notes, language = reading.case, note_texts(reading), reading.language
    blocks: list[Block] = [*noted(notes, "title")]
    for field in fields_where(section=True, kind=TEXT):
        text = field.value(case)
        if text.strip():
            blocks += [Heading(1, marked(field.label)), *noted(notes, field.name), *text_blocks(text)]
    blocks += noted(notes, "body") if case.body.strip() else []
    blocks += text_blocks(case.body)
    for field in fields_where(section=True, kind=LINES):
        if items := field.value(case):
            blocks += [Heading(1, marked(field.label)), BulletList(list(items))]
    blocks += _with_notes(_components(case), noted(notes, "components"))
    if case.disputed:
        blocks += [Heading(1, tr("Sources disagree")), BulletList(list(case.disputed))]
    blocks += _with_notes(_sources(case), noted(notes, "sources"))
    translated = reading is not None and reading.is_translated
    shown_as = [(tr("Translation"), translation)] if translation and translated else []
    return Document(
        title=case.title,
        subtitle=case.local_title,
        language=language,
        meta=[*_facts(case), *shown_as, issue_date()],
        blocks=blocks,
        issuer=issuer or Issuer(),
    )
