"""A two-column table of dated values: markdown steps (date, discount) or arrivals (date,
units). Edits are announced as the whole new list; the ladder editor stores them."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ecplanner.ui.common.dates import from_qdate, to_qdate
from ecplanner.ui.inventory.formats import Formats

_Index = QModelIndex | QPersistentModelIndex
DatedValue = tuple[date, float]


class ValueKind(Enum):
    DISCOUNT = "discount"  # a fraction, shown and typed as a percentage
    UNITS = "units"


class DatedValuesModel(QAbstractTableModel):
    """Rows of (date, value) in the order given."""

    rows_edited = Signal(object)
    """The user edited a cell: the list of (date, value) rows as it would be."""

    def __init__(self, kind: ValueKind, formats: Formats) -> None:
        super().__init__()
        self.kind = kind
        self._formats = formats
        self._rows: list[DatedValue] = []

    def set_rows(self, rows: list[DatedValue]) -> None:
        """Show ``rows``; as many as before are updated in place, keeping any open editor."""
        if rows == self._rows:
            return
        if len(rows) == len(self._rows):
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_formats(self, formats: Formats) -> None:
        self._formats = formats

    def rows(self) -> list[DatedValue]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("From") if self.kind is ValueKind.DISCOUNT else self.tr("Arrives")
        return self.tr("Discount") if self.kind is ValueKind.DISCOUNT else self.tr("Units")

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day, value = self._rows[index.row()]
        discount = self.kind is ValueKind.DISCOUNT
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self._formats.day(day)
            return self._formats.percent(value, 0) if discount else self._formats.units(value)
        if role == Qt.ItemDataRole.EditRole:
            if index.column() == 0:
                return to_qdate(day)
            return round(value * 100, 2) if discount else int(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        rows = list(self._rows)
        day, amount = rows[index.row()]
        if index.column() == 0:
            if not isinstance(value, QDate) or not value.isValid():
                return False
            rows[index.row()] = (from_qdate(value), amount)
        elif self.kind is ValueKind.DISCOUNT:
            rows[index.row()] = (day, round(float(value) / 100, 6))
        else:
            rows[index.row()] = (day, float(round(float(value))))
        if rows == self._rows:
            return False
        self.rows_edited.emit(rows)
        return True
