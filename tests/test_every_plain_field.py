"""Every plain text field of the real registry does what its entry says, with no test of its own:
stored, checked, edited on its tab, shown on the case page and in documents as a section, written
to and read from sheets under its header and aliases, found by search, compared, and carried by a
bundle to another device. A field added to desktop/catalogue/fields.py is tested here at once."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.catalogue.compare import compare, field_labels
from desktop.catalogue.fields import ABOUT, PLACE, STORY, TEXT, CaseField, case_fields
from desktop.catalogue.render import case_html
from desktop.catalogue.validation import ValidationError, validate_case
from desktop.documents.case_document import case_document
from desktop.documents.export import export_document
from desktop.search import SearchRequest
from desktop.sheets.exporting import export_results
from desktop.sheets.importing import apply_import, plan_import
from desktop.store.records import MAX_TEXT_CHARS, Case
from desktop.ui.case.case_editor import CaseEditor
from tests.conftest import make_case
from tests.sync_helpers import Device
from tests.worker_helpers import CatalogueWorker

PLAIN_FIELDS = [field for field in case_fields() if field.plain]
# The editor's tab titles for the registry's tabs.
TAB_TITLES = {ABOUT: "&About", STORY: "&Story", PLACE: "&Place and tags"}


def _word(field: CaseField, version: str) -> str:
    """A word found nowhere else, naming the field and which of its values it is in."""
    return f"quorv{field.name.replace('_', '')}{version}"


def _values(version: str) -> dict[str, str]:
    return {field.name: f"{_word(field, version)} said here" for field in PLAIN_FIELDS}


@dataclass
class Travelled:
    """Two cases filled in on one device, sent in a bundle to another, exported to a sheet and
    changed from a sheet that names each field by an alias."""

    here: Device
    there: Device
    first: Case
    second: Case
    sheet_row: dict[str, str]
    from_aliases: Case
    markdown: str


def _aliased_sheet(path: Path, case_id: str) -> None:
    """A sheet naming each field by its first alias (its header if it has none)."""
    named = [field for field in PLAIN_FIELDS if field.sheet_header]
    columns = [field.sheet_aliases[0] if field.sheet_aliases else field.sheet_header for field in named]
    changed = [f"{_word(field, 'aliased')} from a sheet" for field in named]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", *columns], [case_id, *changed]])


@pytest.fixture(scope="module")
def travelled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Travelled]:
    folder = tmp_path_factory.mktemp("every-plain-field")
    here, there = Device(folder / "here", "here"), Device(folder / "there", "there")
    try:
        first = validate_case({**make_case().to_dict(), **_values("first")})
        second = validate_case({**make_case().to_dict(), **_values("second")})
        here.catalogue.save(first)
        here.catalogue.save(second)
        here.send(there)

        sheet = folder / "cases.csv"
        export_results(here.catalogue, SearchRequest(text=_word(PLAIN_FIELDS[0], "first")), sheet)
        with sheet.open(encoding="utf-8-sig", newline="") as handle:
            [row] = list(csv.DictReader(handle))
        markdown = export_document(case_document(here.catalogue.get(first.id)), "md", folder / "case.md")

        aliased = folder / "aliases.csv"
        _aliased_sheet(aliased, second.id)
        apply_import(here.catalogue, plan_import(here.catalogue, aliased))
        yield Travelled(
            here,
            there,
            here.catalogue.get(first.id),
            here.catalogue.get(second.id),
            row,
            here.catalogue.get(second.id),
            markdown.read_text(encoding="utf-8"),
        )
    finally:
        here.close()
        there.close()


every_plain_field = pytest.mark.parametrize("field", PLAIN_FIELDS, ids=lambda field: field.name)


@every_plain_field
def test_the_field_is_stored_and_checked(travelled: Travelled, field: CaseField) -> None:
    said = _values("first")[field.name]
    assert travelled.first.value(field.name) == said
    assert travelled.first.to_dict()[field.name] == said
    with pytest.raises(ValidationError) as too_long:
        validate_case({**travelled.first.to_dict(), field.name: "x" * (MAX_TEXT_CHARS + 1)})
    assert {problem.field for problem in too_long.value.problems} == {field.name}
    with pytest.raises(ValidationError) as not_text:
        validate_case({**travelled.first.to_dict(), field.name: 12})
    assert {problem.field for problem in not_text.value.problems} == {field.name}


@every_plain_field
def test_the_field_travels_in_a_bundle_and_is_found_on_the_other_device(
    travelled: Travelled, field: CaseField
) -> None:
    arrived = travelled.there.catalogue.get(travelled.first.id)
    assert arrived.value(field.name) == _values("first")[field.name]
    if field.search:
        for device in (travelled.here, travelled.there):
            found = device.catalogue.search(SearchRequest(text=_word(field, "first")))
            assert [card.id for card in found.cards] == [travelled.first.id], device.name


@every_plain_field
def test_the_field_shows_on_the_case_page_and_in_documents_as_its_registry_says(
    travelled: Travelled, field: CaseField
) -> None:
    page = case_html(travelled.first)
    assert _word(field, "first") in page
    if field.section:
        label = QCoreApplication.translate("", field.label)
        assert f"<h2>{label}</h2>" in page
        assert label in travelled.markdown and _word(field, "first") in travelled.markdown


@every_plain_field
def test_the_field_goes_to_sheets_and_comes_back_from_them(travelled: Travelled, field: CaseField) -> None:
    if not field.sheet_header:
        pytest.skip("the registry gives it no sheet column")
    assert travelled.sheet_row[field.sheet_header] == _values("first")[field.name]
    assert travelled.from_aliases.value(field.name) == f"{_word(field, 'aliased')} from a sheet"


@every_plain_field
def test_the_field_is_compared_under_its_label(travelled: Travelled, field: CaseField) -> None:
    assert field_labels()[field.name] == QCoreApplication.translate("", field.label)
    rows = {row.field: row for row in compare([travelled.first, travelled.second]).rows}
    if field.section and field.kind == TEXT:
        compared = rows[field.name]
        assert compared.differs
        assert [_word(field, "first") in compared.texts[0], _word(field, "aliased") in compared.texts[1]] == [
            True,
            True,
        ]


@pytest.mark.parametrize("field", [f for f in PLAIN_FIELDS if f.tab], ids=lambda field: field.name)
def test_the_field_is_edited_on_its_tab(
    qtbot: QtBot, worker: CatalogueWorker, monkeypatch: pytest.MonkeyPatch, field: CaseField
) -> None:
    monkeypatch.setattr(CaseEditor, "_ask_unsaved", lambda _self: QMessageBox.StandardButton.Discard)
    catalogue = worker.catalogue
    assert catalogue is not None
    case = validate_case({**make_case().to_dict(), **_values("first")})
    worker.run(lambda: catalogue.save(case))
    editor = CaseEditor(worker.tasks, catalogue, case.to_dict())
    qtbot.addWidget(editor)
    shown = editor._fields[field.name]
    assert shown.get() == _values("first")[field.name]
    assert editor.tabs.tabText(shown.tab) == TAB_TITLES[field.tab]
    assert shown.focus.accessibleName() == QCoreApplication.translate("", field.label)
    typed = f"{_word(field, 'edited')} in the editor"
    box = shown.focus
    if isinstance(box, QLineEdit):
        box.setText(typed)
    else:
        assert isinstance(box, QPlainTextEdit)
        box.setPlainText(typed)
    editor.show()
    editor.save()
    qtbot.waitUntil(lambda: not editor.isVisible())
    saved = worker.run(lambda: catalogue.get(case.id))
    assert saved.value(field.name) == typed
