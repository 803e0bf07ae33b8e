"""A Products tab on a real plan file holding three products."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Product, ProductRole, Season
from ecplanner.domain.ops import Put
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.helpers import settle

TODAY = date(2027, 1, 10)
SHIRT = Product("A1", "亚麻衬衫", season=Season.SUMMER, wave="W1", role=ProductRole.TRAFFIC,
                unit_cost=40.0, list_price=129.0, launch=date(2027, 4, 1),
                delist=date(2027, 8, 31), lead_time_days=30, uuid="shirt")
DRESS = Product("A2", "真丝长裙", season=Season.SUMMER, wave="W2", role=ProductRole.IMAGE,
                unit_cost=120.0, list_price=459.0, launch=date(2027, 5, 1),
                delist=date(2027, 8, 31), uuid="dress")
COAT = Product("B1", "羊绒大衣", season=Season.WINTER, wave="W1", unit_cost=520.0,
               list_price=1799.0, launch=date(2027, 10, 15), delist=date(2028, 2, 28),
               uuid="coat")


@pytest.fixture
def tab(qtbot: QtBot, document: PlanDocument) -> Iterator[ProductsTab]:
    document.store.write([Put(p) for p in (SHIRT, DRESS, COAT)])
    widget = ProductsTab(document, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    yield widget
