"""Reading an actuals file off the UI thread, so a big export never freezes the window."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ecplanner.exchange.actuals import ActualsParse, ImportProblem, parse_actuals


class _Relay(QObject):
    finished = Signal(int, object)
    """Parse number ``int`` ended with the ``ActualsParse``."""


class _ParseTask(QRunnable):
    """Runs in the pool. Holds the relay so it outlives a reader closed mid-parse."""

    def __init__(self, number: int, path: Path, mapping: Mapping[str, str], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._path = path
        self._mapping = dict(mapping)
        self._relay = relay

    def run(self) -> None:
        try:
            result = parse_actuals(self._path, self._mapping or None)
        except Exception:  # a reader bug must not kill the pool thread silently
            result = ActualsParse((), (ImportProblem("unreadable_file", 0, ""),), (), (), (),
                                  0, 0, None)
        self._relay.finished.emit(self._number, result)


class ActualsReader(QObject):
    """Parses files in the global thread pool; only the latest request's result is told."""

    parsed = Signal(object)
    """The latest requested file was read; the argument is its ``ActualsParse``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._number = 0
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, path: Path, mapping: Mapping[str, str]) -> None:
        """Read ``path`` with the column ``mapping`` (header → field value, "" to ignore)."""
        self._number += 1
        self._busy = True
        QThreadPool.globalInstance().start(_ParseTask(self._number, path, mapping, self._relay))

    def _on_finished(self, number: int, result: ActualsParse) -> None:
        if number != self._number:
            return
        self._busy = False
        self.parsed.emit(result)
