"""The case page's tabs: the case as it reads, its history, and its family drawn as a graph.

A tab loads (on the worker) only when it is looked at, and again when another case comes onto the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.text.language import tr
from desktop.ui.case.history_pane import CaseHistoryPane, SyncAccess
from desktop.ui.case.lineage_graph import LineageGraph
from desktop.ui.case.lineage_layout import CASE, GraphLayout, lay_out
from desktop.ui.kit.plain_text import PlainLabel

if TYPE_CHECKING:
    from desktop.ui.browse.case_view import CaseView
    from desktop.ui.tasks import CatalogueAccess, TaskRunner


class LineagePane(QWidget):
    """The Lineage tab: the case's family from its original down, drawn; a node opens its case or plan."""

    case_requested = Signal(str)
    plan_requested = Signal(str)

    def __init__(self, tasks: TaskRunner, access: CatalogueAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.access = tasks, access
        self._serial = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.graph = LineageGraph()
        self.graph.case_requested.connect(self.case_requested)
        self.graph.plan_requested.connect(self.plan_requested)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.graph)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.graph.node_chosen.connect(self._reveal)
        layout.addWidget(self.scroller, 1)
        self.show_case(None)

    def show_case(self, case_id: str | None) -> None:
        """Draw this case's family (read on the worker), or say there is no case to show."""
        self._serial += 1
        serial = self._serial
        catalogue = self.access()
        if case_id is None or catalogue is None:
            self.graph.show_layout(GraphLayout())
            self.message.setText(tr("Choose a case to see where it was adapted."))
            return

        def read() -> GraphLayout:
            from desktop.plans.variants import lineage_graph

            return lay_out(lineage_graph(catalogue, case_id), case_id)

        self.message.setText(tr("Reading the lineage…"))
        self.tasks.run(read, lambda layout: self._drawn(serial, layout))

    def _drawn(self, serial: int, layout: GraphLayout) -> None:
        if serial != self._serial:
            return  # another case came onto the page meanwhile
        self.graph.show_layout(layout)
        if layout.nodes:
            # Once the scroll area has made room for the graph: the case on the page in view.
            chosen = self.graph.node_rect(self.graph.chosen).toRect()
            QTimer.singleShot(0, self, lambda: self._reveal(chosen))
        cases = sum(1 for node in layout.nodes if node.kind == CASE)
        plans = len(layout.nodes) - cases
        if plans == 0 and cases == 1:
            self.message.setText(tr("No plan adapts this case yet, and no case was adapted from it."))
            return
        self.message.setText(
            tr(
                "From the original on the left: {cases} case(s) and {plans} plan(s) adapting them. A dashed "
                "arrow leads from a plan to the case it published. Click a case or plan, or choose one with "
                "the arrow keys and press Enter, to open it."
            ).format(cases=cases, plans=plans)
        )

    def _reveal(self, rect: QRect) -> None:
        # Margins of half the node and a little more: the whole node shows, not just its middle.
        self.scroller.ensureVisible(
            rect.center().x(), rect.center().y(), rect.width() // 2 + 12, rect.height() // 2 + 12
        )


class CaseTabs(QTabWidget):
    """Case | History | Lineage beside the results; `shown()` gives the (id, title) of the case on the
    page, or None."""

    def __init__(self, view: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Case page"))
        self.setDocumentMode(True)
        self.view = view
        self.addTab(view, tr("Case"))
        self.history: CaseHistoryPane | None = None
        self.lineage: LineagePane | None = None
        self._shown: Callable[[], tuple[str, str] | None] = lambda: None
        self._read_for: dict[QWidget, str | None] = {}  # each tab → the case it last read

    def start(
        self,
        tasks: TaskRunner,
        access: CatalogueAccess,
        sync: SyncAccess,
        shown: Callable[[], tuple[str, str] | None],
    ) -> None:
        """Add the History and Lineage tabs, which read through these."""
        self._shown = shown
        self.history = CaseHistoryPane(tasks, sync)
        self.lineage = LineagePane(tasks, access)
        self.addTab(self.history, tr("History"))
        self.addTab(self.lineage, tr("Lineage"))
        self.currentChanged.connect(lambda _index: self._read_current())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as the case page can be: the History tab's buttons must not widen the pane."""
        return QSize(self.view.minimumSizeHint().width(), super().minimumSizeHint().height())

    def show_history(self) -> None:
        """Bring the History tab forward (Ctrl+H)."""
        if self.history is not None:
            self.setCurrentWidget(self.history)

    def show_lineage(self) -> None:
        """Bring the Lineage tab forward."""
        if self.lineage is not None:
            self.setCurrentWidget(self.lineage)

    def case_changed(self) -> None:
        """The page shows another case (or the same one anew): the tab in front reads it now, the
        others when they are looked at."""
        self._read_for.clear()
        self._read_current()

    def _read_current(self) -> None:
        pane, shown = self.currentWidget(), self._shown()
        case_id = shown[0] if shown else None
        if pane not in (self.history, self.lineage) or self._read_for.get(pane, "") == case_id:
            return
        self._read_for[pane] = case_id
        if isinstance(pane, CaseHistoryPane):
            pane.show_case(case_id, shown[1] if shown else "")
        elif isinstance(pane, LineagePane):
            pane.show_case(case_id)
