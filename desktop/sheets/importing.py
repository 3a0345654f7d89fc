"""Importing cases from a sheet: every row read and checked into a preview, then applied in one
transaction, or not at all."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.catalogue.duplicates import alike_pairs
from desktop.catalogue.fields import case_from_dict
from desktop.catalogue.validation import Problem, ValidationError, validate_case
from desktop.errors import message
from desktop.sheets.cells import is_blank, is_uuid, read_cell
from desktop.sheets.fields import apply_overrides, guess_mapping
from desktop.sheets.plan import ImportPlan, Origin, RowPlan, RowProblem, StalePreviewError
from desktop.sheets.reading import Sheet, SheetError, UnsavedFormula, unsaved_formula
from desktop.store import cases as case_store
from desktop.store.errors import CancelledError
from desktop.store.records import Case
from desktop.text.countries import folded
from desktop.text.script_language import script_language

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.sheets.presets import Preset

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Above this many rows an import is refused before anything is checked: one transaction and one
# index update of more cases than that would keep the catalogue busy for many minutes.
MAX_ROWS = 20_000
BATCH = 500
PROGRESS_EVERY = 200
_FIELD_ROOT = re.compile(r"[.\[]")
# A new case starts as a draft and knows nothing the sheet does not say: no stage, level or
# language is made up for it.
# Ids of cases made from another library's records: the same record gives the same id everywhere.
IMPORTED_CASES = uuid.UUID("0b1e5a0c-4d3f-5c7e-9a61-2f8d4b6c1e37")
NEW_CASE = {"stage": "", "level_of_government": "", "language": "", "curation": "draft"}
# The fields whose text tells the language of a case whose row does not name one.
LANGUAGE_FROM = ("title", "local_title", "summary", "problem", "approach", "results", "body")


def _root(name: str) -> str:
    return _FIELD_ROOT.split(name, maxsplit=1)[0]


def _comparable(case: Case) -> dict[str, Any]:
    return {k: v for k, v in case.to_dict().items() if k != "updated_at"}


def build_case(
    values: dict[str, Any], case_id: str, existing: Case | None
) -> tuple[Case | None, list[Problem], list[str]]:
    """The case a row makes (its cells over the existing case, or over defaults for a new one).

    Problems in fields the row fills are errors. Fields that case validation wants but the row
    leaves empty do not stop the import: the case is saved as it is, and they are listed as missing.
    """
    if existing is not None:
        base = {k: v for k, v in existing.to_dict().items() if k != "updated_at"}
    else:
        text = " ".join(str(values.get(name, "")) for name in LANGUAGE_FROM)
        base = {**NEW_CASE, "language": script_language(text)}
    values = _with_part_ids(values, case_id)
    if values.get("origin_url") and isinstance(values.get("sources", []), list):
        values = {**values, "sources": _with_origin_source(values, base, case_id)}
    data = {**base, **values, "id": case_id}
    try:
        # Every check, drafts too: the preview lists what each new draft still lacks.
        return validate_case(data, complete=True), [], []
    except ValidationError as error:
        problems = error.problems
    errors = [p for p in problems if _root(p.field) in values or _root(p.field) in ("id", "title")]
    if errors:
        return None, errors, []
    return case_from_dict(data), [], sorted({_root(p.field) for p in problems})


def _with_part_ids(values: dict[str, Any], case_id: str) -> dict[str, Any]:
    """The row's sources and components, each with an id: its own, or one made from the case's id
    and its place, as case validation makes them, so the same row gives the same parts again."""
    namespace = uuid.UUID(case_id) if is_uuid(case_id) else uuid.NAMESPACE_URL
    parts = {}
    for name, kind in (("sources", "source"), ("components", "component")):
        items = values.get(name)
        if isinstance(items, list) and all(isinstance(item, dict) for item in items):
            parts[name] = [
                item if "id" in item else {"id": str(uuid.uuid5(namespace, f"{kind}/{i}")), **item}
                for i, item in enumerate(items, start=1)
            ]
    return {**values, **parts}


def _with_origin_source(values: dict[str, Any], base: dict[str, Any], case_id: str) -> list[dict[str, Any]]:
    """The case's sources with the page it came from first, unless a source already points there."""
    url = values["origin_url"]
    sources = list(values.get("sources") or base.get("sources") or [])
    if any(source.get("url") == url for source in sources):
        return sources
    title = values.get("origin") or base.get("origin") or url
    namespace = uuid.UUID(case_id) if is_uuid(case_id) else uuid.NAMESPACE_URL
    first = {"id": str(uuid.uuid5(namespace, f"source/{url}")), "title": title, "url": url}
    return [first, *sources]


def _batches(rows: list[RowPlan]) -> Iterator[list[RowPlan]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


READING_CANCELLED = QT_TRANSLATE_NOOP("Validation", "Reading the sheet cancelled; nothing was changed.")
CHECKING_CANCELLED = QT_TRANSLATE_NOOP("Validation", "Checking the sheet cancelled; nothing was changed.")
IMPORT_CANCELLED = QT_TRANSLATE_NOOP("Validation", "Import cancelled; nothing was changed.")


def _check(cancelled: Cancelled | None, said: str) -> None:
    """Stop with `said`, a marked template, when the person cancelled."""
    if cancelled is not None and cancelled():
        raise CancelledError(message(said))


def read_rows(
    sheet: Sheet,
    mapping: dict[str, str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    id_is_guessed: bool = False,
) -> list[RowPlan]:
    """Each row's values for the mapped fields (blank cells left out), refusing a sheet too long.

    An id column guessed from its header whose first id is no UUID holds the cases' ids in the
    library they come from: it is read as their external id (`mapping` changes to say so).
    """
    positions = [(sheet.columns.index(column), name) for column, name in mapping.items()]
    id_column = next((i for i, name in positions if name == "id"), None)
    rows: list[RowPlan] = []
    seen: dict[str, int] = {}
    for count, row in enumerate(sheet.rows(), start=1):
        if (
            id_column is not None
            and id_is_guessed
            and not rows
            and not is_blank(row.cells[id_column])
            and not is_uuid(row.cells[id_column])
            and "external_id" not in mapping.values()
        ):
            # A library's own numbering, not one of our case ids: it is the id the case has there.
            mapping[sheet.columns[id_column]] = "external_id"
            positions = [(i, "external_id" if i == id_column else name) for i, name in positions]
            id_column = None
        if count > MAX_ROWS:
            raise SheetError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{file} has more than {limit:,} rows, more than one import takes. Split it into "
                        "files of at most {limit:,} rows and import each; nothing was imported.",
                    ),
                    file=sheet.name,
                    limit=MAX_ROWS,
                )
            )
        if count % PROGRESS_EVERY == 0:
            _check(cancelled, READING_CANCELLED)
            if progress is not None:
                progress(count, 0)
        for i, _name in positions:
            if isinstance(row.cells[i], UnsavedFormula):
                raise unsaved_formula(sheet.name, row.cells[i])
        values = {name: read_cell(name, row.cells[i]) for i, name in positions if not is_blank(row.cells[i])}
        case_id = str(values.get("id") or "")
        plan = RowPlan(row.number, case_id, str(values.get("title", "")), values, cells=row.cells)
        plan.readings = _readings(values, row.cells, positions)
        if case_id and case_id in seen:
            column = sheet.columns[id_column] if id_column is not None else ""
            same = QT_TRANSLATE_NOOP("Validation", "has the same id as row {row}; give each case one row")
            plan.problems.append(RowProblem(column, message(same, row=seen[case_id])))
        if case_id:
            seen.setdefault(case_id, row.number)
        rows.append(plan)
    return rows


def _readings(
    values: dict[str, Any], cells: list[Any], positions: list[tuple[int, str]]
) -> list[tuple[str, str, str]]:
    """The cells read as something other than their text: a country named in words, for now."""
    found = []
    for index, name in positions:
        if name == "country" and name in values:
            text = str(cells[index]).strip()
            if text != values[name]:
                found.append((name, text, str(values[name])))
    return found


def _identify(catalogue: Catalogue, rows: list[RowPlan], origin: Origin, column_of: dict[str, str]) -> None:
    """Give each row without a case id the case it came from before (same library and external id,
    or same web address), or a new id made from those, so every catalogue that imports the same
    export makes the same cases and importing it again updates them instead of adding copies."""
    by_external: dict[tuple[str, str], str] = {}
    by_url: dict[str, str] = {}
    for case_id, _title, _city, name, external_id, url in case_store.identities(catalogue.db):
        if external_id:
            by_external.setdefault((name, external_id), case_id)
        if url:
            by_url.setdefault(url, case_id)
    seen: dict[str, int] = {}
    for row in rows:
        if row.case_id:
            continue
        values = row.values
        if origin.name and "origin" not in column_of:
            values.setdefault("origin", origin.name)
        for name in ("licence", "attribution"):
            if getattr(origin, name) and name not in column_of:
                values.setdefault(name, getattr(origin, name))
        name, external_id, url = (str(values.get(k, "")) for k in ("origin", "external_id", "origin_url"))
        found = by_external.get((name, external_id)) if external_id else None
        found = found or (by_url.get(url) if url else None)
        if found is None and (external_id or url):
            key = f"{name}\n{external_id}" if external_id else url
            found = str(uuid.uuid5(IMPORTED_CASES, key))
        row.case_id = found or str(uuid.uuid4())
        if row.case_id in seen:
            column = column_of.get("external_id" if external_id else "origin_url", "")
            same = QT_TRANSLATE_NOOP(
                "Validation", "is the same case as row {row} (same external id or web address); keep one row"
            )
            row.problems.append(RowProblem(column, message(same, row=seen[row.case_id])))
        seen.setdefault(row.case_id, row.number)


def _flag_duplicates(catalogue: Catalogue, rows: list[RowPlan]) -> None:
    """Note on each new row the cases it looks like: near-identical title in the same city, in the
    catalogue or earlier in the sheet. Such rows are still imported: the person decides."""
    new = [row for row in rows if row.action == "create"]
    by_city: dict[str, list[tuple[tuple[str, str, str], str]]] = {}
    for case_id, title, city, *_rest in case_store.identities(catalogue.db):
        by_city.setdefault(folded(city), []).append((("case", case_id, title), title))
    for row in new:
        by_city.setdefault(folded(str(row.values.get("city", ""))), []).append(
            (("row", str(row.number), row.title), row.title)
        )
    rows_by_number = {str(row.number): row for row in new}
    for city, items in by_city.items():
        for first, second in alike_pairs(items, bool(city)):
            if second[0] == "row":
                rows_by_number[second[1]].duplicates.append(first)


def _row_problems(problems: list[Problem], column_of: dict[str, str]) -> list[RowProblem]:
    """Case problems placed in the sheet: each with the column its field was read from."""
    return [RowProblem(column_of.get(_root(p.field), ""), p.message, p.field) for p in problems]


def _classify_row(row: RowPlan, existing: Case | None, column_of: dict[str, str]) -> None:
    """Decide what the row does; a problem names the column that holds the bad value."""
    if row.problems:
        return
    case, problems, missing = build_case(row.values, row.case_id, existing)
    row.problems = _row_problems(problems, column_of)
    if case is None:
        return
    row.title = case.title
    row.missing = missing
    if existing is None:
        row.action = "create"
    else:
        row.action = "unchanged" if _comparable(case) == _comparable(existing) else "update"


def plan_import(
    catalogue: Catalogue,
    path: Path,
    overrides: dict[str, str | None] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    origin: Origin | None = None,
    preset: Preset | None = None,
) -> ImportPlan:
    """Read a CSV or XLSX sheet and check every row against the catalogue, changing nothing.

    `overrides` maps sheet columns to case fields (None ignores a column), over the mapping
    guessed from the header. Rows without a case id record `origin` (by default the file's name)
    as where they come from. A library's `preset` maps its export's columns (the person's
    `overrides` still win) and gives its cases the library's name, licence and attribution.
    """
    with Sheet(path) as sheet:
        if preset is not None:
            overrides = {**preset.overrides(sheet.columns), **(overrides or {})}
            origin = origin or Origin(preset.library, preset.licence, preset.attribution)
        mapping = apply_overrides(sheet.columns, guess_mapping(sheet.columns), overrides or {})
        if "title" not in mapping.values():
            raise SheetError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{file}: no column holds the case title. Name a column 'Title' or map one to "
                        "title (--mapping, or the Column mapping table); the columns are: {columns}.",
                    ),
                    file=sheet.name,
                    columns=", ".join(sheet.columns),
                )
            )
        id_is_guessed = not any(field == "id" for field in (overrides or {}).values())
        rows = read_rows(sheet, mapping, progress, cancelled, id_is_guessed)
        columns = sheet.columns
    if not rows:
        empty = QT_TRANSLATE_NOOP(
            "Validation", "{file} has a header but no rows below it: there is nothing to import."
        )
        raise SheetError(message(empty, file=path.name))
    column_of = {name: column for column, name in mapping.items()}
    origin = origin or Origin(name=path.name)
    _identify(catalogue, rows, origin, column_of)
    for done, batch in enumerate(_batches(rows), start=1):
        _check(cancelled, CHECKING_CANCELLED)
        existing = {c.id: c for c in case_store.iter_cases(catalogue.db, [r.case_id for r in batch])}
        for row in batch:
            _classify_row(row, existing.get(row.case_id), column_of)
        if progress is not None:
            progress(min(done * BATCH, len(rows)), len(rows))
    _flag_duplicates(catalogue, rows)
    return ImportPlan(path.name, columns, mapping, rows, origin.name)


def save_cases(
    catalogue: Catalogue,
    cases: Iterable[Case],
    total: int,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[str]:
    """Create or update many cases in one transaction, then index the changed ones; their ids.

    A cancel (or any error) rolls every case back.
    """
    changed: list[str] = []
    with catalogue.db.atomic():
        for done, case in enumerate(cases, start=1):
            if case_store.save_case(catalogue.writer, case):
                changed.append(case.id)
            if done % PROGRESS_EVERY == 0 or done == total:
                _check(cancelled, IMPORT_CANCELLED)
                if progress is not None:
                    progress(done, total)
    if progress is not None:
        progress(0, 0)  # the index update that follows has no steps to count
    catalogue.reindex_cases(changed)
    return changed


def apply_import(
    catalogue: Catalogue,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    skip_bad_rows: bool = False,
) -> dict[str, int]:
    """Create and update the plan's cases in one transaction, then index them; counts of what changed.

    Refused when any row is in error, unless `skip_bad_rows`: then the good rows are imported and
    the others left for `write_rejected`. Each row is rebuilt over the case as it is now, so an
    edit that arrived since the preview is kept where the row does not touch it.
    """
    if plan.counts["error"] and not skip_bad_rows:
        refused = QT_TRANSLATE_NOOP(
            "Validation",
            "{file} has {count} row(s) with problems; correct them (or the column mapping) and import "
            "again. Nothing was imported.",
        )
        raise SheetError(message(refused, file=plan.file, count=plan.counts["error"]))
    rows = [r for r in plan.rows if r.action in ("create", "update")]
    column_of = {name: column for column, name in plan.mapping.items()}

    def cases() -> Iterator[Case]:
        for batch in _batches(rows):
            existing = {c.id: c for c in case_store.iter_cases(catalogue.db, [r.case_id for r in batch])}
            for row in batch:
                case, problems, _missing = build_case(row.values, row.case_id, existing.get(row.case_id))
                if case is None:
                    stale = QT_TRANSLATE_NOOP(
                        "Validation",
                        "{file} row {row}: {problems} (the catalogue changed since the preview). "
                        "Nothing was imported.",
                    )
                    found = _row_problems(problems, column_of)
                    english = "; ".join(map(str, problems))
                    text = message(stale, file=plan.file, row=row.number, problems=english)
                    raise StalePreviewError(text, found)
                yield case

    changed = set(save_cases(catalogue, cases(), len(rows), progress, cancelled))
    created = sum(1 for r in rows if r.action == "create" and r.case_id in changed)
    return {
        "created": created,
        "updated": len(changed) - created,
        "unchanged": len(plan.rows) - plan.counts["error"] - len(changed),
        "error": plan.counts["error"],
    }
