"""Who issues this catalogue's documents: organisation, office and logo, kept in the catalogue file."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.documents.model import Issuer
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import meta
from desktop.store.errors import CatalogueError

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

_KEYS = {"organisation": "issuer.organisation", "office": "issuer.office", "logo": "issuer.logo"}
MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_NAME_LENGTH = 200
# The image formats every document format can hold, by their first bytes.
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def load_issuer(catalogue: Catalogue) -> Issuer:
    """The issuer set for this catalogue; empty fields when none is set."""
    rows = meta.get_many(catalogue.db, list(_KEYS.values()))
    logo = rows.get(_KEYS["logo"]) or ""
    return Issuer(
        organisation=rows.get(_KEYS["organisation"]) or "",
        office=rows.get(_KEYS["office"]) or "",
        logo=base64.b64decode(logo) if logo else b"",
    )


def read_logo(path: Path) -> bytes:
    """A PNG or JPEG logo's bytes; CatalogueError saying why when the file cannot be one."""
    try:
        content = Path(path).read_bytes()
    except OSError as error:
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{path} cannot be read ({reason})."),
                path=path,
                reason=error.strerror or error,
            )
        ) from None
    if len(content) > MAX_LOGO_BYTES:
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation", "{path} is larger than 2 MB; choose a smaller PNG or JPEG logo."
                ),
                path=path,
            )
        )
    if not content.startswith(_IMAGE_SIGNATURES):
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation", "{path} is not a PNG or JPEG image; choose a PNG or JPEG logo."
                ),
                path=path,
            )
        )
    return content


# What a name too long for the title page is told as, by the name.
_TOO_LONG = {
    "organisation": QT_TRANSLATE_NOOP(
        "Validation", "The organisation is longer than {limit} characters; shorten it."
    ),
    "office": QT_TRANSLATE_NOOP("Validation", "The office is longer than {limit} characters; shorten it."),
}


def _checked_name(value: str, what: str) -> str:
    """A name for the title page, on one line; CatalogueError when too long."""
    value = " ".join(value.split())
    if len(value) > MAX_NAME_LENGTH:
        raise CatalogueError(message(_TOO_LONG[what], limit=MAX_NAME_LENGTH))
    return value


def save_issuer(catalogue: Catalogue, issuer: Issuer) -> Issuer:
    """Keep the issuer for this catalogue's documents (checked first: a bad value changes nothing)."""
    checked = Issuer(
        organisation=_checked_name(issuer.organisation, "organisation"),
        office=_checked_name(issuer.office, "office"),
        logo=issuer.logo,
    )
    if checked.logo and (
        len(checked.logo) > MAX_LOGO_BYTES or not checked.logo.startswith(_IMAGE_SIGNATURES)
    ):
        raise CatalogueError(
            message(QT_TRANSLATE_NOOP("Validation", "The logo must be a PNG or JPEG image of at most 2 MB."))
        )
    values = {
        _KEYS["organisation"]: checked.organisation,
        _KEYS["office"]: checked.office,
        _KEYS["logo"]: base64.b64encode(checked.logo).decode("ascii"),
    }
    with catalogue.db.atomic():
        meta.put(catalogue.db, values)
    return checked
