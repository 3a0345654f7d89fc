"""The plan window's Publish as Case: a scaling plan's adapted practice becomes a case of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from desktop.catalogue.validation import shown_message
from desktop.store.records import Case
from desktop.text.language import tr

if TYPE_CHECKING:
    from desktop.ui.plans.plan_window import PlanWindow


def add_publish_button(window: PlanWindow) -> QPushButton:
    """Add Publish as Case to the plan window's buttons; it works once the plan is saved."""
    button = QPushButton(tr("P&ublish as Case…"))
    button.setToolTip(
        tr(
            "Once the plan has reached scaling: make its adapted practice a case, linked to the one it adapts"
        )
    )
    button.clicked.connect(lambda: window._when_saved(lambda: publish(window)))
    window.toolbar_row.addWidget(button)
    return button


def publish(window: PlanWindow) -> None:
    """Publish the saved plan's practice as a case, on the worker, and say what became of it."""
    from desktop.plans.service import Planning
    from desktop.plans.variants import publish_variant

    catalogue, plan_id = window.catalogue, str(window.plan["id"])

    def done(case: Case) -> None:
        window.status.setText(
            tr("Published as the case “{title}”, adapted from the case this plan adapts.").format(
                title=case.title
            )
        )
        window.published.emit(case.id)

    def failed(error: Exception) -> None:
        detail = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
        window.status.setText(shown_message(detail))

    opened = catalogue()
    if opened is not None:
        window.tasks.run(lambda: publish_variant(Planning(opened), plan_id), done, failed)
