"""Importing product reports in the Inventory tab: the codes mapped, the rows re-ranked."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import MarkdownStep, StockPlan
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory.import_dialog import ImportProductsDialog
from ecplanner.ui.inventory.view import InventoryTab

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
    combo.setCurrentIndex(combo.findText("27AU004", Qt.MatchFlag.MatchStartsWith))
    assert len(dialog.days()) == 14
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(demo_document.store.product_days()) == 14
    assert demo_document.undo_stack.count() == 1

    # 14 days of no sales: its real rate is 0, so nothing sells before the delist. It has
    # 2 × its first order of 600 on hand and the 600 that arrived 08-31 (30 days after its
    # 08-01 launch): 1,200 + 600 = 1,800 left, more than any other product (27AU008, first
    # as planned, leaves 1,225.5), so it is listed first.
    tab.feed.catch_up()
    assert _cell(tab, "27AU004", "observed_rate") == "0.0"
    assert _cell(tab, "27AU004", "sold_so_far") == "0"
    assert _cell(tab, "27AU004", "leftover_at_delist") == "1800"
    assert _cell(tab, "27AU004", "leftover_at_delist_planned") == planned
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
    assert demo_document.store.product_days() == []
    assert _codes_by_row(tab) == before


def test_a_refused_file_shows_its_problems_and_imports_nothing(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,款号,支付件数\n2027-09-01,27AU004,1.5\n", encoding="utf-8")
    dialog = ImportProductsDialog(demo_document.store.products())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.parsed, timeout=10_000):
        dialog.load([bad])
    assert "1 problem(s)" in dialog.error_label.text()
    assert dialog.problems_model.rowCount() == 1
    assert not dialog.import_button.isEnabled()
    assert dialog.days() == []
