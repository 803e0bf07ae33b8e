"""numpy and pyqtgraph: imported off the UI thread the first time a view needs them.

Importing them takes 0.3–0.5 s, so they are not imported at start-up; the main window
has a worker import them once it is idle (its tabs built and the plan's first warnings
check ended: ``MainWindow._load_heavy_after_first_check``), and a view shown before
they are waits on a ``Loader`` instead of freezing on the import. (Imported at a chart's
first show instead, their Python took turns at the interpreter with the tab's first
paint: the Inventory's first show took 109–120 ms on the clock for 68–74 of its own.)
The other heavy libraries (pandas, openpyxl, XlsxWriter) are only used by exports and
imports, which run in workers already, and are imported there, inside the function that
needs them.

PySide6 makes a module's classes on first use, and pyqtgraph's import touches every class
of seven Qt modules (``pyqtgraph.Qt._copy_attrs``). Made in the worker while the window's
thread used Qt, that crashed the program (a segmentation fault in 2 of ~25 benchmark runs,
the worker in ``_copy_attrs``). So the window's thread first makes those modules whole,
one a turn (``_qt_made_whole``: ~50 ms for each of the three large ones), and only then
does the worker import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject

from ecplanner.ui.common.background import Background
from ecplanner.ui.common.slices import Slices

HEAVY = ("numpy", "pyqtgraph")
# The Qt modules pyqtgraph's import reaches into (``import pyqtgraph`` loads these).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtTest", "QtOpenGL", "QtOpenGLWidgets")
_imported_through = False  # set by the worker once every import has returned


def imported() -> bool:
    """Whether a ``Loader``'s worker has imported the heavy libraries through."""
    return _imported_through


def _qt_made_whole() -> Iterator[None]:
    """Each of ``QT_MODULES`` with all its classes made, a module a step (module doc)."""
    for name in QT_MODULES:
        try:
            module = importlib.import_module(f"PySide6.{name}")
        except ImportError:  # pyqtgraph does without it
            continue
        for attribute in dir(module):
            getattr(module, attribute)
        yield


def _import_all() -> None:
    global _imported_through
    for name in HEAVY:
        importlib.import_module(name)
    _imported_through = True


class Loader(QObject):
    """Runs callbacks once the heavy libraries are imported: at once if they are, else
    when a worker has imported them."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._waiting: list[Callable[[], None]] = []
        self._worker = Background(self)
        self._worker.finished.connect(self._run_waiting)
        self._worker.failed.connect(self._run_waiting)  # the callbacks then import it here
        self._preparing = Slices(0.0, self)  # a step a turn

    def start(self) -> None:
        """Import them in the worker now, unless they are (or are being) imported."""
        if not imported() and not self._worker.busy and not self._preparing.busy:
            self._preparing.start(self._prepare_then_import(), later=True)

    def then(self, callback: Callable[[], None]) -> None:
        if imported():
            callback()
            return
        if callback not in self._waiting:
            self._waiting.append(callback)
        self.start()

    def _prepare_then_import(self) -> Iterator[None]:
        yield from _qt_made_whole()
        self._worker.start(_import_all)

    def _run_waiting(self, _result: object) -> None:
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()
