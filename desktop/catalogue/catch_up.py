"""Searching the cases a background rebuild of the index has not reached yet, in the catalogue."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.catalogue.places import other_names
from desktop.search import IndexDoc, SearchRequest
from desktop.search.fallback import Prepared, matches, prepare, read_query
from desktop.store import cases as case_store
from desktop.text.countries import country_name


def _light_doc(row: dict[str, Any]) -> IndexDoc:
    """A case as the index would see it, without the body (searching the catalogue reads no bodies)."""
    return IndexDoc(
        id=row["id"],
        stamp="",
        title=row["title"] or "",
        local_title=row["local_title"] or "",
        summary=row["summary"] or "",
        body="",
        city=row["city"] or "",
        city_other_names=list(other_names(row["city"] or "")),
        country=row["country"] or "",
        country_name=country_name(row["country"] or ""),
        region=row["region"] or "",
        themes=row["themes"],
        sdgs=row["sdgs"],
        stage=row["stage"] or "",
        language=row["language"] or "",
        level_of_government=row["level_of_government"] or "",
        year=row["year_started"],
    )


class UnindexedCases:
    """The cases a rebuild has not reached, read from the catalogue once and kept until it ends
    (reading and folding 10,000 cases takes about a second; matching them a tenth of that)."""

    def __init__(self) -> None:
        self._cases: dict[str, Prepared] = {}
        self._order: list[str] = []

    def forget(self, ids: list[str]) -> None:
        """Read these cases again at the next search: they were edited."""
        for case_id in ids:
            self._cases.pop(case_id, None)
        self._order = []

    def matching(self, db: sqlite_utils.Database, request: SearchRequest, ids: list[str]) -> list[str]:
        """Of the given cases, those the request finds, by title: every word and field condition
        typed and every filter (a query only the parser reads waits for the index)."""
        plain = read_query(request.text)
        if plain is None:
            return []
        missing = [i for i in ids if i not in self._cases]
        if missing or len(self._order) != len(ids):
            for row in case_store.search_rows(db, missing):
                self._cases[row["id"]] = prepare(_light_doc(row))
            wanted = set(ids)
            self._order = [
                c.id
                for c in sorted(
                    (self._cases[i] for i in wanted if i in self._cases), key=lambda c: c.texts["title"]
                )
            ]
        return [i for i in self._order if matches(self._cases[i], plain, request)]
