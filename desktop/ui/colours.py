"""Colours the app's own messages use, the same in every window."""

from __future__ import annotations

# A red that reads on the light backgrounds of forms and tables, for problems with what was entered.
ERROR_COLOUR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
