"""The compare window: two or three cases side by side, field by field, differences highlighted."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.catalogue.compare import (
    MAX_CASES,
    MIN_CASES,
    Comparison,
    Item,
    Row,
    field_labels,
    load_comparison,
)
from desktop.catalogue.labels import choice_label, theme_label
from desktop.catalogue.links import CASE_SCHEME
from desktop.catalogue.render import markdown_to_safe_html
from desktop.text.outside_text import visible_controls
from desktop.ui.browse.case_view import STYLE, CaseView
from desktop.ui.i18n import error_text
from desktop.ui.kit.plain_text import PlainLabel
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

# A plain name lupdate recognises, with the context written out at each call so it can read it.
translate = QCoreApplication.translate
HEADER_FIELDS = ("title", "local_title")  # shown as the column heads, not as rows
# Facts two cases can share; a tint on them says something. Free text always differs, so is never tinted.
FACT_FIELDS = ("place", "year_started", "stage", "themes", "sdgs")
LABEL_WIDTH = 14  # per cent of the width, the rest shared by the cases
DIFFERS_COLOUR = "#fff1c7"
COMPARE_STYLE = f"""
table.compare {{ border-collapse: collapse; }}
table.compare td, table.compare th {{ vertical-align: top; padding: 6px; }}
th.case {{ font-size: 12pt; text-align: left; }}
td.label {{ font-weight: bold; }}
tr.differs td {{ background: {DIFFERS_COLOUR}; color: #1a1a1a; }}
span.tag {{ font-style: italic; }}
span.differs {{ color: #6b4c00; }}
"""


def selection_problem(count: int) -> str | None:
    """Why `count` chosen cases cannot be compared, or None if they can."""
    if MIN_CASES <= count <= MAX_CASES:
        return None
    return translate(
        "Compare",
        "Choose two or three cases to compare ({count} chosen): select them in the results "
        "with Ctrl or Shift held down.",
    ).format(count=count)


def _item_html(row: Row, item: Item) -> str:
    name = html.escape(theme_label(item.name) if row.field == "themes" else item.name)
    if item.url:
        name = f"<a href='{html.escape(item.url, quote=True)}'>{name}</a>"
    if row.field == "components" or (item.shared and row.field in ("themes", "sdgs")):
        name = f"<b>{name}</b>"
    parts = [name]
    if item.tag:
        parts[0] += f" <span class='tag'>[{html.escape(choice_label(item.tag))}]</span>"
    if item.detail:
        parts.append(html.escape(item.detail))
    if item.note:
        if row.field == "components":
            label = translate("Compare", "How it works:")
        else:
            label = translate("Compare", "Reliability:")
        parts.append(f"<i>{html.escape(label)}</i> {html.escape(item.note)}")
    return "<br>".join(parts)


def _items_cell(row: Row, items: list[Item]) -> str:
    if not items:
        return "—"
    if row.field in ("themes", "sdgs"):
        return ", ".join(_item_html(row, item) for item in items)
    return "".join(f"<p>{_item_html(row, item)}</p>" for item in items)


def _cells(row: Row) -> list[str]:
    if row.kind == "items":
        return [_items_cell(row, items) for items in row.items]
    if row.kind == "markdown":
        return [markdown_to_safe_html(text) if text.strip() else "—" for text in row.texts]
    return [html.escape(choice_label(text) if row.field == "stage" else text) or "—" for text in row.texts]


def case_width(comparison: Comparison) -> int:
    """Each case's share of the width, in per cent."""
    return (100 - LABEL_WIDTH) // len(comparison.case_ids)


def heading_html(case_id: str, title: str, local: str) -> str:
    """A case's column head: its title, a link to show it, and its local title."""
    link = f"<a href='{CASE_SCHEME}:{html.escape(case_id)}'>{html.escape(visible_controls(title))}</a>"
    return f"<b>{link}</b>" + (f"<br>{html.escape(visible_controls(local))}" if local else "")


def comparison_html(comparison: Comparison) -> str:
    """The comparison as one table: a column per case, a row per field; facts that differ tinted.

    The case titles are not in it: the window keeps them above the table, in sight while it scrolls.
    """
    labels = field_labels()
    width = case_width(comparison)
    body = []
    differs_mark = html.escape(translate("Compare", "differs"))
    for row in comparison.rows:
        if row.field in HEADER_FIELDS:
            continue
        differs = row.differs and row.field in FACT_FIELDS
        mark = f"<br><span class='differs'>≠ {differs_mark}</span>" if differs else ""
        cells = "".join(f"<td width='{width}%'>{cell}</td>" for cell in _cells(row))
        tint = " class='differs'" if differs else ""
        label = f"<td class='label' width='{LABEL_WIDTH}%'>{html.escape(labels[row.field])}{mark}</td>"
        body.append(f"<tr{tint}>{label}{cells}</tr>")
    legend = html.escape(
        translate(
            "Compare",
            "Facts where the cases differ (place, year, stage, themes, SDGs) are tinted and marked ≠. "
            "Themes and SDGs every case shares are in bold.",
        )
    )
    return (
        f"<p class='legend'>{legend}</p>"
        "<table class='compare' width='100%' border='1' cellspacing='0'>"
        f"{''.join(body)}</table>"
    )


class CompareDialog(QDialog):
    """A window showing one comparison; following a case title shows that case in the main window."""

    def __init__(
        self,
        parent: QWidget | None = None,
        show_case: Callable[[str], None] | None = None,
        tasks: TaskRunner | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.catalogue = tasks, catalogue
        self.setWindowTitle(self.tr("Compare cases"))
        self.setAccessibleName(self.tr("Compare cases"))
        self.resize(1100, 720)
        self.comparison: Comparison | None = None
        layout = QVBoxLayout(self)
        self.status = PlainLabel(self.tr("Loading the cases…"))
        self.status.setAccessibleName(self.tr("Comparison status"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # The case titles stay above the table while it scrolls, over the columns they head.
        self.heads = QHBoxLayout()
        self.heads.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.heads)
        self.head_labels: list[QLabel] = []
        self.view = CaseView()
        self.view.setAccessibleName(self.tr("Cases side by side"))
        self.view.document().setDefaultStyleSheet(STYLE + COMPARE_STYLE)
        if show_case is not None:
            self.view.case_link_clicked.connect(show_case)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(lambda: self.export())
        self.export_button.setEnabled(False)  # until the comparison has loaded
        self.export_button.setVisible(tasks is not None and catalogue is not None)
        layout.addWidget(buttons)
        self.view.setFocus()

    def show_comparison(self, comparison: Comparison) -> None:
        """Display a comparison that has been loaded."""
        self.comparison = comparison
        self.status.setText(
            self.tr(
                "%n case(s) side by side. Click a title to show that case in the main window.",
                "",
                len(comparison.case_ids),
            )
        )
        self._show_heads(comparison)
        self.view.show_page(comparison_html(comparison))
        self.export_button.setEnabled(True)

    def export(self, target: tuple[Path, str] | None = None) -> None:
        """Write the comparison as a document (asking where and in which format), on the worker."""
        from desktop.catalogue.issuer import load_issuer
        from desktop.documents.compare_document import comparison_document
        from desktop.documents.export import export_document
        from desktop.ui.kit.document_actions import ask_export_target, export_on_worker

        comparison, catalogue, tasks = self.comparison, self.catalogue, self.tasks
        if comparison is None or catalogue is None or tasks is None:
            return
        target = target or ask_export_target(self, self.tr("Export comparison"), self.tr("Comparison"))
        if target is None:
            return
        path, fmt = target

        def write() -> Path:
            return export_document(comparison_document(comparison, load_issuer(catalogue)), fmt, path)

        export_on_worker(tasks, self.status, write)

    def _show_heads(self, comparison: Comparison) -> None:
        for label in self.head_labels:
            label.deleteLater()
        self.head_labels = []
        while self.heads.count():
            self.heads.takeAt(0)
        self.heads.addStretch(LABEL_WIDTH)
        for case_id, title, local in zip(
            comparison.case_ids, comparison.titles, comparison.local_titles, strict=True
        ):
            head = QLabel(heading_html(case_id, title, local))
            head.setTextFormat(Qt.TextFormat.RichText)
            head.setWordWrap(True)
            head.setAccessibleName(self.tr("Case compared: {title}").format(title=title))
            head.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            head.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            head.linkActivated.connect(lambda link: self.view.anchorClicked.emit(QUrl(link)))
            self.heads.addWidget(head, case_width(comparison))
            self.head_labels.append(head)

    def shown_text(self) -> str:
        """Everything the window shows as text: the case titles above, then the table."""
        heads = "\n".join(label.text() for label in self.head_labels)
        return QTextDocumentFragment.fromHtml(heads).toPlainText() + "\n" + self.view.toPlainText()

    def show_error(self, error: Exception) -> None:
        """Say why the cases could not be loaded (e.g. one was deleted meanwhile)."""
        self.status.setText(
            self.tr("The cases could not be compared: {reason}").format(reason=error_text(error))
        )


def open_compare(
    parent: QWidget,
    tasks: TaskRunner,
    catalogue: Catalogue,
    case_ids: Sequence[str],
    show_case: Callable[[str], None] | None = None,
) -> CompareDialog | None:
    """Open a compare window for the chosen cases, loaded on the catalogue worker.

    The window deletes itself when closed, so a load that finishes later is dropped. With fewer
    than two or more than three distinct cases, says so and opens nothing.
    """
    ids = list(dict.fromkeys(case_ids))
    problem = selection_problem(len(ids))
    if problem is not None:
        QMessageBox.information(parent, translate("Compare", "Compare cases"), problem)
        return None
    dialog = CompareDialog(parent, show_case, tasks, catalogue)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    tasks.run(
        lambda: load_comparison(catalogue.get, ids),
        lambda comparison: isValid(dialog) and dialog.show_comparison(comparison),
        lambda error: isValid(dialog) and dialog.show_error(error),
    )
    dialog.show()
    return dialog
