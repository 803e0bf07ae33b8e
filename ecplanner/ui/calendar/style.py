"""The calendar's look in one place: colours, fonts and each view's sizes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtGui import QColor, QFont

from ecplanner.domain.calendar.grids import ViewKind
from ecplanner.domain.calendar.layout import Metrics
from ecplanner.domain.model import PhaseKind

CJK_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans CJK JP", "sans-serif"]

INK = QColor("#1F2329")
MUTED = QColor("#8A919C")
GRID_LINE = QColor("#E4E7EC")
ROW_LINE = QColor("#C3C9D2")
PAPER = QColor("#FFFFFF")
NOT_A_DAY = QColor("#EEF0F3")
WEEKEND = QColor("#EEF2F8")
HOLIDAY = QColor("#FDE4E1")
HOLIDAY_INK = QColor("#C0392B")
MAKEUP = QColor("#FFF1C7")
MAKEUP_INK = QColor("#9A6B00")
SHUTDOWN = QColor(150, 98, 48, 70)
LAST_SHIP = QColor("#8D5524")
TODAY = QColor("#E53935")
SELECTION = QColor("#1A56DB")
RANGE_FILL = QColor(26, 86, 219, 46)
WARNING = QColor("#F59E0B")
HATCH = QColor(255, 255, 255, 150)
HEADER_FILL = QColor("#F7F8FA")

# How much of the event's colour each phase shows (the rest is white); days between
# phases are left white.
PHASE_STRENGTH: dict[PhaseKind, float] = {
    PhaseKind.WARMUP: 0.45,
    PhaseKind.PRESALE: 0.62,
    PhaseKind.BALANCE: 0.8,
    PhaseKind.MAIN: 1.0,
    PhaseKind.ENCORE: 0.55,
}
HATCHED_PHASES = frozenset({PhaseKind.PRESALE})


@dataclass(frozen=True)
class ViewStyle:
    """One view's sizes: the label column, the header, and ``metrics`` at zoom 1."""

    label_width: float
    header_height: float
    band: float
    lane_height: float
    min_lanes: int
    min_col_width: float
    font_px: int

    def metrics(self, col_width: float, min_lanes: int = 0) -> Metrics:
        """Sizes for columns ``col_width`` wide and rows at least ``min_lanes`` lanes tall."""
        return Metrics(col_width, self.lane_height, self.band, max(self.min_lanes, min_lanes))


VIEW_STYLES: dict[ViewKind, ViewStyle] = {
    ViewKind.YEAR: ViewStyle(52, 26, 15, 21, 2, 26, 12),
    ViewKind.WEEKS: ViewStyle(84, 26, 18, 21, 2, 80, 12),
    ViewKind.MONTH: ViewStyle(44, 26, 22, 22, 4, 100, 13),
}


def tint(color: QColor, strength: float) -> QColor:
    """``color`` mixed with white: strength 1 is the colour, 0 is white."""
    return QColor(round(255 - (255 - color.red()) * strength),
                  round(255 - (255 - color.green()) * strength),
                  round(255 - (255 - color.blue()) * strength))


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG), 0 black .. 1 white."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.red()) + 0.7152 * channel(color.green())
            + 0.0722 * channel(color.blue()))


def ui_font(pixel_size: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


def _tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


def short_date(day: date) -> str:
    """A day as the user's language writes it briefly (May 25 / 5月25日)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), _tr("MMM d"))


def date_range_text(start: date, end: date) -> str:
    """``May 25 – Jun 20 (27 days)``."""
    days = (end - start).days + 1
    span = short_date(start) if start == end else f"{short_date(start)} – {short_date(end)}"
    return CalendarDays().span(span, days)


class CalendarDays(QObject):
    """Counted words. lupdate reads a count only in ``self.tr(text, "", n)``, so a plural
    form ("1 day" / "27 days") needs a class to call it from."""

    def span(self, span: str, days: int) -> str:
        return self.tr("%1 (%n day(s))", "", days).replace("%1", span)
