"""Full-text search of the catalogue; the only package that knows the search engine."""

from desktop.search.engine import (
    FACETS,
    SORTS,
    IndexDoc,
    SearchHit,
    SearchIndex,
    SearchOutcome,
    SearchRequest,
)

__all__ = [
    "FACETS",
    "SORTS",
    "IndexDoc",
    "SearchHit",
    "SearchIndex",
    "SearchOutcome",
    "SearchRequest",
]
