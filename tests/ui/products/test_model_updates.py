"""The products table takes a new read with as little work as the change needs: a first
read arrives sorted (the filter proxy looks at each row once), the very rows shown are left
alone, and the rows are sorted again only when a product came or its sort key changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ecplanner.domain.model import Product
from ecplanner.domain.products.fields import FIELDS
from ecplanner.ui.products import model as products_model
from ecplanner.ui.products.model import ProductsFilterProxy, ProductsTableModel

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
