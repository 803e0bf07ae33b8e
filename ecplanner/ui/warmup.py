"""Loading what start-up leaves out, in a background thread once the window is up.

Two rounds. Once the window has built its tabs: the plan file's table classes (SQLModel,
with pydantic and SQLAlchemy's ORM, ~150 ms), which every read does without but the
first edit writes with (not sooner: sharing the GIL, each build would take twice as
long). 1.5 s after start: numpy (clearance), pyqtgraph (charts) and the holiday and
lunar tables, so the first visit to Inventory or Budget does not freeze for half a
second. An edit in the first ~0.6 s (before the first round is through) waits for the
classes once, 0.1–0.2 s; Inventory and Budget load numpy in a worker (``common.heavy``).
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, SignalInstance

log = logging.getLogger(__name__)

SOON = ("ecplanner.store.tables",)
LATER = ("numpy", "holidays", "lunar_python", "pyqtgraph")
LATER_MS = 1500
THREAD_NAME = "ecplanner-warm-up"


def _import_all(names: Sequence[str]) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # a failed warm-up only means the first use loads it instead
            log.exception("could not preload %s", name)


def _start(names: Sequence[str]) -> None:
    threading.Thread(target=_import_all, args=(names,), name=THREAD_NAME,
                     daemon=True).start()


def warm_up_later(window_idle: SignalInstance) -> None:
    """Start the background imports: ``SOON`` at the first ``window_idle``, ``LATER`` after
    ``LATER_MS``."""
    window_idle.connect(lambda: _start(SOON), Qt.ConnectionType.SingleShotConnection)
    QTimer.singleShot(LATER_MS, lambda: _start(LATER))
