"""The case shown, printed or exported as a document (Word, OpenDocument, PDF, HTML or Markdown)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar, QWidget

if TYPE_CHECKING:
    from desktop.documents.model import Document
    from desktop.ui.browse.case_page import CasePage
    from desktop.ui.tasks import CatalogueAccess, TaskRunner


class CaseDocuments(QObject):
    """Print and Export for the case on the case page."""

    def __init__(
        self, parent: QWidget, tasks: TaskRunner, access: CatalogueAccess, page: CasePage, status: QStatusBar
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self._access = access
        self._page = page
        self._status = status

    def print_case(self) -> None:
        """Print the shown case through the system's print dialog."""
        from desktop.ui.kit.document_actions import ask_printer

        shown = self._page.shown
        if shown is None:
            self._status.showMessage(self.tr("Choose a case to print it."), 5000)
            return
        printer = ask_printer(self._parent, shown[1])
        if printer is not None:
            self._page.view.document().print_(printer)

    def export_case(self, target: tuple[Path, str] | None = None) -> None:
        """Write the shown case as a document, to `target` (path, format) or where the person says."""
        from desktop.catalogue.issuer import load_issuer
        from desktop.documents.case_document import case_document
        from desktop.documents.export import export_document
        from desktop.ui.kit.document_actions import ask_export_target, when_fonts_allow

        catalogue, shown = self._access(), self._page.shown
        if catalogue is None or shown is None:
            self._status.showMessage(self.tr("Choose a case to export it."), 5000)
            return
        target = target or ask_export_target(self._parent, self.tr("Export case"), shown[1])
        if target is None:
            return
        path, fmt = target

        def written(out: Path) -> None:
            self._status.showMessage(self.tr("Exported to {file}").format(file=out), 8000)

        language = "" if shown[0] in self._page.originals_shown else catalogue.reading_language

        def document() -> Document:
            # The document reads as the page does: in the reader's language where translated.
            from desktop.catalogue.translated_page import reading_for_document
            from desktop.catalogue.translations import Translations
            from desktop.plans.lineage_page import with_lineage

            case = catalogue.get(shown[0])
            reading, translation = reading_for_document(Translations(catalogue), case, language)
            return with_lineage(
                case_document(case, load_issuer(catalogue), reading, translation), catalogue, shown[0]
            )

        when_fonts_allow(
            self._parent,
            self._tasks,
            fmt,
            document,
            lambda: self._tasks.run(lambda: export_document(document(), fmt, path), written),
        )
