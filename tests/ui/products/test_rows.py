"""Adding, duplicating, deleting and pasting products; warnings on rows, bars and the panel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Product, Season, StockPlan
from ecplanner.domain.ops import Put
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products.dialogs import PastePreviewDialog
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.helpers import settle

PASTE = ("款号\t商品名称\t季节\t波段\t成本\t吊牌价\t上新日期\t下架日期\n"
         "C1\t短袖T恤\t夏\tW3\t22\t79\t2027/4/15\t2027/8/31\n"
         "C2\t冰丝裤\t夏\tW3\t-40\t149\t2027/4/15\t2027/3/31\n"
         "C3\t防晒衬衫\t夏季\tW3\t38\t139\t4月20日\t8月31日\n")


def _codes(document: PlanDocument) -> list[str]:
    return sorted(p.code for p in document.store.products())


def test_paste_three_rows_one_invalid_imports_two_in_one_step(tab: ProductsTab,
                                                             qtbot: QtBot) -> None:
    dialog = tab.dialogs.paste_text(PASTE)
    assert dialog.isVisible()
    assert dialog.table.rowCount() == 3
    assert dialog.import_button.text() == "Import 2 valid rows"
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["Row 3: Unit cost “-40” must not be negative",
                        "Row 3: Delist “2027/3/31” is before the launch date"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _codes(tab.document) == ["A1", "A2", "B1", "C1", "C3"]
    stored = {p.code: p for p in tab.document.store.products()}
    assert stored["C3"].launch == date(2027, 4, 20) and stored["C3"].season is Season.SUMMER
    assert tab.document.undo_stack.count() == 1
    assert sorted(tab.timeline.selected_uuids()) == sorted(
        [stored["C1"].uuid, stored["C3"].uuid])
    tab.document.undo_stack.undo()
    assert _codes(tab.document) == ["A1", "A2", "B1"]
    assert tab.model.rowCount() == 3


def test_cancelled_paste_stores_nothing(tab: ProductsTab, qtbot: QtBot) -> None:
    dialog = tab.dialogs.paste_text(PASTE)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _codes(tab.document) == ["A1", "A2", "B1"]
    assert tab.document.undo_stack.count() == 0


def test_ctrl_v_on_the_table_previews_the_clipboard(tab: ProductsTab) -> None:
    QGuiApplication.clipboard().setText("D1\t针织背心\n")
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.findChild(PastePreviewDialog)
    assert dialog is not None and dialog.isVisible()
    assert "No header row" in dialog.summary.text()
    dialog.accept()
    assert _codes(tab.document) == ["A1", "A2", "B1", "D1"]


def test_paste_of_nothing_says_so(tab: ProductsTab) -> None:
    dialog = tab.dialogs.paste_text("\n")
    assert "no rows" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_add_duplicate_delete_with_undo(tab: ProductsTab) -> None:
    document = tab.document
    tab.filters.set_value("season", Season.WINTER)
    tab.add_product()
    QApplication.processEvents()
    added = [p for p in document.store.products() if p.code == "27NEW"]
    assert len(added) == 1
    assert added[0].season is Season.WINTER  # made to match the filter, so it shows
    assert added[0].launch == date(2027, 1, 10) and added[0].delist == date(2027, 4, 10)
    assert tab.table.state() == tab.table.State.EditingState  # typing its name
    tab.table.closePersistentEditor(tab.table.currentIndex())
    tab.filters.set_value("season", None)

    tab.select_products(["shirt", "coat"])
    tab.duplicate_selected()
    assert _codes(document) == ["27NEW", "A1", "A1-2", "A2", "B1", "B1-2"]
    assert len(tab.selected_uuids()) == 2 and "shirt" not in tab.selected_uuids()

    tab.select_products(["shirt"])
    tab.delete_selected()
    assert "A1" not in _codes(document)
    assert document.undo_stack.count() == 3
    for _ in range(3):
        document.undo_stack.undo()
    assert _codes(document) == ["A1", "A2", "B1"]
    assert tab.model.rowCount() == 3


def test_deleting_a_product_and_undo_brings_back_its_stock_plan(
        demo_document: PlanDocument, qtbot: QtBot) -> None:
    tab = ProductsTab(demo_document)
    qtbot.addWidget(tab)
    tab.show()
    settle(qtbot, tab)
    plan = demo_document.store.stock_plans()[0]
    tab.select_products([plan.product_uuid])
    tab.delete_selected()
    assert demo_document.store.get(Product, plan.product_uuid) is None
    assert demo_document.store.get(StockPlan, plan.uuid) is None
    demo_document.undo_stack.undo()
    assert demo_document.store.get(StockPlan, plan.uuid) == plan
    assert tab.model.row_of(plan.product_uuid) >= 0
    assert tab.timeline.timeline.item_for(plan.product_uuid) is not None


def test_warnings_in_the_panel_on_rows_and_on_bars(tab: ProductsTab, qtbot: QtBot) -> None:
    # On 2027-01-10 the shirt's reorder-by day (2027-02-23) is ahead; move "today" past it.
    tab.today = date(2027, 3, 1)
    tab.refresh()
    settle(qtbot, tab)
    lines = tab.warnings.lines()
    assert "A1 亚麻衬衫: Reorder-by date 2027-02-23 has passed and the status is below “Ready”" \
        in lines
    assert tab.warnings.title.text() == f"Warnings ({len(lines)})"
    row = tab.model.row_of("shirt")
    tooltip = tab.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Reorder-by date 2027-02-23 has passed" in tooltip
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    item = tab.timeline.timeline.item_for("shirt")
    assert item is not None and any("Reorder-by" in text for text in item.warnings)
    tab.select_products(["coat"])
    model = tab.warnings.model
    shirt = next(r for r in range(model.rowCount()) if model.finding_at(r).subject == "shirt")
    tab.warnings.list.clicked.emit(model.index(shirt))  # a click on a warning picks its product
    assert tab.selected_uuids() == ["shirt"]


def test_an_event_change_refreshes_the_bands_and_warnings(tab: ProductsTab,
                                                          qtbot: QtBot) -> None:
    from ecplanner.domain.model import Event, EventKind

    sale = Event("会员大促", EventKind.MAJOR_SALE, date(2027, 4, 10), date(2027, 4, 12))
    before = len(tab.timeline.timeline.events)
    tab.document.apply("add", [Put(sale)])
    assert len(tab.timeline.timeline.events) == before + 1
    settle(qtbot, tab)
    assert "A1 亚麻衬衫: Launches 9 days before “会员大促”, in its price-lock window" in (
        tab.warnings.lines())
