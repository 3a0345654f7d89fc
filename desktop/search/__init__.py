"""Full-text search of the catalogue; only `desktop.search.engine` knows the search engine."""

from desktop.search.types import FACETS, SORTS, IndexDoc, SearchHit, SearchOutcome, SearchRequest

__all__ = ["FACETS", "SORTS", "IndexDoc", "SearchHit", "SearchOutcome", "SearchRequest"]
