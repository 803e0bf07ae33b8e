"""Composition root for the window: builds the store, the document and the main window.

Imported only to open the window, once ``cli`` has checked that Qt's GUI can load here.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSize,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ecplanner import paths, plans
from ecplanner.logs import setup_logging
from ecplanner.store.errors import PlanFileError
from ecplanner.ui.collector import BuiltPartsFrozen
from ecplanner.ui.common.messages import refusal_text
from ecplanner.ui.crash import install_excepthook
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.file_open_events import FileOpenFilter
from ecplanner.ui.interpreter import share_with_workers
from ecplanner.ui.main_window import MainWindow
from ecplanner.ui.new_plan_dialog import NewPlanDialog, ask_new_plan_path
from ecplanner.ui.screenshots import ScreenshotTour
from ecplanner.ui.stop_signals import close_on_stop_signals


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Installs ecplanner's words and Qt's own (OK, Cancel, file dialogs) in the default
    locale's language and returns them; English plurals where ecplanner has no words."""

    locale = QLocale()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours_folder = str(paths.resources_dir() / "translations")
    installed: list[QTranslator] = []
    # The translator installed last is asked first: ecplanner's words win over Qt's.
    for name, folder in (("qtbase", qt_folder), ("ecplanner", ours_folder)):
        translator = QTranslator(app)
        # A language ecplanner has no words for reads English, whose file holds the
        # plural forms ("1 day" / "27 days").
        if (translator.load(locale, name, "_", folder)
                or (name == "ecplanner" and translator.load("ecplanner_en", folder))):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


_ICON_AFTER_MS = 150


def app_icon() -> QIcon:
    """The calendar page of ``resources/icons`` in each size drawn; with the size given, Qt
    reads a file only when that size is shown."""
    icon = QIcon()
    for png in (paths.resources_dir() / "icons").glob("ecplanner-*.png"):
        side = int(png.stem.rpartition("-")[2])
        icon.addFile(str(png), QSize(side, side))
    return icon


def run_gui(plan: Path | None, screenshots: Path | None = None) -> int:
    """Open ``plan`` (or the demo plan) in the main window; return the exit code.

    With ``screenshots``, the window saves a picture of each tab there and quits
    (``ecplanner.ui.screenshots``)."""
    started = _show_window(plan)
    if started is None:
        return 3
    app, window = started  # held: the window lives as long as the event loop
    close_on_stop_signals(window)
    app.installEventFilter(FileOpenFilter(window))  # a plan double-clicked in macOS Finder
    # Qt's icon machinery takes ~15 ms to start: the icon comes just after the first paint.
    QTimer.singleShot(_ICON_AFTER_MS, app, lambda: app.setWindowIcon(app_icon()))
    if screenshots is not None:
        ScreenshotTour(window, screenshots)
    return int(app.exec())


def _show_window(plan: Path | None) -> tuple[QApplication, MainWindow] | None:
    """The application and its shown main window; None when the plan is refused."""
    log_file = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    share_with_workers()
    assert isinstance(app, QApplication)
    if QLocale().name() == "C":  # no usable system locale: still group digits in money
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app.setOrganizationName("ecplanner")
    app.setApplicationName("ecplanner")
    app.setDesktopFileName("ecplanner")  # Wayland finds the icon through ecplanner.desktop
    install_translators(app)
    install_excepthook(log_file)
    document = None
    try:
        path = plan or plans.ensure_demo_plan(plans.planning_year(date.today()))
        document = _open_document(path)
        # The first tab reads the plan: a value found damaged refuses the plan too.
        window = MainWindow(document, _open_document, log_file.parent, _new_document)
    except PlanFileError as error:
        logging.getLogger("ecplanner").warning("refused %s: %s", error.path, error)
        if document is not None:
            document.close()
        QMessageBox.warning(None, "ecplanner", refusal_text(error))
        return None
    BuiltPartsFrozen(window)
    window.show()
    return app, window


def _open_document(path: Path) -> PlanDocument:
    return PlanDocument(plans.open_plan(path))


def _new_document(parent: QWidget) -> PlanDocument | None:
    dialog = NewPlanDialog(parent)
    if dialog.exec() != NewPlanDialog.DialogCode.Accepted:
        return None
    target = ask_new_plan_path(parent)
    if target is None:
        return None
    try:
        return PlanDocument(plans.create_plan(target, dialog.plan_info()))
    except PlanFileError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("App", "Cannot create plan"),
                            refusal_text(error))
        return None
