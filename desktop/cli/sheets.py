"""The `leaps import-sheet` and `leaps export-sheet` commands; the heavy modules load only when run."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.command import Commands, add_command, add_json_option
from desktop.cli.progress import ProgressLine
from desktop.sheets.presets import presets
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

# Sheets of fewer rows than this import or export too fast to be worth a progress line.
SHOWN_FROM = 1_000
# Problems printed on stderr before the rest are only counted: a sheet of thousands of bad rows
# would otherwise bury the summary.
SHOWN_PROBLEMS = 50


def register(commands: Commands) -> None:
    """Add the two sheet commands to the `leaps` parser."""
    reader = add_command(
        commands, "import-sheet", "create and update cases from a .csv or .xlsx sheet", import_sheet
    )
    reader.add_argument("file", type=Path)
    reader.add_argument(
        "--mapping", type=Path, metavar="MAP.json", help='columns to fields, e.g. {"Name": "title"}'
    )
    reader.add_argument(
        "--preset",
        metavar="NAME",
        choices=sorted(presets()),
        help="the column mapping, licence and attribution of a public library's export",
    )
    reader.add_argument(
        "--origin", metavar="NAME", help="the library the rows come from (default: the file's name)"
    )
    reader.add_argument("--licence", default="", help="the licence the rows were published under")
    reader.add_argument("--attribution", default="", help="the credit the library asks for")
    reader.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and write the others, with what is wrong, to a sheet to fix",
    )
    reader.add_argument(
        "--rejected", type=Path, metavar="OUT", help="where --skip-bad-rows writes them (FILE.rejected.csv)"
    )
    reader.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    add_json_option(reader, "print the preview of every row as JSON")
    writer = add_command(
        commands, "export-sheet", "write search results to a .csv or .xlsx sheet", export_sheet
    )
    writer.add_argument(
        "out", type=Path, help="the file to write; its suffix (.csv or .xlsx) sets the format"
    )
    writer.add_argument("--query", default="", help="what to search for (every case if not given)")


def import_sheet(catalogue: Catalogue, args: argparse.Namespace) -> int:
    """Preview a sheet's rows and, unless --dry-run or a row is in error, apply them; exit status.

    With --skip-bad-rows the good rows are applied and the bad ones written to a sheet to fix.
    """
    from desktop.sheets.fields import read_mapping_file
    from desktop.sheets.importing import apply_import, plan_import
    from desktop.sheets.plan import Origin
    from desktop.sheets.presets import preset
    from desktop.sheets.rejected import rejected_path, write_rejected

    overrides = read_mapping_file(args.mapping) if args.mapping else None
    library = preset(args.preset) if args.preset else None
    if library is not None:
        given = (args.origin, args.licence, args.attribution)
        defaults = (library.library, library.licence, library.attribution)
        origin = Origin(*(mine or theirs for mine, theirs in zip(given, defaults, strict=True)))
    else:
        origin = Origin(args.origin or args.file.name, args.licence, args.attribution)
    checking = ProgressLine("Reading and checking rows", min_total=SHOWN_FROM)
    plan = plan_import(catalogue, args.file, overrides, checking, origin=origin, preset=library)
    checking.done()
    lines = plan.error_lines()
    for line in lines[:SHOWN_PROBLEMS]:
        print(line, file=sys.stderr)
    if len(lines) > SHOWN_PROBLEMS:
        print(
            f"... and {len(lines) - SHOWN_PROBLEMS} more problem(s); --json lists them all, and "
            "--skip-bad-rows imports the good rows and writes the others to a sheet to fix",
            file=sys.stderr,
        )
    counts = plan.counts
    applied = False
    rejected_file = None
    if not args.dry_run and (args.skip_bad_rows or not counts["error"]):
        importing = ProgressLine("Importing rows", min_total=SHOWN_FROM)

        def progress(done: int, total: int) -> None:
            if total:
                importing(done, total)
            elif len(plan.rows) >= SHOWN_FROM:  # the rows are saved; the search index follows
                importing.done("Updating the search index...")

        done = apply_import(catalogue, plan, progress, skip_bad_rows=args.skip_bad_rows)
        counts = {
            "create": done["created"],
            "update": done["updated"],
            "unchanged": done["unchanged"],
            "error": done["error"],
        }
        applied = True
        if counts["error"]:
            rejected_file = args.rejected or rejected_path(args.file)
            write_rejected(plan, rejected_file)
    if args.json:
        report = {**plan.to_json(), "counts": counts, "applied": applied}
        report["rejected_file"] = str(rejected_file) if rejected_file else None
        print_json(report)
    else:
        verbs = ("created", "updated") if applied else ("would create", "would update")
        print(
            f"{args.file}: {verbs[0]} {counts['create']}, {verbs[1]} {counts['update']}, "
            f"unchanged {counts['unchanged']}, errors {counts['error']}"
            + ("" if applied or args.dry_run else "; nothing was imported")
        )
        if rejected_file:
            print(f"{counts['error']} row(s) with problems written to {rejected_file}: fix and import it")
        if plan.ignored_columns:
            print(f"ignored columns: {', '.join(plan.ignored_columns)}")
        alike = [row for row in plan.rows if row.duplicates]
        if alike:
            print(
                f"{len(alike)} new row(s) look like a case already there or an earlier row (same title "
                "and city; --json lists them); `leaps duplicates` finds them after the import, "
                "`leaps merge` merges two"
            )
    return 1 if counts["error"] and not args.skip_bad_rows else 0


def export_sheet(catalogue: Catalogue, args: argparse.Namespace) -> int:
    """Write every case a query finds (all cases without one) to a .csv or .xlsx file."""
    from desktop.search import SearchRequest
    from desktop.sheets.exporting import export_results

    writing = ProgressLine("Writing cases", min_total=SHOWN_FROM)
    count = export_results(catalogue, SearchRequest(text=args.query), args.out, writing)
    writing.done()
    print(f"wrote {count} cases to {args.out}")
    return 0
