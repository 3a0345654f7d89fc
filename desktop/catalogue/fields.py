"""Every field of a case, described once: the store, checks, editor, case page, documents, sheets,
search and facets read what they need of a field from here.

Adding a plain text field (LINE or TEXT) to cases takes three files:
1. its entry in CASE_FIELDS here (which tab edits it, whether it is a section of the page and of
   documents, its sheet header and aliases, the index field its words go to);
2. and 3. the Korean and Indonesian words for its label, editor label and sheet header in
   desktop/translations/leaps_ko.ts and leaps_id.ts (`packaging/update_translations.py` lists them
   there, then compiles the .qm files the app loads).
No migration: a catalogue opening adds the column of each plain field it lacks (`add_field_columns`),
empty and stamped in every case, so bundles and sheets carry it. No new test:
tests/test_every_plain_field.py checks every plain field of this registry.

A choice field new here is stored alike (a text column, checked against its choices); with `facet=`
and `search=` search counts and filters it, and the search pane lists it (after PANE_ORDER).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.store.records import (
    CURATION_STATES,
    LEVELS_OF_GOVERNMENT,
    REGIONS,
    STAGES,
    TYPED_CASE_FIELDS,
    Case,
)
from desktop.store.text_fields import add_missing_text_fields

if TYPE_CHECKING:
    import sqlite_utils

# Kinds of value. Plain text kinds need nothing but their entry to be stored, checked, edited,
# shown, exported, searched and read from sheets; the others are built by hand where they show.
LINE, TEXT, LINES = "line", "text", "lines"
PLAIN_KINDS = (LINE, TEXT)
CHOICE, NUMBER, YEAR, COUNTRY, LANGUAGE, URL = "choice", "number", "year", "country", "language", "url"
THEMES, SDGS, ROWS, ID = "themes", "sdgs", "rows", "id"

# Editor tabs a field can show on, in the order they are built.
ABOUT, STORY, PLACE = "about", "story", "place"
# Where a field's text goes in the search index.
CONTENT = "content"


@dataclass(frozen=True)
class CaseField:
    """One field of a case and how every part of the app treats it.

    `label` reads in the window's or a document's language (context ""), `editor_label` carries
    the editor's keyboard shortcut (context "CaseEditor"), `sheet_header` is what a sheet export
    writes (context "SheetFields"), `facet` names the field's filter in the search pane (context
    "Facets"; empty when the field is no facet). `search` names the index field its value goes to:
    `content` for every text searched as plain words, the field's own for a text with a weight of
    its own (INDEX_WEIGHTS) and for a facet, which search results are counted and filtered under
    (`leaps search --filter NAME=VALUE`); empty for a value the index does not hold.
    """

    name: str
    kind: str
    label: str
    help: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()
    tab: str = ""
    editor_label: str = ""
    section: bool = False
    sheet_header: str = ""
    sheet_aliases: tuple[str, ...] = ()
    facet: str = ""
    search: str = ""

    def value(self, case: Case) -> Any:
        """The field's value in a case."""
        return case.value(self.name)

    @property
    def plain(self) -> bool:
        """True for text a person types, which needs no code of its own anywhere."""
        return self.kind in PLAIN_KINDS


def _field(name: str, kind: str, label: str, **details: Any) -> CaseField:
    return CaseField(name, kind, label, **details)


CASE_FIELDS: tuple[CaseField, ...] = (
    _field("id", ID, QT_TRANSLATE_NOOP("", "id"), sheet_header=QT_TRANSLATE_NOOP("SheetFields", "id"),
           sheet_aliases=("caseid", "uuid")),
    _field("title", LINE, QT_TRANSLATE_NOOP("", "Title"), required=True, tab=ABOUT,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "&Title"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Title"),
           sheet_aliases=("name", "casetitle", "practice"), search="title"),
    _field("local_title", LINE, QT_TRANSLATE_NOOP("", "Local title"), tab=ABOUT,
           help=QT_TRANSLATE_NOOP("CaseEditor", "The title in the city's own language"),
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "&Local title"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Local title"),
           sheet_aliases=("titlelocal", "originaltitle"), search="local_title"),
    _field("city", LINE, QT_TRANSLATE_NOOP("", "City"), required=True, tab=PLACE,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "C&ity"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "City"), sheet_aliases=("town", "municipality")),
    _field("country", COUNTRY, QT_TRANSLATE_NOOP("", "Country"), required=True, tab=PLACE,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "Co&untry"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Country"), sheet_aliases=("countrycode", "nation"),
           facet=QT_TRANSLATE_NOOP("Facets", "Country"), search="country"),
    _field("region", CHOICE, QT_TRANSLATE_NOOP("", "Region"), choices=REGIONS, tab=PLACE,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "&Region"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Region"),
           facet=QT_TRANSLATE_NOOP("Facets", "Region"), search="region"),
    _field("latitude", NUMBER, QT_TRANSLATE_NOOP("", "Latitude"), tab=PLACE,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "La&titude"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Latitude"), sheet_aliases=("lat",)),
    _field("longitude", NUMBER, QT_TRANSLATE_NOOP("", "Longitude"), tab=PLACE,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "L&ongitude"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Longitude"), sheet_aliases=("lon", "lng", "long")),
    _field("year_started", YEAR, QT_TRANSLATE_NOOP("", "Year started"), tab=ABOUT,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "&Year started"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Year"),
           sheet_aliases=("yearstarted", "started", "startyear", "since"),
           facet=QT_TRANSLATE_NOOP("Facets", "Years"), search="year"),
    _field("stage", CHOICE, QT_TRANSLATE_NOOP("", "Stage"), choices=STAGES, tab=ABOUT,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "S&tage"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Stage"), sheet_aliases=("phase",),
           facet=QT_TRANSLATE_NOOP("Facets", "Stage"), search="stage"),
    _field("level_of_government", CHOICE, QT_TRANSLATE_NOOP("", "Level of government"),
           choices=LEVELS_OF_GOVERNMENT, tab=ABOUT,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "Level of &government"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Level of government"),
           sheet_aliases=("level", "governmentlevel"),
           facet=QT_TRANSLATE_NOOP("Facets", "Level of government"), search="level_of_government"),
    _field("language", LANGUAGE, QT_TRANSLATE_NOOP("", "Language"), tab=ABOUT,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "La&nguage"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Language"), sheet_aliases=("lang",),
           facet=QT_TRANSLATE_NOOP("Facets", "Language"), search="language"),
    _field("curation", CHOICE, QT_TRANSLATE_NOOP("", "Curation"), choices=CURATION_STATES, tab=ABOUT,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "&Curation"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Curation"), sheet_aliases=("curationstate",)),
    _field("themes", THEMES, QT_TRANSLATE_NOOP("", "Themes"), required=True, tab=PLACE,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "T&hemes"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Themes"), sheet_aliases=("theme", "topics"),
           facet=QT_TRANSLATE_NOOP("Facets", "Theme"), search="theme"),
    _field("sdgs", SDGS, QT_TRANSLATE_NOOP("", "SDGs"), required=True, tab=PLACE,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "S&DGs"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "SDGs"),
           sheet_aliases=("sdg", "goals", "sustainabledevelopmentgoals"),
           facet=QT_TRANSLATE_NOOP("Facets", "SDG"), search="sdg"),
    _field("summary", TEXT, QT_TRANSLATE_NOOP("", "Summary"), required=True, tab=ABOUT, section=True,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "&Summary"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Summary"),
           sheet_aliases=("description", "abstract"), search="summary"),
    _field("problem", TEXT, QT_TRANSLATE_NOOP("", "Problem"), required=True, tab=STORY, section=True,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "&Problem"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Problem"), sheet_aliases=("challenge",),
           search=CONTENT),
    _field("approach", TEXT, QT_TRANSLATE_NOOP("", "Approach"), required=True, tab=STORY, section=True,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "&Approach"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Approach"), sheet_aliases=("solution",),
           search=CONTENT),
    _field("results", TEXT, QT_TRANSLATE_NOOP("", "Results"), required=True, tab=STORY, section=True,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "&Results"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Results"), sheet_aliases=("outcomes", "impact"),
           search=CONTENT),
    _field("costs", TEXT, QT_TRANSLATE_NOOP("", "Costs"), tab=STORY, section=True,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "C&osts"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Costs"), sheet_aliases=("cost", "budget"),
           search=CONTENT),
    _field("lessons", TEXT, QT_TRANSLATE_NOOP("", "Lessons"), tab=STORY, section=True,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "&Lessons"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Lessons"), sheet_aliases=("lessonslearned",),
           search=CONTENT),
    _field("partners", LINES, QT_TRANSLATE_NOOP("", "Partners"), tab=STORY, section=True,
           editor_label=QT_TRANSLATE_NOOP("CaseEditor", "P&artners"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Partners"), sheet_aliases=("partner",),
           search=CONTENT),
    _field("body", TEXT, QT_TRANSLATE_NOOP("", "Body"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Body"), sheet_aliases=("text", "fulltext"),
           search=CONTENT),
    _field("origin", LINE, QT_TRANSLATE_NOOP("", "Origin"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Origin"),
           sheet_aliases=("library", "collection", "sourcelibrary")),
    _field("external_id", LINE, QT_TRANSLATE_NOOP("", "External id"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "External id"),
           sheet_aliases=("externalid", "sourceid", "originalid", "recordid")),
    _field("origin_url", URL, QT_TRANSLATE_NOOP("", "URL"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "URL"),
           sheet_aliases=(
               "url", "link", "weblink", "website", "sourceurl", "caseurl", "originurl", "permalink"
           )),
    _field("licence", LINE, QT_TRANSLATE_NOOP("", "Licence"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Licence"), sheet_aliases=("license", "licensing")),
    _field("attribution", LINE, QT_TRANSLATE_NOOP("", "Attribution"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Attribution"), sheet_aliases=("credit", "credits")),
    _field("sources", ROWS, QT_TRANSLATE_NOOP("", "Sources"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Sources"), sheet_aliases=("source", "references")),
    _field("components", ROWS, QT_TRANSLATE_NOOP("", "Components"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Components"), sheet_aliases=("parts",)),
    _field("contacts", ROWS, QT_TRANSLATE_NOOP("", "Contacts"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Contacts"), sheet_aliases=("contact",)),
    _field("disputed", LINES, QT_TRANSLATE_NOOP("", "Sources disagree"),
           sheet_header=QT_TRANSLATE_NOOP("SheetFields", "Disputed"), sheet_aliases=("sourcesdisagree",),
           search=CONTENT),
)


# How much a match in each text field of the search index counts in ranking (its boost): a title
# names the practice, the place (city, its other names, country, region) answers "where", a
# summary says the practice in short. Every text of a case is also in `content`, where plain words
# are searched. Changing a weight rebuilds the index when the catalogue next opens.
INDEX_WEIGHTS: dict[str, float] = {
    CONTENT: 1.0, "title": 3.0, "local_title": 3.0, "summary": 1.5, "place": 2.0,
}


# The facets the search pane lists first, in this order (themes and countries are what most people
# narrow by); a facet not named here follows them.
PANE_ORDER = ("theme", "country", "region", "sdg", "stage", "level_of_government", "language")


def case_fields() -> tuple[CaseField, ...]:
    """Every field of a case, in the order sheets write them and pages and documents show them."""
    return CASE_FIELDS


def case_field(name: str) -> CaseField:
    """The field of that name."""
    return next(f for f in case_fields() if f.name == name)


def fields_where(**wanted: Any) -> Iterator[CaseField]:
    """The fields whose attributes have the values given, in order."""
    return (f for f in case_fields() if all(getattr(f, k) == v for k, v in wanted.items()))


def plain_fields() -> Iterator[CaseField]:
    """The plain text fields (one line or prose)."""
    return (f for f in case_fields() if f.plain)


def added_fields() -> tuple[str, ...]:
    """The fields a Case holds by name rather than as a typed attribute: plain text, and a choice
    (kept as its text)."""
    return tuple(f.name for f in _text_column_fields() if f.name not in TYPED_CASE_FIELDS)


def added_choices() -> tuple[CaseField, ...]:
    """The choice fields a Case holds by name: each is checked against its choices."""
    return tuple(f for f in case_fields() if f.kind == CHOICE and f.name not in TYPED_CASE_FIELDS)


def _text_column_fields() -> Iterator[CaseField]:
    """The fields stored as a text column of their own: plain text, and choices."""
    return (f for f in case_fields() if f.plain or f.kind == CHOICE)


def case_from_dict(data: dict[str, Any]) -> Case:
    """A case from checked data, the registry's added fields included."""
    return Case.from_dict(data, more=added_fields())


def add_field_columns(db: sqlite_utils.Database) -> tuple[str, ...]:
    """The plain text and choice fields the catalogue file has no column for yet, added to it (a
    field new in the registry, or a backup from before it); none when it has them all."""
    return add_missing_text_fields(db, "cases", tuple(f.name for f in _text_column_fields()))


def facet_fields() -> tuple[CaseField, ...]:
    """The fields search results are counted and filtered under, in the registry's order."""
    return tuple(f for f in case_fields() if f.facet)


def facet_names() -> tuple[str, ...]:
    """The index fields search results are counted and filtered under, in the registry's order."""
    return tuple(f.search for f in facet_fields())


def pane_facets() -> tuple[str, ...]:
    """The facets the search pane lists, in its order (PANE_ORDER first, then any other in the
    registry's order); years have a range of their own there."""
    listed = [f.search for f in facet_fields() if f.kind != YEAR]
    unlisted = len(PANE_ORDER)
    return tuple(sorted(listed, key=lambda name: PANE_ORDER.index(name) if name in PANE_ORDER else unlisted))


def index_weights() -> dict[str, float]:
    """Each text field of the search index and its weight in ranking."""
    return dict(INDEX_WEIGHTS)
