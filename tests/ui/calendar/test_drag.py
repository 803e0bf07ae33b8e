"""Dragging bars (body and edges) and empty days; dates read back from the plan file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from ecplanner.domain.model import EventKind, TaskStatus
from ecplanner.domain.ops import Put
from ecplanner.ui.calendar.view import CalendarTab
from tests.ui.calendar.helpers import LEFT, NONE, bar_point, day_point, drag, event_titled


def _columns(tab: CalendarTab, days: int) -> QPoint:
    return QPoint(round(tab.scene.placement.metrics.col_width * days), 0)


def test_drag_body_moves_phases_deadline_and_open_tasks(tab: CalendarTab) -> None:
    store = tab.document.store
    sale = event_titled(tab, "99划算节")
    tasks = [t for t in store.tasks() if t.event_uuid == sale.uuid]
    assert tasks
    done = tasks[0]
    tab.document.apply("mark done", [Put(replace(done, status=TaskStatus.DONE))])
    steps = tab.document.undo_stack.count()
    start = bar_point(tab, sale.uuid)
    drag(tab, start, start + _columns(tab, 3))

    moved = store.get(type(sale), sale.uuid)
    assert moved is not None
    assert (moved.start, moved.end) == (sale.start + timedelta(3), sale.end + timedelta(3))
    assert moved.phases[0].start == sale.phases[0].start + timedelta(3)
    assert sale.registration_deadline is not None
    assert moved.registration_deadline == sale.registration_deadline + timedelta(3)
    assert moved.edited and moved.sequence == sale.sequence + 1
    after = {t.uuid: t for t in store.tasks() if t.event_uuid == sale.uuid}
    assert after[done.uuid].due == done.due  # done work stays where it was
    for task in tasks[1:]:
        assert after[task.uuid].due == task.due + timedelta(3)
    assert tab.document.undo_stack.count() == steps + 1  # one drag, one undo step

    tab.document.undo_stack.undo()
    restored = store.get(type(sale), sale.uuid)
    assert restored == sale
    assert all(store.get(type(t), t.uuid).due == t.due for t in tasks[1:])  # type: ignore[union-attr]
    tab.document.undo_stack.redo()
    assert store.get(type(sale), sale.uuid).start == sale.start + timedelta(3)  # type: ignore[union-attr]


def test_drag_edges_change_start_and_end(tab: CalendarTab) -> None:
    store = tab.document.store
    promo = event_titled(tab, "店庆")  # April 8–12
    right = bar_point(tab, promo.uuid, "right")
    drag(tab, right, right + _columns(tab, 2))
    stored = store.get(type(promo), promo.uuid)
    assert stored is not None and (stored.start, stored.end) == (date(2027, 4, 8),
                                                                 date(2027, 4, 14))
    left = bar_point(tab, promo.uuid, "left")
    drag(tab, left, left - _columns(tab, 3))
    stored = store.get(type(promo), promo.uuid)
    assert stored is not None and (stored.start, stored.end) == (date(2027, 4, 5),
                                                                 date(2027, 4, 14))
    tab.document.undo_stack.undo()
    assert store.get(type(promo), promo.uuid).start == date(2027, 4, 8)  # type: ignore[union-attr]
    tab.document.undo_stack.undo()
    assert store.get(type(promo), promo.uuid) == promo
    tab.document.undo_stack.redo()
    assert store.get(type(promo), promo.uuid).end == date(2027, 4, 14)  # type: ignore[union-attr]


def test_shrinking_a_sale_clips_its_phases(tab: CalendarTab) -> None:
    sale = event_titled(tab, "99划算节")
    right = bar_point(tab, sale.uuid, "right")
    drag(tab, right, right - _columns(tab, 3))
    stored = tab.document.store.get(type(sale), sale.uuid)
    assert stored is not None and stored.end == sale.end - timedelta(3)
    assert all(p.end.date() <= stored.end for p in stored.phases)


def test_bar_follows_the_mouse_before_release(tab: CalendarTab) -> None:
    promo = event_titled(tab, "店庆")
    start = bar_point(tab, promo.uuid)
    viewport = tab.view.viewport()
    QTest.mousePress(viewport, LEFT, NONE, start)
    QTest.mouseMove(viewport, start + _columns(tab, 1))
    QTest.mouseMove(viewport, start + _columns(tab, 2))
    preview = [i for i in tab.scene.items() if getattr(i, "uuid", None) == promo.uuid
               and i.zValue() > 5 and i.isVisible()]
    assert preview and preview[0].segment.start == date(2027, 4, 10)
    assert tab.document.store.get(type(promo), promo.uuid) == promo  # nothing written yet
    QTest.mouseRelease(viewport, LEFT, NONE, start + _columns(tab, 2))
    assert not any(i.isVisible() for i in preview)


def test_drag_select_empty_days_creates_a_promotion(plain_tab: CalendarTab) -> None:
    tab = plain_tab
    before = {e.uuid for e in tab.document.store.events()}
    first, last = date(2027, 7, 5), date(2027, 7, 8)
    drag(tab, day_point(tab, first), day_point(tab, last))
    created = [e for e in tab.document.store.events() if e.uuid not in before]
    assert len(created) == 1
    promo = created[0]
    assert (promo.kind, promo.start, promo.end) == (EventKind.STORE_PROMO, first, last)
    assert {t.template_key for t in tab.document.store.tasks() if t.event_uuid == promo.uuid} \
        >= {"store_promo.plan", "store_promo.review"}
    assert tab.scene.selected == promo.uuid
    tab.document.undo_stack.undo()
    assert {e.uuid for e in tab.document.store.events()} == before
    assert tab.scene.selected == ""
    tab.document.undo_stack.redo()
    assert tab.document.store.get(type(promo), promo.uuid) is not None


def test_a_click_on_an_empty_day_creates_nothing(plain_tab: CalendarTab) -> None:
    count = len(plain_tab.document.store.events())
    QTest.mouseClick(plain_tab.view.viewport(), LEFT, NONE,
                     day_point(plain_tab, date(2027, 7, 6)))
    assert len(plain_tab.document.store.events()) == count
