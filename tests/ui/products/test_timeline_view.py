"""The timeline's rows, bands, axis, zoom and name gutter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Season
from ecplanner.domain.products.timeline import DAY_WIDTHS, AxisUnit
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products.timeline_items import BAR_TOP
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.helpers import settle


def test_rows_are_grouped_with_headers(tab: ProductsTab) -> None:
    rows = tab.timeline.timeline.rows
    assert [(r.season, r.wave, r.uuid, r.count) for r in rows] == [
        (Season.SUMMER, "W1", "", 1), (Season.SUMMER, "W1", "shirt", 0),
        (Season.SUMMER, "W2", "", 1), (Season.SUMMER, "W2", "dress", 0),
        (Season.WINTER, "W1", "", 1), (Season.WINTER, "W1", "coat", 0),
    ]
    tops = tab.timeline.timeline.tops
    assert tab.timeline.timeline.row_top("dress") == tops[3]


def test_a_wave_change_moves_the_row_to_its_group(tab: ProductsTab) -> None:
    from ecplanner.ui.products import commands

    shirt = tab.model.product_at(tab.model.row_of("shirt"))
    commands.set_field(tab.document, shirt, "wave", "W2")
    rows = tab.timeline.timeline.rows
    assert [(r.wave, r.uuid) for r in rows if r.season is Season.SUMMER] == [
        ("W2", ""), ("W2", "shirt"), ("W2", "dress")]  # by code: A1 before A2


def test_scale_and_zoom(tab: ProductsTab) -> None:
    bar = tab.timeline_toolbar
    view = tab.timeline
    bar.scale.setCurrentIndex(bar.scale.findData(AxisUnit.DAY.value))
    assert view.day_width == DAY_WIDTHS[AxisUnit.DAY]
    item = view.timeline.item_for("shirt")
    assert item is not None
    rect = item.bar_rect()
    assert rect is not None and rect.width() == 153 * DAY_WIDTHS[AxisUnit.DAY]
    bar.zoom_out.click()
    assert view.day_width == pytest.approx(DAY_WIDTHS[AxisUnit.DAY] / 1.25)
    for _ in range(8):
        bar.zoom_out.click()
    assert bar.scale.currentData() == AxisUnit.MONTH.value  # the unit follows the zoom
    width = view.day_width
    view.zoom(1.25)
    assert view.day_width == pytest.approx(width * 1.25)


def test_gutter_click_selects_the_product(tab: ProductsTab, qtbot: QtBot) -> None:
    scene = tab.timeline.timeline
    top = scene.row_top("coat")
    assert top is not None
    y = int(top - tab.timeline.verticalScrollBar().value() + 10)
    qtbot.mouseClick(tab.timeline.gutter, Qt.MouseButton.LeftButton, pos=QPoint(40, y))
    assert tab.selected_uuids() == ["coat"]
    header = int(scene.tops[0] - tab.timeline.verticalScrollBar().value() + 5)
    qtbot.mouseClick(tab.timeline.gutter, Qt.MouseButton.LeftButton, pos=QPoint(40, header))
    assert tab.selected_uuids() == ["coat"]  # a group header selects nothing


def test_tooltips_name_markers_and_dates(tab: ProductsTab) -> None:
    item = tab.timeline.timeline.item_for("shirt")
    assert item is not None
    g = tab.timeline.timeline.geometry
    mid = BAR_TOP + 7
    sample = QPointF(g.x(date(2027, 2, 15)) + g.day_width / 2, mid)
    assert item.tooltip_at(sample).startswith("Sample ready: ")
    reorder = QPointF(g.x(date(2027, 2, 23)) + g.day_width / 2, mid)
    assert item.tooltip_at(reorder).startswith("Reorder by: ")
    rect = item.bar_rect()
    assert rect is not None
    text = item.tooltip_at(rect.center())
    assert text.startswith("A1 亚麻衬衫\nLaunch: ") and "Delist: " in text


def test_event_bands_and_the_today_line(tab: ProductsTab) -> None:
    scene = tab.timeline.timeline
    titles = [e.title for e in scene.events]
    assert "天猫618" in titles  # a new plan holds the platform calendar
    g = scene.geometry
    assert g.first <= date(2027, 1, 10) <= g.last


def test_renders_the_demo_plan(demo_document: PlanDocument, qtbot: QtBot) -> None:
    tab = ProductsTab(demo_document, today=date(2027, 3, 10))
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    settle(qtbot, tab)
    image: QImage = tab.grab().toImage()
    assert image.width() == 1400
    assert tab.model.rowCount() == 40
    groups = [r for r in tab.timeline.timeline.rows if r.is_group]
    assert len(groups) == 12 and sum(g.count for g in groups) == 40
