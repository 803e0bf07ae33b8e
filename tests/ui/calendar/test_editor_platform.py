"""The event editor says when the store does not sell on the event's platform, whose
uplift the budget then leaves out."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, EventKind
from ecplanner.ui.common.event_editor import EventEditor

JD_618 = Event("京东618", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18),
               platform="jd", uplift=2.0)


def test_an_event_on_a_platform_the_store_does_not_sell_on_is_flagged(qtbot: QtBot) -> None:
    editor = EventEditor(JD_618, store_platforms=("tmall", "taobao"))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.uplift_note.isVisible() and "not counted" in editor.uplift_note.text()
    editor.platform.setCurrentIndex(editor.platform.findData("tmall"))
    assert not editor.uplift_note.isVisible()
    editor.platform.setCurrentIndex(editor.platform.findData("store"))
    assert not editor.uplift_note.isVisible()
