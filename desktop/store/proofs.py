"""Who made each change: the author's signature over one edit of a record, kept with the record.

An edit is every field one save changed, sharing one stamp. Its proof holds what the author's
record had seen just before (`seen`, a version vector), the author's public key (`key`) and an
Ed25519 signature (`sig`) over the record's type and id, the stamp, `seen` and a digest of each
field's new value. When a later edit replaces one of those values, its digest moves to the
proof's `gone`, so the signature can still be checked while the other fields stay. A record's
version vector is then derived from its proofs, so no relay can claim it has seen more.
"""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from desktop.store import jsontext
from desktop.store.replica import DELETED, RecordState

Proof = dict[str, Any]


def value_digest(value: Any) -> str:
    """A short digest of a field value as it travels (text in NFC, decimals as `repr`)."""
    if value is None:
        data = b"n"
    elif isinstance(value, str):
        data = b"s" + unicodedata.normalize("NFC", value).encode("utf-8")
    elif isinstance(value, bool) or not isinstance(value, int | float):
        data = b"j" + jsontext.dumps(value).encode("utf-8")
    elif isinstance(value, int):
        data = b"i" + str(value).encode("ascii")
    else:
        data = b"f" + repr(value).encode("ascii")
    return hashlib.sha256(data).hexdigest()[:32]


def held_versions(state: RecordState) -> Iterator[tuple[str, Any, str]]:
    """(field, value, stamp) of every version the state holds: shown values and conflicts."""
    for name, stamp in state.stamps.items():
        yield name, state.fields.get(name), stamp
    for name, versions in state.siblings.items():
        for value, stamp in versions:
            yield name, value, stamp


def edit_digests(state: RecordState, stamp: str) -> dict[str, str]:
    """The digest of each field the edit with this stamp set: held values, then replaced ones."""
    digests = dict(state.edits.get(stamp, {}).get("gone", {}))
    for name, value, held in held_versions(state):
        if held == stamp:
            digests[name] = value_digest(value)
    return digests


def payload(state: RecordState, stamp: str, seen: dict[str, str], digests: dict[str, str]) -> bytes:
    """The bytes an author signs for one edit of a record."""
    return json.dumps(
        [state.type, state.id, stamp, seen, digests], sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


def retire(state: RecordState, name: str) -> None:
    """Keep a field's versions in the record's past, and their digests in their edits' proofs,
    before they are replaced."""
    versions = [(state.fields.get(name), state.stamps[name])] if name in state.stamps else []
    versions += state.siblings.get(name, [])
    for value, stamp in versions:
        state.archive(name, value, stamp)
        proof = state.edits.get(stamp)
        if proof is not None:
            proof.setdefault("gone", {})[name] = value_digest(value)


def past_versions(state: RecordState) -> Iterator[tuple[str, Any, str]]:
    """(field, value, stamp) of every replaced version the record keeps as its history."""
    for name, versions in state.past.items():
        for value, stamp in versions:
            yield name, value, stamp


def prune(state: RecordState) -> None:
    """Drop the proofs of edits of which neither a value nor its history is kept."""
    if not state.edits:
        return
    held = {stamp for _, _, stamp in held_versions(state)} | {stamp for _, _, stamp in past_versions(state)}
    for stamp in [s for s in state.edits if s not in held]:
        del state.edits[stamp]


def prove(
    state: RecordState, stamp: str, seen: dict[str, str], public_key: str, sign: Callable[[bytes], bytes]
) -> None:
    """Sign the edit with this stamp, which the author made having seen `seen`."""
    digests = edit_digests(state, stamp)
    signature = sign(payload(state, stamp, seen, digests))
    state.edits[stamp] = {"seen": dict(seen), "key": public_key, "sig": base64.b64encode(signature).decode()}


def merge_proofs(a: Proof | None, b: Proof | None) -> Proof:
    """One edit's proof as two devices hold it: the same signature, replaced digests joined."""
    if a is None or b is None:
        return dict(a or b or {})
    merged = dict(a)
    gone = {**a.get("gone", {}), **b.get("gone", {})}
    if gone:
        merged["gone"] = gone
    return merged


def derived_vv(state: RecordState, held: Iterable[str] | None = None) -> dict[str, str]:
    """What the record has provably seen: its own versions, what each signed edit had seen, and
    what each deletion had seen. `held` names the stamps of its versions if already known."""
    vv: dict[str, str] = {}

    def see(stamp: str) -> None:
        device = stamp.split(".", 2)[2]
        if vv.get(device, "") < stamp:
            vv[device] = stamp

    for stamp in held if held is not None else {stamp for _, _, stamp in held_versions(state)}:
        see(stamp)
    for _, _, stamp in past_versions(state):
        see(stamp)
    for proof in state.edits.values():
        for stamp in proof.get("seen", {}).values():
            see(stamp)
    for value in [state.fields.get(DELETED), *(v for v, _ in state.siblings.get(DELETED, []))]:
        if isinstance(value, str):
            for stamp in jsontext.loads(value, {}).values():
                see(stamp)
    return vv
