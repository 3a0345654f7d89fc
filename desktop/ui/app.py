"""Starting the window: the application object, logging, and the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, ORGANISATION, __version__
from desktop.datadir import ensure_writable
from desktop.store.errors import CatalogueError
from desktop.ui.single_instance import SingleInstance


def _log_to_file(data_dir: Path) -> None:
    """Log to a file in the data dir: a windowed build has no stderr to write to."""
    handlers: list[logging.Handler] = []
    try:
        ensure_writable(data_dir / "logs")
        handlers.append(logging.FileHandler(data_dir / "logs" / "leaps.log", encoding="utf-8"))
    except CatalogueError:
        pass
    if sys.stderr is not None:
        handlers.append(logging.StreamHandler())
    logging.basicConfig(
        level=logging.INFO, handlers=handlers, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so settings land in one place."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_window(data_dir: Path, files: Sequence[str] = ()) -> int:
    """Open the main window on a data dir and run until it closes.

    One window per data dir: a second launch hands its bundle files to the first and exits.
    """
    _log_to_file(data_dir)
    app = make_application()
    instance = SingleInstance(data_dir, app)
    if not instance.listen() and instance.hand_over(files):
        return 0
    from desktop.ui.main_window import MainWindow

    window = MainWindow(data_dir)
    instance.files_received.connect(window.open_files)
    window.show()
    if files:
        window.open_files([str(Path(f).absolute()) for f in files])
    return app.exec()
