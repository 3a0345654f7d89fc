"""Words searched before the search engine is up, answered straight from the catalogue file.

The catalogue's worker is busy opening the catalogue and loading the search engine for the first
moments after the window shows; a search typed meanwhile is answered on a thread of its own from the
titles, summaries and places in the file, and searched again through the engine once it is up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from desktop.search.types import PLAIN_WORDS, ResultPage, SearchRequest, first_page
from desktop.store.peek import Places, case_places, matching_cases
from desktop.text.countries import countries_named, country_name, folded, load_country_names

# More cities than this holding a word (a letter or two typed) are looked for in every case instead.
MOST_CITIES = 200
# A word as the early search looks for it: letters and digits, joined by an apostrophe or a hyphen.
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def early_words(request: SearchRequest) -> list[str] | None:
    """The request's words, lower-cased, or None when only the search engine can answer it: a query
    with fields, phrases, wildcards or operators, or a search narrowed by filters."""
    if any(request.filters.values()) or request.year_from is not None or request.year_to is not None:
        return None
    text = request.text.strip()
    if text and not PLAIN_WORDS.fullmatch(text):
        return None
    return list(dict.fromkeys(_WORD.findall(text.lower())))


def places_named(word: str, cities: list[tuple[str, str]] | None) -> Places:
    """The countries a word names, and the cities (of those the catalogue's cases name) holding it."""
    key = folded(word)
    held = None if cities is None else [(city, code) for city, code in cities if key and key in folded(city)]
    return Places(countries_named(word), held if held is None or len(held) <= MOST_CITIES else None)


def early_search(
    data_dir: Path, request: SearchRequest, cities: list[tuple[str, str]] | None = None
) -> ResultPage | None:
    """The page of cases the request's words find in the catalogue file (`cities`: those its cases
    name, with their countries, when known); None when the engine must answer, or the file cannot be
    read (the catalogue, once open, says why)."""
    words = early_words(request)
    if words is None:
        return None
    found = matching_cases(
        data_dir / "catalogue.db",
        {word: places_named(word, cities) for word in words},
        request.sort,
        request.reverse,
        request.offset,
        request.limit,
    )
    if found is None:
        return None
    return replace(first_page(*found, request.limit, country_name), request=request, early=bool(words))


class EarlySearch(QObject):
    """Runs early searches one at a time on a thread of its own; `answered(page, serial)` follows
    each on the UI thread (page None when the engine must answer). A search no longer wanted when
    its turn comes is skipped."""

    answered = Signal(object, int)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="early-search")
        self._closed = False
        # The cities the cases name, with their countries: read once, on the thread.
        self._cities: list[tuple[str, str]] | None = None

    def prepare(self) -> None:
        """Get ready to answer while the catalogue opens: the countries and cities a word may name."""
        if not self._closed:
            self._executor.submit(self._prepare)

    def _prepare(self) -> None:
        load_country_names()
        self._cities = case_places(self._data_dir / "catalogue.db")

    def ask(self, request: SearchRequest, serial: int, wanted: Callable[[int], bool]) -> None:
        """Search for `request` (search number `serial`) when its turn comes, if still `wanted`."""
        if self._closed:
            return

        def work() -> None:
            if not wanted(serial):
                return  # typed over before its turn came
            page = early_search(self._data_dir, request, self._cities)
            # The window may have closed meanwhile: there is no one to tell.
            if isValid(self):
                self.answered.emit(page, serial)

        self._executor.submit(work)

    def close(self) -> None:
        """Stop the thread once the search running ends: the search engine answers from now on."""
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)
