"""Reading an actuals file off the UI thread, so a big export never freezes the window."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ecplanner.exchange.actuals import ActualsParse, ImportProblem, parse_actuals
from ecplanner.ui.common.background import Background


def _unreadable() -> ActualsParse:
    return ActualsParse((), (ImportProblem("unreadable_file", 0, ""),), (), (), (), 0, 0, None)


class ActualsReader(QObject):
    """Parses files in the thread pool; only the latest request's result is told."""

    parsed = Signal(object)
    """The latest requested file was read; the argument is its ``ActualsParse``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = Background(self)
        self._background.finished.connect(self.parsed.emit)
        # A reader bug must not leave the wizard waiting: it says the file cannot be read.
        self._background.failed.connect(lambda _error: self.parsed.emit(_unreadable()))

    @property
    def busy(self) -> bool:
        return self._background.busy

    def start(self, path: Path, mapping: Mapping[str, str]) -> None:
        """Read ``path`` with the column ``mapping`` (header → field value, "" to ignore)."""
        self._background.start(partial(parse_actuals, path, dict(mapping) or None))
