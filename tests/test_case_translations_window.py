"""A case page in the reader's language: translated where it can be, the original marked, a switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from desktop.catalogue.translations import Translations
from desktop.search import SearchRequest
from tests.test_window import shown_title, type_search
from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker


def test_the_case_page_reads_in_the_readers_language_marks_the_rest_and_switches_to_the_original(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_main_window(qtbot, data_dir)
    catalogue = window.catalogue
    assert catalogue is not None
    type_search(qtbot, window, "night bus")
    qtbot.waitUntil(lambda: "Owl Bus" in shown_title(window), timeout=WAIT_MS)
    case_id = window.results.card(0).id

    def translate() -> None:
        translations = Translations(catalogue)
        translations.save(case_id, "ko", {f"cases:{case_id}:title": "올빼미 심야버스"}, by="Min")
        translations.save(case_id, "ko", {f"cases:{case_id}:summary": "기계 초안"}, machine="local-mt")
        catalogue.reading_language = "ko"

    run_on_worker(qtbot, window.tasks, translate)
    window.show_case(case_id)
    qtbot.waitUntil(lambda: "올빼미 심야버스" in window.case_view.toPlainText(), timeout=WAIT_MS)
    page = window.case_view.toPlainText()
    assert "Translated from English on " in page and "by Min, local-mt" in page
    assert "Machine draft (local-mt), not yet confirmed by a person" in page
    assert "Not translated yet: shown in" in page, "fields without a translation are marked"
    cards = run_on_worker(
        qtbot, window.tasks, lambda: catalogue.search(SearchRequest(text="올빼미 심야버스")).cards
    )
    assert (cards[0].id, cards[0].translated) == (case_id, "machine")
    window.case_view.anchorClicked.emit(QUrl("leaps-translation:original"))
    qtbot.waitUntil(lambda: "Owl Bus" in shown_title(window), timeout=WAIT_MS)
    assert "Read it in" in window.case_view.toPlainText()
    window.case_view.anchorClicked.emit(QUrl("leaps-translation:translation"))
    qtbot.waitUntil(lambda: "올빼미 심야버스" in shown_title(window), timeout=WAIT_MS)


def test_the_translators_desk_puts_out_of_date_first_shows_the_diff_and_glossary_and_saves(
    qtbot: QtBot, data_dir: Path
) -> None:
    from desktop.ui.case.translation_desk import TranslationDesk

    window = open_main_window(qtbot, data_dir)
    catalogue = window.catalogue
    assert catalogue is not None
    type_search(qtbot, window, "night bus")
    qtbot.waitUntil(lambda: "Owl Bus" in shown_title(window), timeout=WAIT_MS)
    case_id = window.results.card(0).id
    summary_key = f"cases:{case_id}:summary"

    def translate_then_edit_the_original() -> None:
        Translations(catalogue).save(case_id, "ko", {summary_key: "심야버스 요약"})
        case = catalogue.get(case_id)
        case.summary += " Extended in 2025."
        catalogue.save(case)

    run_on_worker(qtbot, window.tasks, translate_then_edit_the_original)
    desk = TranslationDesk(window.tasks, catalogue, case_id, "ko", window)
    qtbot.addWidget(desk)
    qtbot.waitUntil(lambda: desk.fields.count() > 0, timeout=WAIT_MS)
    assert desk.fields.item(0).data(Qt.ItemDataRole.UserRole) == summary_key, "out of date comes first"
    assert "(out of date)" in desk.fields.item(0).text()
    assert "Extended in 2025." in desk.changed.text() and "1 field out of date" in desk.summary.text()
    assert "city buses: 시내버스" in desk.glossary.text(), "the glossary gives its Korean terms"
    desk.translation.setPlainText("심야버스 요약, 2025년 확대")
    desk.save()
    qtbot.waitUntil(
        lambda: "0 fields" not in desk.summary.text() and "out of date" not in desk.summary.text(),
        timeout=WAIT_MS,
    )
    status = run_on_worker(qtbot, window.tasks, lambda: Translations(catalogue).status(case_id, "ko"))
    [held] = [f for f in status.fields if f.unit.key == summary_key]
    assert (held.translation, held.state) == ("심야버스 요약, 2025년 확대", "current")
