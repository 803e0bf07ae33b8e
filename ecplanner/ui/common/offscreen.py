"""A QGuiApplication for the command line's drawings (the calendar picture, the report PDF):
started offscreen when none runs and no display is there, and kept for the process."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None


def ensure_gui() -> None:
    global _app
    if QCoreApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["ecplanner"])
