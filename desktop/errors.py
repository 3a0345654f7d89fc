"""The errors a person is told about: each has a stable code and an English message a window translates.

Every error the app reports to a person derives from `LeapsError`. Its `code` is stable across
versions (scripts and support can rely on it); its text is English, a `Message` when it was built
from a template marked for Qt's translation tools, so a window shows it in its own language
(desktop.ui.i18n.error_text) while the command line prints the English with the code. A `hint`
is what to type at the command line; a window, which has no command line, leaves it out.

This module imports only the standard library, so every layer, the store included, can raise these.
"""

from __future__ import annotations

from typing import Any, ClassVar

# Qt's translation files keep every message of this family under one context (named when it held
# only the problems of a case's fields).
MESSAGES_CONTEXT = "Validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name Qt's tools look for)
    """Mark `text` for Qt's translation tools, which read this call; return it unchanged.

    The same as PySide6's, for modules that must not import Qt (the store).
    """
    return text


class Message(str):
    """An English text that keeps its template and values, so a window can translate it."""

    template: str
    values: dict[str, Any]


def message(template: str, **values: Any) -> Message:
    """The English text of a marked template filled with its values."""
    text = Message(template.format(**values))
    text.template = template
    text.values = values
    return text


class LeapsError(Exception):
    """A problem a person can act on: the message names the thing and says what to do."""

    code: ClassVar[str] = "error"

    def __init__(self, text: str, *, hint: str = "") -> None:
        super().__init__(text)
        self.text = text
        self.hint = hint

    def __str__(self) -> str:
        return self.text

    def command_line_text(self) -> str:
        """What the `leaps` command prints: the code, the English message and the hint."""
        return f"[{self.code}] {self.text}" + (f" {self.hint}" if self.hint else "")


class UsageError(LeapsError):
    """A command given options that do not go together, or a value no option takes; nothing was done."""

    code = "usage"
