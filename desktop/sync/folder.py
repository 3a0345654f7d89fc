"""Which files of a sync folder are bundles to read, and the names bundles are written under.

Each device writes `<device id>.leaps`; a hub writes each device `to-<device id>.leaps`. Syncthing's
temporary files (`.syncthing.NAME.tmp`, `~syncthing~NAME.tmp`) and our own unfinished writes are
never read; Syncthing's conflict copies (`NAME.sync-conflict-….leaps`) are whole signed bundles and
are read like any other, since importing twice changes nothing.
"""

from __future__ import annotations

from pathlib import Path

SUFFIX = ".leaps"
ADDRESSED_PREFIX = "to-"


def own_bundle_name(device_id: str) -> str:
    """The file a device writes its changes to."""
    return f"{device_id}{SUFFIX}"


def addressed_bundle_name(device_id: str) -> str:
    """The file a hub writes for one device: what that device has not yet received."""
    return f"{ADDRESSED_PREFIX}{device_id}{SUFFIX}"


def addressee(path: Path) -> str | None:
    """The device a hub's bundle is meant for, or None for a device's own bundle."""
    name = path.name
    if not name.startswith(ADDRESSED_PREFIX) or not name.endswith(SUFFIX):
        return None
    return name[len(ADDRESSED_PREFIX) : -len(SUFFIX)].split(".sync-conflict-")[0]


def bundles_to_read(folder: Path, device_id: str) -> list[Path]:
    """The bundles in `folder` that this device should read: not its own, not another's mail."""
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        name = path.name
        if name.startswith((".", "~")) or not path.is_file():
            continue  # a transfer or a write still under way
        if name.startswith(f"{device_id}."):
            continue  # this device's own bundle (or a conflict copy of it)
        if addressee(path) not in (None, device_id):
            continue
        found.append(path)
    return found
