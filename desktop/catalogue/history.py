"""The history of a case: every version of each of its fields, who made it (checked), when,
and what changed; reverting a field or the whole case, and bringing a deleted case back.

Versions come from the records themselves (shown values, conflicts and the replaced versions
they keep, see desktop/store/history.py), so a device shows every version its bundles brought.
"""

from __future__ import annotations

import base64
import binascii
import difflib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nacl.exceptions import CryptoError
from nacl.signing import VerifyKey

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import history as history_store
from desktop.store import jsontext
from desktop.store import organisation as org_store
from desktop.store.cases import JSON_CASE_FIELDS, case_from_rows
from desktop.store.errors import CatalogueError, RecordNotFoundError
from desktop.store.proofs import edit_digests, held_versions, past_versions, payload
from desktop.store.records import CASE_SCALAR_FIELDS, Case
from desktop.store.replica import DELETED, RecordState, iso_time, load_state
from desktop.sync.keys import fingerprint
from desktop.text.language import tr

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

SEED_DEVICE = "seed"
# Columns that say where a part sits rather than what it says.
_PLUMBING = {"case_id", "position", "created_at"}
_PART_LABEL = {"components": "component", "sources": "source", "attachments": "attachment"}


@dataclass
class Change:
    """One field set by an edit: its value before and after."""

    record_type: str
    record_id: str
    part: str  # "" for the case itself, else e.g. "component Night routes"
    field: str
    before: Any
    after: Any

    def diff(self) -> str:
        """What changed, as a unified diff of lines for long text, else `before → after`."""
        before, after = _shown(self.before), _shown(self.after)
        if "\n" in before + after or max(len(before), len(after)) > 80:
            lines = difflib.unified_diff(
                before.splitlines(), after.splitlines(), "before", "after", lineterm="", n=1
            )
            return "\n".join(list(lines)[2:])
        return f"{before or '(empty)'} → {after or '(empty)'}"

    def label(self) -> str:
        """The field as a person reads it: `title`, `component Night routes: mechanism`."""
        if self.field == DELETED:
            return f"{self.part} deleted" if self.part else "case deleted"
        return f"{self.part}: {self.field}" if self.part else self.field


@dataclass
class Edit:
    """Every field one save changed, with its author as checked against the author's key."""

    stamp: str
    time: str
    device: str
    author: str
    verified: bool
    current: bool  # some value it set is still shown
    changes: list[Change] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """ "deleted", "restored" or "edited": what the edit did to the case itself."""
        for change in self.changes:
            if change.field == DELETED and change.record_type == "cases":
                return "deleted" if change.after is not None else "restored"
        return "edited"

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form for `leaps history --json`."""
        return {
            "stamp": self.stamp,
            "time": self.time,
            "device": self.device,
            "author": self.author,
            "verified": self.verified,
            "kind": self.kind,
            "changes": [
                {
                    "record_type": c.record_type,
                    "record_id": c.record_id,
                    "field": c.field,
                    "label": c.label(),
                    "before": c.before,
                    "after": c.after,
                    "diff": c.diff(),
                }
                for c in self.changes
            ],
        }


def _shown(value: Any) -> str:
    if value is None:
        return ""
    # JSON fields (themes, contacts...) are stored as JSON text: a list or a string is read as such.
    if isinstance(value, str) and value[:1] in '[{"':
        try:
            decoded = jsontext.loads(value, None)
        except ValueError:
            return value  # a text that only starts like a list ("[Pilot] night buses")
        if isinstance(decoded, list):
            return ", ".join(str(v) if not isinstance(v, dict) else jsontext.dumps(v) for v in decoded)
        if isinstance(decoded, str):
            return decoded
    return str(value)


def _raw(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


class Authors:
    """Who made each edit: the author's device and person name, once its signature checks."""

    def __init__(self, catalogue: Catalogue, own_name: str, own_key: str) -> None:
        db = catalogue.db
        self.own_device = catalogue.writer.device_id
        self.own_key = own_key
        self.names, self.keys = history_store.author_directory(db)
        self.names[self.own_device] = own_name
        self.people: dict[str, str] = {}
        certificates = list(org_store.read(db, org_store.CERTIFICATES_KEY, {}).values())
        certificates.append(org_store.read(db, org_store.OWN_CERTIFICATE_KEY, None))
        for certificate in certificates:
            body = certificate.get("body") if isinstance(certificate, dict) else None
            if isinstance(body, dict) and isinstance(body.get("public_key"), str):
                self.people[body["public_key"]] = f"{body.get('name', '')} ({body.get('org_name', '')})"

    def label(self, device: str, key: str) -> str:
        """The device's name and, for a certified key, the person or office it was certified as;
        a device never met is named by its id and key fingerprint."""
        raw = _raw(key) if key else None
        if device == SEED_DEVICE:
            name = tr("catalogue seed")
        elif device in self.names and self.names[device]:
            name = self.names[device]
        else:
            name = f"device {device}" + (f" (key {fingerprint(raw)})" if raw else "")
        person = self.people.get(key)
        return f"{name}, certified as {person}" if person else name

    def verified(self, state: RecordState, stamp: str, proof: dict[str, Any] | None) -> bool:
        """True if the edit's signature checks and its key is its device's."""
        if proof is None:
            return False
        device, key = stamp.split(".", 2)[2], proof.get("key", "")
        # A key met as another device's, or refused, does not vouch; one never met (an edit
        # relayed from a device not met yet) vouches by its signature alone, as on import.
        known = self.keys.get(key)
        mine = (
            key == self.own_key
            if device == self.own_device and known is None
            else (known is None or (known[0] == device and known[1] != "never"))
        )
        raw, signature = _raw(key), _raw(proof.get("sig", ""))
        if not mine or raw is None or len(raw) != 32 or signature is None:
            return False
        try:
            VerifyKey(raw).verify(
                payload(state, stamp, proof.get("seen", {}), edit_digests(state, stamp)), signature
            )
        except (CryptoError, ValueError):
            return False
        return True


def _states(catalogue: Catalogue, case_id: str) -> list[RecordState]:
    found = [
        load_state(catalogue.db, table, record_id)
        for table, record_id in history_store.records_of_case(catalogue.db, case_id)
    ]
    states = [s for s in found if s is not None]
    if not any(s.type == "cases" for s in states):
        never = QT_TRANSLATE_NOOP(
            "Validation",
            "No case has the id {id}, nor had it: `leaps history --deleted` lists deleted cases.",
        )
        raise RecordNotFoundError(message(never, id=case_id))
    return states


def _versions(state: RecordState) -> dict[str, list[tuple[str, Any]]]:
    """Each field's versions, oldest first, as (stamp, value)."""
    found: dict[str, dict[str, Any]] = {}
    for name, value, stamp in [*past_versions(state), *held_versions(state)]:
        found.setdefault(name, {})[stamp] = value
    return {name: sorted(versions.items()) for name, versions in found.items()}


def _part_name(state: RecordState, versions: dict[str, list[tuple[str, Any]]]) -> str:
    if state.type == "cases":
        return ""
    names = versions.get("name") or versions.get("title") or versions.get("filename") or []
    return f"{_PART_LABEL[state.type]} {names[-1][1] if names else state.id}"


def case_history(catalogue: Catalogue, case_id: str, authors: Authors) -> list[Edit]:
    """Every edit of a case and its parts, newest first."""
    edits: dict[str, Edit] = {}
    for state in _states(catalogue, case_id):
        versions = _versions(state)
        part = _part_name(state, versions)
        shown = set(state.stamps.values())
        for name, history in versions.items():
            if name in _PLUMBING or (name == DELETED and all(v is None for _, v in history)):
                continue
            before: Any = None
            for stamp, value in history:
                if name == DELETED and value is None and before is None:
                    before = value
                    continue  # a record's creation is not a deletion undone
                if not _shown(before) and not _shown(value):
                    before = value
                    continue  # a field left empty changed nothing a reader could see
                device = stamp.split(".", 2)[2]
                proof = state.edits.get(stamp)
                edit = edits.get(stamp)
                if edit is None:
                    edit = edits[stamp] = Edit(
                        stamp=stamp,
                        time=iso_time(stamp),
                        device=device,
                        author=authors.label(device, (proof or {}).get("key", "")),
                        verified=authors.verified(state, stamp, proof),
                        current=False,
                    )
                edit.current |= stamp in shown
                edit.changes.append(Change(state.type, state.id, part, name, before, value))
                before = value
    return sorted(edits.values(), key=lambda e: e.stamp, reverse=True)


def _row_as_of(state: RecordState, stamp: str) -> dict[str, Any] | None:
    """The record's values just after the edit with this stamp, or None if it did not exist."""
    row: dict[str, Any] = {"id": state.id}
    for name, history in _versions(state).items():
        earlier = [value for held, value in history if held <= stamp]
        if earlier:
            row[name] = earlier[-1]
    if len(row) == 1 or row.get(DELETED) is not None:
        return None
    return row


def case_as_of(catalogue: Catalogue, case_id: str, stamp: str) -> Case:
    """The case and its parts as they were just after the edit with this stamp."""
    rows: dict[str, list[dict[str, Any]]] = {"cases": [], "components": [], "sources": [], "attachments": []}
    for state in _states(catalogue, case_id):
        row = _row_as_of(state, stamp)
        if row is not None:
            rows[state.type].append(row)
    if not rows["cases"]:
        later = QT_TRANSLATE_NOOP(
            "Validation", "The case {id} did not exist at {time}; pick a later version."
        )
        raise CatalogueError(message(later, id=case_id, time=iso_time(stamp)))
    case_row = rows.pop("cases")[0]
    for name in JSON_CASE_FIELDS:
        case_row.setdefault(name, "[]")
    for name in CASE_SCALAR_FIELDS:
        case_row.setdefault(name, None)
    return case_from_rows(case_row, rows)


def revert_field(catalogue: Catalogue, case_id: str, name: str, stamp: str) -> bool:
    """Set one field of the case back to its value just after the edit with this stamp: a new
    edit, which travels like any other. False if it already holds that value."""
    if (
        name in ("id", "components", "sources", "attachments", "updated_at")
        or name not in Case.__dataclass_fields__
    ):
        whole = QT_TRANSLATE_NOOP(
            "Validation",
            "{field} is not a field of a case that can be set back; revert the whole case instead.",
        )
        raise CatalogueError(message(whole, field=repr(name)))
    earlier = case_as_of(catalogue, case_id, stamp)
    current = catalogue.get(case_id)
    setattr(current, name, getattr(earlier, name))
    return catalogue.save(current)


def revert_case(catalogue: Catalogue, case_id: str, stamp: str) -> bool:
    """Set the whole case (parts included) back to how it was just after the edit with this
    stamp, as a new edit; a deleted case comes back. False if nothing differs."""
    return catalogue.save(case_as_of(catalogue, case_id, stamp))


def restore_deleted(catalogue: Catalogue, case_id: str) -> Case:
    """Bring a deleted case back as it was just before it was deleted."""
    deleted = {record_id: stamp for record_id, _title, stamp in history_store.deleted_cases(catalogue.db)}
    if case_id not in deleted:
        gone = QT_TRANSLATE_NOOP(
            "Validation", "No deleted case has the id {id}: `leaps history --deleted` lists them."
        )
        raise RecordNotFoundError(message(gone, id=case_id))
    stamp = deleted[case_id]
    before = max(
        (held for _, _, held in _all_case_stamps(catalogue, case_id) if held < stamp),
        default="",
    )
    case = case_as_of(catalogue, case_id, before)
    catalogue.save(case)
    return case


def _all_case_stamps(catalogue: Catalogue, case_id: str) -> list[tuple[str, Any, str]]:
    return [v for s in _states(catalogue, case_id) for v in [*past_versions(s), *held_versions(s)]]


def deleted_cases(catalogue: Catalogue) -> list[dict[str, str]]:
    """Each deleted case whose history is kept: id, title and when it was deleted."""
    return [
        {"id": record_id, "title": title, "deleted_at": iso_time(stamp), "stamp": stamp}
        for record_id, title, stamp in history_store.deleted_cases(catalogue.db)
    ]
