"""What the case page, documents and the command line say of a translation, in the reader's words."""

from __future__ import annotations

from desktop.catalogue.translation_status import MISSING, OUT_OF_DATE, TranslationStatus
from desktop.text.countries import language_label
from desktop.text.language import tr


def _counted(count: int, one: str, many: str) -> str:
    # Spelled out per number: the command line runs with no plural rules loaded.
    return one if count == 1 else many.format(n=count)


def summary_line(status: TranslationStatus, reader: str = "en") -> str:
    """ "Translated from English on 2026-12-07 by Seoul office; 2 fields out of date"."""
    source = language_label(status.original_language or "en", reader)
    date, author = status.updated_at[:10], ", ".join(status.authors)
    if author:
        line = tr("Translated from {language} on {date} by {author}")
    else:
        line = tr("Translated from {language} on {date}")
    line = line.format(language=source, date=date, author=author)
    notes = []
    stale = status.count(OUT_OF_DATE)
    if stale:
        notes.append(_counted(stale, tr("1 field out of date"), tr("{n} fields out of date")))
    drafts = status.machine_drafts
    if drafts:
        notes.append(
            _counted(
                drafts, tr("1 machine draft not yet confirmed"), tr("{n} machine drafts not yet confirmed")
            )
        )
    missing = status.count(MISSING)
    if missing:
        notes.append(_counted(missing, tr("1 field not translated"), tr("{n} fields not translated")))
    return "; ".join([line, *notes])


def machine_label(engine: str) -> str:
    """The label every machine-drafted field carries until a person confirms it."""
    return tr("Machine draft ({engine}), not yet confirmed by a person").format(engine=engine)


def original_label(language: str, reader: str = "en") -> str:
    """The label of a field shown in the original because it has no translation yet."""
    return tr("Not translated yet: shown in {language}").format(
        language=language_label(language or "en", reader)
    )


def out_of_date_label() -> str:
    """The label of a translated field whose original changed since."""
    return tr("Out of date: the original changed after this was translated")
