"""The case editor's pages: every field of a case laid out on tabs, each bound in one form kit."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.fields import ABOUT, LINE, PLACE, STORY, case_field, fields_where
from desktop.catalogue.labels import choice_label, region_label, theme_label
from desktop.store.records import THEMES
from desktop.text.countries import country_label, reading_order, words_language
from desktop.text.language import marked, tr
from desktop.ui.browse.case_view import CaseView
from desktop.ui.case.attachments_list import AttachmentsList
from desktop.ui.case.case_parts import ComponentsEditor, LanguageBox
from desktop.ui.kit.accessible import describe_list
from desktop.ui.kit.forms import Field, FieldSet
from desktop.ui.kit.rows_table import Buttons, Column, RowsTable


@cache
def country_choices(language: str) -> list[tuple[str, str]]:
    """(code, name shown) for each country Qt knows, in `language` and its own, sorted in `language`."""
    choices: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if territory == QLocale.Country.AnyTerritory or len(code) != 2 or code in choices:
            continue
        name = country_label(code, language)
        locales = QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, territory)
        native = locales[0].nativeTerritoryName() if locales else ""
        choices[code] = f"{name} — {native}" if native and native != name else name
    order = reading_order(language)
    return sorted(choices.items(), key=lambda item: order(item[1]))


def _number(text: str) -> float | str | None:
    """A typed coordinate: a number, nothing, or the text itself so validation can name it."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text


def _year(text: str) -> int | str | None:
    text = text.strip()
    if not text:
        return None
    return int(text) if text.isdigit() else text


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class CaseForm(QObject):
    """Lays out a case's fields on the pages of `tabs`; `fields` holds each by its name."""

    def __init__(self, tabs: QTabWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.fields = FieldSet(self)
        self._build_about()
        self._build_story()
        self._build_place()
        self._build_parts()
        self._build_files()
        self._build_body()

    def _page(self, title: str) -> QFormLayout:
        page = QWidget()
        self.tabs.addTab(page, title)
        return QFormLayout(page)

    def _row(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        changed: Any,
    ) -> None:
        """A labelled field on the current page, with its problem shown right under it."""
        page = self.tabs.count() - 1
        self.fields.add_row(form, key, label, widget, get=get, put=put, changed=changed, tab=page)

    def _line(self, form: QFormLayout, key: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self._row(form, key, label, edit, edit.text, lambda v: edit.setText(v or ""), edit.textChanged)
        return edit

    def _text(self, form: QFormLayout, key: str, label: str, *, as_lines: bool = False) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        if as_lines:
            edit.setPlaceholderText(self.tr("One per line"))
            self._row(
                form,
                key,
                label,
                edit,
                lambda: _lines(edit.toPlainText()),
                lambda v: edit.setPlainText("\n".join(v or [])),
                edit.textChanged,
            )
        else:
            self._row(
                form,
                key,
                label,
                edit,
                edit.toPlainText,
                lambda v: edit.setPlainText(v or ""),
                edit.textChanged,
            )
        return edit

    def _combo(self, form: QFormLayout, key: str, label: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for value, shown in choices:
            combo.addItem(shown, value)
        self._row(
            form,
            key,
            label,
            combo,
            combo.currentData,
            lambda v: combo.setCurrentIndex(max(0, combo.findData(v))),
            combo.currentIndexChanged,
        )
        return combo

    def _checklist(
        self, form: QFormLayout, key: str, label: str, choices: list[tuple[Any, str]]
    ) -> QListWidget:
        checklist = QListWidget()
        describe_list(checklist, checkable=True)
        for value, shown in choices:
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            checklist.addItem(item)

        loaded: list[Any] = []

        def checked() -> list[Any]:
            """The ticked values, those the case already had first in their order, so an
            untouched list saves unchanged."""
            items = (checklist.item(i) for i in range(checklist.count()))
            ticked = [
                i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
            ]
            return [v for v in loaded if v in ticked] + [v for v in ticked if v not in loaded]

        def check(values: list[Any] | None) -> None:
            loaded[:] = list(values or [])
            for i in range(checklist.count()):
                item = checklist.item(i)
                chosen = item.data(Qt.ItemDataRole.UserRole) in loaded
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

        self._row(form, key, label, checklist, checked, check, checklist.itemChanged)
        return checklist

    def _label(self, name: str) -> str:
        """A field's label as the form shows it, with its keyboard shortcut where it has one."""
        field = case_field(name)
        if field.editor_label:
            return QCoreApplication.translate("CaseEditor", field.editor_label)
        return marked(field.label)

    def _help(self, name: str) -> str:
        """A field's hint, shown in its empty box."""
        field = case_field(name)
        return QCoreApplication.translate("CaseEditor", field.help) if field.help else ""

    def _choices(self, name: str) -> list[tuple[str, str]]:
        """A choice field's values and how each reads."""
        named = region_label if name == "region" else choice_label
        return [(value, named(value)) for value in case_field(name).choices]

    def _more(self, form: QFormLayout, tab: str) -> None:
        """The registry's plain text fields on this tab that the form does not lay out itself."""
        for field in fields_where(tab=tab):
            if field.plain and field.name not in self.fields.fields:
                if field.kind == LINE:
                    self._line(form, field.name, self._label(field.name), self._help(field.name))
                else:
                    self._text(form, field.name, self._label(field.name))

    def _build_about(self) -> None:
        form = self._page(self.tr("&About"))
        self.title_edit = self._line(form, "title", self._label("title"))
        self._line(form, "local_title", self._label("local_title"), self._help("local_title"))
        self._text(form, "summary", self._label("summary"))
        unknown = ("", self.tr("Unknown"))  # what a case brought in from a sheet that did not say has
        for name in ("stage", "year_started", "level_of_government"):
            if name == "year_started":
                self._row_number(form, name, self._label(name), "2013")
            else:
                self._combo(form, name, self._label(name), [unknown, *self._choices(name)])
        languages = LanguageBox(words_language())
        changed = languages.currentIndexChanged
        self._row(
            form, "language", self._label("language"), languages, languages.code, languages.set_code, changed
        )
        self._combo(form, "curation", self._label("curation"), self._choices("curation"))
        self._more(form, ABOUT)

    def _build_story(self) -> None:
        form = self._page(self.tr("&Story"))
        for name in ("problem", "approach", "results", "costs", "lessons"):
            self._text(form, name, self._label(name))
        self._text(form, "partners", self._label("partners"), as_lines=True)
        self._more(form, STORY)

    def _build_place(self) -> None:
        form = self._page(self.tr("&Place and tags"))
        self._line(form, "city", self._label("city"))
        countries = country_choices(words_language())
        choose_country = ("", self.tr("(choose a country)"))
        self._combo(form, "country", self._label("country"), [choose_country, *countries])
        choose_region = ("", self.tr("(choose a region)"))
        self._combo(form, "region", self._label("region"), [choose_region, *self._choices("region")])
        self._row_number(form, "latitude", self._label("latitude"), "37.57")
        self._row_number(form, "longitude", self._label("longitude"), "126.98")
        self._checklist(form, "themes", self._label("themes"), [(t, theme_label(t)) for t in THEMES])
        self._checklist(
            form,
            "sdgs",
            self._label("sdgs"),
            [(n, self.tr("SDG {number}").format(number=n)) for n in range(1, 18)],
        )
        self._more(form, PLACE)

    def _row_number(self, form: QFormLayout, key: str, label: str, placeholder: str) -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        parse = _year if key == "year_started" else _number
        self._row(
            form,
            key,
            label,
            edit,
            lambda: parse(edit.text()),
            lambda v: edit.setText("" if v is None else str(v)),
            edit.textChanged,
        )

    def _build_parts(self) -> None:
        page = QWidget()
        self.tabs.addTab(page, self.tr("Co&mponents"))
        self.components = ComponentsEditor()
        components_error = self.fields.error_label("components")
        column = QVBoxLayout(page)
        column.addWidget(components_error)
        column.addWidget(self.components)
        self.fields.add(
            "components",
            Field(
                self.components.values,
                self.components.set_values,
                self.components.list,
                components_error,
                self.tabs.count() - 1,
            ),
            self.components.changed,
        )

        form = self._page(self.tr("So&urces and contacts"))
        self.sources = self._rows(
            [
                ("title", self.tr("Title")),
                ("url", self.tr("Web address")),
                ("citation", self.tr("Citation")),
                ("date", self.tr("Date")),
                ("reliability", self.tr("Reliability note")),
            ],
            self.tr("source"),
            with_ids=True,
        )
        self._row(
            form,
            "sources",
            self.tr("Sources"),
            self.sources,
            self.sources.rows,
            self.sources.set_rows,
            self.sources.changed,
        )
        self._text(form, "disputed", self.tr("Facts the sources &disagree on"), as_lines=True)
        self.contacts = self._rows(
            [("name", self.tr("Name")), ("role", self.tr("Role")), ("organisation", self.tr("Organisation"))],
            self.tr("contact"),
            with_ids=False,
        )
        self._row(
            form,
            "contacts",
            self.tr("Contacts"),
            self.contacts,
            self.contacts.rows,
            self.contacts.set_rows,
            self.contacts.changed,
        )

    @staticmethod
    def _rows(columns: list[tuple[str, str]], what: str, *, with_ids: bool) -> RowsTable:
        """A table of small records (sources, contacts): Add, Remove, Move up and Move down below it."""
        buttons = Buttons(
            tr("Add"),
            tr("Remove"),
            tr("Add {what}").format(what=what),
            tr("Remove {what}").format(what=what),
            movable=True,
            what=what,
        )
        columns_shown = [Column(key, title) for key, title in columns]
        return RowsTable(what, columns_shown, buttons, with_ids=with_ids, fit=False, edit_new=True)

    def _build_files(self) -> None:
        page = QWidget()
        self.tabs.addTab(page, self.tr("&Files"))
        self.attachments = AttachmentsList()
        QVBoxLayout(page).addWidget(self.attachments)
        self.fields.add(
            "attachments",
            Field(
                self.attachments.values,
                self.attachments.set_values,
                self.attachments.list,
                self.attachments.message,
                self.tabs.count() - 1,
            ),
            self.attachments.changed,
        )

    def _build_body(self) -> None:
        page = QWidget()
        self.tabs.addTab(page, self.tr("&Body"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)  # Tab leaves the body; Markdown needs no tab characters
        self.body.setPlaceholderText(self.tr("The full write-up, in Markdown"))
        self.preview = CaseView()
        self.preview.setAccessibleName(self.tr("Body preview"))
        splitter = QSplitter()
        splitter.addWidget(self.body)
        splitter.addWidget(self.preview)
        error = self.fields.error_label("body")
        column = QVBoxLayout(page)
        column.addWidget(splitter)
        column.addWidget(error)
        self.body.setAccessibleName(self.tr("Body"))
        self.fields.add(
            "body",
            Field(
                self.body.toPlainText,
                lambda v: self.body.setPlainText(v or ""),
                self.body,
                error,
                self.tabs.count() - 1,
            ),
            self.body.textChanged,
        )
