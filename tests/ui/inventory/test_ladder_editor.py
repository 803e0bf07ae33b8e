"""The ladder editor, the ladder suggestion and the chart of the selected product."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QTableView
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import MarkdownStep, StockPlan
from ecplanner.domain.ops import Put
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory.view import InventoryTab


def select(tab: InventoryTab, code: str) -> StockPlan:
    snapshot = tab.model.snapshot
    assert snapshot is not None
    plan = next(plan for plan, product in snapshot.items if product.code == code)
    tab.select_plan(plan.uuid)
    assert tab.selected_rows() == [tab.model.row_of(plan.uuid)]
    return plan


def stored(document: PlanDocument, uuid: str) -> StockPlan:
    plan = document.store.get(StockPlan, uuid)
    assert plan is not None
    return plan


def type_into(view: QTableView, qtbot: QtBot, row: int, column: int, text: str) -> None:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QAbstractSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_accepting_a_suggested_ladder_then_undo_restores_the_old_one(
        tab: InventoryTab, qtbot: QtBot, demo_document: PlanDocument) -> None:
    plan = select(tab, "27AU006")  # misses its 85% target with the demo ladder
    qtbot.mouseClick(tab.suggest.suggest_button, Qt.MouseButton.LeftButton)
    suggestion = tab.suggest.suggestion
    assert suggestion is not None and suggestion.reaches_target
    assert suggestion.ladder != plan.ladder
    assert "+" in tab.suggest.cells[(3, 3)].text()  # revenue difference
    assert tab.suggest.accept_button.isEnabled()
    qtbot.mouseClick(tab.suggest.accept_button, Qt.MouseButton.LeftButton)
    assert stored(demo_document, plan.uuid).ladder == suggestion.ladder
    assert demo_document.undo_stack.count() == 1
    assert tab.suggest.suggestion is None  # the plan changed: the old result is gone
    assert not tab.model.missed(tab.selected_rows()[0])
    demo_document.undo_stack.undo()
    assert stored(demo_document, plan.uuid).ladder == plan.ladder
    assert tab.ladder.steps.rows() == [(s.start, s.discount) for s in plan.ladder]


def test_a_target_out_of_reach_is_said(tab: InventoryTab, qtbot: QtBot,
                                       demo_document: PlanDocument) -> None:
    plan = select(tab, "27AU001")
    demo_document.apply("stock", [Put(replace(plan, on_hand=50_000))])
    qtbot.mouseClick(tab.suggest.suggest_button, Qt.MouseButton.LeftButton)
    assert tab.suggest.suggestion is not None
    assert not tab.suggest.suggestion.reaches_target
    assert "No ladder reaches the 85% target" in tab.suggest.status.text()


def test_too_many_ladders_are_refused_with_a_message(
        tab: InventoryTab, qtbot: QtBot, demo_document: PlanDocument) -> None:
    plan = select(tab, "27AU001")
    many = tuple(d / 100 for d in range(5, 95, 8))
    demo_document.apply("allowed", [Put(replace(plan, allowed_discounts=many))])
    qtbot.mouseClick(tab.suggest.suggest_button, Qt.MouseButton.LeftButton)
    assert tab.suggest.suggestion is None
    assert "ladders to compare: allow fewer discounts" in tab.suggest.status.text()


def test_change_dates_are_editable_and_at_most_six(tab: InventoryTab) -> None:
    select(tab, "27AU001")
    tab.suggest.every.setValue(1)
    dates = tab.suggest.dates()
    assert len(dates) == 6 and dates[-1] <= date(2027, 11, 28)  # its season ends at delist
    tab.suggest.first.setDate(tab.suggest.first.date().addDays(-70))
    assert tab.suggest.dates()[0] == dates[0] - timedelta(days=70)
    assert len(tab.suggest.dates()) == 6
    tab.suggest.every.setValue(4)
    gaps = [(b - a).days for a, b in zip(tab.suggest.dates(), tab.suggest.dates()[1:],
                                         strict=False)]
    assert len(gaps) >= 3 and set(gaps) == {28}


def test_adding_editing_and_removing_steps(tab: InventoryTab, qtbot: QtBot,
                                           demo_document: PlanDocument) -> None:
    plan = select(tab, "27WI001")
    qtbot.mouseClick(tab.ladder.add_step, Qt.MouseButton.LeftButton)
    ladder = stored(demo_document, plan.uuid).ladder
    assert len(ladder) == 3
    assert ladder[-1] == MarkdownStep(date(2028, 2, 14), 0.5)  # 2 weeks on, next allowed
    type_into(tab.ladder.steps_view, qtbot, 2, 1, "60")
    assert stored(demo_document, plan.uuid).ladder[-1].discount == 0.6
    type_into(tab.ladder.steps_view, qtbot, 2, 1, "120")
    assert "Markdown ladder must be between 0% and 100%" in tab.message.text()
    assert stored(demo_document, plan.uuid).ladder[-1].discount == 0.6
    tab.ladder.steps_view.selectRow(0)
    qtbot.mouseClick(tab.ladder.remove_step, Qt.MouseButton.LeftButton)
    assert stored(demo_document, plan.uuid).ladder == (
        plan.ladder[1], MarkdownStep(date(2028, 2, 14), 0.6))
    assert demo_document.undo_stack.count() == 3
    for _ in range(3):
        demo_document.undo_stack.undo()
    assert stored(demo_document, plan.uuid).ladder == plan.ladder


def test_arrivals_are_added_edited_and_removed(tab: InventoryTab, qtbot: QtBot,
                                               demo_document: PlanDocument) -> None:
    plan = select(tab, "27AU002")

    def on_order() -> object:  # the row moves as the rows re-sort by leftover at delist
        return tab.model.index(tab.model.row_of(plan.uuid),
                               tab.model.COLUMNS.index("on_order")).data()

    qtbot.mouseClick(tab.ladder.add_arrival, Qt.MouseButton.LeftButton)
    arrivals = stored(demo_document, plan.uuid).arrivals
    assert len(arrivals) == 2 and arrivals[0].day == date(2027, 1, 15)
    type_into(tab.ladder.arrivals_view, qtbot, 0, 1, "250")
    assert stored(demo_document, plan.uuid).arrivals[0].units == 250
    assert on_order() == "650"
    type_into(tab.ladder.arrivals_view, qtbot, 0, 1, "-3")
    assert "Arrivals must not be negative" in tab.message.text()
    tab.ladder.arrivals_view.selectRow(0)
    qtbot.mouseClick(tab.ladder.remove_arrival, Qt.MouseButton.LeftButton)
    assert stored(demo_document, plan.uuid).arrivals == plan.arrivals


def test_allowed_discounts_are_typed_as_percentages(
        tab: InventoryTab, qtbot: QtBot, demo_document: PlanDocument) -> None:
    plan = select(tab, "27AU003")
    field = tab.ladder.discounts
    field.setFocus()
    field.setText("35，15 60%")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored(demo_document, plan.uuid).allowed_discounts == (0.15, 0.35, 0.6)
    assert field.text() == "15, 35, 60"
    field.setText("15, abc")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "Allowed discounts: “abc”" in tab.message.text()
    assert stored(demo_document, plan.uuid).allowed_discounts == (0.15, 0.35, 0.6)
    field.setText("0")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "“0”" in tab.message.text()


def test_chart_hover_shows_the_weeks_figures(tab: InventoryTab) -> None:
    select(tab, "27AU006")
    chart = tab.chart
    data = chart.data
    # The demo's cuts: 8 and 4 weeks before the 11-28 delist, 10-03 and 10-31, take effect
    # in the weeks starting 10-08 (week 40 from 01-01) and 11-05 (week 44).
    assert data is not None and data.steps == ((40, 0.2), (44, 0.4))
    scene_point = chart.plots["product"].vb.mapViewToScene(QPointF(41.5, 100))
    chart.plots["widget"].scene().sigMouseMoved.emit(scene_point)
    assert chart.hover.text().startswith("Week of 2027-10-15: stock")
    # The week 双11's balance payment and first wave begin: lifted above 1.
    lift = re.search(r"uplift ([0-9.]+)×", chart.hover.text())
    assert lift is not None and float(lift.group(1)) > 1.0
    chart.show_week(3)
    assert "not on sale yet" in chart.hover.text()

    # A season running past the delist: week 48 starts on 12-03, after the 11-28 delist,
    # and sells nothing.
    plan = select(tab, "27AU006")
    tab.document.apply("season", [Put(replace(plan, season_end=date(2027, 12, 31)))])
    select(tab, "27AU006")
    tab.chart.show_week(48)
    assert "sold 0, " in tab.chart.hover.text()
    assert "uplift delisted" in tab.chart.hover.text()
