"""The import wizard's tables: the days read from the file (a daily export's, or an ad
report's channel days), and what is wrong in it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

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
_Row = TypeVar("_Row", DailyActual, ChannelDay)


class _RowsPreview(QAbstractTableModel, Generic[_Row]):
    """Rows read from a file, each tinted by what the plan holds under its key: another
    figure is tinted (the import replaces it), the same figures are greyed. Subclasses say
    the headers, how a cell shows, a row's key, and the two tooltips."""

    def __init__(self, currency: str, existing: Mapping[Any, _Row] | None = None,
                 locale: QLocale | None = None) -> None:
        super().__init__()
        self._locale = locale or QLocale()
        self._format = NumberFormat(self._locale, currency)
        self._existing: Mapping[Any, _Row] = existing or {}
        self._rows: tuple[_Row, ...] = ()

    def set_rows(self, rows: Sequence[_Row]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(section + 1) if orientation == Qt.Orientation.Vertical \
            else self._headers()[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self._locale.toString(to_qdate(row.day), QLocale.FormatType.ShortFormat)
            return self._shown(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return _RIGHT
        held = self._existing.get(self._key(row))
        if held is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and held != row:
            return REPLACED
        if role == Qt.ItemDataRole.ForegroundRole and held == row:
            return UNCHANGED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._held_tip(same=held == row)
        return None

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _shown(self, row: _Row, column: int) -> str:
        raise NotImplementedError

    def _key(self, row: _Row) -> Any:
        raise NotImplementedError

    def _held_tip(self, same: bool) -> str:
        raise NotImplementedError


class PreviewModel(_RowsPreview[DailyActual]):
    """The parsed days of a store's daily export, by day."""

    COLUMNS = ("day", "uv", "buyers", "orders", "gmv", "spend", "refunds")

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Visitors"), self.tr("Buyers"), self.tr("Orders"),
                self.tr("GMV"), self.tr("Ad spend"), self.tr("Refunds"))

    def _shown(self, row: DailyActual, column: int) -> str:
        name = self.COLUMNS[column]
        unit = Unit.COUNT if name in ("uv", "buyers", "orders") else Unit.MONEY
        return self._format.show(unit, float(getattr(row, name)),
                                 "aov" if unit is Unit.MONEY else "")

    def _key(self, row: DailyActual) -> Any:
        return row.day

    def _held_tip(self, same: bool) -> str:
        return (self.tr("The plan already has this day with the same figures.") if same
                else self.tr("The plan already has this day; importing replaces it."))


class AdsPreviewModel(_RowsPreview[ChannelDay]):
    """An ad report's channel days, by the plan's day of the same channel."""

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Ad spend"), self.tr("Clicks"),
                self.tr("Attributed GMV"), self.tr("ROI"))

    def _shown(self, row: ChannelDay, column: int) -> str:
        if column == 2:
            return self._format.show(Unit.COUNT, float(row.clicks), "")
        if column == 4:
            return "–" if not row.spend else self._locale.toString(row.gmv / row.spend, "f", 2)
        return self._format.show(Unit.MONEY, row.spend if column == 1 else row.gmv, "aov")

    def _key(self, row: ChannelDay) -> Any:
        return (row.day, row.channel)

    def _held_tip(self, same: bool) -> str:
        return (self.tr("The plan already has this channel's day with the same figures.")
                if same else
                self.tr("The plan already has this channel's day; importing replaces it."))


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
