"""Dragging bars on the timeline: the mouse on the viewport, the dates read back from the file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QPointF
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Product
from ecplanner.domain.products.timeline import DAY_WIDTHS, AxisUnit
from ecplanner.ui.products.timeline_items import BarItem
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.helpers import drag


def _stored(tab: ProductsTab, uuid: str) -> Product:
    product = tab.document.store.get(Product, uuid)
    assert product is not None
    return product


def _bar(tab: ProductsTab, uuid: str) -> BarItem:
    item = tab.timeline.timeline.item_for(uuid)
    assert item is not None
    return item


def _point(tab: ProductsTab, item: BarItem, local: QPointF) -> QPoint:
    """The viewport position of a point of ``item``, after scrolling it into view."""
    tab.timeline.bring_into_view(item.product.uuid)
    return tab.timeline.mapFromScene(item.mapToScene(local))


def _dates(product: Product) -> tuple[date | None, date | None]:
    return product.launch, product.delist


def test_drag_bar_body_moves_launch_and_delist_in_one_step(tab: ProductsTab) -> None:
    view = tab.timeline
    view.set_day_width(DAY_WIDTHS[AxisUnit.WEEK])
    item = _bar(tab, "shirt")
    rect = item.bar_rect()
    assert rect is not None
    start = _point(tab, item, rect.center())
    seen: list[tuple[date | None, date | None]] = []
    original_move = item.mouseMoveEvent

    def spy(event: object) -> None:
        original_move(event)  # type: ignore[arg-type]
        seen.append(item.shown_dates())

    item.mouseMoveEvent = spy  # type: ignore[method-assign]
    drag(view.viewport(), start, start + QPoint(int(10 * view.day_width), 0))
    assert seen and seen[-1] == (date(2027, 4, 11), date(2027, 9, 10))  # the bar followed
    assert _dates(_stored(tab, "shirt")) == (date(2027, 4, 11), date(2027, 9, 10))
    assert tab.document.undo_stack.count() == 1
    assert item.shown_dates() == (date(2027, 4, 11), date(2027, 9, 10))
    row = tab.model.row_of("shirt")
    assert tab.model.product_at(row).launch == date(2027, 4, 11)  # the table follows

    tab.document.undo_stack.undo()
    assert _dates(_stored(tab, "shirt")) == (date(2027, 4, 1), date(2027, 8, 31))
    assert item.shown_dates() == (date(2027, 4, 1), date(2027, 8, 31))
    tab.document.undo_stack.redo()
    assert _dates(_stored(tab, "shirt")) == (date(2027, 4, 11), date(2027, 9, 10))


def test_drag_each_end_changes_one_date(tab: ProductsTab) -> None:
    view = tab.timeline
    view.set_day_width(DAY_WIDTHS[AxisUnit.DAY])
    item = _bar(tab, "dress")
    rect = item.bar_rect()
    assert rect is not None
    left_end = _point(tab, item, QPointF(rect.left() + 2, rect.center().y()))
    drag(view.viewport(), left_end, left_end - QPoint(int(3 * view.day_width), 0))
    assert _dates(_stored(tab, "dress")) == (date(2027, 4, 28), date(2027, 8, 31))

    view.set_day_width(DAY_WIDTHS[AxisUnit.WEEK])
    rect = item.bar_rect()
    assert rect is not None
    right_end = _point(tab, item, QPointF(rect.right() - 2, rect.center().y()))
    drag(view.viewport(), right_end, right_end - QPoint(int(14 * view.day_width), 0))
    assert _dates(_stored(tab, "dress")) == (date(2027, 4, 28), date(2027, 8, 17))
    assert tab.document.undo_stack.count() == 2

    tab.document.undo_stack.undo()
    assert _dates(_stored(tab, "dress")) == (date(2027, 4, 28), date(2027, 8, 31))
    tab.document.undo_stack.undo()
    assert _dates(_stored(tab, "dress")) == (date(2027, 5, 1), date(2027, 8, 31))
    tab.document.undo_stack.redo()
    tab.document.undo_stack.redo()
    assert _dates(_stored(tab, "dress")) == (date(2027, 4, 28), date(2027, 8, 17))


def test_a_click_without_moving_writes_nothing_and_selects(tab: ProductsTab) -> None:
    view = tab.timeline
    item = _bar(tab, "coat")
    rect = item.bar_rect()
    assert rect is not None
    at = _point(tab, item, rect.center())
    drag(view.viewport(), at, at)
    assert tab.document.undo_stack.count() == 0
    assert item.isSelected()
    assert tab.selected_uuids() == ["coat"]


def test_drag_end_past_the_other_end_keeps_a_one_day_bar(tab: ProductsTab,
                                                          qtbot: QtBot) -> None:
    view = tab.timeline
    view.set_day_width(DAY_WIDTHS[AxisUnit.MONTH])
    item = _bar(tab, "shirt")
    rect = item.bar_rect()
    assert rect is not None
    right_end = _point(tab, item, QPointF(rect.right() - 1, rect.center().y()))
    drag(view.viewport(), right_end, right_end - QPoint(int(rect.width() + 300), 0))
    assert _dates(_stored(tab, "shirt")) == (date(2027, 4, 1), date(2027, 4, 1))
