"""On a wide screen the Products and Inventory tables leave the spare width blank, as a
spreadsheet does, instead of stretching their last column until its figure sits far from
its header."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory.view import InventoryTab
from ecplanner.ui.products.view import ProductsTab

TODAY = date(2026, 12, 7)


def _last_column_fits(table: QTableView) -> bool:
    header = table.horizontalHeader()
    last = header.count() - 1
    needs = max(header.sectionSizeHint(last), table.sizeHintForColumn(last))
    return header.sectionSize(last) <= needs + 40


def _shown_wide(qtbot: QtBot, tab: QWidget) -> None:
    qtbot.addWidget(tab)
    tab.resize(1920, 1000)
    tab.show()
    qtbot.waitExposed(tab)


def test_products_last_column_is_not_stretched(qtbot: QtBot,
                                               demo_document: PlanDocument) -> None:
    tab = ProductsTab(demo_document, today=TODAY)
    _shown_wide(qtbot, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert _last_column_fits(tab.table)


def test_inventory_last_column_is_not_stretched(qtbot: QtBot,
                                                demo_document: PlanDocument) -> None:
    tab = InventoryTab(demo_document, today=lambda: TODAY)
    _shown_wide(qtbot, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert _last_column_fits(tab.table)
