"""A field described once in the registry reaches every part of the app: a plain text field added
to a temporary registry is given its column when a catalogue made without it opens (no migration),
and is stored, checked, edited, shown on the case page, written in documents and sheets, read back
from a sheet, found by search and carried by a bundle to another catalogue."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.catalogue import fields
from desktop.catalogue.catch_up import UnindexedCases
from desktop.catalogue.compare import compare, field_labels
from desktop.catalogue.fields import ABOUT, CHOICE, CONTENT, STORY, TEXT, CaseField, add_field_columns
from desktop.catalogue.render import case_html
from desktop.catalogue.service import Catalogue
from desktop.catalogue.validation import ValidationError, validate_case
from desktop.documents.case_document import case_document
from desktop.documents.export import export_document
from desktop.search import SearchRequest
from desktop.sheets.exporting import export_results
from desktop.sheets.importing import apply_import, plan_import
from desktop.store.records import MAX_TEXT_CHARS
from desktop.store.replica import load_state
from desktop.ui.browse.facets_pane import FacetsPane
from desktop.ui.case.case_editor import CaseEditor
from tests.conftest import make_case
from tests.sync_helpers import Device
from tests.worker_helpers import CatalogueWorker

FUNDING = CaseField(
    "funding",
    TEXT,
    "Funding",
    tab=STORY,
    section=True,
    sheet_header="Funding",
    sheet_aliases=("money",),
    search=CONTENT,
)
SAID = "A levy on parking garages, ringfenced for the zonderbus fleet."


@pytest.fixture
def with_funding(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry with one more plain text field, as a developer would add it."""
    monkeypatch.setattr(fields, "CASE_FIELDS", (*fields.CASE_FIELDS, FUNDING))


def _add_column(catalogue: Catalogue) -> None:
    """What opening the catalogue does for a field new in the registry: one more text field of
    every case, stamped (the fixtures may have opened it before the field was added)."""
    add_field_columns(catalogue.db)


def _funded(catalogue: Catalogue) -> str:
    data = make_case().to_dict()
    case = validate_case({**data, "funding": SAID})
    assert case.value("funding") == SAID
    catalogue.save(case)
    return case.id


@pytest.mark.usefixtures("with_funding")
def test_a_field_added_to_the_registry_is_stored_checked_shown_exported_and_found(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    _add_column(catalogue)
    case_id = _funded(catalogue)

    stored = catalogue.get(case_id)
    assert stored.value("funding") == SAID
    assert stored.to_dict()["funding"] == SAID
    # A case made without the field still stores it, stamped, so it travels in bundles.
    plain = make_case()
    catalogue.save(plain)
    state = load_state(catalogue.db, "cases", plain.id)
    assert state is not None and state.fields["funding"] == "" and "funding" in state.stamps

    with pytest.raises(ValidationError) as refused:
        validate_case({**stored.to_dict(), "funding": "x" * (MAX_TEXT_CHARS + 1)})
    assert [p.field for p in refused.value.problems] == ["funding"]
    with pytest.raises(ValidationError):
        validate_case({**stored.to_dict(), "funding": 12})

    page = case_html(stored)
    assert "<h2>Funding</h2>" in page and "zonderbus" in page

    markdown = export_document(case_document(stored), "md", tmp_path / "case.md").read_text(encoding="utf-8")
    assert "Funding" in markdown and "zonderbus" in markdown

    hits = catalogue.search(SearchRequest(text="zonderbus"))
    assert [card.id for card in hits.cards] == [case_id]
    assert "zonderbus" in hits.cards[0].snippet

    sheet = tmp_path / "cases.csv"
    export_results(catalogue, SearchRequest(text="zonderbus"), sheet)
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert row[header.index("Funding")] == SAID

    # A sheet names the field by its header or an alias, and the import writes it.
    changed = "Paid by a congestion charge."
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "Title", "money"], [case_id, stored.title, changed]])
    apply_import(catalogue, plan_import(catalogue, sheet))
    assert catalogue.get(case_id).value("funding") == changed

    # Compared side by side with another case, under its own label.
    other = catalogue.get(_funded(catalogue))
    [compared] = [row for row in compare([catalogue.get(case_id), other]).rows if row.field == "funding"]
    assert compared.texts == [changed, SAID] and compared.differs
    assert field_labels()["funding"] == "Funding"


@pytest.mark.usefixtures("with_funding")
def test_the_editor_shows_a_field_added_to_the_registry_and_saves_it(
    qtbot: QtBot, worker: CatalogueWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CaseEditor, "_ask_unsaved", lambda _self: QMessageBox.StandardButton.Discard)
    catalogue = worker.catalogue
    assert catalogue is not None
    case_id = worker.run(lambda: (_add_column(catalogue), _funded(catalogue))[1])
    case = worker.run(lambda: catalogue.get(case_id))
    editor = CaseEditor(worker.tasks, catalogue, case.to_dict())
    qtbot.addWidget(editor)
    editor.show()
    box = editor._fields["funding"].focus
    assert isinstance(box, QPlainTextEdit) and box.toPlainText() == SAID
    assert box.accessibleName() == "Funding"
    assert editor.tabs.tabText(editor._fields["funding"].tab) == editor.tabs.tabText(
        editor._fields["problem"].tab
    )
    box.setPlainText("Paid from the transport budget.")
    assert editor.values()["funding"] == "Paid from the transport budget."
    editor.save()
    qtbot.waitUntil(lambda: not editor.isVisible())
    saved = worker.run(lambda: catalogue.get(case_id))
    assert saved.value("funding") == "Paid from the transport budget."


def test_a_field_added_to_the_registry_needs_no_migration_and_travels_between_catalogues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two catalogues made by the app before the field existed, one holding a case already.
    here, there = Device(tmp_path / "here", "here"), Device(tmp_path / "there", "there")
    older = make_case(title="Night buses drawn from phone-call data")
    here.catalogue.save(older)
    here.send(there)
    assert "funding" not in here.catalogue.db["cases"].columns_dict
    here.close()
    there.close()

    monkeypatch.setattr(fields, "CASE_FIELDS", (*fields.CASE_FIELDS, FUNDING))
    here, there = Device(tmp_path / "here", "here"), Device(tmp_path / "there", "there")
    try:
        # Opening gave the older case the field, empty and stamped, so it travels whole.
        assert here.catalogue.get(older.id).value("funding") == ""
        state = load_state(here.catalogue.db, "cases", older.id)
        assert state is not None and state.fields["funding"] == "" and "funding" in state.stamps
        assert add_field_columns(here.catalogue.db) == ()  # opening again adds nothing

        case_id = _funded(here.catalogue)
        assert here.catalogue.get(case_id).value("funding") == SAID
        hits = here.catalogue.search(SearchRequest(text="zonderbus"))
        assert [card.id for card in hits.cards] == [case_id]

        sheet = tmp_path / "funded.csv"
        export_results(here.catalogue, SearchRequest(text="zonderbus"), sheet)
        with sheet.open(encoding="utf-8-sig", newline="") as handle:
            header, row = list(csv.reader(handle))
        assert row[header.index("Funding")] == SAID

        here.send(there)
        arrived = there.catalogue.get(case_id)
        assert arrived.value("funding") == SAID
        found_there = there.catalogue.search(SearchRequest(text="zonderbus"))
        assert [card.id for card in found_there.cards] == [case_id]
        markdown = export_document(case_document(arrived), "md", tmp_path / "there.md")
        assert "Funding" in markdown.read_text(encoding="utf-8")
    finally:
        here.close()
        there.close()


def _ranked(catalogue: Catalogue) -> list[str]:
    """The cases found by "zonderbus" in their titles or summaries, best first."""
    found = catalogue.search(SearchRequest(text="title:zonderbus OR summary:zonderbus"))
    return [card.title for card in found.cards]


def test_a_weight_changed_in_the_registry_ranks_by_it_once_the_index_rebuilds_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue = Catalogue.open(tmp_path / "data", load_seed=False)
    try:
        catalogue.save(make_case(title="Zonderbus depot", summary="A depot for the night buses."))
        catalogue.save(make_case(title="Night bus depot", summary="A zonderbus depot for the night."))
        # A title weighs 3, a summary 1.5: the case named so comes first.
        assert _ranked(catalogue) == ["Zonderbus depot", "Night bus depot"]
    finally:
        catalogue.close()

    monkeypatch.setattr(fields, "INDEX_WEIGHTS", {**fields.INDEX_WEIGHTS, "summary": 30.0})
    catalogue = Catalogue.open(tmp_path / "data", load_seed=False)
    try:
        assert _ranked(catalogue) == ["Night bus depot", "Zonderbus depot"]
    finally:
        catalogue.close()


def test_the_registry_names_the_facets_search_counts_and_the_pane_titles() -> None:
    from desktop.search import FACETS
    from desktop.ui.browse.facets_pane import facet_title

    declared = {field.search: field.facet for field in fields.case_fields() if field.facet}
    assert set(FACETS) == set(declared) == {
        "theme", "country", "region", "sdg", "stage", "language", "level_of_government", "year"
    }
    assert {name: facet_title(name) for name in FACETS} == declared


def test_a_backup_from_before_a_field_is_given_its_column_when_restored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue = Catalogue.open(tmp_path / "data", load_seed=False)
    kept = make_case(title="Night buses drawn from phone-call data")
    catalogue.save(kept)
    older = catalogue.backup(tmp_path / "before-funding.db")
    catalogue.close()

    monkeypatch.setattr(fields, "CASE_FIELDS", (*fields.CASE_FIELDS, FUNDING))
    catalogue = Catalogue.open(tmp_path / "data", load_seed=False)
    try:
        catalogue.restore(older)
        assert catalogue.get(kept.id).value("funding") == ""
        assert catalogue.get(_funded(catalogue)).value("funding") == SAID
    finally:
        catalogue.close()


DELIVERY = CaseField(
    "delivery",
    CHOICE,
    "Delivery",
    choices=("in_house", "contracted"),
    tab=ABOUT,
    facet="Delivery",
    search="delivery",
)


def test_a_facet_added_to_the_registry_is_counted_filtered_and_listed_in_the_pane(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fields, "CASE_FIELDS", (*fields.CASE_FIELDS, DELIVERY))
    catalogue = Catalogue.open(tmp_path / "data", load_seed=False)
    try:
        ours = make_case(title="Night buses run by the city").to_dict()
        theirs = make_case(title="Night buses run by a contractor").to_dict()
        cases = [
            validate_case({**ours, "delivery": "in_house"}),
            validate_case({**theirs, "delivery": "contracted"}),
            make_case(title="Night buses, delivery not said"),
        ]
        for case in cases:
            catalogue.save(case)
        ids = [case.id for case in cases]
        ours_id, theirs_id, unsaid_id = ids
        with pytest.raises(ValidationError):
            validate_case({**ours, "delivery": "outsourced"})

        everything = catalogue.search(SearchRequest())
        assert dict(everything.facets["delivery"]) == {"in_house": 1, "contracted": 1, "unknown": 1}
        contracted = SearchRequest(filters={"delivery": ["contracted"]})
        assert [card.id for card in catalogue.search(contracted).cards] == [theirs_id]
        unknown = SearchRequest(text="night", filters={"delivery": ["unknown"]})
        assert [card.id for card in catalogue.search(unknown).cards] == [unsaid_id]
        typed = catalogue.search(SearchRequest(text="delivery:in_house"))
        assert [card.id for card in typed.cards] == [ours_id]
        # Cases an index rebuild has not reached yet are filtered alike, read from the catalogue.
        assert UnindexedCases().matching(catalogue.db, contracted, ids) == [theirs_id]
        typed_request = SearchRequest(text="delivery:in_house")
        assert UnindexedCases().matching(catalogue.db, typed_request, ids) == [ours_id]
    finally:
        catalogue.close()

    pane = FacetsPane()
    qtbot.addWidget(pane)
    groups = [pane.tree.topLevelItem(i).text(0) for i in range(pane.tree.topLevelItemCount())]
    # After the facets the pane listed before, in their order.
    assert groups == [
        "Theme", "Country", "Region", "SDG", "Stage", "Level of government", "Language", "Delivery"
    ]
    pane.show_counts(everything.facets, {"delivery": ["contracted"]})
    chosen = pane.item_for("delivery", "contracted")
    assert chosen is not None and "(1)" in chosen.text(0)
