"""Errors the store reports to people: each names the file and what to do."""


class CatalogueError(Exception):
    """A problem with the catalogue that a person can act on; the message says how."""


class NotACatalogueError(CatalogueError):
    """The file is not an SQLite catalogue."""


class NewerCatalogueError(CatalogueError):
    """The catalogue was written by a newer version of the app."""


class RecordNotFoundError(CatalogueError):
    """No record has the id asked for."""


class CancelledError(CatalogueError):
    """Long work stopped at a person's request; nothing was changed."""
