"""Where file dialogs open: the folder last used for that kind of file, else the person's documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths

from desktop.ui.settings import settings


def start_folder(kind: str) -> Path:
    """The folder a dialog for `kind` of file (documents, sheets, bundles...) opens in."""
    remembered = str(settings("folders").value(kind, "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path(QDir.homePath())


def remember_folder(kind: str, chosen: Path) -> None:
    """Open the next dialog for `kind` where this file was chosen."""
    settings("folders").setValue(kind, str(chosen.parent))
