"""The offline world map: countries coloured by their number of cases, and which country is at a point."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from typing import TypeVar

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtSvg import QSvgRenderer

T = TypeVar("T")
View = tuple[float, float, float, float]  # a part of the map: x, y, width, height in map units

MAP_PACKAGE = "pygal_maps_world"
MAP_FILE = "worldmap.svg"
_COUNTRY_GROUP = re.compile(r'<g class="([a-z]{2}) country map-element">(.*?)</g>', re.DOTALL)
_PATH_DATA = re.compile(r'<path d="([^"]*)"\s*/>')
_VIEW_BOX = re.compile(r'viewBox="0 0 ([\d.]+) ([\d.]+)"')
_PATH_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# Nothing in the catalogue lies south of 60°S: cropping Antarctica gives the inhabited world more room.
_SOUTHERN_EDGE = 1240.0
BORDER_PIXELS = 0.6
OUTLINE_PIXELS = 1.6
FOCUS_PIXELS = 1.5
# Countries smaller than this (in map units) get a dot, and a ring of sea around them picks them.
SMALL_COUNTRY = 6.0
DOT_RADIUS = 11.0
# How far around a point a country must extend for the point to count as well inside it (map units).
_SOLID_REACH = 4
# The shipped map is a Robinson projection: where longitude 0 and the equator lie, in map units, and
# the size of one degree there (fitted so that the seed's cities fall in their countries).
_PRIME_MERIDIAN, _EQUATOR = 1209.0, 682.0
_UNITS_PER_DEGREE, _UNITS_TO_POLE = 7.6, 692.0
# Robinson's table: at every 5 degrees of latitude, the length of a parallel and its distance from
# the equator (as shares of the equator's length and of the pole's distance).
_ROBINSON_LENGTH = (
    1.0, 0.9986, 0.9954, 0.99, 0.9822, 0.973, 0.96, 0.9427, 0.9216, 0.8962,
    0.8679, 0.835, 0.7986, 0.7597, 0.7186, 0.6732, 0.6213, 0.5722, 0.5322,
)
_ROBINSON_HEIGHT = (
    0.0, 0.062, 0.124, 0.186, 0.248, 0.31, 0.372, 0.434, 0.4958, 0.5571,
    0.6176, 0.6769, 0.7346, 0.7903, 0.8435, 0.8936, 0.9394, 0.9761, 1.0,
)


@dataclass(frozen=True)
class MapStyle:
    """Colours of one palette: countries without cases, the count ramp, borders and outlines."""

    empty: str
    ramp: tuple[str, ...]
    border: str
    selected: str
    focused: str


# Each ramp moves away from its palette's background as counts grow, so more always reads as more.
LIGHT_STYLE = MapStyle(
    empty="#d9d9d9",
    ramp=("#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"),
    border="#ffffff",
    selected="#d7301f",
    focused="#000000",
)
DARK_STYLE = MapStyle(
    empty="#4d4d4d",
    ramp=("#225ea8", "#1d91c0", "#41b6c4", "#7fcdbb", "#c7e9b4"),
    border="#1e1e1e",
    selected="#fc8d59",
    focused="#ffffff",
)


@dataclass(frozen=True)
class Band:
    """A range of case counts and the colour countries in it get."""

    low: int
    high: int
    colour: str

    def holds(self, count: int) -> bool:
        """True when `count` falls in this band."""
        return self.low <= count <= self.high


@dataclass(frozen=True)
class WorldMap:
    """The map: each country's path elements by upper-case ISO code, in drawing order, and its size."""

    paths: dict[str, str]
    width: float
    height: float

    @property
    def codes(self) -> tuple[str, ...]:
        """The countries on the map."""
        return tuple(self.paths)

    def svg(self, body: str) -> bytes:
        """An SVG document of this map's size holding `body`."""
        head = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {self.width:g} {self.height:g}">'
        return (head + body + "</svg>").encode("utf-8")


def _made_once(make: Callable[[], T]) -> Callable[[], T]:
    """`make` run once, by the first thread to ask; later callers, on any thread, share its result."""
    lock = threading.Lock()
    made: list[T] = []

    def once() -> T:
        with lock:
            if not made:
                made.append(make())
            return made[0]

    once.__doc__ = make.__doc__
    return once


@_made_once
def world_map() -> WorldMap:
    """The world map shipped with pygal_maps_world, read once, cropped at 60°S."""
    source = files(MAP_PACKAGE).joinpath(MAP_FILE).read_text(encoding="utf-8")
    size = _VIEW_BOX.search(source)
    paths = {code.upper(): body.strip() for code, body in _COUNTRY_GROUP.findall(source)}
    if size is None or not paths:
        # internal: a broken installation, which the map's tests read on every run
        raise ValueError(f"{MAP_PACKAGE}/{MAP_FILE} is not the expected world map: reinstall {MAP_PACKAGE}")
    return WorldMap(paths, float(size.group(1)), min(float(size.group(2)), _SOUTHERN_EDGE))


@_made_once
def drawing_order() -> tuple[str, ...]:
    """Countries from the largest extent to the smallest, so an enclave (Lesotho, San Marino)
    is drawn over the country around it rather than hidden by it."""
    return tuple(sorted(world_map().paths, key=lambda code: -_area(country_bounds(code))))


def _area(box: QRectF) -> float:
    """A box's area."""
    return box.width() * box.height()


def on_map(code: str) -> bool:
    """True when a country has a shape on the map (many small island states have none)."""
    return code in world_map().paths


def _nice_steps(highest: int) -> list[int]:
    """1, 2, 5, 10, 20, 50... up to `highest`."""
    steps, scale = [], 1
    while True:
        for factor in (1, 2, 5):
            if factor * scale > highest:
                return steps
            steps.append(factor * scale)
        scale *= 10


def count_bands(counts: dict[str, int], style: MapStyle) -> list[Band]:
    """Count bands for a legend: one per value while few, else ranges starting on round numbers;
    never more than the ramp has colours, spread along the ramp, the last ending at the highest count."""
    highest = max(counts.values(), default=0)
    if highest <= 0:
        return []
    slots = len(style.ramp)
    lows = list(range(1, highest + 1)) if highest <= slots else _nice_steps(highest)
    lows = lows[:: -(-len(lows) // slots)]
    highs = [low - 1 for low in lows[1:]] + [highest]
    shades = [round((i + 1) * slots / len(lows)) - 1 for i in range(len(lows))]
    return [Band(low, high, style.ramp[shade]) for low, high, shade in zip(lows, highs, shades, strict=True)]


def colour_for(count: int, bands: list[Band], style: MapStyle) -> str:
    """The fill of a country with `count` cases."""
    for band in bands:
        if band.holds(count):
            return band.colour
    return style.empty


def fills_svg(counts: dict[str, int], style: MapStyle) -> bytes:
    """The recoloured map: each country (element id = its ISO code) filled with its band's colour,
    and a dot on each small country that has cases, so it can be seen at all."""
    world = world_map()
    bands = count_bands(counts, style)
    groups, dots = [], []
    for code in drawing_order():
        paths = world.paths[code]
        fill = colour_for(counts.get(code, 0), bands, style)
        groups.append(f'<g id="{code}" fill="{fill}">{paths}</g>')
        if counts.get(code, 0) > 0 and _is_small(code):
            centre = country_bounds(code).center()
            dots.append(
                f'<circle cx="{centre.x():.1f}" cy="{centre.y():.1f}" r="{DOT_RADIUS:g}" fill="{fill}"'
                f' stroke="{style.border}" stroke-width="{DOT_RADIUS / 4:g}"/>'
            )
    return world.svg("".join(groups + dots))


def borders_svg(style: MapStyle, units_per_pixel: float) -> bytes:
    """Every country's border as a thin line, to draw over the fills; it changes only with the size."""
    world = world_map()
    width = BORDER_PIXELS * units_per_pixel
    every_country = "".join(world.paths.values())
    return world.svg(f'<g fill="none" stroke="{style.border}" stroke-width="{width:.3g}">{every_country}</g>')


def outlines_svg(style: MapStyle, units_per_pixel: float, selected: str | None, focused: str | None) -> bytes:
    """Outlines of the selected country (thick) and the keyboard-focused one (thin, drawn on top)."""
    world = world_map()
    layers = []
    wanted = ((selected, style.selected, OUTLINE_PIXELS), (focused, style.focused, FOCUS_PIXELS))
    for code, colour, pixels in wanted:
        if not code or code not in world.paths:
            continue
        width = pixels * units_per_pixel
        shape = world.paths[code]
        if _is_small(code):
            centre = country_bounds(code).center()
            shape = f'<circle cx="{centre.x():.1f}" cy="{centre.y():.1f}" r="{DOT_RADIUS:g}"/>'
        layers.append(
            f'<g fill="none" stroke="{colour}" stroke-width="{width:.3g}" stroke-linejoin="round">'
            f"{shape}</g>"
        )
    return world.svg("".join(layers))


@dataclass(frozen=True)
class MapPicture:
    """What to draw: counts, palette, selected and focused countries, the size in device pixels, and
    the part of the map shown (x, y, width, height in map units; empty for the whole map)."""

    counts: tuple[tuple[str, int], ...]
    style: MapStyle
    selected: str | None
    focused: str | None
    width: int
    height: int
    view: View | None = None

    def shown(self) -> View:
        """The part of the map drawn, in map units."""
        world = world_map()
        return self.view or (0.0, 0.0, world.width, world.height)


_border_lock = threading.Lock()
_border_cache: dict[tuple[int, int, str, View], QImage] = {}


def _border_layer(width: int, height: int, style: MapStyle, view: View) -> QImage:
    """The borders drawn at a size and view, kept for the last asked: stroking every border is the
    slowest part of drawing the map, and only a resize, a zoom or a pan changes it."""
    key = (width, height, style.border, view)
    with _border_lock:
        if key not in _border_cache:
            _border_cache.clear()
            _border_cache[key] = _draw(borders_svg(style, view[2] / width), width, height, view=view)
        return _border_cache[key]


def _draw(
    svg: bytes,
    width: int,
    height: int,
    under: QImage | None = None,
    view: View | None = None,
) -> QImage:
    """SVG drawn anti-aliased into a transparent image, or over a copy of `under`; only `view` of
    it (map units) when given."""
    if under is None:
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
    else:
        image = under.copy()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer = QSvgRenderer(QByteArray(svg))
    if view is not None:
        renderer.setViewBox(QRectF(*view))
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def render_map(picture: MapPicture) -> QImage:
    """The map (or the part of it the picture shows) drawn as `picture` asks, sea transparent.
    Safe to call off the UI thread."""
    view = picture.shown()
    units_per_pixel = view[2] / picture.width
    fills = fills_svg(dict(picture.counts), picture.style)
    image = _draw(fills, picture.width, picture.height, view=view)
    painter = QPainter(image)
    painter.drawImage(0, 0, _border_layer(picture.width, picture.height, picture.style, view))
    painter.end()
    if picture.selected or picture.focused:
        outlines = outlines_svg(picture.style, units_per_pixel, picture.selected, picture.focused)
        image = _draw(outlines, picture.width, picture.height, under=image, view=view)
    return image


def project(latitude: float, longitude: float) -> QPointF:
    """Where a place lies on the map, in map units."""
    step = min(abs(latitude), 90.0) / 5
    band = min(int(step), len(_ROBINSON_LENGTH) - 2)
    share = step - band
    length = _ROBINSON_LENGTH[band] + (_ROBINSON_LENGTH[band + 1] - _ROBINSON_LENGTH[band]) * share
    height = _ROBINSON_HEIGHT[band] + (_ROBINSON_HEIGHT[band + 1] - _ROBINSON_HEIGHT[band]) * share
    north = 1 if latitude >= 0 else -1
    return QPointF(
        _PRIME_MERIDIAN + _UNITS_PER_DEGREE * length * longitude, _EQUATOR - _UNITS_TO_POLE * height * north
    )


def _path_from_data(data: str) -> QPainterPath:
    """A QPainterPath from SVG path data (moves, lines and cubic curves, as the map uses)."""
    tokens = _PATH_TOKEN.findall(data)
    path = QPainterPath()
    x = y = start_x = start_y = 0.0
    control: tuple[float, float] | None = None
    command, at = "", 0

    def take(count: int) -> list[float]:
        nonlocal at
        values = [float(v) for v in tokens[at : at + count]]
        at += count
        return values

    while at < len(tokens):
        if tokens[at].isalpha():
            command = tokens[at]
            at += 1
        relative = command.islower()
        dx, dy = (x, y) if relative else (0.0, 0.0)
        kind = command.lower()
        if kind == "m":
            x, y = (v + d for v, d in zip(take(2), (dx, dy), strict=True))
            path.moveTo(x, y)
            start_x, start_y = x, y
            command = "l" if relative else "L"  # further pairs after a move are lines
        elif kind == "l":
            x, y = (v + d for v, d in zip(take(2), (dx, dy), strict=True))
            path.lineTo(x, y)
        elif kind == "h":
            x = take(1)[0] + dx
            path.lineTo(x, y)
        elif kind == "v":
            y = take(1)[0] + dy
            path.lineTo(x, y)
        elif kind in "cs":
            if kind == "c":
                x1, y1, x2, y2, x3, y3 = take(6)
                first = (x1 + dx, y1 + dy)
            else:
                x2, y2, x3, y3 = take(4)
                first = (2 * x - control[0], 2 * y - control[1]) if control else (x, y)
            control = (x2 + dx, y2 + dy)
            x, y = x3 + dx, y3 + dy
            path.cubicTo(*first, *control, x, y)
            continue
        elif kind == "z":
            path.closeSubpath()
            x, y = start_x, start_y
        else:
            raise ValueError(f"unsupported path command {command!r} in {MAP_FILE}")  # internal: as above
        control = None
    return path


@_made_once
def _shapes() -> dict[str, tuple[QPainterPath, QRectF]]:
    """Every country's outline in map units, with its bounding box worked out once (the path
    would otherwise work it out lazily, a write that threads sharing it could race on)."""
    shapes = {}
    for code, paths in world_map().paths.items():
        shape = QPainterPath()
        shape.setFillRule(Qt.FillRule.WindingFill)
        for data in _PATH_DATA.findall(paths):
            shape.addPath(_path_from_data(data))
        shapes[code] = (shape, shape.boundingRect())
    return shapes


def country_shape(code: str) -> QPainterPath:
    """A country's outline in map units."""
    return _shapes()[code][0]


def country_bounds(code: str) -> QRectF:
    """A country's bounding box in map units."""
    return QRectF(_shapes()[code][1])


def _is_small(code: str) -> bool:
    """True for a country too small to see or point at on a whole-world map."""
    box = country_bounds(code)
    return max(box.width(), box.height()) < SMALL_COUNTRY


class PickMap:
    """Each map unit's country, from the map drawn once with every country in its own grey level
    and no anti-aliasing: finding the country under a point is one lookup."""

    def __init__(self) -> None:
        world = world_map()
        self.codes = world.codes
        self.width, self.height = round(world.width), round(world.height)
        image = QImage(self.width, self.height, QImage.Format.Format_Grayscale8)
        image.fill(0)  # 0 is the sea; country i is level i + 1 (the map has fewer than 255)
        painter = QPainter(image)
        small = [(number, code) for number, code in enumerate(self.codes, 1) if _is_small(code)]
        for number, code in small:  # rings first: the land drawn next keeps every real border
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(number, number, number))
            painter.drawEllipse(country_bounds(code).center(), DOT_RADIUS + 1, DOT_RADIUS + 1)
        for code in drawing_order():
            number = self.codes.index(code) + 1
            painter.fillPath(country_shape(code), QColor(number, number, number))
        painter.end()
        self._stride = image.bytesPerLine()
        self._levels = bytes(image.constBits())

    def country_at(self, x: float, y: float) -> str | None:
        """The country at a point in map units, or None for the sea and off the map."""
        column, row = int(x), int(y)
        if not (0 <= x < self.width and 0 <= y < self.height):
            return None
        level = self._levels[row * self._stride + column]
        return self.codes[level - 1] if level else None

    def inner_point(self, code: str) -> QPointF | None:
        """A point well inside a country, as near the middle of its extent as one can be found
        (an archipelago's middle may be sea); on a tiny country, any point of it."""
        if code not in self.codes:
            return None
        level = self.codes.index(code) + 1
        box = country_bounds(code).toAlignedRect()
        centre_x, centre_y = box.center().x(), box.center().y()
        rows = range(max(0, box.top()), min(self.height, box.bottom() + 1))
        rows = sorted(rows, key=lambda row: abs(row - centre_y))
        best: tuple[bool, int, int, int] | None = None  # (not solid, distance, column, row)
        for row in rows:
            if best is not None and not best[0] and (row - centre_y) ** 2 >= best[1]:
                break  # no point further out can be nearer
            line = self._levels[row * self._stride : row * self._stride + self.width]
            for column in self._outward(line, level, centre_x, box.left(), box.right() + 1):
                distance = (column - centre_x) ** 2 + (row - centre_y) ** 2
                candidate = (not self._solid(column, row, level), distance, column, row)
                if best is None or candidate < best:
                    best = candidate
                if not candidate[0]:
                    break
        return QPointF(best[2] + 0.5, best[3] + 0.5) if best else None

    @staticmethod
    def _outward(line: bytes, level: int, middle: int, start: int, end: int) -> Iterator[int]:
        """Columns of `line` at `level` between `start` and `end`, nearest to `middle` first."""
        right = line.find(level, middle, end)
        left = line.rfind(level, start, middle)
        while right >= 0 or left >= 0:
            if left < 0 or (right >= 0 and right - middle <= middle - left):
                yield right
                right = line.find(level, right + 1, end)
            else:
                yield left
                left = line.rfind(level, start, left)

    def _solid(self, column: int, row: int, level: int) -> bool:
        """True when the country also lies a little way around a point, so a click there on a
        small map still lands in it."""
        reach = _SOLID_REACH
        around = ((column - reach, row), (column + reach, row), (column, row - reach), (column, row + reach))
        return all(
            0 <= x < self.width and 0 <= y < self.height and self._levels[y * self._stride + x] == level
            for x, y in around
        )


@_made_once
def pick_map() -> PickMap:
    """The shared pick map, made on first use by whichever thread asks first."""
    return PickMap()
