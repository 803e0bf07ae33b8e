"""A worker's progress reaches the window at most every interval, and always at the end:
each signal is an event the UI thread must take the interpreter back for."""

from __future__ import annotations

import itertools

import pytest

from ecplanner.ui.common import background
from ecplanner.ui.common.background import Throttled


def test_progress_is_passed_on_at_most_every_interval_and_at_the_end(
        monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(background.time, "monotonic", lambda: now[0])
    told: list[tuple[int, int]] = []
    tell = Throttled(lambda done, total: told.append((done, total)), interval_s=0.05)
    for done in range(1, 1001):  # a batch every millisecond: a second of reading
        tell(done, 1000, "read")
        now[0] += 0.001
    # The first at once, then one every 50 ms (20 in the second), and the end itself.
    assert told[0] == (1, 1000) and told[-1] == (1000, 1000)
    assert len(told) == 21
    between = told[:-1]  # the end is told whenever it comes
    assert all(b[0] - a[0] >= 50 for a, b in itertools.pairwise(between))
