"""The calendar's event editor: phases with times, featured products, refusals."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox

from ecplanner.domain.model import Event
from ecplanner.ui.calendar.dialogs import END, NAME, START, CalendarEventEditor
from ecplanner.ui.calendar.view import CalendarTab
from tests.ui.calendar.helpers import bar_point, event_titled


def _open(tab: CalendarTab, title: str) -> tuple[Event, CalendarEventEditor]:
    event = event_titled(tab, title)
    tab.reveal(event.uuid)
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    editors = tab.findChildren(CalendarEventEditor)
    assert len(editors) == 1 and editors[0].isVisible()
    return event, editors[0]


def _ok(editor: CalendarEventEditor) -> None:
    box = editor.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_editing_phases_products_and_dates(tab: CalendarTab) -> None:
    sale, editor = _open(tab, "99划算节")
    assert editor.phases.rowCount() == len(sale.phases)
    editor.phases.item(0, NAME).setText("预热期")
    product = editor.products.item(0)
    product.setCheckState(Qt.CheckState.Checked)
    editor.start.setDate(QDate(2027, 9, 6))  # two days later: phases follow
    editor.end.setDate(QDate(2027, 9, 11))
    _ok(editor)
    stored = tab.document.store.get(Event, sale.uuid)
    assert stored is not None
    assert (stored.start, stored.end) == (date(2027, 9, 6), date(2027, 9, 11))
    assert stored.phases[0].name == "预热期"
    assert stored.phases[0].start == sale.phases[0].start.replace(day=sale.phases[0].start.day + 2)
    assert stored.featured_products == (product.data(Qt.ItemDataRole.UserRole),)
    tab.document.undo_stack.undo()
    assert tab.document.store.get(Event, sale.uuid) == sale


def test_adding_a_phase_with_times(tab: CalendarTab) -> None:
    promo, editor = _open(tab, "店庆")
    assert editor.phases.rowCount() == 0
    editor.add_phase.click()
    start = editor.phases.cellWidget(0, START)
    assert isinstance(start, QDateTimeEdit)
    start.setDateTime(QDateTime(QDate(2027, 4, 8), QTime(20, 0)))
    _ok(editor)
    stored = tab.document.store.get(Event, promo.uuid)
    assert stored is not None and stored.phases[0].start == datetime(2027, 4, 8, 20, 0)
    assert stored.phases[0].end == datetime(2027, 4, 12, 23, 59)


def test_a_phase_outside_the_event_is_refused(tab: CalendarTab) -> None:
    promo, editor = _open(tab, "店庆")
    editor.add_phase.click()
    end = editor.phases.cellWidget(0, END)
    assert isinstance(end, QDateTimeEdit)
    end.setDateTime(QDateTime(QDate(2027, 4, 20), QTime(12, 0)))
    count = tab.document.undo_stack.count()
    _ok(editor)
    assert editor.isVisible()
    assert "outside the event" in editor.error.text()
    editor.end.setDate(QDate(2027, 4, 1))
    editor.phases.removeRow(0)
    _ok(editor)
    assert "before it starts" in editor.error.text()
    assert tab.document.undo_stack.count() == count
    assert tab.document.store.get(Event, promo.uuid) == promo
    editor.reject()


def test_double_click_opens_the_editor(tab: CalendarTab) -> None:
    promo = event_titled(tab, "店庆")
    QTest.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, bar_point(tab, promo.uuid))
    editors = tab.findChildren(CalendarEventEditor)
    assert len(editors) == 1 and editors[0].title.text() == "店庆"
    editors[0].reject()
