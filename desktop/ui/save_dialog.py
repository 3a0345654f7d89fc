"""Asking where to save a file and in which of a few formats: documents, spreadsheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.language import tr

# Characters no file name may hold on Windows, the strictest of the systems the app runs on.
_NOT_IN_FILE_NAMES = '\\/:*?"<>|'


def ask_save_target(
    parent: QWidget, title: str, name: str, formats: dict[str, str]
) -> tuple[Path, str] | None:
    """Ask for a file name and a format; None if the person cancels.

    `formats` maps each format (its file extension) to the filter shown, the first offered first.
    A name typed with one of those extensions keeps it; any other gets the chosen filter's.
    """
    filters = {label: fmt for fmt, label in formats.items()}
    first = next(iter(formats))
    safe = "".join(c for c in name if c not in _NOT_IN_FILE_NAMES).strip() or tr("document")
    path, chosen = QFileDialog.getSaveFileName(parent, title, f"{safe}.{first}", ";;".join(filters))
    if not path:
        return None
    target = Path(path)
    typed = target.suffix.lstrip(".").lower()
    if typed in formats:
        return target, typed
    fmt = filters.get(chosen, first)
    return target.with_name(f"{target.name}.{fmt}"), fmt
