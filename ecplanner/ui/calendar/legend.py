"""The legend: what the shadings, markers and phase tones on the calendar mean.

``paint_legend`` lays the entries out in lines across a width; the tab's ``LegendWidget``
and the image export both use it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ecplanner.domain.model import PhaseKind
from ecplanner.ui.calendar import painting
from ecplanner.ui.calendar import style as st

SAMPLE = QColor("#E4002B")
SWATCH_W, SWATCH_H, GAP, LINE_H = 22.0, 13.0, 14.0, 20.0
Swatch = Callable[[QPainter, QRectF], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarLegend", text)


def _fill(color: QColor, hatch: bool = False) -> Swatch:
    def draw(painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, color)
        if hatch:
            painter.fillRect(rect, QBrush(color.darker(130), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(st.ROW_LINE, 1))
        painter.drawRect(rect)
    return draw


def _phase(kind: PhaseKind) -> Swatch:
    return _fill(st.tint(SAMPLE, st.PHASE_STRENGTH[kind]), kind in st.HATCHED_PHASES)


def _last_ship(painter: QPainter, rect: QRectF) -> None:
    painter.fillRect(rect, st.PAPER)
    painter.fillRect(QRectF(rect.right() - 3, rect.top(), 3, rect.height()), st.LAST_SHIP)
    painter.setPen(QPen(st.ROW_LINE, 1))
    painter.drawRect(rect)


def _today(painter: QPainter, rect: QRectF) -> None:
    painter.fillRect(rect, st.PAPER)
    painter.setPen(QPen(st.TODAY, 2))
    painter.drawRect(rect.adjusted(1, 1, -1, -1))


def _deadline(painter: QPainter, rect: QRectF) -> None:
    painting.paint_deadline(painter, QRectF(rect.center() - QPointF(5, 5), QSize(10, 10)),
                            SAMPLE.name())


def _warning(painter: QPainter, rect: QRectF) -> None:
    painting.paint_warning_badge(painter, rect.adjusted(0, -1, 0, 1))


def entries() -> list[tuple[Swatch, str]]:
    return [
        (_fill(st.WEEKEND), _tr("Weekend")),
        (_fill(st.HOLIDAY), _tr("Public holiday")),
        (_fill(st.MAKEUP), _tr("Make-up workday")),
        (_fill(st.SHUTDOWN, hatch=True), _tr("Couriers stop (Spring Festival)")),
        (_last_ship, _tr("Last day to ship")),
        (_today, _tr("Today")),
        (_deadline, _tr("Registration deadline")),
        (_warning, _tr("Has warnings")),
        (_phase(PhaseKind.WARMUP), _tr("Warm-up")),
        (_phase(PhaseKind.PRESALE), _tr("Presale")),
        (_phase(PhaseKind.BALANCE), _tr("Balance")),
        (_phase(PhaseKind.MAIN), _tr("Main sale")),
        (_phase(PhaseKind.ENCORE), _tr("Encore")),
    ]


def _positions(width: float, font_px: int) -> list[tuple[QPointF, Swatch, str]]:
    metrics = QFontMetricsF(st.ui_font(font_px))
    x, y, placed = 0.0, 0.0, []
    for swatch, text in entries():
        needed = SWATCH_W + 5 + metrics.horizontalAdvance(text)
        if x > 0 and x + needed > width:
            x, y = 0.0, y + LINE_H
        placed.append((QPointF(x, y), swatch, text))
        x += needed + GAP
    return placed


def legend_height(width: float, font_px: int = 12) -> float:
    return _positions(width, font_px)[-1][0].y() + LINE_H


def paint_legend(painter: QPainter, rect: QRectF, font_px: int = 12) -> None:
    painter.save()
    painter.setFont(st.ui_font(font_px))
    for at, swatch, text in _positions(rect.width(), font_px):
        origin = rect.topLeft() + at
        box = QRectF(origin.x(), origin.y() + (LINE_H - SWATCH_H) / 2, SWATCH_W, SWATCH_H)
        swatch(painter, box)
        painter.setPen(st.INK)
        painter.drawText(QRectF(box.right() + 5, origin.y(), 400, LINE_H),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    painter.restore()


class LegendWidget(QWidget):
    """The legend under the calendar, wrapping to the width it has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # The layouts ask for the same widths dozens of times a show (~0.5 ms each).
        self._heights: dict[int, int] = {}

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = int(legend_height(width - 16)) + 8
        return self._heights[width]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._heights.clear()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(painter, QRectF(self.rect()).adjusted(8, 4, -8, -4))
        painter.end()
