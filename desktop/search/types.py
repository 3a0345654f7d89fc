"""What a search asks and answers, as plain data: no search engine needed to use them."""

from __future__ import annotations

from dataclasses import dataclass, field

FACETS = ("theme", "country", "region", "sdg", "stage", "language", "level", "year")
SORTS = ("relevance", "title", "city", "year")


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
    country: str
    country_name: str
    region: str
    themes: list[str]
    sdgs: list[int]
    stage: str
    language: str
    level: str
    year: int | None


@dataclass
class SearchRequest:
    """A query as the user shaped it: text, facet filters, year range, sort and page."""

    text: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None
    sort: str = "relevance"
    offset: int = 0
    limit: int = 50


@dataclass
class SearchHit:
    """One matching case: its id, score and a highlighted snippet (HTML-escaped)."""

    case_id: str
    score: float
    snippet: str


@dataclass
class SearchOutcome:
    """A page of hits, the total, facet counts and a spelling suggestion."""

    hits: list[SearchHit]
    total: int
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str = ""
    read_as_plain_words: bool = False
