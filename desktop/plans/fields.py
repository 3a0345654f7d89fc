"""Every field of a city profile, described once: its checks, the profile form, the comparison of
the source and target cities in a plan (window and documents) and the conflict list read it here.

The profile's `governance_level` is the target city's counterpart of a case's
`level_of_government`; its name is kept because every stored and exchanged edit of a profile is
signed over its field names.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

LINE, TEXT, NUMBER, LIST, CHOICE = "line", "text", "number", "list", "choice"
BUDGET_BANDS = ("very low", "low", "medium", "high", "very high")


@dataclass(frozen=True)
class ProfileField:
    """One field of a city profile. `label` names it in comparisons and documents and
    `form_label` in the profile form (with its keyboard shortcut), `help` is the hint in its empty
    box; all three are translated in the context "". `compared` fields are set side by side with
    the source case's city in a plan, filled for the source from the case field `from_case`."""

    name: str
    kind: str
    label: str
    form_label: str
    help: str = ""
    compared: bool = True
    required: bool = False
    choices: tuple[str, ...] = ()
    from_case: str = ""


PROFILE_FIELDS: tuple[ProfileField, ...] = (
    ProfileField("name", LINE, QT_TRANSLATE_NOOP("", "Name"), QT_TRANSLATE_NOOP("", "&Name"),
                 QT_TRANSLATE_NOOP("", "City or district, e.g. Da Nang"), compared=False, required=True),
    ProfileField("country", LINE, QT_TRANSLATE_NOOP("", "Country code"),
                 QT_TRANSLATE_NOOP("", "&Country code"), QT_TRANSLATE_NOOP("", "ISO code, e.g. VN"),
                 compared=False),
    ProfileField("population", NUMBER, QT_TRANSLATE_NOOP("", "Population"),
                 QT_TRANSLATE_NOOP("", "&Population"), QT_TRANSLATE_NOOP("", "a whole number")),
    ProfileField("density", NUMBER, QT_TRANSLATE_NOOP("", "Density (people per km²)"),
                 QT_TRANSLATE_NOOP("", "&Density (people per km²)"), QT_TRANSLATE_NOOP("", "a whole number")),
    ProfileField("governance_level", LINE, QT_TRANSLATE_NOOP("", "Level of government"),
                 QT_TRANSLATE_NOOP("", "&Level of government"),
                 QT_TRANSLATE_NOOP("", "e.g. municipal, provincial"), from_case="level_of_government"),
    ProfileField("powers", TEXT, QT_TRANSLATE_NOOP("", "Powers"), QT_TRANSLATE_NOOP("", "Po&wers"),
                 QT_TRANSLATE_NOOP("", "What the city may decide, fund and regulate")),
    ProfileField("budget_band", CHOICE, QT_TRANSLATE_NOOP("", "Budget band"),
                 QT_TRANSLATE_NOOP("", "&Budget band"), choices=BUDGET_BANDS),
    ProfileField("digital_readiness", LINE, QT_TRANSLATE_NOOP("", "Digital readiness"),
                 QT_TRANSLATE_NOOP("", "Di&gital readiness")),
    ProfileField("data_readiness", LINE, QT_TRANSLATE_NOOP("", "Data readiness"),
                 QT_TRANSLATE_NOOP("", "Data &readiness")),
    ProfileField("connectivity", LINE, QT_TRANSLATE_NOOP("", "Connectivity"),
                 QT_TRANSLATE_NOOP("", "Conn&ectivity")),
    ProfileField("climate", LINE, QT_TRANSLATE_NOOP("", "Climate"), QT_TRANSLATE_NOOP("", "Cli&mate")),
    ProfileField("languages", LIST, QT_TRANSLATE_NOOP("", "Languages"), QT_TRANSLATE_NOOP("", "Lang&uages"),
                 QT_TRANSLATE_NOOP("", "separated by commas, e.g. vi, en"), from_case="language"),
    ProfileField("legal_constraints", TEXT, QT_TRANSLATE_NOOP("", "Legal constraints"),
                 QT_TRANSLATE_NOOP("", "Legal cons&traints")),
    ProfileField("partners", LIST, QT_TRANSLATE_NOOP("", "Partners available"),
                 QT_TRANSLATE_NOOP("", "Partners a&vailable"), QT_TRANSLATE_NOOP("", "separated by commas"),
                 from_case="partners"),
    ProfileField("notes", TEXT, QT_TRANSLATE_NOOP("", "Notes"), QT_TRANSLATE_NOOP("", "N&otes"),
                 compared=False),
)


def profile_field(name: str) -> ProfileField:
    """The profile field of that name."""
    return next(f for f in PROFILE_FIELDS if f.name == name)


def compared_fields() -> tuple[ProfileField, ...]:
    """The fields a plan compares between the source case's city and the target city, in order."""
    return tuple(f for f in PROFILE_FIELDS if f.compared)


def names_of(kind: str) -> tuple[str, ...]:
    """The names of the profile's fields of one kind, in order."""
    return tuple(f.name for f in PROFILE_FIELDS if f.kind == kind)
