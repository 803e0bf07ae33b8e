"""The Review tab's trend charts: GMV (plan, actual, 7-day average), visitors, conversion and
order value by day, the plan's events as shaded bands; hovering a day shows its figures
and the events running.

pyqtgraph is imported when a ``ReviewCharts`` is built; the tab builds one only once a
worker has imported it (``ui/common/heavy.py``). The series hold the whole year; a zoom
only moves the x range, fits y to what is shown and redraws the bands in view.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QPointF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ecplanner.domain.model import Event
from ecplanner.exchange.report.data import DayRow
from ecplanner.ui.common.dates import to_qdate
from ecplanner.ui.review import texts
from ecplanner.ui.review.series import Series, series

PLAN_COLOR = "#3D7CC9"
ACTUAL_COLOR = "#3E9B4F"
AVERAGE_COLOR = "#E08A1E"
BAND_COLOR = (240, 170, 60, 38)
LONG_SPAN = 62  # days: longer spans are ticked by month
MAX_BANDS = 40  # the longest-running events in view beyond this would shade everything


class ReviewCharts(QWidget):
    """Call ``show_days`` with the year's rows, then ``show_span`` for the days in view."""

    def __init__(self, locale: QLocale | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # heavy: loaded off the UI thread first (heavy.Loader)

        self._pg = pg
        self._locale = locale or QLocale()
        self._rows: list[DayRow] = []
        self._events: list[Event] = []
        self._currency = "CNY"
        self._bands: list[tuple[Any, Any]] = []
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.plots = [self._plot(n, title) for n, title in enumerate(texts.chart_titles())]
        for plot in self.plots[1:]:
            plot.setXLink(self.plots[0])
        self.view.ci.layout.setRowStretchFactor(0, 2)
        gmv, uv, cvr, aov = self.plots
        names = texts.line_names()
        self.lines = {
            "plan_gmv": self._line(gmv, PLAN_COLOR, names["plan"], dashed=True),
            "actual_gmv": self._line(gmv, ACTUAL_COLOR, names["actual"]),
            "average_gmv": self._line(gmv, AVERAGE_COLOR, names["average"]),
            "plan_uv": self._line(uv, PLAN_COLOR, None, dashed=True),
            "actual_uv": self._line(uv, ACTUAL_COLOR, None),
            "plan_cvr": self._line(cvr, PLAN_COLOR, None, dashed=True),
            "actual_cvr": self._line(cvr, ACTUAL_COLOR, None),
            "plan_aov": self._line(aov, PLAN_COLOR, None, dashed=True),
            "actual_aov": self._line(aov, ACTUAL_COLOR, None),
        }
        self.cursor_lines = [pg.InfiniteLine(angle=90, pen=pg.mkPen("#9AA0A6")) for _ in self.plots]
        for plot, line in zip(self.plots, self.cursor_lines, strict=True):
            plot.addItem(line, ignoreBounds=True)
            line.hide()
        self.hover_text = pg.TextItem(color="#202124", fill=pg.mkBrush(255, 255, 255, 235),
                                      border=pg.mkPen("#9AA0A6"))
        self.hover_text.setZValue(100)
        self.hover_text.hide()
        self._hover_plot: Any = None
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

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
        if row == 0:
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

    def show_days(self, rows: Sequence[DayRow], events: Sequence[Event], currency: str) -> None:
        """The year's days (the x axis counts days from the first) and the plan's events."""
        self._rows, self._events, self._currency = list(rows), list(events), currency
        self.data: Series = series(rows)
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
                  ("plan_cvr", "actual_cvr"), ("plan_aov", "actual_aov"))
        for plot, keys in zip(self.plots, groups, strict=True):
            shown = [v for k in keys for v in getattr(self.data, k)[max(a, 0):b + 1]
                     if math.isfinite(v)]
            top = max(shown, default=0.0)
            plot.setYRange(0.0, top * 1.12 if top > 0 else 1.0, padding=0)
        self._draw_bands(first, last, start)
        ticks = None
        if (last - first).days > LONG_SPAN:  # a year: the months, not odd days
            ticks = [[((date(first.year, m, 1) - start).days,
                       self._locale.monthName(m, QLocale.FormatType.ShortFormat))
                      for m in range(1, 13) if first <= date(first.year, m, 1) <= last]]
        for plot in self.plots:
            plot.getAxis("bottom").setTicks(ticks)

    def _draw_bands(self, first: date, last: date, start: date) -> None:
        for plot, band in self._bands:
            plot.removeItem(band)
        self._bands = []
        shown = [e for e in self._events if e.start <= last and e.end >= first]
        shown.sort(key=lambda e: (-(e.uplift or 1.0), e.start))
        for event in shown[:MAX_BANDS]:
            region = ((event.start - start).days - 0.5, (event.end - start).days + 0.5)
            for plot in self.plots:
                band = self._pg.LinearRegionItem(region, movable=False,
                                                 brush=self._pg.mkBrush(*BAND_COLOR),
                                                 pen=self._pg.mkPen(None))
                band.setZValue(-10)
                plot.addItem(band, ignoreBounds=True)
                self._bands.append((plot, band))

    @property
    def band_count(self) -> int:
        """Events shaded in view."""
        return len(self._bands) // len(self.plots)

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
        self.hover_text.setText(texts.day_text(self._rows[n], self._currency, self._locale))
        self.hover_text.setPos(point)
        self.hover_text.show()
