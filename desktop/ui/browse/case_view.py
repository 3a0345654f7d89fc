"""A case page viewer that never reaches the network or the disk on its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, QUrlQuery, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from desktop.catalogue.attachments import temporary_copy
from desktop.catalogue.links import ADAPT_SCHEME, ATTACHMENT_SCHEME, CASE_SCHEME, TRANSLATION_SCHEME
from desktop.ui.kit.accessible import describe_page
from desktop.ui.kit.plain_text import as_html

STYLE = """
h1 { font-size: 20pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 14px; }
p.local { font-size: 14pt; margin-top: 0; }
p.adapt { font-weight: bold; }
p.note { font-weight: bold; }
table.components { border-collapse: collapse; }
th { text-align: left; }
ul.disputed { font-style: italic; }
"""


class CaseView(QTextBrowser):
    """Shows a case page; serves only the catalogue's own images; opens web links on click.

    A click on an attached file asks first, then emits `attachment_requested(sha256, filename)`;
    whoever holds the catalogue fetches the bytes and calls `open_attachment`.
    """

    case_link_clicked = Signal(str)
    adapt_requested = Signal(str)
    # "original" or "translation": the reader asked to read the case in the other.
    translation_switched = Signal(str)
    attachment_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        describe_page(self)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        self.document().setDefaultStyleSheet(STYLE)
        # A web address or other long unbroken word wraps rather than making the page scroll sideways.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # The page is laid out once for a width that never changes as it loads: a vertical bar that
        # came and went would narrow the page after its table was measured, and a sideways bar
        # would appear for the difference.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._images: dict[str, bytes] = {}
        self._placeholder = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._placeholder.fill(0)
        self.open_external: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.confirm_open: Callable[[str], bool] = self._ask_to_open
        self.setAccessibleName(self.tr("Case details"))

    def show_page(self, page_html: str, images: dict[str, bytes] | None = None) -> None:
        """Display a rendered, sanitized case page and the attachment images it may show."""
        self._images = images or {}
        self.setHtml(page_html)

    def append_html(self, fragment: str) -> None:
        """Add a rendered section at the end of the page, leaving where the reader is as it was."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # A block of its own, with plain formats: inserted into the last block, the section would
        # run on from the page's last paragraph and take its style.
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(fragment)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt's name)
        """Serve attachments from the catalogue; anything else gets an empty image, never I/O."""
        if kind == QTextDocument.ResourceType.ImageResource.value and url.scheme() == ATTACHMENT_SCHEME:
            content = self._images.get(url.path())
            if content is not None:
                image = QImage.fromData(content)
                if not image.isNull():
                    return image
        # A placeholder rather than None: None makes Qt ask again on every layout.
        return self._placeholder

    def open_attachment(self, filename: str, content: bytes | None) -> None:
        """Hand an attachment to the program the system uses for its kind, through a temporary copy."""
        if content is None:
            QMessageBox.warning(
                self,
                self.tr("Attachment missing"),
                as_html(
                    self.tr(
                        "The catalogue does not hold the file {name}. Import a bundle that carries it."
                    ).format(name=filename)
                ),
            )
            return
        try:
            copy = temporary_copy(filename, content)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Cannot open attachment"),
                as_html(
                    self.tr("{name} could not be copied to a temporary folder ({reason}).").format(
                        name=filename, reason=error.strerror or error
                    )
                ),
            )
            return
        self.open_external(QUrl.fromLocalFile(str(copy)))

    def _ask_to_open(self, filename: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Open attachment"),
            as_html(
                self.tr(
                    "Open {name} with the program this computer uses for it? "
                    "Files from other people can contain harmful content."
                ).format(name=filename)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == CASE_SCHEME:
            self.case_link_clicked.emit(url.path())
        elif url.scheme() == ADAPT_SCHEME:
            self.adapt_requested.emit(url.path())
        elif url.scheme() == TRANSLATION_SCHEME:
            self.translation_switched.emit(url.path())
        elif url.scheme() == ATTACHMENT_SCHEME:
            filename = QUrlQuery(url).queryItemValue("name", QUrl.ComponentFormattingOption.FullyDecoded)
            if self.confirm_open(filename):
                self.attachment_requested.emit(url.path(), filename)
        elif url.scheme() in {"http", "https", "mailto"}:
            self.open_external(url)
        elif url.hasFragment():
            self.scrollToAnchor(url.fragment())
