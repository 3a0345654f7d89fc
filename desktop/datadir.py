"""Where the catalogue lives on this computer, and this device's lasting identity."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store.errors import CatalogueError

ENV_VAR = "LEAPS_DATA_DIR"


def resolve_data_dir(explicit: str | Path | None = None) -> Path:
    """`--data-dir`, else `LEAPS_DATA_DIR`, else the platform's per-user data dir."""
    chosen = explicit or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    import platformdirs  # only here: the window starts sooner without it when a dir is named

    return Path(platformdirs.user_data_dir("leaps-catalogue", "LEAPS"))


def ensure_writable(folder: Path) -> None:
    """Create the folder if needed and prove we can write in it, or say why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as error:
        unwritable = QT_TRANSLATE_NOOP(
            "Validation", "The data dir {folder} is not writable ({reason}). Choose another."
        )
        raise CatalogueError(
            message(unwritable, folder=folder, reason=error.strerror or error),
            hint="`--data-dir DIR` or the LEAPS_DATA_DIR variable chooses another.",
        ) from error


def device_id(folder: Path) -> str:
    """This device's id: made once, kept for ever in `device.json`."""
    import uuid  # only here: it loads a native library the window's start does not need

    path = folder / "device.json"
    if path.exists():
        try:
            return str(uuid.UUID(json.loads(path.read_text(encoding="utf-8"))["device_id"]))
        except (ValueError, KeyError, TypeError) as error:
            damaged = QT_TRANSLATE_NOOP(
                "Validation", "{path} is damaged ({reason}); restore it from a backup of the data dir."
            )
            raise CatalogueError(message(damaged, path=path, reason=error)) from error
    from desktop.store.files import write_atomically  # only when made: the window starts sooner

    new_id = str(uuid.uuid4())
    try:
        write_atomically(path, json.dumps({"device_id": new_id}).encode("utf-8"))
    except OSError as error:
        unwritten = QT_TRANSLATE_NOOP(
            "Validation", "{path} cannot be written ({reason}); if the disk is full, free some space."
        )
        raise CatalogueError(message(unwritten, path=path, reason=error.strerror or error)) from None
    return new_id
