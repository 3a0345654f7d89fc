"""Two or three cases side by side: the rows of a field-by-field comparison, as plain data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.catalogue.fields import case_fields
from desktop.errors import QT_TRANSLATE_NOOP, LeapsError, message
from desktop.text.countries import country_label, words_language
from desktop.text.language import marked

if TYPE_CHECKING:
    from desktop.store.records import Case

MIN_CASES = 2
MAX_CASES = 3


def field_labels() -> dict[str, str]:
    """The row labels, translated: each field's label from the registry, and the place."""
    labels = {field.name: marked(field.label) for field in case_fields()}
    return {**labels, "place": QCoreApplication.translate("Compare", "City, country")}


def _prose_fields() -> tuple[str, ...]:
    """The prose compared in full: each plain text field the registry makes a section of the page."""
    return tuple(field.name for field in case_fields() if field.section and field.plain)


class CompareError(LeapsError, ValueError):
    """A comparison that cannot be made: too few or too many cases."""

    code = "compare-count"


@dataclass
class Item:
    """One entry of a list field: a theme, an SDG, a component or a source."""

    name: str
    tag: str = ""
    detail: str = ""
    note: str = ""
    url: str = ""
    shared: bool = False  # every compared case has an entry of this name


@dataclass
class Row:
    """One field across the compared cases: `texts` for text fields, `items` for list fields."""

    field: str
    kind: str  # "text", "markdown" or "items"
    texts: list[str] = field(default_factory=list)
    items: list[list[Item]] = field(default_factory=list)
    differs: bool = False


@dataclass
class Comparison:
    """The compared cases' ids and titles, and one row per field any of them fills in."""

    case_ids: list[str]
    titles: list[str]
    local_titles: list[str]
    rows: list[Row]


def check_selection(case_ids: Sequence[str]) -> list[str]:
    """The chosen ids without repeats; CompareError unless there are two or three."""
    unique = list(dict.fromkeys(case_ids))
    if not MIN_CASES <= len(unique) <= MAX_CASES:
        raise CompareError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Choose two or three cases to compare ({count} chosen): select them in the results "
                    "with Ctrl or Shift held down.",
                ),
                count=len(unique),
            )
        )
    return unique


def _normal(text: str) -> str:
    """Text as compared: whitespace runs count as one space."""
    return " ".join(text.split())


def _text_row(name: str, kind: str, texts: list[str]) -> Row | None:
    if not any(t.strip() for t in texts):
        return None
    return Row(name, kind, texts=texts, differs=len({_normal(t) for t in texts}) > 1)


def _items_row(name: str, items: list[list[Item]]) -> Row | None:
    if not any(items):
        return None
    names = [{item.name.casefold() for item in case_items} for case_items in items]
    common = set.intersection(*names)
    for case_items in items:
        for item in case_items:
            item.shared = item.name.casefold() in common
    contents = {tuple((i.name, i.tag, _normal(i.detail), _normal(i.note)) for i in ci) for ci in items}
    return Row(name, "items", items=items, differs=len(contents) > 1)


def _place(case: Case) -> str:
    return ", ".join(x for x in (case.city, country_label(case.country, words_language())) if x)


def _components(case: Case) -> list[Item]:
    return [Item(c.name, tag=c.role, detail=c.description, note=c.mechanism) for c in case.components]


def _sources(case: Case) -> list[Item]:
    return [
        Item(
            s.title,
            detail=" · ".join(x for x in (s.citation, s.date) if x),
            note=s.reliability,
            url=s.url if s.url.startswith(("https://", "http://")) else "",
        )
        for s in case.sources
    ]


def compare(cases: Sequence[Case]) -> Comparison:
    """The field-by-field rows of two or three cases, each marked where the cases differ."""
    cases = list({c.id: c for c in cases}.values())
    check_selection([c.id for c in cases])
    text_fields: list[tuple[str, Callable[[Case], str]]] = [
        ("title", lambda c: c.title),
        ("local_title", lambda c: c.local_title),
        ("place", _place),
        ("year_started", lambda c: str(c.year_started or "")),
        ("stage", lambda c: c.stage),
    ]
    rows = [_text_row(name, "text", [get(c) for c in cases]) for name, get in text_fields]
    rows += [
        _items_row("themes", [[Item(t) for t in c.themes] for c in cases]),
        _items_row("sdgs", [[Item(str(s)) for s in c.sdgs] for c in cases]),
    ]
    rows += [_text_row(name, "markdown", [c.value(name) for c in cases]) for name in _prose_fields()]
    rows += [
        _items_row("components", [_components(c) for c in cases]),
        _items_row("sources", [_sources(c) for c in cases]),
    ]
    return Comparison(
        case_ids=[c.id for c in cases],
        titles=[c.title for c in cases],
        local_titles=[c.local_title for c in cases],
        rows=[row for row in rows if row is not None],
    )


def load_comparison(get_case: Callable[[str], Case], case_ids: Sequence[str]) -> Comparison:
    """Fetch the chosen cases (`get_case` is e.g. `Catalogue.get`) and compare them."""
    return compare([get_case(case_id) for case_id in check_selection(case_ids)])
