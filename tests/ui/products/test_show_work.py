"""What the tab redoes when it takes a change in is what the change reached: a few
products' rows and bars, not the 20,000 others of a large plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, EventKind, Product
from ecplanner.domain.ops import Delete, Put
from ecplanner.domain.products import checks
from ecplanner.domain.products.fields import FIELDS
from ecplanner.ui.products import model as products_model
from ecplanner.ui.products import timeline_scene
from ecplanner.ui.products.filters import FilterBar
from ecplanner.ui.products.model import ProductsFilterProxy, ProductsTableModel
from ecplanner.ui.products.timeline_items import BarItem
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.conftest import SHIRT
from tests.ui.products.helpers import settle


def _counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_a_few_products_written_touch_only_their_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    model = ProductsTableModel()
    model.sort(FIELDS.index("launch"))
    # A1 … A5 launching on 1 … 5 April.
    products = [replace(SHIRT, code=f"A{n}", launch=date(2027, 4, n), uuid=f"a{n}")
                for n in range(1, 6)]
    model.set_products(products)
    touched: list[int] = []
    model.dataChanged.connect(lambda first, *_: touched.append(first.row()))
    keys = _counting(monkeypatch, products_model, "_sort_key")
    priced = replace(products[2], list_price=99.0)
    model.update_products([priced], [])
    assert touched == [2] and keys == []  # A3's row, and no sorting: its launch stayed
    late = replace(products[0], launch=date(2027, 4, 30))
    new = replace(SHIRT, code="A0", launch=date(2027, 3, 1), uuid="a0")
    model.update_products([late, new], ["a2"])
    # A2 gone; A0 (1 March) comes first, A1 (now 30 April) last.
    assert [p.code for p in model.products()] == ["A0", "A3", "A4", "A5", "A1"]
    assert model.product_at(model.row_of("a3")) is priced


def test_a_few_warnings_changed_look_at_their_bars_only(tab: ProductsTab,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    looked = _counting(monkeypatch, BarItem, "set_warned")
    scene = tab.timeline.timeline
    scene.set_warnings({"shirt"}, lambda uuid: ["⚠"], {"shirt"})
    assert len(looked) == 1
    bar = scene.item_for("shirt")
    assert bar is not None and bar.warned
    scene.set_warnings(set(), lambda uuid: [])  # all: each of the three bars
    assert len(looked) == 1 + 3 and not bar.warned


def test_without_a_filter_no_row_is_asked_about(tab: ProductsTab, qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counting(monkeypatch, ProductsFilterProxy, "accepts")
    tab.feed.show_filtered()
    settle(qtbot, tab)
    assert asked == []
    tab.filters.set_value("season", SHIRT.season)
    settle(qtbot, tab)
    assert asked  # a filter set: each product is asked about
    assert {p.uuid for p in tab.proxy.accepted(tab.model.products())} == {"shirt", "dress"}


def test_an_event_changed_alone_leaves_the_waves_offered(tab: ProductsTab, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    offered = _counting(monkeypatch, FilterBar, "set_waves")
    sale = Event("会员大促", EventKind.MAJOR_SALE, date(2027, 4, 10), date(2027, 4, 12))
    tab.document.apply("sale", [Put(sale)])
    settle(qtbot, tab)
    assert offered == []
    tab.document.apply("wave", [Put(replace(SHIRT, wave="W9"))])
    assert offered == [1]
    combo = tab.filters.combos["wave"]
    assert "W9" in [combo.itemData(i) for i in range(combo.count())]
    assert tab.model.index(tab.model.row_of("shirt"), FIELDS.index("wave")).data(
        Qt.ItemDataRole.DisplayRole) == "W9"


def test_a_product_edited_after_a_check_leaves_the_events_as_indexed(
        tab: ProductsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    indexed = _counting(monkeypatch, checks, "EventIndex")
    tab.document.apply("sale", [Put(Event("会员大促", EventKind.MAJOR_SALE, date(2027, 4, 10),
                                          date(2027, 4, 12)))])
    settle(qtbot, tab)
    assert indexed == [1]  # the events changed: the check of every product indexes them
    tab.document.apply("price", [Put(replace(SHIRT, list_price=SHIRT.list_price + 1))])
    settle(qtbot, tab)
    assert indexed == [1]  # the shirt's check looks at its events in that index


def test_only_an_edit_that_can_change_the_waves_offers_them_again(
        tab: ProductsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    offered = _counting(monkeypatch, FilterBar, "set_waves")
    tab.document.apply("price", [Put(replace(SHIRT, list_price=139.0))])
    tab.document.apply("name", [Put(replace(SHIRT, name="白衬衫"))])
    assert offered == []  # the shirt stays in W1
    tab.document.apply("new", [Put(replace(SHIRT, code="A9", wave="W1", uuid="new"))])
    assert offered == [1]  # a product new to the table
    tab.document.apply("delete", [Delete(Product, "dress")])
    assert offered == [1, 1]  # W2 was the dress's alone
    combo = tab.filters.combos["wave"]
    assert [combo.itemData(i) for i in range(1, combo.count())] == ["W1"]


def test_a_product_edit_spans_the_timeline_without_looking_through_the_events(
        tab: ProductsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    looked = _counting(monkeypatch, timeline_scene, "events_extent")
    # A sale on 2028-03-01 … 03-03 widens the span (the coat's row ends on 2028-02-28).
    tab.document.apply("sale", [Put(Event("会员大促", EventKind.MAJOR_SALE, date(2028, 3, 1),
                                          date(2028, 3, 3)))])
    settle(qtbot, tab)
    scene = tab.timeline.timeline
    assert looked == [1] and scene.geometry.last == date(2028, 3, 3) + timedelta(days=14)
    tab.document.apply("price", [Put(replace(SHIRT, list_price=139.0))])
    settle(qtbot, tab)
    assert looked == [1]  # the events' days as found
    assert scene.geometry.last == date(2028, 3, 17)
