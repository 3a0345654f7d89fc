"""Starting the window: the application object, logging, and the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_NAME, ORGANISATION, __version__
from desktop.ui.single_instance import SingleInstance

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def _log_to_file(data_dir: Path) -> None:
    """Log to a file in the data dir: a windowed build has no stderr to write to."""
    handlers: list[logging.Handler] = []
    try:
        (data_dir / "logs").mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(data_dir / "logs" / "leaps.log", encoding="utf-8"))
    except OSError:
        pass  # an unwritable data dir: the window says so when the catalogue fails to open
    if sys.stderr is not None:
        handlers.append(logging.StreamHandler())
    logging.basicConfig(
        level=logging.INFO, handlers=handlers, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


class Application(QApplication):
    """The application object; it also takes the files the system asks it to open.

    macOS sends a double-clicked `.leaps` file to the running app as a file-open event rather
    than as an argument; `files_opened` passes it on like a hand-over from a later launch.
    """

    files_opened = Signal(list)

    def event(self, event: QEvent) -> bool:
        """Pass file-open events on as `files_opened`; the rest as usual."""
        if isinstance(event, QFileOpenEvent) and event.file():
            self.files_opened.emit([event.file()])
            return True
        return super().event(event)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so settings land in one place."""
    app = QApplication.instance() or Application(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


class AfterFirstPaint(QObject):
    """Calls back once, on the turn of the event loop after a widget is first painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let every event through; the first paint schedules the callback."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


class WindowHost(QObject):
    """Keeps the main window, and makes it anew in another language when asked."""

    def __init__(self, data_dir: Path, instance: SingleInstance) -> None:
        super().__init__(instance)
        self.data_dir = data_dir
        self.instance = instance
        self.window: MainWindow | None = None

    def open(self) -> MainWindow:
        """Show a main window on the data dir; bundles handed over by later launches go to it."""
        from desktop.ui.main_window import MainWindow

        window = MainWindow(self.data_dir)
        window.language_requested.connect(self.switch_language)
        self.instance.files_received.connect(window.open_files)
        if self.window is not None:
            self.instance.files_received.disconnect(self.window.open_files)
        self.window = window
        window.show()
        return window

    def switch_language(self, code: str) -> None:
        """Speak another language: the window closes (saving its state and work) and reopens.

        The search, filters, panes and drafts come back as they were; if an editor keeps the
        window open (its Cancel), nothing changes.
        """
        from desktop.ui.i18n import current_language, install_translators, set_preferred_language

        old = self.window
        app = QApplication.instance()
        if old is None or not isinstance(app, QApplication):
            return
        # Between closing one window and opening the next there is none: the app must stay up.
        app.setQuitOnLastWindowClosed(False)
        try:
            if not old.close():
                return
            set_preferred_language(code)
            install_translators(current_language())
            self.open()
            old.deleteLater()
        finally:
            app.setQuitOnLastWindowClosed(True)


def run_window(data_dir: Path, files: Sequence[str] = ()) -> int:
    """Open the main window on a data dir and run until it closes.

    One window per data dir: a second launch hands its bundle files to the first and exits.
    """
    _log_to_file(data_dir)
    app = make_application()
    instance = SingleInstance(data_dir, app)
    if not instance.claim() and instance.hand_over(files):
        return 0
    from desktop.ui.i18n import current_language, install_translators

    install_translators(current_language())
    host = WindowHost(data_dir, instance)
    if isinstance(app, Application):
        app.files_opened.connect(instance.files_received)
    window = host.open()
    if files:
        window.open_files([str(Path(f).absolute()) for f in files])
    # Later launches are served once the window has been painted (they keep knocking until then):
    # a fixed delay would load QtNetwork before the first paint on a busy machine.
    AfterFirstPaint(window, instance.listen)
    return app.exec()
