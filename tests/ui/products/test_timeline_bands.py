"""The events' shading behind the timeline: one blended colour per day, drawn as Qt would
draw each event's band over the others, and the group rows' bands under it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, EventKind
from ecplanner.ui.products.timeline_bands import GROUP_FILL, Shading, band_runs, changed_days
from ecplanner.ui.products.timeline_items import Geometry
from ecplanner.ui.products.view import ProductsTab

PROMO = Event("会员日", EventKind.STORE_PROMO, date(2027, 5, 1), date(2027, 5, 3),
              color="#E8664F", uuid="promo")
SALE = Event("618", EventKind.MAJOR_SALE, date(2027, 5, 3), date(2027, 5, 4),
             color="#1F6FB2", uuid="sale")
DAY = 10.0


def _pixel(image: QImage, day: int) -> QColor:
    return image.pixelColor(int(day * DAY + DAY / 2), 5)


def test_runs_blend_the_events_over_each_other(qtbot: QtBot) -> None:
    runs = band_runs([PROMO, SALE])
    assert [(first.day, after.day) for first, after, _ in runs] == [(1, 3), (3, 4), (4, 5)]
    geometry = Geometry(date(2027, 4, 30), date(2027, 5, 6), DAY)
    shading = Shading(geometry)
    shading.set_rows([], 20.0)
    shading.set_events([PROMO, SALE])
    blended = QImage(70, 20, QImage.Format.Format_ARGB32)
    blended.fill(QColor("white"))
    painter = QPainter(blended)
    shading.paint(painter, QRectF(0, 0, 70, 20))
    painter.end()
    stacked = QImage(70, 20, QImage.Format.Format_ARGB32)  # each band drawn on its own
    stacked.fill(QColor("white"))
    painter = QPainter(stacked)
    for event, alpha in ((PROMO, 30), (SALE, 52)):
        color = QColor(event.color)
        color.setAlpha(alpha)
        x0 = geometry.x(event.start)
        painter.fillRect(QRectF(x0, 0, geometry.x(event.end) + DAY - x0, 20), color)
    painter.end()
    for day in range(7):
        one, other = _pixel(blended, day), _pixel(stacked, day)
        assert max(abs(one.red() - other.red()), abs(one.green() - other.green()),
                   abs(one.blue() - other.blue())) <= 2, day


def test_the_event_on_top_is_named_and_an_edit_repaints_its_days() -> None:
    shading = Shading(Geometry(date(2027, 4, 30), date(2027, 5, 6), DAY))
    shading.set_rows([], 20.0)
    assert shading.set_events([PROMO, SALE]) == QRectF(10, 0, 40, 20)  # all new: 05-01 … 05-04
    for day, title in ((1, "会员日"), (3, "618"), (5, "")):
        assert shading.tooltip_at(day * DAY + 1).split("\n")[0] == title
    moved = [PROMO, Event(SALE.title, SALE.kind, date(2027, 5, 5), date(2027, 5, 5),
                          color=SALE.color, uuid=SALE.uuid)]
    # The runs that differ: 05-03 … 05-05 changed, and the promotion's run now ends later.
    assert changed_days(band_runs([PROMO, SALE]), band_runs(moved)) == (
        date(2027, 5, 1), date(2027, 5, 6))
    added = band_runs([SALE, PROMO, moved[1]])  # 05-05 joins the sale's run of 05-04
    assert changed_days(band_runs([SALE, PROMO]), added) == (date(2027, 5, 4), date(2027, 5, 6))
    assert changed_days(band_runs(moved), band_runs(moved)) is None


def test_group_rows_are_banded_under_the_events(qtbot: QtBot) -> None:
    shading = Shading(Geometry(date(2027, 4, 30), date(2027, 5, 6), DAY))
    shading.set_rows([0.0, 46.0], 90.0)
    shading.set_events([PROMO])
    image = QImage(70, 90, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    shading.paint(painter, QRectF(0, 0, 70, 90))
    painter.end()
    assert image.pixelColor(5, 50) == GROUP_FILL  # 04-30, no event: the band alone
    assert image.pixelColor(5, 30) == QColor("white")  # a product's row
    assert image.pixelColor(15, 50).red() > image.pixelColor(15, 50).blue()  # the promotion


def test_the_timeline_s_tooltip_names_the_event_where_no_bar_is(tab: ProductsTab) -> None:
    view, scene = tab.timeline, tab.timeline.timeline
    sale = next(e for e in scene.events if e.title == "天猫618")
    view.bring_into_view("coat")
    # In the last row, left of the coat's first marker: no bar there, only the shading.
    at = view.mapFromScene(QPointF(scene.geometry.x(sale.start) + 1, scene.tops[-1] - 5))
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at,
                                                       view.viewport().mapToGlobal(at)))
    assert QToolTip.isVisible() and QToolTip.text().startswith("天猫618\n")
    QToolTip.hideText()
