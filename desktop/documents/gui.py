"""A Qt GUI application for headless document work: PDF layout and font lookup need one."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_made_here: list[QGuiApplication] = []  # keeps the application alive for the whole process


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    running = QCoreApplication.instance()
    if isinstance(running, QGuiApplication):
        return running
    if running is not None:
        raise RuntimeError("Documents need a QGuiApplication, but a plain QCoreApplication is running.")
    argv = ["leaps"]
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless and "QT_QPA_PLATFORM" not in os.environ:
        argv += ["-platform", "offscreen"]
    _made_here.append(QGuiApplication(argv))
    return _made_here[0]
