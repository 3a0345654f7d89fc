"""Who issues this catalogue's documents: the organisation, office and logo every title page carries."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.issuer import MAX_NAME_LENGTH, load_issuer, read_logo, save_issuer
from desktop.documents.model import Issuer
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store.errors import CatalogueError
from desktop.text.language import tr
from desktop.ui.i18n import error_text
from desktop.ui.kit.forms import ErrorLabel
from desktop.ui.tasks import CatalogueAccess, TaskRunner

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

LOGO_PREVIEW_HEIGHT = 48


class IssuerDialog(QDialog):
    """Set once per catalogue: the organisation and office issuing documents, and the city's logo."""

    def __init__(self, tasks: TaskRunner, catalogue: CatalogueAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.catalogue = tasks, catalogue
        self.logo = b""
        self.setWindowTitle(tr("Document Issuer"))
        self.organisation = QLineEdit()
        self.office = QLineEdit()
        for field in (self.organisation, self.office):
            field.setMaxLength(MAX_NAME_LENGTH)
        self.organisation.setPlaceholderText(tr("e.g. City of Makassar"))
        self.office.setPlaceholderText(tr("e.g. Transport Office"))
        self.preview = QLabel()
        self.preview.setAccessibleName(tr("Logo"))
        choose = QPushButton(tr("Choose &Logo…"))
        choose.clicked.connect(self.choose_logo)
        self.remove = QPushButton(tr("&Remove Logo"))
        self.remove.clicked.connect(lambda: self.show_logo(b""))
        logo_row = QHBoxLayout()
        for widget in (self.preview, choose, self.remove):
            logo_row.addWidget(widget)
        logo_row.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("&Organisation:"), self.organisation)
        form.addRow(tr("O&ffice:"), self.office)
        form.addRow(tr("Logo:"), logo_row)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(tr("Named at the top of the title page of every plan, case, shortlist and report."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.setEnabled(False)  # until the issuer kept so far has loaded
        self.show_logo(b"")
        tasks.run(lambda: load_issuer(self._opened()), self.show_issuer, self.show_error)

    def _opened(self) -> Catalogue:
        """The open catalogue, on the worker."""
        opened = self.catalogue()
        if opened is None:
            raise CatalogueError(message(QT_TRANSLATE_NOOP("Validation", "The catalogue is closed.")))
        return opened

    def show_issuer(self, issuer: Issuer) -> None:
        """Fill the form with the issuer kept so far."""
        self.organisation.setText(issuer.organisation)
        self.office.setText(issuer.office)
        self.show_logo(issuer.logo)
        self.buttons.setEnabled(True)

    def show_logo(self, logo: bytes) -> None:
        """Keep and preview a logo (none when empty)."""
        self.logo = logo
        picture = QPixmap()
        if logo and picture.loadFromData(logo):
            self.preview.setPixmap(
                picture.scaledToHeight(LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.preview.setText(tr("No logo"))
        self.remove.setEnabled(bool(logo))

    def choose_logo(self) -> None:
        """Ask for a PNG or JPEG file and read it on the worker."""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a Logo"), "", tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> None:
        """Read a logo file on the worker; say so when it is no PNG or JPEG image of at most 2 MB."""

        def refused(_error: Exception) -> None:
            self.error.show_message(
                tr("{file} is not a PNG or JPEG image of at most 2 MB: choose another.").format(
                    file=path.name
                )
            )

        self.error.show_message("")
        self.tasks.run(lambda: read_logo(path), self.show_logo, refused)

    def save(self) -> None:
        """Keep the issuer for this catalogue, then close."""
        issuer = Issuer(self.organisation.text(), self.office.text(), self.logo)
        self.buttons.setEnabled(False)
        self.tasks.run(
            lambda: save_issuer(self._opened(), issuer), lambda _saved: self.accept(), self.show_error
        )

    def show_error(self, error: Exception) -> None:
        """Say why the issuer could not be read or kept."""
        self.buttons.setEnabled(True)
        self.error.show_message(
            tr("The document issuer could not be kept: {reason}").format(reason=error_text(error))
        )
