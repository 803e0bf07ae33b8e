"""On a wide screen the tables give the spare width to their text column (the phases, the
task), not to a date or a name at the end stretched across the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ecplanner.ui.document import PlanDocument
from ecplanner.ui.overview.view import OverviewTab


def _last_width(table: QTableView) -> tuple[int, int]:
    header = table.horizontalHeader()
    last = header.count() - 1
    return header.sectionSize(last), max(header.sectionSizeHint(last),
                                         table.sizeHintForColumn(last))


def test_the_last_columns_are_not_stretched(qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab = OverviewTab(demo_document)
    qtbot.addWidget(tab)
    tab.resize(1920, 1000)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and tab.tasks.model.rowCount() > 0)
    for table in (tab.table, tab.tasks.table):
        width, needs = _last_width(table)
        assert width <= needs + 40, (table.model().headerData(
            table.horizontalHeader().count() - 1, table.horizontalHeader().orientation()),
            width, needs)
