"""Help → About: the version, what ecplanner is built on and under which licences, and where
the user's files live.

The libraries are read from the installed packages' metadata (the built app carries it), so
the list is what actually ships: ecplanner's run-time requirements and theirs.
"""

from __future__ import annotations

import html
import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ecplanner import __version__

PYSIDE_SOURCE = "https://code.qt.io/cgit/pyside/pyside-setup.git"
QT_SOURCE = "https://code.qt.io/cgit/qt/qtbase.git"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def _licence(meta: metadata.PackageMetadata) -> str:
    """The SPDX expression where the package gives one, else its short licence field, else
    its licence classifiers."""
    def field(name: str) -> str:
        return str((meta.get_all(name) or [""])[0]).strip()

    expression = field("License-Expression")
    if expression:
        return expression
    short = field("License")
    if short and "\n" not in short and len(short) <= 60:
        return short
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "?"


def shipped_libraries(root: str = "ecplanner") -> list[Library]:
    """``root``'s run-time requirements and theirs, as installed; optional extras left out."""
    found: dict[str, Library] = {}
    todo = [root]
    while todo:
        try:
            dist = metadata.distribution(todo.pop())
        except metadata.PackageNotFoundError:
            continue  # a requirement for another system or Python version
        name = dist.metadata["Name"]
        key = re.sub(r"[-_.]+", "-", name).lower()  # PySide6_Essentials is pyside6-essentials
        if key in found:
            continue
        found[key] = Library(name, dist.version, _licence(dist.metadata))
        for requirement in dist.requires or []:
            match = _NAME.match(requirement)
            if match and "extra ==" not in requirement:
                todo.append(match.group(0))
    found.pop(root.lower(), None)
    return sorted(found.values(), key=lambda library: library.name.lower())


@dataclass(frozen=True)
class Folders:
    """Where the user's files live."""

    plans: Path
    backups: Path
    logs: Path
    licences: Path


class AboutDialog(QDialog):
    def __init__(self, folders: Folders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ecplanner"))
        self.resize(640, 560)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(self._html(folders, shipped_libraries()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _html(self, folders: Folders, libraries: list[Library]) -> str:
        def para(text: str) -> str:
            return f"<p>{text}</p>"

        def link(url: str) -> str:
            return f'<a href="{url}">{url}</a>'

        rows = "".join(f"<tr><td>{html.escape(lib.name)}</td><td>{html.escape(lib.version)}"
                       f"</td><td>{html.escape(lib.licence)}</td></tr>" for lib in libraries)
        places = "".join(f"<li>{html.escape(label)}: <code>{html.escape(str(path))}</code></li>"
                         for label, path in ((self.tr("Plans and the demo plan"), folders.plans),
                                             (self.tr("Backups"), folders.backups),
                                             (self.tr("Logs"), folders.logs)))
        where, libraries_title = self.tr("Where your files are"), self.tr("Libraries")
        head = [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        header = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in head)
        return "".join([
            f"<h2>ecplanner {html.escape(__version__)}</h2>",
            para(self.tr("Plan an online store's year: platform events, launches, clearance "
                         "and budget. ecplanner is free software under the MIT licence.")),
            para(self.tr("Built on Qt %1, PySide6 %2 and Python %3.")
                 .replace("%1", qVersion()).replace("%2", pyside_version)
                 .replace("%3", platform.python_version())),
            para(self.tr("Qt and PySide6 are used under the GNU Lesser General Public License "
                         "version 3 (LGPL-3.0). They are the shared libraries in ecplanner's "
                         "folder, and you may replace them with versions you build yourself. "
                         "Their source code: %1 (PySide6) and %2 (Qt), version %3.")
                 .replace("%1", link(PYSIDE_SOURCE)).replace("%2", link(QT_SOURCE))
                 .replace("%3", qVersion())),
            para(self.tr("The licence texts are in %1; each library's own is in its "
                         "metadata folder beside it.")
                 .replace("%1", f"<code>{html.escape(str(folders.licences))}</code>")),
            f"<h3>{html.escape(where)}</h3><ul>{places}</ul>",
            f"<h3>{html.escape(libraries_title)}</h3>",
            f"<table cellpadding='3'><tr>{header}</tr>{rows}</table>",
        ])
