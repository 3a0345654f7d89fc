"""Translator's files: an XLSX (or CSV) sheet with one row per field, or XLIFF 1.2 / 2.0, out and back.

A file exported and imported back unchanged changes nothing. A translation typed into the file
is linked to the original text the file shows, so one made from an older original comes back out
of date. A status set to confirmed (sheet) or final (XLIFF) confirms the field as it stands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.catalogue.translation_status import CURRENT, MISSING, OUT_OF_DATE, FieldStatus, TranslationError
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.sheets import xliff
from desktop.sheets.exporting import EXPORT_CANCELLED, write_sheet
from desktop.sheets.importing import IMPORT_CANCELLED
from desktop.sheets.reading import Sheet
from desktop.store.errors import CancelledError, CatalogueError

if TYPE_CHECKING:
    from desktop.catalogue.translation_status import TranslationStatus
    from desktop.catalogue.translations import Translations

SHEET_COLUMNS = ["case", "language", "id", "field", "original", "translation", "status"]
XLIFF_SUFFIXES = (".xlf", ".xliff")
SHEET_SUFFIXES = (".xlsx", ".csv")
# Sheet statuses: what each field's state is written as, and which one confirms it.
MACHINE = "machine draft"
CONFIRMED = "confirmed"
STATUSES = (MISSING, OUT_OF_DATE, MACHINE, CURRENT, CONFIRMED)
# Long work reports (steps done, steps in all) and asks, between steps, whether to stop.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# A case's translated fields in one language, by unit key.
Fields = dict[str, FieldStatus]


def _step(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None, stop: str) -> None:
    """Stop with `stop` (a marked template) if the person cancelled, else report the step."""
    if cancelled is not None and cancelled():
        raise CancelledError(message(stop))
    if progress is not None:
        progress(done, total)


def sheet_status(held: FieldStatus) -> str:
    """A field's status as the sheet writes it."""
    if held.translation and held.machine and held.state == CURRENT:
        return MACHINE
    return held.state


@dataclass
class FileUnit:
    """One field as a translator's file holds it."""

    case_id: str
    language: str
    key: str
    source: str
    target: str
    status: str
    where: str


@dataclass
class _CaseChanges:
    texts: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    confirm: list[str] = field(default_factory=list)


def _statuses(
    translations: Translations,
    language: str,
    ids: list[str],
    source_language: str | None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[TranslationStatus]:
    from desktop.catalogue.translations import same_language

    found = []
    for done, case_id in enumerate(ids):
        # One step per case read; the last step is the file written.
        _step(done, len(ids) + 1, progress, cancelled, EXPORT_CANCELLED)
        status = translations.status(case_id, language)
        if same_language(status.original_language, language):
            continue
        if source_language and not same_language(status.original_language, source_language):
            continue
        found.append(status)
    return found


def export_translations(
    translations: Translations,
    language: str,
    out: Path,
    case_ids: list[str] | None,
    xliff_version: str = "1.2",
    *,
    source_language: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the chosen cases' fields (every case's if none are chosen) for a translator; how many.
    The file is written whole at the end, so work cancelled before then leaves none."""
    from desktop.catalogue.translations import language_tag

    language = language_tag(language)
    ids = case_ids or [c.id for c in translations.catalogue.all_cases()]
    statuses = _statuses(translations, language, ids, source_language, progress, cancelled)
    suffix = out.suffix.lower()
    if suffix in XLIFF_SUFFIXES:
        xliff.write(out, statuses, xliff_version)
    elif suffix in SHEET_SUFFIXES:
        rows = [
            [s.case_id, language, f.unit.key, f.unit.label, f.unit.original, f.translation, sheet_status(f)]
            for s in statuses
            for f in s.fields
        ]
        write_sheet(out, SHEET_COLUMNS, rows)
    else:
        wrong_kind = QT_TRANSLATE_NOOP("Validation", "{file}: write a .xlsx, .csv, .xlf or .xliff file.")
        raise TranslationError(message(wrong_kind, file=out.name))
    if progress is not None:
        progress(len(ids) + 1, len(ids) + 1)
    return sum(len(s.fields) for s in statuses)


def _sheet_units(path: Path) -> list[FileUnit]:
    units = []
    with Sheet(path) as sheet:
        missing = [c for c in SHEET_COLUMNS if c not in sheet.columns]
        if missing:
            no_column = QT_TRANSLATE_NOOP(
                "Validation", "{file} has no {column} column; export a sheet to see the columns."
            )
            raise TranslationError(message(no_column, file=path.name, column=missing[0]))
        at = {name: sheet.columns.index(name) for name in SHEET_COLUMNS}
        for row in sheet.rows():

            def cell(name: str, cells: list = row.cells) -> str:
                value = cells[at[name]]
                return "" if value is None else str(value)

            units.append(
                FileUnit(
                    cell("case"),
                    cell("language"),
                    cell("id"),
                    cell("original"),
                    cell("translation"),
                    cell("status").strip().lower(),
                    message(
                        QT_TRANSLATE_NOOP("Validation", "{file} row {row}"), file=path.name, row=row.number
                    ),
                )
            )
            if len(units) > xliff.MAX_UNITS:
                too_many = QT_TRANSLATE_NOOP("Validation", "{file} has more than {limit} rows; split it.")
                raise TranslationError(message(too_many, file=path.name, limit=f"{xliff.MAX_UNITS:,}"))
    return units


def read_units(path: Path) -> list[FileUnit]:
    """The fields a translator's file holds; TranslationError (one line) if it is not one."""
    suffix = path.suffix.lower()
    if suffix in XLIFF_SUFFIXES:
        return [FileUnit(*unit) for unit in xliff.read(path)]
    if suffix in SHEET_SUFFIXES:
        return _sheet_units(path)
    wrong_kind = QT_TRANSLATE_NOOP("Validation", "{file}: import a .xlsx, .csv, .xlf or .xliff file.")
    raise TranslationError(message(wrong_kind, file=path.name))


def _fields_now(
    translations: Translations,
    case_id: str,
    language: str,
    seen: dict[tuple[str, str], Fields],
) -> Fields:
    """A case's translated fields in a language by unit key, read once per import."""
    if (case_id, language) not in seen:
        seen[case_id, language] = {f.unit.key: f for f in translations.status(case_id, language).fields}
    return seen[case_id, language]


def import_translations(
    translations: Translations,
    path: Path,
    *,
    by: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[int, int]:
    """Read a translator's file back; (fields changed, cases changed). Every field is checked
    before any is written: a file with one bad field, or an import cancelled, changes nothing."""
    from desktop.catalogue.translations import language_tag

    units = read_units(path)
    # One step per field checked, then one per case and language written.
    total = len(units) + len({(unit.case_id, unit.language) for unit in units})
    changes: dict[tuple[str, str], _CaseChanges] = {}
    seen: dict[tuple[str, str], Fields] = {}
    for done, unit in enumerate(units):
        _step(done, total, progress, cancelled, IMPORT_CANCELLED)
        try:
            language = language_tag(unit.language)
            current = _fields_now(translations, unit.case_id, language, seen)
        except CatalogueError as error:
            where = QT_TRANSLATE_NOOP("Validation", "{where}: {problem}")
            raise TranslationError(message(where, where=unit.where, problem=error)) from None
        held = current.get(unit.key)
        if held is None:
            no_field = QT_TRANSLATE_NOOP(
                "Validation", "{where}: the case has no translatable field {id}; nothing was changed."
            )
            raise TranslationError(message(no_field, where=unit.where, id=unit.key))
        if unit.status and unit.status not in STATUSES:
            no_status = QT_TRANSLATE_NOOP(
                "Validation", "{where}: the status '{status}' is not one of {statuses}."
            )
            raise TranslationError(
                message(no_status, where=unit.where, status=unit.status, statuses=", ".join(STATUSES))
            )
        wanted = changes.setdefault((unit.case_id, language), _CaseChanges())
        if unit.target.strip() != held.translation:
            wanted.texts[unit.key] = unit.target
            wanted.sources[unit.key] = unit.source
        elif unit.status == CONFIRMED and held.translation and (held.machine or held.state == OUT_OF_DATE):
            wanted.confirm.append(unit.key)
    changed, cases = 0, set()
    total = len(units) + len(changes)
    written: list[str] = []
    try:
        with translations.db.atomic():
            for done, ((case_id, language), wanted) in enumerate(sorted(changes.items()), start=len(units)):
                _step(done, total, progress, cancelled, IMPORT_CANCELLED)
                written.append(case_id)
                count = translations.save(case_id, language, wanted.texts, by=by, sources=wanted.sources)
                count += (
                    translations.confirm(case_id, language, wanted.confirm, by=by) if wanted.confirm else 0
                )
                changed += count
                if count:
                    cases.add(case_id)
    except Exception:
        # The writes were rolled back; the search index, updated case by case, follows them back.
        translations.catalogue.reindex_cases(written)
        raise
    if progress is not None:
        progress(total, total)
    return changed, len(cases)
