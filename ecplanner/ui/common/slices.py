"""Long pure-Python work on the UI thread, a slice of time per turn of the event loop.

The Products tab's checks and timeline fill, and the calendar's items for a large plan,
are Python from end to end. Run in the thread pool they would not be faster (they hold
the GIL) and they would slow the window: every call the UI thread makes into Python (a
paint, a cell's data) waits for its turn at the GIL, and a repaint of the Products tab took
three times as long while a check ran there. In slices, the window handles its events
between them at full speed.
"""

from __future__ import annotations

import gc
import time
from collections import deque
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid


def dropped_in_pieces(items: list[Any], piece: int = 20_000) -> Iterator[None]:
    """Empties ``items`` from the end, ``piece`` at a time, yielding between pieces. Freeing
    a list of 730,000 rows is one call that holds the interpreter ~100–250 ms, in whichever
    thread lets go of it last; in pieces the window gets its turns between them (between
    steps here, or at the interpreter's switch in a worker)."""
    while items:
        del items[-piece:]
        yield


_freezing = False


def keep_long_lived(on: bool) -> None:
    """Whether ``long_lived`` freezes. The application's collector policy turns it on
    (``ui.collector``); a test process leaves it off but where it tests the policy: it
    builds and drops many windows, and the collector must free each one."""
    global _freezing
    _freezing = on


def long_lived() -> None:
    """The objects made so far live on (rows read in steps, an import's days and its undo
    step's ops): out of the garbage collector's sight with them (``gc.freeze``). A year
    of 2,000 products' days makes millions, and each full pass of the collector walked
    them all again, holding the window 0.4–1.4 s each time (``tests/perf/
    bench_sellthrough.py``). Call it every few thousand rows made: a full pass over those
    made since the last call held the window up to ~210 ms. They must hold no cycles; they
    are freed as ever when the last reference goes."""
    if _freezing:
        gc.freeze()


class Slices(QObject):
    """Runs one job at a time: an iterator, advanced until ``slice_s`` seconds have passed,
    then again at a later turn of the event loop, until it is exhausted. Starting a job
    drops the one under way.

    Every Slices waiting for a turn waits in one queue (``_Turns``): a turn runs one slice,
    theirs in turn. With a timer each, the slices of several tabs' jobs (the Products
    timeline, its checks, the Inventory's projections, the Calendar's items) ran in the
    same turn, which then took their sum."""

    def __init__(self, slice_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slice_s = slice_s
        self._job: Iterator[None] | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, job: Iterator[None], later: bool = False,
              first_s: float | None = None) -> None:
        """Drop the job under way and run ``job``: its first slice at once (of ``first_s``
        seconds when given: the turn of an edit has its own work to fit), or at a later
        turn of the event loop when ``later`` (so that what the caller changed shows
        first)."""
        self._job = job
        if later:
            _turns().wait(self)
        else:
            _turns().leave(self)
            self._step(self._slice_s if first_s is None else first_s)

    def stop(self) -> None:
        self._job = None
        _turns().leave(self)

    def finish(self) -> None:
        """Run the job under way to its end now (exports, tests)."""
        while self._job is not None:
            job = self._job
            for _ in job:
                if self._job is not job:
                    break  # a step started another job: run that one to its end
            else:
                if self._job is job:
                    self._job = None
        _turns().leave(self)

    def step(self) -> None:
        """One slice of the job under way (its turn has come)."""
        self._step()

    def _step(self, slice_s: float | None = None) -> None:
        job = self._job
        if job is None:
            return
        deadline = time.perf_counter() + (self._slice_s if slice_s is None else slice_s)
        try:
            for _ in job:
                if self._job is not job:
                    return  # the step just taken started another job, which is under way
                if time.perf_counter() >= deadline:
                    _turns().wait(self)
                    return
            if self._job is job:
                self._job = None
        finally:
            # What a slice made (a tab's rows, bars and items) lives as long as the tab: a
            # tab's first show on a plan of 20,000 events and 20,000 products made enough
            # for full collections of 40–110 ms, each walking all made since the last.
            long_lived()


class _Turns(QObject):
    """The Slices waiting for a turn, first come first served: one slice a turn."""

    def __init__(self) -> None:
        super().__init__()
        self._waiting: deque[Slices] = deque()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next)

    def wait(self, slices: Slices) -> None:
        if slices not in self._waiting:
            self._waiting.append(slices)
        self._timer.start()

    def leave(self, slices: Slices) -> None:
        if slices in self._waiting:
            self._waiting.remove(slices)

    def _next(self) -> None:
        while self._waiting:
            slices = self._waiting.popleft()
            if isValid(slices) and slices.busy:  # its owner may be gone meanwhile
                slices.step()
                break
        if self._waiting:
            self._timer.start()


_queue: _Turns | None = None


def _turns() -> _Turns:
    global _queue
    if _queue is None or not isValid(_queue):
        _queue = _Turns()
    return _queue
