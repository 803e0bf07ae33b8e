"""``ecplanner PLAN --screenshots FOLDER``: the window shows itself to a script.

It prints ``first paint`` when the window is first drawn (the smoke test times start-up
by it), waits for the Overview's check of the plan's warnings, then shows each tab in turn and
saves a picture of it (``1-overview.png`` …), then Help → About, and quits: exit code 0
when the warnings were checked, 4 when the check failed or did not end within a minute.
The packaging smoke test runs the built app this way (``packaging/smoke.sh``): a frozen
app runs no test code, but it can be asked to show what a user would see.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ecplanner.ui.about_dialog import AboutDialog
from ecplanner.ui.actions import ActionId
from ecplanner.ui.main_window import MainWindow
from ecplanner.ui.overview.view import OverviewTab
from ecplanner.ui.tabs import TABS

SETTLE_MS = 700  # a shown tab catches up with the plan and paints its charts
WARNINGS_TIMEOUT_MS = 60_000


class ScreenshotTour(QObject):
    """Drives ``window`` once through its tabs; quits the application when done."""

    def __init__(self, window: MainWindow, folder: Path) -> None:
        super().__init__(window)
        self._window = window
        self._folder = folder
        self._checked: bool | None = None
        self._next_tab = 0
        folder.mkdir(parents=True, exist_ok=True)
        overview = window.tab("overview")
        assert isinstance(overview, OverviewTab)
        self._warnings = overview.warnings
        self._warnings.checked.connect(self._on_checked)
        QTimer.singleShot(WARNINGS_TIMEOUT_MS, self, lambda: self._on_checked(False))
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            print("first paint", flush=True)
        return False

    def _on_checked(self, ok: bool) -> None:
        if self._checked is not None:
            return
        self._checked = ok
        self._warnings.checked.disconnect(self._on_checked)
        QTimer.singleShot(SETTLE_MS, self, self._show_next_tab)

    def _save(self, widget: QWidget, name: str) -> None:
        path = self._folder / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        print(f"wrote {path}")

    def _show_next_tab(self) -> None:
        tabs = self._window.tabs
        if self._next_tab > 0:  # the tab shown a moment ago has painted
            key = TABS[self._next_tab - 1].key
            self._save(self._window, f"{self._next_tab}-{key}")
        if self._next_tab < tabs.count():
            tabs.setCurrentIndex(self._next_tab)
            self._next_tab += 1
            QTimer.singleShot(SETTLE_MS, self, self._show_next_tab)
            return
        self._window.action_map[ActionId.ABOUT].trigger()
        QTimer.singleShot(SETTLE_MS, self, self._finish)

    def _finish(self) -> None:
        dialog = self._window.findChild(AboutDialog)
        if dialog is not None:
            self._save(dialog, f"{self._window.tabs.count() + 1}-about")
            dialog.close()
        if not self._checked:
            print(f"ecplanner: the plan's warnings were not checked: "
                  f"{self._warnings.title.text()}", file=sys.stderr)
        QApplication.exit(0 if self._checked else 4)
