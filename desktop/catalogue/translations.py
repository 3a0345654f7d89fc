"""Linked translations of cases: made, confirmed, drafted by a local engine, and read in a language."""

from __future__ import annotations

import platform
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from desktop.catalogue.translation_status import (
    CURRENT,
    MISSING,
    OUT_OF_DATE,
    FieldStatus,
    TranslationError,
    TranslationStatus,
    Unit,
    case_units,
)
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import translations as store
from desktop.store.records import MAX_TEXT_CHARS, Case, Component, Precondition
from desktop.store.translations import MAX_LANGUAGE_CHARS

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.catalogue.translation_engine import Engine

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def language_tag(text: str) -> str:
    """A BCP 47 language tag as typed ("ko", "pt-BR"), checked; TranslationError if it is none."""
    tag = text.strip().replace("_", "-")
    if not _LANGUAGE_TAG.match(tag) or len(tag) > MAX_LANGUAGE_CHARS:
        not_a_tag = QT_TRANSLATE_NOOP(
            "Validation", "{text} is not a language tag; use a code such as ko, id or pt-BR."
        )
        raise TranslationError(message(not_a_tag, text=repr(text)))
    parts = tag.split("-")
    return "-".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p for p in parts[1:])])


def same_language(a: str, b: str) -> bool:
    """True if two tags name one language for reading ("ko" and "ko-KR")."""
    return bool(a) and bool(b) and a.split("-")[0].lower() == b.split("-")[0].lower()


@dataclass
class ReadCase:
    """A case as a reader of one language sees it: translated where a translation exists."""

    case: Case
    language: str
    original_language: str
    # Unit keys shown in the reader's language, shown in the original (no translation), shown
    # from a translation whose original changed since, and shown from a machine draft.
    translated: set[str] = field(default_factory=set)
    fallback: set[str] = field(default_factory=set)
    out_of_date: set[str] = field(default_factory=set)
    machine: set[str] = field(default_factory=set)
    # The engine of each machine-drafted field, by unit key.
    engines: dict[str, str] = field(default_factory=dict)

    @property
    def is_translated(self) -> bool:
        """True if any field is shown in the reader's language."""
        return bool(self.translated)

    def state(self, record_type: str, record_id: str, name: str) -> str:
        """How one field is shown: `translated`, `machine`, `out of date`, `original` or ``."""
        key = f"{record_type}:{record_id}:{name}"
        if key in self.machine:
            return "machine"
        if key in self.out_of_date:
            return OUT_OF_DATE
        if key in self.translated:
            return "translated"
        return "original" if key in self.fallback else ""


class Translations:
    """The translations of one open catalogue's cases."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.db = catalogue.db

    def units(self, case: Case) -> list[Unit]:
        """The translatable fields of a case, with the stamp of each original field."""
        records = [("cases", case.id)]
        records += [("components", c.id) for c in case.components]
        records += [("sources", s.id) for s in case.sources]
        stamps = {key: store.field_stamps(self.db, *key) for key in records}
        return case_units(case, stamps)

    def status(self, case_id: str, language: str) -> TranslationStatus:
        """Every translatable field of a case in one language, with its freshness."""
        case = self.catalogue.get(case_id)
        language = language_tag(language)
        held = {
            (v["record_type"], v["record_id"], v["field"]): v
            for v in store.translation_values(self.db, case_id, language)
        }
        status = TranslationStatus(case.id, case.title, case.language, language)
        names = store.device_names(self.db)
        names[self.catalogue.writer.device_id] = platform.node() or "this device"
        authors: dict[str, None] = {}
        for unit in self.units(case):
            value = held.get((unit.record_type, unit.record_id, unit.field))
            if not value or not value.get("text"):
                status.fields.append(FieldStatus(unit))
                continue
            stamp = value["stamp"]
            status.fields.append(
                FieldStatus(unit, value["text"], value["source"], value["machine"], value["by"], stamp)
            )
            device = stamp.split(".", 2)[2] if stamp.count(".") >= 2 else ""
            authors[value["by"] or value["machine"] or names.get(device, device)] = None
            status.updated_at = max(status.updated_at, value["updated_at"])
        status.authors = [a for a in authors if a]
        return status

    def languages(self, case_id: str) -> list[str]:
        """The languages a case has a translation in."""
        return sorted({v["language"] for v in store.translation_values(self.db, case_id) if v.get("text")})

    def all(self) -> list[TranslationStatus]:
        """Every translation in the catalogue, case by case."""
        return [self.status(case_id, language) for case_id, language in store.translated_cases(self.db)]

    def save(
        self,
        case_id: str,
        language: str,
        texts: dict[str, str],
        *,
        machine: str = "",
        by: str = "",
        only_missing: bool = False,
        sources: dict[str, str] | None = None,
    ) -> int:
        """Set translated fields (unit key -> text) as made from the original as it stands now;
        how many fields changed. `machine` names the engine of a draft no person has confirmed;
        `only_missing` keeps every field a person already translated (a draft never overwrites one).
        `sources` gives, per key, the original text a translation was made from when it is not the
        original as it stands (a translator's file made earlier): the field then shows out of date."""
        language = language_tag(language)
        case = self.catalogue.get(case_id)
        if same_language(language, case.language):
            same = QT_TRANSLATE_NOOP(
                "Validation", "The case is written in {language}; translate it into another language."
            )
            raise TranslationError(message(same, language=case.language))
        current = {f.unit.key: f for f in self.status(case_id, language).fields}
        unknown = sorted(set(texts) - set(current))
        if unknown:
            no_field = QT_TRANSLATE_NOOP(
                "Validation", "The case has no translatable field {id}; nothing was changed."
            )
            raise TranslationError(message(no_field, id=unknown[0]))
        too_long = [key for key, text in texts.items() if len(text) > MAX_TEXT_CHARS]
        if too_long:
            over = QT_TRANSLATE_NOOP(
                "Validation", "The translation of {id} is over {limit} characters; nothing was changed."
            )
            raise TranslationError(message(over, id=too_long[0], limit=f"{MAX_TEXT_CHARS:,}"))
        values: list[dict[str, str]] = []
        for key, text in texts.items():
            held = current[key]
            text = text.strip()
            if only_missing and held.translation and not held.machine:
                continue
            unchanged = held.translation == text and held.machine == machine and held.state != OUT_OF_DATE
            if unchanged or (not text and not held.translation):
                continue
            unit = held.unit
            source = (sources or {}).get(key, unit.original)
            if source.strip() != unit.original.strip():
                unit = replace(unit, original=source, stamp="")
            values.append(_value(case.id, language, unit, text, machine=machine, by=by))
        return self._write(case, values)

    def confirm(self, case_id: str, language: str, keys: Iterable[str] | None = None, *, by: str = "") -> int:
        """A person confirms translated fields as they stand (all, or the keys named): a machine
        draft becomes theirs, and an out-of-date field is linked to the original as it is now."""
        language = language_tag(language)
        case = self.catalogue.get(case_id)
        wanted = set(keys) if keys is not None else None
        values: list[dict[str, str]] = []
        for held in self.status(case_id, language).fields:
            unit = held.unit
            if wanted is not None and unit.key not in wanted:
                continue
            if held.state == MISSING or (held.state == CURRENT and not held.machine):
                continue
            values.append(_value(case.id, language, unit, held.translation, machine="", by=by or held.by))
        return self._write(case, values)

    def _write(self, case: Case, values: list[dict[str, str]]) -> int:
        changed = store.save_translations(self.catalogue.writer, values) if values else 0
        if changed:
            self.catalogue.reindex_cases([case.id])
        return changed

    def draft(self, case_id: str, language: str, engine: Engine) -> int:
        """Machine drafts, from a local engine, of the fields no person has translated; how many."""
        language = language_tag(language)
        case = self.catalogue.get(case_id)
        texts = {
            held.unit.key: engine.translate(held.unit.original, case.language or "en", language)
            for held in self.status(case_id, language).fields
            if held.state != CURRENT and (not held.translation or held.machine)
        }
        return self.save(case_id, language, texts, machine=engine.name, only_missing=True)

    def glossary_terms(self, text: str, language: str) -> list[tuple[str, str]]:
        """The glossary's terms in `language` for the concepts an original text names: (the words
        as the original writes them, the terms a translator should use)."""
        from desktop.catalogue.service import GLOSSARY_FOLDER
        from desktop.search.glossary import glossary

        words = glossary(self.catalogue.data_dir / GLOSSARY_FOLDER)
        concepts = {concept.key: concept for concept in words.concepts}
        primary = language.split("-")[0].lower()
        found: dict[str, str] = {}
        for expansion in words.expansions(text):
            terms = concepts[expansion.concept].terms.get(primary)
            if terms:
                found.setdefault(expansion.typed, "; ".join(terms))
        return sorted(found.items(), key=lambda item: item[0].lower())

    def read(self, case: Case, language: str) -> ReadCase:
        """The case in a reader's language where it is translated, field by field; the original
        elsewhere (marked as such). A case written in that language is returned as it is."""
        read = ReadCase(case, language, case.language)
        if not language or same_language(language, case.language):
            return read
        match = [t for t in self.languages(case.id) if same_language(t, language)]
        if not match:
            return read
        status = self.status(case.id, match[0])
        shown = replace(
            case, components=[replace(c) for c in case.components], sources=[replace(s) for s in case.sources]
        )
        parts = {("components", c.id): c for c in shown.components}
        parts.update({("sources", s.id): s for s in shown.sources})
        for held in status.fields:
            unit = held.unit
            if not held.translation:
                read.fallback.add(unit.key)
                continue
            read.translated.add(unit.key)
            if held.machine:
                read.machine.add(unit.key)
                read.engines[unit.key] = held.machine
            if held.state == OUT_OF_DATE:
                read.out_of_date.add(unit.key)
            target = shown if unit.record_type == "cases" else parts[(unit.record_type, unit.record_id)]
            if unit.field == "preconditions":
                _translate_preconditions(target, held.translation)
            else:
                setattr(target, unit.field, held.translation)
        read.case = shown
        return read


def _value(case_id: str, language: str, unit: Unit, text: str, *, machine: str, by: str) -> dict[str, str]:
    """A translated field as stored: what it translates, its text, and the original it was made from."""
    return {
        "case_id": case_id,
        "record_type": unit.record_type,
        "record_id": unit.record_id,
        "field": unit.field,
        "language": language,
        "text": text,
        "source": unit.original,
        "from": unit.stamp,
        "machine": machine,
        "by": by,
    }


def _translate_preconditions(component: Component, text: str) -> None:
    """Put translated preconditions (one a line) in place, when there are as many as the original's."""
    lines = text.split("\n")
    if len(lines) == len(component.preconditions):
        pairs = zip(component.preconditions, lines, strict=True)
        component.preconditions = [Precondition(p.kind, line) for p, line in pairs]
