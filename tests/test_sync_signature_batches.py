"""Signatures checked ahead in batches: every forged change is still found, wherever it lies in a
large bundle, and every honest one around it still goes in."""

from __future__ import annotations

from pathlib import Path

from desktop.store.replica import load_state
from desktop.sync.authors import VERIFY_CHUNK
from desktop.sync.keys import load_or_create_key
from tests.conftest import make_case
from tests.sync_helpers import Device, Records, rewrite

ALTERED = " (altered on the way)"


def test_forged_changes_at_the_start_middle_and_end_of_a_large_bundle_are_each_refused(
    tmp_path: Path,
) -> None:
    author, mine = Device(tmp_path / "author", "author"), Device(tmp_path / "mine", "mine")
    try:
        for n in range(110):
            author.catalogue.save(make_case(title=f"Water kiosk {n}", city="Dhaka"))
        [real] = author.sync.export(tmp_path / "real.leaps")
        order = [(s.type, s.id) for s in mine.sync.read(real).records]
        assert len(order) > 2 * VERIFY_CHUNK, "the signatures span several batches"
        # Three parts of cases (a case left out would keep its parts waiting), each in its own batch.
        parts = [key for key in order if key[0] != "cases"]
        forged = {parts[0], parts[len(parts) // 2], parts[-1]}
        assert len({order.index(key) // VERIFY_CHUNK for key in forged}) == 3

        def alter(records: Records) -> None:
            for record in records:
                if (record["type"], record["id"]) in forged:
                    name = next(
                        k
                        for k, v in sorted(record["fields"].items())
                        if isinstance(v, str) and k != "case_id"
                    )
                    record["fields"][name] += ALTERED

        bad = rewrite(real, tmp_path / "bad.leaps", load_or_create_key(author.folder), alter)
        report = mine.sync.import_bundle(mine.sync.read(bad), "always")
        assert any("3 record(s)" in line and "did not sign" in line for line in report.held_back), (
            report.held_back
        )
        db = mine.catalogue.db
        kept = {key for key in order if load_state(db, *key) is not None}
        assert kept == set(order) - forged, "only the altered records are left out"
        assert not any(ALTERED in str(load_state(db, *key)) for key in kept)
    finally:
        author.close()
        mine.close()
