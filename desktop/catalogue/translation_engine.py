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
from desktop.store.records import MAX_TEXT_CHARS

ENGINE_FILE = "translation_engine.json"
# A field that takes longer than this is left untranslated, so a stuck engine stops nothing.
FIELD_TIMEOUT_SECONDS = 300
MAX_ENGINE_FILE_BYTES = 64 * 1024


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
            raise TranslationError(f"The translation engine {self.name} could not run: {error}") from None
        if done.returncode != 0:
            said = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
            raise TranslationError(
                f"The translation engine {self.name} failed ({done.returncode}): {said[0]}"
            )
        result = done.stdout.decode("utf-8", "replace").strip()
        if len(result) > MAX_TEXT_CHARS:
            raise TranslationError(f"The translation engine {self.name} wrote more than a field may hold.")
        return result


def load_engine(data_dir: Path) -> Engine | None:
    """The engine the data dir names, or None if it names none; TranslationError if the file is wrong."""
    path = data_dir / ENGINE_FILE
    if not path.exists():
        return None
    try:
        if path.stat().st_size > MAX_ENGINE_FILE_BYTES:
            raise ValueError("the file is too large")
        data = json.loads(path.read_text(encoding="utf-8"))
        name, command = data["name"], data["command"]
        if not isinstance(name, str) or not name.strip():
            raise ValueError("name must be text")
        if not isinstance(command, list) or not command or not all(isinstance(p, str) for p in command):
            raise ValueError("command must be a list of words")
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise TranslationError(
            f"{path} does not name a translation engine ({error}); see docs/translations.md."
        ) from None
    return Engine(name.strip(), tuple(command))
