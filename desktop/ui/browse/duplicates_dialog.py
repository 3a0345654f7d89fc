"""Find Duplicates: the likely duplicate cases listed, merged two at a time, and any merge made
here undone."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.duplicates import Duplicate, Merge
from desktop.text.outside_text import visible_controls
from desktop.ui.i18n import error_text
from desktop.ui.kit.accessible import describe_table
from desktop.ui.kit.plain_text import PlainLabel
from desktop.ui.tasks import CatalogueAccess, TaskRunner

REASONS = {
    "external id": QT_TRANSLATE_NOOP("DuplicatesDialog", "same id in the same library"),
    "source address": QT_TRANSLATE_NOOP("DuplicatesDialog", "same source address"),
    "title and city": QT_TRANSLATE_NOOP("DuplicatesDialog", "same title and city"),
}


class DuplicatesDialog(QDialog):
    """Lists the pairs of likely duplicate cases; Merge keeps the first with every part of both."""

    changed = Signal()  # the catalogue changed: a merge, or one undone

    def __init__(self, tasks: TaskRunner, catalogue: CatalogueAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(820, 480)
        self.tasks = tasks
        self.catalogue = catalogue
        self.pairs: list[Duplicate] = []
        self.merges: list[Merge] = []

        layout = QVBoxLayout(self)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 3)
        describe_table(self.table, editable=False)
        self.table.setAccessibleName(self.tr("Likely duplicates"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case kept"), self.tr("Case merged into it"), self.tr("Why")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        # Every merge held here (made here or received) can be undone, the latest first.
        self.merge_list = QComboBox()
        self.merge_list.setAccessibleName(self.tr("Merge to undo"))
        self.merge_list.setVisible(False)
        layout.addWidget(self.merge_list)
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button = buttons.addButton(self.tr("&Undo Merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.undo_merge)
        self.undo_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def find(self) -> None:
        """Look for likely duplicates on the worker and list them, and the merges that can be undone."""
        catalogue = self.catalogue()
        if catalogue is None:
            return
        from desktop.catalogue.duplicates import find_duplicates, undoable_merges

        self.message.setText(self.tr("Looking for likely duplicates…"))
        self.tasks.run(lambda: find_duplicates(catalogue), self._found, self._failed)
        self.tasks.run(lambda: undoable_merges(catalogue), self._show_merges, self._failed)

    def _show_merges(self, merges: list[Merge]) -> None:
        self.merges = merges
        self.merge_list.clear()
        for merge in merges:
            # A merge received in a bundle names the device it was made on.
            said = (
                self.tr("“{removed}” merged into “{kept}” on {device}")
                if merge.by
                else self.tr("“{removed}” merged into “{kept}”")
            )
            self.merge_list.addItem(
                said.format(
                    removed=visible_controls(merge.removed_title),
                    kept=visible_controls(merge.kept_title),
                    device=visible_controls(merge.by),
                )
            )
        self.merge_list.setVisible(bool(merges))
        self.undo_button.setEnabled(bool(merges))

    def _found(self, pairs: list[Duplicate]) -> None:
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            why = QCoreApplication.translate("DuplicatesDialog", REASONS.get(pair.reason, pair.reason))
            for column, text in enumerate((pair.first_title, pair.second_title, why)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.message.setText(
            self.tr(
                "%n pair(s) of cases look like the same practice. Merge keeps the first case with every "
                "source, component and attachment of both; Undo Merge brings the second back.",
                "",
                len(pairs),
            )
        )
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(bool(self.table.selectedItems()))

    def merge_selected(self) -> None:
        """Merge the second case of the chosen pair into the first, on the worker."""
        catalogue, rows = self.catalogue(), self.table.selectionModel().selectedRows()
        if catalogue is None or not rows:
            return
        from desktop.catalogue.duplicates import merge_cases

        pair = self.pairs[rows[0].row()]
        self.tasks.run(
            lambda: merge_cases(catalogue, pair.first, pair.second),
            lambda _: self._merged(pair),
            self._failed,
        )

    def _merged(self, pair: Duplicate) -> None:
        self.changed.emit()
        self.find()

    def undo_merge(self) -> None:
        """Bring back the case the chosen merge removed (the latest unless another is chosen), and
        the other as it was just before that merge."""
        catalogue, chosen = self.catalogue(), self.merge_list.currentIndex()
        if catalogue is None or not 0 <= chosen < len(self.merges):
            return
        from desktop.catalogue.duplicates import unmerge_cases

        other = self.merges[chosen].removed
        self.undo_button.setEnabled(False)
        self.tasks.run(lambda: unmerge_cases(catalogue, other), lambda _: self._unmerged(), self._failed)

    def _unmerged(self) -> None:
        self.changed.emit()
        self.find()

    def _failed(self, error: Exception) -> None:
        self.message.setText(error_text(error))
