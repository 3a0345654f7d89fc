"""The curated seed catalogue shipped with the app: finding, checking and loading it."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.catalogue.validation import ValidationError
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.resources import resource_path
from desktop.store import organisation
from desktop.store.clock import Stamp
from desktop.store.errors import CatalogueError
from desktop.store.records import Case

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

SEED_DEVICE = "seed"


def seed_root() -> Path:
    """The shipped seed catalogue: `cases/` and `release.json`."""
    return resource_path("catalogue_seed")


def seed_dir() -> Path:
    """Where the shipped seed case files are."""
    return seed_root() / "cases"


def seed_release(root: Path) -> Stamp:
    """The seed's version: its release time, as a stamp of the `seed` origin every install shares."""
    released = json.loads((root / "release.json").read_text(encoding="utf-8"))["released"]
    when = datetime.fromisoformat(released.replace("Z", "+00:00"))
    return Stamp(int(when.timestamp() * 1000), 0, SEED_DEVICE)


def seed_fingerprint(root: Path) -> str:
    """A digest of the whole seed, to notice when a newer app brings a different one."""
    digest = hashlib.sha256()
    for path in [root / "release.json", *seed_files(root / "cases")]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def seed_files(folder: Path | None = None) -> list[Path]:
    """Every case file of a seed folder, in a stable order."""
    return sorted((folder or seed_dir()).glob("*.md"))


def check_seed(folder: Path | None = None) -> tuple[list[Case], list[ValidationError]]:
    """Validate every seed file; returns the good cases and one error per bad file."""
    # Imported here: the YAML reader is only needed when the seed changed, not at every start.
    from desktop.catalogue.casefile import read_case

    cases: list[Case] = []
    errors: list[ValidationError] = []
    seen: dict[str, Path] = {}
    for path in seed_files(folder):
        try:
            case = read_case(path)
        except ValidationError as error:
            errors.append(error)
            continue
        if case.id in seen:
            twice = QT_TRANSLATE_NOOP("Validation", "{path}: id {id} is also used by {other}")
            errors.append(ValidationError([], message(twice, path=path, id=case.id, other=seen[case.id])))
            continue
        seen[case.id] = path
        cases.append(case)
    return cases, errors


def publish_seed(catalogue: Catalogue, folder: Path) -> int:
    """Write every case of the catalogue as a new seed catalogue (`cases/` and `release.json`) in
    `folder`, which must not exist yet; how many cases. In an organisation only a curator may:
    a seed is what every install takes as the curated catalogue."""
    if organisation.own_role(catalogue.db) == "member":
        curators_only = QT_TRANSLATE_NOOP(
            "Validation",
            "Only a curator of the organisation may publish a seed catalogue; this device is a member. "
            "Ask a curator to publish it.",
        )
        raise CatalogueError(message(curators_only))
    if folder.exists():
        taken = QT_TRANSLATE_NOOP(
            "Validation", "{folder} already exists; choose a new folder for the seed catalogue."
        )
        raise CatalogueError(message(taken, folder=folder))
    from desktop.catalogue.casefile import case_to_markdown

    cases = catalogue.all_cases()
    # Written beside the target and renamed at the end: a failure leaves no half seed behind.
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    except OSError as error:
        unwritable = QT_TRANSLATE_NOOP("Validation", "cannot write in {folder} ({reason}).")
        raise CatalogueError(
            message(unwritable, folder=folder.parent, reason=error.strerror or error)
        ) from None
    try:
        (staging / "cases").mkdir()
        for case in cases:
            (staging / "cases" / f"{case.id}.md").write_text(case_to_markdown(case), encoding="utf-8")
        released = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        (staging / "release.json").write_text(json.dumps({"released": released}), encoding="utf-8")
        staging.rename(folder)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        failed = QT_TRANSLATE_NOOP(
            "Validation", "the seed catalogue could not be written ({reason}); nothing was left behind."
        )
        raise CatalogueError(message(failed, reason=error.strerror or error)) from None
    return len(cases)


def main(argv: list[str] | None = None) -> int:
    """Check a seed folder from the command line, printing one line per problem."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else None
    cases, errors = check_seed(folder)
    for error in errors:
        print(error, file=sys.stderr)
    print(f"{len(cases)} valid case files, {len(errors)} with problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
