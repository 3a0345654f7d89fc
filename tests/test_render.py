"""Case pages: untrusted Markdown comes out inert, nothing that could reach out survives; the page
shows components, sources, attachments and related cases, and its links do what they say."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.catalogue.attachments import temporary_copy
from desktop.catalogue.render import attachment_href, case_html, markdown_to_safe_html
from desktop.store.records import Attachment, Case, Component, Precondition, Source
from desktop.ui.browse.case_view import CaseView
from tests.conftest import make_case

HOSTILE = """
# Heading 서울

<script>alert('x')</script>
<img src="http://tracker.example/pixel.png" onerror="alert(1)">
<img src="file:///etc/passwd">
<img src="\\\\\\\\fileserver\\\\share\\\\x.png">
![remote](https://tracker.example/a.png)
![own](leaps-attachment:abc123)
[js](javascript:alert(1)) [file](file:///C:/secret.txt) [relative](../../secret)
[unc](\\\\\\\\host\\\\share) [web](https://example.org/page) [mail](mailto:a@example.org)
<iframe src="https://example.org"></iframe><style>body{display:none}</style>
<a href="//host/path">protocol-relative</a>
"""


def test_script_style_and_frames_are_removed() -> None:
    out = markdown_to_safe_html(HOSTILE)
    for banned in ("<script", "alert(", "<iframe", "<style", "onerror"):
        assert banned not in out


def test_no_resource_outside_the_catalogue_can_load() -> None:
    out = markdown_to_safe_html(HOSTILE)
    assert "tracker.example" not in out
    assert "file:" not in out and "fileserver" not in out and "\\\\host" not in out
    assert 'src="leaps-attachment:abc123"' in out


def test_only_web_and_mail_links_survive() -> None:
    out = markdown_to_safe_html(HOSTILE)
    assert 'href="https://example.org/page"' in out and 'href="mailto:a@example.org"' in out
    assert "javascript:" not in out and "../../secret" not in out and "//host/path" not in out


def test_case_page_escapes_plain_fields_and_shows_the_parts() -> None:
    case = make_case(title="<b>Bold</b> & title", disputed=["Start: 2019 (city) or 2020 (press)"])
    page = case_html(case, related=[("abc", "A related case")])
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; title" in page
    assert "Part 0" in page and "Field notes" in page
    assert "Sources disagree" in page and "2019 (city) or 2020 (press)" in page
    assert "leaps-case:abc" in page


# The case detail page

def png_bytes(width: int = 2, height: int = 3) -> bytes:
    """A small real PNG image."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


PNG = png_bytes()


def detailed_case() -> Case:
    """A case with needs of two kinds, a reliability note, an image and a PDF attached."""
    case = make_case(
        components=[
            Component(
                id=str(uuid.uuid4()),
                name="Call-data routes",
                description="Routes drawn from late-night phone calls",
                mechanism="Buses run where people actually are at night",
                preconditions=[
                    Precondition("data", "Anonymised call records"),
                    Precondition("partners", "A telecom operator"),
                    Precondition("data", "Taxi trip data"),
                ],
                role="adaptable",
            )
        ],
        sources=[
            Source(
                id=str(uuid.uuid4()),
                title="City report",
                url="https://example.org/r",
                reliability="Official figures, not independently checked",
            )
        ],
        attachments=[
            Attachment(
                id=str(uuid.uuid4()),
                sha256="a" * 64,
                filename="route map.png",
                media_type="image/png",
                size=len(PNG),
                caption="Route map",
            ),
            Attachment(
                id=str(uuid.uuid4()),
                sha256="b" * 64,
                filename="budget.pdf",
                media_type="application/pdf",
                size=2048,
            ),
        ],
    )
    return case


def test_components_table_has_a_column_for_each_part_and_needs_grouped_by_kind() -> None:
    page = case_html(detailed_case())
    for heading in ("Component", "What it is", "How it works", "Needs", "Core or adaptable"):
        assert f"<th>{heading}</th>" in page
    assert "<i>data</i>: Anonymised call records; Taxi trip data" in page
    assert "<i>partners</i>: A telecom operator" in page
    assert "<td>adaptable</td>" in page


def test_sources_carry_their_reliability_note() -> None:
    page = case_html(detailed_case())
    assert "Reliability: Official figures, not independently checked" in page
    assert "href='https://example.org/r'" in page


def test_images_are_inline_from_the_catalogue_and_other_files_are_links() -> None:
    page = case_html(detailed_case())
    assert f"<img src='leaps-attachment:{'a' * 64}'" in page and "Route map" in page
    assert f"href='leaps-attachment:{'b' * 64}?name=budget.pdf'" in page and "budget.pdf (2 KB)" in page


def test_detail_page_shows_the_image_and_follows_its_links(qtbot: QtBot) -> None:
    view = CaseView()
    qtbot.addWidget(view)
    case = detailed_case()
    view.show_page(case_html(case, related=[("other-id", "Night buses elsewhere")]), {"a" * 64: PNG})
    image = view.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(f"leaps-attachment:{'a' * 64}")
    )
    assert isinstance(image, QImage) and (image.width(), image.height()) == (2, 3)
    text = view.toPlainText()
    assert "Cases like this" in text and "Night buses elsewhere" in text

    with qtbot.waitSignal(view.case_link_clicked) as related:
        view.anchorClicked.emit(QUrl("leaps-case:other-id"))
    assert related.args == ["other-id"]
    with qtbot.waitSignal(view.adapt_requested) as adapt:
        view.anchorClicked.emit(QUrl(f"leaps-adapt:{case.id}"))
    assert adapt.args == [case.id]


def test_a_file_opens_through_a_temporary_copy_only_after_confirmation(qtbot: QtBot) -> None:
    view = CaseView()
    qtbot.addWidget(view)
    opened: list[QUrl] = []
    view.open_external = lambda url: opened.append(url) or True
    link = QUrl(attachment_href(detailed_case().attachments[1]))

    view.confirm_open = lambda _name: False
    with qtbot.assertNotEmitted(view.attachment_requested):
        view.anchorClicked.emit(link)

    view.confirm_open = lambda _name: True
    with qtbot.waitSignal(view.attachment_requested) as asked:
        view.anchorClicked.emit(link)
    assert asked.args == ["b" * 64, "budget.pdf"]
    view.open_attachment("budget.pdf", b"%PDF-1.4 budget")
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "budget.pdf" and copy.read_bytes() == b"%PDF-1.4 budget"


def test_a_hostile_file_name_stays_inside_its_temporary_folder() -> None:
    copy = temporary_copy("..\\..\\evil/../../x.exe", b"data")
    assert copy.name == "x.exe" and copy.parent.name.startswith("leaps-attachment-")
