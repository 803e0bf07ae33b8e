"""A large plan's calendar items are made in slices; edits meanwhile stay consistent."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QGraphicsView
from pytestqt.qtbot import QtBot

from ecplanner.domain.calendar.grids import CalendarGrid, ViewKind
from ecplanner.domain.findings import Finding, Severity
from ecplanner.domain.model import Event, EventKind
from ecplanner.ui.calendar import scene as calendar_scene
from ecplanner.ui.calendar.items import BarItem
from ecplanner.ui.calendar.scene import CalendarScene


def _events(n: int) -> list[Event]:
    return [Event(f"活动{i}", EventKind.STORE_PROMO, date(2027, 1, 1) + timedelta(days=i % 360),
                  date(2027, 1, 1) + timedelta(days=i % 360 + 2)) for i in range(n)]


@pytest.fixture
def scene(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CalendarScene:
    monkeypatch.setattr(calendar_scene, "_SLICE_S", 0.0)  # every chance to stop is taken
    scene = CalendarScene(2027)
    scene.reset(_events(300), None)
    scene.set_view(CalendarGrid(ViewKind.YEAR, 2027), 30.0)
    return scene


def _bar_uuids(scene: CalendarScene) -> set[str]:
    return {item.uuid for item in scene.items() if isinstance(item, BarItem)}


def test_items_come_in_slices_and_end_as_placed(qtbot: QtBot, scene: CalendarScene) -> None:
    assert not scene.settled and len(_bar_uuids(scene)) < 300
    qtbot.waitUntil(lambda: scene.settled)
    assert _bar_uuids(scene) == set(scene.placement.uuids())


def test_an_event_deleted_while_items_are_made_never_breaks_the_scene(
        qtbot: QtBot, scene: CalendarScene) -> None:
    qtbot.waitUntil(lambda: scene.settled)
    doomed = scene.events()[5]
    warning = Finding("event.registration_due", Severity.WARNING, doomed.uuid)
    scene.set_warnings({doomed.uuid: (warning,)})
    scene.set_view(CalendarGrid(ViewKind.YEAR, 2027), 32.0)  # a new layout, in slices
    scene.update_events({doomed.uuid: None})
    scene.set_warnings({})  # its bar may still be there until the work removes it
    qtbot.waitUntil(lambda: scene.settled)
    assert doomed.uuid not in _bar_uuids(scene)


def test_new_events_mid_work_drop_the_old_work(qtbot: QtBot, scene: CalendarScene) -> None:
    fewer = _events(40)
    scene.reset(fewer, None)  # the work under way was for the other events
    qtbot.wait(50)  # nothing of the old work may run against the new events
    scene.set_view(CalendarGrid(ViewKind.YEAR, 2027), 30.0)
    scene.settle()
    assert _bar_uuids(scene) == {e.uuid for e in fewer}


def _shown_bars(scene: CalendarScene) -> dict[tuple[str, int], tuple[object, ...]]:
    return {(item.uuid, item.row): (item.state, item.segment, item.look)
            for item in scene.items() if isinstance(item, BarItem) and item.isVisible()
            and item.zValue() <= 5}  # not the drag's preview


def test_a_move_touches_only_the_rows_it_changes_and_ends_as_a_full_layout(
        qtbot: QtBot, scene: CalendarScene, monkeypatch: pytest.MonkeyPatch) -> None:
    # 24,000 bars looked over on every move held the 20,000-event year ~50 ms a move.
    qtbot.waitUntil(lambda: scene.settled)
    synced: list[tuple[str, int]] = []
    sync_bar = scene._sync_bar
    monkeypatch.setattr(scene, "_sync_bar", lambda key, bar: (synced.append(key),
                                                              sync_bar(key, bar)))
    moved = next(e for e in scene.events() if e.start == date(2027, 3, 10))
    later = Event(moved.title, moved.kind, date(2027, 12, 10), date(2027, 12, 12),
                  uuid=moved.uuid)
    scene.update_events({moved.uuid: later})
    scene.settle()
    # Rows are months. It left March (row 2: three events a day still, three lanes) for
    # December (row 11, empty: no event starts after October 27th), the last row: no
    # row's top moves, so only those two rows are looked at.
    assert {row for _uuid, row in synced} == {2, 11}
    after_move = _shown_bars(scene)
    scene.relayout()
    scene.settle()
    assert after_move == _shown_bars(scene)


def _markers(scene: CalendarScene) -> dict[str, tuple[float, float]]:
    from ecplanner.ui.calendar.items import DeadlineItem

    return {item.uuid: (item.pos().x(), item.pos().y()) for item in scene.items()
            if isinstance(item, DeadlineItem)}


def test_deadline_markers_after_moves_are_where_a_full_layout_puts_them(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # A move of events without a deadline keeps the markers as they were (placing ~4,500
    # again was ~15 ms of a drag's turn on a 20,000-event year); any other move, or a row
    # growing a lane (the rows below it move down), places them again.
    monkeypatch.setattr(calendar_scene, "_SLICE_S", 0.0)
    events = _events(300)
    for n in range(0, 300, 7):  # every seventh event has a registration deadline
        events[n] = Event(events[n].title, events[n].kind, events[n].start, events[n].end,
                          registration_deadline=events[n].start - timedelta(days=3),
                          uuid=events[n].uuid)
    scene = CalendarScene(2027)
    scene.reset(events, None)
    scene.set_view(CalendarGrid(ViewKind.YEAR, 2027), 30.0)
    scene.settle()
    plain = events[1]  # no deadline
    dated = events[7]
    crowd = [Event(f"拥挤{i}", EventKind.STORE_PROMO, date(2027, 2, 3), date(2027, 2, 5))
             for i in range(6)]  # February grows lanes: the rows below move down
    for changed in ({plain.uuid: Event(plain.title, plain.kind, plain.start + timedelta(
                        days=1), plain.end + timedelta(days=1), uuid=plain.uuid)},
                    {dated.uuid: Event(dated.title, dated.kind, date(2027, 11, 2),
                                       date(2027, 11, 4), uuid=dated.uuid,
                                       registration_deadline=date(2027, 10, 20))},
                    {e.uuid: e for e in crowd}):
        scene.update_events(changed)
        scene.settle()
        fresh = CalendarScene(2027)
        fresh.reset(scene.events(), None)
        fresh.set_view(CalendarGrid(ViewKind.YEAR, 2027), 30.0)
        fresh.settle()
        assert _markers(scene) == _markers(fresh)
    # 43 events with a deadline; the first one's (2026-12-29) is before the year shown.
    assert dated.uuid in _markers(scene) and len(_markers(scene)) == 42


def test_a_moved_bar_is_in_place_when_the_edits_turn_ends(
        qtbot: QtBot, scene: CalendarScene, monkeypatch: pytest.MonkeyPatch) -> None:
    # The edit's turn syncs only a short first slice of the items' work: the moved bars
    # come first in it, so the bar never shows a turn late at its old place.
    monkeypatch.setattr(calendar_scene, "_EDIT_SLICE_S", 0.0)
    qtbot.waitUntil(lambda: scene.settled)
    moved = scene.events()[-1]  # its row's bars would come last in row order
    later = Event(moved.title, moved.kind, moved.start - timedelta(days=200),
                  moved.end - timedelta(days=200), uuid=moved.uuid)
    scene.update_events({moved.uuid: later})
    assert not scene.settled  # the rest of the work is left to later turns
    bar = scene.placement.bars_of(moved.uuid)[0]
    item = next(i for i in scene.bar_items(moved.uuid) if i.row == bar.segment.row)
    assert item.state[0] == bar.rect


def test_bar_items_finds_every_item_of_an_event_in_every_view(
        qtbot: QtBot, scene: CalendarScene) -> None:
    # Looked up by (id, row), not by walking the 24,000 items of a large year (5 ms of
    # every drag's release); the week strip has more rows than the year, the month fewer.
    for grid in (CalendarGrid(ViewKind.WEEKS, 2027), CalendarGrid(ViewKind.MONTH, 2027, 3),
                 CalendarGrid(ViewKind.YEAR, 2027)):
        scene.set_view(grid, 30.0)
        scene.settle()
        items = [i for i in scene.items() if isinstance(i, BarItem) and i.row >= 0]
        for event in scene.events():
            found = scene.bar_items(event.uuid)
            assert sorted(id(i) for i in found) == sorted(
                id(i) for i in items if i.uuid == event.uuid)
        assert sum(len(scene.bar_items(e.uuid)) for e in scene.events()) == len(items)


def test_the_bars_in_sight_are_made_first(qtbot: QtBot, scene: CalendarScene) -> None:
    scene.settle()
    view = QGraphicsView(scene)
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    sight = view.mapToScene(view.viewport().rect()).boundingRect()
    scene.set_view(CalendarGrid(ViewKind.YEAR, 2027), 31.0)  # every bar moves
    # The first slice (no time at all) placed the first bar: the first in sight, not
    # January's first, far above.
    moved = [item for item in scene.items()
             if isinstance(item, BarItem) and item.state and item.state[0][2] == 3 * 31.0]
    assert moved and all(sight.intersects(item.sceneBoundingRect()) for item in moved)
    scene.settle()  # no work left running after the test


def test_new_warnings_relook_only_the_bars_whose_mark_changes(
        qtbot: QtBot, scene: CalendarScene, monkeypatch: pytest.MonkeyPatch) -> None:
    # A bar shows whether its event has warnings; which ones is its tooltip's business.
    scene.settle()
    first, second, third = scene.events()[:3]

    def warned(*events: Event, code: str = "event.registration_due") -> dict[
            str, tuple[Finding, ...]]:
        return {e.uuid: (Finding(code, Severity.WARNING, e.uuid),) for e in events}

    scene.set_warnings(warned(first, second))
    scene.settle()
    looked: list[str] = []
    bar_look = calendar_scene.bar_look

    def counted(event: Event, *args: Any, **kwargs: Any) -> Any:
        if scene.event_of(event.uuid) is event:  # not another test's scene still at work
            looked.append(event.uuid)
        return bar_look(event, *args, **kwargs)

    monkeypatch.setattr(calendar_scene, "bar_look", counted)
    scene.set_warnings(warned(second, third, code="event.overlap"))  # first's mark goes
    # An event a slice (of no time at all here): ~10,000 bars take ~85 ms.
    assert len(set(looked)) == 1 and not scene.settled
    qtbot.waitUntil(lambda: scene.settled)
    assert set(looked) == {first.uuid, third.uuid}
    assert all(i.look.warning for i in scene.bar_items(third.uuid))
    assert not any(i.look.warning for i in scene.bar_items(first.uuid))
    assert scene.warnings_of(second.uuid) == ["event.overlap"]
