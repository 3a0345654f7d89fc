"""Reading bundles in: the signer decided about from the manifest, every record's authors and the
organisation's rules checked, then everything allowed applied in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP, UsageError, message
from desktop.plans.drafts import discard_drafts_of_missing_plans
from desktop.store import holdings
from desktop.store.apply import apply_states
from desktop.store.clock import Stamp
from desktop.store.drift import newest_beyond
from desktop.store.replica import RecordState, iso_time, learn
from desktop.store.sync_log import add_history
from desktop.sync.authors import AuthorCheck
from desktop.sync.bundle import Bundle, open_bundle, read_members
from desktop.sync.bundle_json import BundleError
from desktop.sync.context import SyncContext
from desktop.sync.keys import announces, load_announcements
from desktop.sync.org import Membership, OrganisationRules
from desktop.sync.peers import PeerBook, set_complete
from desktop.sync.reports import ImportReport, Progress, UntrustedSignerError

TRUST_LEVELS = ("once", "always", "never")


class _Discard(Exception):
    """Raised to roll back a trial import once its counts are known."""


def covers_vector(outer: dict[str, str], inner: dict[str, str]) -> bool:
    """True when `outer` holds every device's edits up to where `inner` does."""
    return all(outer.get(d, "") >= s for d, s in inner.items())


def discard_stale_plan_drafts(context: SyncContext) -> None:
    """Drafts of plans a bundle or a resolved conflict deleted are never offered back."""
    discard_drafts_of_missing_plans(context.catalogue.data_dir, holdings.live_plan_ids(context.db))


class Importer:
    """Bundles into one catalogue."""

    def __init__(self, context: SyncContext, peers: PeerBook) -> None:
        self.context, self.peers = context, peers
        self.db = context.db

    def read(self, path: Path) -> Bundle:
        """Open and verify a bundle file; a signer this catalogue refuses is refused before any
        member is read."""
        bundle = open_bundle(path)
        if self.peers.trust_of(bundle) == "never":
            self._decide(bundle, None)  # raises: nothing of a refused signer's file is read
        read_members(bundle, self.context.columns)
        return bundle

    def open(self, path: Path) -> Bundle:
        """Open a bundle for its preview: the members are read only if its signer is trusted
        already; for a signer not seen before, only once someone decides to trust it."""
        bundle = open_bundle(path)
        trust = self.peers.trust_of(bundle)
        if trust == "never":
            self._decide(bundle, None)  # raises: nothing of a refused signer's file is read
        if trust == "always":
            read_members(bundle, self.context.columns)
        return bundle

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

    def preview(self, bundle: Bundle) -> ImportReport:
        """What importing the bundle would do, without changing anything; no counts for a bundle
        whose members were not read (its signer is not trusted yet)."""
        known = self.peers.trust_of(bundle)
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
            read_members(bundle, self.context.columns)
        report = self._report(bundle, known)
        records, report.held_back, authors = self._acceptable(bundle, decision)
        report.authors = authors.author_labels(self._author_names(bundle))
        with self.db.atomic():
            report.counts, touched = apply_states(self.db, records, bundle.blobs, progress, cancelled)
            authors.remember()
            Membership(self.db).learn(bundle.organisation)
            provable = self._provable(bundle, decision)
            self.peers.remember(
                bundle,
                "always" if decision == "always" else (known if known != "unknown" else ""),
                covers=provable,
            )
            if not report.held_back:
                self._learn(bundle, provable)  # not all here while records were left out
            summary = {**report.counts, "set_id": bundle.part.set_id if bundle.part else None}
            add_history(self.db, "import", bundle.path, bundle.device_id, bundle.bundle_id, summary)
        newest = max((s for state in records for s in state.vv.values()), default=None)
        if newest:
            self.context.catalogue.writer.clock.observe(Stamp.decode(newest))
        if reindex:
            self.context.catalogue.reindex_cases(sorted(touched))
        discard_stale_plan_drafts(self.context)
        report.applied = True
        report.touched_cases = sorted(touched)
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

    def _decide(self, bundle: Bundle, trust: str | None) -> tuple[str, str]:
        """The signer's standing and the decision about this bundle, given the answer `trust`
        for a signer not seen before; refuses a signer not trusted. Needs only the manifest."""
        known = self.peers.trust_of(bundle)
        if trust is not None and trust not in TRUST_LEVELS:
            levels = QT_TRANSLATE_NOOP("Validation", "--trust must be one of {levels}")
            raise UsageError(message(levels, levels=", ".join(TRUST_LEVELS)))
        decision = known if known in ("always", "never") else trust
        if decision == "never":
            if known == "unknown":
                with self.db.atomic():
                    self.peers.remember(bundle, "never", learn=False)
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

    def _acceptable(self, bundle: Bundle, trust: str) -> tuple[list[RecordState], list[str], AuthorCheck]:
        """The bundle's records that may be merged, one line per device whose records may not,
        and the check of who made each change.

        A record holding a stamp further ahead of this computer's clock than the drift bound is
        left out: merged, it would win every comparison and drag this device's clock with it. So
        is a record holding a change its author did not sign (made, altered or re-credited by
        whoever passed it on).
        """
        limit_ms = self.context.catalogue.writer.clock.limit_ms()
        rules = OrganisationRules(Membership(self.db), bundle.organisation)
        authors = self._author_check(bundle, trust, rules)
        authors.check_ahead(bundle.records)
        kept: list[RecordState] = []
        ahead: dict[str, list[str]] = {}
        for state in bundle.records:
            newest = newest_beyond(state, limit_ms)
            if newest is not None:
                ahead.setdefault(Stamp.decode(newest).device, []).append(newest)
            elif authors.accept(state) and rules.allow(state):
                kept.append(state)
        label = self.peers.device_label
        held_back = [
            f"{len(stamps)} record(s) edited on {label(device, bundle)} are stamped "
            f"{iso_time(max(stamps))}, more than a day ahead of this computer's clock, and were not "
            "imported. Set that device's clock right, then run `leaps repair-clock` on it."
            for device, stamps in sorted(ahead.items())
        ]
        held_back += [
            f"{count} record(s) hold changes credited to {label(device, bundle)} that it did "
            "not sign (made, altered or re-credited on the way); they were not imported."
            for device, count in sorted(authors.refused.items())
        ]
        held_back += [
            f"{count} record(s) hold changes by {label(device, bundle)}, a device this catalogue has "
            f"never met, passed on by {bundle.device_name}, which is not trusted always to vouch for "
            "other devices; they were not imported. Import a bundle from that device itself, or trust "
            f"{bundle.device_name} always, or join the device's organisation."
            for device, count in sorted(authors.unmet.items())
        ]
        held_back += [
            f"{count} record(s) hold changes by {label(device, bundle)} that claim to have seen edits "
            "of this device it never sent anywhere; they were not imported, and this device's own "
            "edits stay as they are."
            for device, count in sorted(authors.overclaimed.items())
        ]
        held_back += [
            f"{count} record(s) hold changes {label(device, bundle, rules.members)} made "
            f"{reason}; they were not imported."
            for (device, reason), count in sorted(rules.refused.items())
        ]
        return kept, held_back, authors

    def _author_check(self, bundle: Bundle, trust: str, rules: OrganisationRules) -> AuthorCheck:
        context = self.context
        own = {context.key.public_text}
        own |= {a["old_key"] for a in load_announcements(context.catalogue.data_dir)}
        signer = {bundle.public_key}
        signer |= {
            a["old_key"]
            for a in bundle.announcements
            if isinstance(a, dict) and announces(a, bundle.device_id, a.get("old_key", ""))
        }
        certified = {device: certificate.public_key for device, certificate in rules.members.items()}
        return AuthorCheck(self.db, bundle, context.device_id, own, signer, trust, certified)

    def _author_names(self, bundle: Bundle) -> dict[str, str]:
        context = self.context
        return {
            **self.peers.names(),
            bundle.device_id: bundle.device_name,
            context.device_id: context.device_name,
        }

    def _learn(self, bundle: Bundle, provable: dict[str, str]) -> None:
        """After a complete bundle (or set), this catalogue holds everything its signer held."""
        if bundle.kind == "selection" or not set_complete(self.context, bundle):
            return
        if not covers_vector(self.context.knowledge(), bundle.since):
            return  # the bundle left out records we never had; what it covers is not all ours yet
        learn(self.db, provable)

    def _provable(self, bundle: Bundle, trust: str) -> dict[str, str]:
        """What a bundle's `covers` may teach: the signer's word on its own edits, and, from a
        signer trusted always, on others' edits no further than signed edits held here show.

        A claim beyond that would make this device (and, through its own bundles, the author)
        believe it holds edits it never got, and they would never be sent to it.
        """
        covers = self.context.within_drift(bundle.covers)
        signer = bundle.device_id
        if trust != "always":
            return {d: s for d, s in covers.items() if d == signer}
        newest = holdings.newest_held(self.db)
        return {
            device: stamp if device == signer else min(stamp, newest[device])
            for device, stamp in covers.items()
            if device == signer or device in newest
        }
