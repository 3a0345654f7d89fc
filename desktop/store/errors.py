"""Errors the store reports to people: each names the file and what to do."""

from desktop.errors import QT_TRANSLATE_NOOP, LeapsError, message


class CatalogueError(LeapsError):
    """A problem with the catalogue that a person can act on; the message says how."""

    code = "catalogue"


class NotACatalogueError(CatalogueError):
    """The file is not an SQLite catalogue."""

    code = "not-a-catalogue"


class NewerCatalogueError(CatalogueError):
    """The catalogue was written by a newer version of the app."""

    code = "newer-catalogue"


class RecordNotFoundError(CatalogueError):
    """No record has the id asked for."""

    code = "not-found"


class CancelledError(CatalogueError):
    """Long work stopped at a person's request; nothing was changed."""

    code = "cancelled"


def case_not_found(case_id: str) -> RecordNotFoundError:
    """The error for a case id that names no case (deleted meanwhile, or mistyped)."""
    return RecordNotFoundError(
        message(QT_TRANSLATE_NOOP("Validation", "No case has the id {id}."), id=case_id)
    )
