"""Asking where to save a file and in which of a few formats: documents, spreadsheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.text.language import tr
from desktop.ui.kit.folders import remember_folder, start_folder

# Characters no file name may hold on Windows, the strictest of the systems the app runs on.
_NOT_IN_FILE_NAMES = '\\/:*?"<>|'


def ask_save_target(
    parent: QWidget, title: str, name: str, formats: dict[str, str]
) -> tuple[Path, str] | None:
    """Ask for a file name and a format; None if the person cancels.

    `formats` maps each format (its file extension) to the filter shown, the first offered first.
    A name typed with one of those extensions keeps it; any other gets the chosen filter's. The
    dialog opens where the last file of these formats went, else in the documents folder.
    """
    filters = {label: fmt for fmt, label in formats.items()}
    first = next(iter(formats))
    kind = "export:" + ",".join(formats)
    safe = "".join(c for c in name if c not in _NOT_IN_FILE_NAMES).strip() or tr("document")
    suggested = start_folder(kind) / f"{safe}.{first}"
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), ";;".join(filters))
    if not path:
        return None
    target = Path(path)
    remember_folder(kind, target)
    typed = target.suffix.lstrip(".").lower()
    if typed in formats:
        return target, typed
    fmt = filters.get(chosen, first)
    return target.with_name(f"{target.name}.{fmt}"), fmt
