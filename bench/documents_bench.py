"""Document export benchmark: a full adaptation plan (about 40 pages) written in each format, timed.

The plan-sized document has a title page, 12 long sections in English with Korean, Chinese
and Thai passages, bullet lists and 5 tables of 20 rows. Each of the five formats is exported
`--repeats` times through `export_document` (atomic write included) and the median printed.

    .venv/bin/python bench/documents_bench.py
    .venv/bin/python bench/documents_bench.py --stress-out /tmp/stress   # also write the worst case

`--stress-out DIR` writes a document with every field at its longest (very long titles,
unbroken words and URLs, wide tables with long cells, runs of CJK and Thai with no spaces)
in all five formats, in English and in Korean (`stress-en.pdf`, `stress-ko.docx`...), for
looking at: render the PDF with `pdftoppm -r 60 -png`, and the DOCX and ODT through
`soffice --headless --convert-to pdf` first.

A script that prints figures, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python bench/documents_bench.py`: make `desktop` importable
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdf  # noqa: E402

from desktop.documents import FORMATS, export_document, missing_scripts  # noqa: E402
from desktop.documents.gui import ensure_gui_application  # noqa: E402
from desktop.documents.model import (  # noqa: E402
    Block,
    BulletList,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Table,
)

ENGLISH = (
    "The night bus network was drawn from late-night mobile phone calls and taxi pick-ups, "
    "so that routes follow where people actually are after midnight. The pilot ran for "
    "three months on two routes before the city extended it, and ridership was counted "
    "every week against the target agreed with the operators. "
)
KOREAN = "서울시는 심야 통화 데이터를 분석해 올빼미버스 노선을 설계했고, 시민들의 귀가 시간이 크게 줄었다. "
CHINESE = "杭州城市大脑通过实时交通数据优化信号灯配时，使主要道路的通行时间明显缩短。"
THAI = "กรุงเทพมหานครใช้แพลตฟอร์มทราฟฟี่ฟองดูว์ให้ประชาชนแจ้งปัญหาเมืองผ่านไลน์ "
SECTIONS = (
    "Source case",
    "Transfer intent",
    "Context comparison",
    "Fit check",
    "Context, mechanism, outcome",
    "Stakeholders",
    "Resources",
    "Risks",
    "Prototype design",
    "Indicators",
    "Scaling path",
    "Milestones and sign-off",
)


def plan_document() -> Document:
    """A document the size of a full adaptation plan: about 40 A4 pages."""
    blocks: list[Block] = []
    for number, title in enumerate(SECTIONS):
        blocks.append(Heading(1, title))
        for paragraph in range(7):
            mixed = (KOREAN, CHINESE, THAI)[paragraph % 3]
            blocks.append(Paragraph(ENGLISH * 3 + mixed + ENGLISH * 2))
        blocks.append(Heading(2, f"{title}: what to check"))
        blocks.append(BulletList([f"Check {n}: {ENGLISH[:120]}" for n in range(6)]))
        if number % 2 == 0 and number < 10:
            blocks.append(
                Table(
                    ["Item", "Decision", "Rationale", "Precondition", "Status"],
                    [
                        [f"Component {row}", "adapt", ENGLISH[:150], (KOREAN, CHINESE, THAI)[row % 3], "part"]
                        for row in range(20)
                    ],
                    caption=f"{title}: components",
                    widths=[2, 1, 4, 3, 1],
                )
            )
    return Document(
        title="Night-owl buses for Bangkok: adapting Seoul's 올빼미버스",
        subtitle="Adaptation plan · กรุงเทพมหานคร",
        language="en",
        meta=[("Source case", "Seoul night-owl buses"), ("Target city", "Bangkok"), ("State", "draft")],
        blocks=blocks,
    )


def stress_document(language: str = "th") -> Document:
    """Every field at its longest: long titles, unbroken words and URLs, wide tables, CJK and Thai runs."""
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3
    url = "https://example.org/" + "very-long-path-segment/" * 12 + "?query=" + "x" * 80
    long_cjk = KOREAN.replace(" ", "") * 6 + CHINESE * 6
    long_thai = THAI.replace(" ", "") * 8
    wide = Table(
        [f"Column heading number {n} {word[:30]}" for n in range(8)],
        [[word, url, long_cjk, long_thai, ENGLISH * 2, "", "x", word + word] for _ in range(4)],
        caption="A table of eight columns with unbroken words and URLs: " + url,
    )
    return Document(
        title=("Title " + word + " " + ENGLISH + KOREAN + CHINESE + THAI)[:600],
        subtitle=long_cjk + long_thai,
        language=language,
        meta=[("Label " + word, url), ("Korean and Chinese", long_cjk), ("Thai", long_thai)] * 3,
        blocks=[
            Heading(1, "Heading " + word + " " + long_cjk),
            Paragraph(word + " " + url + " " + ENGLISH * 4),
            Paragraph(long_cjk * 4),
            Paragraph(long_thai * 4),
            BulletList([word + url, long_cjk, long_thai]),
            wide,
            PageBreak(),
            Heading(6, "Level six " + word),
            Table(["Only one column"], [[url + long_thai]]),
        ],
    )


def median_export(document: Document, fmt: str, folder: Path, repeats: int) -> tuple[float, float, Path]:
    """Median seconds to export the document in a format, on the clock and of CPU (this process, all
    its threads: what the export itself costs when other work shares the cores), and the file written."""
    times, cpu_times = [], []
    target = folder / f"plan.{fmt}"
    for _ in range(repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        export_document(document, fmt, target)
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu_start)
    return statistics.median(times), statistics.median(cpu_times), target


def main() -> None:
    """Time each format on the plan-sized document; optionally write the stress document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--stress-out", type=Path, help="write the longest-fields document here")
    args = parser.parse_args()
    ensure_gui_application()
    print(f"{platform.platform()}, Python {platform.python_version()}, load {os.getloadavg()[0]:.2f}")
    document = plan_document()
    print(f"scripts without a font here: {missing_scripts(document) or 'none'}")
    print("| format | median export (s) | median CPU (s) | size (KB) |")
    print("| --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as folder:
        export_document(document, "pdf", Path(folder) / "warm-up.pdf")  # font lookups happen once
        for fmt in FORMATS:
            seconds, cpu, path = median_export(document, fmt, Path(folder), args.repeats)
            print(f"| {fmt} | {seconds:.2f} | {cpu:.2f} | {path.stat().st_size / 1024:.0f} |")
        pages = len(pypdf.PdfReader(str(Path(folder) / "plan.pdf")).pages)
    print(f"PDF pages: {pages}; load at the end {os.getloadavg()[0]:.2f}")
    if args.stress_out:
        args.stress_out.mkdir(parents=True, exist_ok=True)
        for language in ("en", "ko"):
            for fmt in FORMATS:
                print(
                    export_document(
                        stress_document(language), fmt, args.stress_out / f"stress-{language}.{fmt}"
                    )
                )


if __name__ == "__main__":
    main()
