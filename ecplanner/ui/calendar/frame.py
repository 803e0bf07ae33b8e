"""The frame around the day cells: the header above (day numbers or weekday names) and the
row labels at the left (months or weeks). Painted by the sticky scene items and the export."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from ecplanner.domain.calendar.grids import ViewKind
from ecplanner.domain.calendar.placement import Placement
from ecplanner.ui.calendar import style as st


def header_texts(placement: Placement, locale: QLocale) -> list[str]:
    """The header's text over each column."""
    grid = placement.grid
    if grid.kind is ViewKind.YEAR:
        return [str(col + 1) for col in range(grid.n_cols)]
    return [locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            for _col, day in grid.row_days(0)]


def paint_header(painter: QPainter, placement: Placement, rect: QRectF, corner: str) -> None:
    """The header band across ``rect`` (x = 0 is the first day column); ``corner`` is the
    text over the label column (the year)."""
    locale = QLocale()
    w = placement.metrics.col_width
    painter.save()
    painter.fillRect(rect, st.HEADER_FILL)
    painter.setFont(st.ui_font(12, bold=True))
    painter.setPen(st.INK)
    painter.drawText(QRectF(rect.left(), rect.top(), -rect.left(), rect.height()),
                     Qt.AlignmentFlag.AlignCenter, corner)
    painter.setFont(st.ui_font(12))
    for col, text in enumerate(header_texts(placement, locale)):
        cell = QRectF(col * w, rect.top(), w, rect.height())
        painter.setPen(st.MUTED if _weekend_column(placement, col) else st.INK)
        painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
    painter.setPen(QPen(st.ROW_LINE, 1))
    painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
    painter.restore()


def _weekend_column(placement: Placement, col: int) -> bool:
    if placement.grid.kind is ViewKind.YEAR:
        return False
    return placement.grid.row_days(0)[col][1].weekday() >= 5


def row_label(placement: Placement, row: int, locale: QLocale) -> tuple[str, str]:
    """(main text, small text) at the left of ``row``."""
    grid = placement.grid
    if grid.kind is ViewKind.YEAR:
        return locale.monthName(row + 1, QLocale.FormatType.ShortFormat), ""
    first = grid.row_first_day(row)
    # The ISO week holding most of the row's days, so a row starting on Sunday is named like
    # the Weeks view's Monday row: the fourth day always lies in it.
    week = (first + timedelta(days=3)).isocalendar()[1]
    # "W5" in English, "第5周" / "第5週" as Chinese and Japanese calendars name weeks.
    name = QCoreApplication.translate("CalendarFrame", "W%1").replace("%1", str(week))
    return name, st.short_date(first) if grid.kind is ViewKind.WEEKS else ""


def paint_row_labels(painter: QPainter, placement: Placement, rect: QRectF) -> None:
    """The label column over ``rect`` (its right edge is x = 0)."""
    locale = QLocale()
    painter.save()
    painter.fillRect(rect, st.HEADER_FILL)
    for row in range(placement.grid.n_rows):
        top, height = placement.tops[row], placement.row_height(row)
        cell = QRectF(rect.left(), top, rect.width(), height)
        main, small = row_label(placement, row, locale)
        painter.setPen(st.INK)
        painter.setFont(st.ui_font(13, bold=True))
        band = QRectF(cell.left(), top + 2, cell.width(), 22)
        painter.drawText(band, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, main)
        if small:
            painter.setPen(st.MUTED)
            painter.setFont(st.ui_font(11))
            painter.drawText(band.translated(0, 18),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, small)
        painter.setPen(QPen(st.ROW_LINE, 1))
        painter.drawLine(QPointF(rect.left(), top + height), QPointF(rect.right(), top + height))
    painter.setPen(QPen(st.ROW_LINE, 1))
    painter.drawLine(QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.bottom()))
    painter.restore()
