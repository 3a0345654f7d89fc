"""What a search asks and answers, as plain data: no search engine needed to use them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.catalogue.fields import facet_names, index_weights
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store.errors import CatalogueError

# The facets and the weighted text fields of the index, as the field registry declares them.
FACETS = facet_names()
TEXT_FIELDS = tuple(index_weights())
# Older names of facets, still taken where a person types one (`--filter level=city`).
FACET_ALIASES = {"level": "level_of_government"}
SORTS = ("relevance", "title", "city", "year")
# The facet value of a case whose country, region, stage, language, level of government (or any
# facet holding one value) is not known: counted and filtered under this key rather than a blank one.
UNKNOWN = "unknown"
# A query of words alone (no field, phrase, group, wildcard or operator): looked up in the glossary,
# and answered from the catalogue file while the search engine loads.
PLAIN_WORDS = re.compile(r"(?!.*\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b)[^:\"()*?^~\[\]{}]+")
# Field names a person types in a query, mapped to the index's fields: each facet by its own name,
# and these.
FIELD_ALIASES = {
    **{name: name for name in FACETS},
    "city": "place",
    "title": "title",
    "lang": "language",
    "level": "level_of_government",
    "adapted_from": "adapted_from",
    "adapted": "adapted_from",
}


@dataclass
class IndexDoc:
    """What the index needs of one case: text to search and values to filter and count."""

    id: str
    stamp: str
    title: str
    local_title: str
    summary: str
    body: str
    city: str
    city_other_names: list[str]
    country_name: str
    region: str
    year: int | None
    # Each facet of the registry (`facet_names`) and the values the case is counted and filtered
    # under, as `registry_facets` reads them.
    facets: dict[str, list[str]]
    # The id of the case this one was adapted from (a variant published by a plan), or "".
    adapted_from: str = ""


@dataclass
class SearchRequest:
    """A query as the user shaped it: text, facet filters, year range, sort and page."""

    text: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None
    sort: str = "relevance"
    # Flips a stored order (title Z-A, city Z-A, oldest year first); relevance is always best first.
    reverse: bool = False
    offset: int = 0
    limit: int = 50
    # Also search the glossary's terms in other languages for what the text names.
    expand: bool = True
    # Cut a snippet for each hit: the command line prints them, the window's table shows none.
    snippets: bool = True


@dataclass
class SearchHit:
    """One matching case: its id, score and a highlighted snippet (HTML-escaped)."""

    case_id: str
    score: float
    snippet: str


@dataclass
class Likeness:
    """A case like another one, and what they share: themes, components (its names), words."""

    case_id: str
    score: float
    themes: list[str]
    components: list[str]
    words: list[str]


@dataclass
class QueryExpansion:
    """Words of a query the glossary knows, and the terms in other languages searched with them."""

    typed: str
    terms: list[str]


@dataclass
class SearchOutcome:
    """A page of hits, the total, facet counts, a spelling suggestion and the glossary's expansions."""

    hits: list[SearchHit]
    total: int
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str = ""
    read_as_plain_words: bool = False
    expansions: list[QueryExpansion] = field(default_factory=list)


def year_bounds(value: str) -> tuple[int | None, int | None]:
    """The years a year filter value covers: `2015`, `2010..2015`, `2010..` or `..2015`."""
    low, dots, high = value.strip().partition("..")
    try:
        first = int(low) if low.strip() else None
        last = int(high) if high.strip() else None
    except ValueError:
        first = last = None
        dots = "bad"
    if dots == "bad" or (first is None and last is None):
        unreadable = QT_TRANSLATE_NOOP(
            "Validation",
            "year filter '{value}': give a year (2015) or a range (2010..2015, 2010.. or ..2015).",
        )
        raise CatalogueError(message(unreadable, value=value))
    return (first, last) if dots else (first, first)


@dataclass
class ResultCard:
    """One row of search results: what a result list shows of a case."""

    id: str
    title: str
    local_title: str
    city: str
    country: str
    country_name: str
    year_started: int | None
    stage: str
    summary: str
    snippet: str
    score: float
    # For a case shown as like another: what they share.
    alike: Likeness | None = None
    # Shown in the reader's language from a translation: "translated", "machine" (a draft no
    # person has confirmed) or "" (the original).
    translated: str = ""


@dataclass
class ResultPage:
    """A page of result cards with the total, facet counts and hints for the person searching."""

    cards: list[ResultCard]
    total: int
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str
    read_as_plain_words: bool
    request: SearchRequest
    expansions: list[QueryExpansion] = field(default_factory=list)
    # The index is being rebuilt: cases changed since are matched by title, summary and city.
    catching_up: bool = False
    # Words matched in titles, summaries and places straight from the catalogue file, while the
    # search engine loads.
    early: bool = False


def result_card(row: dict[str, Any], country_name: str, snippet: str = "", score: float = 0.0) -> ResultCard:
    """A result card from a row of the catalogue's `cases` table."""
    return ResultCard(
        id=row["id"],
        title=row["title"],
        local_title=row["local_title"] or "",
        city=row["city"] or "",
        country=row["country"] or "",
        country_name=country_name,
        year_started=row["year_started"],
        stage=row["stage"] or "",
        summary=row["summary"] or "",
        snippet=snippet,
        score=score,
    )


def first_page(
    rows: list[dict[str, Any]], total: int, limit: int, country_name: Callable[[str], str]
) -> ResultPage:
    """Cases read straight from the catalogue file as a page of results, before any search."""
    return ResultPage(
        cards=[result_card(row, country_name(row["country"] or "")) for row in rows],
        total=total,
        facets={},
        suggestion="",
        read_as_plain_words=False,
        request=SearchRequest(limit=limit),
    )
