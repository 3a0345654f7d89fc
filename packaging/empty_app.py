"""The size and start-up baseline: an empty PySide6 QMainWindow, packaged exactly as the app is."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Empty")
    window.show()
    sys.exit(app.exec())
