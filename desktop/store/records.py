"""Plain records that cross the layers: a case and the parts it is made of."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

# A case travels in sync bundles sent by email and messaging apps whose own caps are
# often 16-25 MB; one attachment may take at most a part of that.
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
# One text field at most: a whole book fits; bundles refuse more (docs/bundle-format.md).
MAX_TEXT_CHARS = 1_000_000
STAGES = ("idea", "pilot", "implemented", "scaled", "discontinued")
CURATION_STATES = ("draft", "reviewed", "verified")
LEVELS_OF_GOVERNMENT = ("district", "city", "metropolitan", "state", "national")
COMPONENT_ROLES = ("core", "adaptable")
PRECONDITION_KINDS = ("data", "law", "budget", "skills", "infrastructure", "partners")
REGIONS = (
    "East Asia",
    "South-East Asia",
    "South Asia",
    "Central Asia",
    "West Asia",
    "Pacific",
    "Africa",
    "Europe",
    "Latin America and the Caribbean",
    "North America",
)
ASIA_PACIFIC = REGIONS[:6]
THEMES = (
    "transport",
    "participation",
    "digital-government",
    "data",
    "climate",
    "environment",
    "waste",
    "water",
    "health",
    "housing",
    "public-space",
    "urban-planning",
    "economy",
    "inclusion",
    "safety",
    "transparency",
    "education",
    "energy",
    "sharing",
    "service-delivery",
)


@dataclass
class Precondition:
    """Something a component relies on: data, law, budget, skills, infrastructure, partners."""

    kind: str
    text: str


@dataclass
class Component:
    """One part of a practice: what it is, how it works, what it needs."""

    id: str
    name: str
    description: str = ""
    mechanism: str = ""
    preconditions: list[Precondition] = field(default_factory=list)
    role: str = "core"


@dataclass
class Source:
    """Where a fact about a case comes from, and how far to trust it."""

    id: str
    title: str
    url: str = ""
    citation: str = ""
    date: str = ""
    reliability: str = ""


@dataclass
class Attachment:
    """A file attached to a case; its bytes are stored once by SHA-256."""

    id: str
    sha256: str
    filename: str
    media_type: str
    size: int
    caption: str = ""


@dataclass
class Case:
    """A documented practice of one city."""

    id: str
    title: str
    summary: str = ""
    body: str = ""
    local_title: str = ""
    problem: str = ""
    approach: str = ""
    results: str = ""
    costs: str = ""
    partners: list[str] = field(default_factory=list)
    lessons: str = ""
    city: str = ""
    country: str = ""
    region: str = ""
    latitude: float | None = None
    longitude: float | None = None
    year_started: int | None = None
    stage: str = "idea"
    themes: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    level_of_government: str = "city"
    language: str = "en"
    curation: str = "draft"
    disputed: list[str] = field(default_factory=list)
    contacts: list[dict[str, str]] = field(default_factory=list)
    # Where the case was brought in from: the library or file, its id and page there, the terms
    # it was published under and the credit it asks for.
    origin: str = ""
    external_id: str = ""
    origin_url: str = ""
    licence: str = ""
    attribution: str = ""
    components: list[Component] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    updated_at: str = ""
    # Plain text fields the field registry (desktop/catalogue/fields.py) adds beyond those above,
    # by name: stored in their own columns, read and written like the rest.
    more: dict[str, str] = field(default_factory=dict)

    def value(self, name: str) -> Any:
        """The value of a field by its name, whether typed above or added by the registry."""
        if name in _TYPED_FIELDS:
            return getattr(self, name)
        return self.more.get(name, "")

    def to_dict(self) -> dict[str, Any]:
        """The case as JSON-ready data, using the catalogue's own field names."""
        data = asdict(self)
        return {**data, **data.pop("more")}

    @classmethod
    def from_dict(cls, data: dict[str, Any], more: Iterable[str] = ()) -> Case:
        """Build a case from data already checked by `desktop.catalogue.validation`; `more` names
        the plain text fields it may hold beyond the typed ones."""
        values = {k: v for k, v in data.items() if k in _TYPED_FIELDS}
        values["more"] = {name: data[name] for name in more if name in data and name not in _TYPED_FIELDS}
        values["components"] = [
            Component(
                **{
                    **c,
                    "preconditions": [Precondition(**p) for p in c.get("preconditions", [])],
                }
            )
            for c in data.get("components", [])
        ]
        values["sources"] = [Source(**s) for s in data.get("sources", [])]
        values["attachments"] = [Attachment(**a) for a in data.get("attachments", [])]
        return cls(**values)


_TYPED_FIELDS = frozenset(f.name for f in fields(Case) if f.name != "more")
TYPED_CASE_FIELDS = _TYPED_FIELDS
PROVENANCE_FIELDS = ("origin", "external_id", "origin_url", "licence", "attribution")
# The origin of a case a plan published as its adapted practice: its external id is the id of the
# case it was adapted from, which many variants share (desktop/plans/variants.py).
ADAPTED_ORIGIN = "LEAPS adaptation"

# The choices a new case starts with until a person makes them (the Case field defaults).
NEW_CASE_CHOICES: dict[str, Any] = {
    f.name: f.default
    for f in fields(Case)
    if f.name in ("stage", "level_of_government", "language", "curation")
}
CASE_SCALAR_FIELDS = tuple(
    f.name
    for f in fields(Case)
    if f.name not in {"id", "themes", "sdgs", "components", "sources", "attachments", "updated_at", "more"}
)
