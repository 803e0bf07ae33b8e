"""The Inventory table end to end: edit inputs in place, refusals, undo, events, groups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, EventKind, StockPlan
from ecplanner.domain.ops import Put
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory.dialogs import PlanClearanceDialog
from ecplanner.ui.inventory.model import SORT_ROLE, StockTableModel
from ecplanner.ui.inventory.view import InventoryTab


def item_of(tab: InventoryTab, code: str) -> int:
    """The snapshot index of the product ``code``."""
    snapshot = tab.model.snapshot
    assert snapshot is not None
    return next(i for i, (_, product) in enumerate(snapshot.items) if product.code == code)


def row_of(tab: InventoryTab, code: str) -> int:
    """The model row of the product ``code``."""
    snapshot = tab.model.snapshot
    assert snapshot is not None
    return tab.model.row_of(snapshot.items[item_of(tab, code)][0].uuid)


def view_index(tab: InventoryTab, code: str, column: str) -> QModelIndex:
    source = tab.model.index(row_of(tab, code), StockTableModel.COLUMNS.index(column))
    return tab.proxy.mapFromSource(source)


def stored(document: PlanDocument, uuid: str) -> StockPlan:
    plan = document.store.get(StockPlan, uuid)
    assert plan is not None
    return plan


def type_into_cell(tab: InventoryTab, qtbot: QtBot, index: QModelIndex, text: str) -> None:
    """Open the cell's editor as a double-click would, type ``text`` and press Enter."""
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.indexWidget(index)
    assert isinstance(editor, QAbstractSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the typed value from a queued call.
    qtbot.waitUntil(lambda: tab.table.state() != QAbstractItemView.State.EditingState)


def test_editing_stock_on_hand_stores_it_and_reprojects(
        tab: InventoryTab, qtbot: QtBot, demo_document: PlanDocument) -> None:
    row = row_of(tab, "27AU006")
    plan = tab.model.plan_at(row)
    # Looked up again after each edit: the rows re-sort by the leftover at delist.
    def leftover() -> object:
        return view_index(tab, "27AU006", "leftover").data()

    before = leftover()
    type_into_cell(tab, qtbot, view_index(tab, "27AU006", "on_hand"), "500")
    assert stored(demo_document, plan.uuid).on_hand == 500
    assert view_index(tab, "27AU006", "on_hand").data() == "500"
    assert leftover() != before
    assert demo_document.undo_stack.count() == 1
    demo_document.undo_stack.undo()
    assert stored(demo_document, plan.uuid).on_hand == plan.on_hand
    assert leftover() == before
    demo_document.undo_stack.redo()
    assert stored(demo_document, plan.uuid).on_hand == 500


def test_target_is_typed_in_percent(tab: InventoryTab, qtbot: QtBot,
                                    demo_document: PlanDocument) -> None:
    plan = tab.model.plan_at(row_of(tab, "27AU001"))
    type_into_cell(tab, qtbot, view_index(tab, "27AU001", "target_sell_through"), "99")
    assert stored(demo_document, plan.uuid).target_sell_through == pytest.approx(0.99)
    sell_through = view_index(tab, "27AU001", "sell_through")
    assert "Misses the target of 99%" in sell_through.data(Qt.ItemDataRole.ToolTipRole)
    assert sell_through.data(Qt.ItemDataRole.ForegroundRole) is not None


@pytest.mark.parametrize(
    ("column", "text", "words"),
    [("on_hand", "-5", "Stock on hand must not be negative"),
     ("base_weekly_sales", "-2", "Base weekly sales must not be negative"),
     ("target_sell_through", "120", "Target sell-through must be between 0% and 100%"),
     ("elasticity", "12", "Elasticity must be between 0 and 10")],
)
def test_bad_input_is_refused_with_what_and_where(
        tab: InventoryTab, qtbot: QtBot, demo_document: PlanDocument, column: str, text: str,
        words: str) -> None:
    plan = tab.model.plan_at(row_of(tab, "27AU002"))
    type_into_cell(tab, qtbot, view_index(tab, "27AU002", column), text)
    assert tab.message.isVisible()
    assert "27AU002" in tab.message.text() and words in tab.message.text()
    assert stored(demo_document, plan.uuid) == plan
    assert demo_document.undo_stack.count() == 0
    type_into_cell(tab, qtbot, view_index(tab, "27AU002", "on_hand"), "700")
    assert not tab.message.isVisible()


def test_season_end_is_edited_with_a_date(tab: InventoryTab, demo_document: PlanDocument) -> None:
    index = view_index(tab, "27WI003", "season_end")
    plan = tab.model.plan_at(row_of(tab, "27WI003"))
    assert tab.proxy.setData(index, index.data(Qt.ItemDataRole.EditRole).addDays(-14))
    assert stored(demo_document, plan.uuid).season_end == date(2028, 2, 14)


def test_moving_an_event_changes_the_weeks_it_covers(
        tab: InventoryTab, demo_document: PlanDocument) -> None:
    # A store-wide flash sale in week 35 (from 2027-09-03); moved by two weeks to week 37.
    sale = Event("闪购", EventKind.STORE_PROMO, date(2027, 9, 3), date(2027, 9, 9), uplift=4.0)
    demo_document.apply("add", [Put(sale)])
    item = item_of(tab, "27AU006")
    snapshot = tab.model.snapshot
    assert snapshot is not None
    before = snapshot.batch.demand[item].tolist()
    revenue = view_index(tab, "27AU006", "revenue_total").data()
    demo_document.apply("move", [Put(sale.shifted(14))])
    snapshot = tab.model.snapshot
    assert snapshot is not None
    after = snapshot.batch.demand[item].tolist()
    assert after[35] < before[35] and after[37] > before[37]
    assert after[:35] == before[:35]
    assert view_index(tab, "27AU006", "revenue_total").data() != revenue
    demo_document.undo_stack.undo()
    snapshot = tab.model.snapshot
    assert snapshot is not None
    assert snapshot.batch.demand[item].tolist() == before


def test_changes_while_hidden_show_when_the_tab_is_shown(
        tab: InventoryTab, demo_document: PlanDocument) -> None:
    tab.hide()
    plan = tab.model.plan_at(row_of(tab, "27AU001"))
    from dataclasses import replace

    demo_document.apply("edit", [Put(replace(plan, on_hand=1))])
    assert view_index(tab, "27AU001", "on_hand").data() == "600"
    tab.show()
    assert view_index(tab, "27AU001", "on_hand").data() == "1"


def test_group_filter_shows_one_season_or_wave(tab: InventoryTab) -> None:
    assert tab.proxy.rowCount() == 20
    tab.group.setCurrentIndex(tab.group.findData("winter|"))
    assert tab.proxy.rowCount() == 10
    assert "10 products shown" in tab.summary.text()
    tab.group.setCurrentIndex(tab.group.findData("autumn|AU1"))
    assert tab.proxy.rowCount() == 4
    assert tab.chart.data is not None and "4 shown products" in tab.chart.data.season_title


def test_projection_start_is_explained(demo_document: PlanDocument, qtbot: QtBot) -> None:
    early = InventoryTab(demo_document, today=lambda: date(2026, 11, 23))
    later = InventoryTab(demo_document, today=lambda: date(2027, 3, 9))
    for widget in (early, later):
        qtbot.addWidget(widget)
        widget.feed.catch_up()
    assert "from 2027-01-01, the first day of the plan year" in early.start_label.text()
    assert "from today, 2027-03-09" in later.start_label.text()


def test_plan_clearance_for_a_product_and_remove_it(
        tab: InventoryTab, qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab.group.setCurrentIndex(tab.group.findData("winter|"))
    dialog = tab.open_plan_dialog()
    assert dialog.list.count() == 20  # the spring and summer lines have no plan yet
    dialog.search.setText("27SP003")
    product = dialog.chosen()
    assert product is not None and product.code == "27SP003"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    plans = [p for p in demo_document.store.stock_plans() if p.product_uuid == product.uuid]
    assert len(plans) == 1 and plans[0].season_end == product.delist
    assert tab.group.currentIndex() == 0  # shown, though the filter was on winter
    assert tab.model.plan_at(tab.selected_rows()[0]).uuid == plans[0].uuid
    tab.delete_selected()
    assert demo_document.store.get(StockPlan, plans[0].uuid) is None
    assert tab.proxy.rowCount() == 20
    demo_document.undo_stack.undo()
    assert demo_document.store.get(StockPlan, plans[0].uuid) == plans[0]
    assert tab.proxy.rowCount() == 21


def test_the_tab_offers_its_action_in_the_plan_menu(tab: InventoryTab) -> None:
    (menu, action), = tab.menu_actions()
    assert menu == "plan"
    action.trigger()
    assert tab.findChild(PlanClearanceDialog) is not None


def test_models_pass_qtmodeltester(tab: InventoryTab, qtmodeltester: object) -> None:
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.proxy)  # type: ignore[attr-defined]
    tab.table.selectRow(0)
    qtmodeltester.check(tab.ladder.steps)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.ladder.arrivals)  # type: ignore[attr-defined]


def test_editor_widgets_are_in_the_view(tab: InventoryTab) -> None:
    # Read-only figures open no editor.
    index = view_index(tab, "27AU001", "revenue_total")
    tab.table.edit(index)
    assert not isinstance(tab.table.indexWidget(index), QWidget)


def test_sorting_keeps_the_selection_when_an_edit_moves_the_row(
        tab: InventoryTab, qtbot: QtBot, demo_document: PlanDocument,
        qtmodeltester: object) -> None:
    column = StockTableModel.COLUMNS.index("sell_through")
    tab.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    keys = [tab.proxy.index(r, column).data(SORT_ROLE) for r in range(tab.proxy.rowCount())]
    assert keys == sorted(keys)
    plan = tab.model.plan_at(row_of(tab, "27AU006"))
    tab.select_plan(plan.uuid)
    first = tab.table.selectionModel().selectedRows()[0].row()
    type_into_cell(tab, qtbot, view_index(tab, "27AU006", "on_hand"), "100")
    moved = tab.table.selectionModel().selectedRows()[0].row()
    assert moved > first  # now sells through 100%: it sorts to the end, still selected
    assert tab.model.plan_at(tab.selected_rows()[0]).uuid == plan.uuid
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]


def test_a_first_visit_reads_in_one_turn_and_fills_in_the_next(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    """Two pauses of ~50 ms on a large plan instead of one over 100 ms; an edit made
    between the two turns is shown."""
    import numpy  # noqa: F401  (as the warm-up would have, a moment after start)
    import pyqtgraph  # noqa: F401

    widget = InventoryTab(demo_document, today=lambda: date(2026, 11, 23))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.rowCount() == 0
    plan = demo_document.store.stock_plans()[0]
    demo_document.apply("edit", [Put(replace(plan, on_hand=plan.on_hand + 7))])
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    shown = widget.model.plan_at(widget.model.row_of(plan.uuid))
    assert shown.on_hand == plan.on_hand + 7 == stored(demo_document, plan.uuid).on_hand
