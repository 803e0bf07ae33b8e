"""numpy and pyqtgraph: imported off the UI thread the first time a view needs them.

Importing them takes 0.3–0.5 s. The warm-up thread (``ui.warmup``) loads them a moment
after start; a view shown before that waits on a ``Loader`` instead of freezing on the
import, or on the import lock while the warm-up holds it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject

from ecplanner.ui.common.background import Background

HEAVY = ("numpy", "pyqtgraph")


def imported(names: tuple[str, ...] = HEAVY) -> bool:
    """Whether all of ``names`` are imported through, not half-way in another thread."""
    for name in names:
        module = sys.modules.get(name)
        spec = getattr(module, "__spec__", None)
        # importlib marks a module's spec while the module is still running its body.
        if module is None or getattr(spec, "_initializing", False):
            return False
    return True


def _import_all() -> None:
    for name in HEAVY:
        importlib.import_module(name)


class Loader(QObject):
    """Runs callbacks once the heavy libraries are imported: at once if they are, else
    when a worker has imported them."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._waiting: list[Callable[[], None]] = []
        self._worker = Background(self)
        self._worker.finished.connect(self._run_waiting)
        self._worker.failed.connect(self._run_waiting)  # the callbacks then import it here

    def then(self, callback: Callable[[], None]) -> None:
        if imported():
            callback()
            return
        if callback not in self._waiting:
            self._waiting.append(callback)
        if not self._worker.busy:
            self._worker.start(_import_all)

    def _run_waiting(self, _result: object) -> None:
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()
