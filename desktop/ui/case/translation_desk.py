"""The translator's desk: a case's original on the left, its translation on the right, field by field,
out-of-date fields first, with what changed in the original and the glossary's terms for the field."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.translation_status import MISSING, OUT_OF_DATE, FieldStatus, TranslationStatus
from desktop.ui.i18n import error_text
from desktop.ui.kit.plain_text import as_html

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.ui.tasks import TaskRunner

# Languages offered first; any BCP 47 tag may be typed.
OFFERED_LANGUAGES = ("ko", "id", "en", "th", "vi", "ms", "tl", "zh", "ja", "km", "lo", "my", "es", "pt", "fr")


# A heading line above rich text in a label.
BOLD_LINE = "<b>{}</b><br>"


def diff_html(pieces: list[tuple[str, str]]) -> str:
    """What changed in the original, as HTML: removed words struck through, added ones underlined."""
    styles = {"=": "{}", "-": "<s style='color:#a00'>{}</s>", "+": "<u style='color:#060'>{}</u>"}
    return "".join(styles[op].format(html.escape(text)) for op, text in pieces).replace("\n", "<br>")


class TranslationDesk(QDialog):
    """Translate one case into one language at a time; every catalogue call runs on the worker."""

    def __init__(
        self, tasks: TaskRunner, catalogue: Catalogue, case_id: str, language: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.tasks, self.catalogue, self.case_id = tasks, catalogue, case_id
        self.status: TranslationStatus | None = None
        self.terms: dict[str, list[tuple[str, str]]] = {}
        self.edited: dict[str, str] = {}
        self.setWindowTitle(self.tr("Translate Case"))
        self.resize(1000, 640)

        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(OFFERED_LANGUAGES)
        self.language.setCurrentText(language)
        self.language.setAccessibleName(self.tr("Translation language"))
        self.language.lineEdit().editingFinished.connect(self.load)
        self.language.activated.connect(lambda _index: self.load())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        top.addWidget(label)
        top.addWidget(self.language)
        top.addWidget(self.summary, 1)

        self.fields = QListWidget()
        self.fields.setAccessibleName(self.tr("Fields, out of date first"))
        self.fields.currentRowChanged.connect(self._show_field)
        self.original = QPlainTextEdit()
        self.original.setReadOnly(True)
        self.original.setAccessibleName(self.tr("Original"))
        self.changed = QLabel()
        self.changed.setWordWrap(True)
        self.changed.setTextFormat(Qt.TextFormat.RichText)
        self.glossary = QLabel()
        self.glossary.setWordWrap(True)
        self.glossary.setTextFormat(Qt.TextFormat.RichText)
        self.translation = QPlainTextEdit()
        self.translation.setAccessibleName(self.tr("Translation"))
        self.translation.textChanged.connect(self._typed)
        self.label = QLabel()
        self.label.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Original")))
        left.addWidget(self.original, 1)
        left.addWidget(self.changed)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Translation")))
        right.addWidget(self.translation, 1)
        right.addWidget(self.label)
        right.addWidget(self.glossary)
        sides = QSplitter()
        for layout in (left, right):
            holder = QWidget()
            holder.setLayout(layout)
            sides.addWidget(holder)
        body = QSplitter()
        body.addWidget(self.fields)
        body.addWidget(sides)
        body.setStretchFactor(1, 3)

        self.confirm_button = QPushButton(self.tr("C&onfirm Field"))
        self.confirm_button.setToolTip(
            self.tr("The translation still says what the original says (Ctrl+Return)")
        )
        self.confirm_button.clicked.connect(self.confirm_field)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.confirm_field)
        self.draft_button = QPushButton(self.tr("&Machine Drafts"))
        self.draft_button.setToolTip(
            self.tr("Draft the untranslated fields with this computer's translation engine")
        )
        self.draft_button.clicked.connect(self.draft)
        export_button = QPushButton(self.tr("E&xport for a Translator…"))
        export_button.clicked.connect(self.export_file)
        import_button = QPushButton(self.tr("&Import from a Translator…"))
        import_button.clicked.connect(self.import_file)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons.rejected.connect(self.reject)
        for button in (self.confirm_button, self.draft_button, export_button, import_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        self.load()

    # Loading

    def _language(self) -> str:
        return self.language.currentText().strip()

    def load(self) -> None:
        """Read the case's translation into the chosen language (and the glossary's terms)."""
        from desktop.catalogue.translation_engine import load_engine
        from desktop.catalogue.translations import Translations

        language = self._language()
        catalogue, case_id = self.catalogue, self.case_id

        def work() -> tuple[TranslationStatus, dict[str, list[tuple[str, str]]], bool]:
            translations = Translations(catalogue)
            status = translations.status(case_id, language)
            terms = {
                f.unit.key: translations.glossary_terms(f.unit.original, language) for f in status.fields
            }
            return status, terms, load_engine(catalogue.data_dir) is not None

        self.tasks.run(work, self._loaded, self._failed)

    def _loaded(self, loaded: tuple[TranslationStatus, dict[str, list[tuple[str, str]]], bool]) -> None:
        from desktop.catalogue.translation_words import summary_line

        self.status, self.terms, has_engine = loaded
        self.edited = {}
        self.draft_button.setEnabled(has_engine)
        self.summary.setText(
            summary_line(self.status) if self.status.exists else self.tr("Not translated yet")
        )
        self.fields.clear()
        marks = {OUT_OF_DATE: self.tr("out of date"), MISSING: self.tr("not translated")}
        for held in self.status.desk_order():
            mark = (
                self.tr("machine draft") if held.translation and held.machine else marks.get(held.state, "")
            )
            item = QListWidgetItem(f"{held.unit.label}" + (f" ({mark})" if mark else ""))
            item.setData(Qt.ItemDataRole.UserRole, held.unit.key)
            self.fields.addItem(item)
        if self.fields.count():
            self.fields.setCurrentRow(0)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Translate Case"), as_html(error_text(error)))

    def _held(self, row: int) -> FieldStatus | None:
        if self.status is None or row < 0:
            return None
        ordered = self.status.desk_order()
        return ordered[row] if row < len(ordered) else None

    def _show_field(self, row: int) -> None:
        from desktop.catalogue.translation_words import machine_label, out_of_date_label

        held = self._held(row)
        if held is None:
            return
        self.original.setPlainText(held.unit.original)
        self.translation.blockSignals(True)
        self.translation.setPlainText(self.edited.get(held.unit.key, held.translation))
        self.translation.blockSignals(False)
        if held.state == OUT_OF_DATE:
            said = html.escape(self.tr("Changed in the original since it was translated:"))
            self.changed.setText(BOLD_LINE.format(said) + diff_html(held.diff))
        else:
            self.changed.setText("")
        notes = [out_of_date_label()] if held.state == OUT_OF_DATE else []
        notes += [machine_label(held.machine)] if held.translation and held.machine else []
        self.label.setText("\n".join(notes))
        terms = self.terms.get(held.unit.key, [])
        listed = "".join(f"<li>{html.escape(typed)}: {html.escape(wanted)}</li>" for typed, wanted in terms)
        heading = html.escape(self.tr("Glossary terms"))
        self.glossary.setText(BOLD_LINE.format(heading) + f"<ul>{listed}</ul>" if terms else "")
        self.confirm_button.setEnabled(
            bool(held.translation) and (held.state == OUT_OF_DATE or bool(held.machine))
        )

    def _typed(self) -> None:
        held = self._held(self.fields.currentRow())
        if held is not None:
            self.edited[held.unit.key] = self.translation.toPlainText()

    # Changes

    def _after(self, work: Callable[[], Any], said: Callable[[Any], str]) -> None:
        self.tasks.run(work, partial(self._changed, said), self._failed)

    def _changed(self, said: Callable[[Any], str], result: Any) -> None:
        self.summary.setText(said(result))
        self.load()

    def save(self) -> None:
        """Store the typed translations (Ctrl+S), linked to the original as it stands now."""
        from desktop.catalogue.translations import Translations

        texts, language, catalogue, case_id = (
            dict(self.edited),
            self._language(),
            self.catalogue,
            self.case_id,
        )
        if not texts:
            return
        self._after(
            lambda: Translations(catalogue).save(case_id, language, texts),
            lambda n: self.tr("Saved %n field(s)", "", n),
        )

    def confirm_field(self) -> None:
        """Confirm the chosen field as it stands: a machine draft becomes a person's, an out-of-date
        field is linked to the original as it is now."""
        from desktop.catalogue.translations import Translations

        held = self._held(self.fields.currentRow())
        if held is None or not held.translation:
            return
        language, catalogue, case_id, key = self._language(), self.catalogue, self.case_id, held.unit.key
        self._after(
            lambda: Translations(catalogue).confirm(case_id, language, [key]),
            lambda n: self.tr("Confirmed %n field(s)", "", n),
        )

    def draft(self) -> None:
        """Machine drafts of the untranslated fields from this computer's own engine, labelled."""
        from desktop.catalogue.translation_engine import load_engine
        from desktop.catalogue.translations import Translations

        language, catalogue, case_id = self._language(), self.catalogue, self.case_id

        def work() -> int:
            engine = load_engine(catalogue.data_dir)
            return Translations(catalogue).draft(case_id, language, engine) if engine else 0

        self._after(work, lambda n: self.tr("Drafted %n field(s); confirm each once read", "", n))

    def export_file(self) -> None:
        """Write this case's fields for a translator who works outside the app."""
        from desktop.catalogue.translations import Translations
        from desktop.sheets.translation_files import export_translations

        language = self._language()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export for a Translator"),
            f"translation-{language}.xlsx",
            self.tr("Sheet (*.xlsx);;XLIFF 1.2 (*.xlf);;XLIFF 2.0 (*.xliff)"),
        )
        if not path:
            return
        out, catalogue, case_id = Path(path), self.catalogue, self.case_id
        version = "2.0" if out.suffix.lower() == ".xliff" else "1.2"
        self._after(
            lambda: export_translations(Translations(catalogue), language, out, [case_id], version),
            lambda n: self.tr("Wrote %n field(s)", "", n),
        )

    def import_file(self) -> None:
        """Read a translator's sheet or XLIFF file back."""
        from desktop.catalogue.translations import Translations
        from desktop.sheets.translation_files import import_translations

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from a Translator"),
            "",
            self.tr("Translations (*.xlsx *.csv *.xlf *.xliff)"),
        )
        if not path:
            return
        catalogue, source = self.catalogue, Path(path)
        self._after(
            lambda: import_translations(Translations(catalogue), source)[0],
            lambda n: self.tr("Updated %n field(s)", "", n),
        )


def open_translation_desk(
    parent: QWidget, tasks: TaskRunner, catalogue: Catalogue, case_id: str, language: str
) -> TranslationDesk:
    """Open the desk on a case, in the given language."""
    desk = TranslationDesk(tasks, catalogue, case_id, language, parent)
    desk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    desk.show()
    return desk
