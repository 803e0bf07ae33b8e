"""Work that can wait for the window to finish building its tabs.

While ``MainWindow`` builds a plan's tabs at idle (``building_tabs``), every turn of the
event loop is a part of that build; a worker running pure Python meanwhile takes the
interpreter from those turns (on the 20,000-item plan a glance of ~80 ms in a worker
stretched a building turn from ~50 ms of its own work to ~180 ms on the clock). What only
refreshes what is already on screen runs once the tabs are built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def after_build(widget: QWidget, job: Callable[[], None]) -> None:
    """``job()`` now, or once ``widget``'s main window has built its tabs."""
    window: Any = widget.window()  # the main window when there is one
    if getattr(window, "building_tabs", False):
        window.tabs_built.connect(job, Qt.ConnectionType.SingleShotConnection)
    else:
        job()
