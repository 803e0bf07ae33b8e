"""Slices: long work cut into turns of the event loop; finish() ends it at once."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from itertools import pairwise

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from ecplanner.ui.common.slices import Slices, dropped_in_pieces, keep_long_lived


def _job(done: list[int], steps: int, step_s: float) -> Iterator[None]:
    for n in range(steps):
        time.sleep(step_s)
        done.append(n)
        yield


def test_a_long_job_runs_in_slices_and_completes(qtbot: QtBot) -> None:
    slices, done = Slices(0.01), []
    slices.start(_job(done, 12, 0.004))
    assert 0 < len(done) < 12 and slices.busy  # the first slice ran at once, then stopped
    qtbot.waitUntil(lambda: not slices.busy)
    assert done == list(range(12))


def test_starting_a_job_drops_the_one_under_way(qtbot: QtBot) -> None:
    slices, first, second = Slices(0.005), [], []
    slices.start(_job(first, 50, 0.003))
    slices.start(_job(second, 3, 0.0), later=True)
    assert second == []  # later: not in this turn
    qtbot.waitUntil(lambda: not slices.busy)
    assert second == [0, 1, 2] and len(first) < 50


def test_finish_runs_the_rest_now() -> None:
    slices, done = Slices(0.001), []
    slices.start(_job(done, 20, 0.001))
    slices.finish()
    assert done == list(range(20)) and not slices.busy


def test_a_list_is_dropped_a_piece_at_a_time() -> None:
    rows = list(range(45))
    sizes = [len(rows) for _ in dropped_in_pieces(rows, piece=20)]
    assert sizes == [25, 5, 0]  # 45 − 20 = 25, 25 − 20 = 5, then the last 5


def test_what_a_slice_made_is_frozen_under_the_applications_policy(qtbot: QtBot) -> None:
    # A tab's first show on a large plan makes its rows, bars and items in slices: a full
    # collection walked all of them made since the last freeze (40–110 ms each).
    made: list[object] = []

    def job() -> Iterator[None]:
        for _ in range(3):
            made.append({"bar": [1, 2]})  # a container the collector tracks
            yield

    for keep in (False, True):
        made.clear()
        keep_long_lived(keep)
        try:
            slices = Slices(0.0)
            slices.start(job())
            assert len(made) == 1 and slices.busy
            frozen = all(o is not made[0] for o in gc.get_objects())
            slices.finish()
        finally:
            keep_long_lived(False)
            gc.unfreeze()  # the other tests' objects are collected as usual
        assert frozen is keep


def test_jobs_of_several_slices_take_turns_a_slice_a_turn(qtbot: QtBot) -> None:
    # Each Slices with its own timer ran a slice of every job in the same turn: the turn
    # took their sum (the Products timeline, its checks and the Inventory's projections).
    done: list[str] = []

    def job(name: str) -> Iterator[None]:
        for _ in range(4):
            done.append(name)
            yield

    first, second = Slices(0.0), Slices(0.0)
    ticks: list[int] = []
    probe = QTimer(interval=0)
    probe.timeout.connect(lambda: ticks.append(len(done)))
    probe.start()
    first.start(job("a"), later=True)
    second.start(job("b"), later=True)
    qtbot.waitUntil(lambda: not first.busy and not second.busy)
    probe.stop()
    assert sorted(done) == ["a"] * 4 + ["b"] * 4
    assert done[:4] == ["a", "b", "a", "b"]  # in turn
    steps_a_turn = [later - earlier for earlier, later in pairwise(ticks)]
    assert max(steps_a_turn) == 1, ticks
