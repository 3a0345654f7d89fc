"""The map's picture drawn off the UI thread; the newest picture asked for is the one shown."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from desktop.ui.browse.worldmap import MapPicture, PickMap, View, pick_map, render_map

# One drawing thread for every map view; drawing never touches a widget, so a view that closes
# while its map is being drawn just never collects the picture.
_drawer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="map")
_POLL_MS = 15


@dataclass
class _Drawing:
    """A picture on its way: which request it answers and the drawing thread's future."""

    serial: int
    future: Future[tuple[QImage, PickMap] | None]
    view: View


@dataclass
class _Wanted:
    """The newest request, shared with the drawing thread so it can skip pictures nobody wants."""

    serial: int = 0


def _draw(picture: MapPicture, serial: int, wanted: _Wanted) -> tuple[QImage, PickMap] | None:
    """Draw a picture on the drawing thread, unless a newer one was asked for meanwhile."""
    if serial != wanted.serial:
        return None
    return render_map(picture), pick_map()


class MapDrawer(QObject):
    """Asks the drawing thread for pictures; `drawn(image, pick, view)` brings the newest one back."""

    drawn = Signal(QImage, object, object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._wanted = _Wanted()
        self._drawing: _Drawing | None = None
        self._poll = QTimer(self, interval=_POLL_MS)
        self._poll.timeout.connect(self._collect)

    def draw(self, picture: MapPicture) -> None:
        """Draw this picture (of `picture.view`); any picture asked for before is dropped."""
        self._wanted.serial += 1
        serial = self._wanted.serial
        future = _drawer.submit(_draw, picture, serial, self._wanted)
        self._drawing = _Drawing(serial, future, picture.shown())
        self._poll.start()

    def _collect(self) -> None:
        """Take the picture the drawing thread finished, if it is the newest asked for."""
        drawing = self._drawing
        if drawing is None or not drawing.future.done():
            return
        self._drawing = None
        self._poll.stop()
        drawn = drawing.future.result()
        if drawn is None or drawing.serial != self._wanted.serial:
            return
        image, pick = drawn
        self.drawn.emit(image, pick, drawing.view)
