"""Merging the shipped seed into a catalogue as a bundle from a trusted `seed` origin would."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.catalogue.seed import check_seed, seed_fingerprint, seed_release, seed_root
from desktop.store import cases as case_store
from desktop.store import meta, seed_baseline
from desktop.store.apply import apply_states
from desktop.store.clock import Stamp
from desktop.store.replica import DELETED, RecordState, iso_time, learn

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

log = logging.getLogger(__name__)

SEEDED_KEY = "seed_loaded"
SEED_FINGERPRINT_KEY = "seed_fingerprint"


def _seed_state(table: str, record: dict[str, Any], release: Stamp, base: RecordState | None) -> RecordState:
    """A seed record as the `seed` origin holds it: a field keeps its old stamp unless it changed.

    Every install computes the same state from the same seed, so they all agree on it.
    """
    fields = {k: v for k, v in record.items() if k != "id"}
    fields[DELETED] = None
    if table == "cases":
        fields["created_at"] = base.fields.get("created_at") if base else iso_time(release.encode())
    stamps = {
        name: base.stamps[name]
        if base is not None and name in base.stamps and base.fields.get(name) == value
        else release.encode()
        for name, value in fields.items()
    }
    return RecordState(table, record["id"], fields, stamps, {}, {release.device: release.encode()})


def merge_seed(catalogue: Catalogue, root: Path | None = None) -> dict[str, int] | None:
    """Bring in the shipped seed if it differs from the one last merged; None if it does not.

    New seed cases appear, corrected fields update cases nobody here changed, and become conflicts
    where someone did.
    """
    db = catalogue.db
    root = root or seed_root()
    fingerprint = seed_fingerprint(root)
    if meta.get(db, SEED_FINGERPRINT_KEY) == fingerprint:
        return None
    cases, errors = check_seed(root / "cases")
    for error in errors:
        log.error("seed file skipped: %s", error)
    release = seed_release(root)
    baseline = {key: RecordState.from_json(state) for key, state in seed_baseline.read(db).items()}
    states = [
        _seed_state(table, record, release, baseline.get((table, record["id"])))
        for case in cases
        for table, record in case_store.case_records(case)
    ]
    with db.atomic():
        counts, touched = apply_states(db, states)
        seed_baseline.write(db, [(s.type, s.id, s.to_json()) for s in states])
        learn(db, {release.device: release.encode()})
        meta.put(db, {SEED_FINGERPRINT_KEY: fingerprint, SEEDED_KEY: __version__})
    catalogue.writer.clock.observe(release)
    if touched and not catalogue.index.needs_rebuild:
        catalogue.reindex_cases(sorted(touched))
    return counts
