"""Checking case data from files, the command line or the editor, field by field."""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.catalogue.fields import added_choices, case_field, case_from_dict, plain_fields
from desktop.catalogue.labels import choice_label, region_label, theme_label
from desktop.errors import LeapsError, Message, message
from desktop.store.records import (
    COMPONENT_ROLES,
    CURATION_STATES,
    LEVELS_OF_GOVERNMENT,
    MAX_TEXT_CHARS,
    PRECONDITION_KINDS,
    REGIONS,
    STAGES,
    THEMES,
    Case,
)
from desktop.text.countries import is_country_code

LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
SOURCE_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MIN_COMPONENTS = 3
# Problem messages are English templates marked for Qt's translation tools in the "Validation"
# context: the command line, logs and bundle reports print the English, and a window shows them in
# its own language.


def _named(choice: str) -> str:
    """A theme, region, stage, level, curation state or role as the window names it."""
    if choice in THEMES:
        return theme_label(choice)
    if choice in REGIONS:
        return region_label(choice)
    return choice_label(choice)


def _shown_value(value: Any) -> Any:
    """A message's value as the window shows it: a message, or an error said by one, translated."""
    if isinstance(value, OSError) and isinstance(value.strerror, Message):
        return shown_message(value.strerror)
    if isinstance(value, BaseException) and len(value.args) == 1 and isinstance(value.args[0], Message):
        return shown_message(value.args[0])
    return shown_message(value) if isinstance(value, Message) else value


def shown_message(text: str) -> str:
    """A problem message in the interface's language, the choices it lists by their names there;
    text that is no Message stays as it is."""
    if not isinstance(text, Message):
        return text
    # A value may be a message itself (where in a file, or the problem an outer message wraps).
    values = {name: _shown_value(value) for name, value in text.values.items()}
    choices = tuple(str(values.get("choices", "")).split(", "))
    if choices in (THEMES, REGIONS, STAGES, LEVELS_OF_GOVERNMENT, CURATION_STATES, COMPONENT_ROLES):
        values["choices"] = ", ".join(_named(choice) for choice in choices)
    try:
        return QCoreApplication.translate("Validation", text.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that names the wrong placeholder
        return str(text)


@dataclass(frozen=True)
class Problem:
    """One field that is missing or malformed, and why."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(LeapsError, ValueError):
    """Case data with one or more problems; `problems` names each field."""

    code = "invalid"

    def __init__(self, problems: list[Problem], where: str = "") -> None:
        self.problems = problems
        self.where = where
        prefix = f"{where}: " if where else ""
        super().__init__(prefix + "; ".join(str(p) for p in problems))


def _is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return isinstance(value, str)


IS_REQUIRED = QT_TRANSLATE_NOOP("Validation", "is required")


def _is_missing(value: Any) -> bool:
    return value is None or value == "" or value == []


class _Checker:
    def __init__(self, data: dict[str, Any], *, draft: bool) -> None:
        self.data = data
        self.draft = draft
        self.problems: list[Problem] = []

    def fail(self, field: str, template: str, **values: Any) -> None:
        self.problems.append(Problem(field, message(template, **values)))

    def missing(self, field: str, template: str = IS_REQUIRED, **values: Any) -> None:
        """A value not given yet: a draft may lack it, a reviewed or verified case may not."""
        if not self.draft:
            self.fail(field, template, **values)

    def text(self, field: str, value: Any, required: bool) -> str:
        if value is None or value == "":
            if required:
                self.missing(field)
            return ""
        if not isinstance(value, str):
            self.fail(
                field, QT_TRANSLATE_NOOP("Validation", "must be text, not {kind}"), kind=type(value).__name__
            )
            return ""
        if len(value) > MAX_TEXT_CHARS:
            self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "holds {length} characters; at most {limit} fit, so that every device can take the "
                    "case in. Shorten it, or attach the full text as a file.",
                ),
                length=f"{len(value):,}",
                limit=f"{MAX_TEXT_CHARS:,}",
            )
            return ""
        return unicodedata.normalize("NFC", value.strip())

    def choice(self, field: str, value: Any, allowed: tuple[str, ...]) -> str:
        if _is_missing(value):
            self.missing(field)
            return ""
        if value not in allowed:
            self.fail(
                field,
                QT_TRANSLATE_NOOP("Validation", "must be one of {choices} (got {value!r})"),
                choices=", ".join(allowed),
                value=value,
            )
            return allowed[0]
        return value

    def text_list(self, field: str, value: Any) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(field, QT_TRANSLATE_NOOP("Validation", "must be a list of text"))
            return []
        return [unicodedata.normalize("NFC", v.strip()) for v in value]

    def number(self, field: str, value: Any, low: float, high: float) -> float | None:
        if _is_missing(value):
            self.missing(field)
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(
                field,
                QT_TRANSLATE_NOOP("Validation", "must be a number between {low} and {high}"),
                low=low,
                high=high,
            )
            return None
        if not low <= value <= high:
            self.fail(
                field,
                QT_TRANSLATE_NOOP("Validation", "must be between {low} and {high}, not {value}"),
                low=low,
                high=high,
                value=value,
            )
            return None
        return float(value)


def validate_case(data: Any, *, require_id: bool = True, where: str = "", complete: bool = False) -> Case:
    """Turn raw case data into a Case, or raise ValidationError naming every bad field.

    A draft needs only its title (what it has must still be well formed); a reviewed or verified
    case, or any case when `complete`, needs every required field.
    """
    if not isinstance(data, dict):
        problem = message(QT_TRANSLATE_NOOP("Validation", "must be a mapping of field names to values"))
        raise ValidationError([Problem("case", problem)], where)
    check = _Checker(data, draft=not complete and data.get("curation", "draft") == "draft")
    values: dict[str, Any] = {}
    case_id = data.get("id")
    if case_id is None and not require_id:
        case_id = str(uuid.uuid4())
    if not _is_uuid(case_id):
        check.fail("id", QT_TRANSLATE_NOOP("Validation", "must be a UUID (got {value!r})"), value=case_id)
    values["id"] = str(case_id)
    values["title"] = check.text("title", data.get("title"), required=False)
    if not values["title"]:
        check.fail("title", IS_REQUIRED)
    for field in plain_fields():
        if field.name != "title":
            values[field.name] = check.text(field.name, data.get(field.name), required=field.required)
    for field in added_choices():
        given = data.get(field.name)
        values[field.name] = check.choice(field.name, given, field.choices) if given or field.required else ""
    values["origin_url"] = _web_address(check, "origin_url", data.get("origin_url"))
    country = data.get("country")
    if _is_missing(country):
        check.missing("country")
    elif not is_country_code(country):
        check.fail(
            "country",
            QT_TRANSLATE_NOOP("Validation", "must be an upper-case ISO 3166 code such as KR (got {value!r})"),
            value=country,
        )
    values["country"] = country if isinstance(country, str) else ""
    values["region"] = check.choice("region", data.get("region"), case_field("region").choices)
    values["latitude"] = check.number("latitude", data.get("latitude"), -90, 90)
    values["longitude"] = check.number("longitude", data.get("longitude"), -180, 180)
    year = data.get("year_started")
    if _is_missing(year):
        check.missing("year_started")
        year = None
    elif isinstance(year, bool) or not isinstance(year, int) or not 1800 <= year <= 2100:
        check.fail(
            "year_started",
            QT_TRANSLATE_NOOP("Validation", "must be a year such as 2013, not “{value}”"),
            value=year,
        )
        year = None
    values["year_started"] = year
    for name in ("stage", "level_of_government", "curation"):
        given = data.get(name, "draft") if name == "curation" else data.get(name)
        values[name] = check.choice(name, given, case_field(name).choices)
    language = data.get("language")
    if _is_missing(language):
        check.missing("language")
        language = ""  # unknown: a draft's language is not made up
    elif not isinstance(language, str) or not LANGUAGE_TAG.match(language):
        check.fail(
            "language",
            QT_TRANSLATE_NOOP("Validation", "must be a BCP 47 tag such as en or ko (got {value!r})"),
            value=language,
        )
    values["language"] = language if isinstance(language, str) else ""
    themes = check.text_list("themes", data.get("themes"))
    if not themes:
        check.missing("themes", QT_TRANSLATE_NOOP("Validation", "needs at least one theme"))
    for theme in themes:
        if theme not in THEMES:
            check.fail(
                "themes",
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not one of {choices}"),
                value=theme,
                choices=", ".join(THEMES),
            )
    values["themes"] = themes
    sdgs = data.get("sdgs")
    if _is_missing(sdgs):
        check.missing("sdgs", QT_TRANSLATE_NOOP("Validation", "needs at least one SDG"))
        sdgs = []
    elif not isinstance(sdgs, list) or not all(
        isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 17 for s in sdgs
    ):
        check.fail(
            "sdgs",
            QT_TRANSLATE_NOOP("Validation", "must be a list of SDG numbers from 1 to 17 (got {value!r})"),
            value=sdgs,
        )
        sdgs = []
    values["sdgs"] = sdgs
    values["partners"] = check.text_list("partners", data.get("partners"))
    values["disputed"] = check.text_list("disputed", data.get("disputed"))
    values["contacts"] = _contacts(check, data.get("contacts"))
    namespace = uuid.UUID(values["id"]) if _is_uuid(values["id"]) else uuid.NAMESPACE_URL
    values["components"] = _components(check, data.get("components"), namespace)
    values["sources"] = _sources(check, data.get("sources"), namespace)
    values["attachments"] = data.get("attachments") or []
    if check.problems:
        raise ValidationError(check.problems, where)
    return case_from_dict(values)


def _web_address(check: _Checker, field: str, value: Any) -> str:
    """A web address, which must start with https:// or http://; "" when none is given."""
    url = check.text(field, value, required=False)
    if url and not url.startswith(("https://", "http://")):
        check.fail(
            field,
            QT_TRANSLATE_NOOP("Validation", "must start with https:// or http://, not “{value}”"),
            value=url,
        )
    return url


def _contacts(check: _Checker, value: Any) -> list[dict[str, str]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(
        isinstance(c, dict) and all(isinstance(v, str) for v in c.values()) for c in value
    ):
        check.fail(
            "contacts", QT_TRANSLATE_NOOP("Validation", "must be a list of {{name, role, organisation}}")
        )
        return []
    return value


def _child_id(item: dict[str, Any], namespace: uuid.UUID, kind: str, position: int) -> str:
    """A part's own id, or one derived from the case id and position so every install agrees."""
    given = item.get("id")
    if given is not None:
        return str(given)
    return str(uuid.uuid5(namespace, f"{kind}/{position}"))


def _components(check: _Checker, value: Any, namespace: uuid.UUID) -> list[dict[str, Any]]:
    value = [] if value is None else value
    if not isinstance(value, list) or len(value) < MIN_COMPONENTS:
        report = check.missing if isinstance(value, list) else check.fail
        report(
            "components",
            QT_TRANSLATE_NOOP("Validation", "needs at least {count} components"),
            count=MIN_COMPONENTS,
        )
    if not isinstance(value, list):
        return []
    result = []
    for i, item in enumerate(value, start=1):
        where = f"components[{i}]"
        if not isinstance(item, dict):
            check.fail(where, QT_TRANSLATE_NOOP("Validation", "must be a mapping"))
            continue
        preconditions = []
        for j, pre in enumerate(item.get("preconditions") or [], start=1):
            if not isinstance(pre, dict) or pre.get("kind") not in PRECONDITION_KINDS:
                check.fail(
                    f"{where}.preconditions[{j}]",
                    QT_TRANSLATE_NOOP("Validation", "needs a kind, one of {choices}"),
                    choices=", ".join(PRECONDITION_KINDS),
                )
                continue
            text = check.text(f"{where}.preconditions[{j}].text", pre.get("text"), required=True)
            preconditions.append({"kind": pre["kind"], "text": text})
        result.append(
            {
                "id": _child_id(item, namespace, "component", i),
                "name": check.text(f"{where}.name", item.get("name"), required=True),
                "description": check.text(f"{where}.description", item.get("description"), True),
                "mechanism": check.text(f"{where}.mechanism", item.get("mechanism"), True),
                "preconditions": preconditions,
                "role": check.choice(f"{where}.role", item.get("role"), COMPONENT_ROLES),
            }
        )
    return result


def _sources(check: _Checker, value: Any, namespace: uuid.UUID) -> list[dict[str, Any]]:
    value = [] if value is None else value
    if not isinstance(value, list) or not value:
        report = check.missing if isinstance(value, list) else check.fail
        report("sources", QT_TRANSLATE_NOOP("Validation", "needs at least one source"))
    if not isinstance(value, list):
        return []
    result = []
    for i, item in enumerate(value, start=1):
        where = f"sources[{i}]"
        if not isinstance(item, dict):
            check.fail(where, QT_TRANSLATE_NOOP("Validation", "must be a mapping"))
            continue
        url = _web_address(check, f"{where}.url", item.get("url"))
        citation = check.text(f"{where}.citation", item.get("citation"), required=False)
        if not url and not citation:
            check.missing(where, QT_TRANSLATE_NOOP("Validation", "needs a url or a citation"))
        date = item.get("date") or ""
        if date and (not isinstance(date, str) or not SOURCE_DATE.match(date)):
            check.fail(
                f"{where}.date",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "must be a date written YYYY, YYYY-MM or YYYY-MM-DD (in quotes in a file), not “{value}”",
                ),
                value=date,
            )
            date = ""
        result.append(
            {
                "id": _child_id(item, namespace, "source", i),
                "title": check.text(f"{where}.title", item.get("title"), required=True),
                "url": url,
                "citation": citation,
                "date": date,
                "reliability": check.text(f"{where}.reliability", item.get("reliability"), False),
            }
        )
    return result
