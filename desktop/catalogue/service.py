"""The catalogue service: cases, their search index and the seed, as the window and CLI use them."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.catalogue import upkeep
from desktop.catalogue.catch_up import IndexCatchUp
from desktop.catalogue.fields import CONTENT, TEXT, add_field_columns, case_fields
from desktop.catalogue.index_docs import index_doc, index_docs, start_index_part
from desktop.catalogue.reading import cards_in_language, with_translations
from desktop.catalogue.seed_merge import merge_seed
from desktop.datadir import device_id, ensure_writable
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.search import SearchHit, SearchRequest
from desktop.search.types import ResultCard, ResultPage, result_card
from desktop.text.countries import country_name

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.search.engine import SearchIndex
from desktop.store import cases as case_store
from desktop.store import database, organisation
from desktop.store.drift import FutureStamps, find_future_stamps, repair_future_stamps
from desktop.store.errors import CatalogueError
from desktop.store.records import Case
from desktop.store.writer import StampedWriter

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# A rebuild of at least this many cases is shared with a second process (both cores at work);
# starting it costs about half a second.
PARALLEL_MIN_CASES = 1000
# Glossary files of the data dir's own, added to the shipped one (desktop/data/glossary/README.md).
GLOSSARY_FOLDER = "glossary"
# A title names the practice: its words count this many times over in "cases like this".
TITLE_WEIGHT = 3
# reindex_cases rebuilds the whole index when a change touches at least this many cases and
# this share of the catalogue.
REBUILD_MIN_CASES = 100
REBUILD_SHARE = 0.75
_MARKDOWN_MARKS = re.compile(r"^#{1,6}\s*|[*_`>]+", re.MULTILINE)


def _part_texts(case: Case) -> list[str]:
    """The names and descriptions of a case's components: what "cases like this" compares."""
    return [f"{c.name}: {c.description}" for c in case.components]


class Catalogue:
    """One open data dir: the SQLite catalogue (the truth) and its search index (derived)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        ensure_writable(data_dir)
        self.db = database.open_catalogue(data_dir / "catalogue.db", data_dir / "backups")
        add_field_columns(self.db)
        self.writer = self._signing_writer(device_id(data_dir))
        self._index: SearchIndex | None = None
        # Large changes rebuild the index on a thread of its own while searching goes on (the
        # window sets this); the command line and scripts rebuild before going on.
        self.background_index = False
        self.index_progress: Progress | None = None
        self._catch_up: IndexCatchUp | None = None
        # The language a reader wants cases in (a BCP 47 tag); "" shows every case as written.
        self.reading_language = ""

    @property
    def index(self) -> SearchIndex:
        """The search index, opened (and the search engine loaded) when first needed."""
        if self._index is None:
            from desktop.search.engine import SearchIndex

            self._index = SearchIndex(self.data_dir / "index", self.data_dir / GLOSSARY_FOLDER)
        return self._index

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        load_seed: bool = True,
        check_index: bool = True,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Catalogue:
        """Open a data dir, loading the seed on first run and repairing the index if needed.

        The window passes `check_index=False` and calls `ensure_index` once it shows the first
        page of cases, which `browse` reads from SQLite alone.
        """
        catalogue = cls(data_dir)
        if load_seed:
            catalogue.merge_seed()
        if check_index:
            catalogue.ensure_index(progress, cancelled)
        return catalogue

    def close(self) -> None:
        """Close the index and the database, stopping a background rebuild (the next start
        catches up)."""
        self.stop_indexing()
        self.wait_for_index()
        if self._index is not None:
            self._index.close()
        self.db.close()

    # The seed

    def merge_seed(self, root: Path | None = None) -> dict[str, int] | None:
        """Bring in the shipped seed if it differs from the one last merged; None if it does not."""
        return merge_seed(self, root)

    # Cases

    def get(self, case_id: str) -> Case:
        """One case with all its parts."""
        return case_store.get_case(self.db, case_id)

    def save(self, case: Case) -> bool:
        """Create or update a case and re-index it; True if anything changed.

        In an organisation, only a curator marks a case reviewed or verified: other devices would
        leave a member's change doing so out, so it is refused here with a message instead."""
        if (
            case.curation in organisation.CURATOR_STATES
            and organisation.own_role(self.db) == "member"
            and case_store.stored_curation(self.db, case.id) != case.curation
        ):
            curators_only = QT_TRANSLATE_NOOP(
                "Validation",
                "Only a curator of the organisation may mark a case {curation}; this device is a "
                "member. Keep it a draft (or as it was) and ask a curator.",
            )
            raise CatalogueError(message(curators_only, curation=case.curation))
        changed = case_store.save_case(self.writer, case)
        if changed:
            self.reindex_cases([case.id])
        return changed

    def delete(self, case_id: str) -> None:
        """Delete a case (leaving tombstones) and drop it from the index."""
        case_store.delete_case(self.writer, case_id)
        self.reindex_cases([case_id])

    def count(self) -> int:
        """How many cases the catalogue holds."""
        return case_store.count_cases(self.db)

    def all_cases(self) -> list[Case]:
        """Every case, parts included."""
        return list(case_store.iter_cases(self.db))

    def attachment_bytes(self, digest: str) -> bytes | None:
        """The bytes of an attachment held in the catalogue."""
        return case_store.blob(self.db, digest)

    def case_images(self, case: Case) -> dict[str, bytes]:
        """The bytes of a case's attached images by SHA-256, for a page that shows them inline."""
        return {
            a.sha256: self.attachment_bytes(a.sha256) or b""
            for a in case.attachments
            if a.media_type.startswith("image/")
        }

    def store_attachment(self, content: bytes, media_type: str) -> str:
        """Keep a file's bytes (once, by SHA-256) so a case can attach them; returns the digest.

        The editor stores a file as soon as it is added, so a draft that names it survives a crash."""
        with self.db.atomic():
            return case_store.store_blob(self.db, content, media_type)

    # Search

    def reindex_cases(self, ids: list[str]) -> None:
        """Bring the index up to date for these cases: re-index the live ones, drop the rest.

        A change to most of the catalogue (a full bundle, a restored backup) rebuilds the index
        instead: replaced cases would otherwise stay in its files until the next rebuild, doubling
        them, and the rebuild takes no longer."""
        if not ids:
            return
        stamps = case_store.case_stamps(self.db)
        if len(ids) >= REBUILD_MIN_CASES and len(ids) >= REBUILD_SHARE * len(stamps):
            if self.background_index:
                self._catch_up_with(ids)
            else:
                self.reindex()
            return
        if self.catching_up:
            # A small change during a rebuild: the rebuild may have read the case before it.
            self._catch_up_with(ids)
            return
        live = [i for i in ids if i in stamps]
        self.index.update(
            docs=list(index_docs(self.db, live, stamps)),
            remove=[i for i in ids if i not in stamps],
        )
        self.index.set_mark(case_store.catalogue_mark(self.db))

    def _snippet_texts(self, ids: list[str]) -> dict[str, str]:
        # Markdown marks are left in: the index strips them from the few lines a snippet shows.
        prose = tuple(f.name for f in case_fields() if f.kind == TEXT and f.search in ("summary", CONTENT))
        texts = case_store.snippet_sources(self.db, ids, prose)
        return with_translations(self.db, texts, self.reading_language)

    def search(self, request: SearchRequest) -> ResultPage:
        """Ranked result cards with snippets, facet counts and a spelling suggestion."""
        outcome = self.index.search(request, texts=self._snippet_texts)
        cards, total = self._cards(outcome.hits), outcome.total
        catch_up = self._catch_up
        catching_up = catch_up is not None and catch_up.is_alive()
        if catching_up and catch_up is not None:
            cards, total = self._with_unindexed(request, cards, total, catch_up)
        return ResultPage(
            cards=cards,
            total=total,
            catching_up=catching_up,
            facets=outcome.facets,
            suggestion=outcome.suggestion,
            read_as_plain_words=outcome.read_as_plain_words,
            request=request,
            expansions=outcome.expansions,
        )

    def matching_ids(self, request: SearchRequest) -> list[str]:
        """The ids of every case a search finds, in no order (the cases not indexed yet included):
        what the map needs, without ranking or paging through the results."""
        ids = self.index.matching_ids(request)
        catch_up = self._catch_up
        if catch_up is not None and catch_up.is_alive():
            indexed = set(ids)
            unindexed = catch_up.cases.matching(self.db, request, sorted(catch_up.unindexed))
            ids += [case_id for case_id in unindexed if case_id not in indexed]
        return ids

    def _with_unindexed(
        self, request: SearchRequest, cards: list[ResultCard], total: int, catch_up: IndexCatchUp
    ) -> tuple[list[ResultCard], int]:
        """The index's page with the cases it does not hold yet added after it: those whose titles,
        summary or place hold every word and field condition typed, and that pass every filter."""
        shown = {card.id for card in cards}
        unindexed = catch_up.cases.matching(self.db, request, sorted(catch_up.unindexed))
        found = [i for i in unindexed if i not in shown]
        # They come after the index's matches: this page holds those of its rows past them.
        first, last = max(0, request.offset - total), max(0, request.offset + request.limit - total)
        extra = self._cards([SearchHit(i, 0.0, "") for i in found[first:last]])
        return cards + extra, total + len(found)

    def _cards(self, hits: list[SearchHit]) -> list[ResultCard]:
        rows = case_store.card_rows(self.db, [h.case_id for h in hits])
        cards = []
        for hit in hits:
            row = rows.get(hit.case_id)
            if row is None:  # indexed but gone from the catalogue: the index catches up later
                continue
            cards.append(result_card(row, country_name(row["country"] or ""), hit.snippet, hit.score))
        if self.reading_language:
            cards_in_language(self.db, cards, self.reading_language)
        return cards

    def search_titles(self, text: str, limit: int = 50) -> list[str]:
        """Titles of the cases a search finds, best first (for scripts and tests)."""
        return [card.title for card in self.search(SearchRequest(text=text, limit=limit)).cards]

    def browse(self, limit: int) -> ResultPage:
        """The first cases by title, straight from SQLite: what the window shows while the search
        engine is still loading."""
        ids = case_store.ids_by_title(self.db, limit)
        return ResultPage(
            cards=self._cards([SearchHit(case_id, 0.0, "") for case_id in ids]),
            total=self.count(),
            facets={},
            suggestion="",
            read_as_plain_words=False,
            request=SearchRequest(limit=limit),
        )

    def more_like(self, case_id: str, limit: int = 5) -> list[ResultCard]:
        """Cases most like the given one, each saying what it shares with it (`ResultCard.alike`)."""
        try:
            case = self.get(case_id)
        except CatalogueError:
            return []
        # What the practice is and the problem it answers; the body adds rare words (names, sources).
        prose = [case.title] * TITLE_WEIGHT + [case.local_title, case.summary, case.problem]
        text = _MARKDOWN_MARKS.sub("", "\n".join(p for p in prose if p))
        alike = self.index.more_like(case_id, text, _part_texts(case), self._component_names, limit)
        cards = {card.id: card for card in self._cards([SearchHit(a.case_id, a.score, "") for a in alike])}
        for likeness in alike:
            if likeness.case_id in cards:
                cards[likeness.case_id].alike = likeness
        return [cards[a.case_id] for a in alike if a.case_id in cards]

    def _component_names(self, ids: list[str]) -> dict[str, list[str]]:
        names: dict[str, list[str]] = {}
        for case_id, name in case_store.component_names(self.db, ids):
            names.setdefault(case_id, []).append(name)
        return names

    def ensure_index(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
        """Rebuild a missing or damaged index; bring a stale one up to date with the catalogue."""
        if self.index.needs_rebuild:
            if self.background_index:
                self._catch_up_with(sorted(case_store.case_stamps(self.db)))
            else:
                self.reindex(progress, cancelled)
            return
        if self.background_index and self._index_is_far_behind():
            self._catch_up_with(sorted(case_store.case_stamps(self.db)))
            return
        self._update_from(self.db)
        # The window asks for this before its first search: that search need not read them.
        self.index.warm()

    def _index_is_far_behind(self) -> bool:
        """Whether most of the catalogue changed since the index matched it (a rebuild that was
        stopped, a restored backup): then rebuilding beats replacing case by case."""
        if self.index.mark == case_store.catalogue_mark(self.db):
            return False
        truth = case_store.case_stamps(self.db)
        indexed = self.index.stamps()
        stale = sum(1 for i, stamp in truth.items() if indexed.get(i) != stamp)
        return stale >= REBUILD_MIN_CASES and stale >= REBUILD_SHARE * len(truth)

    def _update_from(self, db: sqlite_utils.Database) -> None:
        """Re-index the cases that changed since the index last matched what `db` holds."""
        mark = case_store.catalogue_mark(db)
        if self.index.mark == mark:
            return  # nothing changed since the index was last brought up to date
        truth = case_store.case_stamps(db)
        indexed = self.index.stamps()
        stale = [i for i, stamp in truth.items() if indexed.get(i) != stamp]
        gone = [i for i in indexed if i not in truth]
        if stale or gone:
            log.info("index catching up: %d changed, %d removed", len(stale), len(gone))
            self.index.update(docs=list(index_docs(db, stale, truth)), remove=gone)
        self.index.set_mark(mark)

    def reindex(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> bool:
        """Rebuild the whole index from the catalogue; False if cancelled.

        A large catalogue is indexed by two processes at once, each taking half the cases."""
        return self._rebuild_from(self.db, progress, cancelled)

    def _rebuild_from(
        self, db: sqlite_utils.Database, progress: Progress | None, cancelled: Cancelled | None
    ) -> bool:
        """Rebuild the index from what `db` (this catalogue, on the calling thread) holds."""
        from desktop.search.engine import IndexPartError

        mark = case_store.catalogue_mark(db)
        stamps = case_store.case_stamps(db)
        ids = sorted(stamps)
        shared = len(ids) >= PARALLEL_MIN_CASES and (os.cpu_count() or 1) > 1
        own = ids[: len(ids) // 2] if shared else ids
        rest = [(i, stamps[i]) for i in ids[len(own) :]]
        try:
            done = self.index.rebuild(
                index_docs(db, own, stamps),
                len(ids),
                progress,
                cancelled,
                helper=(lambda folder: start_index_part(self.data_dir, folder, rest)) if rest else None,
            )
        except (IndexPartError, OSError) as error:
            log.warning("indexing in two processes failed (%s); indexing in one", error)
            done = self.index.rebuild(index_docs(db, ids, stamps), len(ids), progress, cancelled)
        if done:
            self.index.set_mark(mark)
        return done

    # Catching up in the background

    @property
    def catching_up(self) -> bool:
        """Whether the index is being rebuilt in the background (searches read the catalogue too)."""
        return self._catch_up is not None and self._catch_up.is_alive()

    def _catch_up_with(self, ids: list[str]) -> None:
        """Rebuild the index on a thread of its own; until it is done, the cases `ids` names are
        searched in the catalogue itself (see `search`), the rest in the index as it was."""
        running = self._catch_up
        if running is not None and running.is_alive():
            running.unindexed.update(ids)
            running.cases.forget(ids)
            running.again.set()
            return
        self._catch_up = IndexCatchUp(self, set(ids))
        self._catch_up.start()

    def rebuild_in_background(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> IndexCatchUp:
        """Rebuild the whole index on a thread of its own (the window's Rebuild Search Index), so
        searching goes on meanwhile: from the index as it is, and from the catalogue for the cases
        it does not hold as they now are. A rebuild already under way is returned instead."""
        running = self._catch_up
        if running is not None and running.is_alive():
            return running
        truth = case_store.case_stamps(self.db)
        indexed = {} if self.index.needs_rebuild else self.index.stamps()
        stale = {i for i, stamp in truth.items() if indexed.get(i) != stamp}
        self._catch_up = IndexCatchUp(self, stale, progress, cancelled)
        self._catch_up.start()
        return self._catch_up

    def stop_indexing(self) -> None:
        """Ask a background rebuild to stop at its next case; the index stays as it was."""
        if self._catch_up is not None:
            self._catch_up.stop.set()

    def wait_for_index(self) -> None:
        """Wait until a background rebuild is done (the command line does before it exits)."""
        if self._catch_up is not None:
            self._catch_up.join()

    # Maintenance

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and by comparing the index with the catalogue."""
        return upkeep.check(self)

    def future_stamps(self) -> FutureStamps:
        """Records (and this device's clock) further ahead of this computer's clock than allowed."""
        clock = self.writer.clock
        return find_future_stamps(self.db, clock.limit_ms(), clock.last)

    def _signing_writer(self, device: str) -> StampedWriter:
        """The writer of this catalogue's edits, each signed with the device key."""
        from desktop.sync.keys import load_or_create_key

        def signer() -> tuple[Callable[[bytes], bytes], str]:
            key = load_or_create_key(self.data_dir)
            return key.sign, key.public_text

        writer = StampedWriter(self.db, device)
        writer.signer = signer  # read on the first edit: opening a catalogue writes no key
        return writer

    def clock_problem(self) -> str | None:
        """What holds stamps further ahead of this computer's clock than the drift allows, if any."""
        return upkeep.clock_problem(self)

    def repair_clock(self) -> list[str]:
        """Restamp every edit from too far ahead as this device's edit now; returns the cases touched."""
        touched = repair_future_stamps(self.db, self.writer)
        self.reindex_cases(touched)
        return touched

    def info(self) -> dict[str, Any]:
        """Where the catalogue is, what it holds, and the versions in use."""
        return upkeep.info(self)

    def backup(self, out: Path) -> Path:
        """Copy the catalogue to a new file with SQLite's online backup."""
        return database.backup(self.db, out)

    def restore(self, source: Path) -> Path:
        """Replace the catalogue with a checked backup; the current one is saved first."""
        saved = database.restore(self.db, source, self.data_dir / "backups")
        add_field_columns(self.db)
        self.writer = self._signing_writer(self.writer.device_id)
        self.reindex()
        return saved

    def export_json(self) -> str:
        """Every case as one JSON document, in the catalogue's own field names."""
        cases = [c.to_dict() for c in case_store.iter_cases(self.db)]
        return json.dumps(
            {"format": "leaps-catalogue-json", "version": 1, "cases": cases},
            ensure_ascii=False,
            indent=2,
        )


__all__ = ["Catalogue", "CatalogueError", "ResultCard", "ResultPage", "index_doc"]
