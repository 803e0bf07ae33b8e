"""Importing product reports in the Inventory tab: the codes mapped, the rows re-ranked."""

from __future__ import annotations

import gc
import threading
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from ecplanner.domain.clearance.kernel import BatchProjection
from ecplanner.domain.clearance.projection import project_each, project_in_pieces
from ecplanner.domain.clearance.reforecast import (
    Reforecast,
    SoldDays,
    reforecast,
    sold_days,
)
from ecplanner.domain.model import Event, MarkdownStep, Product, ProductDay, StockPlan
from ecplanner.exchange.actuals.product_import import PROGRESS_ROWS
from ecplanner.ui.common.slices import keep_long_lived
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory import commands, forecasts
from ecplanner.ui.inventory import feed as feed_module
from ecplanner.ui.inventory.import_dialog import ImportProductsDialog
from ecplanner.ui.inventory.view import InventoryTab

if TYPE_CHECKING:
    from ecplanner.domain.clearance.kernel import FloatArray

TODAY = date(2027, 9, 15)  # mid-season: the projection starts today


def _codes_by_row(tab: InventoryTab) -> list[str]:
    snapshot = tab.model.snapshot
    assert snapshot is not None
    return [snapshot.items[tab.model.item_of(row)][1].code for row in range(tab.model.rowCount())]


def _cell(tab: InventoryTab, code: str, column: str) -> str:
    row = _codes_by_row(tab).index(code)
    return str(tab.model.index(row, tab.model.COLUMNS.index(column)).data())


def _report(folder: Path) -> Path:
    # 27AU004 sold nothing from 09-01 to 09-14: twelve days under its own code, the last
    # two under a code the plan does not know (the platform's SKU code).
    lines = ["统计日期,商家编码,商品访客数,支付件数,支付金额"]
    for n in range(14):
        code = "27AU004" if n < 12 else "SKU-4"
        lines.append(f"{date(2027, 9, 1) + timedelta(days=n)},{code},40,0,0")
    path = folder / "商品效果.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_imported_product_data_re_ranks_the_products_that_will_miss(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    tab = InventoryTab(demo_document, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.snapshot is not None)
    before = _codes_by_row(tab)
    assert before[0] != "27AU004"
    planned = _cell(tab, "27AU004", "leftover_at_delist")
    assert _cell(tab, "27AU004", "observed_rate") == "–"

    dialog = tab.open_import()
    assert isinstance(dialog, ImportProductsDialog)
    with qtbot.waitSignal(dialog.parsed, timeout=10_000):
        dialog.load([_report(tmp_path)])
    combo = dialog.code_combos["sku-4"]
    assert combo.currentData() is None  # skipped until mapped
    assert len(dialog.days()) == 12
    with qtbot.waitSignal(dialog.matched, timeout=10_000):  # matched in the pool
        combo.setCurrentIndex(combo.findText("27AU004", Qt.MatchFlag.MatchStartsWith))
    assert len(dialog.days()) == 14
    # Stored, then told to the views at the turn after the commit.
    with qtbot.waitSignals([dialog.stored, demo_document.changed], timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportProductsDialog.DialogCode.Accepted
    assert len(demo_document.store.product_days()) == 14
    assert demo_document.undo_stack.count() == 1

    # 14 days of no sales: its real rate is 0, so nothing sells before the delist. It has
    # 2 × its first order of 600 on hand and the 600 that arrived 08-31 (30 days after its
    # 08-01 launch): 1,200 + 600 = 1,800 left, more than any other product (27AU008, first
    # as planned, leaves 1,225.5), so it is listed first.
    tab.feed.catch_up()
    qtbot.waitUntil(lambda: not tab.feed.reading_sales)  # read in steps, grouped in the pool
    assert _cell(tab, "27AU004", "observed_rate") == "0.0"
    assert _cell(tab, "27AU004", "sold_so_far") == "0"
    assert _cell(tab, "27AU004", "leftover_at_delist") == "1800"
    assert _cell(tab, "27AU004", "leftover_at_delist_planned") == planned
    # Sell-through: none of the 1,800 sold to date, and none will be by the delist.
    assert _cell(tab, "27AU004", "sell_through_to_date") == "0.0%"
    assert _cell(tab, "27AU004", "sell_through_at_delist") == "0.0%"
    assert _cell(tab, "27AU004", "sell_through_to_date_planned").endswith("%")
    assert _cell(tab, "27AU004", "sell_through_to_date_planned") != "0.0%"
    assert _cell(tab, "27AU006", "sell_through_to_date") == "–"  # no product data
    assert (_cell(tab, "27AU006", "sell_through_at_delist")
            == _cell(tab, "27AU006", "sell_through_at_delist_planned"))
    assert _codes_by_row(tab)[0] == "27AU004"

    # The suggestion runs on the re-forecast plan (1,800 on hand at 0 a week); accepting
    # a ladder changes only the stored plan's ladder, never its on hand or its rate.
    snapshot = tab.model.snapshot
    assert snapshot is not None
    item = next(i for i, (_, p) in enumerate(snapshot.items) if p.code == "27AU004")
    stored, projected = snapshot.items[item][0], snapshot.projected[item][0]
    assert (projected.on_hand, projected.base_weekly_sales) == (1800, 0.0)
    ladder = (MarkdownStep(date(2027, 10, 1), 0.3),)
    tab.suggest.ladder_accepted.emit(projected, ladder)
    kept = demo_document.store.get(StockPlan, stored.uuid)
    assert kept is not None and kept.ladder == ladder
    assert (kept.on_hand, kept.base_weekly_sales) == (stored.on_hand, stored.base_weekly_sales)
    demo_document.undo_stack.undo()

    demo_document.undo_stack.undo()
    tab.feed.catch_up()
    qtbot.waitUntil(lambda: not tab.feed.reading_sales)
    assert demo_document.store.product_days() == []
    assert _codes_by_row(tab) == before


def test_a_refused_file_shows_its_problems_and_imports_nothing(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,款号,支付件数\n2027-09-01,27AU004,1.5\n", encoding="utf-8")
    dialog = ImportProductsDialog(demo_document.store.products(), _never_stored)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.parsed, timeout=10_000):
        dialog.load([bad])
    assert "1 problem(s)" in dialog.error_label.text()
    assert dialog.problems_model.rowCount() == 1
    assert not dialog.import_button.isEnabled()
    assert dialog.days() == []


def _never_stored(days: list[ProductDay]) -> Iterator[float]:
    raise AssertionError("a refused file stores nothing")


def _year_report(folder: Path, codes: list[str]) -> Path:
    # Every code sells 2 a day for the whole of 2027: 365 rows each.
    lines = ["统计日期,商家编码,商品访客数,支付件数,支付金额"]
    for n in range(365):
        day = date(2027, 1, 1) + timedelta(days=n)
        lines += [f"{day},{code},40,2,398" for code in codes]
    path = folder / "全年商品效果.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _parsed(qtbot: QtBot, tab: InventoryTab, report: Path) -> ImportProductsDialog:
    dialog = tab.open_import()
    with qtbot.waitSignal(dialog.parsed, timeout=20_000):
        dialog.load([report])
    assert not dialog.code_combos
    return dialog


def test_the_days_are_stored_in_steps_as_one_undo_step(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    tab = InventoryTab(demo_document, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    codes = [p.code for p in demo_document.store.products()]
    dialog = _parsed(qtbot, tab, _year_report(tmp_path, codes))
    assert len(dialog.days()) == 365 * len(codes)
    turns: list[int] = []  # the window's event loop turning while the days are stored
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: turns.append(len(demo_document.store.product_units())))
    ticker.start()
    with qtbot.waitSignal(dialog.stored, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ticker.stop()
    # Written a step at a time: the loop turned while the rows went in (a read between
    # the steps sees them so far), not once after they were all there.
    assert any(0 < n < 365 * len(codes) for n in turns)
    assert len(demo_document.store.product_days()) == 365 * len(codes)
    assert demo_document.undo_stack.count() == 1
    stack = demo_document.undo_stack
    stack.undo()  # a step this large is written in slices (tests/ui/test_stepped_undo.py)
    qtbot.waitUntil(lambda: not stack.stepping, timeout=60_000)
    assert demo_document.store.product_days() == []
    stack.redo()
    qtbot.waitUntil(lambda: not stack.stepping, timeout=60_000)
    assert len(demo_document.store.product_days()) == 365 * len(codes)


def test_cancel_while_storing_imports_nothing(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    tab = InventoryTab(demo_document, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    codes = [p.code for p in demo_document.store.products()]
    dialog = _parsed(qtbot, tab, _year_report(tmp_path, codes))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(demo_document.store.product_units()) > 0, timeout=30_000)
    dialog.reject()  # part of the days written, in the transaction still open
    assert demo_document.store.product_days() == []
    assert demo_document.undo_stack.count() == 0
    days = [ProductDay(demo_document.store.products()[0].uuid, date(2027, 1, 1), units=1)]
    for _ in commands.import_product_days(demo_document, days):  # the plan takes writes again
        pass
    assert len(demo_document.store.product_days()) == 1


def test_the_matcher_keeps_the_days_it_made_out_of_the_collectors_passes(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    # A full pass of the collector walks every object it tracks, holding the interpreter
    # (and so the window) meanwhile; the days matched are handed to gc.freeze as they are
    # made, so no pass ever has more than ~PROGRESS_ROWS of them to walk.
    codes = [p.code for p in demo_document.store.products()]
    lines = ["统计日期,商家编码,支付件数"]  # 40 codes × 1,600 days: 64,000 rows
    for n in range(1600):
        lines += [f"{date(2023, 1, 1) + timedelta(days=n)},{code},2" for code in codes]
    report = tmp_path / "商品效果.csv"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = len(lines) - 1
    assert rows >= 6 * PROGRESS_ROWS
    dialog = ImportProductsDialog(demo_document.store.products(), _never_stored)
    qtbot.addWidget(dialog)
    seen: list[int] = []  # objects a full pass would walk, sampled as the collector runs
    calls = 0

    def sample(phase: str, _info: dict[str, int]) -> None:
        nonlocal calls
        calls += phase == "start"
        if phase == "start" and calls % 20 == 0:
            seen.append(len(gc.get_objects()))

    gc.collect()
    gc.freeze()  # what the test run made before: not the matcher's
    baseline = len(gc.get_objects())
    gc.callbacks.append(sample)
    keep_long_lived(True)  # as the application does
    try:
        with qtbot.waitSignal(dialog.parsed, timeout=30_000):
            dialog.load([report])
    finally:
        keep_long_lived(False)
        gc.callbacks.remove(sample)
        gc.unfreeze()  # the other tests' objects are collected as usual
    assert len(dialog.days()) == rows
    assert seen
    # Without the matcher's calls the last samples held nearly all the days: ~rows.
    assert max(seen) - baseline < 3 * PROGRESS_ROWS, (max(seen) - baseline, rows)


def test_sales_are_shown_without_projecting_on_the_ui_thread_and_an_edit_re_forecasts_one(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tab = InventoryTab(demo_document, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.snapshot is not None)
    on_ui_thread: list[int] = []  # items projected by the UI thread

    def projecting(items: Sequence[tuple[StockPlan, Product]],
                   events_of: Sequence[Sequence[Event]], start: date) -> BatchProjection:
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append(len(items))
        return project_each(items, events_of, start)

    def projecting_in_pieces(items: Sequence[tuple[StockPlan, Product]],
                             events_of: Sequence[Sequence[Event]], start: date, piece: int,
                             uplifts: dict[int, FloatArray]
                             ) -> Generator[None, None, BatchProjection]:
        on_ui_thread.append(len(items))  # the feed runs this on the UI thread
        return (yield from project_in_pieces(items, events_of, start, piece, uplifts))

    monkeypatch.setattr(feed_module, "project_each", projecting)
    monkeypatch.setattr(feed_module, "project_in_pieces", projecting_in_pieces)
    codes = [p.code for p in demo_document.store.products()]
    dialog = _parsed(qtbot, tab, _year_report(tmp_path, codes))
    shown: list[object] = []
    tab.feed.updated.connect(shown.append)
    with qtbot.waitSignals([dialog.stored, demo_document.changed], timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.feed.reading_sales, timeout=20_000)
    snapshot = tab.model.snapshot
    assert snapshot is not None and len(snapshot.reforecasts) == len(snapshot.items)
    # The plans did not change: their projection is kept; the re-forecast one came from
    # the pool with the re-forecast. The tab is told once, when the sales are read, not
    # also in the turn that stored them (which then had nothing new to show).
    assert on_ui_thread == []
    assert len(shown) == 1
    counted: list[int] = []  # items re-forecast per call, on the UI thread from here on

    def counting(items: Sequence[tuple[StockPlan, Product]],
                 events_of: Sequence[Sequence[Event]], sold: Mapping[str, SoldDays]
                 ) -> tuple[list[tuple[StockPlan, Product]], dict[int, Reforecast]]:
        counted.append(len(items))
        return reforecast(items, events_of, sold)

    monkeypatch.setattr(forecasts, "reforecast", counting)
    item = next(i for i, (_, p) in enumerate(snapshot.items) if p.code == "27AU006")
    plan, product = snapshot.items[item]
    commands.edit_plan(demo_document, replace(plan, on_hand=plan.on_hand + 100), "on_hand",
                       product)
    assert counted == [1]  # not all 20 stock plans again
    after = tab.model.snapshot
    assert after is not None and len(after.reforecasts) == len(after.items)
    # 100 more on hand before the first observed day: 100 more in stock after the last.
    assert after.reforecasts[item].stock == snapshot.reforecasts[item].stock + 100
    # The rest are kept as they were: the same as working them all out again.
    sold = sold_days(demo_document.store.product_units())
    projected, found = reforecast(list(after.items), after.events_of, sold)
    assert list(after.projected) == projected and dict(after.reforecasts) == found


def test_reading_and_matching_run_in_slices_between_the_windows_turns(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # In a worker thread they held the interpreter from the window's repaints, which call
    # Python thousands of times (a table's cells): 0.8–3.4 s turns on a year of 2,000
    # products (bench_sellthrough). On the UI thread, in slices, the window turns between.
    from ecplanner.ui.inventory import import_dialog

    monkeypatch.setattr(import_dialog, "_STORE_SLICE_S", 0.0)  # a step per turn
    threads: list[bool] = []
    real_steps = import_dialog.match_steps

    def watched(*args: object) -> Iterator[None]:
        steps = real_steps(*args)  # type: ignore[arg-type]
        threads.append(threading.current_thread() is threading.main_thread())
        return steps

    monkeypatch.setattr(import_dialog, "match_steps", watched)
    codes = [p.code for p in demo_document.store.products()]
    report = _year_report(tmp_path, codes)
    dialog = ImportProductsDialog(demo_document.store.products(), _never_stored)
    qtbot.addWidget(dialog)
    turns: list[int] = []
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: turns.append(len(dialog.days())))
    ticker.start()
    with qtbot.waitSignal(dialog.parsed, timeout=30_000):
        dialog.load([report])
    ticker.stop()
    assert threads == [True]
    # 365 × the demo's codes rows: read a batch of 1,024 a step, matched 2,000 a step.
    assert len(turns) >= 365 * len(codes) // 1024 + 365 * len(codes) // 2000
    assert len(dialog.days()) == 365 * len(codes)
