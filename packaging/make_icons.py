"""Render packaging/icons/leaps.svg to the PNG sizes the platforms ask for, a Windows .ico and a macOS .icns.

Run after changing the SVG: `.venv/bin/python packaging/make_icons.py`. The PNGs and the .ico are
committed; the .icns is made only on macOS, where Apple's `iconutil` is.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent / "icons"
SOURCE = ICONS / "leaps.svg"
# Linux hicolor and window icons use all of these; Windows takes 16-256 from the .ico.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# iconutil wants each size at 1x and 2x, up to 512@2x.
ICONSET = {f"icon_{n}x{n}.png": n for n in (16, 32, 128, 256, 512)} | {
    f"icon_{n}x{n}@2x.png": 2 * n for n in (16, 32, 128, 256, 512)
}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file holding PNG images (Windows Vista and later read PNG entries at any size)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # the one-byte field says 256 as 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(renderer: QSvgRenderer, out: Path) -> bool:
    """Build the macOS .icns with iconutil; False where there is no iconutil."""
    iconutil = shutil.which("iconutil")
    if sys.platform != "darwin" or not iconutil:
        return False
    with tempfile.TemporaryDirectory() as folder:
        iconset = Path(folder) / "leaps.iconset"
        iconset.mkdir()
        for name, size in ICONSET.items():
            (iconset / name).write_bytes(render(renderer, size))
        subprocess.run([iconutil, "-c", "icns", "-o", str(out), str(iconset)], check=True)
    return True


def main() -> int:
    """Write every icon next to the SVG and say what was written."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not an SVG Qt can read", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in PNG_SIZES}
    for size, png in pngs.items():
        (ICONS / f"leaps-{size}.png").write_bytes(png)
    (ICONS / "leaps.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    made = [f"leaps-{size}.png" for size in PNG_SIZES] + ["leaps.ico"]
    if icns(renderer, ICONS / "leaps.icns"):
        made.append("leaps.icns")
    else:
        print("leaps.icns not made: run this on macOS (it needs iconutil)", file=sys.stderr)
    print("wrote " + ", ".join(made))
    return 0


if __name__ == "__main__":
    sys.exit(main())
