"""A hidden Budget tab spends nothing on edits and is up to date when it shows."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.ops import Put
from ecplanner.ui.budget.view import BudgetTab
from ecplanner.ui.document import PlanDocument


def _double_january_uv(document: PlanDocument) -> None:
    january = next(m for m in document.store.budget_months() if m.month == 1)
    document.apply("uv", [Put(replace(january, uv=january.uv * 2 + 1000))])


def _expected_gmv(document: PlanDocument) -> float:
    store = document.store
    return compute_sheet(store.info(), store.budget_months(), store.events()).total.gmv


def test_a_tab_that_never_showed_computes_nothing_until_it_shows(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab = BudgetTab(demo_document)  # as the main window builds it, before it shows
    qtbot.addWidget(tab)
    _double_january_uv(demo_document)
    assert tab.sheet_model.sheet is None
    tab.show()
    sheet = tab.sheet_model.sheet
    assert sheet is not None and sheet.total.gmv == _expected_gmv(demo_document)


def test_edits_while_hidden_are_caught_up_on_show(qtbot: QtBot,
                                                  demo_document: PlanDocument) -> None:
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
