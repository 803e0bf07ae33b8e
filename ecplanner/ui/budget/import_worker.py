"""Reading an actuals file (or an ad report) off the UI thread, so a big export never
freezes the window."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ecplanner.domain.model import AdChannel
from ecplanner.exchange.actuals.ads import AdsParse, parse_ads
from ecplanner.exchange.actuals.parse import ActualsParse, ImportProblem, parse_actuals
from ecplanner.ui.common.background import Background, Throttled


def _unreadable() -> ActualsParse:
    return ActualsParse((), (ImportProblem("unreadable_file", 0, ""),), (), (), (), 0, 0, None, 1)


class _ProgressRelay(QObject):
    """Carries the worker's progress to the UI thread; owned by the job, so it outlives a
    reader closed mid-read."""

    moved = Signal(int, object, object)
    """Request ``int`` has read ``done`` of ``total`` bytes (objects: files over 2 GB)."""


class ActualsReader(QObject):
    """Parses files in the thread pool; only the latest request's result is told."""

    parsed = Signal(object)
    """The latest requested file was read; the argument is its ``ActualsParse`` (an ad
    report's: its ``AdsParse``)."""
    progressed = Signal(int, int)
    """The latest requested file has been read this far: ``done`` of ``total`` thousandths."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = Background(self)
        self._background.finished.connect(self.parsed.emit)
        # A reader bug must not leave the wizard waiting: it says the file cannot be read.
        self._background.failed.connect(lambda _error: self.parsed.emit(_unreadable()))
        self._relay = _ProgressRelay()
        self._relay.moved.connect(self._on_moved)
        self._request = 0

    @property
    def busy(self) -> bool:
        return self._background.busy

    def start(self, path: Path, mapping: Mapping[str, str]) -> None:
        """Read ``path`` with the column ``mapping`` (header → field value, "" to ignore)."""
        self._request += 1
        request, relay, chosen = self._request, self._relay, dict(mapping) or None

        def job() -> ActualsParse:
            return parse_actuals(path, chosen, Throttled(
                lambda done, total: relay.moved.emit(request, done, total)))

        self._background.start(job)

    def start_ads(self, path: Path, channel: AdChannel | None) -> None:
        """Read ``path`` as an ad report of ``channel`` (None: the one it names)."""
        self._request += 1
        request, relay = self._request, self._relay

        def job() -> AdsParse:
            return parse_ads(path, channel, Throttled(
                lambda done, total: relay.moved.emit(request, done, total)))

        self._background.start(job)

    def _on_moved(self, request: int, done: int, total: int) -> None:
        if request == self._request and total > 0:
            self.progressed.emit(min(1000 * done // total, 1000), 1000)
