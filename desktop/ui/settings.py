"""Window settings kept between sessions, all in one place."""

from PySide6.QtCore import QSettings

from desktop import APP_NAME, ORGANISATION


def settings(group: str) -> QSettings:
    """A QSettings opened on one group of the app's settings."""
    store = QSettings(ORGANISATION, APP_NAME)
    store.beginGroup(group)
    return store
