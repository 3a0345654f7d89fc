"""Names of catalogue values (themes) as people read them, without loading any renderer."""

from __future__ import annotations

from desktop.language import tr


def theme_label(theme: str) -> str:
    """A theme of the catalogue as people read it, in their language."""
    labels = {
        "transport": tr("Transport"),
        "participation": tr("Participation"),
        "digital-government": tr("Digital government"),
        "data": tr("Data"),
        "climate": tr("Climate"),
        "environment": tr("Environment"),
        "waste": tr("Waste"),
        "water": tr("Water"),
        "health": tr("Health"),
        "housing": tr("Housing"),
        "public-space": tr("Public space"),
        "urban-planning": tr("Urban planning"),
        "economy": tr("Economy"),
        "inclusion": tr("Inclusion"),
        "safety": tr("Safety"),
        "transparency": tr("Transparency"),
        "education": tr("Education"),
        "energy": tr("Energy"),
        "sharing": tr("Sharing"),
        "service-delivery": tr("Service delivery"),
    }
    return labels.get(theme, theme.replace("-", " ").capitalize())
