"""Plan against actuals (复盘) as a Qt table: figures down, months across, then YTD and year.

A thin adapter over ``budget_review.review``. A month without imported days shows "–" in
its actual cells (greyed), not zeros that would read as a month of no sales. Below the
fixed figures, each paid channel with imported ad reports in the year has two rows: its
planned ROI (of the days its reports cover) and its actual ROI.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ecplanner.domain.budget.channel_roi import ChannelResult
from ecplanner.domain.budget.review import Comparison, Review
from ecplanner.domain.budget.rows import Unit
from ecplanner.domain.model import AdChannel
from ecplanner.ui.budget import texts
from ecplanner.ui.budget.formats import NumberFormat
from ecplanner.ui.common.dates import to_qdate

_Index = QModelIndex | QPersistentModelIndex

# (Comparison field, unit, is an actual figure)
METRICS: tuple[tuple[str, Unit, bool], ...] = (
    ("target", Unit.MONEY, False),
    ("planned_gmv", Unit.MONEY, False),
    ("actual_gmv", Unit.MONEY, True),
    ("completion_vs_target", Unit.PERCENT, True),
    ("completion_vs_plan", Unit.PERCENT, True),
    ("planned_uv", Unit.COUNT, False),
    ("actual_uv", Unit.COUNT, True),
    ("planned_cvr", Unit.PERCENT, False),
    ("actual_cvr", Unit.PERCENT, True),
    ("planned_aov", Unit.MONEY, False),
    ("actual_aov", Unit.MONEY, True),
    ("planned_spend", Unit.MONEY, False),
    ("actual_spend", Unit.MONEY, True),
    ("planned_roi", Unit.RATIO, False),
    ("actual_roi", Unit.RATIO, True),
    ("days_with_data", Unit.COUNT, True),
)
YTD_COLUMN, YEAR_COLUMN = 12, 13
ACTUAL_BACKGROUND = QColor("#EEF5EC")
NO_DATA = QColor("#9AA0A6")
SHORT = QColor("#C62828")
MET = QColor("#2E7D32")


class ReviewModel(QAbstractTableModel):
    """The review of ``set_review``; read-only."""

    def __init__(self, locale: QLocale | None = None) -> None:
        super().__init__()
        self._locale = locale or QLocale()
        self._review: Review | None = None
        self._format = NumberFormat(self._locale, "CNY")
        self._channels: tuple[AdChannel, ...] = ()  # those with ad reports in the year

    @property
    def review(self) -> Review | None:
        return self._review

    def set_review(self, review: Review, currency: str) -> None:
        channels = tuple(c.channel for c in review.total.channels)
        if channels != self._channels:  # rows come or go: a reset
            self.beginResetModel()
            self._review, self._channels = review, channels
            self._format = NumberFormat(self._locale, currency)
            self.endResetModel()
            return
        self._review = review
        self._format = NumberFormat(self._locale, currency)
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, YEAR_COLUMN))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, YEAR_COLUMN)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(METRICS) + 2 * len(self._channels)

    def _channel_row(self, row: int) -> tuple[AdChannel, bool] | None:
        """The channel of a row below the fixed figures, and whether it is the actual ROI."""
        if row < len(METRICS):
            return None
        return self._channels[(row - len(METRICS)) // 2], (row - len(METRICS)) % 2 == 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else YEAR_COLUMN + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            channel_row = self._channel_row(section)
            if channel_row is None:
                return self._metric_label(METRICS[section][0])
            channel, actual = channel_row
            name = texts.row_label(f"spend_{channel.value}")
            return (self.tr("%1: actual ROI") if actual else self.tr("%1: planned ROI")
                    ).replace("%1", name)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < YTD_COLUMN:
                return texts.month_name(section + 1, self._locale)
            return self.tr("Year to date") if section == YTD_COLUMN else self.tr("Year")
        if role == Qt.ItemDataRole.ToolTipRole and section == YTD_COLUMN and self._review:
            return self.tr("1 January to %1; the plan counts the days elapsed in that month.") \
                .replace("%1", self._locale.toString(to_qdate(self._review.as_of),
                                                     QLocale.FormatType.ShortFormat))
        return None

    def comparison(self, column: int) -> Comparison | None:
        if self._review is None:
            return None
        if column < YTD_COLUMN:
            return self._review.months[column]
        return self._review.year_to_date if column == YTD_COLUMN else self._review.total

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        comparison = self.comparison(index.column()) if index.isValid() else None
        if comparison is None:
            return None
        if role == Qt.ItemDataRole.FontRole and index.column() >= YTD_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        channel_row = self._channel_row(index.row())
        if channel_row is not None:
            return self._channel_data(comparison, *channel_row, role)
        key, unit, actual = METRICS[index.row()]
        value: float | None = getattr(comparison, key)
        no_data = actual and comparison.days_with_data == 0
        if role == Qt.ItemDataRole.DisplayRole:
            if (no_data and key != "days_with_data") or value is None:
                return "–"
            return self._format.show(unit, float(value), "aov" if key.endswith("aov") else "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return ACTUAL_BACKGROUND if actual else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if no_data:
                return NO_DATA
            if key.startswith("completion") and value is not None:
                return MET if value >= 1.0 else SHORT
            return None
        if role == Qt.ItemDataRole.ToolTipRole and no_data:
            return self.tr("No daily actuals imported for this period.")
        return None

    def _channel_data(self, comparison: Comparison, channel: AdChannel, actual: bool,
                      role: int) -> Any:
        found: ChannelResult | None = next(
            (c for c in comparison.channels if c.channel is channel), None)
        value = None if found is None else found.roi if actual else found.planned_roi
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if value is None else self._format.show(Unit.RATIO, value, "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return ACTUAL_BACKGROUND if actual else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if found is None:
                return NO_DATA
            if actual and value is not None and found.planned_roi is not None:
                return MET if value >= found.planned_roi else SHORT
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if found is None:
                return self.tr("No ad reports of this channel imported for this period.")
            return self.tr("%n days of the channel's ad reports; the planned ROI is of the "
                           "same days.").replace("%n", str(found.days))
        return None

    def _metric_label(self, key: str) -> str:
        return {
            "target": self.tr("Target"),
            "planned_gmv": self.tr("Planned GMV"),
            "actual_gmv": self.tr("Actual GMV"),
            "completion_vs_target": self.tr("Completion vs target"),
            "completion_vs_plan": self.tr("Completion vs plan"),
            "planned_uv": self.tr("Planned visitors"),
            "actual_uv": self.tr("Actual visitors"),
            "planned_cvr": self.tr("Planned CVR"),
            "actual_cvr": self.tr("Actual CVR"),
            "planned_aov": self.tr("Planned order value"),
            "actual_aov": self.tr("Actual order value"),
            "planned_spend": self.tr("Planned spend"),
            "actual_spend": self.tr("Actual spend"),
            "planned_roi": self.tr("Planned ROI"),
            "actual_roi": self.tr("Actual ROI"),
            "days_with_data": self.tr("Days with data"),
        }[key]
