"""Undo and redo of an import of products' days in the Inventory tab: the re-forecast is
worked out again in the pool with the sales read back, never on the UI thread with the
sales it held before (0.5–0.7 s for a year of 2,000 products, bench_sellthrough)."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import ProductDay
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory import commands, forecasts
from ecplanner.ui.inventory.view import InventoryTab

TODAY = date(2027, 9, 15)


def _reforecast_count(tab: InventoryTab) -> int:
    snapshot = tab.model.snapshot
    assert snapshot is not None
    return len(snapshot.reforecasts)


def _shown(qtbot: QtBot, document: PlanDocument) -> InventoryTab:
    tab = InventoryTab(document, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.snapshot is not None and not tab.feed.reading_sales)
    return tab


def _sales_imported(qtbot: QtBot, tab: InventoryTab) -> None:
    """45 days of every product's sales stored, and the tab re-forecast from them."""
    products = tab.document.store.products()
    days = [ProductDay(p.uuid, date(2027, 8, 1) + timedelta(days=d), uv=40, units=3,
                       gmv=597.0) for p in products for d in range(45)]
    for _ in commands.import_product_days(tab.document, days):
        pass
    qtbot.waitUntil(lambda: not tab.feed.reading_sales and _reforecast_count(tab) > 0,
                    timeout=20_000)


def test_undo_and_redo_of_sales_re_forecast_in_the_pool(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _shown(qtbot, demo_document)
    _sales_imported(qtbot, tab)
    shown = _reforecast_count(tab)
    on_ui_thread: list[bool] = []
    real = forecasts.reforecast

    def counted(*args: Any) -> Any:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(forecasts, "reforecast", counted)
    stack = demo_document.undo_stack
    stack.undo()
    qtbot.waitUntil(lambda: not stack.stepping and not tab.feed.reading_sales
                    and _reforecast_count(tab) == 0, timeout=20_000)
    stack.redo()
    qtbot.waitUntil(lambda: not stack.stepping and not tab.feed.reading_sales
                    and _reforecast_count(tab) == shown, timeout=20_000)
    assert on_ui_thread and not any(on_ui_thread)  # each in the pool, with the sales read


def test_the_pool_projects_only_when_something_was_re_forecast(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without a product's sales the snapshot shows the planned projection: the pool's
    # projection of the re-forecast items went unused (~0.3 s for 10,000 stock plans).
    from ecplanner.ui.inventory import feed

    pooled: list[str] = []
    real = feed.project_each

    def counted(*args: Any) -> Any:
        pooled.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(feed, "project_each", counted)
    tab = _shown(qtbot, demo_document)
    assert pooled == [] and _reforecast_count(tab) == 0
    _sales_imported(qtbot, tab)
    assert len(pooled) == 1 and pooled[0] != threading.main_thread().name


def test_without_re_forecasts_the_planned_figures_are_the_projected_ones(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    from ecplanner.ui.inventory import feed

    tab = _shown(qtbot, demo_document)
    snapshot = tab.model.snapshot
    assert snapshot is not None and not snapshot.reforecasts
    worked_out: list[int] = []
    real = feed.leftovers_at_delist
    monkeypatch.setattr(feed, "leftovers_at_delist",
                        lambda *args: worked_out.append(1) or real(*args))
    figures = snapshot.figures()
    assert worked_out == [1]  # once, not again for the same projection (~25 ms a time)
    assert figures["leftover_at_delist_planned"] == figures["leftover_at_delist"]
    assert figures["sell_through_at_delist_planned"] == figures["sell_through_at_delist"]
    assert any(value > 0 for value in figures["leftover_at_delist"])
