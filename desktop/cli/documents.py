"""The `leaps compare`, `leaps report` and `leaps issuer` commands, and writing any document."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.command import Commands, add_command, add_json_option
from desktop.documents.formats import FORMATS
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.documents.model import Document


def add_document_target(parser: argparse.ArgumentParser) -> None:
    """The --format and -o options every document command takes."""
    parser.add_argument("--format", choices=FORMATS, required=True)
    parser.add_argument("-o", "--out", type=Path, required=True, metavar="FILE")


def register(commands: Commands) -> None:
    """Add the compare, report and issuer commands to the `leaps` parser."""
    compare = add_command(
        commands, "compare", "write two or three cases side by side as a document", _compare
    )
    compare.add_argument("ids", nargs="+", metavar="ID")
    add_document_target(compare)

    report = add_command(
        commands, "report", "write the monitoring report: which practice is adapted where", _report
    )
    report.add_argument("--stage", default="", help="only transfers at this stage (learn, exchange...)")
    report.add_argument("--country", default="", help="only transfers from or to this country (ISO code)")
    report.add_argument("--state", default="", help="only plans in this state (draft, approved...)")
    add_document_target(report)

    issuer = add_command(
        commands,
        "issuer",
        "who issues this catalogue's documents: show it, or set organisation, office, logo",
        _issuer,
    )
    issuer.add_argument("--organisation", help="named at the top of every title page")
    issuer.add_argument("--office", help="the issuing office, under the organisation")
    logo = issuer.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar="FILE", help="a PNG or JPEG logo for the title page")
    logo.add_argument("--no-logo", action="store_true", help="drop the logo")
    add_json_option(issuer)


def write_document(document: Document, fmt: str, out: Path) -> int:
    """Write a document and print its path; warn on stderr about scripts no font here can show."""
    from desktop.documents import missing_scripts
    from desktop.documents.export import export_document
    from desktop.text.scripts import font_packages

    unshown = missing_scripts(document)
    if unshown:
        # A PDF embeds the fonts found here; the other formats are shown with the reader's own.
        effect = (
            "in this PDF that text comes out as empty boxes"
            if fmt == "pdf"
            else "printed or shown on this computer, that text comes out as empty boxes"
        )
        print(
            f"leaps: warning: no font installed here shows {', '.join(unshown)}: {effect}. Install a "
            f"font for it (on Debian or Ubuntu: {font_packages(unshown)}).",
            file=sys.stderr,
        )
    print(export_document(document, fmt, out))
    return 0


def _compare(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.compare import MAX_CASES, MIN_CASES, CompareError, load_comparison
    from desktop.catalogue.issuer import load_issuer
    from desktop.documents.compare_document import comparison_document

    ids = list(dict.fromkeys(args.ids))
    if not MIN_CASES <= len(ids) <= MAX_CASES:
        count = QT_TRANSLATE_NOOP(
            "Validation", "Give two or three different case ids to compare ({count} given)."
        )
        raise CompareError(message(count, count=len(ids)))
    comparison = load_comparison(catalogue.get, ids)
    return write_document(comparison_document(comparison, load_issuer(catalogue)), args.format, args.out)


def _report(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.issuer import load_issuer
    from desktop.plans.document import monitoring_report
    from desktop.plans.service import Planning

    rows = Planning(catalogue).programme(args.stage, args.country, args.state)
    filters = (("stage", args.stage), ("country", args.country), ("state", args.state))
    chosen = [f"{name}: {value}" for name, value in filters if value]
    document = monitoring_report(rows, ", ".join(chosen), load_issuer(catalogue))
    return write_document(document, args.format, args.out)


def _issuer(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from desktop.catalogue.issuer import load_issuer, read_logo, save_issuer

    issuer = load_issuer(catalogue)
    given = (("organisation", args.organisation), ("office", args.office))
    changes: dict[str, object] = {name: value for name, value in given if value is not None}
    if args.logo is not None:
        changes["logo"] = read_logo(args.logo)
    elif args.no_logo:
        changes["logo"] = b""
    if changes:
        issuer = save_issuer(catalogue, replace(issuer, **changes))
    shown = {
        "organisation": issuer.organisation,
        "office": issuer.office,
        "logo": f"{len(issuer.logo)} bytes" if issuer.logo else "",
    }
    if args.json:
        print_json(shown)
    else:
        for name, value in shown.items():
            print(f"{name + ':':14}{value or '-'}")
    return 0
