"""A hidden Budget tab spends nothing on edits and is up to date when it shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.ops import Put
from ecplanner.ui.budget.view import BudgetTab
from ecplanner.ui.calendar import reference_data
from ecplanner.ui.document import PlanDocument
from tests.ui.budget.helpers import planned_sheet


def _double_january_uv(document: PlanDocument) -> None:
    january = next(m for m in document.store.budget_months() if m.month == 1)
    document.apply("uv", [Put(replace(january, uv=january.uv * 2 + 1000))])


def _expected_gmv(document: PlanDocument) -> float:
    return planned_sheet(document).total.gmv


def test_a_tab_that_never_showed_computes_nothing_until_it_shows(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    planned_sheet(demo_document)  # the holidays loaded, as the calendar has them by now
    tab = BudgetTab(demo_document)  # as the main window builds it, before it shows
    qtbot.addWidget(tab)
    _double_january_uv(demo_document)
    assert tab.sheet_model.sheet is None
    tab.show()
    sheet = tab.sheet_model.sheet
    assert sheet is not None and sheet.total.gmv == _expected_gmv(demo_document)


def test_edits_while_hidden_are_caught_up_on_show(qtbot: QtBot,
                                                  demo_document: PlanDocument) -> None:
    planned_sheet(demo_document)
    tab = BudgetTab(demo_document)
    qtbot.addWidget(tab)
    tab.show()
    before = tab.sheet_model.sheet
    tab.hide()
    _double_january_uv(demo_document)
    assert tab.sheet_model.sheet is before  # nothing recomputed while hidden
    tab.show()
    sheet = tab.sheet_model.sheet
    assert sheet is not before and sheet is not None
    assert sheet.total.gmv == _expected_gmv(demo_document) != before.total.gmv  # type: ignore[union-attr]
    _double_january_uv(demo_document)  # and while showing, at once
    assert tab.sheet_model.sheet.total.gmv == _expected_gmv(demo_document)  # type: ignore[union-attr]


def test_the_sheet_counts_the_shutdown_once_the_holidays_have_loaded(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reference_data, "_holidays", {})  # as on a cold start
    tab = BudgetTab(demo_document)
    qtbot.addWidget(tab)
    tab.show()
    # Shown at once, without the shutdown; the holidays load in a thread, then it counts.
    qtbot.waitUntil(lambda: tab.sheet_model.sheet is not None
                    and tab.sheet_model.sheet.pause is not None, timeout=10_000)
    sheet = tab.sheet_model.sheet
    assert sheet is not None and sheet.pause is not None
    assert (sheet.pause.start, sheet.pause.end) == (date(2027, 2, 1), date(2027, 2, 10))
    assert sheet.total.gmv == _expected_gmv(demo_document)
    # February's multiplier carries the ten shutdown days at 70%.
    assert sheet.months[1].uplift < compute_sheet(
        demo_document.store.info(), demo_document.store.budget_months(),
        demo_document.store.events()).months[1].uplift
