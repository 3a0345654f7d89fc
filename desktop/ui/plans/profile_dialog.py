"""City profiles: the settings practices are adapted to, made once and reused across plans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.validation import ValidationError
from desktop.plans.fields import CHOICE, PROFILE_FIELDS, TEXT, ProfileField
from desktop.plans.model import PROFILE_LISTS
from desktop.plans.service import Planning, ProfileInUseError
from desktop.text.language import marked, tr
from desktop.ui.i18n import error_text
from desktop.ui.kit.accessible import describe_list
from desktop.ui.kit.forms import ErrorLabel, line_edit, text_box
from desktop.ui.kit.plain_text import as_html
from desktop.ui.plans.plan_fields import ChoiceBox, FieldSet
from desktop.ui.tasks import CatalogueAccess, TaskRunner


def profile_fields() -> list[tuple[str, str, QWidget]]:
    """Each field of the profile form: stored key, label, editor."""
    return [(field.name, marked(field.form_label), _editor(field)) for field in PROFILE_FIELDS]


def _editor(field: ProfileField) -> QWidget:
    """The box a profile field is typed or chosen in: a list or number is typed on one line."""
    hint = marked(field.help) if field.help else ""
    if field.kind == CHOICE:
        return ChoiceBox(field.choices)
    if field.kind == TEXT:
        return text_box(hint, lines=2)
    return line_edit(hint)


def as_form(profile: dict[str, Any]) -> dict[str, Any]:
    """A stored profile with its lists as comma-separated text, as the form shows them."""
    return {k: ", ".join(v) if k in PROFILE_LISTS and isinstance(v, list) else v for k, v in profile.items()}


class ProfilesDialog(QDialog):
    """The list of city profiles with a form to create or edit one; optionally picks one for a plan."""

    def __init__(
        self,
        tasks: TaskRunner,
        catalogue: CatalogueAccess,
        choose: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Choose the city to adapt to") if choose else tr("City profiles"))
        self.tasks = tasks
        self.catalogue = catalogue
        self.chosen_id: str | None = None
        self.current: dict[str, Any] = {}
        self.profiles: list[dict[str, Any]] = []
        self.list = QListWidget()
        describe_list(self.list)
        self.list.setAccessibleName(tr("City profiles"))
        self.list.currentItemChanged.connect(self._picked)
        self.list.itemSelectionChanged.connect(self._enable_delete)
        new = QPushButton(tr("&New profile"))
        new.clicked.connect(self.new_profile)
        self.delete_button = QPushButton(tr("Delete prof&ile…"))
        self.delete_button.clicked.connect(self.delete_chosen)
        self.delete_button.setEnabled(False)
        # The Delete key acts on the list only, so it never takes a profile from a field being typed in.
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_chosen)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.confirm_delete: Callable[[str], bool] = self._ask_to_delete
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("Profiles")))
        left.addWidget(self.list)
        profile_buttons = QHBoxLayout()
        profile_buttons.addWidget(new)
        profile_buttons.addWidget(self.delete_button)
        left.addLayout(profile_buttons)
        self.fields = FieldSet(self)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for key, label, widget in profile_fields():
            self.fields.add_row(form, key, label, widget)
        scroll = QScrollArea()
        scroll.setAccessibleName(tr("City profile"))
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        self.status = ErrorLabel()
        self.save_button = QPushButton(tr("&Save profile"))
        self.save_button.clicked.connect(lambda: self.save())
        buttons = QDialogButtonBox()
        if choose:
            self.use_button = buttons.addButton(tr("&Use this city"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.use_button.clicked.connect(lambda: self.save(then_choose=True))
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(scroll)
        right.addWidget(self.status)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        right.addLayout(save_row)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.resize(820, 620)
        self.new_profile()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Fetch the profiles on the worker and list them."""
        catalogue = self.catalogue()
        if catalogue is not None:
            self.tasks.run(lambda: Planning(catalogue).profiles(), lambda rows: self._listed(rows, select))

    def _listed(self, profiles: list[dict[str, Any]], select: str | None) -> None:
        self.profiles = profiles
        self.list.blockSignals(True)
        self.list.clear()
        for profile in profiles:
            place = f"{profile['name']} ({profile['country']})" if profile.get("country") else profile["name"]
            item = QListWidgetItem(place)
            item.setData(Qt.ItemDataRole.UserRole, profile["id"])
            self.list.addItem(item)
            if profile["id"] == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._enable_delete()

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        chosen = item.data(Qt.ItemDataRole.UserRole)
        profile = next((p for p in self.profiles if p["id"] == chosen), None)
        if profile is not None:
            self.show_profile(profile)

    def show_profile(self, profile: dict[str, Any]) -> None:
        """Put a profile in the form."""
        self.current = dict(profile)
        self.fields.load(as_form(profile))
        self.fields.show_problems({})
        self.status.show_message("")

    def new_profile(self) -> None:
        """Clear the form for a new profile."""
        self.list.clearSelection()
        self.show_profile({})
        self.fields.widgets["name"].setFocus()

    def values(self) -> dict[str, Any]:
        """The profile as typed, keeping its id when it is an existing one."""
        values = dict(self.current)
        self.fields.collect(values)
        return values

    def save(self, then_choose: bool = False) -> None:
        """Save the profile on the worker; problems are shown beside their fields and nothing is lost."""
        values = self.values()
        catalogue = self.catalogue()
        if catalogue is None:
            return
        self.tasks.run(
            lambda: Planning(catalogue).save_profile(values),
            lambda saved: self._saved(saved, then_choose),
            self._refused,
        )

    def _saved(self, profile: dict[str, Any], then_choose: bool) -> None:
        self.show_profile(profile)
        self.status.show_message("")
        if then_choose:
            self.chosen_id = profile["id"]
            self.accept()
            return
        self.reload(select=profile["id"])

    def _refused(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self.fields.show_problems({p.field: p.message for p in error.problems})
            self.status.show_message(tr("Not saved: correct the fields marked in red."))
        else:
            self.status.show_message(error_text(error))

    # Deleting

    def chosen_profile(self) -> dict[str, Any] | None:
        """The profile selected in the list, if any."""
        selected = self.list.selectedItems()
        chosen = selected[0].data(Qt.ItemDataRole.UserRole) if selected else None
        return next((p for p in self.profiles if p["id"] == chosen), None)

    def _enable_delete(self) -> None:
        self.delete_button.setEnabled(self.chosen_profile() is not None)

    def delete_chosen(self) -> None:
        """Ask, then delete the selected profile on the worker; refused while plans adapt to it."""
        profile, catalogue = self.chosen_profile(), self.catalogue()
        if profile is None or catalogue is None or not self.confirm_delete(profile["name"]):
            return
        self.tasks.run(
            lambda: Planning(catalogue).delete_profile(profile["id"]),
            lambda _none: self._deleted(),
            lambda error: self._not_deleted(profile["id"], error),
        )

    def _ask_to_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Delete city profile"),
            as_html(tr("Delete the city profile “{name}”? This cannot be undone.").format(name=name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _deleted(self) -> None:
        self.new_profile()
        self.reload()

    def _not_deleted(self, profile_id: str, error: Exception) -> None:
        if isinstance(error, ProfileInUseError):
            titles = ", ".join(f"“{title}”" for _id, title in error.plans)
            message = tr(
                "Not deleted: {city} is the target city of %n plan(s): {titles}. "
                "Delete the plan(s) first, then this profile.",
                "",
                len(error.plans),
            ).format(city=error.profile_name, titles=titles)
        else:
            message = error_text(error)
        self.status.show_message(message)
        self.reload(select=profile_id)  # it may have gone meanwhile (a sync); else it stays chosen
