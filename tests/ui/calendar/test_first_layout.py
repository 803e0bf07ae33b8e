"""Showing the Calendar places the plan's bars once: a scroll bar coming into view does not
narrow the columns and place them all again (on 20,000 events each placing held the
window ~0.3–0.5 s)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecplanner.domain.calendar.grids import ViewKind
from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.ops import Put
from ecplanner.ui.calendar import scene as calendar_scene
from ecplanner.ui.calendar.reference_data import holiday_key, holidays_now
from ecplanner.ui.calendar.view import CalendarTab
from ecplanner.ui.document import PlanDocument


def test_a_tall_year_is_placed_once_when_first_shown(
        qtbot: QtBot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    # 40 overlapping events a month: each row 40 lanes tall, the year far taller than the view.
    events = [Event(f"活动{n}", EventKind.STORE_PROMO, date(2027, 1 + n % 12, 1),
                    date(2027, 1 + n % 12, 1) + timedelta(days=n % 20)) for n in range(480)]
    document.apply("add", [Put(e) for e in events])
    placed: list[int] = []
    place_in_steps = calendar_scene.place_in_steps

    def counted(spans: Any, *args: Any, **kwargs: Any) -> Any:
        placed.append(len(spans))
        return place_in_steps(spans, *args, **kwargs)

    monkeypatch.setattr(calendar_scene, "place_in_steps", counted)
    holidays_now(holiday_key(document.store.info()))
    tab = CalendarTab(document)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.scene.laid_out and tab.scene.settled)
    qtbot.wait(50)  # the turns after: a resize of the viewport would lay it out again
    assert tab.view.verticalScrollBar().maximum() > 0  # it scrolls
    assert placed == [len(document.store.events())]
    # Bars fill the width: the columns are fitted to the viewport beside the scroll bar.
    style_room = tab.view.viewport().width() - tab.scene.sceneRect().width()
    assert 0 <= style_room <= 4
    tab.set_kind(ViewKind.MONTH)  # fills the height: a scroll bar only for a crowded month
    assert tab.view.verticalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAsNeeded
