"""Shortlists: named, ordered lists of cases with a note on each, built while browsing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.plans.service import Planning
from desktop.text.language import tr
from desktop.text.outside_text import visible_controls
from desktop.ui.kit.accessible import describe_list, describe_table
from desktop.ui.kit.document_actions import ask_export_target, export_on_worker, when_fonts_allow
from desktop.ui.kit.plain_text import PlainLabel, as_html
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

SAVE_DELAY_MS = 800


class ShortlistsWindow(QDialog):
    """Every shortlist on the left; the chosen one's cases, in order, with notes on the right."""

    case_requested = Signal(str)

    def __init__(self, tasks: TaskRunner, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.planning = Planning(catalogue)
        self.current: dict[str, Any] | None = None
        self.titles: dict[str, tuple[str, str]] = {}
        self._loading = False
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.setWindowTitle(self.tr("Shortlists"))
        self.resize(900, 560)
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.lists = QListWidget()
        describe_list(self.lists)
        self.lists.setAccessibleName(self.tr("Shortlists"))
        self.lists.currentItemChanged.connect(self._chosen)
        new, rename, delete = (
            QPushButton(text) for text in (self.tr("&New…"), self.tr("&Rename…"), self.tr("De&lete"))
        )
        new.clicked.connect(self.new_shortlist)
        rename.clicked.connect(self.rename_shortlist)
        delete.clicked.connect(self.delete_shortlist)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.lists)
        buttons = QHBoxLayout()
        for button in (new, rename, delete):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)

        self.name_label = PlainLabel()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What this list is for"))
        self.notes.setAccessibleName(self.tr("Notes on the shortlist"))
        self.notes.setMaximumHeight(80)
        self.notes.textChanged.connect(self._changed)
        self.items = QTableWidget(0, 3)
        describe_table(self.items)
        self.items.setHorizontalHeaderLabels([self.tr("Case"), self.tr("City"), self.tr("Note")])
        self.items.setAccessibleName(self.tr("Cases on the shortlist"))
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.setColumnWidth(0, 300)
        self.items.itemChanged.connect(self._changed)
        self.items.cellDoubleClicked.connect(self._open_row)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        # A long message (an export's file path) wraps in the room there is, never widens the window.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.up = QPushButton(self.tr("Move &up"))
        self.up.setShortcut(QKeySequence("Ctrl+Up"))
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down = QPushButton(self.tr("Move &down"))
        self.down.setShortcut(QKeySequence("Ctrl+Down"))
        self.down.clicked.connect(lambda: self.move_selected(1))
        self.remove = QPushButton(self.tr("Re&move"))
        self.remove.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.choose_export)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.name_label)
        right_layout.addWidget(self.notes)
        right_layout.addWidget(self.items)
        row = QHBoxLayout()
        for button in (self.up, self.down, self.remove):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.status)
        row.addWidget(self.export_button)
        right_layout.addLayout(row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._enable(False)

    def _enable(self, enabled: bool) -> None:
        for widget in (self.notes, self.items, self.up, self.down, self.remove, self.export_button):
            widget.setEnabled(enabled)

    # Loading

    def refresh(self, select: str | None = None) -> None:
        """Reload the lists (on the catalogue worker), keeping or choosing `select`."""
        keep = select or (self.current or {}).get("id")
        self.tasks.run(self.planning.shortlists, lambda found: self._show_lists(found, keep))

    def _show_lists(self, shortlists: list[dict[str, Any]], select: str | None) -> None:
        self.lists.blockSignals(True)
        self.lists.clear()
        for shortlist in shortlists:
            item = QListWidgetItem(self._list_label(shortlist))
            item.setData(Qt.ItemDataRole.UserRole, shortlist["id"])
            self.lists.addItem(item)
            if shortlist["id"] == select:
                self.lists.setCurrentItem(item)
        self.lists.blockSignals(False)
        if self.lists.currentItem() is None and self.lists.count():
            self.lists.setCurrentRow(0)
        else:
            self._chosen(self.lists.currentItem())
        if not shortlists:
            self.name_label.setText(
                self.tr("No shortlists yet: choose New…, or use Add to shortlist on a case.")
            )

    def _list_label(self, shortlist: dict[str, Any]) -> str:
        count = len(shortlist["items"] or [])
        return self.tr("{name} ({count})").format(name=visible_controls(shortlist["name"]), count=count)

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if self._save_timer.isActive():
            self.save_now()
        if item is None:
            self.current = None
            self._enable(False)
            return
        shortlist_id = item.data(Qt.ItemDataRole.UserRole)

        def load() -> tuple[dict[str, Any], dict[str, tuple[str, str]]]:
            shortlist = self.planning.shortlist(shortlist_id)
            return shortlist, self.planning.shortlisted_cases(shortlist)

        self.tasks.run(load, self._show_shortlist)

    def _show_shortlist(self, loaded: tuple[dict[str, Any], dict[str, tuple[str, str]]]) -> None:
        self.current, self.titles = loaded
        self._loading = True
        self.name_label.setText(self.current["name"])
        self.notes.setPlainText(self.current["notes"] or "")
        self.items.setRowCount(0)
        for entry in self.current["items"] or []:
            self._append_row(entry)
        self._loading = False
        self._enable(True)
        self.status.setText("")

    def _append_row(self, entry: dict[str, str]) -> None:
        title, city = self.titles.get(entry["case_id"], (self.tr("(case no longer in the catalogue)"), ""))
        row = self.items.rowCount()
        self.items.insertRow(row)
        for column, text in enumerate((title, city)):
            cell = QTableWidgetItem(visible_controls(text))
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cell.setData(Qt.ItemDataRole.UserRole, entry["case_id"])
            self.items.setItem(row, column, cell)
        self.items.setItem(row, 2, QTableWidgetItem(entry["note"]))

    # Editing

    def entries(self) -> list[dict[str, str]]:
        """The cases on the shown list, in the order shown, with their notes."""
        return [
            {
                "case_id": self.items.item(row, 0).data(Qt.ItemDataRole.UserRole),
                "note": self.items.item(row, 2).text(),
            }
            for row in range(self.items.rowCount())
        ]

    def _changed(self, *_args: object) -> None:
        if self._loading or self.current is None:
            return
        self.status.setText(self.tr("Editing…"))
        self._save_timer.start()

    def save_now(self) -> None:
        """Save the shown list at once (changes are also saved shortly after each edit)."""
        self._save_timer.stop()
        if self.current is None:
            return
        data = {**self.current, "notes": self.notes.toPlainText(), "items": self.entries()}
        self.current = data
        self.tasks.run(lambda: self.planning.save_shortlist(data), self._saved)

    def _saved(self, shortlist: dict[str, Any]) -> None:
        self.status.setText(self.tr("Saved"))
        for row in range(self.lists.count()):
            item = self.lists.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == shortlist["id"]:
                item.setText(self._list_label(shortlist))

    def move_selected(self, step: int) -> None:
        """Move the selected case up (-1) or down (+1) the list."""
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.rowCount():
            return
        entries = self.entries()
        entries[row], entries[target] = entries[target], entries[row]
        self._loading = True
        self.items.setRowCount(0)
        for entry in entries:
            self._append_row(entry)
        self._loading = False
        self.items.selectRow(target)
        self._changed()

    def remove_selected(self) -> None:
        """Take the selected case off the list (the case itself stays in the catalogue)."""
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)
            self._changed()

    def _open_row(self, row: int, column: int) -> None:
        if column != 2:
            self.case_requested.emit(self.items.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def new_shortlist(self) -> None:
        """Ask for a name and make an empty shortlist."""
        name, ok = QInputDialog.getText(self, self.tr("New shortlist"), self.tr("Name of the shortlist:"))
        if ok and name.strip():
            self.tasks.run(
                lambda: self.planning.save_shortlist({"name": name}), lambda s: self.refresh(s["id"])
            )

    def rename_shortlist(self) -> None:
        """Give the shown list a new name."""
        if self.current is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename shortlist"),
            self.tr("New name:"),
            QLineEdit.EchoMode.Normal,
            self.current["name"],
        )
        if ok and name.strip():
            self.current["name"] = name
            self.name_label.setText(name)
            self.save_now()

    def delete_shortlist(self) -> None:
        """Delete the shown list after asking; its cases stay in the catalogue."""
        if self.current is None:
            return
        shortlist = self.current
        answer = QMessageBox.question(
            self,
            self.tr("Delete shortlist"),
            as_html(
                self.tr("Delete the shortlist “{name}”? The cases on it stay in the catalogue.").format(
                    name=shortlist["name"]
                )
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._save_timer.stop()
            self.current = None
            self.tasks.run(lambda: self.planning.delete_shortlist(shortlist["id"]), lambda _r: self.refresh())

    def choose_export(self) -> None:
        """Ask where and in which format, then write the shown list as a document."""
        if self.current is None:
            return
        target = ask_export_target(self, self.tr("Export shortlist"), self.current["name"])
        if target is not None:
            self.export(*target)

    def export(self, path: Path, fmt: str, done: Callable[[Path], None] | None = None) -> None:
        """Save, then write the shown list to `path` as `fmt` on the catalogue worker."""
        from desktop.plans.document import export_shortlist, stored_shortlist_document

        self.save_now()
        shortlist_id = self.current["id"] if self.current else ""

        def write() -> Path:
            return export_shortlist(self.planning, shortlist_id, fmt, path)

        when_fonts_allow(
            self,
            self.tasks,
            fmt,
            lambda: stored_shortlist_document(self.planning, shortlist_id),
            lambda: export_on_worker(self.tasks, self.status, write, done),
        )

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        """Save pending changes before closing."""
        if self._save_timer.isActive():
            self.save_now()
        super().closeEvent(event)


def shortlist_outcome(name: str, added: int, already: int) -> str:
    """What adding cases to a shortlist did, in a sentence."""
    parts = []
    if added:
        parts.append(tr("%n case(s) added to the shortlist “{name}”.", "", added).format(name=name))
    if already:
        parts.append(
            tr("%n case(s) already on the shortlist “{name}”, left as they were.", "", already).format(
                name=name
            )
        )
    return " ".join(parts)


def add_to_shortlist(
    parent: QWidget,
    tasks: TaskRunner,
    catalogue: Catalogue,
    case_ids: list[str],
    added: Callable[[str], None] | None = None,
    told: Callable[[str], None] | None = None,
) -> None:
    """Ask which shortlist (or a new one) and add the cases to it; `added(shortlist_id)` follows,
    and `told` hears what happened in a sentence (added, or already on it)."""
    planning = Planning(catalogue)

    def ask(shortlists: list[dict[str, Any]]) -> None:
        new_label = tr("New shortlist…")
        names = [s["name"] for s in shortlists] + [new_label]
        name, ok = QInputDialog.getItem(
            parent, tr("Add to shortlist"), tr("Shortlist:"), names, 0, False
        )
        if not ok:
            return
        if name == new_label:
            name, ok = QInputDialog.getText(
                parent, tr("New shortlist"), tr("Name of the shortlist:")
            )
            if not ok or not name.strip():
                return
            chosen = None
        else:
            chosen = shortlists[names.index(name)]["id"]

        def add() -> tuple[str, int]:
            target = chosen or planning.save_shortlist({"name": name})["id"]
            listed = {item["case_id"] for item in planning.shortlist(target)["items"] or []}
            for case_id in case_ids:
                planning.add_to_shortlist(target, case_id)
            return target, len([c for c in dict.fromkeys(case_ids) if c in listed])

        def done(result: tuple[str, int]) -> None:
            target, already = result
            if told is not None:
                told(shortlist_outcome(name, len(set(case_ids)) - already, already))
            if added is not None:
                added(target)

        tasks.run(add, done)

    tasks.run(planning.shortlists, ask)
