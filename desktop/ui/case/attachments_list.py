"""The files attached to a case, with a caption each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.render import size_label
from desktop.text.outside_text import visible_controls
from desktop.ui.kit.accessible import describe_list
from desktop.ui.kit.colours import ERROR_STYLE
from desktop.ui.kit.plain_text import PlainLabel, as_html
from desktop.ui.kit.rows_table import button


class AttachmentsList(QWidget):
    """Files attached to a case, with a caption each; files arrive through `add_attachment`."""

    changed = Signal()
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[dict[str, Any]] = []
        self.list = QListWidget()
        describe_list(self.list)
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.currentRowChanged.connect(self._show_caption)
        self.caption = QLineEdit()
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setPlaceholderText(self.tr("Caption shown under the file"))
        self.caption.textEdited.connect(self._caption_edited)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Attachment message"))
        self.message.setStyleSheet(ERROR_STYLE)
        hint = QLabel(self.tr("Add files with the button or drop them on this window."))
        buttons = QHBoxLayout()
        buttons.addWidget(button(self.tr("Add files…"), self.tr("Add attachment"), self.add_requested.emit))
        buttons.addWidget(button(self.tr("Remove"), self.tr("Remove attachment"), self.remove_attachment))
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def values(self) -> list[dict[str, Any]]:
        """The attachments as the catalogue stores them."""
        return [dict(item) for item in self._items]

    def set_values(self, attachments: Sequence[dict[str, Any]]) -> None:
        """Show these attachments."""
        self._items = [dict(a) for a in attachments]
        self._refill()

    def add_attachment(self, attachment: dict[str, Any]) -> None:
        """Append a file already stored in the catalogue."""
        self._items.append(dict(attachment))
        self._refill()
        self.list.setCurrentRow(len(self._items) - 1)
        self.changed.emit()

    def remove_attachment(self) -> None:
        """Detach the chosen file (its bytes stay in the catalogue for other cases and undo)."""
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            del self._items[row]
            self._refill()
            self.changed.emit()

    def _refill(self) -> None:
        self.list.clear()
        for item in self._items:
            size = size_label(int(item["size"]))
            shown = self.tr("{name} ({size})").format(name=visible_controls(item["filename"]), size=size)
            entry = QListWidgetItem(shown)
            entry.setToolTip(as_html(item.get("caption") or ""))
            self.list.addItem(entry)

    def _show_caption(self, row: int) -> None:
        self.caption.setEnabled(0 <= row < len(self._items))
        self.caption.setText(self._items[row].get("caption", "") if 0 <= row < len(self._items) else "")

    def _caption_edited(self, text: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            self._items[row]["caption"] = text
            self.changed.emit()
