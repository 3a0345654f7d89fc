"""The analyzer gives the same terms whichever threads run it at once (index builder and searches)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

from desktop.search import analysis
from desktop.search.analysis import mixed_script_analyzer, stem_of

# Words of every length and ending, so the stemmer walks its longest rules; made up, so no cache holds them.
ENDINGS = ("ational", "ization", "fulness", "iveness", "ing", "ed", "s", "ies", "ly", "ment", "bus", "ence")


def words() -> list[str]:
    stems = ("b", "bu", "bus", "transport", "participat", "hous", "commun", "stat", "relat", "effect")
    return [f"{stem}{n}x{ending}" for n in range(120) for stem in stems for ending in ENDINGS]


def clear_caches() -> None:
    caches = (analysis._stemmed_term, analysis._indexed_terms, analysis._stemmed_word_terms, analysis.fold)
    for cached in caches:
        cached.cache_clear()


def stems_in_threads(inputs: list[str], threads: int) -> Iterator[list[str | None]]:
    """Each thread's stems of `inputs`, all threads started together; switching as often as Python allows."""
    results: list[list[str | None]] = [[] for _ in range(threads)]
    errors: list[BaseException] = []
    start = threading.Barrier(threads)

    def run(slot: int) -> None:
        start.wait()
        try:
            results[slot] = [stem_of(word) for word in inputs]
        except BaseException as error:  # noqa: BLE001 - reported below, in the test's thread
            errors.append(error)

    workers = [threading.Thread(target=run, args=(slot,)) for slot in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not errors, errors
    return iter(results)


def test_stems_from_two_threads_at_once_match_one_thread() -> None:
    inputs = words()
    clear_caches()
    expected = [stem_of(word) for word in inputs]
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _round in range(3):
            clear_caches()
            for result in stems_in_threads(inputs, threads=2):
                assert result == expected
    finally:
        sys.setswitchinterval(old_interval)
        clear_caches()


def test_the_analyzer_indexes_the_same_terms_while_another_thread_searches() -> None:
    analyzer = mixed_script_analyzer()
    text = " ".join(words())
    clear_caches()

    def both(text: str) -> tuple[object, object]:
        return analyzer.terms(text), analyzer.positions(text)

    expected = both(text)
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        clear_caches()
        got: list[object] = []
        indexer = threading.Thread(target=lambda: got.append(both(text)))
        indexer.start()
        searched = [[token.text for token in analyzer(word)] for word in words()]
        indexer.join()
        assert got == [expected]
        assert searched == [[stem_of(word)] for word in words()]
    finally:
        sys.setswitchinterval(old_interval)
        clear_caches()
