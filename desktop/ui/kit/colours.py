"""Colours the app's own messages use, the same in every window."""

from __future__ import annotations

# A red for problems with what was entered, on a light tint of its own so it reads under dark and
# high-contrast palettes too (6.3:1).
ERROR_COLOUR = "#b00020"
ERROR_BACKGROUND = "#fff0f1"
ERROR_STYLE = f"color: {ERROR_COLOUR}; background-color: {ERROR_BACKGROUND};"
