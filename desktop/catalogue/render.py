"""Case pages as safe HTML: Markdown rendered, then sanitized so nothing can reach out."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from urllib.parse import quote

import markdown
import nh3
from markdown.extensions.toc import TocExtension, slugify_unicode

from desktop.catalogue.fields import fields_where
from desktop.catalogue.labels import choice_label, theme_label
from desktop.catalogue.links import ADAPT_SCHEME, ATTACHMENT_SCHEME, CASE_SCHEME
from desktop.search.types import Likeness
from desktop.store.records import PRECONDITION_KINDS, Attachment, Case, Component
from desktop.text.countries import country_label, words_language
from desktop.text.language import marked, tr
from desktop.text.outside_text import visible_controls

_LINK_PREFIXES = ("https://", "http://", "mailto:", "#", f"{CASE_SCHEME}:")
_IMAGE_PREFIX = f"{ATTACHMENT_SCHEME}:"
IMAGE_WIDTH = 480


def size_label(size: int) -> str:
    """A file size in the unit a person expects."""
    if size >= 1024 * 1024:
        return tr("{size} MB").format(size=f"{size / (1024 * 1024):.1f}")
    if size >= 1024:
        return tr("{size} KB").format(size=f"{size / 1024:.0f}")
    return tr("{size} bytes").format(size=size)


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


def _section(title: str, body: str, note: str = "") -> str:
    if not body.strip():
        return ""
    return f"<h2>{html.escape(title)}</h2>\n{note}{markdown_to_safe_html(body)}"


def _sections(case: Case, notes: Mapping[str, str]) -> list[str]:
    """The case's prose, a section per field the registry puts on the page, lists joined; `notes`
    (HTML by field name) say which are shown in the original or drafted by a machine."""
    return [
        _section(
            marked(field.label),
            ", ".join(value) if isinstance(value, list) else value,
            notes.get(field.name, ""),
        )
        for field in fields_where(section=True)
        for value in [field.value(case)]
    ]


def _needs_by_kind(component: Component) -> str:
    """A component's preconditions grouped under their kind, in the catalogue's order of kinds."""
    groups = []
    for kind in (*PRECONDITION_KINDS, *{p.kind for p in component.preconditions} - set(PRECONDITION_KINDS)):
        texts = [html.escape(p.text) for p in component.preconditions if p.kind == kind]
        if texts:
            groups.append(f"<i>{html.escape(choice_label(kind))}</i>: {'; '.join(texts)}")
    return "<br>".join(groups)


def _heading(text: str) -> str:
    """A section heading of the case page, escaped."""
    return f"<h2>{html.escape(text)}</h2>"


def _components_table(case: Case, note: str = "") -> str:
    if not case.components:
        return ""
    rows = [
        "<tr>"
        f"<td><b>{html.escape(component.name)}</b></td>"
        f"<td>{html.escape(component.description)}</td>"
        f"<td>{html.escape(component.mechanism)}</td>"
        f"<td>{_needs_by_kind(component)}</td>"
        f"<td>{html.escape(choice_label(component.role))}</td>"
        "</tr>"
        for component in case.components
    ]
    headings = (
        tr("Component"),
        tr("What it is"),
        tr("How it works"),
        tr("Needs"),
        tr("Core or adaptable"),
    )
    header = "".join(f"<th>{html.escape(h)}</th>" for h in headings)
    return (
        _heading(tr("Components"))
        + note
        # 99%: at a full width Qt's rounding of the five columns can make the table a pixel wider
        # than the page, which then scrolls sideways.
        + "<table class='components' width='99%' border='1' cellspacing='0' cellpadding='4'>"
        f"<tr>{header}</tr>{''.join(rows)}</table>"
    )


def _sources_list(case: Case, note: str = "") -> str:
    items = []
    for source in case.sources:
        title = html.escape(source.title)
        if source.url.startswith(("https://", "http://")):
            title = f"<a href='{html.escape(source.url, quote=True)}'>{title}</a>"
        extra = " · ".join(html.escape(x) for x in (source.citation, source.date) if x)
        note = ""
        if source.reliability:
            label = html.escape(tr("Reliability: {note}").format(note=source.reliability))
            note = f"<br><i class='reliability'>{label}</i>"
        items.append(f"<li>{title}{' · ' + extra if extra else ''}{note}</li>")
    return _heading(tr("Sources")) + note + f"<ol>{''.join(items)}</ol>" if items else ""


def _provenance(case: Case) -> str:
    """Where the case was brought in from, its id and page there, and the terms it came under."""
    origin = html.escape(case.origin)
    if case.origin_url.startswith(("https://", "http://")):
        href = html.escape(case.origin_url, quote=True)
        origin = f"<a href='{href}'>{origin or html.escape(case.origin_url)}</a>"
    lines = [
        tr("From: {origin}").format(origin=origin) if origin else "",
        html.escape(tr("Its id there: {id}").format(id=case.external_id)) if case.external_id else "",
        html.escape(tr("Licence: {licence}").format(licence=case.licence)) if case.licence else "",
        html.escape(tr("Attribution: {credit}").format(credit=case.attribution)) if case.attribution else "",
    ]
    shown = [line for line in lines if line]
    if not shown:
        return ""
    return _heading(tr("Where this case comes from")) + f"<p class='provenance'>{'<br>'.join(shown)}</p>"


def attachment_href(attachment: Attachment) -> str:
    """The in-app link that opens an attachment: its digest, with its file name as the query."""
    return f"{ATTACHMENT_SCHEME}:{attachment.sha256}?name={quote(attachment.filename)}"


def _attachments(case: Case) -> str:
    """Images inline from the catalogue's blob store; other files as links that open a copy."""
    if not case.attachments:
        return ""
    parts = []
    for attachment in case.attachments:
        caption = html.escape(attachment.caption or attachment.filename)
        if attachment.media_type.startswith("image/"):
            parts.append(
                f"<p class='image'><img src='{ATTACHMENT_SCHEME}:{attachment.sha256}' "
                f"width='{IMAGE_WIDTH}' alt='{caption}'><br><i>{caption}</i></p>"
            )
        else:
            described = tr("{name} ({size})").format(
                name=attachment.filename, size=size_label(attachment.size)
            )
            href = html.escape(attachment_href(attachment), quote=True)
            link = f"<a href='{href}'>{html.escape(described)}</a>"
            note = f" · {caption}" if attachment.caption else ""
            parts.append(f"<p class='file'>{link}{note}</p>")
    return _heading(tr("Attachments")) + "".join(parts)


def _facts(case: Case) -> str:
    place = ", ".join(x for x in (case.city, country_label(case.country, words_language())) if x)
    since = tr("since {year}").format(year=case.year_started) if case.year_started else ""
    return " · ".join(
        html.escape(x)
        for x in (
            place,
            since,
            choice_label(case.stage),
            choice_label(case.level_of_government),
            choice_label(case.curation),
        )
        if x
    )


def alike_text(alike: Likeness | None) -> str:
    """Why a case is like another, in the window's words: the themes, components and words they share."""
    if alike is None:
        return ""
    reasons = []
    if alike.themes:
        themes = ", ".join(theme_label(t) for t in alike.themes)
        reasons.append(tr("same themes: {themes}").format(themes=themes))
    if alike.components:
        reasons.append(tr("a like component: {names}").format(names="; ".join(alike.components)))
    if alike.words:
        reasons.append(tr("same words: {words}").format(words=", ".join(alike.words)))
    return " · ".join(reasons)


def related_html(related: Sequence[tuple[str, ...]]) -> str:
    """The "cases like this" section of a case page: (id, title) or (id, title, why) of each case;
    empty when there are none."""
    if not related:
        return ""
    links = "".join(
        f"<li><a href='{CASE_SCHEME}:{html.escape(cid)}'>{html.escape(visible_controls(title))}</a>"
        + (f"<br><span class='why'>{html.escape(why[0])}</span>" if why and why[0] else "")
        + "</li>"
        for cid, title, *why in related
    )
    return _heading(tr("Cases like this")) + f"<ul class='related'>{links}</ul>"


def case_html(
    case: Case,
    related: Sequence[tuple[str, ...]] = (),
    notes: Mapping[str, str] | None = None,
    banner: str = "",
) -> str:
    """The whole case page; `related` is (id, title) or (id, title, why) of cases like this one.
    A page in the reader's language has a `banner` (whose translation, the switch to the original)
    and `notes` on its fields (desktop/catalogue/translated_page.py)."""
    notes = notes or {}
    # Titles show direction controls by name: a title must not read differently from what it holds.
    local = ""
    if case.local_title:
        local = f"<p class='local'>{html.escape(visible_controls(case.local_title))}</p>"
    tags = tr("Themes: {themes} · SDGs: {sdgs}").format(
        themes=", ".join(theme_label(t) for t in case.themes), sdgs=", ".join(str(s) for s in case.sdgs)
    )
    adapt_label = html.escape(tr("Adapt this practice to your city…"))
    adapt = f"<p class='adapt'><a href='{ADAPT_SCHEME}:{html.escape(case.id)}'>{adapt_label}</a></p>"
    disputed = ""
    if case.disputed:
        items = "".join(f"<li>{html.escape(d)}</li>" for d in case.disputed)
        disputed = _heading(tr("Sources disagree")) + f"<ul class='disputed'>{items}</ul>"
    like = related_html(related)
    return "\n".join(
        [
            # Nothing between the title and what follows it but tags: a newline would end the title
            # with a space.
            f"<h1>{html.escape(visible_controls(case.title))}</h1>{banner}{notes.get('title', '')}",
            local,
            f"<p class='facts'>{_facts(case)}</p>",
            f"<p class='tags'>{html.escape(tags)}</p>",
            adapt,
            *_sections(case, notes),
            (notes.get("body", "") if case.body.strip() else "") + markdown_to_safe_html(case.body),
            _components_table(case, notes.get("components", "")),
            disputed,
            _sources_list(case, notes.get("sources", "")),
            _provenance(case),
            _attachments(case),
            like,
        ]
    )
