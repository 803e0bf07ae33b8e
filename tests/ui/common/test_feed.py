"""Every tab reads the plan through its feed: an edit made while the tab is hidden shows
when it is shown again, and a delete's cascade reaches every tab through ``Changes``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, Product, StockPlan
from ecplanner.domain.ops import Changes, Delete, Put
from ecplanner.domain.products.fields import FIELDS
from ecplanner.ui.budget.model import row_of
from ecplanner.ui.budget.view import BudgetTab
from ecplanner.ui.calendar.view import CalendarTab
from ecplanner.ui.common.feed import Feed
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory.model import StockTableModel
from ecplanner.ui.inventory.view import InventoryTab
from ecplanner.ui.overview.model import EventsTableModel
from ecplanner.ui.overview.view import OverviewTab
from ecplanner.ui.products.view import ProductsTab

TODAY = date(2026, 11, 23)


def _text(model: Any, row: int, column: int) -> str:
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def _sale(document: PlanDocument) -> Event:
    return next(e for e in document.store.events() if e.template_key == "cn.tmall.618")


def _rename_sale(document: PlanDocument) -> None:
    document.apply("rename", [Put(replace(_sale(document), title="年中大促"))])


def _overview_title(tab: QWidget, document: PlanDocument) -> str:
    assert isinstance(tab, OverviewTab)
    row = tab.model.row_of(_sale(document).uuid)
    return _text(tab.model, row, EventsTableModel.COLUMNS.index("title"))


def _calendar_title(tab: QWidget, document: PlanDocument) -> str:
    assert isinstance(tab, CalendarTab)
    tab.scene.settle()
    return tab.scene.bar_items(_sale(document).uuid)[0].look.title


def _first_product(document: PlanDocument) -> Product:
    return document.store.products()[0]


def _rename_product(document: PlanDocument) -> None:
    document.apply("rename", [Put(replace(_first_product(document), name="新名字的针织衫"))])


def _product_name(tab: QWidget, document: PlanDocument) -> str:
    assert isinstance(tab, ProductsTab)
    row = tab.model.row_of(_first_product(document).uuid)
    return _text(tab.model, row, FIELDS.index("name"))


def _first_plan(document: PlanDocument) -> StockPlan:
    return document.store.stock_plans()[0]


def _restock(document: PlanDocument) -> None:
    document.apply("stock", [Put(replace(_first_plan(document), on_hand=98765))])


def _on_hand(tab: QWidget, document: PlanDocument) -> str:
    assert isinstance(tab, InventoryTab)
    row = tab.model.row_of(_first_plan(document).uuid)
    return _text(tab.model, row, StockTableModel.COLUMNS.index("on_hand"))


def _set_january_uv(document: PlanDocument) -> None:
    january = next(m for m in document.store.budget_months() if m.month == 1)
    document.apply("uv", [Put(replace(january, uv=1234567.0))])


def _january_uv(tab: QWidget, document: PlanDocument) -> str:
    assert isinstance(tab, BudgetTab)
    return _text(tab.sheet_model, row_of("uv"), 0)


@dataclass(frozen=True)
class Case:
    build: Callable[[PlanDocument], QWidget]
    edit: Callable[[PlanDocument], None]
    shown: Callable[[QWidget, PlanDocument], str]
    expected: str  # in what ``shown`` answers after the edit


CASES = {
    "overview": Case(OverviewTab, _rename_sale, _overview_title, "年中大促"),
    "calendar": Case(CalendarTab, _rename_sale, _calendar_title, "年中大促"),
    "products": Case(lambda d: ProductsTab(d, today=TODAY), _rename_product, _product_name,
                     "新名字的针织衫"),
    "inventory": Case(lambda d: InventoryTab(d, today=lambda: TODAY), _restock, _on_hand,
                      "98765"),
    "budget": Case(BudgetTab, _set_january_uv, _january_uv, "1234567"),
}


def _in_tabs(qtbot: QtBot, *tabs: QWidget) -> QTabWidget:
    """The tabs as the window holds them, with one more to hide them behind; showing."""
    holder = QTabWidget()
    qtbot.addWidget(holder)
    holder.resize(1400, 900)
    for tab in tabs:
        holder.addTab(tab, type(tab).__name__)
    holder.addTab(QWidget(), "Other")
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def _show(qtbot: QtBot, holder: QTabWidget, tab: QWidget) -> None:
    holder.setCurrentWidget(tab)
    feed = tab.feed  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: feed.loaded)  # the Inventory loads once numpy is imported
    if isinstance(tab, InventoryTab):
        qtbot.waitUntil(lambda: tab.chart.built)
    if isinstance(tab, CalendarTab):
        qtbot.waitUntil(lambda: tab.scene.laid_out)


@pytest.mark.parametrize("name", CASES)
def test_a_tab_hidden_during_an_edit_shows_it_when_shown(
        qtbot: QtBot, demo_document: PlanDocument, name: str) -> None:
    case = CASES[name]
    tab = case.build(demo_document)
    assert isinstance(tab.feed, Feed)  # type: ignore[attr-defined]
    holder = _in_tabs(qtbot, tab)
    _show(qtbot, holder, tab)
    before = case.shown(tab, demo_document)
    assert case.expected not in before
    holder.setCurrentIndex(holder.count() - 1)
    case.edit(demo_document)
    assert case.shown(tab, demo_document) == before  # hidden: nothing read meanwhile
    holder.setCurrentWidget(tab)
    assert case.expected in case.shown(tab, demo_document)


def test_a_product_delete_reaches_every_tab_through_changes(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    document = demo_document
    plan = _first_plan(document)
    product = plan.product_uuid
    sale = _sale(document)
    document.apply("feature", [Put(replace(sale, featured_products=(product,)))])
    tabs = [case.build(document) for case in CASES.values()]
    holder = _in_tabs(qtbot, *tabs)
    for tab in tabs:
        _show(qtbot, holder, tab)
    overview, calendar, products, inventory, budget = tabs
    assert isinstance(overview, OverviewTab) and isinstance(calendar, CalendarTab)
    assert isinstance(products, ProductsTab) and isinstance(inventory, InventoryTab)
    assert isinstance(budget, BudgetTab)
    launches = _launches(overview)
    assert products.model.row_of(product) >= 0 and inventory.model.row_of(plan.uuid) >= 0
    holder.setCurrentWidget(products)
    announced: list[Changes] = []
    document.changed.connect(announced.append)

    document.apply("delete", [Delete(Product, product)])

    [changes] = announced
    assert changes.deleted(Product) == {product}
    assert changes.deleted(StockPlan) == {plan.uuid}
    assert changes.put(Event) == {sale.uuid}
    assert products.model.row_of(product) == -1  # showing: at once
    with qtbot.waitSignal(overview.glance_shown):  # its glance is worked out in a worker
        for tab in (overview, calendar, inventory, budget):
            holder.setCurrentWidget(tab)
    assert inventory.model.row_of(plan.uuid) == -1
    assert product not in inventory.summary.text()
    shown = calendar.scene.event_of(sale.uuid)
    assert shown is not None and shown.featured_products == ()
    assert budget.feed.inputs is not None
    assert next(e for e in budget.feed.inputs.events
                if e.uuid == sale.uuid).featured_products == ()
    assert _launches(overview) == launches - 1


def _launches(tab: OverviewTab) -> int:
    """The year's launches as the Overview's glance shows them."""
    model = tab.glance_model
    row = next(r for r in range(model.rowCount())
               if model.headerData(r, Qt.Orientation.Vertical) == "Launches")
    year = next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == "Year")
    return int(_text(model, row, year))
