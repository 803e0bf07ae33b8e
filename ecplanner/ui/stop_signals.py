"""SIGTERM (logout, ``kill``) and SIGINT (Ctrl+C in the terminal) close the window as
Ctrl+Q does, so the plan is closed cleanly rather than left with its journal beside it.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop
may sleep in C for as long as nothing happens. ``signal.set_wakeup_fd`` makes the signal
write a byte into a socket that a ``QSocketNotifier`` watches: the loop wakes, calls into
Python, and the handler runs there, on the UI thread.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QWidget

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class _Wake(QObject):
    """Owns the socket pair and the notifier; lives as long as ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_woken)
        signal.set_wakeup_fd(self._write.fileno())

    def _on_woken(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._read.recv(64)  # the signal numbers; the handlers have them already


def close_on_stop_signals(window: QWidget) -> None:
    """Close ``window`` (the app then quits) on SIGTERM or SIGINT."""
    _Wake(window)

    def on_signal(signum: int, frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for signum in STOP_SIGNALS:
        signal.signal(signum, on_signal)
