"""Reading the plan: not before the tab shows, not while it is hidden, large work in slices."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, EventKind, Product, Season
from ecplanner.domain.ops import Put
from ecplanner.domain.products.checks import ProductChecks
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products import feed
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.conftest import COAT, DRESS, SHIRT, TODAY
from tests.ui.products.helpers import settle

SALE = Event("会员大促", EventKind.MAJOR_SALE, date(2027, 4, 10), date(2027, 4, 12), uuid="sale")
SHIRT_LOCKED = "A1 亚麻衬衫: Launches 9 days before “会员大促”, in its price-lock window"


def _tooltip(tab: ProductsTab, uuid: str) -> str:
    return str(tab.model.index(tab.model.row_of(uuid), 0).data(Qt.ItemDataRole.ToolTipRole))


def _title(document: PlanDocument) -> str:
    """The warnings list's title for everything the plan holds, worked out at once."""
    store = document.store
    checks = ProductChecks()
    checks.update(store.products(), store.events(), TODAY, 2027, store.settings())
    return f"Warnings ({checks.count(checks.by_product) + len(checks.gaps)})"


def test_a_tab_reads_the_plan_when_first_shown(qtbot: QtBot, document: PlanDocument) -> None:
    document.store.write([Put(p) for p in (SHIRT, DRESS, COAT)])
    tab = ProductsTab(document, today=TODAY)
    qtbot.addWidget(tab)
    document.apply("sale", [Put(SALE)])
    assert tab.model.rowCount() == 0 and tab.timeline.timeline.rows == []
    tab.show()
    settle(qtbot, tab)
    assert tab.model.rowCount() == 3
    assert tab.timeline.timeline.item_for("coat") is not None
    assert SHIRT_LOCKED in tab.warnings.lines()


@pytest.mark.parametrize("large", [False, True])
def test_a_large_plan_is_read_in_the_turn_after_the_show(
        qtbot: QtBot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch,
        large: bool) -> None:
    # 20,000 products read and sorted (~60 ms) and the tab's first paint (~50 ms) made one
    # turn of the click; a small plan shows its rows with the tab, as ever.
    monkeypatch.setattr(feed, "_READ_IN_STEPS_ABOVE", 2 if large else 2_000)
    document.store.write([Put(p) for p in (SHIRT, DRESS, COAT)])
    tab = ProductsTab(document, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model.rowCount() == (0 if large else 3)
    qtbot.waitUntil(lambda: tab.feed.loaded)
    settle(qtbot, tab)
    assert tab.model.rowCount() == 3
    assert tab.timeline.timeline.item_for("coat") is not None


def test_a_hidden_tab_takes_changes_in_when_shown_again(tab: ProductsTab, qtbot: QtBot) -> None:
    scene = tab.timeline.timeline
    events, lines = len(scene.events), tab.warnings.lines()
    tab.hide()
    tab.document.apply("sale", [Put(SALE)])
    tab.document.apply("rename", [Put(replace(SHIRT, name="白衬衫"))])
    assert len(scene.events) == events and tab.warnings.lines() == lines  # nothing redone
    assert tab.model.product_at(tab.model.row_of("shirt")).name == "亚麻衬衫"
    tab.show()
    settle(qtbot, tab)
    assert len(scene.events) == events + 1
    assert tab.model.product_at(tab.model.row_of("shirt")).name == "白衬衫"
    assert SHIRT_LOCKED.replace("亚麻衬衫", "白衬衫") in tab.warnings.lines()


def test_a_large_plan_is_filled_and_checked_in_slices(qtbot: QtBot, document: PlanDocument,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feed, "_SLICE_S", 0.0)  # every step a slice of its own
    products = [Product(f"N{n:03}", f"商品{n}", season=Season.SUMMER, wave="W1",
                        launch=date(2027, 4, 1) + timedelta(days=n % 60), uuid=f"n{n:03}")
                for n in range(250)]
    document.store.write([Put(p) for p in products])
    tab = ProductsTab(document, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    scene = tab.timeline.timeline
    assert tab.busy and tab.warnings.title.text() == "Warnings (checking…)"
    assert scene.item_for("n249") is None  # the bars come a slice at a time
    settle(qtbot, tab)
    assert all(scene.item_for(p.uuid) is not None for p in products)
    assert tab.warnings.title.text() == _title(document)

    document.apply("sale", [Put(SALE)])
    assert tab.warnings.title.text() == "Warnings (checking…)"
    moved = replace(products[0], launch=date(2027, 4, 5))
    document.apply("move", [Put(moved)])  # while every product is being checked
    settle(qtbot, tab)
    assert tab.warnings.title.text() == _title(document)
    assert "Launches 5 days before “会员大促”" in _tooltip(tab, "n000")
    assert "Launches 7 days before “会员大促”" in _tooltip(tab, "n062")
    assert _tooltip(tab, "n009") == "None"


def test_the_warnings_list_follows_the_timeline_in_a_step_of_its_own(
        tab: ProductsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # Listing a large plan's warnings takes ~40 ms: not in the turn of the edit (or of the
    # tab's showing), but once the timeline is filled.
    tab.document.apply("sale", [Put(SALE)])
    settle(qtbot, tab)
    assert SHIRT_LOCKED in tab.warnings.lines()
    monkeypatch.setattr(tab.feed._filling, "_slice_s", 0.0)  # every step a turn of its own
    tab.document.apply("rename", [Put(replace(SHIRT, name="白衬衫"))])
    assert tab.model.product_at(tab.model.row_of("shirt")).name == "白衬衫"
    assert SHIRT_LOCKED in tab.warnings.lines() and tab.busy
    settle(qtbot, tab)
    assert SHIRT_LOCKED.replace("亚麻衬衫", "白衬衫") in tab.warnings.lines()


def test_buttons_for_a_selection_start_disabled(qtbot: QtBot, document: PlanDocument) -> None:
    tab = ProductsTab(document, today=TODAY)
    qtbot.addWidget(tab)
    buttons = (tab.duplicate_button, tab.delete_button, tab.milestones_button)
    assert not any(button.isEnabled() for button in buttons)


def test_a_full_check_lists_its_warnings_a_step_after_ordering_them(
        tab: ProductsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    # Sorting 20,000 products by their first warning (25–50 ms) and listing them made a
    # turn of up to ~90 ms at the end of every full check.
    checking = tab.feed._checking
    monkeypatch.setattr(checking, "_slice_s", 0.0)  # every step a turn of its own
    monkeypatch.setattr(tab.feed._filling, "_slice_s", 0.0)
    before = tab.feed.checks
    tab.document.apply("sale", [Put(SALE)])  # every product is checked again
    while tab.feed.checks is before:
        checking.step()
    checking.step()  # the products ordered by their first warning
    assert tab.warnings.title.text() == "Warnings (checking…)"
    checking.step()
    assert tab.warnings.title.text() != "Warnings (checking…)"
    assert SHIRT_LOCKED in tab.warnings.lines()


def test_a_full_check_takes_its_findings_in_a_step_after_its_last_products(
        tab: ProductsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    # The last products' checks with the wave gaps, then the findings taken in (which
    # products' changed, their texts): ~35 ms in one step, with the axis's first paint in
    # the same turn, made a turn of up to 95 ms in the first show of the scale plan.
    checking = tab.feed._checking
    monkeypatch.setattr(checking, "_slice_s", 0.0)  # every step a turn of its own
    before = tab.feed.checks
    tab.document.apply("sale", [Put(SALE)])  # every product is checked again
    checking.step()  # all three products checked, and the wave gaps
    assert tab.feed.checks is before and SHIRT_LOCKED not in _tooltip(tab, "shirt")
    checking.step()
    assert tab.feed.checks is not before and SHIRT_LOCKED.split(": ")[1] in _tooltip(tab, "shirt")
