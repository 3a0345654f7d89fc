"""What the sync jobs hand back: an import's report, an open conflict, an unknown signer."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from desktop.store.clock import Stamp
from desktop.sync.bundle_json import BundleError
from desktop.sync.translation_conflicts import TranslatedField

Progress = Callable[[int, int], None]
# For a folder's sync or a hub round: the progress of one file, from what is done ("import" or
# "export") and the file's name.
ProgressFor = Callable[[str, str], Progress]


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
    counts: dict[str, int] = dataclasses.field(default_factory=dict)
    applied: bool = False
    touched_cases: list[str] = dataclasses.field(default_factory=list)
    # One line per device whose records were not imported, saying why and what to do.
    held_back: list[str] = dataclasses.field(default_factory=list)
    # The devices whose signed changes the bundle carries, each as "name (fingerprint)".
    authors: list[str] = dataclasses.field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form for `leaps import --json`."""
        data = asdict(self)
        data.pop("touched_cases")
        return data


class UntrustedSignerError(BundleError):
    """A bundle signed by a device this catalogue does not trust (yet)."""

    code = "untrusted-signer"

    def __init__(self, message: str, preview: ImportReport) -> None:
        super().__init__(message)
        self.preview = preview


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
    authors: dict[str, str] = dataclasses.field(default_factory=dict)
    # For a translated field: its versions as a person reads them, in place of the stored JSON.
    translated: TranslatedField | None = None

    def author(self, stamp: str) -> str:
        """Who made the version with this stamp: the device's name, or its id if it has none."""
        device = Stamp.decode(stamp).device
        return self.authors.get(device) or device

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form for `leaps conflicts --json`."""

        def version(value: Any, stamp: str) -> dict[str, Any]:
            device = Stamp.decode(stamp).device
            shown = {"value": value, "stamp": stamp, "device": device, "author": self.author(stamp)}
            if self.translated is not None and stamp in self.translated.versions:
                shown.update(self.translated.versions[stamp].to_json())
            return shown

        data = asdict(self)
        data.pop("authors")
        data.pop("translated")
        if self.translated is not None:
            data["language"], data["label"] = self.translated.language, self.translated.label
        data["shown"] = version(*self.shown)
        data["others"] = [version(*v) for v in self.others]
        return data
