"""The calendar as a picture for a team chat: PNG, or PDF when the file name ends in .pdf.

``render_calendar_image`` needs no window: it paints the same bars and cells as the tab
with a QPainter, and starts an offscreen QGuiApplication when none is running (the
command line). Chinese text uses a CJK font.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter

from ecplanner.domain.calendar.days import DayInfo, day_infos, shutdown_span
from ecplanner.domain.calendar.grids import CalendarGrid, ViewKind
from ecplanner.domain.calendar.placement import Placement, place, room_after
from ecplanner.domain.calendar.warnings import event_findings, price_changes_of
from ecplanner.domain.model import Event, PlanInfo
from ecplanner.exchange.atomic import write_atomically
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.calendar import frame, legend, painting
from ecplanner.ui.calendar import style as st
from ecplanner.ui.calendar.export_language import picture_locale, speaking
from ecplanner.ui.calendar.looks import (
    DEADLINE_SIZE,
    SPILL_LIMIT,
    bar_box,
    bar_look,
    deadline_room,
    deadline_spots,
)
from ecplanner.ui.calendar.reference_data import holiday_key, holidays_now
from ecplanner.ui.common.offscreen import ensure_gui
from ecplanner.ui.document import PlanDocument

WIDTHS = {ViewKind.YEAR: 1800.0, ViewKind.MONTH: 1400.0}
"""The picture's width in logical pixels; a PNG is drawn at ``scale`` times this."""
MARGIN, TITLE_H = 28.0, 64.0
_MONTH_VIEW = re.compile(r"^(\d{4})-(\d{2})$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarExport", text)


def parse_view(view: str) -> tuple[ViewKind, int | None, int]:
    """("year", None, 0) or (MONTH, year, month) from "year" or "YYYY-MM"."""
    if view == "year":
        return ViewKind.YEAR, None, 1
    match = _MONTH_VIEW.match(view)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"view must be 'year' or a month as YYYY-MM, not {view!r}")
    return ViewKind.MONTH, int(match.group(1)), int(match.group(2))


@dataclass(frozen=True)
class _Picture:
    info: PlanInfo
    placement: Placement
    events: list[Event]
    warned: frozenset[str]
    infos: dict[date, DayInfo]
    title: str
    subtitle: str
    width: float
    height: float


def _picture(store: PlanStore, view: str, today: date) -> _Picture:
    kind, year, month = parse_view(view)
    info = store.info()
    grid_year = year if year is not None else info.year
    locale = QLocale()
    grid = CalendarGrid(kind, grid_year, month,
                        (locale.firstDayOfWeek().value - 1) if kind is ViewKind.MONTH else 0)
    holidays = holidays_now((grid_year, *holiday_key(info)[1:]))
    events = [e for e in store.events() if grid.shows(e.start, e.end)]
    findings = event_findings(store.events(), today, shutdown_span(holidays),
                              price_changes_of(store.products()))
    style = st.VIEW_STYLES[kind]
    width = WIDTHS[kind]
    col = (width - 2 * MARGIN - style.label_width) / grid.n_cols
    placement = place([(e.uuid, e.start, e.end) for e in events], grid, style.metrics(col))
    infos = day_infos(grid.day_span(grid.first_day, grid.last_day), holidays)
    if kind is ViewKind.YEAR:
        heading = _tr("%1 — events calendar %2").replace("%2", str(grid_year))
    else:
        when = locale.toString(QDate(grid_year, month, 1), _tr("MMMM yyyy"))
        heading = _tr("%1 — events calendar, %2").replace("%2", when)
    subtitle = _tr("As of %1").replace("%1", st.short_date(today))
    if holidays.provisional_markets:
        subtitle += "  ·  " + _tr("Public holidays of %1 are provisional until announced").replace(
            "%1", str(grid_year))
    top = MARGIN + TITLE_H + style.header_height
    height = top + placement.height + 16 + legend.legend_height(width - 2 * MARGIN) + MARGIN
    return _Picture(info, placement, events, frozenset(f.subject for f in findings),
                    dict(infos), heading.replace("%1", info.store_name), subtitle, width,
                    height)


def _paint(painter: QPainter, picture: _Picture, today: date) -> None:
    p = picture.placement
    style = st.VIEW_STYLES[p.grid.kind]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, picture.width, picture.height), st.PAPER)
    painter.setPen(st.INK)
    painter.setFont(st.ui_font(26, bold=True))
    painter.drawText(QRectF(MARGIN, MARGIN - 6, picture.width - 2 * MARGIN, 38),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, picture.title)
    painter.setPen(st.MUTED)
    painter.setFont(st.ui_font(13))
    painter.drawText(QRectF(MARGIN, MARGIN + 32, picture.width - 2 * MARGIN, 22),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, picture.subtitle)
    painter.save()
    painter.translate(MARGIN + style.label_width, MARGIN + TITLE_H + style.header_height)
    spots = deadline_spots(p, picture.events)
    painting.paint_cells(painter, p, picture.infos, today,
                         10 if p.grid.kind is ViewKind.YEAR else 12,
                         reserved=deadline_room(spots))
    frame.paint_header(painter, p, QRectF(-style.label_width, -style.header_height,
                                          style.label_width + p.width, style.header_height),
                       str(p.grid.year))
    frame.paint_row_labels(painter, p, QRectF(-style.label_width, 0, style.label_width, p.height))
    by_uuid = {e.uuid: e for e in picture.events}
    room = room_after(p, SPILL_LIMIT)
    for bar in p.bars:
        event = by_uuid[bar.uuid]
        look = bar_look(event, bar.segment, p.grid.kind, warned=event.uuid in picture.warned,
                        selected=False, room=room[(bar.uuid, bar.segment.row)])
        painting.paint_bar(painter, QRectF(*bar_box(bar.rect)), look)
    for event, x, y in spots:
        painting.paint_deadline(painter, QRectF(x, y, DEADLINE_SIZE, DEADLINE_SIZE), event.color)
    painter.restore()
    legend_top = MARGIN + TITLE_H + style.header_height + p.height + 16
    legend.paint_legend(painter, QRectF(MARGIN, legend_top, picture.width - 2 * MARGIN,
                                        picture.height - legend_top))


def render_calendar_image(source: PlanDocument | PlanStore, out: Path, view: str = "year",
                          *, scale: float = 2.0, today: date | None = None,
                          language: str | None = None) -> Path:
    """Draw the plan's year (``view="year"``) or one month (``"YYYY-MM"``) into ``out``,
    in the plan's language or ``language`` (zh, ja or en).

    PNG at ``scale`` × the logical size (``WIDTHS`` wide), or a one-page PDF when ``out``
    ends in ``.pdf``. Raises ``ValueError`` for a bad ``view`` and ``OSError`` when the
    file cannot be written. Returns ``out``.
    """
    ensure_gui()
    store = source.store if isinstance(source, PlanDocument) else source
    today = today or date.today()
    with speaking(picture_locale(store.info().locale, language)):
        data = _drawn(_picture(store, view, today), Path(out), scale, today)
    write_atomically(Path(out), data)
    return Path(out)


def _drawn(picture: _Picture, out: Path, scale: float, today: date) -> bytes:
    """``picture`` as the bytes of a PNG, or of a PDF when ``out`` ends in .pdf."""
    buffer = QBuffer()  # painted in memory, then written whole or not at all
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if out.suffix.lower() == ".pdf":
        writer = QPdfWriter(buffer)
        writer.setResolution(144)
        width_mm = 420.0
        writer.setPageSize(QPageSize(QSizeF(width_mm, width_mm * picture.height / picture.width),
                                     QPageSize.Unit.Millimeter))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        painter = QPainter(writer)
        factor = writer.width() / picture.width
        painter.scale(factor, factor)
        _paint(painter, picture, today)
        ok = painter.end()
    else:
        image = QImage(round(picture.width * scale), round(picture.height * scale),
                       QImage.Format.Format_RGB32)
        image.fill(st.PAPER)
        painter = QPainter(image)
        painter.scale(scale, scale)
        _paint(painter, picture, today)
        painter.end()
        ok = image.save(buffer, "PNG")  # type: ignore[call-overload]
    if not ok:
        raise OSError(f"could not draw {out.name}")
    return bytes(buffer.data().data())


def picture_size(source: PlanDocument | PlanStore, view: str = "year",
                 *, today: date | None = None) -> tuple[float, float]:
    """The logical (width, height) ``render_calendar_image`` would draw."""
    ensure_gui()
    store = source.store if isinstance(source, PlanDocument) else source
    with speaking(picture_locale(store.info().locale, None)):
        picture = _picture(store, view, today or date.today())
    return picture.width, picture.height
