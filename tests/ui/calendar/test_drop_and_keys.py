"""Dropping catalog templates on a day; keyboard nudges, length, delete and the editor."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ecplanner.domain.model import Event, Task
from ecplanner.ui.calendar.canvas import TEMPLATE_MIME
from ecplanner.ui.calendar.off_platform import OffPlatform
from ecplanner.ui.calendar.view import CalendarTab
from tests.ui.calendar.helpers import day_point, event_titled


def _mime(key: str) -> QMimeData:
    data = QMimeData()
    data.setData(TEMPLATE_MIME, key.encode("utf-8"))
    return data


def _drop(tab: CalendarTab, key: str, day: date) -> bool:
    point = QPointF(day_point(tab, day))
    viewport = tab.view.viewport()
    data = _mime(key)
    action, left = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), action, data, left, none)
    QApplication.sendEvent(viewport, enter)
    QApplication.sendEvent(viewport, QDragMoveEvent(point.toPoint(), action, data, left, none))
    drop = QDropEvent(point, action, data, left, none)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_dropping_a_template_creates_the_event_with_phases_and_tasks(
        plain_tab: CalendarTab) -> None:
    tab = plain_tab
    store = tab.document.store
    before = {e.uuid for e in store.events()}
    assert _drop(tab, "cn.tmall.618", date(2027, 7, 6))
    created = [e for e in store.events() if e.uuid not in before]
    assert len(created) == 1
    event = created[0]
    assert event.template_key == "cn.tmall.618" and event.start == date(2027, 7, 6)
    assert len(event.phases) == 5
    assert event.phases[0].start.date() >= event.start
    assert [t for t in store.tasks() if t.event_uuid == event.uuid]
    assert tab.scene.selected == event.uuid
    assert tab.scene.bar_items(event.uuid)

    tab.document.undo_stack.undo()
    assert store.get(Event, event.uuid) is None
    assert not [t for t in store.tasks() if t.event_uuid == event.uuid]
    assert not tab.scene.bar_items(event.uuid)
    tab.document.undo_stack.redo()
    assert store.get(Event, event.uuid) == event


def test_unknown_mime_or_off_grid_drop_is_ignored(plain_tab: CalendarTab) -> None:
    count = len(plain_tab.document.store.events())
    assert not _drop(plain_tab, "no.such.template", date(2027, 7, 6))
    assert len(plain_tab.document.store.events()) == count


def _select(tab: CalendarTab, title: str) -> Event:
    event = event_titled(tab, title)
    tab.reveal(event.uuid)
    assert tab.scene.selected == event.uuid
    return event


def test_arrow_nudges_merge_into_one_undo_step(tab: CalendarTab) -> None:
    store, stack = tab.document.store, tab.document.undo_stack
    sale = _select(tab, "99划算节")
    tasks = {t.uuid: t for t in store.tasks() if t.event_uuid == sale.uuid}
    steps = stack.count()
    for _ in range(3):
        QTest.keyClick(tab.view, Qt.Key.Key_Right)
    QTest.keyClick(tab.view, Qt.Key.Key_Left)
    moved = store.get(Event, sale.uuid)
    assert moved is not None and moved.start == sale.start + timedelta(2)
    assert all(store.get(Task, k).due == t.due + timedelta(2)  # type: ignore[union-attr]
               for k, t in tasks.items())
    assert stack.count() == steps + 1
    QTest.keyClick(tab.view, Qt.Key.Key_Down)  # a week later, still the same step
    assert store.get(Event, sale.uuid).start == sale.start + timedelta(9)  # type: ignore[union-attr]
    assert stack.count() == steps + 1
    stack.undo()
    assert store.get(Event, sale.uuid) == sale
    assert all(store.get(Task, k) == t for k, t in tasks.items())


def test_shift_arrows_change_the_length(tab: CalendarTab) -> None:
    store, stack = tab.document.store, tab.document.undo_stack
    promo = _select(tab, "店庆")
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(tab.view, Qt.Key.Key_Right, shift)
    QTest.keyClick(tab.view, Qt.Key.Key_Right, shift)
    stored = store.get(Event, promo.uuid)
    assert stored is not None and (stored.start, stored.end) == (promo.start,
                                                                 promo.end + timedelta(2))
    steps = stack.count()
    for _ in range(10):  # never shorter than one day
        QTest.keyClick(tab.view, Qt.Key.Key_Left, shift)
    stored = store.get(Event, promo.uuid)
    assert stored is not None and stored.end == stored.start
    assert stack.count() == steps
    stack.undo()
    assert store.get(Event, promo.uuid) == promo


def test_delete_removes_the_event_and_undo_brings_its_tasks_back(tab: CalendarTab) -> None:
    store = tab.document.store
    sale = _select(tab, "99划算节")
    tasks = sorted(t.uuid for t in store.tasks() if t.event_uuid == sale.uuid)
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert store.get(Event, sale.uuid) is None
    assert not [t for t in store.tasks() if t.event_uuid == sale.uuid]
    assert tab.scene.selected == ""
    tab.document.undo_stack.undo()
    assert store.get(Event, sale.uuid) == sale
    assert sorted(t.uuid for t in store.tasks() if t.event_uuid == sale.uuid) == tasks
    tab.reveal(sale.uuid)
    tab.delete_selected()  # Edit → Delete does the same
    assert store.get(Event, sale.uuid) is None


def test_a_dropped_sale_fills_its_catalog_slot(plain_tab: CalendarTab) -> None:
    from ecplanner.domain.ops import Delete
    from ecplanner.plans import platform_calendar_ops

    def missing_618() -> list[Event]:
        return [op.entity for op in platform_calendar_ops(store)
                if isinstance(op.entity, Event) and op.entity.template_key == "cn.tmall.618"]

    store = plain_tab.document.store
    usual = next(e for e in store.events() if e.template_key == "cn.tmall.618")
    plain_tab.document.apply("delete", [Delete(Event, usual.uuid)])
    assert missing_618()
    assert _drop(plain_tab, "cn.tmall.618", date(2027, 6, 1))
    dropped = next(e for e in store.events() if e.template_key == "cn.tmall.618")
    assert dropped.occurrence == usual.occurrence
    assert missing_618() == []


def _drop_off_platform(tab: CalendarTab, choice: OffPlatform | None) -> list[Event]:
    """Drops 京东618 on the Tmall-only plan and answers the question with ``choice``."""
    store = tab.document.store
    before = {e.uuid for e in store.events()}
    assert _drop(tab, "cn.jd.618", date(2027, 6, 1))
    question = tab.view.off_platform_question
    assert question is not None and question.isVisible()
    assert not [e for e in store.events() if e.uuid not in before]  # nothing until answered
    if choice is None:
        question.reject()
    else:
        question.buttons_by_choice[choice].click()
    assert tab.view.off_platform_question is None
    return [e for e in store.events() if e.uuid not in before]


def test_a_template_on_a_platform_the_store_does_not_sell_on_asks_first(
        plain_tab: CalendarTab) -> None:
    store = plain_tab.document.store
    assert _drop_off_platform(plain_tab, None) == []
    [only] = _drop_off_platform(plain_tab, OffPlatform.CALENDAR_ONLY)
    assert only.platform == "jd" and not only.count_uplift_anyway
    assert store.info().platforms == ("tmall",)


def test_counting_an_off_platform_drop_anyway_is_stored_with_the_event(
        plain_tab: CalendarTab) -> None:
    [event] = _drop_off_platform(plain_tab, OffPlatform.COUNT_ANYWAY)
    stored = plain_tab.document.store.get(Event, event.uuid)
    assert stored is not None and stored.count_uplift_anyway
    assert plain_tab.document.store.info().platforms == ("tmall",)


def test_adding_the_platform_with_a_drop_is_one_undo_step(plain_tab: CalendarTab) -> None:
    store = plain_tab.document.store
    [event] = _drop_off_platform(plain_tab, OffPlatform.ADD_PLATFORM)
    assert store.info().platforms == ("tmall", "jd")
    assert not event.count_uplift_anyway  # counted because the store now sells there
    plain_tab.document.undo_stack.undo()
    assert store.get(Event, event.uuid) is None and store.info().platforms == ("tmall",)
