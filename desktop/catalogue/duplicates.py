"""Likely duplicate cases, and merging two cases into one that keeps every part of both."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from desktop.catalogue.fields import case_from_dict
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import cases as case_store
from desktop.store import merges as merge_store
from desktop.store import meta
from desktop.store.errors import CatalogueError
from desktop.store.records import ADAPTED_ORIGIN, CASE_SCALAR_FIELDS, MAX_TEXT_CHARS, Case
from desktop.store.translations import device_names
from desktop.text.countries import folded

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

# Titles this alike, in the same city, are taken for the same practice written up twice.
SIMILAR_TITLES = 0.9
# Merges made before merges travelled as records were kept on their device only, under this key.
LEGACY_MERGE_KEY = "merge:"


@dataclass(frozen=True)
class Duplicate:
    """Two cases that are likely the same practice, and why."""

    first: str
    second: str
    first_title: str
    second_title: str
    reason: str  # "external id", "source address" or "title and city"

    def to_json(self) -> dict[str, str]:
        """JSON-ready form, for `leaps duplicates --json`."""
        return {
            "first": self.first,
            "second": self.second,
            "first_title": self.first_title,
            "second_title": self.second_title,
            "reason": self.reason,
        }


def alike(first: str, second: str) -> bool:
    """True for two titles that are the same but for accents, case, punctuation or a slip or two."""
    a, b = folded(first), folded(second)
    return bool(a) and (a == b or SequenceMatcher(None, a, b).ratio() >= SIMILAR_TITLES)


# Above this many titles in one city, only titles equal once folded are compared: every pair
# would take too long.
PAIRWISE_LIMIT = 200


def alike_pairs(items: list[tuple[Any, str]], near: bool = True) -> list[tuple[Any, Any]]:
    """Pairs of (key, title) items whose titles are alike: equal once folded, or (when `near` and
    the items are few) nearly so."""
    pairs = []
    seen: dict[str, Any] = {}
    for key, title in items:
        same = folded(title)
        if same and same in seen:
            pairs.append((seen[same], key))
        seen.setdefault(same, key)
    if near and len(items) <= PAIRWISE_LIMIT:
        for i, (first, first_title) in enumerate(items):
            for second, second_title in items[i + 1 :]:
                if folded(first_title) != folded(second_title) and alike(first_title, second_title):
                    pairs.append((first, second))
    return pairs


def find_duplicates(catalogue: Catalogue) -> list[Duplicate]:
    """Pairs of cases that share an external id (in the same library), a source's web address, or
    a near-identical title in the same city; each pair once, the first reason found."""
    db = catalogue.db
    titles: dict[str, str] = {}
    by_key: dict[tuple[str, str], list[str]] = {}
    by_city: dict[str, list[str]] = {}
    for case_id, title, city, origin, external_id, url in case_store.identities(db, by_title=True):
        titles[case_id] = title
        if external_id and origin != ADAPTED_ORIGIN:
            by_key.setdefault(("external id", f"{origin}\n{external_id}"), []).append(case_id)
        if url:
            by_key.setdefault(("source address", url), []).append(case_id)
        by_city.setdefault(folded(city), []).append(case_id)
    for case_id, url in case_store.source_addresses(db):
        ids = by_key.setdefault(("source address", url), [])
        if case_id not in ids:
            ids.append(case_id)
    found: dict[tuple[str, str], Duplicate] = {}

    def pair(first: str, second: str, reason: str) -> None:
        key = (min(first, second), max(first, second))
        if first != second and key not in found:
            found[key] = Duplicate(first, second, titles[first], titles[second], reason)

    for (reason, _), ids in by_key.items():
        for other in ids[1:]:
            pair(ids[0], other, reason)
    for city, ids in by_city.items():
        for first, second in alike_pairs([(case_id, titles[case_id]) for case_id in ids], bool(city)):
            pair(first, second, "title and city")
    return sorted(found.values(), key=lambda d: (folded(d.first_title), d.first, d.second))


def _merged(keep: Case, other: Case) -> Case:
    """`keep` with every source, component and attachment of `other` added, and each field it
    leaves empty filled from `other`."""
    urls = {s.url for s in keep.sources if s.url}
    filled = {
        name: getattr(other, name)
        for name in CASE_SCALAR_FIELDS
        if getattr(keep, name) in ("", None, []) and getattr(other, name) not in ("", None, [])
    }
    return replace(
        keep,
        **filled,
        themes=list(dict.fromkeys(keep.themes + other.themes)),
        sdgs=list(dict.fromkeys(keep.sdgs + other.sdgs)),
        sources=keep.sources + [s for s in other.sources if not s.url or s.url not in urls],
        components=keep.components + other.components,
        attachments=keep.attachments + other.attachments,
        more={name: keep.more.get(name) or other.more.get(name, "") for name in {*keep.more, *other.more}},
    )


def merge_cases(catalogue: Catalogue, keep_id: str, other_id: str) -> Case:
    """Merge `other` into `keep` in one transaction: its parts move to `keep` (the same records,
    so other devices move them too when the change travels), empty fields are filled, and `other`
    is deleted, leaving a tombstone. What both were is kept so `unmerge_cases` can undo it."""
    if keep_id == other_id:
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation", "A case cannot be merged with itself; name two different cases."
                )
            )
        )
    keep, other = catalogue.get(keep_id), catalogue.get(other_id)
    merged = _merged(keep, other)
    merged_at = datetime.now(UTC).isoformat(timespec="microseconds")
    before = {"keep": keep.to_dict(), "other": other.to_dict()}
    if len(json.dumps(before, ensure_ascii=False)) > MAX_TEXT_CHARS:
        # The merge record carries both cases whole so any device can undo it; a record longer
        # than a bundle takes would stop every later sync of this catalogue.
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "These two cases are too long to merge ({limit} characters together at most).",
                ),
                limit=f"{MAX_TEXT_CHARS:,}",
            )
        )
    with catalogue.db.atomic():
        merge_store.record_merge(catalogue.writer, keep_id, other_id, before, merged_at)
        catalogue.save(merged)
        catalogue.delete(other_id)
    return catalogue.get(keep_id)


def _merge_before(catalogue: Catalogue, other_id: str) -> dict[str, Any] | None:
    """Both cases as they were before the standing merge that removed `other_id`: from the synced
    merge record, or from a merge recorded on this device before merges travelled."""
    standing = merge_store.standing_merge(catalogue.db, other_id)
    if standing is not None:
        return standing.before
    legacy = meta.get(catalogue.db, LEGACY_MERGE_KEY + other_id)
    return None if legacy is None else dict(json.loads(legacy))


def unmerge_cases(catalogue: Catalogue, other_id: str) -> tuple[Case, Case]:
    """Undo the merge that removed `other_id` (made on this device or another): it comes back with
    its parts, and the case it was merged into gets back what it had; both as they were just
    before the merge. The undo travels to other devices like any edit."""
    before = _merge_before(catalogue, other_id)
    if before is None:
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP("Validation", "No merge removed the case {id}; nothing to undo."),
                id=other_id,
            )
        )
    other, keep = case_from_dict(before["other"]), case_from_dict(before["keep"])
    with catalogue.db.atomic():
        catalogue.save(other)  # its parts move back to it first, so `keep` does not delete them
        catalogue.save(keep)
        merge_store.record_undo(
            catalogue.writer, other_id, datetime.now(UTC).isoformat(timespec="microseconds")
        )
        meta.remove(catalogue.db, LEGACY_MERGE_KEY + other_id)
    return catalogue.get(keep.id), catalogue.get(other.id)


@dataclass(frozen=True)
class Merge:
    """A merge that can be undone (made here or received): the case kept and the case it removed."""

    kept: str
    removed: str
    kept_title: str
    removed_title: str
    merged_at: str  # "" for a merge recorded before merges were dated
    by: str = ""  # the name of the device that made it, when another device did


def undoable_merges(catalogue: Catalogue) -> list[Merge]:
    """Every merge that can still be undone (`unmerge_cases`), made here or received, latest first."""
    names = device_names(catalogue.db)
    own = catalogue.writer.device_id
    found = [
        Merge(
            record.kept,
            record.removed,
            str(record.before.get("keep", {}).get("title", "")),
            str(record.before.get("other", {}).get("title", "")),
            record.merged_at,
            "" if record.author in ("", own) else names.get(record.author, record.author),
        )
        for record in merge_store.standing_merges(catalogue.db)
    ]
    for key, value in meta.with_prefix(catalogue.db, LEGACY_MERGE_KEY).items():
        record: dict[str, Any] = json.loads(value)
        keep, other = record["keep"], record["other"]
        found.append(
            Merge(
                keep["id"],
                key.removeprefix(LEGACY_MERGE_KEY),
                str(keep.get("title", "")),
                str(other.get("title", "")),
                str(record.get("merged_at", "")),
            )
        )
    return sorted(found, key=lambda merge: merge.merged_at, reverse=True)


def incoming_duplicates(catalogue: Catalogue, states: list[Any]) -> list[Duplicate]:
    """The cases a bundle brings that are new here but look like a case already here (same
    external id in the same library, same page, or a near-identical title in the same city):
    the pairs a person may want to merge after the import. `states` are the bundle's records."""
    titles: dict[str, str] = {}
    by_key: dict[tuple[str, str], str] = {}
    by_city: dict[str, list[tuple[str, str]]] = {}
    for case_id, title, city, origin, external_id, url in case_store.identities(catalogue.db):
        titles[case_id] = title
        if external_id and origin != ADAPTED_ORIGIN:
            by_key.setdefault(("external id", f"{origin}\n{external_id}"), case_id)
        if url:
            by_key.setdefault(("source address", url), case_id)
        by_city.setdefault(folded(city), []).append((case_id, title))
    found = []
    for state in states:
        fields = state.fields
        if state.type != "cases" or state.id in titles or fields.get("deleted_context") is not None:
            continue
        title = str(fields.get("title") or "")
        keys = [
            ("external id", f"{fields.get('origin') or ''}\n{fields.get('external_id')}")
            if fields.get("external_id") and fields.get("origin") != ADAPTED_ORIGIN
            else None,
            ("source address", str(fields.get("origin_url"))) if fields.get("origin_url") else None,
        ]
        match = next(((key[0], by_key[key]) for key in keys if key and key in by_key), None)
        if match is None:
            city = folded(str(fields.get("city") or ""))
            near = next(
                (case_id for case_id, other in by_city.get(city, []) if city and alike(title, other)), None
            )
            match = ("title and city", near) if near else None
        if match is not None:
            found.append(Duplicate(match[1], state.id, titles[match[1]], title, match[0]))
    return found
