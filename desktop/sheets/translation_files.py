"""Translator's files: an XLSX (or CSV) sheet with one row per field, or XLIFF 1.2 / 2.0, out and back.

A file exported and imported back unchanged changes nothing. A translation typed into the file
is linked to the original text the file shows, so one made from an older original comes back out
of date. A status set to confirmed (sheet) or final (XLIFF) confirms the field as it stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.catalogue.translation_status import CURRENT, MISSING, OUT_OF_DATE, FieldStatus, TranslationError
from desktop.sheets import xliff
from desktop.sheets.exporting import write_sheet
from desktop.sheets.reading import Sheet
from desktop.store.errors import CatalogueError

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
    translations: Translations, language: str, case_ids: list[str] | None, source_language: str | None
) -> list[TranslationStatus]:
    from desktop.catalogue.translations import same_language

    ids = case_ids or [c.id for c in translations.catalogue.all_cases()]
    found = []
    for case_id in ids:
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
) -> int:
    """Write the chosen cases' fields (every case's if none are chosen) for a translator; how many."""
    from desktop.catalogue.translations import language_tag

    language = language_tag(language)
    statuses = _statuses(translations, language, case_ids, source_language)
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
        raise TranslationError(f"{out.name}: write a .xlsx, .csv, .xlf or .xliff file.")
    return sum(len(s.fields) for s in statuses)


def _sheet_units(path: Path) -> list[FileUnit]:
    units = []
    with Sheet(path) as sheet:
        missing = [c for c in SHEET_COLUMNS if c not in sheet.columns]
        if missing:
            raise TranslationError(
                f"{path.name} has no {missing[0]} column; export a sheet to see the columns."
            )
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
                    f"{path.name} row {row.number}",
                )
            )
            if len(units) > xliff.MAX_UNITS:
                raise TranslationError(f"{path.name} has more than {xliff.MAX_UNITS:,} rows; split it.")
    return units


def read_units(path: Path) -> list[FileUnit]:
    """The fields a translator's file holds; TranslationError (one line) if it is not one."""
    suffix = path.suffix.lower()
    if suffix in XLIFF_SUFFIXES:
        return [FileUnit(*unit) for unit in xliff.read(path)]
    if suffix in SHEET_SUFFIXES:
        return _sheet_units(path)
    raise TranslationError(f"{path.name}: import a .xlsx, .csv, .xlf or .xliff file.")


def import_translations(translations: Translations, path: Path, *, by: str = "") -> tuple[int, int]:
    """Read a translator's file back; (fields changed, cases changed). Every field is checked
    before any is written: a file with one bad field changes nothing."""
    from desktop.catalogue.translations import language_tag

    changes: dict[tuple[str, str], _CaseChanges] = {}
    for unit in read_units(path):
        try:
            language = language_tag(unit.language)
            current = {f.unit.key: f for f in translations.status(unit.case_id, language).fields}
        except CatalogueError as error:
            raise TranslationError(f"{unit.where}: {error}") from None
        held = current.get(unit.key)
        if held is None:
            raise TranslationError(
                f"{unit.where}: the case has no translatable field {unit.key}; nothing was changed."
            )
        if unit.status and unit.status not in STATUSES:
            raise TranslationError(
                f"{unit.where}: the status {unit.status!r} is not one of {', '.join(STATUSES)}."
            )
        wanted = changes.setdefault((unit.case_id, language), _CaseChanges())
        if unit.target.strip() != held.translation:
            wanted.texts[unit.key] = unit.target
            wanted.sources[unit.key] = unit.source
        elif unit.status == CONFIRMED and held.translation and (held.machine or held.state == OUT_OF_DATE):
            wanted.confirm.append(unit.key)
    changed, cases = 0, set()
    with translations.db.atomic():
        for (case_id, language), wanted in sorted(changes.items()):
            count = translations.save(case_id, language, wanted.texts, by=by, sources=wanted.sources)
            count += translations.confirm(case_id, language, wanted.confirm, by=by) if wanted.confirm else 0
            changed += count
            if count:
                cases.add(case_id)
    return changed, len(cases)
