"""Merging two states of one record, field by field, so that every device converges.

Each field holds one or more versions `(value, stamp)`: normally one, several while a
concurrent edit waits for a person to decide. A version survives a merge if the other side
also has it or has not seen it yet; a version the other side has seen and replaced is gone.
The shown value is the version with the highest stamp, a rule that depends only on the
versions, so every device shows the same one.
"""

from __future__ import annotations

from typing import Any

from desktop.store.proofs import held_versions, merge_proofs, prune, value_digest
from desktop.store.replica import RecordState, covers

Version = tuple[Any, str]


def _versions(state: RecordState, name: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if name in state.stamps:
        found[state.stamps[name]] = state.fields.get(name)
    for value, stamp in state.siblings.get(name, []):
        found[stamp] = value
    return found


def merge_states(local: RecordState | None, incoming: RecordState) -> RecordState:
    """The join of two states of the same record: commutative, associative, idempotent."""
    if local is None:
        return RecordState.from_json(incoming.to_json())
    merged = RecordState(type=local.type, id=local.id)
    if local.edits or incoming.edits:
        merged.edits = {
            stamp: merge_proofs(local.edits.get(stamp), incoming.edits.get(stamp))
            for stamp in local.edits.keys() | incoming.edits.keys()
        }
    for name in sorted(set(local.stamps) | set(incoming.stamps)):
        stamp = local.stamps.get(name)
        if (
            stamp is not None
            and stamp == incoming.stamps.get(name)
            and name not in local.siblings
            and name not in incoming.siblings
        ):
            # The same single version on both sides, the usual case for a field: it stays.
            merged.fields[name] = incoming.fields.get(name)
            merged.stamps[name] = stamp
            continue
        if name not in local.stamps or name not in incoming.stamps:
            # A field one side never got (an outcomes-only plan's notes): the other side's versions.
            side = local if name in local.stamps else incoming
            merged.fields[name], merged.stamps[name] = side.fields.get(name), side.stamps[name]
            if side.siblings.get(name):
                merged.siblings[name] = list(side.siblings[name])
            continue
        mine, theirs = _versions(local, name), _versions(incoming, name)
        kept = {s: v for s, v in mine.items() if s in theirs or not covers(incoming.vv, s)}
        kept.update({s: v for s, v in theirs.items() if s in mine or not covers(local.vv, s)})
        if not kept:
            # Both sides replaced each other's versions: impossible for well-formed states,
            # but keeping the newest is safer than dropping the field.
            kept = {max(mine | theirs): (mine | theirs)[max(mine | theirs)]}
        for stamp in (mine.keys() | theirs.keys()) - kept.keys():
            merged.archive(name, (mine | theirs)[stamp], stamp)
            proof = merged.edits.get(stamp)
            if proof is not None:  # replaced: its digest stays so the edit's signature still checks
                proof.setdefault("gone", {})[name] = value_digest((mine | theirs)[stamp])
        ordered = sorted(kept.items())
        winner_stamp, winner_value = ordered[-1]
        merged.fields[name] = winner_value
        merged.stamps[name] = winner_stamp
        if len(ordered) > 1:
            merged.siblings[name] = [(value, stamp) for stamp, value in ordered[:-1]]
    for device in set(local.vv) | set(incoming.vv):
        merged.vv[device] = max(local.vv.get(device, ""), incoming.vv.get(device, ""))
    _join_past(merged, local, incoming)
    prune(merged)
    return merged


def _join_past(merged: RecordState, *sides: RecordState) -> None:
    """Both sides' history, less the versions the merged record still holds."""
    for side in sides:
        for name, versions in side.past.items():
            for value, stamp in versions:
                merged.archive(name, value, stamp)
    held = {(name, stamp) for name, _, stamp in held_versions(merged)}
    for name in list(merged.past):
        merged.past[name] = [(v, s) for v, s in merged.past[name] if (name, s) not in held]
        if not merged.past[name]:
            del merged.past[name]


def same_state(a: RecordState | None, b: RecordState | None) -> bool:
    """True if two states hold the same versions and have seen the same edits."""
    if a is None or b is None:
        return a is b
    return a.to_json() == b.to_json()
