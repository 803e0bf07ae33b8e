"""Calendar tab fixtures: the tab on a real plan, shown offscreen, holidays known."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.ui.calendar.reference_data import holiday_key, holidays_now
from ecplanner.ui.calendar.view import CalendarTab
from ecplanner.ui.document import PlanDocument


@pytest.fixture
def tab(qtbot: QtBot, demo_document: PlanDocument) -> Iterator[CalendarTab]:
    yield _shown(qtbot, demo_document)


@pytest.fixture
def plain_tab(qtbot: QtBot, document: PlanDocument) -> Iterator[CalendarTab]:
    yield _shown(qtbot, document)


def _shown(qtbot: QtBot, document: PlanDocument) -> CalendarTab:
    # Known holidays: the tab then starts no background look-up.
    holidays_now(holiday_key(document.store.info()))
    widget = CalendarTab(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    with qtbot.waitSignal(widget.warnings_refreshed):  # worked out in steps when shown
        widget.show()
    qtbot.waitExposed(widget)
    widget.apply_view()
    return widget
