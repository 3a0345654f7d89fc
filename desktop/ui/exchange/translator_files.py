"""Every case's translation out to a translator's sheet or XLIFF file and back, from the File menu:
on the worker, with a progress dialog and Cancel. A cancelled export leaves no file; a cancelled
import changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QProgressDialog, QStatusBar, QWidget

from desktop.ui.i18n import error_text
from desktop.ui.kit.progress_job import ProgressJob
from desktop.ui.kit.save_dialog import ask_save_target
from desktop.ui.tasks import CancelFlag

if TYPE_CHECKING:
    from desktop.ui.tasks import CatalogueAccess, TaskRunner


class TranslatorFiles(ProgressJob):
    """Exports every translation into one language for a translator, and imports a translator's file.

    `finished` carries what came of it (for the status bar); `imported` says translations changed."""

    imported = Signal()

    def __init__(self, tasks: TaskRunner, access: CatalogueAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.access, self.window = tasks, access, parent

    def add_actions(self, menu: QMenu) -> None:
        """Export Translations… and Import Translations… at the end of a menu."""
        for label, slot in (
            (self.tr("Export &Translations…"), self.choose_and_export),
            (self.tr("Import Tr&anslations…"), self.choose_and_import),
        ):
            action = QAction(label, self.window)
            action.triggered.connect(slot)
            menu.addAction(action)

    def choose_and_export(self) -> None:
        """Ask for the language and the file, then export every case's fields in that language."""
        from desktop.ui.case.translation_desk import OFFERED_LANGUAGES

        language, chosen = QInputDialog.getItem(
            self.window,
            self.tr("Export Translations"),
            self.tr("Translate every case into (a code such as ko, id or pt-BR):"),
            list(OFFERED_LANGUAGES),
            0,
            True,
        )
        if not chosen or not language.strip():
            return
        formats = {
            "xlsx": self.tr("Sheet (*.xlsx)"),
            "xlf": self.tr("XLIFF 1.2 (*.xlf)"),
            "xliff": self.tr("XLIFF 2.0 (*.xliff)"),
            "csv": self.tr("CSV UTF-8 (*.csv)"),
        }
        title = self.tr("Export Translations")
        target = ask_save_target(self.window, title, f"translations-{language.strip()}", formats)
        if target is not None:
            self.export_to(language.strip(), target[0])

    def export_to(self, language: str, path: Path) -> None:
        """Write every case's fields in `language` to `path` on the worker."""
        from desktop.catalogue.translations import Translations
        from desktop.sheets.translation_files import export_translations

        catalogue = self.access()
        if catalogue is None:
            self.finished.emit(self.tr("The catalogue is still opening; try again in a moment."))
            return
        flag = self._start(self.tr("Exporting translations to {file}…").format(file=path.name))
        version = "2.0" if path.suffix.lower() == ".xliff" else "1.2"
        self._run(
            lambda: export_translations(
                Translations(catalogue),
                language,
                path,
                None,
                version,
                progress=self.progressed.emit,
                cancelled=flag,
            ),
            lambda count: self.tr("Wrote %n field(s) to {file}.", "", count).format(file=path.name),
        )

    def choose_and_import(self) -> None:
        """Ask for a translator's sheet or XLIFF file, then read it back."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Translations"),
            "",
            self.tr("Translations (*.xlsx *.csv *.xlf *.xliff)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Read a translator's file back on the worker: every field checked before any is written."""
        from desktop.catalogue.translations import Translations
        from desktop.sheets.translation_files import import_translations

        catalogue = self.access()
        if catalogue is None:
            self.finished.emit(self.tr("The catalogue is still opening; try again in a moment."))
            return
        flag = self._start(self.tr("Importing translations from {file}…").format(file=path.name))

        def said(counts: tuple[int, int]) -> str:
            if counts[0]:
                self.imported.emit()
            fields = self.tr("Updated %n field(s)", "", counts[0])
            return self.tr("{fields} in %n case(s).", "", counts[1]).format(fields=fields)

        self._run(
            lambda: import_translations(
                Translations(catalogue), path, progress=self.progressed.emit, cancelled=flag
            ),
            said,
        )

    def _start(self, label: str) -> CancelFlag:
        """A progress dialog whose Cancel stops the work at its next step."""
        flag = CancelFlag()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        self.dialog.setWindowTitle(self.tr("Translations"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)
        self.dialog.canceled.connect(flag.cancel)
        return flag

    def _run(self, work: Callable[[], Any], said: Callable[[Any], str]) -> None:
        self.tasks.run(
            work, lambda result: self._done(said(result)), lambda error: self._done(error_text(error))
        )


def add_translator_file_actions(
    window: QWidget, menu: QMenu, tasks: TaskRunner, access: CatalogueAccess, status: QStatusBar
) -> TranslatorFiles:
    """The File menu's Export Translations… and Import Translations…, their outcome in the status bar."""
    files = TranslatorFiles(tasks, access, window)
    files.finished.connect(lambda message: status.showMessage(message, 10000))
    files.add_actions(menu)
    return files
