"""Searching the seeded catalogue as a person would: words, scripts, fields, facets, mistakes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.catalogue.service import Catalogue
from desktop.search import SearchRequest
from desktop.store.errors import CatalogueError
from tests.conftest import make_case


def titles(catalogue: Catalogue, text: str, **kwargs: object) -> list[str]:
    return [card.title for card in catalogue.search(SearchRequest(text=text, **kwargs)).cards]  # type: ignore[arg-type]


def cities(catalogue: Catalogue, text: str) -> set[str]:
    return {card.city for card in catalogue.search(SearchRequest(text=text, limit=100)).cards}


def test_english_words_match_their_stems(catalogue: Catalogue) -> None:
    found = titles(catalogue, "participating budgets")
    assert found, "participating/budgets match participatory budgeting"
    assert any("budget" in t.lower() for t in found[:3])


def test_night_bus_ranks_the_owl_bus_first(catalogue: Catalogue) -> None:
    assert "Owl Bus" in titles(catalogue, "night bus")[0]


def test_a_search_without_snippets_ranks_alike_and_cuts_none(catalogue: Catalogue) -> None:
    with_snippets = catalogue.search(SearchRequest(text="night bus"))
    without = catalogue.search(SearchRequest(text="night bus", snippets=False))
    assert [c.id for c in without.cards] == [c.id for c in with_snippets.cards]
    assert without.total == with_snippets.total and without.facets == with_snippets.facets
    assert "<mark>" in with_snippets.cards[0].snippet
    assert [c.snippet for c in without.cards] == [""] * len(without.cards)


def test_korean_query_finds_the_korean_case(catalogue: Catalogue) -> None:
    assert "Owl Bus" in titles(catalogue, "올빼미버스")[0]
    assert cities(catalogue, "올빼미") == {"Seoul"}


def test_chinese_query_finds_the_chinese_case(catalogue: Catalogue) -> None:
    assert cities(catalogue, "杭州") == {"Hangzhou"}


def test_thai_query_finds_the_thai_case(catalogue: Catalogue) -> None:
    assert cities(catalogue, "กรุงเทพ") == {"Bangkok"}


def test_a_city_is_found_by_its_name_in_other_scripts(catalogue: Catalogue) -> None:
    seoul = cities(catalogue, "city:seoul")
    assert seoul == {"Seoul"}
    assert cities(catalogue, "首尔") == seoul
    assert cities(catalogue, "서울") == seoul
    assert "Da Nang" in cities(catalogue, "Đà Nẵng")


def test_accents_are_folded(catalogue: Catalogue) -> None:
    plain = {c.id for c in catalogue.search(SearchRequest(text="medellin")).cards}
    accented = {c.id for c in catalogue.search(SearchRequest(text="Medellín")).cards}
    assert plain and plain == accented


def test_snippets_highlight_the_matched_words(catalogue: Catalogue) -> None:
    card = catalogue.search(SearchRequest(text="night bus")).cards[0]
    assert "<mark>" in card.snippet and "night" in card.snippet.lower()


def test_field_queries(catalogue: Catalogue) -> None:
    assert cities(catalogue, "city:seoul") == {"Seoul"}
    seoul_rows = catalogue.db.execute("SELECT count(*) FROM cases WHERE city = 'Seoul'").fetchone()[0]
    assert catalogue.search(SearchRequest(text="city:seoul")).total == seoul_rows
    sdg_rows = catalogue.db.execute("SELECT count(*) FROM case_sdgs WHERE sdg = 11").fetchone()[0]
    assert catalogue.search(SearchRequest(text="sdg:11")).total == sdg_rows
    assert cities(catalogue, "country:id") <= {"Jakarta", "Surabaya", "Makassar", "Bandung"}


def test_facet_counts_match_the_catalogue(catalogue: Catalogue) -> None:
    page = catalogue.search(SearchRequest())
    assert page.total == catalogue.count()
    expected = dict(catalogue.db.execute("SELECT country, count(*) FROM cases GROUP BY country").fetchall())
    assert dict(page.facets["country"]) == expected
    themes = dict(catalogue.db.execute("SELECT theme, count(*) FROM case_themes GROUP BY theme").fetchall())
    assert dict(page.facets["theme"]) == themes
    for name in ("region", "sdg", "stage", "language", "year"):
        assert page.facets[name], name


def test_filters_narrow_results_and_keep_counts_for_other_choices(catalogue: Catalogue) -> None:
    page = catalogue.search(SearchRequest(filters={"country": ["KR"]}))
    assert {c.country for c in page.cards} == {"KR"}
    countries = dict(page.facets["country"])
    assert countries["KR"] == page.total and len(countries) > 1, "other countries stay choosable"
    themes = dict(page.facets["theme"])
    assert sum(themes.values()) >= page.total
    dated = catalogue.search(SearchRequest(year_from=2010, year_to=2014, limit=100))
    assert dated.cards and all(2010 <= (c.year_started or 0) <= 2014 for c in dated.cards)


def test_sorting_by_year_puts_newest_first(catalogue: Catalogue) -> None:
    years = [c.year_started for c in catalogue.search(SearchRequest(sort="year", limit=100)).cards]
    assert years == sorted(years, reverse=True)


def test_level_of_government_is_a_facet_and_a_filter(catalogue: Catalogue) -> None:
    levels = dict(catalogue.search(SearchRequest()).facets["level_of_government"])
    assert levels["city"] > levels["metropolitan"] > 0
    page = catalogue.search(SearchRequest(filters={"level_of_government": ["metropolitan"]}, limit=100))
    assert page.total == levels["metropolitan"]
    stored = {catalogue.get(card.id).level_of_government for card in page.cards}
    assert stored == {"metropolitan"}


def test_year_filters_take_ranges_and_open_ends(catalogue: Catalogue) -> None:
    def years(**kwargs: object) -> list[int]:
        page = catalogue.search(SearchRequest(limit=100, **kwargs))  # type: ignore[arg-type]
        return [card.year_started or 0 for card in page.cards]

    assert years(filters={"year": ["2010..2014"]}) == years(year_from=2010, year_to=2014)
    assert all(2010 <= y <= 2014 for y in years(filters={"year": ["2010..2014"]}))
    assert years(filters={"year": ["2015.."]}) and all(y >= 2015 for y in years(filters={"year": ["2015.."]}))
    assert years(filters={"year": ["..2000"]}) and all(y <= 2000 for y in years(filters={"year": ["..2000"]}))
    both = years(filters={"year": ["..2000", "2015.."]})
    assert sorted(both) == sorted(years(filters={"year": ["..2000"]}) + years(filters={"year": ["2015.."]}))
    assert set(years(filters={"year": ["2010..2020"]}, year_from=2015)) <= set(range(2015, 2021))


def test_a_bad_year_filter_says_what_to_write(catalogue: Catalogue) -> None:
    for bad in ("soon", "..", "2010..later"):
        with pytest.raises(CatalogueError, match="2010..2015"):
            catalogue.search(SearchRequest(filters={"year": [bad]}))


def test_a_stored_sort_order_can_be_reversed(catalogue: Catalogue) -> None:
    def order(sort: str, reverse: bool, offset: int = 0) -> list[str]:
        request = SearchRequest(sort=sort, reverse=reverse, offset=offset, limit=100)
        return [card.id for card in catalogue.search(request).cards]

    for sort in ("title", "city", "year"):
        assert order(sort, True) == order(sort, False)[::-1], sort
    oldest = catalogue.search(SearchRequest(sort="year", reverse=True, limit=5)).cards
    assert [c.year_started for c in oldest] == sorted(c.year_started for c in oldest)
    assert order("title", True, offset=20) == order("title", True)[20:]


def test_malformed_queries_are_searched_as_plain_words(catalogue: Catalogue) -> None:
    for text in ['"unclosed phrase', "title:(", "year:[2010 TO", "AND OR NOT", "((bus", "city:", "*", "?x"]:
        page = catalogue.search(SearchRequest(text=text))  # must never raise
        assert page.total >= 0
    assert catalogue.search(SearchRequest(text="AND OR")).read_as_plain_words
    assert catalogue.search(SearchRequest(text="((bus")).total > 0


def test_did_you_mean_corrects_a_misspelling(catalogue: Catalogue) -> None:
    page = catalogue.search(SearchRequest(text="nigth"))
    assert page.suggestion == "night"
    assert catalogue.search(SearchRequest(text=page.suggestion)).total > 0


def test_more_like_this_finds_a_related_practice(catalogue: Catalogue) -> None:
    porto = catalogue.search(SearchRequest(text='city:"porto alegre"')).cards[0]
    related = catalogue.more_like(porto.id)
    assert porto.id not in {c.id for c in related}
    assert any("budget" in c.title.lower() for c in related[:3])


def test_index_follows_edits_and_deletes(catalogue: Catalogue) -> None:
    case = make_case(title="Floating wetlands cleaning the canals")
    catalogue.save(case)
    assert titles(catalogue, "floating wetlands") == [case.title]
    case.title = "Reed beds cleaning the canals"
    catalogue.save(case)
    assert titles(catalogue, "floating wetlands") == []
    assert titles(catalogue, "reed beds") == [case.title]
    catalogue.delete(case.id)
    assert titles(catalogue, "reed beds") == []


def test_index_rebuilds_itself_when_deleted(data_dir: Path) -> None:
    shutil.rmtree(data_dir / "index")
    catalogue = Catalogue.open(data_dir)
    assert catalogue.index.doc_count() == catalogue.count()
    assert "Owl Bus" in titles(catalogue, "night bus")[0]
    catalogue.close()


def test_index_rebuilds_itself_when_damaged(data_dir: Path) -> None:
    for path in (data_dir / "index").iterdir():
        if path.suffix in {".toc", ".seg"}:
            path.write_bytes(b"garbage")
    catalogue = Catalogue.open(data_dir)
    assert catalogue.index.doc_count() == catalogue.count()
    assert catalogue.check() == []
    catalogue.close()


def test_index_rebuilds_itself_when_its_schema_is_older(data_dir: Path) -> None:
    (data_dir / "index" / "leaps-index.json").write_text('{"schema": 0}')
    catalogue = Catalogue.open(data_dir)
    assert catalogue.search(SearchRequest(text="night bus")).total > 0
    catalogue.close()


def test_index_catches_up_with_changes_it_missed(data_dir: Path) -> None:
    catalogue = Catalogue.open(data_dir)
    owl = catalogue.search(SearchRequest(text="night bus")).cards[0]
    # A change committed to SQLite when the app died before updating the index:
    catalogue.db.execute(
        "UPDATE cases SET title = 'Owl Bus renamed', updated_stamp = '9999999999999.00000.x' WHERE id = ?",
        [owl.id],
    )
    catalogue.db.conn.commit()
    assert catalogue.check(), "check reports the stale index"
    catalogue.close()
    reopened = Catalogue.open(data_dir)
    assert titles(reopened, "renamed") == ["Owl Bus renamed"]
    assert reopened.check() == []
    reopened.close()


def test_index_catches_up_with_a_part_changed_behind_its_back(data_dir: Path) -> None:
    catalogue = Catalogue.open(data_dir)
    owl = catalogue.search(SearchRequest(text="night bus")).cards[0]
    # A component edited in SQLite when the app died before the index heard of it:
    catalogue.db.execute(
        "UPDATE components SET mechanism = 'zeppelin shuttles', updated_stamp = '9999999999999.00000.x' "
        "WHERE id = (SELECT id FROM components WHERE case_id = ? LIMIT 1)",
        [owl.id],
    )
    catalogue.db.conn.commit()
    catalogue.close()
    reopened = Catalogue.open(data_dir)
    assert owl.id in [c.id for c in reopened.search(SearchRequest(text="zeppelin")).cards]
    reopened.close()


def test_a_damaged_or_stale_facet_cache_is_not_trusted(data_dir: Path) -> None:
    catalogue = Catalogue.open(data_dir)
    expected = catalogue.search(SearchRequest()).facets
    catalogue.save(make_case(title="Counted after the cache was written", country="LK"))
    catalogue.close()
    reopened = Catalogue.open(data_dir)
    counts = dict(reopened.search(SearchRequest()).facets["country"])
    assert counts["LK"] == dict(expected["country"]).get("LK", 0) + 1, "a cache of an older index is ignored"
    reopened.close()
    (data_dir / "index" / "leaps-facets.json").write_text("{not json")
    again = Catalogue.open(data_dir)
    assert dict(again.search(SearchRequest()).facets["country"]) == counts
    again.close()


def test_words_with_a_filter_nothing_passes_show_no_case(catalogue: Catalogue) -> None:
    # Once showed the unfiltered best matches under a count of 0.
    page = catalogue.search(SearchRequest(text="bus", filters={"country": ["AQ"]}))
    assert page.total == 0
    assert page.cards == []


def test_a_page_of_matches_ranks_exactly_by_score(catalogue: Catalogue) -> None:
    every = catalogue.search(SearchRequest(text="waste recycling", limit=500)).cards
    assert len(every) > 2
    scores = [card.score for card in every]
    assert scores == sorted(scores, reverse=True)
    first = catalogue.search(SearchRequest(text="waste recycling", limit=2)).cards
    assert [card.id for card in first] == [card.id for card in every[:2]]


def test_a_phrase_finds_its_words_in_order_and_together(catalogue: Catalogue) -> None:
    catalogue.save(make_case(title="Quiet lanes", summary="A ferry shuttle at dawn."))
    catalogue.save(make_case(title="Loud lanes", summary="A shuttle for the ferry at dawn."))
    catalogue.save(make_case(title="Far lanes", summary="A ferry, later at night a shuttle."))
    assert titles(catalogue, '"ferry shuttle"') == ["Quiet lanes"]
    assert set(titles(catalogue, '"ferry shuttle"~5')) == {"Quiet lanes", "Far lanes"}
