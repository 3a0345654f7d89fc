"""A large change is indexed in the background: searching goes on, from the index as it was and
from the catalogue for the cases changed since, and says the index is catching up."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.catalogue.service import REBUILD_MIN_CASES, Catalogue
from desktop.search import SearchRequest
from desktop.store import cases as case_store
from tests.conftest import make_case


def import_many(catalogue: Catalogue, count: int) -> list[str]:
    """Save `count` cases in one transaction, as a bundle import does, and tell the index; their ids."""
    summary = "Airships carry commuters."
    cases = [make_case(title=f"Zeppelin ferry {n}", summary=summary) for n in range(count)]
    with catalogue.db.atomic():
        for case in cases:
            case_store.save_case(catalogue.writer, case)
    catalogue.reindex_cases([case.id for case in cases])
    return [case.id for case in cases]


def test_searching_goes_on_while_a_large_import_is_indexed(catalogue: Catalogue) -> None:
    catalogue.background_index = True
    owl_before = catalogue.search(SearchRequest(text="night bus")).cards[0].id
    held, release = threading.Event(), threading.Event()

    def hold(done: int, total: int) -> None:
        held.set()
        release.wait()

    catalogue.index_progress = hold
    ids = import_many(catalogue, 3 * REBUILD_MIN_CASES)
    # The rebuild is under way, and waits in `hold` until the searches below are done.
    assert held.wait(timeout=120), "the import returned before indexing, which runs in the background"
    assert catalogue.catching_up
    page = catalogue.search(SearchRequest(text="zeppelin", limit=50))
    assert page.catching_up and page.total == len(ids), "every new case is found by a title word"
    assert {card.id for card in page.cards} <= set(ids) and len(page.cards) == 50
    later = catalogue.search(SearchRequest(text="zeppelin", offset=250, limit=100))
    assert len(later.cards) == len(ids) - 250
    owl_now = catalogue.search(SearchRequest(text="night bus")).cards[0].id
    assert owl_now == owl_before, "the index as it was answers for the rest"
    release.set()
    catalogue.wait_for_index()
    done = catalogue.search(SearchRequest(text="zeppelin airships", limit=50))
    assert not done.catching_up and done.total == len(ids)
    assert "<mark>" in done.cards[0].snippet
    assert catalogue.check() == []


def test_without_background_indexing_an_import_is_indexed_before_it_returns(catalogue: Catalogue) -> None:
    ids = import_many(catalogue, 3 * REBUILD_MIN_CASES)
    assert not catalogue.catching_up
    assert catalogue.search(SearchRequest(text="airships")).total == len(ids)


def test_an_edit_made_while_the_index_catches_up_is_indexed_after(catalogue: Catalogue) -> None:
    catalogue.background_index = True
    held, release = threading.Event(), threading.Event()
    catalogue.index_progress = lambda done, total: (held.set(), release.wait())
    import_many(catalogue, 3 * REBUILD_MIN_CASES)
    assert held.wait(timeout=120)
    edited = make_case(title="Hovercraft ferries across the lagoon")
    catalogue.save(edited)
    assert [c.id for c in catalogue.search(SearchRequest(text="hovercraft")).cards] == [edited.id]
    release.set()
    catalogue.wait_for_index()
    page = catalogue.search(SearchRequest(text="hovercraft lagoon"))
    assert not page.catching_up and [c.id for c in page.cards] == [edited.id]
    assert catalogue.check() == []


def test_closing_stops_the_rebuild_and_the_next_start_catches_up(data_dir: Path) -> None:
    catalogue = Catalogue.open(data_dir)
    catalogue.background_index = True
    held, release = threading.Event(), threading.Event()
    catalogue.index_progress = lambda done, total: (held.set(), release.wait())
    ids = import_many(catalogue, 3 * REBUILD_MIN_CASES)
    assert held.wait(timeout=120)
    catalogue.stop_indexing()  # as closing the window does
    release.set()  # the rebuild goes on to its next case, sees the stop and gives up
    catalogue.close()
    assert not (data_dir / "index.new").exists()
    reopened = Catalogue.open(data_dir, check_index=False)
    reopened.background_index = True
    reopened.ensure_index()
    assert reopened.catching_up, "most of the catalogue changed: rebuilt in the background"
    reopened.wait_for_index()
    assert reopened.search(SearchRequest(text="airships")).total == len(ids)
    assert reopened.check() == []
    reopened.close()


def test_filters_and_field_queries_find_new_cases_while_the_index_catches_up(catalogue: Catalogue) -> None:
    catalogue.background_index = True
    release = threading.Event()
    held = threading.Event()
    catalogue.index_progress = lambda done, total: (held.set(), release.wait())
    colombo = [
        make_case(title=f"Zeppelin ferry {n}", themes=["transport"], year_started=2018)
        for n in range(2 * REBUILD_MIN_CASES)
    ]
    busan = [
        make_case(
            title=f"Zeppelin post {n}",
            city="Busan",
            country="KR",
            region="East Asia",
            stage="scaled",
            themes=["water"],
            sdgs=[9],
            year_started=2022,
            summary="Parcels by air.",
        )
        for n in range(REBUILD_MIN_CASES)
    ]
    with catalogue.db.atomic():
        for case in colombo + busan:
            case_store.save_case(catalogue.writer, case)
    catalogue.reindex_cases([case.id for case in colombo + busan])
    assert held.wait(timeout=120)
    colombo_ids, busan_ids = {c.id for c in colombo}, {c.id for c in busan}

    def found(request: SearchRequest) -> set[str]:
        page = catalogue.search(SearchRequest(**{**request.__dict__, "limit": 1000}))
        assert page.catching_up and page.total == len(page.cards)
        return {card.id for card in page.cards}

    try:
        assert found(SearchRequest(text="zeppelin", filters={"country": ["KR"]})) == busan_ids
        assert found(SearchRequest(text="zeppelin", filters={"stage": ["pilot"]})) == colombo_ids
        assert found(SearchRequest(text="zeppelin", filters={"theme": ["water"], "sdg": ["9"]})) == busan_ids
        assert found(SearchRequest(text="zeppelin", year_from=2020)) == busan_ids
        assert found(SearchRequest(text="zeppelin", filters={"year": ["2017..2019"]})) == colombo_ids
        assert found(SearchRequest(filters={"country": ["KR"], "stage": ["scaled"]})) >= busan_ids
        assert found(SearchRequest(text="zeppelin city:busan")) == busan_ids
        assert found(SearchRequest(text="city:Busan title:post")) == busan_ids
        assert found(SearchRequest(text="title:ferry country:lk")) == colombo_ids
        assert found(SearchRequest(text='zeppelin stage:scaled summary:"by air"')) == busan_ids
        assert found(SearchRequest(text="zeppelin year:2018")) == colombo_ids
    finally:
        release.set()  # a failed check must not leave the rebuild waiting forever
    catalogue.wait_for_index()
    indexed = catalogue.search(SearchRequest(text="zeppelin city:busan", limit=1000))
    assert not indexed.catching_up and {card.id for card in indexed.cards} == busan_ids
