"""What the map says: country names and counts in tooltips, the legend and to assistive technology."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from desktop.catalogue.map_points import Cluster
from desktop.text.countries import country_label, reading_order, words_language
from desktop.ui.browse.worldmap import on_map


class MapWords(QObject):
    """Names countries in the window's language (read once: another language opens a new window)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = words_language()
        self._name_order = reading_order(self._language)

    def name(self, code: str) -> str:
        """A country's name in the window's language."""
        return country_label(code, self._language)

    def tooltip_for(self, code: str, counts: dict[str, int], selected: str | None) -> str:
        """What hovering over a country says: its name, its number of cases and what a click does."""
        count = counts.get(code, 0)
        name = self.name(code)
        if count:
            line = self.tr("{country}: %n case(s)", "", count).format(country=name)
        else:
            line = self.tr("{country}: no cases").format(country=name)
        if code == selected:
            hint = self.tr("Click to show cases from every country")
        elif count:
            hint = self.tr("Click to show only cases from {country}").format(country=name)
        else:
            return line
        return f"{line}\n{hint}"

    def count_text(self, code: str, count: int) -> str:
        """A country and its number of cases, as lists of them say it."""
        return self.tr("{country}: %n case(s)", "", count).format(country=self.name(code))

    def description(self, counts: dict[str, int], selected: str | None) -> str:
        """What the map shows and how to use it from the keyboard, for assistive technology."""
        if not counts:
            return self.tr("No cases to show on the map.")
        order = self.keyboard_order(counts)
        listed = QLocale().createSeparatedList([self.count_text(code, counts[code]) for code in order])
        text = self.tr(
            "Countries with cases: {countries}. Arrow keys move between them, Enter shows only the "
            "cases of one, Esc shows every country again.",
        ).format(countries=listed)
        if selected:
            showing = self.tr("Showing cases from {country}.").format(country=self.name(selected))
            text = f"{text} {showing}"
        return text

    def off_map(self, counts: dict[str, int]) -> list[str]:
        """Countries with cases that have no shape on the map (small island states)."""
        off_map = (code for code in counts if not on_map(code))
        return sorted(off_map, key=lambda code: self._name_order(self.name(code)))

    def keyboard_order(self, counts: dict[str, int]) -> list[str]:
        """Countries with cases, most cases first, as the arrow keys visit them."""
        return sorted(counts, key=lambda code: (-counts[code], self._name_order(self.name(code))))

    def marker_tooltip(self, group: Cluster) -> str:
        """What hovering over a marker says: its cities and their cases, and what a click does."""
        lines = []
        for city in sorted(group.cities, key=lambda c: -c.count)[:8]:
            line = self.tr("{city}, {country}: %n case(s)", "", city.count)
            lines.append(line.format(city=city.city, country=self.name(city.country)))
        more = len(group.cities) - 8
        if more > 0:
            lines.append(self.tr("and %n more city(ies)", "", more))
        if len(group.cities) == 1:
            lines.append(self.tr("Click to show only the cases of {city}").format(city=group.cities[0].city))
        else:
            lines.append(self.tr("Click to zoom in on these cities"))
        return "\n".join(lines)
