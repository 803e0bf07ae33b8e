"""A large plan's view is placed in steps: the last view shows whole until the new one is
placed, and what happens meanwhile (an edit, a month asked for) is not lost."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.domain.calendar.grids import CalendarGrid, ViewKind
from ecplanner.domain.catalog import Holiday, HolidayCalendar
from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.ops import Put
from ecplanner.ui.calendar import scene as calendar_scene
from ecplanner.ui.calendar.items import BarItem
from ecplanner.ui.calendar.scene import CalendarScene
from ecplanner.ui.calendar.view import CalendarTab
from ecplanner.ui.document import PlanDocument

YEAR = CalendarGrid(ViewKind.YEAR, 2027)
WEEKS = CalendarGrid(ViewKind.WEEKS, 2027)


def _events(n: int) -> list[Event]:
    first = date(2027, 1, 1)
    return [Event(f"活动{i}", EventKind.STORE_PROMO, first + timedelta(days=i % 360),
                  first + timedelta(days=i % 360 + 9)) for i in range(n)]


@pytest.fixture
def scene(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CalendarScene:
    monkeypatch.setattr(calendar_scene, "_SLICE_S", 0.0)  # a step a turn
    monkeypatch.setattr(calendar_scene, "_PLACE_AT_ONCE", 50)
    scene = CalendarScene(2027)
    scene.reset(_events(400), None)
    scene.set_view(YEAR, 30.0)
    scene.settle()
    return scene


def _bar_rows(scene: CalendarScene, uuid: str) -> list[int]:
    return sorted(item.row for item in scene.items()
                  if isinstance(item, BarItem) and item.uuid == uuid)


def test_the_last_view_shows_until_the_new_one_is_placed(qtbot: QtBot,
                                                         scene: CalendarScene) -> None:
    shown = scene.placement
    placed: list[CalendarGrid] = []
    scene.placed.connect(lambda: placed.append(scene.grid))
    scene.set_view(WEEKS, 60.0)
    assert scene.placing  # 400 events, over the 50 placed at once
    assert scene.grid == YEAR and scene.placement is shown
    first = scene.events()[0]  # 2027-01-01..10: January's row of the year
    assert _bar_rows(scene, first.uuid) == [0]
    qtbot.waitUntil(lambda: scene.settled)
    assert placed == [WEEKS] and scene.grid == WEEKS
    assert scene.col_width == 60.0
    # Jan 1 2027 is a Friday: the week strip's rows 0 and 1 (Mon Dec 28, Mon Jan 4) hold it.
    assert _bar_rows(scene, first.uuid) == [0, 1]


def test_an_edit_while_placing_is_in_the_view_placed(qtbot: QtBot,
                                                     scene: CalendarScene) -> None:
    scene.set_view(WEEKS, 60.0)
    assert scene.placing
    moved = scene.events()[0]
    later = Event(moved.title, moved.kind, date(2027, 3, 1), date(2027, 3, 3),
                  uuid=moved.uuid)  # Monday March 1: row 9 (Dec 28 + 9 weeks)
    scene.update_events({moved.uuid: later})
    qtbot.waitUntil(lambda: scene.settled)
    assert scene.grid == WEEKS
    assert [b.segment.row for b in scene.placement.bars_of(moved.uuid)] == [9]
    assert _bar_rows(scene, moved.uuid) == [9]


def test_a_view_asked_for_while_placing_wins(qtbot: QtBot, scene: CalendarScene) -> None:
    scene.set_view(WEEKS, 60.0)
    qtbot.wait(5)  # a few steps of the weeks
    scene.set_view(CalendarGrid(ViewKind.MONTH, 2027, 3), 80.0)
    qtbot.waitUntil(lambda: scene.settled)
    qtbot.wait(20)  # no step of the weeks' placing is left to show them
    assert scene.grid.kind is ViewKind.MONTH and scene.col_width == 80.0


def test_a_month_asked_for_while_placing_is_scrolled_to_once_placed(
        qtbot: QtBot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar_scene, "_SLICE_S", 0.0)
    monkeypatch.setattr(calendar_scene, "_PLACE_AT_ONCE", 50)
    document.apply("add", [Put(e) for e in _events(400)])
    tab = CalendarTab(document)
    qtbot.addWidget(tab)
    tab.resize(1200, 500)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.scene.settled)
    tab.set_kind(ViewKind.WEEKS)
    assert tab.scene.placing
    tab.set_month(11)
    qtbot.waitUntil(lambda: tab.scene.settled)
    # November's first week is row 44 (Mon Nov 1 = Dec 28 + 44 weeks): just below the header.
    row_top = tab.scene.placement.tops[44]
    header = calendar_scene.VIEW_STYLES[ViewKind.WEEKS].header_height
    assert tab.view.verticalScrollBar().value() == round(row_top - header)


def test_holidays_arriving_while_placing_leave_the_new_view_to_come(
        qtbot: QtBot, scene: CalendarScene) -> None:
    scene.set_view(WEEKS, 60.0)
    holidays = HolidayCalendar(year=2027, holidays=(Holiday(date(2027, 2, 6), "cn", "春节", True),),
                               breaks=(), makeup_workdays=(), shipping_shutdown=None,
                               provisional_markets=())
    scene.set_holidays(holidays)  # its cells show once placed
    qtbot.waitUntil(lambda: scene.settled)
    assert scene.grid == WEEKS
    assert _bar_rows(scene, scene.events()[0].uuid) == [0, 1]


def test_the_calendar_opens_at_its_top_left_in_a_small_window(
        qtbot: QtBot, document: PlanDocument) -> None:
    # The scene begins left of and above 0 (its day labels and header): scroll bars left
    # at 0 hid the first two days and half of January's row on a laptop-sized window.
    tab = CalendarTab(document)
    qtbot.addWidget(tab)
    tab.resize(640, 420)  # narrower and shorter than the year
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.scene.laid_out and tab.scene.settled)
    qtbot.wait(20)
    bars = tab.view.horizontalScrollBar(), tab.view.verticalScrollBar()
    assert all(bar.maximum() > bar.minimum() for bar in bars)  # it scrolls both ways
    assert tab.view.mapToScene(0, 0) == tab.scene.sceneRect().topLeft()
    tab.set_kind(ViewKind.WEEKS)
    qtbot.waitUntil(lambda: tab.scene.settled)
    assert tab.view.horizontalScrollBar().value() == tab.view.horizontalScrollBar().minimum()
