"""Running an export or an import off the UI thread, with progress and cancel.

A job is a plain function ``work(progress) -> result`` run in Qt's global thread pool;
its ``progress(done, total, stage)`` calls arrive here as ``progressed`` signals. Cancel
sets a flag the next progress call sees: it raises ``ExportCancelled`` inside the job,
which ends it with ``cancelled``. The job must not touch the open plan's store (it is
used from the UI thread only): it works on its own copy.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ecplanner.exchange.progress import ExportCancelled, Progress

Job = Callable[[Progress], object]
_log = logging.getLogger(__name__)


class _Relay(QObject):
    progressed = Signal(int, int, str)
    """The job reached a stage: done, total, stage code."""
    finished = Signal(object)
    """The job ended with this result."""
    failed = Signal(str)
    """The job stopped with this error message."""
    cancelled = Signal()
    """The job stopped because it was cancelled."""


class _Task(QRunnable):
    """Runs in the pool; holds the relay so it outlives a closed window."""

    def __init__(self, job: Job, relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._relay = relay
        self._stop = stop

    def _progress(self, done: int, total: int, stage: str) -> None:
        if self._stop.is_set():
            raise ExportCancelled
        self._relay.progressed.emit(done, total, stage)

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except ExportCancelled:
            self._relay.cancelled.emit()
        except OSError as error:
            self._relay.failed.emit(str(error))
        except Exception as error:  # a bug must reach the user, not die in the pool
            _log.exception("exchange job failed")
            self._relay.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self._relay.finished.emit(result)


class ExchangeWorker(QObject):
    """Runs one job at a time and relays what it says."""

    progressed = Signal(int, int, str)
    """The running job reached a stage: done, total, stage code."""
    finished = Signal(object)
    """The job ended with this result."""
    failed = Signal(str)
    """The job stopped with this error message (nothing was written)."""
    cancelled = Signal()
    """The job stopped because it was cancelled (nothing was written)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.progressed.connect(self.progressed)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.cancelled.connect(self._on_cancelled)
        self._stop = threading.Event()
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, job: Job) -> None:
        if self._busy:
            raise RuntimeError("a job is already running")
        self._busy = True
        self._stop = threading.Event()
        QThreadPool.globalInstance().start(_Task(job, self._relay, self._stop))

    def cancel(self) -> None:
        self._stop.set()

    def _on_finished(self, result: object) -> None:
        self._busy = False
        self.finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._busy = False
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._busy = False
        self.cancelled.emit()
