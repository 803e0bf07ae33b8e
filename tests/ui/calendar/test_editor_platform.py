"""The event editor says when the store does not sell on the event's platform, whose
uplift the budget then leaves out, and lets the user count it anyway or add the platform
to the store, in the same undoable edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.ops import Put
from ecplanner.ui.calendar.dialogs import CalendarEventEditor
from ecplanner.ui.calendar.view import CalendarTab
from ecplanner.ui.common.event_editor import EventEditor
from tests.ui.calendar.test_editor import _ok

JD_618 = Event("京东618", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18),
               platform="jd", uplift=2.0)


def test_an_event_on_a_platform_the_store_does_not_sell_on_is_flagged(qtbot: QtBot) -> None:
    editor = EventEditor(JD_618, store_platforms=("tmall", "taobao"))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.uplift_note.isVisible() and "leaves its uplift out" in editor.uplift_note.text()
    assert editor.count_anyway.isVisible() and editor.add_platform.isVisible()
    assert "JD" in editor.add_platform.text() or "京东" in editor.add_platform.text()
    editor.add_platform.setChecked(True)  # adding the platform counts it: nothing to choose
    assert not editor.count_anyway.isVisible() and not editor.uplift_note.isVisible()
    editor.platform.setCurrentIndex(editor.platform.findData("tmall"))
    assert not editor.uplift_note.isVisible() and not editor.add_platform.isVisible()
    assert editor.platform_to_add() is None
    editor.platform.setCurrentIndex(editor.platform.findData("store"))
    assert not editor.uplift_note.isVisible()


def _open_jd_sale(tab: CalendarTab) -> CalendarEventEditor:
    assert "jd" not in tab.document.store.info().platforms
    tab.document.apply("add", [Put(JD_618)])
    tab.reveal(JD_618.uuid)
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    [editor] = tab.findChildren(CalendarEventEditor)
    return editor


def test_counting_the_uplift_anyway_is_stored_and_undone(tab: CalendarTab) -> None:
    editor = _open_jd_sale(tab)
    editor.count_anyway.setChecked(True)
    _ok(editor)
    stored = tab.document.store.get(Event, JD_618.uuid)
    assert stored is not None and stored.count_uplift_anyway
    tab.document.undo_stack.undo()
    assert tab.document.store.get(Event, JD_618.uuid) == JD_618


def test_adding_the_platform_is_part_of_the_same_edit(tab: CalendarTab) -> None:
    platforms = tab.document.store.info().platforms
    editor = _open_jd_sale(tab)
    editor.count_anyway.setChecked(True)  # hidden once the platform is added: not stored
    editor.add_platform.setChecked(True)
    _ok(editor)
    assert tab.document.store.info().platforms == (*platforms, "jd")
    stored = tab.document.store.get(Event, JD_618.uuid)
    assert stored is not None and not stored.count_uplift_anyway
    tab.document.undo_stack.undo()  # one step takes both back
    assert tab.document.store.info().platforms == platforms
    assert tab.document.store.get(Event, JD_618.uuid) == JD_618
