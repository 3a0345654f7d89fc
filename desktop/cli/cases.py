"""The case commands: search, show, add, edit, delete, and export a case or the whole catalogue."""

from __future__ import annotations

import argparse
import html
import re
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.catalogue.fields import facet_names
from desktop.cli.command import Commands, add_command, add_json_option
from desktop.cli.documents import add_document_target, write_document
from desktop.errors import QT_TRANSLATE_NOOP, UsageError, message
from desktop.search import SORTS, SearchRequest
from desktop.search.types import FACET_ALIASES
from desktop.store import cases as case_store
from desktop.store.errors import CatalogueError
from desktop.store.files import write_atomically
from desktop.text.outside_text import json_for_terminal, print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

_TAGS = re.compile(r"<[^>]+>")


def register(commands: Commands) -> None:
    """Add the case commands to the `leaps` parser."""
    search = add_command(commands, "search", "search the catalogue", _search)
    search.add_argument("query", nargs="?", default="", help="words, phrases or field:value")
    search.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="FACET=VALUE",
        help=f"keep only matches with this value; facets: {', '.join(facet_names())}",
    )
    search.add_argument("--sort", choices=SORTS, default="relevance")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument(
        "--language",
        default="",
        metavar="LANG",
        help="titles, summaries and snippets in this language where translated",
    )
    add_json_option(search, "print results, facets and hints as JSON")

    show = add_command(commands, "show", "print one case", _show)
    show.add_argument("id")
    form = show.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="the case as JSON (what `edit` reads)")
    form.add_argument("--markdown", action="store_true", help="the case in the seed's file format")

    like = add_command(commands, "like", "the cases most like one case, and what each shares with it", _like)
    like.add_argument("id")
    like.add_argument("--limit", type=int, default=5)
    add_json_option(like)

    add = add_command(commands, "add", "add a case from a .md or .json file", _add)
    add.add_argument("file", type=Path)
    edit = add_command(commands, "edit", "replace a case with the contents of a file", _edit)
    edit.add_argument("id")
    edit.add_argument("file", type=Path)
    delete = add_command(commands, "delete", "delete a case", _delete)
    delete.add_argument("id")

    case_document = add_command(commands, "export-case", "write one case as a document", _export_case)
    case_document.add_argument("id")
    case_document.add_argument(
        "--language", default="", metavar="LANG", help="in this language where translated (the rest marked)"
    )
    add_document_target(case_document)
    export = add_command(commands, "export-json", "write every case as JSON (stdout if no OUT)", _export)
    export.add_argument("out", nargs="?", type=Path)


def _search(catalogue: Catalogue, args: argparse.Namespace) -> int:
    filters: dict[str, list[str]] = {}
    for item in args.filter:
        name, _, value = item.partition("=")
        name = FACET_ALIASES.get(name, name)
        if name not in facet_names() or not value:
            use = QT_TRANSLATE_NOOP(
                "Validation", "--filter {item}: use FACET=VALUE with FACET one of {facets}."
            )
            raise UsageError(message(use, item=repr(item), facets=", ".join(facet_names())))
        filters.setdefault(name, []).append(value)
    catalogue.reading_language = args.language
    page = catalogue.search(SearchRequest(text=args.query, filters=filters, sort=args.sort, limit=args.limit))
    if args.json:
        print_json(
            {
                "query": args.query,
                "total": page.total,
                "results": [asdict(card) for card in page.cards],
                "facets": {name: dict(counts) for name, counts in page.facets.items()},
                "suggestion": page.suggestion,
                "read_as_plain_words": page.read_as_plain_words,
                "also_searching": [asdict(expansion) for expansion in page.expansions],
            }
        )
        return 0
    if page.read_as_plain_words:
        print("(query read as plain words)")
    for expansion in page.expansions:
        print(f"(also searching for {expansion.typed}: {', '.join(expansion.terms)})")
    print(f"{page.total} case(s)" + (f" - did you mean: {page.suggestion}" if page.suggestion else ""))
    for card in page.cards:
        where = _joined(card.city, card.country_name, str(card.year_started or ""))
        marked = {"translated": " [translated]", "machine": " [machine draft]"}.get(card.translated, "")
        print(f"{card.id}  {card.title}{marked}" + (f" ({where})" if where else ""))
        snippet = html.unescape(_TAGS.sub("", card.snippet)).replace("\n", " ").strip()
        if snippet:
            print(f"    {snippet[:200]}")
    return 0


def _joined(*parts: str, separator: str = ", ") -> str:
    """The parts that are not empty, joined: an unknown city or year leaves no stray comma."""
    return separator.join(part for part in parts if part)


def _show(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.casefile import case_to_markdown

    case = catalogue.get(args.id)
    if args.json:
        print_json(case.to_dict())
    elif args.markdown:
        print(case_to_markdown(case), end="")
    else:
        since = f"since {case.year_started}" if case.year_started else ""
        facts = _joined(_joined(case.city, case.country), _joined(case.stage, since), separator=" - ")
        print(f"{case.title}\n{facts}\n")
        print(case.summary)
    return 0


def _like(catalogue: Catalogue, args: argparse.Namespace) -> int:
    catalogue.get(args.id)  # the case must exist
    cards = catalogue.more_like(args.id, args.limit)
    if args.json:
        print_json([asdict(card) for card in cards])
        return 0
    for card in cards:
        where = _joined(card.city, card.country_name, str(card.year_started or ""))
        marked = {"translated": " [translated]", "machine": " [machine draft]"}.get(card.translated, "")
        print(f"{card.id}  {card.title}{marked}" + (f" ({where})" if where else ""))
        shared = card.alike
        if shared is not None:
            kinds = (("themes", shared.themes), ("components", shared.components), ("words", shared.words))
            print("    shares " + "; ".join(f"{kind}: {', '.join(names)}" for kind, names in kinds if names))
    if not cards:
        print("no case is much like it")
    return 0


def _add(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.casefile import read_case_data
    from desktop.catalogue.validation import validate_case

    case = validate_case(read_case_data(args.file), require_id=False, where=str(args.file))
    if case_store.case_exists(catalogue.db, case.id):
        taken = QT_TRANSLATE_NOOP(
            "Validation", "{file}: a case with id {id} exists already; use `leaps edit`."
        )
        raise CatalogueError(message(taken, file=args.file, id=case.id))
    catalogue.save(case)
    print(case.id)
    return 0


def _edit(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.casefile import read_case_data
    from desktop.catalogue.validation import Problem, ValidationError, validate_case

    catalogue.get(args.id)  # the case must exist
    data = read_case_data(args.file)
    if data.get("id", args.id) != args.id:
        other = message(
            QT_TRANSLATE_NOOP("Validation", "is {id}, not {wanted}"), id=data["id"], wanted=args.id
        )
        raise ValidationError([Problem("id", other)], str(args.file))
    case = validate_case({**data, "id": args.id}, where=str(args.file))
    print("updated" if catalogue.save(case) else "unchanged")
    return 0


def _export_case(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.issuer import load_issuer
    from desktop.catalogue.translated_page import reading_for_document
    from desktop.catalogue.translations import Translations, language_tag
    from desktop.documents.case_document import case_document
    from desktop.plans.lineage_page import with_lineage

    case = catalogue.get(args.id)
    language = language_tag(args.language) if args.language else ""
    reading, translation = reading_for_document(Translations(catalogue), case, language)
    document = case_document(case, load_issuer(catalogue), reading, translation)
    return write_document(with_lineage(document, catalogue, args.id), args.format, args.out)


def _delete(catalogue: Catalogue, args: argparse.Namespace) -> int:
    catalogue.delete(args.id)
    print(f"deleted {args.id}")
    return 0


def _export(catalogue: Catalogue, args: argparse.Namespace) -> int:
    text = catalogue.export_json()
    if args.out:
        try:
            write_atomically(args.out, (text + "\n").encode("utf-8"))
        except OSError as error:
            unwritten = QT_TRANSLATE_NOOP(
                "Validation",
                "{path} could not be written ({reason}); if the disk is full, free some space. "
                "Any earlier file there is unchanged.",
            )
            raise CatalogueError(message(unwritten, path=args.out, reason=error.strerror or error)) from None
        print(f"wrote {catalogue.count()} cases to {args.out}")
    else:
        print(json_for_terminal(text))
    return 0
