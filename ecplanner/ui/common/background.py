"""Running a pure function off the UI thread; only the latest request's answer is told.

For computations that may take longer than a frame (the plan's warnings need numpy and the
holiday tables on first use): the caller reads its inputs on the UI thread, hands a
function of them to ``start``, and shows the result when ``finished`` fires.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(int, object, object)
    """Request ``int`` ended with a result (or None) and an exception (or None)."""


class _Job(QRunnable):
    def __init__(self, number: int, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._job = job
        self._relay = relay  # held here so it outlives an owner closed mid-run

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as error:  # reported to the owner, never lost in the pool
            log.exception("background job failed")
            self._tell(None, error)
        else:
            self._tell(result, None)

    def _tell(self, result: Any, error: Exception | None) -> None:
        try:
            self._relay.done.emit(self._number, result, error)
        except RuntimeError:  # the program is ending and took the relay with it
            log.debug("background job ended after its owner")


class Background(QObject):
    finished = Signal(object)
    """The latest job ended; the argument is its result."""
    failed = Signal(object)
    """The latest job raised; the argument is the exception."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.done.connect(self._on_done)
        self._number = 0
        self.busy = False

    def start(self, job: Callable[[], Any]) -> None:
        """Run ``job`` (pure: it must not touch Qt objects or the store) in the pool."""
        self._number += 1
        self.busy = True
        QThreadPool.globalInstance().start(_Job(self._number, job, self._relay))

    def _on_done(self, number: int, result: Any, error: Exception | None) -> None:
        if number != self._number:
            return  # a newer request is under way; this answer is stale
        self.busy = False
        if error is None:
            self.finished.emit(result)
        else:
            self.failed.emit(error)


class Throttled:
    """A worker's progress, passed on at most every ``interval_s`` (and always at the end).

    Each signal a worker emits to the window is an event the UI thread must take the
    interpreter back for, which it gets only at the worker's next switch (~5 ms): a reader
    telling every 1,024 rows of a year of 2,000 products' days sent ~700, and the window
    waited ~3.5 s working through them (``tests/perf/bench_sellthrough.py``)."""

    def __init__(self, tell: Callable[[int, int], object], interval_s: float = 0.05) -> None:
        self._tell = tell
        self._interval_s = interval_s
        self._last = -interval_s

    def __call__(self, done: int, total: int, _what: str = "") -> None:
        now = time.monotonic()
        if now - self._last >= self._interval_s or done >= total:
            self._last = now
            self._tell(done, total)
