"""Asking where to export a document and printing one: shared by the plan window and the programme view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.documents.export import FORMATS, format_name
from desktop.documents.model import Document
from desktop.language import tr


def ask_export_target(parent: QWidget, title: str, name: str) -> tuple[Path, str] | None:
    """Ask for a file name and a format (Word first); None if the person cancels."""
    filters = {format_name(fmt): fmt for fmt in FORMATS}
    safe = "".join(c for c in name if c not in '\\/:*?"<>|').strip() or tr("document")
    path, chosen = QFileDialog.getSaveFileName(parent, title, f"{safe}.docx", ";;".join(filters))
    if not path:
        return None
    fmt = filters.get(chosen) or Path(path).suffix.lstrip(".").lower()
    target = Path(path)
    if target.suffix.lstrip(".").lower() != fmt:
        target = target.with_name(f"{target.name}.{fmt}")
    return target, fmt


def ask_printer(parent: QWidget, title: str) -> QPrinter | None:
    """Show the print dialog for a document called `title`; the printer chosen, or None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print {title}").format(title=title))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_with_dialog(parent: QWidget, document: Document) -> bool:
    """Show the print dialog and print the document on the printer chosen; False if cancelled."""
    from desktop.documents import print_document

    printer = ask_printer(parent, document.title)
    if printer is None:
        return False
    print_document(document, printer)
    return True
