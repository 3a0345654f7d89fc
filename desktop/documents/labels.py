"""Words the exporters add to a document themselves (page numbers), translated."""

from __future__ import annotations

import re

from desktop.language import tr

PAGE = "{page}"
PAGES = "{pages}"


def page_label_template() -> str:
    """The footer's page label with `{page}` and `{pages}` placeholders."""
    return tr("Page {page} of {pages}")


def page_label_parts() -> list[str]:
    """The page label cut into plain text and the `{page}` / `{pages}` placeholders, in order."""
    return [part for part in re.split(r"(\{page\}|\{pages\})", page_label_template()) if part]


def page_label(page: int, pages: int) -> str:
    """The footer's page label for one page."""
    return page_label_template().format(page=page, pages=pages)
