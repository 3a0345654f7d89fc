"""The `leaps translate` commands: list, show, status, set, confirm, draft, export and import."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.command import Commands, add_actions, add_command, add_json_option
from desktop.cli.progress import ProgressLine
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.catalogue.translation_status import FieldStatus, TranslationStatus

# A translator's file is read case by case (tens of milliseconds each): a progress line is shown
# from this many cases out, or fields back.
EXPORT_PROGRESS_FROM = 20
IMPORT_PROGRESS_FROM = 500


def register(commands: Commands) -> None:
    """Add `leaps translate` to the `leaps` parser."""
    actions = add_actions(commands, "translate", "translations of cases: list, show, status, export, import")
    listing = add_command(actions, "list", "every translation: case, language, fields out of date", _list)
    add_json_option(listing)
    show = add_command(
        actions, "show", "one translation field by field, with what changed in the original", _show
    )
    show.add_argument("case")
    show.add_argument("language")
    add_json_option(show)
    status = add_command(actions, "status", "what the case page says of each translation of a case", _status)
    status.add_argument("case")
    add_json_option(status)
    set_field = add_command(actions, "set", "translate one field (KEY as `translate show` names it)", _set)
    set_field.add_argument("case")
    set_field.add_argument("language")
    set_field.add_argument("key", help="part:id:field, e.g. cases:<id>:title")
    set_field.add_argument("text")
    set_field.add_argument("--by", default="", help="the translator's name")
    confirm = add_command(
        actions, "confirm", "confirm machine drafts and out-of-date fields as they stand", _confirm
    )
    confirm.add_argument("case")
    confirm.add_argument("language")
    confirm.add_argument("keys", nargs="*", help="only these fields (default: all)")
    confirm.add_argument("--by", default="", help="the translator's name")
    draft = add_command(actions, "draft", "machine drafts of missing fields from the local engine", _draft)
    draft.add_argument("case")
    draft.add_argument("language")
    export = add_command(
        actions, "export", "write a translator's file: XLSX sheet or XLIFF 1.2 / 2.0", _export
    )
    export.add_argument("language")
    export.add_argument("out", type=Path, help="a .xlsx, .xlf or .xliff file")
    export.add_argument("--cases", nargs="+", metavar="ID", help="only these cases (default: every case)")
    export.add_argument(
        "--from", dest="source", metavar="LANGUAGE", help="only cases written in this language"
    )
    export.add_argument("--xliff", choices=("1.2", "2.0"), default="1.2", help="XLIFF version (default 1.2)")
    imported = add_command(actions, "import", "read a translator's sheet or XLIFF file back", _import)
    imported.add_argument("file", type=Path)
    imported.add_argument("--by", default="", help="the translator's name")


def _translations(catalogue: Catalogue) -> Any:
    from desktop.catalogue.translations import Translations

    return Translations(catalogue)


def _field_json(held: FieldStatus) -> dict[str, Any]:
    from desktop.catalogue.translation_status import diff_text

    return {
        "key": held.unit.key,
        "label": held.unit.label,
        "state": held.state,
        "original": held.unit.original,
        "translation": held.translation,
        "machine": held.machine,
        "by": held.by,
        "diff": diff_text(held.diff),
    }


def _status_json(status: TranslationStatus) -> dict[str, Any]:
    from desktop.catalogue.translation_words import summary_line

    return {
        "case": status.case_id,
        "title": status.title,
        "language": status.language,
        "from": status.original_language,
        "updated_at": status.updated_at,
        "authors": status.authors,
        "out_of_date": status.count("out of date"),
        "missing": status.count("missing"),
        "machine_drafts": status.machine_drafts,
        "summary": summary_line(status),
    }


def _list(catalogue: Catalogue, args: argparse.Namespace) -> int:
    found = [_status_json(s) for s in _translations(catalogue).all()]
    if args.json:
        print_json(found)
        return 0
    for item in found:
        print(f"{item['case']}  {item['language']:6}  {item['title']}  ({item['summary']})")
    if not found:
        print("no translations yet")
    return 0


def _show(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.translation_words import summary_line

    status = _translations(catalogue).status(args.case, args.language)
    fields = [_field_json(f) for f in status.desk_order()]
    if args.json:
        print_json({**_status_json(status), "fields": fields})
        return 0
    print(f"{status.title} ({status.language})\n{summary_line(status)}\n")
    for item in fields:
        machine = f", machine draft by {item['machine']}" if item["machine"] else ""
        print(f"[{item['state']}{machine}] {item['label']}  {item['key']}")
        print(f"  original:    {item['original']}")
        print(f"  translation: {item['translation']}")
        if item["diff"]:
            print(f"  changed in the original since: {item['diff']}")
    return 0


def _status(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.translation_words import summary_line

    translations = _translations(catalogue)
    catalogue.get(args.case)
    statuses = [translations.status(args.case, language) for language in translations.languages(args.case)]
    if args.json:
        print_json([_status_json(s) for s in statuses])
        return 0
    for status in statuses:
        print(f"{status.language:6}  {summary_line(status)}")
    if not statuses:
        print("not translated yet")
    return 0


def _set(catalogue: Catalogue, args: argparse.Namespace) -> int:
    changed = _translations(catalogue).save(args.case, args.language, {args.key: args.text}, by=args.by)
    print("updated" if changed else "unchanged")
    return 0


def _confirm(catalogue: Catalogue, args: argparse.Namespace) -> int:
    keys = args.keys or None
    changed = _translations(catalogue).confirm(args.case, args.language, keys, by=args.by)
    print(f"confirmed {changed} field{'' if changed == 1 else 's'}")
    return 0


def _draft(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.translation_engine import TranslationEngineError, load_engine

    engine = load_engine(catalogue.data_dir)
    if engine is None:
        none = QT_TRANSLATE_NOOP(
            "Validation",
            "No translation engine is set up on this computer; docs/translations.md says how to plug one in.",
        )
        raise TranslationEngineError(message(none))
    translations = _translations(catalogue)
    drafted = translations.draft(args.case, args.language, engine)
    print(f"drafted {drafted} field{'' if drafted == 1 else 's'} with {engine.name}; confirm them once read")
    return 0


def _export(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sheets.translation_files import export_translations

    reading = ProgressLine("Reading cases", min_total=EXPORT_PROGRESS_FROM)
    count = export_translations(
        _translations(catalogue),
        args.language,
        args.out,
        args.cases,
        args.xliff,
        source_language=args.source,
        progress=reading,
    )
    reading.done()
    print(f"wrote {count} field{'' if count == 1 else 's'} to {args.out}")
    return 0


def _import(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sheets.translation_files import import_translations

    checking = ProgressLine("Checking and saving fields", min_total=IMPORT_PROGRESS_FROM)
    changed, cases = import_translations(_translations(catalogue), args.file, by=args.by, progress=checking)
    checking.done()
    print(f"updated {changed} field{'' if changed == 1 else 's'} in {cases} case{'' if cases == 1 else 's'}")
    return 0
