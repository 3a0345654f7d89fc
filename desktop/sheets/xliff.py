"""XLIFF 1.2 and 2.0 files of case translations: one file element per case, one unit per field.

Incoming files are read as hostile: a size cap before parsing, no DTD and so no entity of any kind
(defusedxml), a cap on units, and every text checked by the translations service before it is
stored.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from desktop.catalogue.translation_status import MISSING, OUT_OF_DATE, TranslationError, diff_text
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store.files import replacing

if TYPE_CHECKING:
    from desktop.catalogue.translation_status import TranslationStatus

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MAX_XLIFF_BYTES = 100 * 1024 * 1024
MAX_UNITS = 200_000
CASE_PREFIX = "case:"
CONFIRMED = "confirmed"
# (case id, language, unit key, source, target, status, where) of each unit read.
Unit = tuple[str, str, str, str, str, str, str]


def _states_12(state: str, machine: bool) -> dict[str, str]:
    if state == MISSING:
        return {"state": "needs-translation"}
    if machine:
        return {"state": "needs-review-translation", "state-qualifier": "mt-suggestion"}
    return {"state": "needs-review-translation" if state == OUT_OF_DATE else "final"}


def _states_20(state: str, machine: bool) -> dict[str, str]:
    if state == MISSING:
        return {"state": "initial"}
    if machine:
        return {"state": "translated", "subState": "leaps:machine-draft"}
    if state == OUT_OF_DATE:
        return {"state": "translated", "subState": "leaps:out-of-date"}
    return {"state": "final"}


def _note(parent: ElementTree.Element, tag: str, text: str) -> None:
    ElementTree.SubElement(parent, tag).text = text


def _build(statuses: list[TranslationStatus], version: str) -> ElementTree.Element:
    if version == "2.0":
        sources = {s.original_language for s in statuses}
        if len(sources) > 1:
            several = QT_TRANSLATE_NOOP(
                "Validation",
                "An XLIFF 2.0 file holds one source language, and these cases are written in "
                "{languages}: export them with --from LANGUAGE, or as XLIFF 1.2.",
            )
            raise TranslationError(message(several, languages=", ".join(sorted(sources))))
        target = statuses[0].language if statuses else ""
        root = ElementTree.Element(
            f"{{{NS20}}}xliff",
            {"version": "2.0", "srcLang": next(iter(sources), "en") or "en", "trgLang": target},
        )
    else:
        root = ElementTree.Element(f"{{{NS12}}}xliff", {"version": "1.2"})
    for number, status in enumerate(statuses, start=1):
        original = CASE_PREFIX + status.case_id
        if version == "2.0":
            file = ElementTree.SubElement(root, f"{{{NS20}}}file", {"id": f"f{number}", "original": original})
        else:
            file = ElementTree.SubElement(
                root,
                f"{{{NS12}}}file",
                {
                    "original": original,
                    "source-language": status.original_language or "en",
                    "target-language": status.language,
                    "datatype": "plaintext",
                },
            )
            file = ElementTree.SubElement(file, f"{{{NS12}}}body")
        for held in status.fields:
            notes = [held.unit.label]
            if held.state == OUT_OF_DATE:
                notes.append("The original changed since this was translated: " + diff_text(held.diff))
            if held.machine:
                notes.append(f"Machine draft by {held.machine}, not yet confirmed by a person")
            machine = bool(held.translation and held.machine)
            if version == "2.0":
                unit = ElementTree.SubElement(
                    file, f"{{{NS20}}}unit", {"id": held.unit.key, "name": held.unit.label}
                )
                notes_element = ElementTree.SubElement(unit, f"{{{NS20}}}notes")
                for text in notes:
                    _note(notes_element, f"{{{NS20}}}note", text)
                segment = ElementTree.SubElement(unit, f"{{{NS20}}}segment", _states_20(held.state, machine))
                _note(segment, f"{{{NS20}}}source", held.unit.original)
                _note(segment, f"{{{NS20}}}target", held.translation)
            else:
                unit = ElementTree.SubElement(
                    file,
                    f"{{{NS12}}}trans-unit",
                    {"id": held.unit.key, "resname": held.unit.label, XML_SPACE: "preserve"},
                )
                _note(unit, f"{{{NS12}}}source", held.unit.original)
                target = ElementTree.SubElement(unit, f"{{{NS12}}}target", _states_12(held.state, machine))
                target.text = held.translation
                for text in notes:
                    _note(unit, f"{{{NS12}}}note", text)
    return root


def write(out: Path, statuses: list[TranslationStatus], version: str) -> None:
    """Write the translations as an XLIFF file of the version asked for, whole or not at all."""
    ElementTree.register_namespace("", NS20 if version == "2.0" else NS12)
    tree = ElementTree.ElementTree(_build(statuses, version))
    ElementTree.indent(tree)
    try:
        with replacing(out) as partial:
            tree.write(partial, encoding="utf-8", xml_declaration=True)
    except OSError as error:
        unwritten = QT_TRANSLATE_NOOP(
            "Validation", "{path} could not be written ({reason}); choose another place."
        )
        raise TranslationError(message(unwritten, path=out, reason=error.strerror)) from None


def _text(element: ElementTree.Element | None) -> str:
    """All the text of an element, inline markup's text included."""
    return "" if element is None else "".join(element.itertext())


def _units_12(root: ElementTree.Element, name: str) -> Iterator[Unit]:
    for file in root.iter(f"{{{NS12}}}file"):
        case_id = file.get("original", "").removeprefix(CASE_PREFIX)
        language = file.get("target-language", "")
        for unit in file.iter(f"{{{NS12}}}trans-unit"):
            target = unit.find(f"{{{NS12}}}target")
            state = target.get("state", "") if target is not None else ""
            status = CONFIRMED if state in ("final", "signed-off") else ""
            source = _text(unit.find(f"{{{NS12}}}source"))
            yield (
                case_id,
                language,
                unit.get("id", ""),
                source,
                _text(target),
                status,
                _unit_where(name, unit),
            )


def _unit_where(name: str, unit: ElementTree.Element) -> str:
    """Where a unit is, as a message names it: the file and the unit's id."""
    return message(QT_TRANSLATE_NOOP("Validation", "{file} unit {id}"), file=name, id=unit.get("id"))


def _units_20(root: ElementTree.Element, name: str) -> Iterator[Unit]:
    language = root.get("trgLang", "")
    for file in root.iter(f"{{{NS20}}}file"):
        case_id = file.get("original", "").removeprefix(CASE_PREFIX)
        for unit in file.iter(f"{{{NS20}}}unit"):
            segments = unit.findall(f"{{{NS20}}}segment")
            source = "".join(_text(s.find(f"{{{NS20}}}source")) for s in segments)
            target = "".join(_text(s.find(f"{{{NS20}}}target")) for s in segments)
            final = bool(segments) and all(s.get("state") == "final" for s in segments)
            status = CONFIRMED if final else ""
            yield (
                case_id,
                language,
                unit.get("id", ""),
                source,
                target,
                status,
                _unit_where(name, unit),
            )


def read(path: Path) -> list[Unit]:
    """Every unit of an XLIFF 1.2 or 2.0 file; TranslationError (one line) if it is not one."""
    try:
        size = path.stat().st_size
        if size > MAX_XLIFF_BYTES:
            too_big = QT_TRANSLATE_NOOP("Validation", "{file} is larger than {size} MB; split it.")
            raise TranslationError(message(too_big, file=path.name, size=MAX_XLIFF_BYTES // 1024 // 1024))
        data = path.read_bytes()
    except OSError as error:
        unreadable = QT_TRANSLATE_NOOP("Validation", "{path} cannot be read ({reason}).")
        raise TranslationError(message(unreadable, path=path, reason=error.strerror)) from None
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        dtd = QT_TRANSLATE_NOOP(
            "Validation", "{file} declares a DTD or entities; an XLIFF file needs none. Refused."
        )
        raise TranslationError(message(dtd, file=path.name)) from None
    except ElementTree.ParseError as error:
        not_xml = QT_TRANSLATE_NOOP("Validation", "{file} is not well-formed XML ({reason}).")
        raise TranslationError(message(not_xml, file=path.name, reason=error)) from None
    if root.tag == f"{{{NS12}}}xliff":
        units = _units_12(root, path.name)
    elif root.tag == f"{{{NS20}}}xliff":
        units = _units_20(root, path.name)
    else:
        not_xliff = QT_TRANSLATE_NOOP("Validation", "{file} is not an XLIFF 1.2 or 2.0 file.")
        raise TranslationError(message(not_xliff, file=path.name))
    found = []
    for unit in units:
        found.append(unit)
        if len(found) > MAX_UNITS:
            too_many = QT_TRANSLATE_NOOP("Validation", "{file} has more than {limit} units; split it.")
            raise TranslationError(message(too_many, file=path.name, limit=f"{MAX_UNITS:,}"))
    return found
