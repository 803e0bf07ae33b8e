"""The days between two waves of a sale (618's first and second wave) are not drawn like
its warm-up: they are left white over a thin line that joins the waves."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from ecplanner.domain.model import PhaseKind
from ecplanner.ui.calendar import style as st
from ecplanner.ui.calendar.painting import BarLook, paint_bar

WIDTH, HEIGHT = 300, 20


def _distance(one: QColor, other: QColor) -> int:
    return max(abs(one.red() - other.red()), abs(one.green() - other.green()),
               abs(one.blue() - other.blue()))


def test_a_gap_between_waves_is_not_the_warm_up_colour(qapp: QApplication) -> None:
    look = BarLook("天猫618", "#FF0036", phases=((0.0, 0.3, PhaseKind.WARMUP),
                                                (0.3, 0.5, PhaseKind.MAIN),
                                                (0.7, 1.0, PhaseKind.MAIN)), has_phases=True)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(st.PAPER)
    painter = QPainter(image)
    paint_bar(painter, QRectF(0, 0, WIDTH, HEIGHT), look)
    painter.end()
    warm_up = image.pixelColor(int(0.05 * WIDTH), 3)  # above the title's text
    gap = image.pixelColor(int(0.6 * WIDTH), 3)
    assert _distance(gap, st.PAPER) <= 8, gap.name()
    assert _distance(gap, warm_up) > 40
