"""A case page in the reader's language: the line saying whose translation it is, the switch to
the original, and a note on each field shown in the original, drafted by a machine or out of date."""

from __future__ import annotations

import html

from desktop.catalogue.links import TRANSLATION_SCHEME
from desktop.catalogue.translation_status import OUT_OF_DATE
from desktop.catalogue.translation_words import (
    machine_label,
    original_label,
    out_of_date_label,
    summary_line,
)
from desktop.catalogue.translations import ReadCase, Translations, same_language
from desktop.store.records import Case
from desktop.text.countries import language_label, words_language
from desktop.text.language import tr

SHOW_ORIGINAL = "original"
SHOW_TRANSLATION = "translation"


def _note(text: str) -> str:
    return f"<p class='translation-note'><i>{html.escape(text)}</i></p>"


def note_texts(read: ReadCase) -> dict[str, list[str]]:
    """Notes by case field name (and `components`, `sources` for their parts) on the fields a
    reader should know about: shown in the original, drafted by a machine, or out of date."""
    notes: dict[str, list[str]] = {}
    for key in sorted(read.fallback | read.machine | read.out_of_date):
        record_type, name = key.split(":", 1)[0], key.rsplit(":", 1)[-1]
        where = name if record_type == "cases" else record_type
        if key in read.machine:
            text = machine_label(read.engines.get(key, ""))
        elif key in read.out_of_date:
            text = out_of_date_label()
        else:
            text = original_label(read.original_language, words_language())
        if text not in notes.setdefault(where, []):
            notes[where].append(text)
    return notes


def field_notes(read: ReadCase) -> dict[str, str]:
    """The notes of `note_texts` as HTML, by field name, for the case page."""
    return {where: "".join(_note(t) for t in texts) for where, texts in note_texts(read).items()}


def reading_banner(translations: Translations, read: ReadCase, showing_original: bool) -> str:
    """The line at the top of a case page: whose translation it is and the switch to the original,
    or, on the original, the switch to the reader's language."""
    language = read.language
    if not language or same_language(language, read.original_language):
        return ""
    available = [t for t in translations.languages(read.case.id) if same_language(t, language)]
    if not available:
        return ""
    name = html.escape(language_label(available[0], words_language()))
    if showing_original:
        link = tr("Read it in {language}").format(language=name)
        return f"<p class='translation'><a href='{TRANSLATION_SCHEME}:{SHOW_TRANSLATION}'>{link}</a></p>"
    status = translations.status(read.case.id, available[0])
    line = html.escape(summary_line(status, words_language()))
    if status.count(OUT_OF_DATE):
        line = f"<b>{line}</b>"
    link = html.escape(tr("Show the original"))
    return f"<p class='translation'>{line} · <a href='{TRANSLATION_SCHEME}:{SHOW_ORIGINAL}'>{link}</a></p>"


def page_case(
    translations: Translations, case: Case, language: str, showing_original: bool
) -> tuple[ReadCase, str]:
    """The case as a reader of `language` sees it, and the banner above its page."""
    read = translations.read(case, "" if showing_original else language)
    read.language = language
    return read, reading_banner(translations, read, showing_original)


def reading_for_document(
    translations: Translations, case: Case, language: str
) -> tuple[ReadCase | None, str]:
    """What a document of the case in a reader's language shows, and whose translation it is;
    (None, "") when the case has no translation in that language."""
    if not language:
        return None, ""
    read = translations.read(case, language)
    if not read.is_translated:
        return None, ""
    held = [t for t in translations.languages(case.id) if same_language(t, language)]
    return read, summary_line(translations.status(case.id, held[0]), words_language())
