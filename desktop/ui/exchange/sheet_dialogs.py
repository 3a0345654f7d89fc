"""Spreadsheets from the window: the import dialog (mapping, preview, import) and exporting results."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.validation import shown_message
from desktop.errors import Message, message
from desktop.sheets.fields import field_labels
from desktop.sheets.presets import presets
from desktop.text.countries import country_label, words_language
from desktop.text.outside_text import visible_controls
from desktop.ui.i18n import error_text
from desktop.ui.kit.accessible import describe_table
from desktop.ui.kit.colours import ERROR_BACKGROUND, ERROR_COLOUR, ERROR_STYLE
from desktop.ui.kit.folders import remember_folder, start_folder
from desktop.ui.kit.plain_text import PlainLabel, as_html
from desktop.ui.tasks import CancelFlag, CatalogueAccess, TaskRunner

if TYPE_CHECKING:
    from desktop.sheets.plan import ImportPlan, RowPlan, RowProblem


# At most this many rows are listed in the preview (rows with problems first); the counts cover all.
PREVIEW_ROWS = 2000
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("SheetImportDialog", "Create"),
    "update": QT_TRANSLATE_NOOP("SheetImportDialog", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("SheetImportDialog", "Unchanged"),
    "error": QT_TRANSLATE_NOOP("SheetImportDialog", "Error"),
}


def field_label(name: str) -> str:
    """A case field's name as the person reads it, translated."""
    return QCoreApplication.translate("SheetFields", field_labels()[name])


class SheetImportDialog(QDialog):
    """Choose a CSV or XLSX file, map its columns, preview each row, then import in one go.

    Reading, checking and importing run on the catalogue worker through `tasks`, with progress
    and Cancel; `catalogue` gives the open catalogue (None while it is still opening).
    """

    imported = Signal(dict)
    _progressed = Signal(int, int)

    def __init__(self, tasks: TaskRunner, catalogue: CatalogueAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import spreadsheet"))
        self.resize(900, 640)
        self.tasks = tasks
        self.catalogue = catalogue
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self._flag: CancelFlag | None = None
        self._serial = 0
        self._importing = False
        self._progressed.connect(self._show_progress)

        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        self.file_label = PlainLabel(self.tr("No file chosen."))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("&Choose File…"))
        choose.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        layout.addLayout(file_row)

        preset_row = QHBoxLayout()
        self.preset_choice = QComboBox()
        self.preset_choice.addItem(self.tr("None: columns matched by their headers"), "")
        for name, library in sorted(presets().items()):
            self.preset_choice.addItem(library.label, name)
        self.preset_choice.currentIndexChanged.connect(self._preset_changed)
        preset_label = QLabel(self.tr("Library &preset:"))
        preset_label.setBuddy(self.preset_choice)
        preset_row.addWidget(preset_label)
        preset_row.addWidget(self.preset_choice, 1)
        layout.addLayout(preset_row)

        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.mapping_table = QTableWidget(0, 2)
        describe_table(self.mapping_table)
        self.mapping_table.setAccessibleName(self.tr("Column mapping"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Sheet column"), self.tr("Case field")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview_table = QTableWidget(0, 4)
        describe_table(self.preview_table, editable=False)
        self.preview_table.setAccessibleName(self.tr("Preview"))
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Action"), self.tr("Title"), self.tr("Details")]
        )
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, table in (
            (self.tr("Column mapping"), self.mapping_table),
            (self.tr("Preview"), self.preview_table),
        ):
            pane = QWidget()
            pane_layout = QVBoxLayout(pane)
            pane_layout.setContentsMargins(0, 0, 0, 0)
            pane_layout.addWidget(QLabel(f"<b>{title}</b>"))
            pane_layout.addWidget(table)
            splitter.addWidget(pane)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.summary = PlainLabel()
        layout.addWidget(self.summary)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel reading or importing"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)

        self.skip_bad_rows = QCheckBox(
            self.tr("Import the good rows and &set the rows with problems aside in a sheet to fix")
        )
        self.skip_bad_rows.toggled.connect(self._show_counts)
        layout.addWidget(self.skip_bad_rows)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._set_busy(False)
        self.import_button.setEnabled(False)

    # Choosing and reading the file

    def choose_file(self) -> None:
        """Ask for a sheet to import and read it."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import spreadsheet"),
            str(start_folder("sheets")),
            self.tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx)"),
        )
        if name:
            remember_folder("sheets", Path(name))
            self.load(Path(name))

    def load(self, path: Path, overrides: dict[str, str | None] | None = None) -> None:
        """Read and check `path` on the worker, with the column mapping guessed or as given."""
        catalogue = self.catalogue()
        if catalogue is None:
            self._fail(self.tr("The catalogue is still opening; try again in a moment."))
            return
        from desktop.sheets.importing import plan_import

        if overrides is None:
            self.mapping_table.setRowCount(0)  # a fresh read shows the guessed mapping
        self.path = path
        self.file_label.setText(str(path))
        self.plan = None
        flag = self._start(self.tr("Reading {file}…").format(file=path.name))
        serial = self._serial

        library = self.preset_choice.currentData()
        chosen = presets()[library] if library else None

        def read() -> ImportPlan:
            return plan_import(catalogue, path, overrides, self._progressed.emit, flag, preset=chosen)

        self.tasks.run(
            read, lambda plan: self._planned(serial, plan), lambda error: self._failed(serial, error)
        )

    def _preset_changed(self) -> None:
        """Read the file again with the chosen library's mapping (or the guessed one)."""
        if self.path is not None:
            self.load(self.path)

    def _planned(self, serial: int, plan: ImportPlan) -> None:
        if serial != self._serial:
            return  # a newer read replaced this one
        self._set_busy(False)
        self.plan = plan
        if self._shown_columns() != plan.columns:
            self._fill_mapping(plan)
        self._fill_preview(plan)
        self._show_counts()

    def _show_counts(self) -> None:
        """Say what importing the preview does, and allow it when it can be done."""
        plan = self.plan
        if plan is None or self._importing:
            return
        counts = plan.counts
        skip = self.skip_bad_rows.isChecked()
        self.summary.setText(
            self.tr("Create: {create} · Update: {update} · Unchanged: {unchanged} · Errors: {error}").format(
                **counts
            )
        )
        if counts["error"] and skip and self.path is not None:
            from desktop.sheets.rejected import rejected_path

            self.message.setStyleSheet("")
            self.message.setText(
                self.tr(
                    "The {count} row(s) with errors will be written, with what is wrong with each, to "
                    "{file}; correct them there and import that file. The other rows are imported."
                ).format(count=counts["error"], file=rejected_path(self.path).name)
            )
        elif counts["error"]:
            self._fail(
                self.tr(
                    "Rows with errors are listed first. Correct them in the file (or change the column "
                    "mapping) and read it again: nothing is imported while any row has an error."
                )
            )
        elif not counts["create"] and not counts["update"]:
            self.message.setText(self.tr("Every row matches the catalogue already: nothing to import."))
        else:
            self.message.setText("")
            self.message.setStyleSheet("")
        changes = bool(counts["create"] or counts["update"])
        self.import_button.setEnabled(changes and not counts["error"] or skip and bool(counts["error"]))

    def _failed(self, serial: int, error: Exception) -> None:
        self._importing = False
        if serial != self._serial:
            return
        self._set_busy(False)
        text = self._error_text(error)
        self.plan = None
        self.preview_table.setRowCount(0)
        self.summary.setText("")
        self._fail(text)

    def _error_text(self, error: Exception) -> str:
        """The error in the window's language; a stale preview's row problems each translated."""
        from desktop.sheets.plan import StalePreviewError

        detail = error.args[0] if len(error.args) == 1 else None
        if not isinstance(error, StalePreviewError) or not isinstance(detail, Message):
            return error_text(error)
        problems = "; ".join(self._problem_text(problem) for problem in error.problems)
        return shown_message(message(detail.template, **{**detail.values, "problems": problems}))

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE)
        self.import_button.setEnabled(False)

    # The column mapping

    def _shown_columns(self) -> list[str]:
        return [self.mapping_table.item(row, 0).text() for row in range(self.mapping_table.rowCount())]

    def _fill_mapping(self, plan: ImportPlan) -> None:
        self.mapping_table.setRowCount(len(plan.columns))
        for row, column in enumerate(plan.columns):
            name = QTableWidgetItem(column)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(row, 0, name)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Case field for column {column}").format(column=column))
            combo.addItem(self.tr("(ignore this column)"), None)
            for field in field_labels():
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(plan.mapping.get(column)), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(row, 1, combo)

    def mapping_combo(self, column: str) -> QComboBox:
        """The field chooser of one sheet column."""
        return self.mapping_table.cellWidget(self._shown_columns().index(column), 1)

    def current_mapping(self) -> dict[str, str | None]:
        """Each sheet column and the field chosen for it (None: ignored)."""
        return {
            self.mapping_table.item(row, 0).text(): self.mapping_table.cellWidget(row, 1).currentData()
            for row in range(self.mapping_table.rowCount())
        }

    def _mapping_changed(self) -> None:
        if self.path is not None:
            self.load(self.path, self.current_mapping())

    # The preview

    def _fill_preview(self, plan: ImportPlan) -> None:
        rows = sorted(plan.rows, key=lambda r: (r.action != "error", r.number))[:PREVIEW_ROWS]
        self.preview_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            action = QCoreApplication.translate("SheetImportDialog", ACTION_LABELS[row.action])
            cells = [str(row.number), action, row.title, self._details(row)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(visible_controls(text))
                item.setToolTip(as_html(text))  # the sheet's text, which Qt would read as HTML
                if row.action == "error":
                    item.setForeground(QBrush(QColor(ERROR_COLOUR)))
                    item.setBackground(QBrush(QColor(ERROR_BACKGROUND)))
                self.preview_table.setItem(i, j, item)
        self.preview_table.resizeColumnsToContents()

    def _details(self, row: RowPlan) -> str:
        if row.problems:
            return "; ".join(self._problem_text(problem) for problem in row.problems)
        parts = [
            self.tr("{field} “{cell}” read as {value}").format(
                field=field_label(name), cell=cell, value=self._value_label(name, value)
            )
            for name, cell, value in row.readings
        ]
        for kind, ref, title in row.duplicates:
            if kind == "case":
                parts.append(self.tr("Looks like “{title}”, already in the catalogue").format(title=title))
            else:
                parts.append(self.tr("Looks like row {row}, “{title}”").format(row=ref, title=title))
        if row.missing:
            fields = ", ".join(field_label(f) if f in field_labels() else f for f in row.missing)
            parts.append(self.tr("Saved as it is; still to fill in: {fields}").format(fields=fields))
        return "; ".join(parts)

    @staticmethod
    def _value_label(name: str, value: str) -> str:
        """A value read from a cell as a reader of the window's language names it: "독일 (DE)"."""
        return f"{country_label(value, words_language())} ({value})" if name == "country" else value

    def _problem_text(self, problem: RowProblem) -> str:
        """A row's problem in the window's language, led by the field its column holds."""
        mapped = self.plan.mapping.get(problem.column) if self.plan is not None else None
        field = mapped or re.split(r"[.\[]", problem.field, maxsplit=1)[0]
        place = field_label(field) if field in field_labels() else problem.column or problem.field
        text = shown_message(problem.message)
        return f"{place}: {text}" if place else text

    def preview_rows(self) -> list[list[str]]:
        """The preview as the table shows it, row by row."""
        table = self.preview_table
        return [
            [table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())
        ]

    # Importing

    def start_import(self) -> None:
        """Apply the previewed rows on the worker, in one transaction."""
        catalogue, plan = self.catalogue(), self.plan
        if catalogue is None or plan is None:
            return
        from desktop.sheets.importing import apply_import
        from desktop.sheets.rejected import rejected_path, write_rejected

        skip = self.skip_bad_rows.isChecked() and self.path is not None
        # Said in the window's language, worked out here: the worker thread has no translations.
        said = {id(p): self._problem_text(p) for row in plan.rows for p in row.problems}
        rejected = rejected_path(self.path) if skip and self.path is not None else None

        def run() -> dict[str, Any]:
            counts: dict[str, Any] = apply_import(catalogue, plan, self._progressed.emit, flag, skip)
            if rejected is not None and counts["error"]:
                write_rejected(plan, rejected, lambda problem: said[id(problem)])
                counts["rejected_file"] = str(rejected)
            return counts

        flag = self._start(self.tr("Importing {file}…").format(file=plan.file))
        serial = self._serial
        self._importing = True
        self.tasks.run(run, self._imported, lambda error: self._failed(serial, error))

    def _imported(self, counts: dict[str, Any]) -> None:
        self._importing = False
        self._set_busy(False)
        self.imported.emit(counts)
        self.accept()

    # Progress

    def _start(self, label: str) -> CancelFlag:
        self._serial += 1
        if self._flag is not None:
            self._flag.cancel()
        self._flag = CancelFlag()
        self._set_busy(True)
        self.message.setStyleSheet("")
        self.message.setText(label)
        return self._flag

    def cancel(self) -> None:
        """Stop the reading or importing under way; nothing is changed."""
        if self._flag is not None:
            self._flag.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        if busy:
            self.import_button.setEnabled(False)
        self.mapping_table.setEnabled(not busy)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def reject(self) -> None:
        """Close, dropping a read under way; during an import, cancel it and stay open to say so."""
        self.cancel()
        if self._importing:
            return
        self._serial += 1  # a read still running reports to nobody
        super().reject()


