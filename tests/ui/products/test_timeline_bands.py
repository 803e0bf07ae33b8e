"""The events' shading behind the timeline: one blended colour per day, drawn as Qt would
draw each event's band over the others, and the group rows' bands under it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.products.label_lanes import by_importance
from ecplanner.ui.products.timeline_bands import GROUP_FILL, Shading, band_runs, changed_days
from ecplanner.ui.products.timeline_items import Geometry
from ecplanner.ui.products.timeline_scene import TimelineScene
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.conftest import SHIRT

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


def test_a_large_plans_shading_is_blended_in_steps_with_the_same_colours(
        qtbot: QtBot) -> None:
    # 4,500 one-to-three-day events over 2027, in four colours: blending them takes
    # ~10 ms, so the fill yields between pieces of 2,000 (three pieces) besides the step
    # after the rows; then they are ranked for the axis's titles in a step of their own
    # (in the axis's paint, 20,000 events' ranking took 15–25 ms of its turn).
    colors = ["#E8664F", "#1F6FB2", "#1A9E77", "#7B61FF"]
    events = [Event(f"e{n}", EventKind.MAJOR_SALE if n % 7 == 0 else EventKind.STORE_PROMO,
                    date(2027, 1, 1) + timedelta(days=n % 360),
                    date(2027, 1, 1) + timedelta(days=n % 360 + n % 3),
                    color=colors[n % 4], uuid=f"e{n}") for n in range(4500)]
    scene = TimelineScene()
    steps = sum(1 for _ in scene.fill([], events, set(), 2027, date(2027, 3, 1)))
    assert steps == 1 + 3 + 1
    assert scene.events == events
    assert scene.ranked_events == by_importance(events)
    # Day by day, each event over those before it, as ``band_runs`` does all at once (its
    # colours are checked against Qt's own painting above).
    assert scene.shading.runs == band_runs(events)


def test_bars_are_looked_over_in_steps_and_only_what_changed_is_redone(qtbot: QtBot) -> None:
    products = [replace(SHIRT, code=f"A{n}", uuid=f"p{n}") for n in range(4500)]
    scene = TimelineScene()
    for _ in scene.fill(products, [], set(), 2027, date(2027, 3, 1)):
        pass
    bars = {p.uuid: scene.item_for(p.uuid) for p in products}
    priced = replace(products[4000], list_price=99.0)
    again = [*products[:4000], priced, *products[4001:]]
    # 4,500 bars looked over, 2,000 a step (two steps), then the step after the rows.
    assert sum(1 for _ in scene.fill(again, [], set(), 2027, date(2027, 3, 1))) == 2 + 1
    assert {p.uuid: scene.item_for(p.uuid) for p in products} == bars  # kept, not made anew
    bar = scene.item_for(priced.uuid)
    assert bar is not None and bar.product is priced
