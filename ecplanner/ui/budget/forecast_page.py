"""Budget ▸ Forecast: the year's GMV by month on last year's base rhythm, this year's events
and a growth rate, beside the target, and the visitors a shortfall needs.

It sits in the Budget tab because everything it compares with is the sheet's: the monthly
target, and the month's CVR and AOV that turn a shortfall into visitors (the sheet's
"Fill visitors" and spend rows are where the user acts on it). The rhythm is learned in a
worker (``last_year.learn_weights``), again only when what it learns from changed; the growth
only rescales it, on the UI thread. The growth is the plan's (``PlanSettings.forecast_growth``):
saved as it is set, one undo step for a run of changes, and the exports forecast with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.budget.rows import Unit
from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import DailyActual, Event, PlanInfo
from ecplanner.domain.ops import Put
from ecplanner.domain.review.forecast import fitted_growth, month_forecasts
from ecplanner.domain.review.season_weights import SeasonalWeights
from ecplanner.ui.budget.formats import NumberFormat
from ecplanner.ui.budget.last_year import learn_weights
from ecplanner.ui.budget.texts import month_name
from ecplanner.ui.common.background import Background
from ecplanner.ui.common.messages import problems_text
from ecplanner.ui.document import PlanDocument

FORECAST, TARGET, GAP, UV_NEEDED = range(4)
TOTAL = 12
GROWTH_MERGE = "forecast_growth"

Learned = tuple[PlanInfo, tuple[DailyActual, ...], tuple[Event, ...], tuple[Event, ...]]


class ForecastPage(QWidget):
    """Shows what ``show_plan`` hands it once the rhythm is learned; sets ``document``'s
    forecast growth."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.growth = QDoubleSpinBox(minimum=-90.0, maximum=500.0, decimals=1, singleStep=1.0,
                                     suffix="%")
        self.growth.setKeyboardTracking(False)  # typed "25" is one change, not "2" then "25"
        self.growth.setEnabled(not document.read_only)
        self.growth.setToolTip(self.tr("Growth on last year's level, for every day of the year."))
        self.growth.valueChanged.connect(self._on_growth)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.hide()
        self.fit_button = QPushButton(self.tr("Fit on This Year's Days"))
        self.fit_button.clicked.connect(self._on_fit)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Growth on last year")))
        row.addWidget(self.growth)
        row.addWidget(self.fit_button)
        row.addStretch(1)
        self.table = QTableWidget(4, 13)
        self.table.setVerticalHeaderLabels([
            self.tr("Forecast GMV"), self.tr("Target"), self.tr("Short of target"),
            self.tr("Visitors needed")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.job = Background(self)
        self.job.finished.connect(self._on_learned)
        self._found: SeasonalWeights | None = None
        self._fitted: float | None = None
        self._targets: Sequence[float] = ()
        self._rates: Sequence[tuple[float, float]] = ()
        self._format: NumberFormat | None = None
        self._year = 0
        self._learned: Learned | None = None  # what the rhythm shown was learned from

    def show_plan(self, info: PlanInfo, actuals: list[DailyActual], history: tuple[Event, ...],
                  events: tuple[Event, ...], targets: Sequence[float],
                  rates: Sequence[tuple[float, float]], number_format: NumberFormat) -> None:
        """Learns the rhythm of the plan in a worker and shows the forecast when it is."""
        self._targets, self._rates, self._format = targets, rates, number_format
        self._year = info.year
        self.table.setHorizontalHeaderLabels([month_name(m) for m in range(1, 13)]
                                             + [self.tr("Year")])
        self._show_growth()
        learned = (info, tuple(actuals), history, events)
        if learned == self._learned:  # e.g. the growth or a target changed: nothing to learn
            if not self.job.busy:
                self._show()
            return
        self._learned = learned
        self.caption.setText(self.tr("Learning last year's rhythm…"))
        self.job.start(lambda: self._learn(actuals, info, history, events))

    @staticmethod
    def _learn(actuals: list[DailyActual], info: PlanInfo, history: tuple[Event, ...],
               events: tuple[Event, ...]) -> tuple[SeasonalWeights | None, float | None]:
        found = learn_weights(actuals, info, history, events)
        growth = fitted_growth(dict(found.days), actuals, info.year) if found else None
        return found, growth

    def _on_learned(self, result: tuple[SeasonalWeights | None, float | None]) -> None:
        self._found, self._fitted = result
        self.fit_button.setEnabled(self._fitted is not None)
        self.fit_button.setToolTip(
            self.tr("Growth of this year's last 90 imported days on the same days' forecast.")
            if self._fitted is not None else
            self.tr("Needs imported days of %1.").replace("%1", str(self._year)))
        self._show()

    def _on_fit(self) -> None:
        if self._fitted is not None:
            self.growth.setValue(round(self._fitted * 100, 1))

    def _show_growth(self) -> None:
        """The plan's growth in the box, without taking it for the user's change."""
        self.growth.blockSignals(True)
        self.growth.setValue(self.document.store.settings().forecast_growth * 100)
        self.growth.blockSignals(False)

    def _on_growth(self, value: float) -> None:
        self.message.hide()
        settings = self.document.store.settings()
        growth = round(value, 1) / 100
        if growth != settings.forecast_growth:
            try:
                self.document.apply(self.tr("Change the forecast growth"),
                                    [Put(replace(settings, forecast_growth=growth))],
                                    merge_key=GROWTH_MERGE)
            except ValidationError as error:
                self.message.setText(problems_text(error.problems))
                self.message.show()
                self._show_growth()
        self._show()

    def _show(self) -> None:
        fmt = self._format
        if self._found is None or fmt is None:
            self.caption.setText(self.tr(
                "The forecast needs %1's daily actuals for every month: import last year's "
                "plan (File ▸ Import Last Year's Plan…) or its daily exports.")
                .replace("%1", str(self._year - 1)))
            self.table.clearContents()
            return
        growth = self.growth.value() / 100
        months = month_forecasts(dict(self._found.days), growth, self._targets, self._rates)
        self.caption.setText(self.tr(
            "Each day of %1 on %2's base rhythm (by month and weekday), with %1's events and "
            "Spring Festival at their dates, × (1 + growth). Where the target is above the "
            "forecast, the shortfall in visitors at the month's conversion rate and order "
            "value: visitors needed = shortfall ÷ (CVR × AOV).")
            .replace("%1", str(self._year)).replace("%2", str(self._year - 1)))
        for column, month in enumerate(months):
            self._put(FORECAST, column, fmt.show(Unit.MONEY, month.forecast))
            self._put(TARGET, column, fmt.show(Unit.MONEY, month.target))
            self._put(GAP, column, fmt.show(Unit.MONEY, month.gap) if month.gap else "–")
            self._put(UV_NEEDED, column, "–" if not month.gap or month.uv_needed is None
                      else fmt.show(Unit.COUNT, month.uv_needed))
        gap = sum(m.gap for m in months)
        uv = sum(m.uv_needed or 0.0 for m in months)
        self._put(FORECAST, TOTAL, fmt.show(Unit.MONEY, sum(m.forecast for m in months)))
        self._put(TARGET, TOTAL, fmt.show(Unit.MONEY, sum(m.target for m in months)))
        self._put(GAP, TOTAL, fmt.show(Unit.MONEY, gap) if gap else "–")
        self._put(UV_NEEDED, TOTAL, fmt.show(Unit.COUNT, uv) if gap else "–")

    def _put(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

