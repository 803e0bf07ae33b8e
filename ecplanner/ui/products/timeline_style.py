"""How the timeline's bars look: colours, pens, marker shapes and the label font."""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen, QPolygonF

from ecplanner.domain.model import ProductRole
from ecplanner.domain.products.timeline import PRICE_CHANGE, REORDER_BY

MARK = 4.5  # half the size of a milestone marker
ROLE_COLORS = {
    ProductRole.TRAFFIC: QColor("#3D7EEB"), ProductRole.PROFIT: QColor("#12A58A"),
    ProductRole.EVENT: QColor("#E8664F"), ProductRole.IMAGE: QColor("#8A5CC9"),
}
MARKER_COLORS = {
    "sample": QColor("#B45FC8"), "shoot": QColor("#F0A020"), "detail_page": QColor("#1FA5C8"),
    "stock_in": QColor("#4CAF50"), REORDER_BY: QColor("#D93025"),
    PRICE_CHANGE: QColor("#C2185B"),
}
WARNING_COLOR = QColor("#F08C00")
SELECTED_COLOR = QColor("#1B2A41")


class PaintKit:
    """Pens, brushes, shapes and the label font, made once (they need a QGuiApplication)."""

    def __init__(self) -> None:
        self.lead_pen = QPen(QColor("#A9B2C0"), 1.0, Qt.PenStyle.DashLine)
        self.label_pen = QPen(QColor("white"))
        self.chevron_pen = QPen(QColor("white"), 1.5)
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        self.metrics = QFontMetricsF(self.font)
        m = MARK
        diamond = QPolygonF([QPointF(0, -m), QPointF(m, 0), QPointF(0, m), QPointF(-m, 0)])
        down = QPolygonF([QPointF(-m, -m), QPointF(m, -m), QPointF(0, m)])
        round_ = QPolygonF([QPointF(m * math.cos(i * math.pi / 6), m * math.sin(i * math.pi / 6))
                            for i in range(12)])
        shapes = {REORDER_BY: down, PRICE_CHANGE: round_}
        self.markers = {
            name: (QPen(QColor("white") if name == PRICE_CHANGE else color.darker(130), 1.0),
                   QBrush(color), shapes.get(name, diamond))
            for name, color in MARKER_COLORS.items()
        }
        self._bars: dict[tuple[ProductRole, bool, bool, bool], tuple[QPen, QBrush]] = {}

    def bar(self, role: ProductRole, faded: bool, selected: bool,
            warned: bool) -> tuple[QPen, QBrush]:
        key = (role, faded, selected, warned)
        if key not in self._bars:
            color = QColor(ROLE_COLORS[role])
            if faded:
                color.setAlpha(110)
            pen = (QPen(SELECTED_COLOR, 2.0) if selected
                   else QPen(WARNING_COLOR, 2.0) if warned else QPen(color.darker(125), 1.0))
            self._bars[key] = (pen, QBrush(color.darker(115) if selected else color))
        return self._bars[key]


@functools.cache
def paint_kit() -> PaintKit:
    return PaintKit()
