"""Asking where to export a document and printing one, for every window that writes documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from desktop.documents.export import FORMATS, format_name
from desktop.documents.model import Document
from desktop.text.language import tr
from desktop.text.outside_text import visible_controls
from desktop.ui.i18n import error_text
from desktop.ui.kit.save_dialog import ask_save_target
from desktop.ui.tasks import TaskRunner


def ask_export_target(parent: QWidget, title: str, name: str) -> tuple[Path, str] | None:
    """Ask for a file name and a document format (Word first); None if the person cancels."""
    return ask_save_target(parent, title, name, {fmt: format_name(fmt) for fmt in FORMATS})


def export_on_worker(
    tasks: TaskRunner, status: QLabel, write: Callable[[], Path], done: Callable[[Path], None] | None = None
) -> None:
    """Run `write` on the catalogue worker; `status` says it is exporting, then where it went or why not."""
    status.setText(tr("Exporting…"))

    def written(out: Path) -> None:
        status.setText(tr("Exported to {file}").format(file=out))
        if done is not None:
            done(out)

    def refused(error: Exception) -> None:
        status.setText(tr("Not exported: {reason}").format(reason=error_text(error)))

    tasks.run(write, written, refused)


def ask_printer(parent: QWidget, title: str) -> QPrinter | None:
    """Show the print dialog for a document called `title`; the printer chosen, or None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print {title}").format(title=visible_controls(title)))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_with_dialog(parent: QWidget, document: Document) -> bool:
    """Show the print dialog and print the document on the printer chosen; False if cancelled."""
    from desktop.documents import print_document

    printer = ask_printer(parent, document.title)
    if printer is None:
        return False
    print_document(document, printer)
    return True


def confirm_fonts(parent: QWidget, missing: list[str]) -> bool:
    """Say which scripts no installed font shows before a PDF is written; True to write it anyway."""
    if not missing:
        return True
    from desktop.text.scripts import font_packages, script_label

    answer = QMessageBox.warning(
        parent,
        tr("Fonts missing"),
        tr(
            "No font on this computer shows {scripts}: in a PDF that text would come out as empty "
            "boxes. Install a font for it (Noto fonts cover every script; on Debian or Ubuntu: "
            "{packages}), or export as Word or OpenDocument, which the reader's computer shows with "
            "its own fonts.\n\nWrite the PDF anyway?"
        ).format(
            scripts=", ".join(script_label(script) for script in missing), packages=font_packages(missing)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def when_fonts_allow(
    parent: QWidget,
    tasks: TaskRunner,
    fmt: str,
    document: Callable[[], Document],
    go: Callable[[], None],
    ask: Callable[[list[str]], bool] | None = None,
    refused: Callable[[], None] | None = None,
) -> None:
    """Run `go` now; for a PDF, first check on the worker that fonts here show every script the
    document uses, and ask (`ask`, by default a warning box) when some have none."""
    if fmt != "pdf":
        go()
        return

    def missing() -> list[str]:
        from desktop.documents import missing_scripts

        return missing_scripts(document())

    def checked(scripts: list[str]) -> None:
        if (ask or (lambda found: confirm_fonts(parent, found)))(scripts):
            go()
        elif refused is not None:
            refused()

    tasks.run(missing, checked)
