"""Uncaught exceptions: logged, shown in a dialog, and the application keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ecplanner.store.errors import PlanFileError
from ecplanner.ui.common.messages import refusal_text

log = logging.getLogger("ecplanner")


def install_excepthook(log_file: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, error, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        if isinstance(error, PlanFileError):  # a plan found damaged as it was read
            QMessageBox.warning(None, "ecplanner", refusal_text(error))
            return
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("Crash", "Something went wrong"),
                          QCoreApplication.translate(
                              "Crash", "ecplanner hit an error and stopped that action. "
                              "Your plan is saved as of the last completed edit.\n\n"
                              "%1\n\nThe details are in the log file:\n%2")
                          .replace("%1", f"{kind.__name__}: {error}")
                          .replace("%2", str(log_file)))
        box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
        box.exec()

    sys.excepthook = hook
