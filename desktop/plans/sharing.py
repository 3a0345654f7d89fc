"""What of a plan leaves the device: nothing (private), everything (organisation), or only its
outcomes (decisions, state and indicator readings; no notes, stakeholders or budgets).

Applied to every record a bundle is made of, so no export path can send more.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlite_utils

from desktop.store import planning
from desktop.store.proofs import held_versions, past_versions, prune, value_digest
from desktop.store.replica import RecordState

SHARING_LEVELS = ("private", "organisation", "outcomes")
DEFAULT_SHARING = "organisation"


def withhold(state: RecordState, names: frozenset[str]) -> RecordState:
    """A copy of the state without these fields, every version of them gone; their digests stay
    in their edits' proofs, so the authors' signatures still check."""
    copy = RecordState.from_json(state.to_json())
    for name, value, stamp in [*held_versions(copy), *past_versions(copy)]:
        proof = copy.edits.get(stamp)
        if name in names and proof is not None:
            proof.setdefault("gone", {})[name] = value_digest(value)
    for versions in (copy.fields, copy.stamps, copy.siblings, copy.past):
        for name in names:
            versions.pop(name, None)  # type: ignore[attr-defined]
    prune(copy)
    return copy


class BundleSharing:
    """Decides, for one export, what of each record may go into the bundle."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.levels = planning.sharing_levels(db)
        self.profile_users = planning.profile_sharing(db)

    def level(self, plan_id: str) -> str:
        """The sharing level of a plan (organisation for one this device has not got)."""
        return self.levels.get(plan_id, DEFAULT_SHARING)

    def shared(self, state: RecordState) -> RecordState | None:
        """The state as it may leave the device, or None if it stays."""
        if state.type == "city_profiles":
            # A profile goes as far as the most open plan using it: a profile no plan uses, whole.
            users = self.profile_users.get(state.id, {DEFAULT_SHARING})
            if DEFAULT_SHARING in users:
                return state
            if "outcomes" in users:
                return withhold(state, planning.OUTCOMES_WITHHELD["city_profiles"])
            return None
        if state.type == "plans":
            plan_id = state.id
        elif state.type == "progress_entries":
            plan_id = str(state.fields.get("plan_id") or "")
        else:
            return state
        level = self.level(plan_id)
        if level == "private":
            return None
        if level == "outcomes":
            return withhold(state, planning.OUTCOMES_WITHHELD[state.type])
        return state

    def filter(self, states: Iterable[RecordState]) -> Iterator[RecordState]:
        """The states that may leave the device, as they may."""
        for state in states:
            shared = self.shared(state)
            if shared is not None:
                yield shared


def sharing_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """How many of this catalogue's plans have each sharing level (for the export dialog)."""
    return planning.sharing_counts(db)
