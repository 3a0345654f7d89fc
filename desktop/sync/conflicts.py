"""Open conflicts (concurrent edits of a field, deletions against edits) and their resolution."""

from __future__ import annotations

import hashlib
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, UsageError, message
from desktop.store import holdings
from desktop.store.clock import Stamp
from desktop.store.errors import CatalogueError, RecordNotFoundError
from desktop.store.migrations import CASE_TABLES, SYNCED_TABLES, TRANSLATION_TABLE
from desktop.store.replica import DELETED, PARENT_TABLE, RecordState, load_state, store_state
from desktop.store.translations import case_of
from desktop.sync.context import SyncContext
from desktop.sync.importing import discard_stale_plan_drafts
from desktop.sync.peers import PeerBook
from desktop.sync.reports import Conflict
from desktop.sync.translation_conflicts import merged_translation, read_translation


class Conflicts:
    """The conflicts of one catalogue, listed and settled."""

    def __init__(self, context: SyncContext, peers: PeerBook) -> None:
        self.context, self.peers = context, peers
        self.db = context.db

    def conflicts(self) -> list[Conflict]:
        """Every open conflict: concurrent edits of a field, and deletions against edits."""
        found = []
        for (table, record_id, name), others in sorted(holdings.conflict_versions(self.db).items()):
            state = load_state(self.db, table, record_id)
            if state is None or all(value == state.fields.get(name) for value, _ in others):
                # Set to the same value on two devices at once (two translators starting the same
                # field's record, say): nothing for a person to decide.
                continue
            found.append(self._conflict("edit", state, name, others))
        for table in SYNCED_TABLES:
            for record_id in holdings.delete_conflicted_ids(self.db, table):
                state = load_state(self.db, table, record_id)
                if state is not None:
                    found.append(self._conflict("delete", state, DELETED, []))
        return found

    def _conflict(self, kind: str, state: RecordState, name: str, others: list[tuple[Any, str]]) -> Conflict:
        if state.type in (*CASE_TABLES, TRANSLATION_TABLE):
            translated = case_of(state.fields.get("value")) if state.type == TRANSLATION_TABLE else None
            case_id = translated or state.parent_id or state.id
            title = holdings.case_title(self.db, case_id)
        else:
            case_id = ""
            title = state.fields.get("title") or state.fields.get("name") or ""
        key = f"{kind}:{state.type}:{state.id}:{name}"
        shown = (state.fields.get(name), state.stamps.get(name, ""))
        readable = None
        if state.type == TRANSLATION_TABLE and kind == "edit":
            readable = read_translation(self.context.catalogue, [shown, *others])
        return Conflict(
            id=hashlib.sha256(key.encode()).hexdigest()[:12],
            kind=kind,
            record_type=state.type,
            record_id=state.id,
            case_id=case_id,
            title=title,
            field=name,
            shown=shown,
            others=others,
            authors=self.peers.names(),
            translated=readable,
        )

    def resolve(self, conflict_id: str, keep: str, merged: Any = None) -> Conflict:
        """Settle a conflict by keeping this device's version (`mine`), the other (`theirs`),
        or a `merge` a person wrote from both.

        The choice is a new edit: it travels like any other and closes the conflict everywhere.
        """
        if keep not in ("mine", "theirs", "merge"):
            raise UsageError(message(QT_TRANSLATE_NOOP("Validation", "--keep must be mine or theirs")))
        matches = [c for c in self.conflicts() if c.id == conflict_id]
        if not matches:
            gone = QT_TRANSLATE_NOOP("Validation", "No open conflict has the id {id}.")
            raise RecordNotFoundError(message(gone, id=conflict_id), hint="`leaps conflicts` lists them.")
        conflict = matches[0]
        device_id = self.context.device_id
        writer = self.context.catalogue.writer
        with self.db.atomic():
            stamp = writer.next_stamp()
            if conflict.kind == "delete":
                if keep == "merge":
                    raise CatalogueError(
                        message(
                            QT_TRANSLATE_NOOP(
                                "Validation", "A deletion is kept or undone; it cannot be merged."
                            )
                        )
                    )
                deleted_here = Stamp.decode(conflict.shown[1]).device == device_id
                if (keep == "mine") == deleted_here:
                    self._delete_again(conflict, stamp)
                else:
                    self._restore(conflict, stamp)
            else:
                versions = [conflict.shown, *conflict.others]
                own = [v for v in versions if Stamp.decode(v[1]).device == device_id]
                mine = max(own, key=lambda v: v[1]) if own else conflict.shown
                theirs = max((v for v in versions if v != mine), key=lambda v: v[1])
                value = merged if keep == "merge" else (mine if keep == "mine" else theirs)[0]
                if keep == "merge" and conflict.translated is not None:
                    value = merged_translation(versions, str(merged or ""))
                state = load_state(self.db, conflict.record_type, conflict.record_id)
                assert state is not None
                writer.change(state, {conflict.field: value}, stamp)
                store_state(self.db, state)
        if conflict.case_id:
            self.context.catalogue.reindex_cases([conflict.case_id])
        discard_stale_plan_drafts(self.context)
        return conflict

    def _delete_again(self, conflict: Conflict, stamp: Stamp) -> None:
        writer = self.context.catalogue.writer
        if conflict.record_type == "cases":
            for table in PARENT_TABLE:
                for child in holdings.live_part_ids(self.db, table, conflict.record_id):
                    writer.delete(table, child, stamp)
        writer.delete(conflict.record_type, conflict.record_id, stamp)

    def _restore(self, conflict: Conflict, stamp: Stamp) -> None:
        writer = self.context.catalogue.writer
        if not conflict.case_id:
            writer.save(conflict.record_type, {"id": conflict.record_id}, stamp)
            return
        case_state = load_state(self.db, "cases", conflict.case_id)
        if case_state is not None and case_state.deleted:
            writer.save("cases", {"id": conflict.case_id}, stamp)
        if conflict.record_type != "cases":
            writer.save(conflict.record_type, {"id": conflict.record_id}, stamp)
