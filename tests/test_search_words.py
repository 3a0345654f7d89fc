"""Search on real text: prefixes, snippets, suggestions, ranking, "cases like this" and the command line."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

from desktop.catalogue.render import alike_text, related_html
from desktop.catalogue.service import Catalogue
from desktop.search import SearchRequest
from desktop.store.records import Component
from tests.conftest import make_case
from tests.test_cli import leaps

MARKED = re.compile(r"<mark>(.*?)</mark>")


def found_ids(catalogue: Catalogue, text: str) -> set[str]:
    return {card.id for card in catalogue.search(SearchRequest(text=text, limit=500)).cards}


def cases_with_a_word_starting(catalogue: Catalogue, start: str) -> set[str]:
    """Cases whose text (prose, titles, components) holds a word starting with `start`."""
    pattern = re.compile(rf"\b{start}", re.IGNORECASE)
    holding = set()
    for case in catalogue.all_cases():
        parts = [case.title, case.summary, case.problem, case.approach, case.results, case.body]
        parts += [f"{c.name} {c.description} {c.mechanism}" for c in case.components]
        if any(pattern.search(part or "") for part in parts):
            holding.add(case.id)
    return holding


def test_a_prefix_finds_every_word_that_starts_as_typed(catalogue: Catalogue) -> None:
    for prefix in ("participat", "deliberat", "communit", "democra", "polic"):
        expected = cases_with_a_word_starting(catalogue, prefix)
        assert expected, prefix
        assert found_ids(catalogue, f"{prefix}*") >= expected, prefix
    assert found_ids(catalogue, "participat*") >= found_ids(catalogue, "participatory")
    assert found_ids(catalogue, "participat*") >= found_ids(catalogue, "participation")


def test_every_hit_has_a_snippet_with_the_matched_words_marked(catalogue: Catalogue) -> None:
    for text in ("participatory", "community", "democratic", "policy", "city", "participat*", "Seoul"):
        page = catalogue.search(SearchRequest(text=text, limit=100))
        assert page.cards, text
        for card in page.cards:
            assert card.snippet, (text, card.title)
            assert MARKED.search(card.snippet), (text, card.title, card.snippet)


def test_both_words_of_a_stemmed_phrase_are_marked(catalogue: Catalogue) -> None:
    page = catalogue.search(SearchRequest(text="participatory budgeting"))
    marked = {m.lower() for card in page.cards for m in MARKED.findall(card.snippet)}
    assert "participatory" in marked and any(m.startswith("budget") for m in marked), marked


def test_marks_only_words_the_query_matched(catalogue: Catalogue) -> None:
    # `citi` is the stem of "city": "citizens" shares its first letters but not its stem.
    for card in catalogue.search(SearchRequest(text="city", limit=100)).cards:
        for word in MARKED.findall(card.snippet):
            assert word.lower() in {"city", "cities", "city's"}, (card.title, word)


def test_a_word_inside_another_word_is_not_marked(catalogue: Catalogue) -> None:
    catalogue.save(
        make_case(title="Omnibus lanes", summary="An omnibus plan: a bus every minute, trolleybus too.")
    )
    page = catalogue.search(SearchRequest(text="bus minute"))
    snippet = next(card.snippet for card in page.cards if card.title == "Omnibus lanes")
    assert [m.lower() for m in MARKED.findall(snippet)] == ["bus", "minute"], snippet


def test_a_suggestion_is_a_real_word_for_each_word_typed(catalogue: Catalogue) -> None:
    catalogue.save(make_case(title="Budzet obywatelski in Lublin", summary="A citizens' budzet."))
    page = catalogue.search(SearchRequest(text="partcipatory budjet"))
    assert page.suggestion == "participatory budget"
    assert catalogue.search(SearchRequest(text="nigth bsu")).suggestion == "night bus"


def test_a_word_found_only_in_a_case_body_is_not_corrected(catalogue: Catalogue) -> None:
    catalogue.save(make_case(title="Canal boats", body="Local bottlers take the plastic back."))
    assert catalogue.search(SearchRequest(text="bottlers")).suggestion == ""


def test_a_word_typed_whole_ranks_above_words_sharing_its_stem(catalogue: Catalogue) -> None:
    commons = [
        make_case(
            title=f"House of Commons committee {n} hears city officials",
            summary="The House of Commons questions the house's members on local services.",
        )
        for n in range(3)
    ]
    housing = make_case(
        title="Rent caps for tenants",
        summary="Social housing for low-income families in the old town.",
    )
    for case in [*commons, housing]:
        catalogue.save(case)
    ranked = [card.id for card in catalogue.search(SearchRequest(text="housing", limit=100)).cards]
    writing_housing = cases_with_a_word_starting(catalogue, "housing")
    assert housing.id in writing_housing
    last_housing = max(ranked.index(case_id) for case_id in writing_housing)
    first_commons = min(ranked.index(case.id) for case in commons)
    assert last_housing < first_commons, "every case about housing ranks above the House of Commons"


def theme_less_case(title: str, summary: str, parts: list[str]) -> object:
    return make_case(
        title=title,
        summary=summary,
        problem=summary,
        themes=[],
        components=[
            Component(id=f"{title}-{n}", name=name, description=name, mechanism="", preconditions=[])
            for n, name in enumerate(parts)
        ],
    )


def test_cases_like_this_without_themes_use_text_and_components_and_say_why(tmp_path: Path) -> None:
    catalogue = Catalogue.open(tmp_path / "data", load_seed=False)
    night = theme_less_case(
        "Night bus routes drawn from phone call data",
        "Late-night buses for shift workers on routes planned from call records.",
        ["Routes planned from call records", "Shift workers' fares"],
    )
    alike = theme_less_case(
        "Late buses for night-shift workers",
        "Night buses follow routes where phone call records show people travel late.",
        ["Routes planned from mobile call records", "Stops near hospitals"],
    )
    others = [
        theme_less_case("Rainwater tanks for markets", "Market stalls keep rainwater.", ["Tanks lent"]),
        theme_less_case("School meals from local farms", "Schools buy food from nearby farms.", ["Menus"]),
        theme_less_case("Library opening hours", "Libraries open on weekend evenings.", ["Volunteers"]),
        theme_less_case("Tree planting on streets", "Residents adopt street trees.", ["Adoption forms"]),
    ]
    for case in [night, alike, *others]:
        catalogue.save(case)
    related = catalogue.more_like(night.id)
    assert related[0].id == alike.id
    why = related[0].alike
    assert why is not None
    assert "Routes planned from mobile call records" in why.components
    assert {"night", "routes"} & set(why.words)
    catalogue.close()


def test_cases_like_this_name_the_themes_they_share(catalogue: Catalogue) -> None:
    porto = catalogue.search(SearchRequest(text='city:"porto alegre"')).cards[0]
    first = catalogue.more_like(porto.id)[0]
    assert first.alike is not None and "participation" in first.alike.themes
    page = related_html([(first.id, first.title, alike_text(first.alike))])
    assert "same themes: " in page and "Participation" in page


def test_command_line_prints_plain_text_without_empty_parts(data_dir: Path) -> None:
    out = leaps(data_dir, "search", "Seoul's").stdout
    assert "&#x27;" not in out and "&quot;" not in out and "&amp;" not in out
    assert out == html.unescape(out)
    placeless = make_case(title="Placeless practice", city="", country="", region="", year_started=None)
    catalogue = Catalogue.open(data_dir)
    catalogue.save(placeless)
    catalogue.close()
    listed = leaps(data_dir, "search", "placeless").stdout
    assert "(, )" not in listed and "()" not in listed and "Placeless practice" in listed
    shown = leaps(data_dir, "show", placeless.id).stdout
    assert "since None" not in shown and not shown.splitlines()[1].startswith(",")
    assert "pilot" in shown.splitlines()[1]


def test_command_line_ends_quietly_when_its_reader_closes(data_dir: Path) -> None:
    env = {**os.environ, "LEAPS_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before a line is written, as `| head -1` is after its line
    try:
        finished = subprocess.run(
            [sys.executable, "-m", "desktop", "search", "city"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
        )
    finally:
        os.close(write_end)
    errors = finished.stderr.decode()
    assert "Traceback" not in errors and "BrokenPipe" not in errors and "Exception ignored" not in errors


def test_snippets_show_words_without_markdown_marks(catalogue: Catalogue) -> None:
    body = "## Timetable\n\nThe **nightly** ferries run `late` > dawn."
    catalogue.save(make_case(title="Ferries", body=body))
    shown = catalogue.search(SearchRequest(text="ferries timetable")).cards[0].snippet
    assert "<mark>nightly</mark>" not in shown and "<mark>ferries</mark>" in shown
    assert "**" not in shown and "`" not in shown and "##" not in shown
