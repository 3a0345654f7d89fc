"""Country and language names in the reader's language: Korean and Indonesian from CLDR, English from Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from desktop.catalogue.render import case_html
from desktop.catalogue.service import Catalogue
from desktop.documents.case_document import case_document
from desktop.plans.document import stored_plan_document
from desktop.plans.service import Planning
from desktop.store.records import Case
from desktop.text.countries import country_label, country_name, language_label
from desktop.ui.browse.facets_pane import FacetsPane, value_label
from desktop.ui.browse.map_view import MapView
from desktop.ui.browse.results_model import COLUMNS
from desktop.ui.case.case_editor import CaseEditor
from desktop.ui.case.case_form import country_choices
from desktop.ui.i18n import install_translators, set_preferred_language
from tests.conftest import make_case
from tests.worker_helpers import WAIT_MS, CatalogueWorker, open_main_window

ROOT = Path(__file__).resolve().parent.parent
PLACE_NAMES = ROOT / "desktop" / "data" / "place_names.json"
Speak = Callable[[str], None]


@pytest.fixture
def speak() -> Iterator[Speak]:
    """Switch the interface language as View > Language does; English again afterwards."""

    def switch(code: str) -> None:
        set_preferred_language(code)
        install_translators(code)

    yield switch
    switch("en")
    set_preferred_language("")


def qt_territory_codes() -> set[str]:
    codes = {QLocale.territoryToCode(territory) for territory in QLocale.Country}
    return {code for code in codes if len(code) == 2 and code.isalpha()}


def test_the_shipped_names_cover_every_country_qt_knows_in_korean_and_indonesian() -> None:
    names = json.loads(PLACE_NAMES.read_text(encoding="utf-8"))["names"]
    for language in ("ko", "id"):
        countries = names[language]["countries"]
        assert set(countries) == qt_territory_codes()
        assert all(name.strip() for name in countries.values())
        assert {"ko", "id", "en", "ja", "th", "vi", "zh"} <= set(names[language]["languages"])


def test_the_shipped_names_are_what_the_script_writes_from_cldr(tmp_path: Path) -> None:
    pytest.importorskip("babel", reason="Babel comes with the test extra")
    fresh = tmp_path / "place_names.json"
    subprocess.run([sys.executable, "packaging/make_place_names.py", str(fresh)], cwd=ROOT, check=True)
    assert fresh.read_text(encoding="utf-8") == PLACE_NAMES.read_text(encoding="utf-8"), (
        "run packaging/make_place_names.py and commit desktop/data/place_names.json"
    )


def test_names_follow_the_reader_and_english_stays_qt_s() -> None:
    assert [country_label("KR", tag) for tag in ("en", "ko", "id", "ko-KR", "th")] == [
        "South Korea",
        "대한민국",
        "Korea Selatan",
        "대한민국",
        "South Korea",  # a language the app does not speak reads English
    ]
    assert country_label("KR", "en") == country_name("KR")
    assert country_label("ZZ", "ko") == "ZZ"
    assert [language_label("ja", tag) for tag in ("en", "ko", "id")] == ["Japanese", "일본어", "Jepang"]
    assert language_label("pt-BR", "ko") == "포르투갈어"
    assert language_label("iw", "id") == "Ibrani", "an old code reads as today's"
    assert language_label("qqq", "en") == "qqq", "a code nobody knows stays as written"


def test_importing_the_module_reads_no_names_yet() -> None:
    """The window's start is measured: the names load when first shown, not at import."""
    script = (
        "import desktop.text.countries as c, desktop.ui.browse.facets_pane, desktop.ui.browse.results_model;"
        "print(c._names.cache_info().currsize)"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "0"


def test_the_filter_pane_and_its_chips_name_countries_and_languages_in_korean(
    qtbot: QtBot, speak: Speak
) -> None:
    counts = {"country": [("KR", 8), ("ID", 3)], "language": [("en", 11)]}
    speak("ko")
    korean = FacetsPane()
    qtbot.addWidget(korean)
    korean.show_counts(counts, {})
    assert "대한민국" in korean.item_for("country", "KR").text(0)
    assert "인도네시아" in korean.item_for("country", "ID").text(0)
    assert "영어" in korean.item_for("language", "en").text(0)
    assert value_label("country", "KR") == "대한민국", "a chip reads as the pane does"
    speak("en")
    english = FacetsPane()
    qtbot.addWidget(english)
    english.show_counts(counts, {})
    assert english.item_for("country", "KR").text(0) == "South Korea (8)"
    assert english.item_for("language", "en").text(0) == "English (11)"


def test_a_korean_window_lists_korean_names_and_still_finds_korea_typed_in_english(
    qtbot: QtBot, data_dir: Path, speak: Speak
) -> None:
    speak("ko")
    window = open_main_window(qtbot, data_dir)
    window.search_box.setText("Korea")
    qtbot.waitUntil(lambda: window.current_request.text == "Korea", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.results.rowCount() > 0 and window.results.is_loaded(0), timeout=WAIT_MS)
    rows = [row for row in range(window.results.rowCount()) if window.results.is_loaded(row)]
    seoul = next(row for row in rows if window.results.card(row).city == "Seoul")
    country = window.results.index(seoul, COLUMNS.index("country"))
    assert window.results.data(country, Qt.ItemDataRole.DisplayRole) == "대한민국"
    assert window.results.card(seoul).country_name == "South Korea", "the card keeps the English name"
    korea = window.facets.item_for("country", "KR")
    assert "대한민국" in korea.text(0)
    korea.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: len(window.chips.chips) == 1, timeout=WAIT_MS)
    assert "대한민국" in window.chips.chips[0].text()


def test_a_city_chosen_on_the_map_has_a_korean_chip_that_names_a_city_not_a_level_of_government(
    qtbot: QtBot, data_dir: Path, speak: Speak
) -> None:
    speak("ko")
    window = open_main_window(qtbot, data_dir)
    window.set_filter("city", ["Seoul"])  # what a click on Seoul's marker does
    qtbot.waitUntil(lambda: len(window.chips.chips) == 1, timeout=WAIT_MS)
    assert window.chips.chips[0].text().startswith("도시: Seoul")


def test_the_map_speaks_korean_and_orders_countries_by_their_korean_names(qtbot: QtBot, speak: Speak) -> None:
    counts = {"KR": 2, "GB": 1, "ID": 1}
    speak("ko")
    korean = MapView()
    qtbot.addWidget(korean)
    korean.set_counts(counts)
    assert korean.tooltip_for("KR").startswith("대한민국")
    described = korean.accessibleDescription()
    # Same count: 영국 (United Kingdom) before 인도네시아 (Indonesia), as a Korean reader looks them up.
    assert described.index("대한민국") < described.index("영국") < described.index("인도네시아")
    speak("en")
    english = MapView()
    qtbot.addWidget(english)
    english.set_counts(counts)
    assert english.tooltip_for("KR").startswith("South Korea")
    described = english.accessibleDescription()
    assert described.index("South Korea") < described.index("Indonesia") < described.index("United Kingdom")


def test_the_case_editor_lists_countries_in_the_window_language_and_its_order(
    qtbot: QtBot, worker: CatalogueWorker, speak: Speak
) -> None:
    def position(choices: list[tuple[str, str]], code: str) -> int:
        return [value for value, _ in choices].index(code)

    korean, english, indonesian = country_choices("ko"), country_choices("en"), country_choices("id")
    assert position(korean, "GB") < position(korean, "ID")  # 영국 before 인도네시아
    assert position(english, "ID") < position(english, "GB")  # Indonesia before United Kingdom
    assert position(indonesian, "ID") < position(indonesian, "DE")  # Indonesia before Jerman
    assert position(english, "DE") < position(english, "ID")  # Germany before Indonesia
    assert dict(korean)["KR"] == "대한민국"
    assert dict(english)["KR"] == "South Korea — 대한민국", "English keeps each country's own name beside it"
    speak("ko")
    editor = CaseEditor(worker.tasks, worker.catalogue)
    qtbot.addWidget(editor)
    combo = editor._fields["country"].focus
    shown = [combo.itemText(row) for row in range(combo.count()) if combo.itemData(row)]
    assert shown == [name for _, name in korean]


def seoul_case() -> Case:
    return make_case(city="Seoul", country="KR", language="ko")


def test_a_korean_plan_document_names_both_countries_in_korean(catalogue: Catalogue) -> None:
    case = seoul_case()
    catalogue.save(case)
    planning = Planning(catalogue)
    profile = planning.save_profile({"name": "Makassar", "country": "ID"})
    korean = planning.start_plan(case.id, profile["id"], language="ko")
    english = planning.start_plan(case.id, profile["id"], language="en")
    meta = dict(stored_plan_document(planning, korean["id"]).meta)
    # Cities too are named in Korean where the catalogue knows their Korean names.
    assert meta["출발 도시"] == "서울, 대한민국" and meta["도입 도시"] == "마카사르, 인도네시아"
    meta = dict(stored_plan_document(planning, english["id"]).meta)
    assert meta["From"] == "Seoul, South Korea" and meta["To"] == "Makassar, Indonesia"


def test_a_case_names_its_country_in_the_words_around_it(speak: Speak) -> None:
    case = seoul_case()
    speak("ko")
    assert dict(case_document(case).meta)["국가"] == "대한민국"
    assert "Seoul, 대한민국" in case_html(case)
    speak("en")
    assert dict(case_document(case).meta)["Country"] == "South Korea"
    assert "Seoul, South Korea" in case_html(case)
