"""Searching the cases a background rebuild of the index has not reached yet, in the catalogue."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desktop.catalogue.fields import facet_fields
from desktop.catalogue.places import other_names
from desktop.search import IndexDoc, SearchRequest
from desktop.search.facets import registry_facets
from desktop.search.fallback import Prepared, matches, prepare, read_query
from desktop.store import cases as case_store
from desktop.store import database
from desktop.text.countries import country_name

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


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
        country_name=country_name(row["country"] or ""),
        region=row["region"] or "",
        year=row["year_started"],
        facets=registry_facets(row.get),
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
            facets = tuple(field.name for field in facet_fields())
            for row in case_store.search_rows(db, missing, facets):
                self._cases[row["id"]] = prepare(_light_doc(row))
            wanted = set(ids)
            self._order = [
                c.id
                for c in sorted(
                    (self._cases[i] for i in wanted if i in self._cases), key=lambda c: c.texts["title"]
                )
            ]
        return [i for i in self._order if matches(self._cases[i], plain, request)]


class IndexCatchUp(threading.Thread):
    """A rebuild of the index on its own thread and database connection, so searching goes on
    (from the index as it was, and the catalogue for the cases changed since) while it runs."""

    def __init__(
        self,
        catalogue: Catalogue,
        unindexed: set[str],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        super().__init__(name="index-catch-up", daemon=True)
        self.catalogue = catalogue
        self.progress = progress or catalogue.index_progress
        self.cancelled = cancelled
        # Cases the index does not hold as they now are; searched in the catalogue meanwhile.
        self.unindexed = unindexed
        # Those cases as searching reads them, kept for the searches made meanwhile.
        self.cases = UnindexedCases()
        # Set when more changes arrive during the rebuild: they are indexed after it.
        self.again = threading.Event()
        # Set when the catalogue closes: the rebuild stops, and the next start catches up.
        self.stop = threading.Event()
        # Whether the rebuild ran to its end (not stopped, cancelled or failed).
        self.completed = False

    def _stopped(self) -> bool:
        return self.stop.is_set() or (self.cancelled is not None and self.cancelled())

    def run(self) -> None:
        """Rebuild, then re-index what changed meanwhile until nothing did; a failure leaves the
        index for the next start to repair."""
        db = database.connect(self.catalogue.data_dir / "catalogue.db")
        try:
            if not self.catalogue._rebuild_from(db, self.progress, self._stopped):
                return
            while self.again.is_set() and not self.stop.is_set():
                self.again.clear()
                self.catalogue._update_from(db)
            self.completed = True
        except Exception:  # the index is derived data: the next start repairs it
            log.exception("rebuilding the search index in the background failed")
        finally:
            db.close()
