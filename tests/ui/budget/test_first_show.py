"""Showing the Budget tab works out only what it does not know yet: the events' uplift is
worked out at idle before the first show, and a show after an edit elsewhere works out
only the events the edit changed; the header's names are laid out once, not per paint."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.domain.budget.uplift import lifts_the_store
from ecplanner.domain.model import Event
from ecplanner.ui.budget import texts
from ecplanner.ui.budget.view import BudgetTab
from ecplanner.ui.calendar.commands import move_event
from ecplanner.ui.document import PlanDocument
from tests.ui.budget.helpers import planned_sheet


def _lifting(document: PlanDocument) -> list[Event]:
    platforms = document.store.info().platforms
    return [e for e in document.store.events() if lifts_the_store(e, platforms)]


def test_the_uplift_is_worked_out_at_idle_and_again_only_for_a_moved_event(
        qtbot: QtBot, demo_document: PlanDocument, worked_out: list[Event]) -> None:
    expected = planned_sheet(demo_document)  # the holidays loaded, as the calendar has them
    lifting = _lifting(demo_document)
    worked_out.clear()
    tab = BudgetTab(demo_document)  # as the main window builds it, hidden
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: len(worked_out) == len(lifting))  # at idle, in slices
    assert tab.sheet_model.sheet is None  # nothing shown or read for it yet
    worked_out.clear()
    tab.show()
    assert worked_out == []
    assert tab.sheet_model.sheet == expected
    tab.hide()
    event = next(e for e in lifting if e.uplift > 1.0)
    move_event(demo_document, event, 3)  # on the Calendar, say
    moved = next(e for e in demo_document.store.events() if e.uuid == event.uuid)
    tab.show()
    assert worked_out == [moved]
    assert tab.sheet_model.sheet == planned_sheet(demo_document)


def test_a_tab_shown_before_the_idle_works_out_everything_once(
        qtbot: QtBot, demo_document: PlanDocument, worked_out: list[Event]) -> None:
    expected = planned_sheet(demo_document)
    lifting = _lifting(demo_document)
    worked_out.clear()
    tab = BudgetTab(demo_document)
    qtbot.addWidget(tab)
    tab.show()  # before the window was idle
    assert tab.sheet_model.sheet == expected
    qtbot.wait(50)  # the idle comes: nothing left to work out
    assert sorted(e.uuid for e in worked_out) == sorted(e.uuid for e in lifting)


def test_painting_the_sheet_does_not_name_its_rows_again(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    planned_sheet(demo_document)
    tab = BudgetTab(demo_document)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    asked: list[int] = []
    real = texts.row_labels
    monkeypatch.setattr(texts, "row_labels", lambda: asked.append(1) or real())
    tab.sheet_table.grab()
    header = tab.sheet_table.verticalHeader()
    assert header.model() is not None and header.count() > 60
    assert asked == []
    assert tab.sheet_model.headerData(1, header.orientation()) == texts.row_label(
        "annual_target")
