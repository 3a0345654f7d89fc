"""Case files: Markdown with YAML front matter (the seed's format) or the JSON `show --json` prints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from desktop.catalogue.validation import Problem, ValidationError, validate_case
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store.records import PROVENANCE_FIELDS, Case

NOT_IN_FRONT_MATTER = {"body", "updated_at", "attachments"}


def read_case_data(path: Path) -> dict[str, Any]:
    """Raw case data from a `.md` or `.json` file; raises ValidationError naming the file."""
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        absent = message(QT_TRANSLATE_NOOP("Validation", "does not exist"))
        raise ValidationError([Problem("file", absent)], where) from None
    except UnicodeDecodeError:
        not_utf8 = message(QT_TRANSLATE_NOOP("Validation", "is not UTF-8 text"))
        raise ValidationError([Problem("file", not_utf8)], where) from None
    except OSError as error:
        unreadable = message(
            QT_TRANSLATE_NOOP("Validation", "cannot be read ({reason})"), reason=error.strerror
        )
        raise ValidationError([Problem("file", unreadable)], where) from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            not_json = QT_TRANSLATE_NOOP("Validation", "is not valid JSON (line {line}: {reason})")
            problem = message(not_json, line=error.lineno, reason=error.msg)
            raise ValidationError([Problem("file", problem)], where) from None
        return data if isinstance(data, dict) else {"": data}
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as error:
        not_yaml = message(QT_TRANSLATE_NOOP("Validation", "is not valid YAML ({reason})"), reason=error)
        raise ValidationError([Problem("front matter", not_yaml)], where) from None
    if not post.metadata:
        missing = QT_TRANSLATE_NOOP("Validation", "is missing: start the file with a --- block of fields")
        raise ValidationError([Problem("front matter", message(missing))], where)
    return {**post.metadata, "body": post.content.strip()}


def read_case(path: Path, *, require_id: bool = True) -> Case:
    """A validated case from a file."""
    return validate_case(read_case_data(path), require_id=require_id, where=str(path))


def case_to_markdown(case: Case) -> str:
    """The case in the seed's file format, which `read_case` reads back to the same case."""
    data = {
        k: v
        for k, v in case.to_dict().items()
        if k not in NOT_IN_FRONT_MATTER and not (k in PROVENANCE_FIELDS and not v)
    }
    post = frontmatter.Post(case.body, **data)
    return frontmatter.dumps(post, sort_keys=False, allow_unicode=True) + "\n"
