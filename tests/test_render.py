"""Case pages: untrusted Markdown comes out inert, nothing that could reach out survives."""

from __future__ import annotations

from desktop.render import case_html, markdown_to_safe_html
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
