"""The Help menu's windows: the offline user guide and the About dialog with versions and licences."""

from __future__ import annotations

import html
import platform
import re
import sqlite3
from importlib.metadata import PackageNotFoundError, requires
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import APP_NAME, __version__
from desktop.catalogue.render import markdown_to_safe_html
from desktop.catalogue.upkeep import LIBRARIES, package_version
from desktop.resources import resource_path
from desktop.text.countries import words_language
from desktop.text.language import SOURCE_LANGUAGE
from desktop.ui.browse.case_view import CaseView
from desktop.ui.kit.accessible import describe_list, describe_table
from desktop.ui.tasks import TaskRunner

GUIDE_FOLDER = "desktop/guide"
GUIDE_PAGES = (
    "index",
    "finding-cases",
    "comparing-cases",
    "exchanging-bundles",
    "resolving-conflicts",
    "translating-cases",
    "adapting-a-practice",
    "keyboard",
    "your-data",
)
# The safe renderer keeps only web and in-app links, so a link to another guide page becomes an
# address under the reserved `.invalid` domain, which can never resolve; the help window catches it.
PAGE_LINK_BASE = "https://guide.leaps.invalid/"
_PAGE_LINK = re.compile(r"\]\(([a-z0-9-]+)\.md\)")
_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9._-]+")
LICENCE_FOLDER = "desktop/licenses"
LICENCE_FILES = ("THIRD_PARTY.md", "LGPL-3.0.txt", "GPL-3.0.txt")


# The guide


def page_file(name: str, language: str = SOURCE_LANGUAGE) -> Path:
    """A guide page's file in a language (guide/ko/, guide/id/), else the English one."""
    folder = resource_path(GUIDE_FOLDER)
    translated = folder / language / f"{name}.md"
    return translated if language != SOURCE_LANGUAGE and translated.is_file() else folder / f"{name}.md"


def page_markdown(name: str, language: str = SOURCE_LANGUAGE) -> str:
    """The Markdown source of a guide page, in a language where the guide has it."""
    return page_file(name, language).read_text(encoding="utf-8")


def page_title(markdown: str) -> str:
    """A page's title: its first top-level heading."""
    return next((line[2:].strip() for line in markdown.splitlines() if line.startswith("# ")), "")


def linked_pages(markdown: str) -> list[str]:
    """The guide pages a page links to, by name."""
    return _PAGE_LINK.findall(markdown)


def page_html(name: str, language: str = SOURCE_LANGUAGE) -> str:
    """A guide page rendered through the app's safe Markdown renderer, its page links kept."""
    markdown = _PAGE_LINK.sub(lambda m: f"]({PAGE_LINK_BASE}{m.group(1)})", page_markdown(name, language))
    return markdown_to_safe_html(markdown)


def page_of_link(url: QUrl) -> str | None:
    """The guide page a link points at, or None for a link that leaves the guide."""
    text = url.toString()
    return text.removeprefix(PAGE_LINK_BASE) if text.startswith(PAGE_LINK_BASE) else None


class GuidePage(CaseView):
    """A guide page; its own Back key (Alt+Left) asks the window for the page shown before."""

    back_requested = Signal()

    def backward(self) -> None:
        """QTextBrowser's Back, which the guide's own history answers."""
        self.back_requested.emit()


class HelpWindow(QDialog):
    """The user guide: a contents list beside the page; links between pages work; Alt+Left goes back.

    The guide speaks the language of the window's words, page by page where it has a translation.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = words_language()
        self.setWindowTitle(self.tr("{app} user guide").format(app=APP_NAME))
        self.setAccessibleName(self.tr("User guide"))
        self.resize(980, 680)
        self.current = ""
        self.history: list[str] = []
        layout = QVBoxLayout(self)
        splitter = QSplitter()
        self.contents = QListWidget()
        describe_list(self.contents)
        self.contents.setAccessibleName(self.tr("Guide contents"))
        for name in GUIDE_PAGES:
            item = QListWidgetItem(page_title(page_markdown(name, self.language)))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._contents_chosen)
        splitter.addWidget(self.contents)
        self.page = GuidePage()
        self.page.back_requested.connect(self.back)
        self.page.setAccessibleName(self.tr("Guide page"))
        self.page.open_external = self._follow
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("Back to the page you came from (Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.back)
        self.show_page(GUIDE_PAGES[0])
        self.page.setFocus()

    def show_page(self, name: str, remember: bool = True) -> None:
        """Show a guide page and select it in the contents."""
        if name == self.current:
            return
        if remember and self.current:
            self.history.append(self.current)
        self.current = name
        self.page.show_page(page_html(name, self.language))
        row = GUIDE_PAGES.index(name)
        if self.contents.currentRow() != row:
            self.contents.setCurrentRow(row)
        self.back_button.setEnabled(bool(self.history))

    def back(self) -> None:
        """Return to the page shown before this one."""
        if self.history:
            self.show_page(self.history.pop(), remember=False)

    def _contents_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def _follow(self, url: QUrl) -> bool:
        name = page_of_link(url)
        if name in GUIDE_PAGES:
            self.show_page(name)
            return True
        return QDesktopServices.openUrl(url)


def open_guide(parent: QWidget, page: str = GUIDE_PAGES[0]) -> HelpWindow:
    """Show the user guide (one window per parent, raised if already open) at a page."""
    window = parent.findChild(HelpWindow)
    if window is None:
        window = HelpWindow(parent)
    window.show_page(page)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


# About


def library_names() -> list[str]:
    """The packages the app runs on, as its installed metadata declares them."""
    try:
        declared = requires("leaps-catalogue") or []
    except PackageNotFoundError:  # a source tree never installed: the catalogue's own list
        return list(LIBRARIES)
    names = [_REQUIREMENT_NAME.match(r) for r in declared if "extra ==" not in r]
    return [m.group(0) for m in names if m]


def gather_versions() -> list[tuple[str, str]]:
    """The app's version and those of Python, Qt, PySide6, SQLite and each library it runs on."""
    found = [
        (APP_NAME, __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLite", sqlite3.sqlite_version),
    ]
    shown = {"pyside6-essentials"}
    return found + [(name, package_version(name)) for name in library_names() if name.lower() not in shown]


def lgpl_notice() -> str:
    """The notice the LGPL asks for Qt and PySide6, translated."""
    return QCoreApplication.translate(
        "About",
        "Qt {qt} and PySide6 {pyside} are used under the GNU Lesser General Public License "
        "version 3 (LGPL-3.0). They are shipped unmodified as separate libraries, which you may "
        "replace with your own builds of the same versions. Their source code is at "
        "https://download.qt.io/official_releases/qt/ and https://code.qt.io/cgit/pyside/pyside-setup.git/. "
        "The licence texts are under Licences.",
    ).format(qt=qVersion(), pyside=PySide6.__version__)


def licence_text(filename: str) -> str:
    """One of the shipped licence files."""
    return (resource_path(LICENCE_FOLDER) / filename).read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """The app's name and version, where its data is, what it runs on, and the licences it ships."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setAccessibleName(self.tr("About {app}").format(app=APP_NAME))
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._summary(data_dir), self.tr("&About"))
        self.versions = QTableWidget(0, 2)
        describe_table(self.versions, editable=False)
        self.versions.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version")])
        self.versions.setAccessibleName(self.tr("Versions in use"))
        self.versions.verticalHeader().setVisible(False)
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.versions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.versions, self.tr("&Versions"))
        self.tabs.addTab(self._licences(), self.tr("&Licences"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _summary(self, data_dir: Path) -> QLabel:
        description = self.tr(
            "An offline catalogue of city innovation cases: learn, exchange, adapt, prototype, scale."
        )
        where = self.tr("Data folder: {folder}").format(folder=str(data_dir))
        text = (
            f"<h2>{html.escape(APP_NAME)} {html.escape(__version__)}</h2>"
            f"<p>{html.escape(description)}</p><p>{html.escape(where)}</p>"
            f"<p>{html.escape(lgpl_notice())}</p>"
        )
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setAccessibleName(self.tr("About this app"))
        return label

    def _licences(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        self.licence_choice = QComboBox()
        self.licence_choice.setAccessibleName(self.tr("Licence document"))
        for filename, label in zip(
            LICENCE_FILES,
            (self.tr("Third-party software"), self.tr("GNU LGPL 3.0"), self.tr("GNU GPL 3.0")),
            strict=True,
        ):
            self.licence_choice.addItem(label, filename)
        self.licence_choice.currentIndexChanged.connect(self._show_licence)
        column.addWidget(self.licence_choice)
        self.licence_view = CaseView()
        self.licence_view.setAccessibleName(self.tr("Licence text"))
        column.addWidget(self.licence_view)
        self._show_licence()
        return panel

    def _show_licence(self) -> None:
        filename = self.licence_choice.currentData()
        text = licence_text(filename)
        if filename.endswith(".md"):
            self.licence_view.show_page(markdown_to_safe_html(text))
        else:
            self.licence_view.setPlainText(text)

    def show_versions(self, versions: list[tuple[str, str]]) -> None:
        """Fill in the versions table."""
        self.versions.setRowCount(len(versions))
        for row, (name, version) in enumerate(versions):
            self.versions.setItem(row, 0, QTableWidgetItem(name))
            self.versions.setItem(row, 1, QTableWidgetItem(version))
        self.versions.resizeColumnToContents(0)
        self.versions.resizeRowsToContents()


def open_about(parent: QWidget, data_dir: Path, tasks: TaskRunner | None = None) -> AboutDialog:
    """Show the About dialog; the versions are looked up on the worker when one is given."""
    dialog = AboutDialog(data_dir, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if tasks is None:
        dialog.show_versions(gather_versions())
    else:
        tasks.run(gather_versions, lambda versions: isValid(dialog) and dialog.show_versions(versions))
    dialog.show()
    return dialog
