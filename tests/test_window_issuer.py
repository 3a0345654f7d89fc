"""The document issuer dialog: organisation, office and logo, kept in the catalogue for every title page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.catalogue.issuer import load_issuer, save_issuer
from desktop.documents.model import Issuer
from desktop.ui.kit.issuer_dialog import IssuerDialog
from tests.test_plan_document_content import tiny_png
from tests.worker_helpers import WAIT_MS, CatalogueWorker


def opened(qtbot: QtBot, worker: CatalogueWorker) -> IssuerDialog:
    dialog = IssuerDialog(worker.tasks, worker.access)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=WAIT_MS)
    return dialog


def test_the_issuer_chosen_in_the_window_is_kept_with_its_logo(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    worker.run(lambda: save_issuer(worker.access(), Issuer("Old name")))
    dialog = opened(qtbot, worker)
    assert dialog.organisation.text() == "Old name" and not dialog.remove.isEnabled()
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png(8, 4))
    dialog.load_logo(logo)
    qtbot.waitUntil(lambda: dialog.logo == logo.read_bytes(), timeout=WAIT_MS)
    assert dialog.preview.pixmap().height() > 0 and dialog.remove.isEnabled()
    dialog.organisation.setText("Kota Makassar")
    dialog.office.setText("Dinas Perhubungan")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT_MS)
    kept = worker.run(lambda: load_issuer(worker.access()))
    assert kept == Issuer("Kota Makassar", "Dinas Perhubungan", logo.read_bytes())


def test_a_file_that_is_no_image_is_refused_in_words_and_the_logo_stays(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    worker.run(lambda: save_issuer(worker.access(), Issuer("Kota Makassar", "", tiny_png())))
    dialog = opened(qtbot, worker)
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture", encoding="utf-8")
    dialog.load_logo(fake)
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=WAIT_MS)
    assert "logo.png is not a PNG or JPEG image" in dialog.error.text()
    assert dialog.logo == tiny_png()
