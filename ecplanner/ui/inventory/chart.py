"""The projected-stock chart: the selected product above, the shown products' sum below.

pyqtgraph is imported the first time the chart is shown, not when the tab is built. The x
axis counts weeks from the projection's start: x = w is the start of week w, so a week's
closing stock sits at x = w + 1; markdown markers sit where a step takes effect, shaded
bands are weeks with a sale uplift above 1, the red line is the season's last day.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ecplanner.domain.clearance.projection import ProjectedWeek, markdown_weeks
from ecplanner.ui.common import heavy
from ecplanner.ui.inventory.feed import InventorySnapshot
from ecplanner.ui.inventory.formats import Formats

PRODUCT_PEN = "#2E6FD8"
SEASON_PEN = "#5B6573"
STEP_BRUSH = "#E67E22"
SALE_RGB = (255, 160, 40)
SEASON_END_PEN = "#C0392B"
CURSOR_PEN = "#8A94A3"


@dataclass(frozen=True)
class ChartData:
    """What the chart shows; ``season_stock[w]`` is the sum of closing stock of week ``w``."""

    start: date
    title: str
    weeks: tuple[ProjectedWeek, ...]
    season_title: str
    season_opening: float
    season_stock: tuple[float, ...]
    season_end: date | None
    steps: tuple[tuple[int, float], ...]  # (week the step takes effect, discount)
    first_week: int = 0  # where the x axis starts: weeks before it sell nothing
    delist: date | None = None  # the product's last day on sale


def _tr(text: str) -> str:
    return QCoreApplication.translate("InventoryTab", text)


def chart_data(snapshot: InventorySnapshot, item: int, shown: Sequence[int],
               group: str) -> ChartData:
    """The chart for the product ``item`` (-1: none) and the ``shown`` items' sum."""
    batch = snapshot.batch
    picked = list(shown)
    if picked:
        season_stock = tuple(batch.closing[picked].sum(axis=0).tolist())
        season_opening = float(batch.on_hand[picked].sum())
    else:
        season_stock, season_opening = (), 0.0
    season_title = (_tr("%1: stock of the %2 shown products together")
                    .replace("%1", group).replace("%2", str(len(picked))))
    # Start the x axis two weeks before the first week any shown product is on sale.
    on_sale = batch.uplift[sorted({*picked, item} - {-1})] > 0
    first = int(on_sale.any(axis=0).argmax()) if on_sale.size else 0
    first_week = max(first - 2, 0)
    if item < 0:
        return ChartData(snapshot.start, _tr("Select a product to see its projected stock"),
                         (), season_title, season_opening, season_stock, None, (), first_week)
    plan, product = snapshot.items[item]
    projection = batch.projection(item)
    ladder = sorted(plan.ladder, key=lambda step: step.start)
    weeks = markdown_weeks(snapshot.start, [step.start for step in ladder]).tolist()
    steps = tuple((week, step.discount) for week, step in zip(weeks, ladder, strict=True))
    title = _tr("%1 %2: projected stock").replace("%1", product.code).replace("%2", product.name)
    return ChartData(snapshot.start, title, projection.weeks, season_title, season_opening,
                     season_stock, plan.season_end, steps, first_week, product.delist)


class StockChart(QWidget):
    """Draws ``ChartData``; hovering a week shows its figures in the line above."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._data: ChartData | None = None
        self._plots: Any = None
        self._build_queued = False
        self.hover = QLabel()
        self.hover.setWordWrap(True)
        self.hover.setMinimumHeight(self.hover.fontMetrics().height() * 2 + 4)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.hover)

    @property
    def data(self) -> ChartData | None:
        return self._data

    @property
    def plots(self) -> dict[str, Any]:
        """The pyqtgraph items by name (empty until the chart is first shown)."""
        return self._plots or {}

    @property
    def built(self) -> bool:
        return self._plots is not None

    def set_formats(self, formats: Formats) -> None:
        self._formats = formats

    def set_data(self, data: ChartData | None) -> None:
        if data == self._data:
            return
        self._data = data
        if self.built:
            self._draw()
        self._show_hint()

    def showEvent(self, event: QShowEvent) -> None:
        # Importing pyqtgraph takes ~0.5 s once: let the tab paint first, then build.
        if not self.built and not self._build_queued:
            self._build_queued = True
            self.hover.setText(self.tr("Loading the chart…"))
            QTimer.singleShot(0, self._on_build_due)
        super().showEvent(event)

    def _on_build_due(self) -> None:
        self._build_queued = False
        if heavy.imported():  # else the tab calls ensure_built once they are
            self.ensure_built()

    def ensure_built(self) -> None:
        if not self.built:
            self._build()
            self._draw()
            self._show_hint()

    def _build(self) -> None:
        import pyqtgraph as pg

        widget = pg.GraphicsLayoutWidget()
        widget.setBackground("w")
        product = widget.addPlot(row=0, col=0)
        season = widget.addPlot(row=1, col=0)
        season.setXLink(product)
        items: dict[str, Any] = {"widget": widget, "product": product, "season": season}
        for name, plot in (("product", product), ("season", season)):
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            bands = pg.BarGraphItem(x0=[], y0=[], width=1.0, height=[], pen=pg.mkPen(None))
            bands.setZValue(-10)
            plot.addItem(bands)
            end = pg.InfiniteLine(0, angle=90, pen=pg.mkPen(
                SEASON_END_PEN, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine))
            plot.addItem(end)
            cursor = pg.InfiniteLine(0, angle=90, pen=pg.mkPen(CURSOR_PEN, width=1))
            cursor.setVisible(False)
            plot.addItem(cursor)
            items[f"{name}_bands"], items[f"{name}_end"] = bands, end
            items[f"{name}_cursor"] = cursor
        items["product_curve"] = product.plot(
            [], [], pen=pg.mkPen(PRODUCT_PEN, width=2), symbol="o", symbolSize=4,
            symbolBrush=PRODUCT_PEN, symbolPen=None)
        items["season_curve"] = season.plot(
            [], [], pen=pg.mkPen(SEASON_PEN, width=2), fillLevel=0, brush=(91, 101, 115, 40))
        items["steps"] = product.plot([], [], pen=None, symbol="t", symbolSize=12,
                                      symbolBrush=STEP_BRUSH, symbolPen=None)
        items["labels"] = []
        widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._layout.addWidget(widget, 1)
        self._plots = items

    def _draw(self) -> None:
        import pyqtgraph as pg

        items = self._plots
        product, season = items["product"], items["season"]
        for label in items["labels"]:
            product.removeItem(label)
        items["labels"] = []
        data = self._data or ChartData(date.today(), self.tr("No stock plan selected"), (), "",
                                       0.0, (), None, ())
        stock = [data.weeks[0].opening, *(w.closing for w in data.weeks)] if data.weeks else []
        season_stock = [data.season_opening, *data.season_stock] if data.season_stock else []
        product.setTitle(data.title, size="10pt")
        season.setTitle(data.season_title, size="10pt")
        items["product_curve"].setData(list(range(len(stock))), stock)
        items["season_curve"].setData(list(range(len(season_stock))), season_stock)
        shown = [(w, step) for w, step in data.steps if w < len(stock)]
        items["steps"].setData([w for w, _ in shown], [stock[w] for w, _ in shown])
        product.setVisible(bool(stock))  # no product: the hint above, not empty axes
        high = max(stock, default=0.0) * 0.8
        for week, discount in shown:
            # Above its triangle, or below it near the top, where it would be cut off.
            label = pg.TextItem(self._formats.percent(discount, 0), color=STEP_BRUSH,
                                anchor=(0.5, -0.4) if stock[week] > high else (0.5, 1.3))
            label.setPos(week, stock[week])
            product.addItem(label)
            items["labels"].append(label)
        sale = [(w, p.uplift) for w, p in enumerate(data.weeks) if p.uplift > 1.0 + 1e-6]
        brushes = [pg.mkBrush(*SALE_RGB, min(30 + int(40 * (u - 1)), 120)) for _, u in sale]
        end_x = ((data.season_end - data.start).days + 1) / 7 if data.season_end else None
        width = max(len(stock), len(season_stock))
        first = min(data.first_week, max(width - 2, 0))
        ticks = self._ticks(data.start, first, width)
        for name, values in (("product", stock), ("season", season_stock)):
            plot, top = items[name], max(values, default=0.0) * 1.15 or 1.0
            items[f"{name}_bands"].setOpts(x0=[w for w, _ in sale], y0=[0.0] * len(sale),
                                           height=[top] * len(sale), brushes=brushes)
            items[f"{name}_end"].setVisible(end_x is not None)
            if end_x is not None:
                items[f"{name}_end"].setValue(end_x)
            plot.getAxis("bottom").setTicks([ticks, []])
            plot.setXRange(first, max(width - 1, first + 1), padding=0.02)
            plot.setYRange(0, top, padding=0)

    def _ticks(self, start: date, first: int, width: int) -> list[tuple[float, str]]:
        every = max(1, math.ceil((width - first) / 12))
        return [(w, self._formats.short_day(start + timedelta(weeks=w)))
                for w in range(first, width, every)]

    def _on_mouse_moved(self, position: QPointF) -> None:
        for plot in (self._plots["product"], self._plots["season"]):
            if plot.sceneBoundingRect().contains(position):
                self.show_week(math.floor(plot.vb.mapSceneToView(position).x()))
                return

    def show_week(self, week: int) -> None:
        """Shows the figures of ``week`` in the line above the chart."""
        inside = self._data is not None and 0 <= week < len(self._data.weeks)
        for name in ("product_cursor", "season_cursor"):
            if name in self.plots:
                self.plots[name].setVisible(inside)
                self.plots[name].setValue(week + 0.5)
        if self._data is None or not inside:
            self._show_hint()
            return
        self.hover.setText(self.week_text(self._data.weeks[week], self._data.delist))

    def week_text(self, projected: ProjectedWeek, delist: date | None) -> str:
        f = self._formats
        if projected.uplift != 0:
            uplift = f.number(projected.uplift, 2) + "×"
        elif delist is not None and projected.start > delist:
            uplift = self.tr("delisted")
        else:
            uplift = self.tr("not on sale yet")
        return (self.tr("Week of %1: stock %2 → %3, sold %4, discount %5, uplift %6, "
                        "revenue %7")
                .replace("%1", f.day(projected.start))
                .replace("%2", f.units(projected.opening + projected.arrivals))
                .replace("%3", f.units(projected.closing))
                .replace("%4", f.units(projected.sold))
                .replace("%5", f.percent(projected.discount, 0))
                .replace("%6", uplift)
                .replace("%7", f.money(projected.revenue)))

    def _show_hint(self) -> None:
        if self._data is None or not self._data.weeks:
            self.hover.setText(self.tr("Select a product in the table to see its projected "
                                       "stock week by week."))
            return
        self.hover.setText(self.tr("Point at a week to see its stock, sales, discount, "
                                   "uplift and revenue. Shaded weeks have a sale uplift; the "
                                   "red line is the season end; triangles mark markdowns."))
