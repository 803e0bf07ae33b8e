"""The import wizard's tables: the days read from the file (a daily export's, or an ad
report's channel days), and what is wrong in it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ecplanner.domain.budget.rows import Unit
from ecplanner.domain.model import ChannelDay, DailyActual
from ecplanner.exchange.actuals.parse import ImportProblem
from ecplanner.ui.budget import texts
from ecplanner.ui.budget.formats import NumberFormat
from ecplanner.ui.common.dates import to_qdate

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
REPLACED = QColor("#FFF4D6")
UNCHANGED = QColor("#808080")


class PreviewModel(QAbstractTableModel):
    """The parsed days; a day the plan holds with other figures is tinted (the import
    replaces it), one it holds with the same figures is greyed."""

    COLUMNS = ("day", "uv", "buyers", "orders", "gmv", "spend", "refunds")

    def __init__(self, currency: str, existing: Mapping[date, DailyActual] | None = None,
                 locale: QLocale | None = None) -> None:
        super().__init__()
        self._locale = locale or QLocale()
        self._format = NumberFormat(self._locale, currency)
        self._existing = existing or {}
        self._rows: tuple[DailyActual, ...] = ()

    def set_rows(self, rows: Sequence[DailyActual]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Date"), self.tr("Visitors"), self.tr("Buyers"), self.tr("Orders"),
                self.tr("GMV"), self.tr("Ad spend"), self.tr("Refunds"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "day":
                return self._locale.toString(to_qdate(row.day), QLocale.FormatType.ShortFormat)
            value = float(getattr(row, column))
            unit = Unit.COUNT if column in ("uv", "buyers", "orders") else Unit.MONEY
            return self._format.show(unit, value, "aov" if unit is Unit.MONEY else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "day":
            return _RIGHT
        held = self._existing.get(row.day)
        if held is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and held != row:
            return REPLACED
        if role == Qt.ItemDataRole.ForegroundRole and held == row:
            return UNCHANGED
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The plan already has this day; importing replaces it.")
                    if held != row else
                    self.tr("The plan already has this day with the same figures."))
        return None


class AdsPreviewModel(QAbstractTableModel):
    """An ad report's channel days, tinted and greyed as ``PreviewModel`` tints days: by
    the plan's day of the same channel."""

    def __init__(self, currency: str,
                 existing: Mapping[tuple[date, str], ChannelDay] | None = None,
                 locale: QLocale | None = None) -> None:
        super().__init__()
        self._locale = locale or QLocale()
        self._format = NumberFormat(self._locale, currency)
        self._existing = existing or {}
        self._rows: tuple[ChannelDay, ...] = ()

    def set_rows(self, rows: Sequence[ChannelDay]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Date"), self.tr("Ad spend"), self.tr("Clicks"),
                self.tr("Attributed GMV"), self.tr("ROI"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._locale.toString(to_qdate(row.day), QLocale.FormatType.ShortFormat)
            if column == 2:
                return self._format.show(Unit.COUNT, float(row.clicks), "")
            if column == 4:
                return "–" if not row.spend else self._locale.toString(row.gmv / row.spend,
                                                                       "f", 2)
            return self._format.show(Unit.MONEY, row.spend if column == 1 else row.gmv, "aov")
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return _RIGHT
        held = self._existing.get((row.day, row.channel))
        if held is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and held != row:
            return REPLACED
        if role == Qt.ItemDataRole.ForegroundRole and held == row:
            return UNCHANGED
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The plan already has this channel's day; importing replaces it.")
                    if held != row else
                    self.tr("The plan already has this channel's day with the same figures."))
        return None


class ProblemsModel(QAbstractTableModel):
    """What stops the import: row (as numbered in the file), column, value, problem."""

    def __init__(self) -> None:
        super().__init__()
        self._problems: tuple[ImportProblem, ...] = ()

    def set_problems(self, problems: Sequence[ImportProblem]) -> None:
        self.beginResetModel()
        self._problems = tuple(problems)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(problem.row) if problem.row else self.tr("file"),
                problem.column,
                problem.value,
                texts.import_problem_text(problem),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QColor("#B00020")
        return None
