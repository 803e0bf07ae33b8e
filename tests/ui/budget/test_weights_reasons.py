"""The reason each month's weight moved, in words (``weights_dialog.reason``)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ecplanner.domain.review.season_weights import MonthChange
from ecplanner.ui.budget.weights_dialog import points, reason


def _month(change: float, shift: int = 0, events: tuple[str, ...] = (),
           mix: float = 0.0) -> MonthChange:
    return MonthChange(1, 0.08, 0.08 + change, shift, events, mix)


def test_each_cause_is_named(qtbot: QtBot) -> None:
    assert reason(_month(-0.041, shift=-11)) == "Spring Festival moves 11 days earlier"
    assert reason(_month(0.01, shift=1)) == "Spring Festival moves a day later"
    assert reason(_month(0.02, events=("天猫618", "520"))) == (
        "events' days or uplift differ: 天猫618, 520")
    assert reason(_month(0.003, mix=0.018)) == "its days of the week weigh more"
    # Days that weigh more, yet the month lost share: the others gained more.
    assert reason(_month(-0.015, mix=0.018)) == "the other months moved"
    assert reason(_month(0.0001)) == ""
    assert points(-0.041) == "−4.1 pts" and points(0.0032) == "+0.3 pts"
