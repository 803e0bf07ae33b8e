"""Drawing the calendar with a QPainter: bars, day cells, header and row labels.

The scene's items and the image export both call these, so the screen and the exported
picture look the same. Every function takes plain values and paints; none keeps state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from ecplanner.domain.calendar.days import PLAIN_DAY, DayInfo, DayMark
from ecplanner.domain.calendar.grids import ViewKind
from ecplanner.domain.calendar.placement import Placement
from ecplanner.domain.model import PhaseKind
from ecplanner.ui.calendar import style as st

PhaseSpan = tuple[float, float, PhaseKind]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


@dataclass(frozen=True)
class BarLook:
    """Everything a bar segment shows."""

    title: str
    color: str
    phases: tuple[PhaseSpan, ...] = ()
    has_phases: bool = False
    open_start: bool = False
    open_end: bool = False
    warning: bool = False
    selected: bool = False
    list_entry: bool = False  # a one-day event in the month view: a dot and a line of text
    font_px: int = 12
    spill: float = 0.0  # free room right of the bar where a title too long for it may go


def bar_path(rect: QRectF, look: BarLook) -> QPainterPath:
    """The bar's outline: rounded, with square ends where it goes on in another row."""
    path = QPainterPath()
    path.addRoundedRect(rect, 4, 4)
    half = min(rect.width() / 2, 6)
    for is_open, left in ((look.open_start, rect.left()), (look.open_end, rect.right() - half)):
        if is_open:
            square = QPainterPath()
            square.addRect(QRectF(left, rect.top(), half, rect.height()))
            path = path.united(square)
    return path


def fill_at(look: BarLook, fraction: float) -> QColor:
    """The bar's colour at ``fraction`` of its width (phases shade it)."""
    color = QColor(look.color)
    if not look.has_phases:
        return color
    for lo, hi, kind in look.phases:
        if lo <= fraction < hi:
            return st.tint(color, st.PHASE_STRENGTH[kind])
    return st.PAPER  # open days between phases


def paint_bar(painter: QPainter, rect: QRectF, look: BarLook) -> None:
    if look.list_entry:
        _paint_list_entry(painter, rect, look)
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = bar_path(rect, look)
    color = QColor(look.color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if look.has_phases:
        # Days no phase covers (between 618's two waves) stay white over a thin line that
        # joins the phases, under the title: a tinted fill read as one more warm-up day.
        painter.setBrush(st.PAPER)
        painter.drawPath(path)
        base = rect.bottom() - 2
        painter.setPen(QPen(st.tint(color, st.PHASE_STRENGTH[PhaseKind.BALANCE]), 2.0))
        painter.drawLine(QPointF(rect.left(), base), QPointF(rect.right(), base))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setClipPath(path)
        for lo, hi, kind in look.phases:
            part = QRectF(rect.left() + lo * rect.width(), rect.top(),
                          (hi - lo) * rect.width(), rect.height())
            painter.fillRect(part, st.tint(color, st.PHASE_STRENGTH[kind]))
            if kind in st.HATCHED_PHASES:
                painter.fillRect(part, QBrush(st.HATCH, Qt.BrushStyle.BDiagPattern))
        painter.setClipping(False)
    else:
        painter.drawPath(path)
    badge = 12.0 if look.warning else 0.0
    font = st.ui_font(look.font_px)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    text_room = rect.width() - 8 - (badge + 2 if badge else 0)
    text = metrics.elidedText(look.title, Qt.TextElideMode.ElideRight, max(text_room, 0))
    if text != look.title and look.spill > metrics.horizontalAdvance(look.title[:2]) + 6:
        outside = QRectF(rect.right() + 3, rect.top(), look.spill - 5, rect.height())
        painter.setPen(st.INK)
        painter.drawText(outside, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(look.title, Qt.TextElideMode.ElideRight,
                                            outside.width()))
    elif text and text_room > metrics.horizontalAdvance("…") + 2:
        width = metrics.horizontalAdvance(text)
        samples = [fill_at(look, (4 + width * i / 3) / max(rect.width(), 1)) for i in range(4)]
        dark = sum(st.luminance(c) for c in samples) / len(samples) > 0.28
        painter.setPen(st.INK if dark else st.PAPER)
        painter.drawText(rect.adjusted(4, 0, -2, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    if look.selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(st.SELECTION, 2))
        painter.drawPath(bar_path(rect.adjusted(1, 1, -1, -1), look))
    if look.warning:
        paint_warning_badge(painter, rect)
    painter.restore()


def _paint_list_entry(painter: QPainter, rect: QRectF, look: BarLook) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if look.selected:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(st.tint(st.SELECTION, 0.15))
        painter.drawRoundedRect(rect, 4, 4)
    color = QColor(look.color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QPointF(rect.left() + 7, rect.center().y()), 4, 4)
    font = st.ui_font(look.font_px)
    painter.setFont(font)
    room = rect.width() - 16 - (14 if look.warning else 0)
    text = QFontMetricsF(font).elidedText(look.title, Qt.TextElideMode.ElideRight, max(room, 0))
    painter.setPen(st.INK)
    painter.drawText(rect.adjusted(14, 0, -2, 0),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    if look.warning:
        paint_warning_badge(painter, rect)
    painter.restore()


def paint_warning_badge(painter: QPainter, bar: QRectF) -> None:
    """An amber "!" disc at the right end of a bar."""
    radius = min(6.0, bar.height() / 2 - 1)
    center = QPointF(bar.right() - radius - 2, bar.center().y())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(st.PAPER, 1.2))
    painter.setBrush(st.WARNING)
    painter.drawEllipse(center, radius, radius)
    painter.setPen(QPen(st.PAPER, 1.8))
    painter.drawLine(QPointF(center.x(), center.y() - radius * 0.5),
                     QPointF(center.x(), center.y() + radius * 0.15))
    painter.drawPoint(QPointF(center.x(), center.y() + radius * 0.5))
    painter.restore()


def paint_deadline(painter: QPainter, rect: QRectF, color: str) -> None:
    """A registration deadline: a diamond in the event's colour."""
    c = rect.center()
    r = min(rect.width(), rect.height()) / 2
    diamond = QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                         QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(color).darker(160), 1))
    painter.setBrush(QColor(color))
    painter.drawPolygon(diamond)
    painter.restore()


def paint_range(painter: QPainter, rects: list[QRectF]) -> None:
    """Days picked by a drag-select or under a dragged template."""
    painter.save()
    painter.setPen(QPen(st.SELECTION, 1.5, Qt.PenStyle.DashLine))
    painter.setBrush(st.RANGE_FILL)
    for rect in rects:
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


def paint_cells(painter: QPainter, placement: Placement, infos: Mapping[date, DayInfo],
                today: date | None, font_px: int, exposed: QRectF | None = None,
                reserved: Mapping[date, float] | None = None) -> None:
    """Every day cell's shading and the band of text at its top; today outlined. A day's
    text keeps clear of the ``reserved[day]`` pixels at the band's right end (where its
    deadline diamonds go)."""
    grid, w = placement.grid, placement.metrics.col_width
    band = placement.metrics.row_header
    locale = QLocale()
    font = st.ui_font(font_px)
    bold = st.ui_font(font_px, bold=True)
    painter.save()
    for row in range(grid.n_rows):
        top, height = placement.tops[row], placement.row_height(row)
        if exposed is not None and (top > exposed.bottom() or top + height < exposed.top()):
            continue
        painter.fillRect(QRectF(0, top, placement.width, height), st.NOT_A_DAY)
        for col, day in grid.row_days(row):
            if exposed is not None and not exposed.left() - w <= col * w <= exposed.right():
                continue
            info = infos.get(day, PLAIN_DAY)
            cell = QRectF(col * w, top, w, height)
            painter.fillRect(cell, _background(info, grid.in_focus(day)))
            if info.has(DayMark.SHUTDOWN):
                painter.fillRect(cell, QBrush(st.SHUTDOWN.darker(110),
                                              Qt.BrushStyle.BDiagPattern))
                painter.fillRect(QRectF(cell.left(), cell.top(), w, band), st.SHUTDOWN)
            if info.has(DayMark.LAST_SHIP_DAY):
                painter.fillRect(QRectF(cell.right() - 3, top, 3, height), st.LAST_SHIP)
            pad = 2 if grid.kind is ViewKind.YEAR else 4
            room = w - pad - 1 - (reserved.get(day, 0.0) if reserved else 0.0)
            label_rect = QRectF(cell.left() + pad, top + 1, max(room, 0.0),
                                min(band, font_px + 8))
            _paint_band_text(painter, label_rect, day, info, grid.kind, grid.in_focus(day),
                             locale, bold if day == today else font)
            painter.setPen(QPen(st.GRID_LINE, 1))
            painter.drawLine(QPointF(cell.right(), top), QPointF(cell.right(), top + height))
        painter.setPen(QPen(st.ROW_LINE, 1))
        painter.drawLine(QPointF(0, top + height), QPointF(placement.width, top + height))
    if today is not None:
        cell_of_today = grid.cell_for(today)
        if cell_of_today is not None:
            painter.setPen(QPen(st.TODAY, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(*placement.cell_rect(*cell_of_today)).adjusted(1, 1, -1, -1))
    painter.restore()


def _background(info: DayInfo, in_focus: bool) -> QColor:
    if info.has(DayMark.MAKEUP_WORKDAY):
        color = st.MAKEUP
    elif info.has(DayMark.HOLIDAY):
        color = st.HOLIDAY
    elif info.has(DayMark.WEEKEND):
        color = st.WEEKEND
    else:
        color = st.PAPER
    return color if in_focus else st.tint(color, 0.35).darker(103)


def _paint_band_text(painter: QPainter, rect: QRectF, day: date, info: DayInfo,
                     kind: ViewKind, in_focus: bool, locale: QLocale, font: QFont) -> None:
    painter.setFont(font)
    ink = st.INK if in_focus else st.MUTED
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    metrics = QFontMetricsF(font)
    if kind is ViewKind.YEAR:
        first = weekday_letter(locale, day)
        painter.setPen(st.HOLIDAY_INK if info.has(DayMark.HOLIDAY) else st.MUTED)
        if info.name:  # no room for both in a narrow cell: the holiday's name wins
            first = metrics.elidedText(info.name, Qt.TextElideMode.ElideRight, rect.width())
            info = DayInfo(info.marks - {DayMark.HOLIDAY})
    else:
        first = st.short_date(day) if day.day == 1 else str(day.day)
        painter.setPen(ink)
    painter.drawText(rect, flags, first)
    extra, color = "", st.HOLIDAY_INK
    if info.has(DayMark.MAKEUP_WORKDAY):
        extra, color = _tr("Work"), st.MAKEUP_INK
    elif info.name and DayMark.HOLIDAY in info.marks:
        extra = info.name
    if extra:
        left = metrics.horizontalAdvance(first) + 3
        room = rect.adjusted(left, 0, 0, 0)
        painter.setPen(color)
        painter.drawText(room, flags, metrics.elidedText(extra, Qt.TextElideMode.ElideRight,
                                                         room.width()))


def weekday_letter(locale: QLocale, day: date) -> str:
    """The shortest name of ``day``'s weekday (一, M); the C locale's narrow names are
    digits, which would read as dates, so it gets two letters (Mo)."""
    narrow = locale.dayName(day.isoweekday(), QLocale.FormatType.NarrowFormat)
    if narrow.isdigit():
        return locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)[:2]
    return narrow
