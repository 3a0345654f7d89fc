"""A sync folder (a USB stick, a share, a folder Syncthing keeps): every new bundle in it read,
then this device's own bundle written there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store.errors import CatalogueError
from desktop.store.sync_log import imported_bundle_ids
from desktop.sync.bundle import open_bundle
from desktop.sync.bundle_json import BundleError
from desktop.sync.exporting import Exporter
from desktop.sync.folder import bundles_to_read, own_bundle_name
from desktop.sync.importing import Importer
from desktop.sync.reports import ProgressFor


def import_folder(
    importer: Importer, folder: Path, trust: str | None = None, progress_for: ProgressFor | None = None
) -> dict[str, Any]:
    """Import every new bundle in a folder; also say what each bundle read there covers.

    A file that cannot be imported is reported under `refused` and the others go on.
    `progress_for("import", file name)` gives each file's progress function.
    """
    if not folder.is_dir():
        not_folder = QT_TRANSLATE_NOOP(
            "Validation", "{folder} is not a folder; choose the sync folder (a USB stick, a share...)."
        )
        raise CatalogueError(message(not_folder, folder=folder))
    context = importer.context
    imported, refused, covered = [], [], {}
    touched: set[str] = set()
    seen = imported_bundle_ids(context.db)
    for path in bundles_to_read(folder, context.device_id):
        try:
            bundle = open_bundle(path)
            covered[path] = bundle.covers
            if bundle.bundle_id in seen:
                continue  # read before, or a copy of one read in this pass (a sync conflict copy)
            progress = progress_for("import", path.name) if progress_for else None
            report = importer.import_bundle(bundle, trust, progress, reindex=False)
            imported.append(report.to_json())
            touched.update(report.touched_cases)
            seen.add(bundle.bundle_id)
        except (BundleError, CatalogueError) as error:
            refused.append({"file": str(path), "reason": str(error)})
    # One index update for the whole folder: each commit of the index costs about as much as
    # the records of a small bundle.
    context.catalogue.reindex_cases(sorted(touched))
    return {"imported": imported, "refused": refused, "covers": covered}


def sync_folder(
    importer: Importer,
    exporter: Exporter,
    folder: Path,
    trust: str | None = None,
    progress_for: ProgressFor | None = None,
) -> dict[str, Any]:
    """Import every new bundle found in a folder, then write this device's bundle there.

    A file that cannot be imported is reported under `refused` and the others go on.
    `progress_for("import" or "export", file name)` gives each file's progress function.
    """
    result = import_folder(importer, folder, trust, progress_for)
    target = folder / own_bundle_name(importer.context.device_id)
    out = exporter.export(target, progress=progress_for("export", target.name) if progress_for else None)
    return {"imported": result["imported"], "refused": result["refused"], "exported": list(map(str, out))}
