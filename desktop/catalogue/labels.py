"""Names of catalogue values (themes, stages, roles...) as people read them, without loading any renderer."""

from __future__ import annotations

from desktop.text.language import tr


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


def region_label(region: str) -> str:
    """A world region of the catalogue as people read it, in their language."""
    labels = {
        "East Asia": tr("East Asia"),
        "South-East Asia": tr("South-East Asia"),
        "South Asia": tr("South Asia"),
        "Central Asia": tr("Central Asia"),
        "West Asia": tr("West Asia"),
        "Pacific": tr("Pacific"),
        "Africa": tr("Africa"),
        "Europe": tr("Europe"),
        "Latin America and the Caribbean": tr("Latin America and the Caribbean"),
        "North America": tr("North America"),
    }
    return labels.get(region, region)


def choice_label(value: str) -> str:
    """A stage, curation state, component role, kind of precondition or member role as people read it."""
    labels = {
        "idea": tr("idea"),
        "pilot": tr("pilot"),
        "implemented": tr("implemented"),
        "scaled": tr("scaled"),
        "discontinued": tr("discontinued"),
        "draft": tr("draft"),
        "reviewed": tr("reviewed"),
        "verified": tr("verified"),
        "core": tr("core"),
        "adaptable": tr("adaptable"),
        "data": tr("data"),
        "law": tr("law"),
        "budget": tr("budget"),
        "skills": tr("skills"),
        "infrastructure": tr("infrastructure"),
        "partners": tr("partners"),
        "district": tr("district"),
        "city": tr("city"),
        "metropolitan": tr("metropolitan"),
        "state": tr("state or province"),
        "national": tr("national"),
        "member": tr("member"),
        "curator": tr("curator"),
    }
    return labels.get(value, value)
