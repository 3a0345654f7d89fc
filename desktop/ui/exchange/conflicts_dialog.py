"""Open conflicts between this catalogue and bundles, each shown side by side and settled one by one."""

from __future__ import annotations

import difflib
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.sheets.fields import field_labels
from desktop.store.replica import iso_time
from desktop.sync.translation_conflicts import NOT_TRANSLATED, OUT_OF_DATE, UP_TO_DATE
from desktop.text.countries import language_label
from desktop.text.language import tr
from desktop.text.outside_text import visible_controls
from desktop.ui.i18n import current_language
from desktop.ui.kit.accessible import describe_list

if TYPE_CHECKING:
    from desktop.sync.service import Conflict
    from desktop.sync.translation_conflicts import TranslatedField


DIFF_STYLE = (
    "td { font-family: monospace; } .diff_add { background: #d4f7d4; color: #000000; } "
    ".diff_chg { background: #fff2b3; color: #000000; } .diff_sub { background: #f7d4d4; color: #000000; }"
)


def _version_label(conflict: Conflict, stamp: str) -> str:
    """When a version was made and by whom (the author whose signature was checked)."""
    return tr("{time} · by {author}").format(time=iso_time(stamp), author=conflict.author(stamp))


def field_title(record_type: str, field: str) -> str:
    """A conflicting field's name as the person reads it, where the app has a label for it."""
    if record_type == "cases" and field in (labels := field_labels()):
        return QCoreApplication.translate("SheetFields", labels[field])
    if record_type == "city_profiles":
        from desktop.plans.labels import dimension_labels

        return dimension_labels().get(field, field)
    return field


def translated_title(translated: TranslatedField) -> str:
    """Which translated field a conflict is about: "Korean translation: Title"."""
    field = field_title("cases", translated.field) if translated.record_type == "cases" else translated.label
    language = language_label(translated.language, current_language())
    return tr("{language} translation: {field}").format(language=language, field=field)


def translated_version_label(conflict: Conflict, stamp: str) -> str:
    """A translated version's state, translator, time and device: "Out of date · translated by Min · …"."""
    from desktop.catalogue.translation_words import machine_label

    assert conflict.translated is not None
    version = conflict.translated.versions[stamp]
    states = {
        UP_TO_DATE: tr("Up to date"),
        OUT_OF_DATE: tr("Out of date: the original changed after this was translated"),
        NOT_TRANSLATED: tr("Not translated"),
    }
    notes = [states.get(version.state, version.state)]
    notes += [machine_label(version.machine)] if version.machine else []
    notes += [tr("translated by {name}").format(name=version.by)] if version.by else []
    return " · ".join([*notes, _version_label(conflict, stamp)])


def diff_html(shown: str, other: str) -> str:
    """A side-by-side diff of two text versions, line by line."""
    table = difflib.HtmlDiff(wrapcolumn=60).make_table(
        shown.splitlines() or [""], other.splitlines() or [""], tr("Shown"), tr("Other version")
    )
    return f"<style>{DIFF_STYLE}</style>{table}"


class ConflictsDialog(QDialog):
    """Every open conflict, its versions side by side, and the choice to settle it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1000, 600)
        self.conflicts: list[Conflict] = []
        self.on_resolve: Any = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        splitter = QSplitter()
        self.listing = QListWidget()
        describe_list(self.listing)
        self.listing.setAccessibleName(self.tr("Open conflicts"))
        self.listing.currentRowChanged.connect(self._show)
        splitter.addWidget(self.listing)
        right = QWidget()
        column = QVBoxLayout(right)
        self.diff = QTextBrowser()
        self.diff.setOpenLinks(False)
        self.diff.setAccessibleName(self.tr("Versions side by side"))
        column.addWidget(self.diff)
        self.merge_edit = QPlainTextEdit()
        self.merge_edit.setAccessibleName(self.tr("Merged text"))
        self.merge_edit.setPlaceholderText(self.tr("Write a merge of both versions here, then Save merge"))
        self.merge_edit.setMaximumHeight(140)
        column.addWidget(self.merge_edit)
        row = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.save_merge = QPushButton(self.tr("Save me&rge"))
        for button, keep in (
            (self.keep_mine, "mine"),
            (self.keep_theirs, "theirs"),
            (self.save_merge, "merge"),
        ):
            button.clicked.connect(lambda _checked=False, k=keep: self._resolve(k))
            row.addWidget(button)
        column.addLayout(row)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        # With nothing to settle, a sentence saying so rather than an empty editor and grey buttons.
        self.nothing = QLabel(
            self.tr(
                "No conflicts to settle. When a bundle or the sync folder brings edits made to the same "
                "field on two devices, or a deletion on one and an edit on another, they wait here for "
                "you to choose."
            )
        )
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setAccessibleName(self.tr("No open conflicts"))
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.nothing)
        layout.addWidget(self.pages)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        """Show a fresh list of open conflicts."""
        self.conflicts = conflicts
        self.listing.clear()
        for conflict in conflicts:
            if conflict.kind == "delete":
                what = self.tr("deleted on one device, edited on another")
            elif conflict.translated is not None:
                what = translated_title(conflict.translated)
            else:
                what = field_title(conflict.record_type, conflict.field)
            item = QListWidgetItem(visible_controls(f"{conflict.title or conflict.record_id} — {what}"))
            self.listing.addItem(item)
        self.summary.setText(
            self.tr("%n open conflict(s)", "", len(conflicts)) if conflicts else self.tr("No open conflicts.")
        )
        has_any = bool(conflicts)
        self.pages.setCurrentWidget(self.pages.widget(0) if has_any else self.nothing)
        for button in (self.keep_mine, self.keep_theirs, self.save_merge):
            button.setEnabled(has_any)
        if has_any:
            self.listing.setCurrentRow(0)
        else:
            self.diff.clear()
            self.merge_edit.clear()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        if conflict.kind == "delete":
            self.diff.setHtml(
                f"<p>{html.escape(self._deletion_text(conflict.record_type))}</p>"
                f"<p>{html.escape(_version_label(conflict, conflict.shown[1]))}</p>"
            )
            self.merge_edit.setEnabled(False)
            self.save_merge.setEnabled(False)
            return
        if conflict.translated is not None:
            self._show_translation(conflict)
            return
        shown, other = conflict.shown, conflict.others[-1]
        versions = self.tr("shown: {shown} · other: {other}").format(
            shown=_version_label(conflict, shown[1]), other=_version_label(conflict, other[1])
        )
        field = field_title(conflict.record_type, conflict.field)
        header = f"<p><b>{html.escape(field)}</b> · {html.escape(versions)}</p>"
        self.diff.setHtml(header + diff_html(str(shown[0] or ""), str(other[0] or "")))
        text_field = isinstance(shown[0], str) and not str(shown[0]).startswith(("[", "{"))
        self.merge_edit.setEnabled(text_field)
        self.save_merge.setEnabled(text_field)
        self.merge_edit.setPlainText(str(shown[0] or "") if text_field else "")

    def _show_translation(self, conflict: Conflict) -> None:
        """A translated field's versions as their texts, each with its state and translator."""
        translated = conflict.translated
        assert translated is not None
        shown, other = conflict.shown[1], conflict.others[-1][1]
        lines = "".join(
            f"<p>{html.escape(heading)}: {html.escape(translated_version_label(conflict, stamp))}</p>"
            for heading, stamp in ((self.tr("Shown"), shown), (self.tr("Other version"), other))
        )
        title = f"<p><b>{html.escape(translated_title(translated))}</b></p>"
        texts = translated.versions[shown].text, translated.versions[other].text
        self.diff.setHtml(title + lines + diff_html(*texts))
        self.merge_edit.setEnabled(True)
        self.save_merge.setEnabled(True)
        self.merge_edit.setPlainText(texts[0])

    def _deletion_text(self, record_type: str) -> str:
        """What was deleted while edited elsewhere, named as the person knows it."""
        if record_type == "plans":
            return self.tr(
                "This plan was deleted on one device while it was edited on another. "
                "Keep the deletion, or keep the plan with its edits."
            )
        if record_type == "city_profiles":
            return self.tr(
                "This city profile was deleted on one device while it was edited on another. "
                "Keep the deletion, or keep the profile with its edits."
            )
        if record_type == "progress_entries":
            return self.tr(
                "This progress entry was deleted on one device while it was edited on another. "
                "Keep the deletion, or keep the entry with its edits."
            )
        if record_type == "shortlists":
            return self.tr(
                "This shortlist was deleted on one device while it was edited on another. "
                "Keep the deletion, or keep the shortlist with its edits."
            )
        # A case, or one of its parts (components, sources, attachments).
        return self.tr(
            "This case was deleted on one device while it was edited on another. "
            "Keep the deletion, or keep the case with its edits."
        )

    def _resolve(self, keep: str) -> None:
        row = self.listing.currentRow()
        if self.on_resolve is None or not 0 <= row < len(self.conflicts):
            return
        merged = self.merge_edit.toPlainText() if keep == "merge" else None
        self.on_resolve(self.conflicts[row].id, keep, merged)
