"""Help → About: the version, Qt's and the libraries', the LGPL and where Qt's source is,
and where the user's files are."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from pytestqt.qtbot import QtBot

from ecplanner import __version__, paths, plans
from ecplanner.ui.about_dialog import AboutDialog, shipped_libraries
from ecplanner.ui.actions import ActionId
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.main_window import MainWindow


def test_about_names_versions_licences_and_folders(qtbot: QtBot, document: PlanDocument,
                                                   tmp_path: Path) -> None:
    window = MainWindow(document, lambda path: PlanDocument(plans.open_plan(path)), tmp_path)
    qtbot.addWidget(window)
    window.action_map[ActionId.ABOUT].trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert f"ecplanner {__version__}" in text
    assert f"Qt {qVersion()}, PySide6 {pyside_version}" in text
    assert "LGPL-3.0" in text and "https://code.qt.io/cgit/pyside/pyside-setup.git" in text
    for folder in (paths.data_dir(), paths.backup_dir(), tmp_path):
        assert str(folder) in text
    assert (paths.resources_dir() / "licenses" / "LGPL-3.0.txt").exists()
    dialog.reject()


def test_the_libraries_are_what_ecplanner_requires_and_theirs() -> None:
    libraries = {re.sub(r"[-_.]+", "-", library.name).lower(): library
                 for library in shipped_libraries()}
    assert {"pyside6-essentials", "shiboken6", "holidays", "sqlalchemy",
            "numpy", "xlsxwriter"} <= set(libraries)
    assert not {"pytest", "mypy", "hypothesis", "pandas", "ecplanner"} & set(libraries)
    assert "LGPL-3.0" in libraries["pyside6-essentials"].licence
    assert libraries["holidays"].licence == "MIT"


def test_the_app_icon_comes_in_every_size_the_desktops_ask_for(qapp: object) -> None:
    from PySide6.QtCore import QSize

    from ecplanner.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == {16, 24, 32, 48, 64, 128,
                                                                256, 512}
    assert icon.pixmap(QSize(48, 48)).width() == 48
