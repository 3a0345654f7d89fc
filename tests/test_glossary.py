"""The multilingual glossary: a query in Korean or Indonesian finds cases written in English."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.catalogue.service import GLOSSARY_FOLDER, Catalogue
from desktop.resources import resource_path
from desktop.search import SearchRequest
from desktop.search.glossary import SHIPPED, Glossary
from tests.conftest import make_case
from tests.test_window import type_search
from tests.worker_helpers import WAIT_MS, open_main_window


def test_the_shipped_glossary_names_hundreds_of_concepts_in_english_korean_and_indonesian() -> None:
    shipped = Glossary.load([resource_path(SHIPPED)])
    assert len(shipped.concepts) >= 300
    for concept in shipped.concepts:
        assert all(concept.terms.get(language) for language in ("en", "ko", "id")), concept.key


def test_korean_and_indonesian_words_find_the_english_case(catalogue: Catalogue) -> None:
    for text in ("야간 버스", "야간버스", "bus malam"):
        assert catalogue.search(SearchRequest(text=text, expand=False)).total == 0, text
        page = catalogue.search(SearchRequest(text=text))
        assert "Owl Bus" in page.cards[0].title, text
        assert "night bus" in page.expansions[0].terms
        assert "<mark>" in page.cards[0].snippet


def test_words_the_glossary_does_not_know_still_narrow_the_search(catalogue: Catalogue) -> None:
    both = {c.id for c in catalogue.search(SearchRequest(text="pemilahan sampah Shanghai")).cards}
    assert len(both) == 1
    assert {c.id for c in catalogue.search(SearchRequest(text="pemilahan sampah")).cards} > both


def test_a_query_with_fields_or_operators_is_searched_as_written(catalogue: Catalogue) -> None:
    for text in ("title:banjir", '"bus malam"', "bus AND malam"):
        page = catalogue.search(SearchRequest(text=text))
        assert page.expansions == [] and page.total == 0, text


def test_a_glossary_file_in_the_data_dir_adds_terms(data_dir: Path) -> None:
    folder = data_dir / GLOSSARY_FOLDER
    folder.mkdir()
    (folder / "ours.csv").write_text(
        "concept,en,ko,id,th\nzeppelin-ferry,zeppelin ferry,비행선 여객선,feri zeppelin,เรือเหาะ\n",
        encoding="utf-8",
    )
    catalogue = Catalogue.open(data_dir)
    case = make_case(title="Zeppelin ferry across the bay")
    catalogue.save(case)
    for text in ("feri zeppelin", "비행선 여객선", "เรือเหาะ"):
        assert [c.id for c in catalogue.search(SearchRequest(text=text)).cards] == [case.id], text
    catalogue.close()


def test_the_window_shows_the_terms_searched_and_can_drop_them(qtbot: QtBot, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    type_search(qtbot, window, "bus malam")
    qtbot.waitUntil(lambda: window.also_searching.isVisible(), timeout=WAIT_MS)
    assert "night bus" in window.also_searching.text()
    assert window.results.rowCount() >= 1 and "Owl Bus" in window.results.card(0).title
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.also_searching.linkActivated.emit("#only-typed")
    assert not window.also_searching.isVisible()
    assert window.results.rowCount() == 0
    type_search(qtbot, window, "pemilahan sampah")
    qtbot.waitUntil(lambda: window.also_searching.isVisible(), timeout=WAIT_MS)
