"""Comparing cases: two or three seeded cases side by side, differences marked, wrong counts refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.catalogue.compare import CompareError, compare, load_comparison
from desktop.catalogue.service import Catalogue
from desktop.ui.browse.compare import FACT_FIELDS, CompareDialog, open_compare
from desktop.ui.tasks import TaskRunner
from tests.conftest import make_case
from tests.worker_helpers import WAIT_MS, CatalogueWorker, open_main_window

OWL_BUS = "53a4a604-836b-4898-bc12-1f958879a006"
DASAN = "e0dc894b-69d6-4623-8c8b-b85434544ee1"
CHEONGGYECHEON = "58f7dee9-24c1-4979-951b-2493007044d5"


def row(comparison: Any, name: str) -> Any:
    return next(r for r in comparison.rows if r.field == name)


def test_two_seeded_cases_side_by_side_with_differences_marked(catalogue: Catalogue) -> None:
    comparison = load_comparison(catalogue.get, [OWL_BUS, DASAN])
    assert comparison.case_ids == [OWL_BUS, DASAN]
    assert comparison.local_titles[1] == "120다산콜센터"
    assert row(comparison, "place").texts == ["Seoul, South Korea", "Seoul, South Korea"]
    assert not row(comparison, "place").differs and not row(comparison, "stage").differs
    assert row(comparison, "year_started").differs and row(comparison, "summary").differs
    themes = row(comparison, "themes")
    assert [i.name for i in themes.items[0] if i.shared] == [i.name for i in themes.items[1] if i.shared]
    components = row(comparison, "components").items[0]
    assert components and all(c.tag in ("core", "adaptable") and c.note for c in components)
    fields = [r.field for r in comparison.rows]
    for name in ("title", "place", "year_started", "stage", "themes", "sdgs", "summary", "problem"):
        assert name in fields
    assert fields.index("components") < fields.index("sources")


def test_three_cases_and_a_case_missing_a_field() -> None:
    first, second = make_case(costs="About 2 million dollars."), make_case(costs="")
    third = make_case(costs="", title="Same as the first", summary=first.summary)
    comparison = compare([first, second, third])
    assert len(comparison.case_ids) == 3
    costs = row(comparison, "costs")
    assert costs.differs and costs.texts[1] == ""
    assert not row(comparison, "summary").differs
    assert all(len(r.texts or r.items) == 3 for r in comparison.rows)


def test_one_or_four_cases_are_refused_with_a_clear_message() -> None:
    cases = [make_case() for _ in range(4)]
    for chosen in (cases[:1], cases, [cases[0], cases[0]]):
        with pytest.raises(CompareError, match="two or three cases"):
            compare(chosen)


def test_the_window_shows_both_cases_escaped_and_tinted(qtbot: QtBot) -> None:
    hostile = make_case(title="<script>x</script> & co", approach="**bold** <img src='http://x.example/a.png'>")
    dialog = CompareDialog()
    qtbot.addWidget(dialog)
    dialog.show_comparison(compare([hostile, make_case(local_title="서울 빗물", year_started=2001)]))
    page = dialog.view.toHtml() + "".join(label.text() for label in dialog.head_labels)
    text = dialog.shown_text()
    assert "<script>x</script> & co" in text and "서울 빗물" in text
    assert "x.example" not in page
    assert "differs" in text and "Approach" in text


def test_open_compare_loads_on_the_worker_and_links_back(qtbot: QtBot, worker: CatalogueWorker) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    chosen = [OWL_BUS, DASAN, CHEONGGYECHEON]
    dialog = open_compare(parent, worker.tasks, worker.catalogue, chosen, shown.append)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=WAIT_MS)
    text = dialog.shown_text()
    assert "120다산콜센터" in text and "청계천 복원" in text and "Owl Bus" in text
    dialog.view.anchorClicked.emit(QUrl(f"leaps-case:{DASAN}"))
    assert shown == [DASAN]


def test_open_compare_refuses_a_single_case(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner(parent)
    assert open_compare(parent, tasks, None, [OWL_BUS, OWL_BUS]) is None  # type: ignore[arg-type]
    assert said and "two or three cases" in said[0] and "1 chosen" in said[0]
    tasks.shutdown()


def test_escape_closes_the_window(qtbot: QtBot) -> None:
    dialog = CompareDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_case_menu_compares_the_selected_results(qtbot: QtBot, data_dir: Path) -> None:
    from PySide6.QtCore import QItemSelectionModel

    window = open_main_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.results.rowCount() > 3, timeout=WAIT_MS)
    table = window.result_table
    table.setFocus()
    table.selectRow(0)
    assert not window.compare_action.isEnabled()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 2):
        table.selectionModel().select(window.results.index(row, 0), flags)
        assert window.compare_action.isEnabled()
    table.selectionModel().select(window.results.index(3, 0), flags)
    assert not window.compare_action.isEnabled()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = window.case_page.selected_case_ids()
    assert len(chosen) == 2 and window.compare_action.isEnabled()
    window.compare_action.trigger()
    dialog = window.findChild(CompareDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=WAIT_MS)
    assert dialog.comparison.case_ids == chosen


def test_a_korean_window_compares_in_korean_names(qtbot: QtBot, catalogue: Catalogue) -> None:
    from desktop.ui.i18n import install_translators

    install_translators("ko")
    try:
        comparison = load_comparison(catalogue.get, [OWL_BUS, DASAN])
        dialog = CompareDialog()
        qtbot.addWidget(dialog)
        dialog.show_comparison(comparison)
        text = dialog.view.toPlainText()
    finally:
        install_translators("en")
    assert row(comparison, "place").texts == ["Seoul, 대한민국", "Seoul, 대한민국"]
    assert "디지털 정부" in text and "digital-government" not in text, "themes by their Korean names"


def test_only_facts_are_tinted_and_the_titles_stay_in_sight(qtbot: QtBot, worker: CatalogueWorker) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    chosen = [OWL_BUS, DASAN, CHEONGGYECHEON]
    dialog = open_compare(parent, worker.tasks, worker.catalogue, chosen, shown.append)
    assert dialog is not None
    dialog.resize(1100, 600)
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=WAIT_MS)
    page = dialog.view.toHtml()
    # Summaries, problems and approaches always differ: a tint on them would say nothing.
    marks = page.count("≠ differs")
    assert marks <= len(FACT_FIELDS)
    tinted = [row.field for row in dialog.comparison.rows if row.differs and row.field in FACT_FIELDS]
    assert marks == len(tinted) and dialog.comparison.rows[-1].differs
    dialog.view.verticalScrollBar().setValue(dialog.view.verticalScrollBar().maximum())
    QApplication.processEvents()
    heads = [label for label in dialog.head_labels if label.isVisible()]
    assert len(heads) == 3 and "Owl Bus" in heads[0].text()
    assert all(dialog.rect().contains(label.geometry()) for label in heads)
    heads[1].linkActivated.emit(f"leaps-case:{DASAN}")
    assert shown == [DASAN]


def test_the_compare_window_exports_the_comparison_as_a_document(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    import docx

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_compare(parent, worker.tasks, worker.catalogue, [OWL_BUS, DASAN])
    assert dialog is not None and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=WAIT_MS)
    assert dialog.export_button.isEnabled()
    dialog.export((tmp_path / "compare.docx", "docx"))
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported to "), timeout=WAIT_MS)
    word = docx.Document(str(tmp_path / "compare.docx"))
    assert word.paragraphs[0].text == "Comparison of cases"
    heads = [cell.text for cell in word.tables[0].rows[0].cells]
    assert heads[0] == "Field" and any("120다산콜센터" in head for head in heads)
