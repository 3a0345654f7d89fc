"""The words of plans and city profiles as a person reads them, for the plan window and plan documents."""

from __future__ import annotations

from desktop.catalogue.labels import choice_label
from desktop.plans.fields import compared_fields
from desktop.store.records import PRECONDITION_KINDS
from desktop.text.language import marked, tr


def vocabulary_labels() -> dict[str, str]:
    """Every stored vocabulary value of plans and profiles (states, decisions, stages...), as read."""
    # Each word spelt out as a literal tr() call, so that the translation tools find it.
    return {
        "draft": tr("Draft"),
        "under review": tr("Under review"),
        "approved": tr("Approved"),
        "prototyping": tr("Prototyping"),
        "scaling": tr("Scaling"),
        "closed": tr("Closed"),
        "copy": tr("Copy: reproduce it as it is"),
        "emulate": tr("Emulate: keep the core, change the rest"),
        "mix": tr("Mix: combine it with other practices"),
        "inspire": tr("Inspire: take the idea only"),
        "met": tr("Met"),
        "partly": tr("Partly met"),
        "not met": tr("Not met"),
        "unknown": tr("Unknown"),
        "keep": tr("Keep"),
        "adapt": tr("Adapt"),
        "replace": tr("Replace"),
        "drop": tr("Drop"),
        "low": tr("Low"),
        "medium": tr("Medium"),
        "high": tr("High"),
        "very low": tr("Very low"),
        "very high": tr("Very high"),
        "vertical": tr("Vertical: into policy, law or budget"),
        "horizontal": tr("Horizontal: to more districts or cities"),
        "diversification": tr("Diversification: to other services"),
        "learn": tr("Learn"),
        "exchange": tr("Exchange"),
        "prototype": tr("Prototype"),
        "scale": tr("Scale"),
        "planned": tr("Planned"),
        "reactive": tr("Reactive"),
        "private": tr("Private: never leaves this device"),
        "organisation": tr("Organisation: travels whole in bundles"),
        "outcomes": tr(
            "Outcomes only: decisions, state and readings travel; no notes, stakeholders or budgets"
        ),
        "core": tr("Core"),
        "adaptable": tr("Adaptable"),
        # Kinds of precondition, worded as the case page words them.
        **{kind: choice_label(kind) for kind in PRECONDITION_KINDS},
    }


def value_label(value: str) -> str:
    """A vocabulary value as shown, in the window's language or a document's; unknown values as they are."""
    return vocabulary_labels().get(value, value)


def dimension_labels() -> dict[str, str]:
    """The dimensions two cities are compared on, as a person reads them."""
    return {field.name: marked(field.label) for field in compared_fields()}
