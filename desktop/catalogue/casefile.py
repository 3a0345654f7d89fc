"""Case files: Markdown with YAML front matter (the seed's format) or the JSON `show --json` prints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from desktop.catalogue.validation import Problem, ValidationError, validate_case
from desktop.store.records import PROVENANCE_FIELDS, Case

NOT_IN_FRONT_MATTER = {"body", "updated_at", "attachments"}


def read_case_data(path: Path) -> dict[str, Any]:
    """Raw case data from a `.md` or `.json` file; raises ValidationError naming the file."""
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError([Problem("file", "does not exist")], where) from None
    except UnicodeDecodeError:
        raise ValidationError([Problem("file", "is not UTF-8 text")], where) from None
    except OSError as error:
        raise ValidationError([Problem("file", f"cannot be read ({error.strerror})")], where) from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValidationError(
                [Problem("file", f"is not valid JSON (line {error.lineno}: {error.msg})")], where
            ) from None
        return data if isinstance(data, dict) else {"": data}
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as error:
        raise ValidationError([Problem("front matter", f"is not valid YAML ({error})")], where) from None
    if not post.metadata:
        raise ValidationError(
            [Problem("front matter", "is missing: start the file with a --- block of fields")],
            where,
        )
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
