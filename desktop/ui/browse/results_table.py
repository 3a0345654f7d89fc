"""The results table: one row per case, columns as wide as their words, sorted by its headers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.store.records import STAGES
from desktop.text.language import tr
from desktop.ui.browse.facets_pane import value_label
from desktop.ui.browse.results_model import ResultsTableModel, column_title


def results_table(model: ResultsTableModel) -> QTableView:
    """A table of the results: rows selected whole, several at once to compare, fixed row heights."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(tr("Results"))
    table.setAccessibleDescription(
        tr("Enter opens the case. Shift or Ctrl with the arrows selects more cases, to compare them.")
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # Several rows can be selected (Ctrl or Shift) to compare them; the current row is the case shown.
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    # Fixed row heights: the view never measures rows, so ten thousand scroll as fast as fifty.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # The title takes the room left over; the short columns are as wide as their words.
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(table.fontMetrics().horizontalAdvance("0000") + 12)
    for column, width in enumerate(_column_widths(table)):
        if column:
            header.resizeSection(column, width)
    return table


def _column_widths(table: QTableView) -> list[int]:
    """Each column's width: its header (with the sort arrow) or its widest usual value, if wider."""
    metrics = table.fontMetrics()
    samples = {
        "title": "",
        "city": "Ahmedabad",
        "country": "South Korea",
        "year": "2013",
        "stage": max((value_label("stage", s) for s in STAGES), key=metrics.horizontalAdvance),
        "relevance": "100%",
    }
    arrow = 28  # room for the sort indicator and the cell's margins
    return [
        max(metrics.horizontalAdvance(column_title(name)) + arrow, metrics.horizontalAdvance(sample) + 16)
        for name, sample in samples.items()
    ]
