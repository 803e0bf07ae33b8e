"""The days shown on the Review tab as a Qt table: one row a day, plan beside actual.

A thin adapter over the report's ``DayRow``s. A day not imported shows "–" in its actual
cells (greyed), never a zero that would read as a day of no sales. "To date" sums run
from the first day shown (the week's, the month's or the year's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ecplanner.domain.review.rollup import buyers_of
from ecplanner.exchange.report.data import DayRow
from ecplanner.ui.common.dates import iso_text, to_qdate
from ecplanner.ui.common.money import money
from ecplanner.ui.review.texts import aov_text, cvr_text

_Index = QModelIndex | QPersistentModelIndex
NO_DATA = QColor("#9AA0A6")
ACTUAL_BACKGROUND = QColor("#EEF5EC")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewDays", text)


def headers() -> list[str]:
    return [_tr("Date"), _tr("Plan GMV"), _tr("Actual GMV"), _tr("Visitors"),
            _tr("Conversion"), _tr("Order value"), _tr("Buyers"), _tr("Ad spend"),
            _tr("Refunds"), _tr("Plan to date"), _tr("Actual to date")]


ACTUAL_COLUMNS = frozenset(range(2, 9)) | {10}


class DaysModel(QAbstractTableModel):
    """The days of ``set_days``, read-only."""

    def __init__(self, locale: QLocale | None = None) -> None:
        super().__init__()
        self._locale = locale or QLocale()
        self._rows: list[DayRow] = []
        self._plan_to_date: list[float] = []
        self._actual_to_date: list[float] = []
        self._currency = "CNY"
        self._headers = headers()

    def headers(self) -> list[str]:
        return list(self._headers)

    def set_days(self, rows: Sequence[DayRow], currency: str) -> None:
        self.beginResetModel()
        self._rows, self._currency = list(rows), currency
        self._plan_to_date = list(_running(r.plan.gmv for r in rows))
        self._actual_to_date = list(_running(r.actual.gmv if r.actual else 0.0 for r in rows))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        missing = row.actual is None and column in ACTUAL_COLUMNS
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if missing else self._text(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return NO_DATA
        if role == Qt.ItemDataRole.BackgroundRole and column in ACTUAL_COLUMNS and not missing:
            return ACTUAL_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.events:
            return "\n".join(row.events)
        return None

    def _text(self, n: int, column: int) -> str:
        row, loc = self._rows[n], self._locale
        cash: Callable[[float], str] = lambda v: money(v, self._currency, 0, loc)  # noqa: E731
        if column == 0:
            day = row.plan.day
            weekday = loc.dayName(to_qdate(day).dayOfWeek(), QLocale.FormatType.ShortFormat)
            return f"{iso_text(day, loc)} {weekday}"
        if column == 1:
            return cash(row.plan.gmv)
        if column == 9:
            return cash(self._plan_to_date[n])
        if column == 10:
            return cash(self._actual_to_date[n])
        actual = row.actual
        assert actual is not None
        buyers = buyers_of(actual)
        return {
            2: lambda: cash(actual.gmv),
            3: lambda: loc.toString(actual.uv),
            4: lambda: cvr_text(buyers, actual.uv, loc),
            5: lambda: aov_text(actual.gmv, buyers, self._currency, loc),
            6: lambda: loc.toString(buyers),
            7: lambda: cash(actual.spend),
            8: lambda: cash(actual.refunds),
        }[column]()


def _running(values: Iterable[float]) -> list[float]:
    total, sums = 0.0, []
    for value in values:
        total += value
        sums.append(total)
    return sums
