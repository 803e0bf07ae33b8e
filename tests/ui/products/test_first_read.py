"""A large plan's first read comes after the tab's first paint, a step a turn, and loses
nothing that happens between its steps: an edit, a filter, the plan's settings, a close."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Product, Season
from ecplanner.domain.ops import Put
from ecplanner.domain.products.fields import FIELDS
from ecplanner.ui.common.columns import fit_columns
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products import feed
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.conftest import COAT, DRESS, SHIRT, TODAY
from tests.ui.products.helpers import settle
from tests.ui.products.test_loading import SALE, SHIRT_LOCKED


@pytest.fixture
def large(qtbot: QtBot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch
          ) -> Iterator[ProductsTab]:
    """A Products tab, not shown yet, on a plan counted as large; every step of a read a
    slice of its own, run by ``_step``."""
    monkeypatch.setattr(feed, "_READ_IN_STEPS_ABOVE", 2)
    monkeypatch.setattr(feed, "_SLICE_S", 0.0)
    document.store.write([Put(p) for p in (SHIRT, DRESS, COAT)])
    tab = ProductsTab(document, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    yield tab


def _step(tab: ProductsTab) -> None:
    """One step of the read in steps (one turn of the event loop)."""
    assert tab.feed._reading.busy
    tab.feed._reading.step()


def _widths(tab: ProductsTab) -> list[int]:
    header = tab.table.horizontalHeader()
    return [header.sectionSize(column) for column in range(len(FIELDS))]


def _codes(tab: ProductsTab) -> list[str]:
    proxy = tab.proxy
    return [str(proxy.index(row, FIELDS.index("code")).data()) for row in range(proxy.rowCount())]


def test_the_rows_show_a_step_after_the_show_in_columns_fitted_to_them(
        large: ProductsTab, qtbot: QtBot) -> None:
    tab = large
    before = _widths(tab)
    shown: list[list[int]] = []
    tab.model.modelReset.connect(lambda: shown.append(_widths(tab)))
    tab.show()
    assert tab.model.rowCount() == 0 and tab.busy  # nothing read in the show's turn
    assert tab.warnings.title.text() == "Warnings (checking…)"
    _step(tab)  # the events and the products, sorted
    assert tab.model.rowCount() == 0 and _widths(tab) == before
    _step(tab)  # the columns fitted, then the rows shown
    assert _codes(tab) == ["A1", "A2", "B1"]  # by launch
    assert shown == [_widths(tab)] and shown[0] != before  # fitted as the rows came
    fit_columns(tab.table)  # measured on the rows shown: as fitted before they showed
    assert _widths(tab) == shown[0]
    assert tab.filters.combos["wave"].count() == 1  # the waves in a step of their own
    _step(tab)
    assert tab.filters.combos["wave"].count() == 3
    settle(qtbot, tab)
    assert tab.timeline.timeline.item_for("coat") is not None
    assert tab.warnings.title.text().startswith("Warnings (")


def test_an_edit_between_the_steps_is_taken_in(large: ProductsTab, qtbot: QtBot) -> None:
    tab = large
    tab.show()
    _step(tab)  # the products and events read
    tab.document.apply("sale", [Put(SALE)])
    tab.document.apply("rename", [Put(replace(SHIRT, name="白衬衫"))])
    settle(qtbot, tab)
    assert tab.model.product_at(tab.model.row_of("shirt")).name == "白衬衫"
    assert "sale" in {event.uuid for event in tab.timeline.timeline.events}
    assert SHIRT_LOCKED.replace("亚麻衬衫", "白衬衫") in tab.warnings.lines()


def test_a_product_added_after_the_rows_show_is_taken_in(large: ProductsTab,
                                                         qtbot: QtBot) -> None:
    tab = large
    tab.show()
    _step(tab)
    _step(tab)  # the rows shown; the waves and the timeline not yet
    hat = Product("C1", "草帽", season=Season.SUMMER, wave="W3", launch=SHIRT.launch,
                  uuid="hat")
    tab.document.apply("add", [Put(hat)])
    settle(qtbot, tab)
    assert "C1" in _codes(tab)
    assert tab.filters.combos["wave"].findData("W3") > 0
    assert tab.timeline.timeline.item_for("hat") is not None


def test_a_sorting_chosen_between_the_steps_holds(large: ProductsTab, qtbot: QtBot) -> None:
    tab = large
    tab.show()
    _step(tab)  # the products sorted by launch
    tab.table.sortByColumn(FIELDS.index("code"), Qt.SortOrder.DescendingOrder)
    _step(tab)
    assert _codes(tab) == ["B1", "A2", "A1"]
    settle(qtbot, tab)


def test_a_filter_chosen_between_the_steps_holds(large: ProductsTab, qtbot: QtBot) -> None:
    tab = large
    tab.show()
    _step(tab)
    tab.filters.set_value("season", Season.WINTER)
    settle(qtbot, tab)
    assert _codes(tab) == ["B1"]
    scene = tab.timeline.timeline
    assert scene.item_for("coat") is not None and scene.item_for("shirt") is None


def test_the_plan_settings_changed_between_the_steps_are_read(large: ProductsTab,
                                                              qtbot: QtBot) -> None:
    tab = large
    tab.show()
    _step(tab)
    info = tab.document.store.info()
    tab.document.apply("currency", [Put(replace(info, currency="USD"))])
    settle(qtbot, tab)
    price = tab.model.index(tab.model.row_of("shirt"), FIELDS.index("list_price")).data()
    assert "$" in str(price)


def test_a_plan_closed_between_the_steps_is_read_no_further(large: ProductsTab,
                                                            qtbot: QtBot) -> None:
    tab = large
    tab.show()
    _step(tab)
    tab.document.close()  # another plan opened: this one's tab goes
    assert not tab.busy
    qtbot.wait(50)  # no step left to run on the closed plan
    assert tab.model.rowCount() == 0


def test_a_small_plan_shows_its_rows_with_the_tab(qtbot: QtBot, document: PlanDocument) -> None:
    document.store.write([Put(p) for p in (SHIRT, DRESS, COAT)])
    tab = ProductsTab(document, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    before = _widths(tab)
    tab.show()
    assert _codes(tab) == ["A1", "A2", "B1"] and _widths(tab) != before
    assert tab.filters.combos["wave"].count() == 3
    settle(qtbot, tab)

