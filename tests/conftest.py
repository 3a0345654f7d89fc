"""Shared fixtures: offscreen Qt, throwaway data dirs, a seeded catalogue made once per run."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# First of all: the private home for the whole run, before anything reads where home is.
from tests.hermetic import pytest_runtest_makereport, pytest_sessionfinish  # noqa: F401, I001

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot  # noqa: E402

from desktop.catalogue.service import Catalogue  # noqa: E402
from desktop.store.records import Case, Component, Precondition, Source  # noqa: E402
from tests.worker_helpers import CatalogueWorker  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def application(qapp: object) -> object:
    """One QApplication for the whole run, made first: a document export that ran before any
    window test would otherwise leave a bare QGuiApplication, on which widgets cannot live."""
    return qapp


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Window settings written by a test go to a fresh folder, never the person's own."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("settings"))
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, folder)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir holding the whole seed and its index, built once and copied per test."""
    folder = tmp_path_factory.mktemp("seeded") / "data"
    Catalogue.open(folder).close()
    return folder


@pytest.fixture
def data_dir(tmp_path: Path, seeded_template: Path) -> Path:
    """A private copy of the seeded data dir."""
    target = tmp_path / "data"
    shutil.copytree(seeded_template, target)
    return target


@pytest.fixture
def catalogue(data_dir: Path) -> Iterator[Catalogue]:
    """The seeded catalogue, opened on a private data dir."""
    opened = Catalogue.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def worker(qtbot: QtBot, data_dir: Path) -> Iterator[CatalogueWorker]:
    """The seeded catalogue opened on a task runner's thread, as the window holds it; closed there after."""
    opened = CatalogueWorker(qtbot, data_dir)
    yield opened
    opened.close()


def make_case(**overrides: object) -> Case:
    """A small valid case; tests override what they care about."""
    case_id = str(uuid.uuid4())
    values: dict[str, object] = {
        "id": case_id,
        "title": "Rainwater tanks for street markets",
        "summary": "Market stalls collect rainwater for cleaning.",
        "problem": "Markets used drinking water to wash stalls.",
        "approach": "The city lent tanks to market associations.",
        "results": "Water use fell in the pilot markets.",
        "city": "Colombo",
        "country": "LK",
        "region": "South Asia",
        "latitude": 6.93,
        "longitude": 79.85,
        "year_started": 2019,
        "stage": "pilot",
        "themes": ["water"],
        "sdgs": [6, 11],
        "components": [
            Component(
                id=str(uuid.uuid4()),
                name=f"Part {n}",
                description="What it is",
                mechanism="How it works",
                preconditions=[Precondition("budget", "A small fund")],
                role="core",
            )
            for n in range(3)
        ],
        "sources": [Source(id=str(uuid.uuid4()), title="Field notes", citation="Visit report, 2020")],
    }
    values.update(overrides)
    return Case(**values)  # type: ignore[arg-type]
