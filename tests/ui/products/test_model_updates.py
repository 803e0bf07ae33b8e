"""The products table takes a new read with as little work as the change needs: a first
read arrives sorted (the filter proxy looks at each row once), the very rows shown are left
alone, and the rows are sorted again only when a product came or its sort key changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ecplanner.domain.findings import Finding, Severity
from ecplanner.domain.model import Product, Season
from ecplanner.domain.products.fields import FIELDS
from ecplanner.ui.products import model as products_model
from ecplanner.ui.products.model import ProductsFilterProxy, ProductsTableModel
from ecplanner.ui.products.texts import WarningTexts

LAUNCH = FIELDS.index("launch")


def _products() -> list[Product]:
    # Launch days 30, 29, … 1 March: read in the reverse of their launch order.
    return [Product(f"P{n:02}", f"款{n}", launch=date(2027, 3, 30 - n), uuid=f"p{n}")
            for n in range(30)]


class _Watched:
    """Counts the proxy's looks at rows, the sort keys worked out and the model's signals."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.model = ProductsTableModel()
        self.proxy = ProductsFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(LAUNCH, Qt.SortOrder.AscendingOrder)  # as the table asks it
        self.looks = 0
        self.keys = 0
        self.signals: list[str] = []
        accepts, sort_key = ProductsFilterProxy.accepts, products_model._sort_key

        def looked(proxy: ProductsFilterProxy, product: Product) -> bool:
            self.looks += 1
            return accepts(proxy, product)

        def keyed(field: str, value: Any) -> Any:
            self.keys += 1
            return sort_key(field, value)

        monkeypatch.setattr(ProductsFilterProxy, "accepts", looked)
        monkeypatch.setattr(products_model, "_sort_key", keyed)
        for name in ("modelReset", "layoutChanged", "dataChanged", "rowsInserted",
                     "rowsRemoved"):
            getattr(self.model, name).connect(lambda *_, name=name: self.signals.append(name))

    def codes(self) -> list[str]:
        return [self.model.product_at(row).code for row in range(self.model.rowCount())]


def test_a_first_read_is_sorted_before_it_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    watched = _Watched(monkeypatch)
    watched.proxy.set_filter("wave", "")  # every product's: each is looked at
    watched.model.set_products(_products())
    assert watched.proxy.rowCount() == 30
    assert watched.codes() == [f"P{n:02}" for n in range(29, -1, -1)]  # 1 March first
    assert watched.signals == ["modelReset"]
    assert watched.looks == 30  # each row once, not again for a re-sort


def test_the_rows_shown_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    watched = _Watched(monkeypatch)
    watched.model.set_products(_products())
    watched.proxy.rowCount()
    watched.signals.clear()
    watched.keys = watched.looks = 0
    watched.model.set_products(watched.model.products())  # an event changed, no product
    assert (watched.signals, watched.keys, watched.looks) == ([], 0, 0)


def test_sorted_again_only_when_a_sort_key_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    watched = _Watched(monkeypatch)
    watched.model.set_products(_products())
    watched.proxy.rowCount()
    shown = watched.model.products()
    watched.signals.clear()
    watched.keys = 0
    priced = replace(shown[0], list_price=99.0)  # P29, launching 1 March
    watched.model.set_products([priced, *shown[1:]])
    assert watched.signals == ["dataChanged"] and watched.keys == 0
    assert watched.model.product_at(0) is priced
    later = replace(priced, launch=date(2027, 3, 31))  # now the last to launch
    watched.model.set_products([later, *shown[1:]])
    assert watched.signals[-2:] == ["dataChanged", "layoutChanged"]
    assert watched.codes() == [*(f"P{n:02}" for n in range(28, -1, -1)), "P29"]


def test_new_warnings_do_not_filter_the_rows_again(monkeypatch: pytest.MonkeyPatch) -> None:
    watched = _Watched(monkeypatch)
    watched.model.set_products(_products())
    watched.proxy.rowCount()
    watched.looks = 0
    warned = {f"p{n}": [Finding("product.stock_late", Severity.WARNING, f"p{n}")]
              for n in range(0, 30, 2)}
    watched.model.set_warnings(WarningTexts(warned, {}))  # every row's icon may change
    assert watched.signals[-1] == "dataChanged" and watched.looks == 0


def test_a_product_leaves_the_filtered_rows_when_its_field_changes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    watched = _Watched(monkeypatch)
    products = [replace(p, season=Season.SUMMER if n < 20 else Season.WINTER)
                for n, p in enumerate(_products())]
    watched.model.set_products(products)
    watched.proxy.set_filter("season", Season.SUMMER)
    assert watched.proxy.rowCount() == 20
    shown = watched.model.products()
    summer = next(p for p in shown if p.season is Season.SUMMER)
    priced = replace(summer, list_price=10.0)
    watched.model.set_products([priced if p is summer else p for p in shown])
    assert watched.proxy.rowCount() == 20
    wintry = replace(priced, season=Season.WINTER)
    watched.model.set_products([wintry if p is priced else p for p in watched.model.products()])
    assert watched.proxy.rowCount() == 19
    kept = {watched.model.product_at(watched.proxy.mapToSource(watched.proxy.index(r, 0)).row())
            .uuid for r in range(19)}
    assert wintry.uuid not in kept


def test_without_a_filter_the_proxy_reads_no_product(monkeypatch: pytest.MonkeyPatch) -> None:
    watched = _Watched(monkeypatch)
    read: list[int] = []
    product_at = ProductsTableModel.product_at

    def counted(model: ProductsTableModel, row: int) -> Product:
        read.append(row)
        return product_at(model, row)

    monkeypatch.setattr(ProductsTableModel, "product_at", counted)
    watched.model.set_products(_products())
    assert watched.proxy.rowCount() == 30 and read == []
    watched.proxy.set_filter("wave", "")
    assert watched.proxy.rowCount() == 30 and len(read) == 30  # a filter: each row read
