"""The case page's History tab (every edit, its checked author, what changed; set a field or the
case back) and the deleted cases that can be brought back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.validation import shown_message
from desktop.ui.kit.accessible import describe_tree
from desktop.ui.kit.plain_text import PlainLabel
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.catalogue.history import Change, Edit
    from desktop.sync.service import SyncService

# Gives the sync service; called on the worker, where the service is made and used.
SyncAccess = Callable[[], "SyncService"]
DELETED_FIELD = "deleted_context"


def _failed_text(error: Exception) -> str:
    detail = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
    return shown_message(detail)


class CaseHistoryPane(QWidget):
    """The case page's History tab: every edit of the case shown, newest first, with its checked
    author; a change's diff below; set a field or the case back."""

    changed = Signal(str)  # the id of the case set back (a field or the whole case)
    deleted_cases_requested = Signal()

    def __init__(self, tasks: TaskRunner, sync: SyncAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.sync = tasks, sync
        self.case_id: str | None = None
        self._serial = 0  # the history asked for last: an older answer is dropped
        self.edits: list[Edit] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = PlainLabel()  # which case: the page itself is on another tab
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Edits of this case"))
        describe_tree(self.tree)
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
        buttons = QHBoxLayout()
        # No Alt letters on these buttons: in the main window the menus own them.
        self.field_button = QPushButton(self.tr("Set Field Back"))
        self.field_button.setToolTip(self.tr("Give this field the value it had just after the chosen edit"))
        self.field_button.clicked.connect(self.revert_field)
        self.case_button = QPushButton(self.tr("Set Case Back"))
        self.case_button.setToolTip(
            self.tr("Make the whole case, parts included, as it was just after the chosen edit")
        )
        self.case_button.clicked.connect(self.revert_case)
        self.deleted_button = QPushButton(self.tr("Deleted Cases…"))
        self.deleted_button.setToolTip(self.tr("Find a deleted case and bring it back"))
        self.deleted_button.clicked.connect(self.deleted_cases_requested)
        for button in (self.field_button, self.case_button, self.deleted_button):
            button.setAccessibleName(button.text())
        for button in (self.field_button, self.case_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.deleted_button)
        layout.addLayout(buttons)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.show_case(None)

    def show_case(self, case_id: str | None, title: str = "") -> None:
        """List this case's history (read on the worker), or say there is no case to show."""
        self.case_id = case_id
        self.heading.setText(self.tr("History of {title}").format(title=title) if case_id and title else "")
        self._serial += 1
        self.tree.clear()  # first: clearing moves the selection, which reads the edits listed
        self.edits = []
        self._selection_changed()
        if case_id is None:
            self.message.setText(self.tr("Choose a case to see its history."))
        else:
            self.load()

    def load(self) -> None:
        """Read the case's history on the worker and list it."""
        from desktop.catalogue import history

        case_id, serial = self.case_id, self._serial
        if case_id is None:
            return

        def read() -> list[Edit]:
            sync = self.sync()
            authors = history.Authors(sync.catalogue, sync.device_name, sync.key.public_text)
            return history.case_history(sync.catalogue, case_id, authors)

        self.message.setText(self.tr("Reading the history…"))
        self.tasks.run(read, lambda edits: self._loaded(serial, edits), self._failed)

    def _loaded(self, serial: int, edits: list[Edit]) -> None:
        if serial != self._serial:
            return  # another case came onto the page meanwhile
        self.tree.clear()
        self.edits = edits
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
        case_id = self.case_id
        if edit is None or change is None or case_id is None:
            return
        from desktop.catalogue.history import revert_field

        name, stamp = change.field, edit.stamp
        self.tasks.run(
            lambda: revert_field(self.sync().catalogue, case_id, name, stamp),
            lambda changed: self._reverted(case_id, changed),
            self._failed,
        )

    def revert_case(self) -> None:
        """Make the whole case as it was just after the chosen edit."""
        edit, _change = self._chosen()
        case_id = self.case_id
        if edit is None or case_id is None:
            return
        from desktop.catalogue.history import revert_case

        stamp = edit.stamp
        self.tasks.run(
            lambda: revert_case(self.sync().catalogue, case_id, stamp),
            lambda changed: self._reverted(case_id, changed),
            self._failed,
        )

    def _reverted(self, case_id: str, changed: bool) -> None:
        """Set back: the page shows the case as it is now, which lists the new edit here too."""
        if changed:
            self.changed.emit(case_id)
        elif case_id == self.case_id:
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
