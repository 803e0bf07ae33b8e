"""The year at a glance: target, planned GMV, spend, ROI, profit and activity per month."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics

from ecplanner.domain.budget.rows import Unit
from ecplanner.domain.overview import GlanceColumn
from ecplanner.ui.budget.formats import NumberFormat
from ecplanner.ui.common.money import short_amount

_Index = QModelIndex | QPersistentModelIndex
_ROWS: tuple[tuple[str, Unit | None], ...] = (
    ("target", Unit.MONEY), ("planned_gmv", Unit.MONEY), ("spend", Unit.MONEY),
    ("roi", Unit.RATIO), ("net_profit", Unit.MONEY), ("events", None),
    ("major_sales", None), ("launches", None), ("delistings", None),
)
_LOSS = QColor("#C62828")
_TOTAL_BACKGROUND = QColor("#F2F4F7")  # colours, not QBrush: the delegate takes either
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SHORT = -1  # the money's short text, kept beside the full one under a role Qt never asks
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class GlanceModel(QAbstractTableModel):
    """Rows are measures, columns the twelve months and the year."""

    def __init__(self, currency: str = "CNY") -> None:
        super().__init__()
        self._columns: list[GlanceColumn] = []
        # What each cell shows, by role, worked out once: a paint asks ~800 times.
        self._cells: list[list[dict[int, Any]]] = []
        self._format = NumberFormat(QLocale(), currency)
        self._bold = QFont()
        self._bold.setBold(True)
        self.short = False
        """Money in 万 (or k) when the columns are too narrow for every digit."""

    def reset_columns(self, columns: list[GlanceColumn], currency: str) -> None:
        self.beginResetModel()
        self._columns = columns
        self._format = NumberFormat(QLocale(), currency)
        self._cells = [[self._cell(column, key, unit) for column in columns]
                       for key, unit in _ROWS]
        self.endResetModel()

    def _cell(self, column: GlanceColumn, key: str, unit: Unit | None) -> dict[int, Any]:
        value = getattr(column, key)
        if value is None:
            text = "—"
        elif unit is None:
            text = str(value)
        else:
            text = self._format.show(unit, float(value))
        cell: dict[int, Any] = {_DISPLAY: text, _ALIGNMENT: _RIGHT}
        if unit is Unit.MONEY and value is not None:
            cell[_SHORT] = short_amount(float(value))
            cell[_TOOLTIP] = self._format.money(float(value))
        if key == "net_profit" and value is not None and value < 0:
            cell[_FOREGROUND] = _LOSS
        if column.month is None:  # the year
            cell[_BACKGROUND] = _TOTAL_BACKGROUND
            cell[_FONT] = self._bold
        return cell

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_ROWS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._row_title(_ROWS[section][0])
        if section >= len(self._columns):
            return None
        month = self._columns[section].month
        return self.tr("Year") if month is None else QLocale().standaloneMonthName(
            month, QLocale.FormatType.ShortFormat)

    def _row_title(self, key: str) -> str:
        return {
            "target": self.tr("Target"), "planned_gmv": self.tr("Planned GMV"),
            "spend": self.tr("Ad spend"), "roi": self.tr("ROI (GMV ÷ spend)"),
            "net_profit": self.tr("Net profit"), "events": self.tr("Events"),
            "major_sales": self.tr("Major sales"), "launches": self.tr("Launches"),
            "delistings": self.tr("Delistings"),
        }[key]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._cells[index.row()][index.column()]
        if role == _DISPLAY and self.short:
            return cell.get(_SHORT, cell[_DISPLAY])
        return cell.get(role)

    def widest_full_text(self, metrics: QFontMetrics, bold: QFontMetrics) -> int:
        """The width every figure needs in full (the year's, in bold, by ``bold``)."""
        widest = 0
        for row in self._cells:
            for column, cell in zip(self._columns, row, strict=True):
                measure = bold if column.month is None else metrics
                widest = max(widest, measure.horizontalAdvance(cell[_DISPLAY]))
        return widest

    def set_short(self, short: bool) -> None:
        if short != self.short:
            self.short = short
            if self._cells:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(_ROWS) - 1, len(self._columns) - 1))
