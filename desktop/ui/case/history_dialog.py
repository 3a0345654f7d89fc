"""A case's history (every edit, its checked author, what changed; set a field or the case back)
and the deleted cases that can be brought back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.history import Change, Edit
from desktop.catalogue.validation import shown_message
from desktop.ui.kit.plain_text import PlainLabel
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.sync.service import SyncService

# Gives the sync service; called on the worker, where the service is made and used.
SyncAccess = Callable[[], "SyncService"]
DELETED_FIELD = "deleted_context"


def _failed_text(error: Exception) -> str:
    detail = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
    return shown_message(detail)


class CaseHistoryDialog(QDialog):
    """Every edit of one case, newest first; a change's diff below; set a field or the case back."""

    changed = Signal()  # the case changed: a field or the whole case was set back

    def __init__(
        self, tasks: TaskRunner, sync: SyncAccess, case_id: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {title}").format(title=title))
        self.resize(900, 600)
        self.tasks, self.sync, self.case_id = tasks, sync, case_id
        self.edits: list[Edit] = []
        layout = QVBoxLayout(self)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Edits of this case"))
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Signature"), self.tr("What changed")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.tree)
        self.diff = QPlainTextEdit()
        self.diff.setReadOnly(True)
        self.diff.setAccessibleName(self.tr("What the chosen change did"))
        self.diff.setFont(QFont("monospace"))
        splitter.addWidget(self.diff)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox()
        self.field_button = buttons.addButton(
            self.tr("Set &Field Back"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.field_button.setToolTip(self.tr("Give this field the value it had just after the chosen edit"))
        self.field_button.clicked.connect(self.revert_field)
        self.case_button = buttons.addButton(
            self.tr("Set &Case Back"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.case_button.setToolTip(
            self.tr("Make the whole case, parts included, as it was just after the chosen edit")
        )
        self.case_button.clicked.connect(self.revert_case)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def load(self) -> None:
        """Read the case's history on the worker and list it."""
        from desktop.catalogue import history

        def read() -> list[Edit]:
            sync = self.sync()
            authors = history.Authors(sync.catalogue, sync.device_name, sync.key.public_text)
            return history.case_history(sync.catalogue, self.case_id, authors)

        self.message.setText(self.tr("Reading the history…"))
        self.tasks.run(read, self._loaded, self._failed)

    def _loaded(self, edits: list[Edit]) -> None:
        self.edits = edits
        self.tree.clear()
        for index, edit in enumerate(edits):
            kinds = {
                "deleted": self.tr("deleted the case"),
                "restored": self.tr("brought the case back"),
                "edited": self.tr("%n field(s)", "", len(edit.changes)),
            }
            signature = self.tr("checked") if edit.verified else self.tr("not signed")
            item = QTreeWidgetItem([edit.time.replace("T", " "), edit.author, signature, kinds[edit.kind]])
            item.setData(0, Qt.ItemDataRole.UserRole, (index, -1))
            for number, change in enumerate(edit.changes):
                child = QTreeWidgetItem(["", "", "", change.label()])
                child.setData(0, Qt.ItemDataRole.UserRole, (index, number))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.message.setText(
            self.tr(
                "%n edit(s), newest first. Choose one to see what it changed; setting something back is "
                "a new edit, which travels to other devices like any other.",
                "",
                len(edits),
            )
        )
        if edits:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _chosen(self) -> tuple[Edit | None, Change | None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None
        index, number = item.data(0, Qt.ItemDataRole.UserRole)
        edit = self.edits[index]
        return edit, edit.changes[number] if number >= 0 else None

    def _selection_changed(self) -> None:
        edit, change = self._chosen()
        self.case_button.setEnabled(edit is not None)
        self.field_button.setEnabled(
            change is not None and change.record_type == "cases" and change.field != DELETED_FIELD
        )
        if change is not None:
            self.diff.setPlainText(f"{change.label()}\n\n{change.diff()}")
        elif edit is not None:
            self.diff.setPlainText("\n\n".join(f"{c.label()}\n{c.diff()}" for c in edit.changes))
        else:
            self.diff.clear()

    def revert_field(self) -> None:
        """Give the chosen field its value just after the chosen edit."""
        edit, change = self._chosen()
        if edit is None or change is None:
            return
        from desktop.catalogue.history import revert_field

        name, stamp = change.field, edit.stamp
        self.tasks.run(
            lambda: revert_field(self.sync().catalogue, self.case_id, name, stamp),
            self._reverted,
            self._failed,
        )

    def revert_case(self) -> None:
        """Make the whole case as it was just after the chosen edit."""
        edit, _change = self._chosen()
        if edit is None:
            return
        from desktop.catalogue.history import revert_case

        stamp = edit.stamp
        self.tasks.run(
            lambda: revert_case(self.sync().catalogue, self.case_id, stamp), self._reverted, self._failed
        )

    def _reverted(self, changed: bool) -> None:
        if changed:
            self.changed.emit()
        self.load()

    def _failed(self, error: Exception) -> None:
        self.message.setText(_failed_text(error))


class DeletedCasesDialog(QDialog):
    """The deleted cases whose history is kept; Restore brings one back as it was."""

    restored = Signal(str)  # the id of the case brought back

    def __init__(self, tasks: TaskRunner, sync: SyncAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deleted cases"))
        self.resize(700, 420)
        self.tasks, self.sync = tasks, sync
        self.rows: list[dict[str, str]] = []
        layout = QVBoxLayout(self)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Deleted cases"))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Deleted")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems()))
        )
        self.restore_button.setEnabled(False)

    def load(self) -> None:
        """List the deleted cases, read on the worker."""
        from desktop.catalogue.history import deleted_cases

        self.tasks.run(lambda: deleted_cases(self.sync().catalogue), self._loaded, self._failed)

    def _loaded(self, rows: list[dict[str, str]]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, case in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(case["title"]))
            self.table.setItem(row, 1, QTableWidgetItem(case["deleted_at"].replace("T", " ")))
        self.message.setText(
            self.tr(
                "%n deleted case(s). Restore brings one back as it was before it was deleted.", "", len(rows)
            )
        )

    def restore_selected(self) -> None:
        """Bring the chosen case back, on the worker."""
        chosen = self.table.selectionModel().selectedRows()
        if not chosen:
            return
        from desktop.catalogue.history import restore_deleted

        case_id = self.rows[chosen[0].row()]["id"]
        self.tasks.run(
            lambda: restore_deleted(self.sync().catalogue, case_id),
            lambda _: self._restored(case_id),
            self._failed,
        )

    def _restored(self, case_id: str) -> None:
        self.restored.emit(case_id)
        self.load()

    def _failed(self, error: Exception) -> None:
        self.message.setText(_failed_text(error))
