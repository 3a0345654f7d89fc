"""Text from bundles, sheets and cases made safe to show: direction controls visible, no terminal controls."""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

# Characters that reorder the text around them (embeddings, overrides, isolates, marks): shown by
# name so that a title cannot read differently from what it holds.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_BIDI_CONTROLS = re.compile(f"[{_BIDI}]")
# Escape sequences a terminal acts on (CSI, OSC and the other string commands, two-byte escapes),
# then any other C0 or C1 control but newline and tab.
_TERMINAL_CONTROLS = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, colours, erasing
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS: titles, links
    r"|\x1b[ -/]*[0-~]?"  # any other escape
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
# What JSON written for a terminal escapes beyond what the json module does (DEL, C1, direction).
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{_BIDI}]")


def visible_controls(text: str) -> str:
    """`text` with each direction control shown as ⟨U+202E⟩ instead of reordering what follows it."""
    return _BIDI_CONTROLS.sub(lambda found: f"⟨U+{ord(found.group()):04X}⟩", text)


def for_terminal(text: str) -> str:
    """`text` as a terminal may print it: no control sequence, direction controls shown by name."""
    return visible_controls(_TERMINAL_CONTROLS.sub("", text))


def json_for_terminal(json_text: str) -> str:
    """JSON text with every control and direction character it holds written as a \\u escape: same data."""
    return _JSON_UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", json_text)


def print_json(value: Any) -> None:
    """Print `value` as indented JSON for the command line, controls escaped."""
    print(json_for_terminal(json.dumps(value, ensure_ascii=False, indent=2)))


class TerminalSafeStream:
    """A text stream that passes everything written to it through `for_terminal`.

    A write may start with a carriage return: that is how a progress line redraws itself, and it
    only ever comes from the app's own words, which start every line it prints.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write `text` without what a terminal would act on."""
        redraw = "\r" if text.startswith("\r") else ""
        return self.stream.write(redraw + for_terminal(text[len(redraw) :]))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
