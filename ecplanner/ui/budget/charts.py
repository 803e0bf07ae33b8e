"""The budget's charts: GMV target/plan/actual as bars, spend and ROI as lines.

pyqtgraph is imported when a ``BudgetCharts`` is built, and the tab builds one only when the
chart page is first shown, so start-up never pays for it. Hovering a month shows its
figures in a box that follows the mouse.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QPointF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ecplanner.domain.budget.review import Review
from ecplanner.domain.budget.rows import Unit
from ecplanner.domain.budget.sheet import Sheet
from ecplanner.ui.budget import texts
from ecplanner.ui.budget.formats import NumberFormat

TARGET_COLOR = "#A7B4C2"
PLAN_COLOR = "#3D7CC9"
ACTUAL_COLOR = "#3E9B4F"
BREAK_EVEN_COLOR = "#D0453A"
_MONTHS = list(range(1, 13))


def _plot_line(item: Any, values: Sequence[float | None]) -> None:
    """Months without a value are gaps; a line with no value at all is emptied (pyqtgraph
    warns on an all-NaN series)."""
    if all(v is None for v in values):
        item.setData([], [])
    else:
        item.setData(_MONTHS, [math.nan if v is None else v for v in values])


def _fit(plot: Any, values: Sequence[float | None]) -> None:
    """Show 0 up to a little above the largest finite value."""
    finite = [v for v in values if v is not None and math.isfinite(v)]
    top = max(finite, default=0.0)
    plot.setYRange(0.0, top * 1.1 if top > 0 else 1.0, padding=0)


class BudgetCharts(QWidget):
    """Shows one ``Sheet`` and its ``Review``; call ``show_figures`` after each change."""

    def __init__(self, locale: QLocale | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # heavy: only when the charts are first shown

        self._pg = pg
        self._locale = locale or QLocale()
        self._format = NumberFormat(self._locale, "CNY")
        self._sheet: Sheet | None = None
        self._review: Review | None = None
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.gmv_plot = self._plot(0, self.tr("GMV by month: target, plan and actual"), money=True)
        self.spend_plot = self._plot(1, self.tr("Ad spend: plan and actual"), money=True)
        self.roi_plot = self._plot(2, self.tr("ROI (GMV ÷ spend) and break-even ROI"), money=False)
        self.view.ci.layout.setRowStretchFactor(0, 3)
        for plot in (self.spend_plot, self.roi_plot):
            plot.setXLink(self.gmv_plot)
            self.view.ci.layout.setRowStretchFactor(self.view.ci.items[plot][0][0], 2)
        self.bars = {
            name: self._bars(offset, color, label)
            for name, offset, color, label in (
                ("target", -0.27, TARGET_COLOR, self.tr("Target")),
                ("planned", 0.0, PLAN_COLOR, self.tr("Planned")),
                ("actual", 0.27, ACTUAL_COLOR, self.tr("Actual")),
            )
        }
        self.lines = {
            "planned_spend": self._line(self.spend_plot, PLAN_COLOR, self.tr("Planned")),
            "actual_spend": self._line(self.spend_plot, ACTUAL_COLOR, self.tr("Actual")),
            "planned_roi": self._line(self.roi_plot, PLAN_COLOR, self.tr("Planned ROI")),
            "actual_roi": self._line(self.roi_plot, ACTUAL_COLOR, self.tr("Actual ROI")),
            "break_even": self._line(self.roi_plot, BREAK_EVEN_COLOR, self.tr("Break-even ROI"),
                                     dashed=True),
        }
        self.hover_band = {
            p: pg.LinearRegionItem((0.55, 1.45), movable=False, brush=pg.mkBrush(0, 0, 0, 22),
                                   pen=pg.mkPen(None))
            for p in (self.gmv_plot, self.spend_plot, self.roi_plot)}
        for plot, band in self.hover_band.items():
            band.setZValue(-10)
            plot.addItem(band, ignoreBounds=True)
            band.hide()
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
    def _plot(self, row: int, title: str, money: bool) -> Any:
        pg = self._pg
        locale = self._locale

        class LocaleAxis(pg.AxisItem):  # type: ignore[misc,name-defined]
            def tickStrings(self, values: list[float], scale: float,
                            spacing: float) -> list[str]:
                decimals = 0 if money or spacing >= 1 else 1
                return [locale.toString(v * scale, "f", decimals) for v in values]

        axis = LocaleAxis("left")
        axis.enableAutoSIPrefix(False)
        axis.setWidth(82)
        plot = self.view.addPlot(row=row, col=0, title=title, axisItems={"left": axis})
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(y=True, alpha=0.25)
        plot.getAxis("bottom").setTicks([[(m, texts.month_name(m, locale)) for m in _MONTHS]])
        plot.setXRange(0.4, 12.6, padding=0)
        legend = plot.addLegend(colCount=5, labelTextColor="#202124")
        # In the title row, right-aligned, so it never hides a bar or a point.
        legend.setParentItem(plot)
        legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-4, -4))
        return plot

    def _bars(self, offset: float, color: str, name: str) -> Any:
        item = self._pg.BarGraphItem(x=[m + offset for m in _MONTHS], height=[0.0] * 12,
                                     width=0.26, brush=color, pen=self._pg.mkPen(None), name=name)
        self.gmv_plot.addItem(item)
        return item

    def _line(self, plot: Any, color: str, name: str, dashed: bool = False) -> Any:
        pg = self._pg
        pen = pg.mkPen(color, width=2, style=pg.QtCore.Qt.PenStyle.DashLine if dashed else None)
        symbol = None if dashed else "o"
        item = pg.PlotDataItem([], [], pen=pen, symbol=symbol, symbolSize=6,
                               symbolBrush=color, symbolPen=None, connect="finite", name=name)
        plot.addItem(item)
        return item

    # -- showing -----------------------------------------------------------------------------
    def show_figures(self, sheet: Sheet, review: Review, currency: str) -> None:
        self._sheet, self._review = sheet, review
        self._format = NumberFormat(self._locale, currency)
        has_data = [c.days_with_data > 0 for c in review.months]
        self.bars["target"].setOpts(height=[f.target for f in sheet.months])
        self.bars["planned"].setOpts(height=[f.gmv for f in sheet.months])
        self.bars["actual"].setOpts(height=[c.actual_gmv for c in review.months])
        actual_spend = [c.actual_spend if d else None
                        for c, d in zip(review.months, has_data, strict=True)]
        actual_roi = [c.actual_roi if d else None
                      for c, d in zip(review.months, has_data, strict=True)]
        _plot_line(self.lines["planned_spend"], [f.spend_total for f in sheet.months])
        _plot_line(self.lines["actual_spend"], actual_spend)
        _plot_line(self.lines["planned_roi"], [f.roi for f in sheet.months])
        _plot_line(self.lines["actual_roi"], actual_roi)
        _plot_line(self.lines["break_even"], [f.break_even_roi for f in sheet.months])
        gmv = [f.target for f in sheet.months] + [f.gmv for f in sheet.months]
        _fit(self.gmv_plot, gmv + [c.actual_gmv for c in review.months])
        _fit(self.spend_plot, [f.spend_total for f in sheet.months]
             + [c.actual_spend for c in review.months])
        _fit(self.roi_plot, [v for f in sheet.months for v in (f.roi, f.break_even_roi)]
             + [c.actual_roi for c in review.months])

    def month_text(self, month: int) -> str:
        """The figures shown when hovering ``month``."""
        if self._sheet is None or self._review is None:
            return ""
        f, c = self._sheet.months[month - 1], self._review.months[month - 1]
        money = self._format.money
        actual = c.days_with_data > 0
        lines = [
            texts.long_month_name(month, self._locale),
            self.tr("Target: %1").replace("%1", money(f.target)),
            self.tr("Planned GMV: %1").replace("%1", money(f.gmv)),
            self.tr("Actual GMV: %1").replace("%1", money(c.actual_gmv) if actual else "–"),
            self.tr("Planned spend: %1").replace("%1", money(f.spend_total)),
            self.tr("Actual spend: %1").replace("%1", money(c.actual_spend) if actual else "–"),
            self.tr("Planned ROI: %1").replace("%1", self._ratio(f.roi)),
            self.tr("Actual ROI: %1").replace("%1", self._ratio(c.actual_roi) if actual else "–"),
            self.tr("Break-even ROI: %1").replace("%1", self._ratio(f.break_even_roi)),
        ]
        return "\n".join(lines)

    def _ratio(self, value: float | None) -> str:
        return "–" if value is None else self._format.show(Unit.RATIO, value)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        plot = next((p for p in (self.gmv_plot, self.spend_plot, self.roi_plot)
                     if p.vb.sceneBoundingRect().contains(pos)), None)
        point = plot.vb.mapSceneToView(pos) if plot is not None else None
        month = round(point.x()) if point is not None else 0
        if plot is None or point is None or not 1 <= month <= 12 or self._sheet is None:
            self.hover_text.hide()
            for band in self.hover_band.values():
                band.hide()
            return
        if self._hover_plot is not plot:
            if self._hover_plot is not None:
                self._hover_plot.removeItem(self.hover_text)
            plot.addItem(self.hover_text, ignoreBounds=True)
            self._hover_plot = plot
        for band in self.hover_band.values():
            band.setRegion((month - 0.45, month + 0.45))
            band.show()
        (x0, x1), (y0, y1) = plot.viewRange()
        right = point.x() > (x0 + x1) / 2
        upper = y1 > y0 and point.y() > (y0 + y1) / 2
        self.hover_text.setAnchor((1.0 if right else 0.0, 0.0 if upper else 1.0))
        self.hover_text.setText(self.month_text(month))
        self.hover_text.setPos(point)
        self.hover_text.show()
