"""Writing bundles: everything, what a peer has not seen, or chosen cases; split to a size cap."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.plans.sharing import BundleSharing
from desktop.store import cases as case_store
from desktop.store import holdings, jsontext
from desktop.store import merges as merge_store
from desktop.store import peers as stored_peers
from desktop.store.errors import CancelledError, case_not_found
from desktop.store.files import FolderNotWritableError, is_whole_zip, replacing_all
from desktop.store.migrations import MERGE_TABLE, SYNCED_TABLES, TRANSLATION_TABLE
from desktop.store.replica import (
    IDS_PER_QUERY,
    PARENT_TABLE,
    RecordState,
    is_live,
    load_state,
    load_states,
    records_beyond,
)
from desktop.store.sync_log import add_history, note_sent, now_text
from desktop.store.translations import translation_ids
from desktop.sync.bundle import write_bundle
from desktop.sync.bundle_json import BundleError
from desktop.sync.bundle_manifest import Part
from desktop.sync.context import SyncContext
from desktop.sync.keys import load_announcements
from desktop.sync.org import Membership
from desktop.sync.peers import PeerBook, unseen_total
from desktop.sync.reports import Progress

Item = TypeVar("Item")
Group = tuple[list[RecordState], dict[str, bytes]]


class ExportSteps:
    """An export's records counted for its progress callback; a cancel stops it at the next one."""

    # The callback crosses threads in the window: every record would flood the event queue.
    REPORT_EVERY = 50

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress, self.cancelled = progress, cancelled
        self.done = self.total = 0

    def track(self, items: Iterable[Item]) -> Iterator[Item]:
        """Yield `items`, counting each one and stopping if the export was cancelled."""
        for item in items:
            if self.cancelled is not None and self.cancelled():
                raise CancelledError(
                    message(QT_TRANSLATE_NOOP("Validation", "Export cancelled; no file was written."))
                )
            yield item
            self.done += 1
            if self.progress is not None and (self.done % self.REPORT_EVERY == 0 or self.done == self.total):
                self.progress(self.done, self.total)


def split_states(states: list[RecordState], blobs: dict[str, bytes], max_size: int) -> list[Group]:
    """Group records (a case with its parts and their files) into parts under `max_size`."""
    budget = max(max_size - 4096, 1024)
    by_case: dict[str, list[RecordState]] = {}
    for state in states:
        by_case.setdefault(state.parent_id or state.id, []).append(state)
    groups: list[Group] = [([], {})]
    used = 0
    for members in by_case.values():
        files = {
            s.fields["sha256"]: blobs[s.fields["sha256"]]
            for s in members
            if s.type == "attachments" and s.fields.get("sha256") in blobs
        }
        # Measured uncompressed: a safe upper bound for what the part will weigh.
        size = sum(len(jsontext.dumps(s.to_json())) for s in members) + sum(map(len, files.values()))
        if used and used + size > budget:
            groups.append(([], {}))
            used = 0
        groups[-1][0].extend(members)
        groups[-1][1].update(files)
        used += size
    return groups


class Exporter:
    """Bundles out of one catalogue."""

    def __init__(self, context: SyncContext, peers: PeerBook) -> None:
        self.context, self.peers = context, peers
        self.db = context.db

    def unseen_count(self, device_id: str) -> int:
        """How many records a known device has not yet received from this catalogue."""
        return unseen_total(self.context, self.peers.peer_knowledge(device_id))

    def export(
        self,
        out: Path,
        *,
        for_peer: str | None = None,
        case_ids: list[str] | None = None,
        max_size: int | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Path]:
        """Write everything, what a peer has not seen, or chosen cases; split if `max_size` is set.

        `progress(done, total)` counts records read, then records written. A cancel raises
        CancelledError and leaves no file and no history behind.
        """
        steps = ExportSteps(progress, cancelled)
        since: dict[str, str] = {}
        if case_ids:
            kind, states = "selection", list(self._selected_states(case_ids))
        elif for_peer:
            kind, since = "incremental", self.peers.peer_knowledge(for_peer)
            states = list(self._unseen(since, steps))
        else:
            kind, states = "full", list(self._all_states(steps))
        # Private plans stay here; outcomes-only ones go without their notes (desktop/plans/sharing.py).
        states = list(BundleSharing(self.db).filter(states))
        steps.total = steps.done + len(states)
        blobs = self._blobs_for(states)
        created = now_text()
        context = self.context
        common: dict[str, Any] = {
            "device_id": context.device_id,
            "device_name": context.device_name,
            "kind": kind,
            "since": since,
            "covers": context.knowledge(),
            "created_at": created,
            "announcements": load_announcements(context.catalogue.data_dir),
            "organisation": Membership(self.db).manifest_part(),
        }
        groups = split_states(states, blobs, max_size) if max_size else [(states, blobs)]
        paths = self._write_parts(out, groups, steps, common)
        with self.db.atomic():
            for path in paths:
                add_history(
                    self.db, "export", path, for_peer or "", "", {"records": len(states), "kind": kind}
                )
            if for_peer:
                stored_peers.note_export(self.db, for_peer, created)
            note_sent(self.db, common["covers"][context.device_id])
        return paths

    def _all_states(self, steps: ExportSteps) -> Iterator[RecordState]:
        records = [
            (table, record_id) for table in SYNCED_TABLES for record_id in holdings.record_ids(self.db, table)
        ]
        steps.total = len(records)
        for table, record_id in steps.track(records):
            state = load_state(self.db, table, record_id)
            if state is not None:
                yield state

    def _unseen(self, knowledge: dict[str, str], steps: ExportSteps) -> Iterator[RecordState]:
        """Every record holding an edit beyond `knowledge`, found by SQLite, read in batches."""
        wanted = {table: records_beyond(self.db, table, knowledge) for table in SYNCED_TABLES}
        steps.total = sum(map(len, wanted.values()))
        for table, ids in wanted.items():
            for start in range(0, len(ids), IDS_PER_QUERY):
                chunk = ids[start : start + IDS_PER_QUERY]
                states = load_states(self.db, table, chunk)
                for record_id in steps.track(chunk):
                    if record_id in states:
                        yield states[record_id]

    def _selected_states(self, case_ids: list[str]) -> Iterator[RecordState]:
        """The chosen cases with their parts and translations, and every merge that concerns them
        with the other case it names (whole, and so on through chains of merges): a device that
        receives only the merged case then ends with one case too, or with both after an undo."""
        for case_id in case_ids:
            if load_state(self.db, "cases", case_id) is None:
                raise case_not_found(case_id)
        chosen = list(dict.fromkeys(case_ids))
        merges: dict[str, str] = {}  # case removed -> case kept
        reached = chosen
        while reached:
            found = {r: k for r, k in merge_store.merges_concerning(self.db, reached) if r not in merges}
            merges.update(found)
            reached = list(dict.fromkeys(i for pair in found.items() for i in pair if i not in chosen))
            chosen += reached
        for removed in merges:
            merge = load_state(self.db, MERGE_TABLE, removed)
            if merge is not None:
                yield merge
        for case_id in chosen:
            state = load_state(self.db, "cases", case_id)
            if state is None:
                continue  # named by a merge, never seen here
            yield state
            for record_id in translation_ids(self.db, case_id):
                translation = load_state(self.db, TRANSLATION_TABLE, record_id)
                if translation is not None:
                    yield translation
            for table in PARENT_TABLE:
                for record_id in holdings.part_ids(self.db, table, case_id):
                    child = load_state(self.db, table, record_id)
                    if child is not None:
                        yield child

    def _write_parts(
        self, out: Path, groups: list[Group], steps: ExportSteps, common: dict[str, Any]
    ) -> list[Path]:
        """Write one bundle per group (parts named `NAME.part2of3.leaps` when there are several).

        Every part replaces its file only once all are whole: a failure or a cancel leaves no new
        file behind and every earlier one as it was.
        """
        count, set_id = len(groups), str(uuid.uuid4())
        paths = [out]
        if count > 1:
            paths = [out.with_name(f"{out.stem}.part{i}of{count}{out.suffix}") for i in range(1, count + 1)]
        try:
            with replacing_all(paths, is_whole_zip) as temporaries:
                for index, (group, blobs) in enumerate(groups, start=1):
                    part = Part(set_id, index, count) if count > 1 else None
                    target, records = temporaries[index - 1], steps.track(group)
                    write_bundle(target, self.context.key, records=records, blobs=blobs, part=part, **common)
        except FolderNotWritableError as error:
            unwritable = QT_TRANSLATE_NOOP(
                "Validation", "cannot write in {folder} ({reason}); choose another folder."
            )
            raise BundleError(message(unwritable, folder=error.filename, reason=error.strerror)) from None
        except OSError as error:
            unwritten = QT_TRANSLATE_NOOP(
                "Validation",
                "{file} could not be written ({reason}); if the disk is full, free some space and export "
                "again. Earlier files are unchanged.",
            )
            raise BundleError(message(unwritten, file=out.name, reason=error.strerror or error)) from None
        return paths

    def _blobs_for(self, states: Iterable[RecordState]) -> dict[str, bytes]:
        blobs = {}
        for state in states:
            digest = state.fields.get("sha256") if state.type == "attachments" else None
            if digest and is_live(state):
                content = case_store.blob(self.db, digest)
                if content is not None:
                    blobs[digest] = content
        return blobs
