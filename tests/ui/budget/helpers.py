"""Budget tab helpers: the tab on a real plan, and typing into a cell through its editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from ecplanner.domain.budget.sheet import Sheet, compute_sheet
from ecplanner.domain.budget.shutdown import pause_for
from ecplanner.ui.budget.model import row_of
from ecplanner.ui.budget.view import BudgetTab
from ecplanner.ui.calendar.reference_data import holiday_key, holidays_now
from ecplanner.ui.document import PlanDocument


def planned_sheet(document: PlanDocument) -> Sheet:
    """The sheet as stored, the courier shutdown counted (the holidays computed here, so a
    tab built after this call has them at once)."""
    store = document.store
    holidays = holidays_now(holiday_key(store.info()))
    return compute_sheet(store.info(), store.budget_months(), store.events(),
                         pause_for(holidays, store.settings()))


def make_tab(qtbot: QtBot, document: PlanDocument) -> BudgetTab:
    holidays_now(holiday_key(document.store.info()))  # as the calendar has them by now
    tab = BudgetTab(document)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    return tab


def type_into(qtbot: QtBot, tab: BudgetTab, key: str, column: int, text: str) -> None:
    """Open the cell's editor as a double-click would, type ``text`` and press Enter."""
    index = tab.sheet_model.index(row_of(key), column)
    tab.sheet_table.scrollTo(index)
    tab.sheet_table.setCurrentIndex(index)
    tab.sheet_table.edit(index)
    # A closed editor lingers hidden until its deferred delete: take the open one.
    editor = next(e for e in tab.sheet_table.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor through a queued call.
    qtbot.waitUntil(lambda: tab.sheet_table.state() != QAbstractItemView.State.EditingState)
