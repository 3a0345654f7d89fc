"""What the window's worker does first: the first cases straight from the file, then the catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.search.types import first_page
from desktop.store.peek import first_cases
from desktop.text.countries import country_name
from desktop.ui.browse.search_control import PAGE_SIZE

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue, ResultPage


def peek_first_page(data_dir: Path) -> ResultPage | None:
    """The first cases by title, read from the file before the catalogue's libraries load."""
    found = first_cases(data_dir / "catalogue.db", PAGE_SIZE)
    return first_page(*found, PAGE_SIZE, country_name) if found else None


def open_catalogue(data_dir: Path) -> tuple[Catalogue, ResultPage]:
    """The catalogue, opened, and its first cases by title from SQLite (the search engine loads next)."""
    # Imported here, on the worker: loading the catalogue's libraries must not delay the window.
    from desktop.catalogue.service import Catalogue

    catalogue = Catalogue.open(data_dir, check_index=False)
    # A large import or a missing index is indexed on a thread of its own: searching goes on.
    catalogue.background_index = True
    return catalogue, catalogue.browse(PAGE_SIZE)
