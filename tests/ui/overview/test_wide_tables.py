"""On a wide screen the tables give the spare width to their text column (the phases, the
task), not to a date or a name at the end stretched across the screen; on a small one
the year at a glance shortens its money rather than cut it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
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


def _glance_texts(tab: OverviewTab) -> list[tuple[str, int, int]]:
    """Each money cell of the year at a glance: its text, the width it needs, its column's."""
    model, view = tab.glance_model, tab.glance
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if model.data(index, Qt.ItemDataRole.ToolTipRole) is None:
                continue  # not money
            text = model.data(index)
            font = QFont(view.font())
            font.setBold(column == model.columnCount() - 1)
            found.append((text, QFontMetrics(font).horizontalAdvance(text),
                          view.horizontalHeader().sectionSize(column)))
    return found


def test_the_glance_shows_money_in_full_when_it_fits_and_shorter_when_not(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab = OverviewTab(demo_document)
    qtbot.addWidget(tab)
    tab.resize(1920, 1000)
    tab.show()
    qtbot.waitExposed(tab)
    wide = _glance_texts(tab)
    assert wide and all(text[-1].isdigit() for text, _, _ in wide)  # every digit
    tab.resize(1024, 640)
    qtbot.waitUntil(lambda: tab.glance_model.short)
    narrow = _glance_texts(tab)
    assert any(text.endswith(("k", "M")) for text, _, _ in narrow)
    assert [t for t in narrow if t[1] > t[2] - 8] == []  # nothing cut to "…"
    first = tab.glance_model.index(0, 0)
    assert tab.glance_model.data(first, Qt.ItemDataRole.ToolTipRole).startswith("¥")
