"""Case pages as safe HTML: Markdown rendered, then sanitized so nothing can reach out."""

from __future__ import annotations

import html
from collections.abc import Sequence

import markdown
import nh3
from markdown.extensions.toc import TocExtension, slugify_unicode

from desktop.countries import country_name
from desktop.links import ATTACHMENT_SCHEME, CASE_SCHEME
from desktop.store.records import Case

_LINK_PREFIXES = ("https://", "http://", "mailto:", "#", f"{CASE_SCHEME}:")
_IMAGE_PREFIX = f"{ATTACHMENT_SCHEME}:"


def _keep_safe_urls(tag: str, attribute: str, value: str) -> str | None:
    """Links may go to the web (opened only when clicked) or within the app; images only to
    the catalogue's own attachments. Everything else, `file:` and UNC paths included, is dropped."""
    if attribute == "href":
        return value if value.startswith(_LINK_PREFIXES) else None
    if attribute == "src":
        return value if tag == "img" and value.startswith(_IMAGE_PREFIX) else None
    return value


def markdown_to_safe_html(text: str) -> str:
    """Untrusted Markdown to HTML that cannot run script or load anything from outside."""
    rendered = markdown.markdown(
        text,
        extensions=[
            "tables",
            "fenced_code",
            "sane_lists",
            "footnotes",
            TocExtension(slugify=slugify_unicode),
        ],
    )
    return nh3.clean(
        rendered,
        url_schemes={"http", "https", "mailto", ATTACHMENT_SCHEME, CASE_SCHEME},
        attribute_filter=_keep_safe_urls,
        url_relative="deny",
    )


def _section(title: str, body: str) -> str:
    if not body.strip():
        return ""
    return f"<h2>{html.escape(title)}</h2>\n{markdown_to_safe_html(body)}"


def _components_table(case: Case) -> str:
    if not case.components:
        return ""
    rows = []
    for component in case.components:
        needs = "<br>".join(
            f"<i>{html.escape(p.kind)}</i>: {html.escape(p.text)}" for p in component.preconditions
        )
        rows.append(
            "<tr>"
            f"<td><b>{html.escape(component.name)}</b><br>{html.escape(component.description)}</td>"
            f"<td>{html.escape(component.mechanism)}</td>"
            f"<td>{needs}</td>"
            f"<td>{html.escape(component.role)}</td>"
            "</tr>"
        )
    return (
        "<h2>Components</h2><table class='components' border='1' cellspacing='0' cellpadding='4'>"
        "<tr><th>Component</th><th>How it works</th><th>Needs</th><th>Core or adaptable</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _sources_list(case: Case) -> str:
    items = []
    for source in case.sources:
        title = html.escape(source.title)
        if source.url.startswith(("https://", "http://")):
            title = f"<a href='{html.escape(source.url, quote=True)}'>{title}</a>"
        extra = " · ".join(html.escape(x) for x in (source.citation, source.date) if x)
        note = f"<br><i>{html.escape(source.reliability)}</i>" if source.reliability else ""
        items.append(f"<li>{title}{' · ' + extra if extra else ''}{note}</li>")
    return f"<h2>Sources</h2><ol>{''.join(items)}</ol>" if items else ""


def case_html(case: Case, related: Sequence[tuple[str, str]] = ()) -> str:
    """The whole case page; `related` is (id, title) of cases like this one."""
    local = f"<p class='local'>{html.escape(case.local_title)}</p>" if case.local_title else ""
    place = ", ".join(x for x in (case.city, country_name(case.country)) if x)
    facts = " · ".join(
        html.escape(x)
        for x in (
            place,
            f"since {case.year_started}" if case.year_started else "",
            case.stage,
            case.level_of_government,
            case.curation,
        )
        if x
    )
    themes = ", ".join(case.themes)
    sdgs = ", ".join(str(s) for s in case.sdgs)
    disputed = ""
    if case.disputed:
        items = "".join(f"<li>{html.escape(d)}</li>" for d in case.disputed)
        disputed = f"<h2>Sources disagree</h2><ul class='disputed'>{items}</ul>"
    partners = ", ".join(case.partners)
    like = ""
    if related:
        links = "".join(
            f"<li><a href='{CASE_SCHEME}:{html.escape(cid)}'>{html.escape(title)}</a></li>"
            for cid, title in related
        )
        like = f"<h2>Cases like this</h2><ul>{links}</ul>"
    return "\n".join(
        [
            f"<h1>{html.escape(case.title)}</h1>",
            local,
            f"<p class='facts'>{facts}</p>",
            f"<p class='tags'>Themes: {html.escape(themes)} · SDGs: {html.escape(sdgs)}</p>",
            _section("Summary", case.summary),
            _section("Problem", case.problem),
            _section("Approach", case.approach),
            _section("Results", case.results),
            _section("Costs", case.costs),
            _section("Partners", partners),
            _section("Lessons", case.lessons),
            markdown_to_safe_html(case.body),
            _components_table(case),
            disputed,
            _sources_list(case),
            like,
        ]
    )
