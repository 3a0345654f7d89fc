"""The one look every format shares: sizes, colours, rules, padding and margins, so a PDF and a DOCX match."""

from __future__ import annotations

BODY_POINTS = 10.5
TITLE_POINTS = 24.0
SUBTITLE_POINTS = 15.0
ISSUER_POINTS = 12.0
FOOTER_POINTS = 8.5
HEADING_POINTS = {1: 16.0, 2: 13.5, 3: 12.0}
SMALLEST_HEADING_POINTS = 11.0
TEXT_COLOUR = "#000000"
SUBTITLE_COLOUR = "#444444"
RULE_COLOUR = "#808080"
HEADER_FILL = "#eeeeee"
CELL_PADDING_MM = 1.2
MARGIN_MM = 20
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
TEXT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_MM
LOGO_HEIGHT_MM = 20
# Lines are single-spaced, at the Latin font's height in every script (1.37 times the text size).
LINE_HEIGHT = 1.37
# Space after a paragraph, and around a heading, in points.
PARAGRAPH_AFTER_POINTS = 4.5
HEADING_BEFORE_POINTS = 9.0
HEADING_AFTER_POINTS = 3.75
TITLE_AFTER_POINTS = 7.5
GENERATOR = "LEAPS Catalogue"


def heading_points(level: int) -> float:
    """The size of a heading at a level (1 is the top level under the title)."""
    return HEADING_POINTS.get(level, SMALLEST_HEADING_POINTS)
