"""The Review tab's trend charts: GMV (plan, actual, 7-day average), visitors, conversion,
order value and ad spend (the store's, and each paid channel's from its ad reports) by day,
the plan's events as shaded bands; hovering a day shows its figures and the events running.

pyqtgraph is imported when a ``ReviewCharts`` is made; the tab makes one only once a
worker has imported it (``ui/common/heavy.py``), and adds its plots in slices. The
series hold the whole year; a zoom only moves the x range, fits y to what is shown and
redraws the bands in view.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QPointF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ecplanner.domain.model import ChannelDay, Event
from ecplanner.exchange.report.data import DayRow
from ecplanner.ui.common.dates import to_qdate
from ecplanner.ui.review import texts
from ecplanner.ui.review.series import Series, series

PLAN_COLOR = "#3D7CC9"
ACTUAL_COLOR = "#3E9B4F"
AVERAGE_COLOR = "#E08A1E"
BAND_COLOR = (240, 170, 60, 38)
LONG_SPAN = 62  # days: longer spans are ticked by month
# Each plot's lines: (series, colour, legend name); the plan's are dashed.
LINES: tuple[tuple[tuple[str, str, str | None], ...], ...] = (
    (("plan_gmv", PLAN_COLOR, "plan"), ("actual_gmv", ACTUAL_COLOR, "actual"),
     ("average_gmv", AVERAGE_COLOR, "average")),
    (("plan_uv", PLAN_COLOR, None), ("actual_uv", ACTUAL_COLOR, None)),
    (("plan_cvr", PLAN_COLOR, None), ("actual_cvr", ACTUAL_COLOR, None)),
    (("plan_aov", PLAN_COLOR, None), ("actual_aov", ACTUAL_COLOR, None)),
    (("actual_spend", ACTUAL_COLOR, "store_spend"), ("spend_search", "#1F5FA8", "search"),
     ("spend_display", "#8E5BB8", "display"), ("spend_live", "#D0443E", "live"),
     ("spend_offsite", "#8C6D46", "offsite")),
)
LEGENDS = (0, 4)  # the plots whose lines a legend names
MAX_BANDS = 40  # the events with the highest uplift in view; more would shade everything


class ReviewCharts(QWidget):
    """Run ``build`` to its end, then call ``show_days`` with the year's rows and
    ``show_span`` for the days in view."""

    def __init__(self, locale: QLocale | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # heavy: loaded off the UI thread first (heavy.Loader)

        self._pg = pg
        self._locale = locale or QLocale()
        self._rows: list[DayRow] = []
        self._events: list[Event] = []
        self._channel_days: dict[date, list[ChannelDay]] = {}
        self._currency = "CNY"
        self.band_count = 0
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.plots: list[Any] = []
        self.lines: dict[str, Any] = {}
        self.bands: list[Any] = []
        self.cursor_lines: list[Any] = []
        self.hover_text = pg.TextItem(color="#202124", fill=pg.mkBrush(255, 255, 255, 235),
                                      border=pg.mkPen("#9AA0A6"))
        self.hover_text.setZValue(100)
        self.hover_text.hide()
        self._hover_plot: Any = None
        self.ready = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def build(self) -> Iterator[None]:
        """Adds the plots one at a time, yielding after each (15–30 ms apiece: the five at
        once would hold the window over 100 ms); for ``Slices``. ``ready`` once done."""
        pg, names = self._pg, texts.line_names()
        for row, title in enumerate(texts.chart_titles()):
            plot = self._plot(row, title)
            for key, color, name in LINES[row]:
                self.lines[key] = self._line(plot, color, names.get(name or ""),
                                             dashed=color == PLAN_COLOR)
            # All of a plot's event bands are one item: one LinearRegionItem an event took
            # ~1.5 ms each.
            bands = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[],
                                    brush=pg.mkBrush(*BAND_COLOR), pen=pg.mkPen(None))
            bands.setZValue(-10)
            plot.addItem(bands, ignoreBounds=True)
            cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#9AA0A6"))
            plot.addItem(cursor, ignoreBounds=True)
            cursor.hide()
            if self.plots:
                plot.setXLink(self.plots[0])
            self.plots.append(plot)
            self.bands.append(bands)
            self.cursor_lines.append(cursor)
            yield
        self.view.ci.layout.setRowStretchFactor(0, 2)
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.ready = True

    # -- building ----------------------------------------------------------------------------
    def _plot(self, row: int, title: str) -> Any:
        pg, charts = self._pg, self

        class DayAxis(pg.AxisItem):  # type: ignore[misc,name-defined]
            def tickStrings(self, values: list[float], scale: float,
                            spacing: float) -> list[str]:
                return [charts.day_label(v) for v in values]

        class NumberAxis(pg.AxisItem):  # type: ignore[misc,name-defined]
            def tickStrings(self, values: list[float], scale: float,
                            spacing: float) -> list[str]:
                decimals = 0 if spacing >= 1 else 1 if spacing >= 0.1 else 2
                return [charts._locale.toString(v * scale, "f", decimals) for v in values]

        left = NumberAxis("left")
        left.enableAutoSIPrefix(False)
        left.setWidth(70)
        plot = self.view.addPlot(row=row, col=0, title=title,
                                 axisItems={"left": left, "bottom": DayAxis("bottom")})
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(y=True, alpha=0.25)
        if row in LEGENDS:
            legend = plot.addLegend(colCount=3, labelTextColor="#202124")
            legend.setParentItem(plot)
            legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-4, -4))
        return plot

    def _line(self, plot: Any, color: str, name: str | None, dashed: bool = False) -> Any:
        pg = self._pg
        style = pg.QtCore.Qt.PenStyle.DashLine if dashed else pg.QtCore.Qt.PenStyle.SolidLine
        item = pg.PlotDataItem([], [], pen=pg.mkPen(color, width=2, style=style),
                               connect="finite", name=name)
        plot.addItem(item)
        return item

    # -- showing -----------------------------------------------------------------------------
    def day_label(self, x: float) -> str:
        n = round(x)
        if not 0 <= n < len(self._rows):
            return ""
        return self._locale.toString(to_qdate(self._rows[n].plan.day), "M/d")

    def show_days(self, rows: Sequence[DayRow], events: Sequence[Event], currency: str,
                  channel_days: Sequence[ChannelDay] = ()) -> None:
        """The year's days (the x axis counts days from the first), the plan's events and
        the paid channels' days."""
        self._rows, self._events, self._currency = list(rows), list(events), currency
        self._channel_days = {}
        for day in channel_days:
            self._channel_days.setdefault(day.day, []).append(day)
        self.data: Series = series(rows, channel_days)
        for key, line in self.lines.items():
            values = getattr(self.data, key)
            if all(math.isnan(v) for v in values):
                line.setData([], [])  # pyqtgraph warns on an all-NaN series
            else:
                line.setData(self.data.x, values)

    def show_span(self, first: date, last: date) -> None:
        """Zoom to the days ``first``..``last``; fit each plot's y to them."""
        if not self._rows:
            return
        start = self._rows[0].plan.day
        a, b = (first - start).days, (last - start).days
        self.plots[0].setXRange(a - 0.5, b + 0.5, padding=0)
        groups = (("plan_gmv", "actual_gmv", "average_gmv"), ("plan_uv", "actual_uv"),
                  ("plan_cvr", "actual_cvr"), ("plan_aov", "actual_aov"),
                  tuple(key for key, _, _ in LINES[4]))
        shown = [e for e in self._events if e.start <= last and e.end >= first]
        shown = sorted(shown, key=lambda e: (-e.uplift, e.start))[:MAX_BANDS]
        self.band_count = len(shown)
        x0 = [(e.start - start).days - 0.5 for e in shown]
        x1 = [(e.end - start).days + 0.5 for e in shown]
        for plot, keys, bands in zip(self.plots, groups, self.bands, strict=True):
            values = [v for k in keys for v in getattr(self.data, k)[max(a, 0):b + 1]
                      if math.isfinite(v)]
            top = max(values, default=0.0) * 1.12 or 1.0
            plot.setYRange(0.0, top, padding=0)
            bands.setOpts(x0=x0, x1=x1, y0=[0.0] * len(shown), height=[top] * len(shown))
        ticks = None
        if (last - first).days > LONG_SPAN:  # a year: the months, not odd days
            ticks = [[((date(first.year, m, 1) - start).days,
                       self._locale.monthName(m, QLocale.FormatType.ShortFormat))
                      for m in range(1, 13) if first <= date(first.year, m, 1) <= last]]
        for plot in self.plots:
            plot.getAxis("bottom").setTicks(ticks)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        plot = next((p for p in self.plots if p.vb.sceneBoundingRect().contains(pos)), None)
        point = plot.vb.mapSceneToView(pos) if plot is not None else None
        n = round(point.x()) if point is not None else -1
        if plot is None or point is None or not 0 <= n < len(self._rows):
            self.hover_text.hide()
            for line in self.cursor_lines:
                line.hide()
            return
        self.hover_at(plot, n, point)

    def hover_at(self, plot: Any, n: int, point: Any) -> None:
        if self._hover_plot is not plot:
            if self._hover_plot is not None:
                self._hover_plot.removeItem(self.hover_text)
            plot.addItem(self.hover_text, ignoreBounds=True)
            self._hover_plot = plot
        for line in self.cursor_lines:
            line.setValue(n)
            line.show()
        (x0, x1), (y0, y1) = plot.viewRange()
        right = point.x() > (x0 + x1) / 2
        upper = y1 > y0 and point.y() > (y0 + y1) / 2
        self.hover_text.setAnchor((1.0 if right else 0.0, 0.0 if upper else 1.0))
        row = self._rows[n]
        self.hover_text.setText(texts.day_text(row, self._currency, self._locale,
                                               self._channel_days.get(row.plan.day, ())))
        self.hover_text.setPos(point)
        self.hover_text.show()
