"""Export, import, conflicts and peers: the sync features the window and the CLI share."""

from __future__ import annotations

import hashlib
import platform
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.catalogue.service import Catalogue
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.plans.drafts import discard_drafts_of_missing_plans
from desktop.store import cases as case_store
from desktop.store import jsontext
from desktop.store.apply import apply_states
from desktop.store.clock import Stamp, beyond
from desktop.store.drift import newest_beyond
from desktop.store.errors import CancelledError, CatalogueError, RecordNotFoundError, case_not_found
from desktop.store.files import FolderNotWritableError, is_whole_zip, replacing_all
from desktop.store.migrations import CASE_TABLES, SYNCED_TABLES, TRANSLATION_TABLE
from desktop.store.pending import clear_pending, waiting_parts
from desktop.store.replica import (
    DELETED,
    IDS_PER_QUERY,
    PARENT_TABLE,
    RecordState,
    is_live,
    iso_time,
    learn,
    load_state,
    load_states,
    read_knowledge,
    record_columns,
    records_beyond,
    store_state,
)
from desktop.store.translations import case_of, translation_ids
from desktop.sync.authors import AuthorCheck
from desktop.sync.bundle import Bundle, BundleError, Part, open_bundle, read_members, write_bundle
from desktop.sync.folder import bundles_to_read, own_bundle_name
from desktop.sync.keys import (
    DeviceKey,
    announced,
    announces,
    load_announcements,
    load_or_create_key,
    rotate_key,
)
from desktop.sync.org import Certificate, Membership, OrganisationRules

TRUST_LEVELS = ("once", "always", "never")
Progress = Callable[[int, int], None]
# For a folder's sync or a hub round: the progress of one file, from what is done ("import" or
# "export") and the file's name.
ProgressFor = Callable[[str, str], Progress]


class _Discard(Exception):
    """Raised to roll back a trial import once its counts are known."""


class _ExportSteps:
    """An export's records counted for its progress callback; a cancel stops it at the next one."""

    # The callback crosses threads in the window: every record would flood the event queue.
    REPORT_EVERY = 50

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress, self.cancelled = progress, cancelled
        self.done = self.total = 0

    def track(self, items: Iterable[Any]) -> Iterator[Any]:
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


def _unknown_peer(device_or_fingerprint: str) -> RecordNotFoundError:
    """The error for a device or key this catalogue has not seen in any bundle."""
    unknown = QT_TRANSLATE_NOOP("Validation", "No known peer is {peer}.")
    return RecordNotFoundError(
        message(unknown, peer=device_or_fingerprint), hint="`leaps peers` lists the devices seen so far."
    )


class UntrustedSignerError(BundleError):
    """A bundle signed by a device this catalogue does not trust (yet)."""

    code = "untrusted-signer"

    def __init__(self, message: str, preview: ImportReport) -> None:
        super().__init__(message)
        self.preview = preview


@dataclass
class ImportReport:
    """What importing a bundle would change, or did change."""

    file: str
    bundle_id: str
    signer_name: str
    signer_device: str
    fingerprint: str
    trust: str
    kind: str
    counts: dict[str, int] = field(default_factory=dict)
    applied: bool = False
    touched_cases: list[str] = field(default_factory=list)
    # One line per device whose records were not imported, saying why and what to do.
    held_back: list[str] = field(default_factory=list)
    # The devices whose signed changes the bundle carries, each as "name (fingerprint)".
    authors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form for `leaps import --json`."""
        data = asdict(self)
        data.pop("touched_cases")
        return data


@dataclass
class Conflict:
    """Versions of one field (or a deletion) that a person must choose between."""

    id: str
    kind: str
    record_type: str
    record_id: str
    case_id: str
    title: str
    field: str
    shown: tuple[Any, str]
    others: list[tuple[Any, str]]
    # Device id -> name of each version's author (its edit's signature was checked on import).
    authors: dict[str, str] = field(default_factory=dict)

    def author(self, stamp: str) -> str:
        """Who made the version with this stamp: the device's name, or its id if it has none."""
        device = Stamp.decode(stamp).device
        return self.authors.get(device) or device

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form for `leaps conflicts --json`."""

        def version(value: Any, stamp: str) -> dict[str, Any]:
            device = Stamp.decode(stamp).device
            return {"value": value, "stamp": stamp, "device": device, "author": self.author(stamp)}

        data = asdict(self)
        data.pop("authors")
        data["shown"] = version(*self.shown)
        data["others"] = [version(*v) for v in self.others]
        return data


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _vector_max(a: dict[str, str], b: dict[str, str]) -> dict[str, str]:
    return {d: max(a.get(d, ""), b.get(d, "")) for d in set(a) | set(b)}


def _covers_vector(outer: dict[str, str], inner: dict[str, str]) -> bool:
    return all(outer.get(d, "") >= s for d, s in inner.items())


class SyncService:
    """Bundles in and out of one open catalogue."""

    def __init__(self, catalogue: Catalogue, device_name: str | None = None) -> None:
        self.catalogue = catalogue
        self.db = catalogue.db
        self.key: DeviceKey = load_or_create_key(catalogue.data_dir)
        self.device_id = catalogue.writer.device_id
        self.device_name = device_name or platform.node() or "LEAPS device"
        self.columns = {t: record_columns(self.db, t) for t in SYNCED_TABLES}

    # This device

    def knowledge(self) -> dict[str, str]:
        """For each device, the newest of its edits up to which this catalogue holds them all."""
        known = read_knowledge(self.db)
        own = self.catalogue.writer.clock.last.encode()
        known[self.device_id] = max(known.get(self.device_id, ""), own)
        return known

    def device(self) -> dict[str, str]:
        """This device's id, name and key fingerprint."""
        return {
            "device_id": self.device_id,
            "name": self.device_name,
            "fingerprint": self.key.fingerprint,
            "public_key": self.key.public_text,
        }

    # Export

    def _all_records(self) -> list[tuple[str, str]]:
        """(table, id) of every synced record, live or deleted with its last state kept."""
        records = []
        for table in SYNCED_TABLES:
            records += [(table, row[0]) for row in self.db.execute(f"SELECT id FROM [{table}] ORDER BY id")]
            records += [
                (table, row[0])
                for row in self.db.execute(
                    "SELECT record_id FROM tombstones WHERE record_type = ? AND state IS NOT NULL "
                    "ORDER BY record_id",
                    [table],
                )
            ]
        return records

    def _all_states(self, steps: _ExportSteps) -> Iterator[RecordState]:
        records = self._all_records()
        steps.total = len(records)
        for table, record_id in steps.track(records):
            state = load_state(self.db, table, record_id)
            if state is not None:
                yield state

    def _unseen(self, knowledge: dict[str, str], steps: _ExportSteps) -> Iterator[RecordState]:
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

    def unseen_count(self, device_id: str) -> int:
        """How many records a known device has not yet received from this catalogue."""
        return self._unseen_total(self.peer_knowledge(device_id))

    def _unseen_total(self, knowledge: dict[str, str]) -> int:
        return sum(len(records_beyond(self.db, table, knowledge)) for table in SYNCED_TABLES)

    def _selected_states(self, case_ids: list[str]) -> Iterator[RecordState]:
        for case_id in case_ids:
            state = load_state(self.db, "cases", case_id)
            if state is None:
                raise case_not_found(case_id)
            yield state
            for record_id in translation_ids(self.db, case_id):
                translation = load_state(self.db, TRANSLATION_TABLE, record_id)
                if translation is not None:
                    yield translation
            for table in PARENT_TABLE:
                ids = {
                    r[0] for r in self.db.execute(f"SELECT id FROM [{table}] WHERE case_id = ?", [case_id])
                }
                ids |= {
                    r[0]
                    for r in self.db.execute(
                        "SELECT record_id FROM tombstones WHERE record_type = ? AND case_id = ?",
                        [table, case_id],
                    )
                }
                for record_id in sorted(ids):
                    child = load_state(self.db, table, record_id)
                    if child is not None:
                        yield child

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
        steps = _ExportSteps(progress, cancelled)
        since: dict[str, str] = {}
        if case_ids:
            kind, states = "selection", list(self._selected_states(case_ids))
        elif for_peer:
            kind, since = "incremental", self.peer_knowledge(for_peer)
            states = list(self._unseen(since, steps))
        else:
            kind, states = "full", list(self._all_states(steps))
        steps.total = steps.done + len(states)
        blobs = self._blobs_for(states)
        covers_now = self.knowledge()
        created = _now()
        common = {
            "device_id": self.device_id,
            "device_name": self.device_name,
            "kind": kind,
            "since": since,
            "covers": covers_now,
            "created_at": created,
            "announcements": load_announcements(self.catalogue.data_dir),
            "organisation": Membership(self.db).manifest_part(),
        }
        groups = self._split(states, blobs, max_size) if max_size else [(states, blobs)]
        paths = self._write_parts(out, groups, steps, common)
        with self.db.atomic():
            for path in paths:
                self._history("export", path, for_peer or "", "", {"records": len(states), "kind": kind})
            if for_peer:
                self.db.execute(
                    "UPDATE peers SET last_export_at = ? WHERE device_id = ?", [created, for_peer]
                )
        return paths

    def _write_parts(
        self,
        out: Path,
        groups: list[tuple[list[RecordState], dict[str, bytes]]],
        steps: _ExportSteps,
        common: dict[str, Any],
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
                    write_bundle(target, self.key, records=records, blobs=blobs, part=part, **common)
        except FolderNotWritableError as error:
            raise BundleError(
                f"cannot write in {error.filename} ({error.strerror}); choose another folder."
            ) from None
        except OSError as error:
            raise BundleError(
                f"{out.name} could not be written ({error.strerror or error}); if the disk is full, "
                "free some space and export again. Earlier files are unchanged."
            ) from None
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

    @staticmethod
    def _split(
        states: list[RecordState], blobs: dict[str, bytes], max_size: int
    ) -> list[tuple[list[RecordState], dict[str, bytes]]]:
        """Group records (a case with its parts and their files) into parts under `max_size`."""
        budget = max(max_size - 4096, 1024)
        by_case: dict[str, list[RecordState]] = {}
        for state in states:
            by_case.setdefault(state.parent_id or state.id, []).append(state)
        groups: list[tuple[list[RecordState], dict[str, bytes]]] = [([], {})]
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

    # Import

    def read(self, path: Path) -> Bundle:
        """Open and verify a bundle file; a signer this catalogue refuses is refused before any
        member is read."""
        bundle = open_bundle(path)
        if self._trust_of(bundle) == "never":
            self._decide(bundle, None)  # raises: nothing of a refused signer's file is read
        read_members(bundle, self.columns)
        return bundle

    def open(self, path: Path) -> Bundle:
        """Open a bundle for its preview: the members are read only if its signer is trusted
        already; for a signer not seen before, only once someone decides to trust it."""
        bundle = open_bundle(path)
        if self._trust_of(bundle) == "never":
            self._decide(bundle, None)  # raises: nothing of a refused signer's file is read
        if self._trust_of(bundle) == "always":
            read_members(bundle, self.columns)
        return bundle

    def _peer(self, device_or_fingerprint: str) -> dict[str, Any]:
        rows = list(
            self.db.query(
                "SELECT * FROM peers WHERE device_id = ? OR fingerprint = ?",
                [device_or_fingerprint, device_or_fingerprint],
            )
        )
        if not rows:
            raise _unknown_peer(device_or_fingerprint)
        return rows[0]

    def _key(self, fingerprint_text: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM peer_keys WHERE fingerprint = ?", [fingerprint_text]))
        return rows[0] if rows else None

    def _pinned(self, device_id: str) -> dict[str, Any] | None:
        """The device's row in `peers` if it is pinned to a key."""
        rows = list(self.db.query("SELECT * FROM peers WHERE device_id = ?", [device_id]))
        return rows[0] if rows and rows[0]["public_key"] else None

    def _trust_of(self, bundle: Bundle) -> str:
        """What this catalogue decided about the bundle's signing key: always, never or unknown.

        Trust belongs to a key. A device id is pinned to the key first accepted for it; another
        key for that id is refused unless the pinned key announced it (a key rotation).
        """
        if bundle.device_id == self.device_id:
            if bundle.public_key != self.key.public_text:
                raise BundleError(
                    f"{bundle.path.name} claims to come from this device but is signed by another key"
                )
            return "always"
        key = self._key(bundle.fingerprint)
        if key is not None and key["trust"] == "never":
            return "never"
        standing, why = Membership(self.db).standing(bundle.device_id, bundle.public_key, bundle.organisation)
        if standing == "revoked":
            raise BundleError(f"{bundle.path.name} is signed by {bundle.device_name}, but {why}; refused.")
        if standing == "certified":
            return "always"  # a device of an organisation this catalogue trusts: no question asked
        pinned = self._pinned(bundle.device_id)
        if pinned is not None and pinned["public_key"] != bundle.public_key:
            if not announced(bundle.device_id, pinned["public_key"], bundle.public_key, bundle.announcements):
                name = pinned["name"] or bundle.device_id
                impostor = QT_TRANSLATE_NOOP(
                    "Validation",
                    "{file} claims to come from {name} ({device_id}) but is signed by a different key that "
                    "{name} never announced ({fingerprint}; {name} signs with {pinned}); refused. If {name} "
                    "really has a new key, check its fingerprint with its owner, then forget the old key "
                    "and import the bundle again.",
                )
                raise BundleError(
                    message(
                        impostor,
                        file=bundle.path.name,
                        name=name,
                        device_id=bundle.device_id,
                        fingerprint=bundle.fingerprint,
                        pinned=pinned["fingerprint"],
                    ),
                    hint=f"`leaps peers forget {pinned['fingerprint']}` forgets the old key.",
                )
            return self._trust_of_key(pinned["fingerprint"]) or "unknown"
        if key is not None and key["trust"] == "always":
            if key["device_id"] != bundle.device_id:
                raise BundleError(
                    f"{bundle.path.name} is signed with the key of {key['name']} ({key['device_id']}) but "
                    f"claims to come from device {bundle.device_id}; refused."
                )
            return "always"
        return "unknown"

    def _trust_of_key(self, fingerprint_text: str) -> str:
        key = self._key(fingerprint_text)
        return key["trust"] if key else ""

    def _acceptable(self, bundle: Bundle, trust: str) -> tuple[list[RecordState], list[str], AuthorCheck]:
        """The bundle's records that may be merged, one line per device whose records may not,
        and the check of who made each change.

        A record holding a stamp further ahead of this computer's clock than the drift bound is
        left out: merged, it would win every comparison and drag this device's clock with it. So
        is a record holding a change its author did not sign (made, altered or re-credited by
        whoever passed it on).
        """
        limit_ms = self.catalogue.writer.clock.limit_ms()
        authors = self._author_check(bundle, trust)
        rules = OrganisationRules(Membership(self.db), bundle.organisation)
        kept: list[RecordState] = []
        ahead: dict[str, list[str]] = {}
        for state in bundle.records:
            newest = newest_beyond(state, limit_ms)
            if newest is not None:
                ahead.setdefault(Stamp.decode(newest).device, []).append(newest)
            elif authors.accept(state) and rules.allow(state):
                kept.append(state)
        held_back = [
            f"{len(stamps)} record(s) edited on {self._device_label(device, bundle)} are stamped "
            f"{iso_time(max(stamps))}, more than a day ahead of this computer's clock, and were not "
            "imported. Set that device's clock right, then run `leaps repair-clock` on it."
            for device, stamps in sorted(ahead.items())
        ]
        held_back += [
            f"{count} record(s) hold changes credited to {self._device_label(device, bundle)} that it did "
            "not sign (made, altered or re-credited on the way); they were not imported."
            for device, count in sorted(authors.refused.items())
        ]
        held_back += [
            f"{count} record(s) hold changes {self._device_label(device, bundle, rules.members)} made "
            f"{reason}; they were not imported."
            for (device, reason), count in sorted(rules.refused.items())
        ]
        return kept, held_back, authors

    def _author_check(self, bundle: Bundle, trust: str) -> AuthorCheck:
        own = {self.key.public_text}
        own |= {a["old_key"] for a in load_announcements(self.catalogue.data_dir)}
        signer = {bundle.public_key}
        signer |= {
            a["old_key"]
            for a in bundle.announcements
            if isinstance(a, dict) and announces(a, bundle.device_id, a.get("old_key"))
        }
        return AuthorCheck(self.db, bundle, self.device_id, own, signer, trust)

    def _author_names(self, bundle: Bundle) -> dict[str, str]:
        return {**self._names(), bundle.device_id: bundle.device_name, self.device_id: self.device_name}

    def _device_label(
        self, device_id: str, bundle: Bundle, members: dict[str, Certificate] | None = None
    ) -> str:
        """A device's name and id, as well as this catalogue (or its organisation) knows it."""
        if device_id == bundle.device_id:
            return f"{bundle.device_name} ({device_id})"
        row = self.db.execute("SELECT name FROM peers WHERE device_id = ?", [device_id]).fetchone()
        if row and row[0]:
            return f"{row[0]} ({device_id})"
        member = (members or {}).get(device_id)
        return f"{member.name} ({device_id})" if member else f"device {device_id}"

    def preview(self, bundle: Bundle) -> ImportReport:
        """What importing the bundle would do, without changing anything; no counts for a bundle
        whose members were not read (its signer is not trusted yet)."""
        known = self._trust_of(bundle)
        report = self._report(bundle, known)
        if not bundle.members_read:
            return report
        records, report.held_back, authors = self._acceptable(bundle, known)
        report.authors = authors.author_labels(self._author_names(bundle))
        try:
            with self.db.atomic():
                report.counts, touched = apply_states(self.db, records, bundle.blobs)
                report.touched_cases = sorted(touched)
                raise _Discard
        except _Discard:
            pass
        return report

    def _report(self, bundle: Bundle, trust: str) -> ImportReport:
        return ImportReport(
            file=str(bundle.path),
            bundle_id=bundle.bundle_id,
            signer_name=bundle.device_name,
            signer_device=bundle.device_id,
            fingerprint=bundle.fingerprint,
            trust=trust,
            kind=bundle.kind,
        )

    def import_bundle(
        self,
        bundle: Bundle,
        trust: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        reindex: bool = True,
    ) -> ImportReport:
        """Apply a bundle in one transaction, asking about an unknown signer first.

        `trust` answers that question: once, always or never; None means nobody answered. The
        signer is decided about from the manifest; the other members of a bundle only opened
        (`open_bundle`, `open`) are read and verified after that, before anything is written.
        With `reindex` False the caller brings the search index up to date for the touched
        cases (the index catches up by itself at the next start if nobody does).
        """
        known, decision = self._decide(bundle, trust)
        if not bundle.members_read:  # decided from the manifest alone: only now is the rest read
            read_members(bundle, self.columns)
        report = self._report(bundle, known)
        records, report.held_back, authors = self._acceptable(bundle, decision)
        report.authors = authors.author_labels(self._author_names(bundle))
        with self.db.atomic():
            report.counts, touched = apply_states(self.db, records, bundle.blobs, progress, cancelled)
            authors.remember()
            Membership(self.db).learn(bundle.organisation)
            provable = self._provable(bundle, decision)
            self._remember_peer(
                bundle,
                "always" if decision == "always" else (known if known != "unknown" else ""),
                covers=provable,
            )
            if not report.held_back:
                self._learn(bundle, provable)  # not all here while records were left out
            summary = {**report.counts, "set_id": bundle.part.set_id if bundle.part else None}
            self._history("import", bundle.path, bundle.device_id, bundle.bundle_id, summary)
        newest = max((s for state in records for s in state.vv.values()), default=None)
        if newest:
            self.catalogue.writer.clock.observe(Stamp.decode(newest))
        if reindex:
            self.catalogue.reindex_cases(sorted(touched))
        self._discard_stale_plan_drafts()
        report.applied = True
        report.touched_cases = sorted(touched)
        return report

    def _decide(self, bundle: Bundle, trust: str | None) -> tuple[str, str]:
        """The signer's standing and the decision about this bundle, given the answer `trust`
        for a signer not seen before; refuses a signer not trusted. Needs only the manifest."""
        known = self._trust_of(bundle)
        if trust is not None and trust not in TRUST_LEVELS:
            raise CatalogueError(f"--trust must be one of {', '.join(TRUST_LEVELS)}")
        decision = known if known in ("always", "never") else trust
        if decision == "never":
            if known == "unknown":
                with self.db.atomic():
                    self._remember_peer(bundle, "never", learn=False)
            refused = QT_TRANSLATE_NOOP(
                "Validation",
                "{file} is signed by {device} ({fingerprint}), a device this catalogue does not trust; "
                "nothing was imported.",
            )
            raise BundleError(
                message(
                    refused, file=bundle.path.name, device=bundle.device_name, fingerprint=bundle.fingerprint
                )
            )
        if decision is None:
            # Counts only if its members were read already: reading them for a signer nobody
            # answered for is what a hostile file wants.
            unknown = QT_TRANSLATE_NOOP(
                "Validation",
                "{file} is signed by {device} ({fingerprint}), a device not seen before: trust it once, "
                "always, or refuse.",
            )
            raise UntrustedSignerError(
                message(
                    unknown, file=bundle.path.name, device=bundle.device_name, fingerprint=bundle.fingerprint
                ),
                self.preview(bundle),
            )
        return known, decision

    def _remember_peer(
        self, bundle: Bundle, trust: str, learn: bool = True, covers: dict[str, str] | None = None
    ) -> None:
        """Record the signer's key and trust; after an import, pin the device to it and note what
        it holds. A refused key pins nothing, so the real device is never locked out by it."""
        if bundle.device_id == self.device_id:
            return
        key_trust = self._remember_key(bundle, trust)
        if key_trust == "never":
            return
        existing = list(self.db.query("SELECT * FROM peers WHERE device_id = ?", [bundle.device_id]))
        row = existing[0] if existing else {"device_id": bundle.device_id, "knowledge": "{}"}
        knowledge = jsontext.loads(row.get("knowledge"), {})
        if learn and bundle.kind in ("full", "incremental") and self._set_complete(bundle):
            knowledge = _vector_max(knowledge, covers or {})
        self.db["peers"].upsert(
            {
                **row,
                "name": bundle.device_name,
                "public_key": bundle.public_key,
                "fingerprint": bundle.fingerprint,
                "trust": key_trust,
                "knowledge": jsontext.dumps(knowledge),
                "last_import_at": _now() if learn else row.get("last_import_at"),
            },
            pk="device_id",
        )

    def _remember_key(self, bundle: Bundle, trust: str) -> str:
        """Record the signer's key, the device it claims and its trust (a rotated key inherits the
        trust of the key that announced it); returns that trust."""
        key = self._key(bundle.fingerprint)
        pinned = self._pinned(bundle.device_id)
        rotated_from = pinned["fingerprint"] if pinned and pinned["public_key"] != bundle.public_key else ""
        inherited = self._trust_of_key(rotated_from) if rotated_from else ""
        key_trust = trust or (key or {}).get("trust") or inherited
        self.db["peer_keys"].upsert(
            {
                "fingerprint": bundle.fingerprint,
                "public_key": bundle.public_key,
                "device_id": bundle.device_id,
                "name": bundle.device_name,
                "trust": key_trust,
                "announced_by": rotated_from or (key or {}).get("announced_by") or "",
                "first_seen_at": (key or {}).get("first_seen_at") or _now(),
            },
            pk="fingerprint",
        )
        return key_trust

    def _set_complete(self, bundle: Bundle) -> bool:
        """True for a whole bundle, or for the last part of a split set to arrive."""
        if bundle.part is None:
            return True
        done = self.db.execute(
            "SELECT count(DISTINCT bundle_id) FROM sync_history WHERE direction = 'import' "
            "AND json_extract(summary, '$.set_id') = ? AND bundle_id != ?",
            [bundle.part.set_id, bundle.bundle_id],
        ).fetchone()[0]
        return done + 1 >= bundle.part.count

    def _learn(self, bundle: Bundle, provable: dict[str, str]) -> None:
        """After a complete bundle (or set), this catalogue holds everything its signer held."""
        if bundle.kind == "selection" or not self._set_complete(bundle):
            return
        known = self.knowledge()
        if not _covers_vector(known, bundle.since):
            return  # the bundle left out records we never had; what it covers is not all ours yet
        learn(self.db, provable)

    def _provable(self, bundle: Bundle, trust: str) -> dict[str, str]:
        """What a bundle's `covers` may teach: the signer's word on its own edits, and, from a
        signer trusted always, on others' edits no further than signed edits held here show.

        A claim beyond that would make this device (and, through its own bundles, the author)
        believe it holds edits it never got, and they would never be sent to it.
        """
        covers = self._within_drift(bundle.covers)
        signer = bundle.device_id
        if trust != "always":
            return {d: s for d, s in covers.items() if d == signer}
        newest = self._newest_held()
        return {
            device: stamp if device == signer else min(stamp, newest[device])
            for device, stamp in covers.items()
            if device == signer or device in newest
        }

    def _newest_held(self) -> dict[str, str]:
        """For each device, the newest of its stamps that a record here has seen."""
        newest: dict[str, str] = {}
        queries = [
            f"SELECT j.key, max(j.value) FROM [{table}] t, json_each(t.version_vector) j GROUP BY j.key"
            for table in SYNCED_TABLES
        ]
        queries.append(
            "SELECT j.key, max(j.value) FROM tombstones t, json_each(json_extract(t.state, '$.vv')) j "
            "WHERE t.state IS NOT NULL GROUP BY j.key"
        )
        for query in queries:
            for device, stamp in self.db.execute(query).fetchall():
                if isinstance(stamp, str) and newest.get(device, "") < stamp:
                    newest[device] = stamp
        return newest

    def _within_drift(self, vector: dict[str, str]) -> dict[str, str]:
        """The entries of a vector that are not further ahead than this computer's clock allows."""
        first_bad = beyond(self.catalogue.writer.clock.limit_ms())
        return {device: stamp for device, stamp in vector.items() if stamp < first_bad}

    def _history(
        self, direction: str, path: Path, peer: str, bundle_id: str, summary: dict[str, Any]
    ) -> None:
        self.db["sync_history"].insert(
            {
                "at": _now(),
                "direction": direction,
                "file": str(path),
                "peer_device_id": peer,
                "bundle_id": bundle_id,
                "summary": jsontext.dumps(summary),
            },
            pk="id",
        )

    def import_files(
        self, paths: list[Path], trust: str | None = None, dry_run: bool = False
    ) -> list[ImportReport]:
        """Verify and import (or preview) each file in turn.

        The signer is decided about from the manifest, before any member is read; a dry run reads
        them all to count what would change.
        """
        reports = []
        for path in paths:
            if dry_run:
                reports.append(self.preview(self.read(path)))
            else:
                reports.append(self.import_bundle(open_bundle(path), trust))
        return reports

    # Conflicts

    def conflicts(self) -> list[Conflict]:
        """Every open conflict: concurrent edits of a field, and deletions against edits."""
        found = []
        groups: dict[tuple[str, str, str], list[tuple[Any, str]]] = {}
        for table, record_id, name, value, stamp in self.db.execute(
            "SELECT record_type, record_id, field, value, stamp FROM conflicts ORDER BY stamp"
        ).fetchall():
            groups.setdefault((table, record_id, name), []).append((jsontext.loads(value), stamp))
        for (table, record_id, name), others in sorted(groups.items()):
            state = load_state(self.db, table, record_id)
            if state is None or all(value == state.fields.get(name) for value, _ in others):
                # Set to the same value on two devices at once (two translators starting the same
                # field's record, say): nothing for a person to decide.
                continue
            found.append(self._conflict("edit", state, name, others))
        for table in SYNCED_TABLES:
            for (record_id,) in self.db.execute(
                f"SELECT id FROM [{table}] WHERE deleted_context IS NOT NULL ORDER BY id"
            ).fetchall():
                state = load_state(self.db, table, record_id)
                if state is not None:
                    found.append(self._conflict("delete", state, DELETED, []))
        return found

    def _conflict(self, kind: str, state: RecordState, name: str, others: list[tuple[Any, str]]) -> Conflict:
        if state.type in (*CASE_TABLES, TRANSLATION_TABLE):
            translated = case_of(state.fields.get("value")) if state.type == TRANSLATION_TABLE else None
            case_id = translated or state.parent_id or state.id
            title_row = self.db.execute("SELECT title FROM cases WHERE id = ?", [case_id]).fetchone()
        else:
            case_id = ""
            title_row = (state.fields.get("title") or state.fields.get("name") or "",)
        key = f"{kind}:{state.type}:{state.id}:{name}"
        return Conflict(
            id=hashlib.sha256(key.encode()).hexdigest()[:12],
            kind=kind,
            record_type=state.type,
            record_id=state.id,
            case_id=case_id,
            title=title_row[0] if title_row else "",
            field=name,
            shown=(state.fields.get(name), state.stamps.get(name, "")),
            others=others,
            authors=self._names(),
        )

    def _names(self) -> dict[str, str]:
        """Each known device's name by id, this one's included."""
        names = {row[0]: row[1] for row in self.db.execute("SELECT device_id, name FROM peers")}
        return {**names, self.device_id: self.device_name}

    def resolve(self, conflict_id: str, keep: str, merged: Any = None) -> Conflict:
        """Settle a conflict by keeping this device's version (`mine`), the other (`theirs`),
        or a `merge` a person wrote from both.

        The choice is a new edit: it travels like any other and closes the conflict everywhere.
        """
        if keep not in ("mine", "theirs", "merge"):
            raise CatalogueError("--keep must be mine or theirs")
        matches = [c for c in self.conflicts() if c.id == conflict_id]
        if not matches:
            gone = QT_TRANSLATE_NOOP("Validation", "No open conflict has the id {id}.")
            raise RecordNotFoundError(message(gone, id=conflict_id), hint="`leaps conflicts` lists them.")
        conflict = matches[0]
        writer = self.catalogue.writer
        with self.db.atomic():
            stamp = writer.next_stamp()
            if conflict.kind == "delete":
                if keep == "merge":
                    raise CatalogueError("A deletion is kept or undone; it cannot be merged.")
                deleted_here = Stamp.decode(conflict.shown[1]).device == self.device_id
                if (keep == "mine") == deleted_here:
                    self._delete_again(conflict, stamp)
                else:
                    self._restore(conflict, stamp)
            else:
                versions = [conflict.shown, *conflict.others]
                own = [v for v in versions if Stamp.decode(v[1]).device == self.device_id]
                mine = max(own, key=lambda v: v[1]) if own else conflict.shown
                theirs = max((v for v in versions if v != mine), key=lambda v: v[1])
                value = merged if keep == "merge" else (mine if keep == "mine" else theirs)[0]
                state = load_state(self.db, conflict.record_type, conflict.record_id)
                assert state is not None
                writer.change(state, {conflict.field: value}, stamp)
                store_state(self.db, state)
        if conflict.case_id:
            self.catalogue.reindex_cases([conflict.case_id])
        self._discard_stale_plan_drafts()
        return conflict

    def _discard_stale_plan_drafts(self) -> None:
        """Drafts of plans a bundle or a resolved conflict deleted are never offered back."""
        live = [row[0] for row in self.db.execute("SELECT id FROM plans")]
        discard_drafts_of_missing_plans(self.catalogue.data_dir, live)

    def _delete_again(self, conflict: Conflict, stamp: Stamp) -> None:
        writer = self.catalogue.writer
        if conflict.record_type == "cases":
            for table in PARENT_TABLE:
                for (child,) in self.db.execute(
                    f"SELECT id FROM [{table}] WHERE case_id = ?", [conflict.record_id]
                ).fetchall():
                    writer.delete(table, child, stamp)
        writer.delete(conflict.record_type, conflict.record_id, stamp)

    def _restore(self, conflict: Conflict, stamp: Stamp) -> None:
        writer = self.catalogue.writer
        if not conflict.case_id:
            writer.save(conflict.record_type, {"id": conflict.record_id}, stamp)
            return
        case_state = load_state(self.db, "cases", conflict.case_id)
        if case_state is not None and case_state.deleted:
            writer.save("cases", {"id": conflict.case_id}, stamp)
        if conflict.record_type != "cases":
            writer.save(conflict.record_type, {"id": conflict.record_id}, stamp)

    # Peers and folders

    def peers(self) -> list[dict[str, Any]]:
        """Known devices with their fingerprint, trust and last bundles in and out, then keys
        refused or not yet pinned to a device (an impostor's, say)."""
        devices = [
            {
                **{k: v for k, v in row.items() if k not in ("public_key", "knowledge")},
                "unseen": self._unseen_total(jsontext.loads(row["knowledge"], {})),
            }
            for row in self.db.query("SELECT * FROM peers ORDER BY name")
        ]
        pinned = {d["fingerprint"] for d in devices}
        keys = [
            {
                "device_id": row["device_id"],
                "name": row["name"],
                "fingerprint": row["fingerprint"],
                "trust": row["trust"],
                "last_import_at": None,
                "last_export_at": None,
                "unseen": None,
            }
            for row in self.db.query(
                "SELECT * FROM peer_keys k WHERE NOT EXISTS "
                "(SELECT 1 FROM peer_keys n WHERE n.announced_by = k.fingerprint) ORDER BY name"
            )
            if row["fingerprint"] not in pinned
        ]
        return devices + keys

    def _key_for(self, fingerprint_or_device: str) -> dict[str, Any]:
        """The key a fingerprint names, or the key a device id is pinned to."""
        key = self._key(fingerprint_or_device)
        if key is not None:
            return key
        pinned = self._pinned(fingerprint_or_device)
        if pinned is not None:
            return self._key(pinned["fingerprint"]) or {**pinned, "announced_by": "", "first_seen_at": ""}
        # A key refused is never picked by the device id it claimed: an impostor's could be.
        claiming = list(
            self.db.query(
                "SELECT * FROM peer_keys WHERE device_id = ? AND trust != 'never'", [fingerprint_or_device]
            )
        )
        if len(claiming) == 1:
            return claiming[0]
        if claiming:
            several = QT_TRANSLATE_NOOP(
                "Validation", "{count} keys claim to be device {device}; name one by its fingerprint."
            )
            raise CatalogueError(
                message(several, count=len(claiming), device=fingerprint_or_device),
                hint="`leaps peers` lists them.",
            )
        raise _unknown_peer(fingerprint_or_device)

    def peer_knowledge(self, device_id: str) -> dict[str, str]:
        """What a known device holds, as its last complete bundle told us."""
        return jsontext.loads(self._peer(device_id)["knowledge"], {})

    def trust(self, fingerprint_or_device: str, level: str = "always") -> dict[str, Any]:
        """Trust (or refuse) a known key for future imports; trusting it pins its device to it."""
        if level not in ("always", "never"):
            raise CatalogueError("trust must be always or never")
        key = self._key_for(fingerprint_or_device)
        with self.db.atomic():
            self.db["peer_keys"].upsert({**key, "trust": level}, pk="fingerprint")
            existing = list(self.db.query("SELECT * FROM peers WHERE device_id = ?", [key["device_id"]]))
            row = existing[0] if existing else {"device_id": key["device_id"], "knowledge": "{}"}
            if level == "always":
                pin = {k: key[k] for k in ("public_key", "fingerprint", "name")}
                self.db["peers"].upsert({**row, **pin, "trust": level}, pk="device_id")
            elif existing and row["fingerprint"] == key["fingerprint"]:
                self.db["peers"].update(key["device_id"], {"public_key": "", "fingerprint": "", "trust": ""})
        return {**key, "trust": level}

    def forget(self, fingerprint_or_device: str) -> dict[str, Any]:
        """Forget a key (or the key a device is pinned to): its trust, and the device pinned to it.

        The device's next bundle is asked about as if never seen; records already imported stay.
        """
        key = self._key_for(fingerprint_or_device)
        with self.db.atomic():
            self.db.execute("DELETE FROM peer_keys WHERE fingerprint = ?", [key["fingerprint"]])
            self.db.execute("DELETE FROM peers WHERE fingerprint = ?", [key["fingerprint"]])
        return key

    def rotate_key(self) -> DeviceKey:
        """Give this device a new key, announced under the old one in every bundle from now on."""
        self.key = rotate_key(self.catalogue.data_dir, self.device_id)
        self.catalogue.writer.forget_key()
        return self.key

    def pending(self) -> list[dict[str, Any]]:
        """Parts waiting for their case, or attachments for their file, the oldest first."""
        return waiting_parts(self.db)

    def clear_pending(self) -> int:
        """Drop every waiting part (a bundle that carries one again parks it again); how many."""
        return clear_pending(self.db)

    def history(self) -> list[dict[str, Any]]:
        """Every import and export, newest first."""
        return list(self.db.query("SELECT * FROM sync_history ORDER BY id DESC"))

    def sync_folder(
        self, folder: Path, trust: str | None = None, progress_for: ProgressFor | None = None
    ) -> dict[str, Any]:
        """Import every new bundle found in a folder, then write this device's bundle there.

        A file that cannot be imported is reported under `refused` and the others go on.
        `progress_for("import" or "export", file name)` gives each file's progress function.
        """
        result = self.import_folder(folder, trust, progress_for)
        target = folder / own_bundle_name(self.device_id)
        out = self.export(target, progress=progress_for("export", target.name) if progress_for else None)
        return {"imported": result["imported"], "refused": result["refused"], "exported": list(map(str, out))}

    def import_folder(
        self, folder: Path, trust: str | None = None, progress_for: ProgressFor | None = None
    ) -> dict[str, Any]:
        """Import every new bundle in a folder; also say what each bundle read there covers.

        A file that cannot be imported is reported under `refused` and the others go on.
        """
        if not folder.is_dir():
            not_folder = QT_TRANSLATE_NOOP(
                "Validation", "{folder} is not a folder; choose the sync folder (a USB stick, a share...)."
            )
            raise CatalogueError(message(not_folder, folder=folder))
        imported, refused, covered = [], [], {}
        touched: set[str] = set()
        seen = {
            row[0] for row in self.db.execute("SELECT bundle_id FROM sync_history WHERE direction = 'import'")
        }
        for path in bundles_to_read(folder, self.device_id):
            try:
                bundle = open_bundle(path)
                covered[path] = bundle.covers
                if bundle.bundle_id in seen:
                    continue  # read before, or a copy of one read in this pass (a sync conflict copy)
                progress = progress_for("import", path.name) if progress_for else None
                report = self.import_bundle(bundle, trust, progress, reindex=False)
                imported.append(report.to_json())
                touched.update(report.touched_cases)
                seen.add(bundle.bundle_id)
            except (BundleError, CatalogueError) as error:
                refused.append({"file": str(path), "reason": str(error)})
        # One index update for the whole folder: each commit of the index costs about as much as
        # the records of a small bundle.
        self.catalogue.reindex_cases(sorted(touched))
        return {"imported": imported, "refused": refused, "covers": covered}
