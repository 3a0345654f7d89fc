"""Text from bundles, sheets and cases shown as text: Qt never reads it as HTML, that could load files.

Qt guesses whether a label, a message box or a tooltip holds HTML (Qt::mightBeRichText); a device
name such as `<img src="file:///dev/zero">` would then be drawn as an image read from disk. Labels
that show such text are PlainLabels; message boxes and tooltips, which have no plain mode of their
own, get the text already escaped as HTML.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.text.outside_text import visible_controls


class PlainLabel(QLabel):
    """A label that shows its text as it is: never HTML, direction controls shown by name."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Show `text` as typed."""
        super().setText(visible_controls(text))


class PlainStatusBar(QStatusBar):
    """A status bar whose messages (naming files, devices, cases) show direction controls by name."""

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 (Qt's name)
        """Show `text` as typed for `timeout` ms (0: until replaced)."""
        super().showMessage(visible_controls(text), timeout)


def as_html(text: str) -> str:
    """`text` escaped as HTML, for message boxes and tooltips: Qt shows it as typed, loads nothing."""
    if not text:
        return ""
    # Qt reads text that starts with a tag as HTML: escaped inside one, it shows as typed.
    return f"<p style='white-space:pre-wrap'>{html.escape(visible_controls(text), quote=False)}</p>"
