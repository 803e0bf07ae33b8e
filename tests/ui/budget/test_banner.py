"""A refusal's message does not move the sheet: the next double-click lands on the row the
user sees."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from ecplanner.ui.budget.view import BudgetTab
from ecplanner.ui.document import PlanDocument
from tests.ui.budget.helpers import make_tab, type_into

MARCH = 2


def _sheet_place(tab: BudgetTab) -> QRect:
    table = tab.sheet_table
    return QRect(table.mapTo(tab, QPoint(0, 0)), table.size())


def test_the_sheet_stays_put_when_the_message_shows_and_hides(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab = make_tab(qtbot, demo_document)
    type_into(qtbot, tab, "cvr", MARCH, "3.4%")  # the first edit: the no-budget note is gone
    before = _sheet_place(tab)
    type_into(qtbot, tab, "cvr", MARCH, "150%")
    assert tab.message.isVisible()
    assert _sheet_place(tab) == before
    type_into(qtbot, tab, "cvr", MARCH, "3.5%")
    assert not tab.message.isVisible()
    assert _sheet_place(tab) == before
