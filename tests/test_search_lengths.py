"""Field lengths held in memory for scoring: the same lengths and scores as Whoosh reads from its files."""

from __future__ import annotations

from typing import Any

from whoosh import query

from desktop.catalogue.service import Catalogue
from desktop.search.engine import TEXT_FIELDS
from desktop.search.lengths import SegmentLengths
from tests.conftest import make_case


def segments(searcher: Any) -> list[Any]:
    return [sub for sub, _base in searcher.subsearchers or [(searcher, 0)]]


def test_held_lengths_and_scores_are_whooshs_own(catalogue: Catalogue) -> None:
    for catalogue_state in ("one segment", "after an edit"):
        index = catalogue.index
        held = index._live_searcher()
        own = index._ix.searcher()  # Whoosh's own, reading each length from the column file
        try:
            assert all(isinstance(sub.doc_field_length.__self__, SegmentLengths) for sub in segments(held))
            for held_sub, own_sub in zip(segments(held), segments(own), strict=True):
                for field in (*TEXT_FIELDS, "spell", "theme"):
                    for docnum in range(own_sub.doc_count_all()):
                        expected = own_sub.doc_field_length(docnum, field, 1)
                        assert held_sub.doc_field_length(docnum, field, 1) == expected, catalogue_state
            words = query.Or([query.Term("content", "bus"), query.Term("content", "citi")])
            scored = [(hit.docnum, hit.score) for hit in held.search(words, limit=None)]
            assert scored == [(hit.docnum, hit.score) for hit in own.search(words, limit=None)]
            assert scored, "the query finds seed cases"
        finally:
            own.close()
        catalogue.save(make_case(title="Night bus lanes for the city"))
