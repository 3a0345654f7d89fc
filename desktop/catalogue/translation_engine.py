"""The hook for an office's own offline translation engine: a local command, never a network service.

The app ships no engine. An office that has one (Argos Translate, a Marian or Bergamot model, its
own script) names it in `<data dir>/translation_engine.json`:

    {"name": "argos", "command": ["argos-translate", "--from", "{source}", "--to", "{target}"]}

For each field the command runs once, with `{source}` and `{target}` replaced by the language
codes, the original text on its standard input (UTF-8) and the translation read from its standard
output. What it writes is stored as a machine draft, labelled with `name`, until a person confirms it.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from desktop.catalogue.translation_status import TranslationError
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store.records import MAX_TEXT_CHARS

ENGINE_FILE = "translation_engine.json"
# A field that takes longer than this is left untranslated, so a stuck engine stops nothing.
FIELD_TIMEOUT_SECONDS = 300
MAX_ENGINE_FILE_BYTES = 64 * 1024


class TranslationEngineError(TranslationError):
    """No engine is set up, its file is wrong, or it failed on a field; nothing was changed."""

    code = "translation-engine"


@dataclass(frozen=True)
class Engine:
    """A local translation command, as the data dir's engine file names it."""

    name: str
    command: tuple[str, ...]

    def translate(self, text: str, source: str, target: str) -> str:
        """The engine's translation of one text; TranslationError if the engine fails."""
        argv = [part.replace("{source}", source).replace("{target}", target) for part in self.command]
        try:
            done = subprocess.run(
                argv,
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=FIELD_TIMEOUT_SECONDS,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            not_run = QT_TRANSLATE_NOOP("Validation", "The translation engine {name} could not run: {reason}")
            raise TranslationEngineError(message(not_run, name=self.name, reason=error)) from None
        if done.returncode != 0:
            # The engine's last line, in its own words.
            said = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [
                message(QT_TRANSLATE_NOOP("Validation", "no message"))
            ]
            failed = QT_TRANSLATE_NOOP(
                "Validation", "The translation engine {name} failed ({status}): {said}"
            )
            raise TranslationEngineError(
                message(failed, name=self.name, status=done.returncode, said=said[0])
            )
        result = done.stdout.decode("utf-8", "replace").strip()
        if len(result) > MAX_TEXT_CHARS:
            too_much = QT_TRANSLATE_NOOP(
                "Validation", "The translation engine {name} wrote more than a field may hold."
            )
            raise TranslationEngineError(message(too_much, name=self.name))
        return result


def load_engine(data_dir: Path) -> Engine | None:
    """The engine the data dir names, or None if it names none; TranslationError if the file is wrong."""
    path = data_dir / ENGINE_FILE
    if not path.exists():
        return None
    try:
        if path.stat().st_size > MAX_ENGINE_FILE_BYTES:
            raise ValueError(message(QT_TRANSLATE_NOOP("Validation", "the file is too large")))
        data = json.loads(path.read_text(encoding="utf-8"))
        name, command = data["name"], data["command"]
        if not isinstance(name, str) or not name.strip():
            raise ValueError(message(QT_TRANSLATE_NOOP("Validation", "name must be text")))
        if not isinstance(command, list) or not command or not all(isinstance(p, str) for p in command):
            raise ValueError(message(QT_TRANSLATE_NOOP("Validation", "command must be a list of words")))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        wrong = QT_TRANSLATE_NOOP(
            "Validation", "{path} does not name a translation engine ({reason}); see docs/translations.md."
        )
        raise TranslationEngineError(message(wrong, path=path, reason=error)) from None
    return Engine(name.strip(), tuple(command))
