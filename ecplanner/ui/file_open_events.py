"""macOS hands a double-clicked ``*.ecplan`` to the running app as a ``FileOpen`` event.

The bundle's ``Info.plist`` declares the document type (packaging/ecplanner.spec); this
filter is the app's half of that contract: the window opens the file it is given. Other
systems pass the file on the command line and never send the event.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from ecplanner.ui.main_window import MainWindow


class FileOpenFilter(QObject):
    """Opens the plan of each ``FileOpen`` event the application receives in ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            local = event.file()
            if local:
                self._window.open_path(Path(local))
                return True
        return super().eventFilter(watched, event)
