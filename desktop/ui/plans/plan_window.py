"""The adaptation-plan window: sections on the left, one page at a time, saved as the team types."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.validation import ValidationError
from desktop.plans.model import flagged_risks, unjudged_core_needs
from desktop.plans.service import IndicatorSeries, PlanDeletedError, Planning
from desktop.text.countries import country_label, words_language
from desktop.text.language import tr
from desktop.text.outside_text import visible_controls
from desktop.ui.i18n import error_text
from desktop.ui.kit.accessible import describe_list
from desktop.ui.kit.document_actions import (
    ask_export_target,
    confirm_fonts,
    export_on_worker,
    print_with_dialog,
    when_fonts_allow,
)
from desktop.ui.kit.forms import ask_choice
from desktop.ui.kit.plain_text import PlainLabel
from desktop.ui.plans.fit_section import FitSection
from desktop.ui.plans.monitoring import MonitoringSection, ProgressDialog
from desktop.ui.plans.plan_bundle import PlanBundle, adopting, save_or_keep_draft
from desktop.ui.plans.plan_fields import problem_text
from desktop.ui.plans.plan_sections import IntentSection, RisksSection, plan_sections
from desktop.ui.plans.publish import add_publish_button
from desktop.ui.plans.section import Section
from desktop.ui.settings import settings
from desktop.ui.tasks import CatalogueAccess, TaskRunner

if TYPE_CHECKING:
    from desktop.store.records import Case

AUTOSAVE_MS = 1200
ROW_PATH = re.compile(r"^(\w+)\[(\d+)\]")


class PlanWindow(QMainWindow):
    """One plan, every section a page; changes are saved a moment after the typing stops."""

    saved = Signal(dict)
    published = Signal(str)  # the id of the case a scaling plan published (ui/plans/publish.py)

    def __init__(self, bundle: PlanBundle, tasks: TaskRunner, catalogue: CatalogueAccess) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tasks = tasks
        self.catalogue = catalogue
        self.plan = bundle.plan
        self.ask_fonts: Callable[[list[str]], bool] = lambda scripts: confirm_fonts(self, scripts)
        # Given (id, title) of every case, the id of the one chosen as the source, or None.
        self.ask_case: Callable[[list[tuple[str, str]]], str | None] = lambda cases: ask_choice(
            self, tr("Source case"), tr("The case this plan adapts:"), cases
        )
        self.problems: dict[str, str] = {}
        self.save_count = 0
        self.deleted = False  # deleted elsewhere (a sync, a resolved conflict): nothing is saved into it
        self._dirty = False  # the form holds a change the catalogue does not have yet
        self.confirm_discard: Callable[[], bool] = self._ask_to_discard
        self._pending = 0
        self._after_save: list[Callable[[], None]] = []
        self.progress_dialog: ProgressDialog | None = None
        self.sections: list[Section] = plan_sections()
        self.intent = next(s for s in self.sections if isinstance(s, IntentSection))
        self.fit = next(s for s in self.sections if isinstance(s, FitSection))
        self.risks = next(s for s in self.sections if isinstance(s, RisksSection))
        self.monitoring = MonitoringSection()
        self.monitoring.add_requested.connect(self.add_progress)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._build()
        self.intent.choose_source.clicked.connect(self.choose_source_case)
        origin = (bundle.case_title, bundle.origin, bundle.target)
        self.intent.show_origin(*origin, case_deleted=bundle.case_deleted)
        self.fit.show_earlier(bundle.earlier)
        self._load(bundle.plan)
        self.monitoring.show_progress(bundle.progress, bundle.series)
        if bundle.draft is not None:
            saved_at, values = bundle.draft
            self._load({**bundle.plan, **values})
            self._dirty = True
            self.status.setText(
                tr(
                    "Restored changes not yet saved (kept {time}); they are saved once the marked "
                    "fields are fixed."
                ).format(time=saved_at)
            )
            self.save_now()
        self._restore_geometry()

    # Building

    def _build(self) -> None:
        self.section_list = QListWidget()
        describe_list(self.section_list)
        self.section_list.setAccessibleName(tr("Plan sections"))
        self.pages = QStackedWidget()
        for page in [*self.sections, self.monitoring]:
            self.section_list.addItem(page.title)
            scroll = QScrollArea()
            scroll.setAccessibleName(page.title)
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            self.pages.addWidget(scroll)
        for section in self.sections:
            section.changed.connect(self._changed)
            section.layout_.addStretch(1)
        self.section_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.section_list.setCurrentRow(0)
        self.section_list.setMaximumWidth(240)
        splitter = QSplitter()
        splitter.addWidget(self.section_list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.status = PlainLabel()
        self.status.setAccessibleName(tr("Save status"))
        self.status.setWordWrap(True)
        self.toolbar_row = QHBoxLayout()
        self.toolbar_row.addWidget(self.status, 1)
        self.export_button = QPushButton(tr("&Export…"))
        self.export_button.setToolTip(tr("Write the plan as a Word, OpenDocument, PDF, web or Markdown file"))
        self.export_button.clicked.connect(self.choose_export)
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.clicked.connect(self.print_plan)
        self.toolbar_row.addWidget(self.export_button)
        self.toolbar_row.addWidget(self.print_button)
        self.publish_button = add_publish_button(self)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self._deleted_banner())
        layout.addWidget(splitter, 1)
        layout.addLayout(self.toolbar_row)
        self.setCentralWidget(central)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.go_to_section(self.current_section() + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.go_to_section(self.current_section() - 1))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_now)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

    def _deleted_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.hide()
        self.banner_text = PlainLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(tr("Plan deleted"))
        self.keep_button = QPushButton(tr("&Keep as a new plan"))
        self.keep_button.setToolTip(tr("Save what this window holds as a new plan, with a new id"))
        self.keep_button.clicked.connect(self.keep_as_new_plan)
        close = QPushButton(tr("C&lose"))
        close.clicked.connect(self.close)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.keep_button)
        row.addWidget(close)
        return self.banner

    def current_section(self) -> int:
        """The index of the section shown."""
        return self.section_list.currentRow()

    def go_to_section(self, index: int) -> None:
        """Show a section (wrapping round) and put the keyboard in its first field."""
        count = self.section_list.count()
        self.section_list.setCurrentRow(index % count)
        page = self.pages.currentWidget()
        page.widget().focusNextChild()

    def _restore_geometry(self) -> None:
        stored = settings("PlanWindow").value("geometry")
        if stored is None or not self.restoreGeometry(stored):
            self.resize(1100, 760)

    # The source case

    def choose_source_case(self) -> None:
        """Give a plan started from scratch the case it adapts, chosen from the catalogue."""
        catalogue = self.catalogue()
        if catalogue is None:
            return
        self.tasks.run(
            lambda: [(case.id, f"{case.title} ({case.city})") for case in catalogue.all_cases()],
            self._source_offered,
        )

    def _source_offered(self, cases: list[tuple[str, str]]) -> None:
        chosen = self.ask_case(sorted(cases, key=lambda case: case[1].casefold()))
        catalogue = self.catalogue()
        if chosen and catalogue is not None:
            self.tasks.run(lambda: catalogue.get(chosen), self._adopt_source)

    def _adopt_source(self, case: Case) -> None:
        """The plan now adapts `case`: an empty fit check and comparison take what the case says."""
        plan = adopting(self.values(), case)
        self.plan = plan
        self._load(plan)
        origin = ", ".join(x for x in (case.city, country_label(case.country, words_language())) if x)
        self.intent.show_origin(case.title, origin, self.intent.target.text(), case_deleted=False)
        self._changed()

    # Loading and collecting

    def _load(self, plan: dict[str, Any]) -> None:
        for section in self.sections:
            section.load(plan)
        self._show_title()
        self._show_flagged()

    def values(self) -> dict[str, Any]:
        """The plan as the form holds it now."""
        plan = dict(self.plan)
        for section in self.sections:
            section.collect(plan)
        return plan

    def _show_title(self) -> None:
        title = self.intent.fields.widgets["title"].text().strip() or tr("Untitled plan")
        self.setWindowTitle(tr("{title} - Adaptation plan").format(title=visible_controls(title)))

    def _show_flagged(self) -> None:
        fit: dict[str, Any] = {}
        self.fit.collect(fit)
        risks = flagged_risks(fit)
        self.fit.show_flagged(risks, unjudged_core_needs(fit))
        self.risks.show_flagged(risks)

    # Saving

    def _changed(self) -> None:
        # Flagged risks follow the fit check at once; the save waits for a pause in the typing.
        self._show_flagged()
        self._show_title()
        self._dirty = True
        if self.deleted:
            return  # never saved into a deleted plan; the banner offers to keep it as a new one
        self.status.setText(tr("Editing…"))
        self._timer.start()

    def save_now(self) -> None:
        """Save the form on the worker now (the autosave calls this a moment after the last change)."""
        self._timer.stop()
        catalogue = self.catalogue()
        if catalogue is None or self.deleted:
            return
        values = self.values()
        self._pending += 1
        self.tasks.run(lambda: save_or_keep_draft(catalogue, values), self._save_done, self._save_failed)

    def has_unsaved_changes(self) -> bool:
        """True while a change waits for its save."""
        return self._timer.isActive() or self._pending > 0

    def _save_done(self, result: dict[str, Any] | ValidationError) -> None:
        self._pending -= 1
        if isinstance(result, ValidationError):
            self.status.setText(
                tr("Not saved: {field}: {message} Your changes are kept until this is fixed.").format(
                    **self._first_problem(result)
                )
            )
        else:
            self.plan = result
            self.save_count += 1
            self.show_problems({})
            self.status.setText(tr("Saved {time}").format(time=datetime.now().strftime("%H:%M")))
            self.saved.emit(result)
            self._dirty = self.has_unsaved_changes()
        if not self.has_unsaved_changes():
            callbacks, self._after_save = self._after_save, []
            for callback in callbacks:
                callback()

    def _save_failed(self, error: Exception) -> None:
        self._pending -= 1
        if isinstance(error, PlanDeletedError):
            self.plan_deleted()
        else:
            self.status.setText(tr("Not saved: {reason}").format(reason=error_text(error)))

    def _first_problem(self, error: ValidationError) -> dict[str, str]:
        """Mark every problem beside its field; the first one's field and message, as read."""
        self.show_problems({p.field: p.message for p in error.problems})
        first = error.problems[0]
        return {"field": self.field_name(first.field), "message": problem_text(first.message)}

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem beside its field and count them in the section list."""
        self.problems = problems
        for n, section in enumerate(self.sections):
            section.show_problems(problems)
            count = section.problem_count(problems)
            item = self.section_list.item(n)
            label = tr("{section} ({count} to fix)").format(section=section.title, count=count)
            item.setText(label if count else section.title)
            item.setForeground(Qt.GlobalColor.darkRed if count else self.palette().text().color())

    def field_name(self, path: str) -> str:
        """A problem's field as a person reads it: "Title", "Indicators, row 2"."""
        for section in self.sections:
            widget = section.fields.widgets.get(path)
            if widget is not None:
                return widget.accessibleName()
        match = ROW_PATH.match(path)
        if match:
            key, row = match.group(1), int(match.group(2)) + 1
            if key == "fit":
                return tr("Fit check, component {row}").format(row=row)
            for section in self.sections:
                if key in section.tables:
                    table = section.tables[key].table.accessibleName()
                    return tr("{table}, row {row}").format(table=table, row=row)
        return path

    # Documents

    def _when_saved(self, then: Callable[[], None]) -> None:
        if self.has_unsaved_changes():
            self._after_save.append(then)
            self.save_now()
        else:
            then()

    def choose_export(self) -> None:
        """Ask for a file and format, then write the plan as saved."""
        title = self.intent.fields.widgets["title"].text()
        target = ask_export_target(self, tr("Export plan"), title)
        if target is not None:
            self._when_saved(lambda: self.export(*target))

    def export(self, path: Path, fmt: str, done: Callable[[Path], None] | None = None) -> None:
        """Write the saved plan to `path` as `fmt` on the worker, saying where it went."""
        from desktop.plans.document import export_plan, stored_plan_document

        catalogue = self.catalogue()
        if catalogue is None:
            return
        plan_id = self.plan["id"]

        when_fonts_allow(
            self,
            self.tasks,
            fmt,
            lambda: stored_plan_document(Planning(catalogue), plan_id),
            lambda: export_on_worker(
                self.tasks, self.status, lambda: export_plan(Planning(catalogue), plan_id, fmt, path), done
            ),
            self.ask_fonts,
            lambda: self.status.setText(tr("Not exported: fonts missing")),
        )

    def print_plan(self) -> None:
        """Build the plan's document on the worker, then ask for a printer."""
        from desktop.plans.document import stored_plan_document

        catalogue = self.catalogue()
        if catalogue is None:
            return
        plan_id = self.plan["id"]
        self._when_saved(
            lambda: self.tasks.run(
                lambda: stored_plan_document(Planning(catalogue), plan_id),
                lambda document: print_with_dialog(self, document),
            )
        )

    # Monitoring

    def add_progress(self) -> None:
        """Open the progress entry form once the plan's latest indicators are saved."""
        self._when_saved(self._open_progress_form)

    def _open_progress_form(self) -> None:
        stage = self.monitoring.latest_stage()
        self.progress_dialog = ProgressDialog(self.plan, self.tasks, self.catalogue, stage, self)
        self.progress_dialog.accepted.connect(self.refresh_progress)
        self.progress_dialog.open()

    def refresh_progress(self) -> None:
        """Reload the timeline and charts from the catalogue."""
        catalogue = self.catalogue()
        if catalogue is None:
            return
        plan_id = self.plan["id"]

        def load() -> tuple[list[dict[str, Any]], list[IndicatorSeries]]:
            planning = Planning(catalogue)
            return planning.progress(plan_id), planning.indicator_series(plan_id)

        self.tasks.run(load, lambda loaded: self.monitoring.show_progress(*loaded))

    # Deleted elsewhere

    def plan_deleted(self) -> None:
        """The plan was deleted by a sync or a resolved conflict: stop saving, say so, offer a copy."""
        if self.deleted:
            return
        self.deleted = True
        self._timer.stop()
        self._after_save.clear()
        self._enable_stored_actions(False)
        note = tr(
            "This plan was deleted on another device (it came with a sync) or by a resolved conflict, "
            "so nothing here is saved any more."
        )
        if self._dirty:
            note += " " + tr(
                "Your changes not yet saved are still here: keep them as a new plan, or they are lost "
                "when you close this window."
            )
        else:
            note += " " + tr("Keep it as a new plan, or close this window.")
        self.banner_text.setText(note)
        self.banner.show()
        self.status.setText(tr("Not saved: this plan was deleted"))

    def _enable_stored_actions(self, enabled: bool) -> None:
        # Export, print and progress entries work on the stored plan, which a deletion took away.
        for button in (self.export_button, self.print_button, self.monitoring.add_button):
            button.setEnabled(enabled)

    def keep_as_new_plan(self) -> None:
        """Save what the window holds as a new plan (a new id), which the window then edits."""
        catalogue = self.catalogue()
        if catalogue is None or not self.deleted:
            return
        values = self.values()
        self.keep_button.setEnabled(False)
        self.tasks.run(lambda: Planning(catalogue).keep_deleted_plan(values), self._kept, self._not_kept)

    def _kept(self, plan: dict[str, Any]) -> None:
        self.plan = plan
        self.deleted = self._dirty = False
        self.banner.hide()
        self.keep_button.setEnabled(True)
        self._enable_stored_actions(True)
        self.show_problems({})
        saved_at = datetime.now().strftime("%H:%M")
        self.status.setText(tr("Kept as a new plan, saved {time}").format(time=saved_at))
        self.refresh_progress()  # the progress entries went with the deleted plan
        self.saved.emit(plan)

    def _not_kept(self, error: Exception) -> None:
        self.keep_button.setEnabled(True)
        if isinstance(error, ValidationError):
            message = tr("Not kept: {field}: {message} Correct it, then keep the plan again.")
            self.status.setText(message.format(**self._first_problem(error)))
        else:
            self.status.setText(tr("Not kept: {reason}").format(reason=error_text(error)))

    def _ask_to_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Plan deleted"),
            tr("This plan was deleted elsewhere. Close the window and lose the changes it holds?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # Closing

    def close_without_saving(self) -> None:
        """Close, dropping a change that waits for its save: the plan is being deleted."""
        self._timer.stop()
        self._dirty = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Save what is waiting (never into a deleted plan, asked first) and remember where the window was."""
        if self.deleted and self._dirty and not self.confirm_discard():
            event.ignore()
            return
        if self._timer.isActive():
            self.save_now()
        settings("PlanWindow").setValue("geometry", self.saveGeometry())
        super().closeEvent(event)
