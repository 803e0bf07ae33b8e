"""The products table: a thin Qt adapter over the products last read from the store.

``set_products`` takes the new list and reports the difference as row removals, data
changes and insertions, so the view keeps its selection and scroll position. An edit in a
cell goes to ``on_edit`` (which applies it to the document); the model changes only when
the document announces the write.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ecplanner.domain.model import Product
from ecplanner.domain.products.fields import (
    CHOICE_FIELDS,
    COUNT_FIELDS,
    DATE_FIELDS,
    FIELDS,
    MONEY_FIELDS,
    FieldValue,
)
from ecplanner.ui.common import dates, labels
from ecplanner.ui.products import texts
from ecplanner.ui.products.texts import WarningTexts

_Index = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[Product, str, FieldValue], bool]
"""Applies one field's new value; False when it was refused (the old value stays)."""

BELOW_COST = QColor("#FFE0B2")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_RESET_ABOVE = 200  # removing more rows than this resets the model instead
_WARNING_ROLES = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole]
_ONE_SIGNAL_ABOVE = 200  # more rows with new warnings than this: one signal for the column


def price_below_cost(product: Product) -> bool:
    return product.list_price < product.unit_cost


def to_qdate(day: date | None) -> QDate:
    return QDate() if day is None else dates.to_qdate(day)


def from_qdate(day: QDate) -> date | None:
    return dates.from_qdate(day) if day.isValid() else None


@dataclass(frozen=True)
class Rows:
    """Products in the table's order (``sorting``: the column and order they are sorted
    by, None: as read) and the row of each uuid, worked out before the table shows them."""

    products: list[Product]
    rows: dict[str, int]
    sorting: tuple[int, Qt.SortOrder] | None


class ProductsTableModel(QAbstractTableModel):
    """One row per product, one column per ``FIELDS`` entry, in the order read."""

    def __init__(self, on_edit: EditHandler | None = None, currency: str = "CNY",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._products: list[Product] = []
        self._rows: dict[str, int] = {}
        self._warnings = WarningTexts()
        self._on_edit = on_edit
        self._currency = currency
        self._warning_icon: QIcon | None = None
        self._sorting: tuple[int, Qt.SortOrder] | None = None

    # -- contents --------------------------------------------------------------------
    def products(self) -> list[Product]:
        return list(self._products)

    def product_at(self, row: int) -> Product:
        return self._products[row]

    def row_of(self, uuid: str) -> int:
        return self._rows.get(uuid, -1)

    def product_of(self, uuid: str) -> Product | None:
        """The product ``uuid`` as the table holds it (None: not there)."""
        row = self._rows.get(uuid)
        return None if row is None else self._products[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows sorted by ``column`` (dates, numbers, choices in their order)."""
        self._sorting = (column, order) if 0 <= column < len(FIELDS) else None
        self._resort()

    def _resort(self) -> None:
        if self._sorting is None or not self._products:
            return
        ordered = self._sorted(self._products)
        if all(a is b for a, b in zip(ordered, self._products, strict=True)):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [(self._products[index.row()].uuid, index.column()) for index in before]
        self._products = ordered
        self._reindex()
        self.changePersistentIndexList(
            before, [self.index(self._rows[uuid], column) for uuid, column in keys])
        self.layoutChanged.emit()

    def _sorted(self, products: Iterable[Product]) -> list[Product]:
        """``products`` in the order of the sorting column (as they come without one)."""
        if self._sorting is None:
            return list(products)
        column, order = self._sorting
        field = FIELDS[column]
        return sorted(products, key=lambda p: _sort_key(field, getattr(p, field)),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def arrange(self, products: Sequence[Product]) -> Rows:
        """``products`` sorted and indexed as the table shows them, nothing shown yet:
        ``show_rows`` shows them (a large plan's first read, a turn later)."""
        ordered = self._sorted(products)
        return Rows(ordered, _index(ordered), self._sorting)

    def show_rows(self, rows: Rows) -> None:
        """Show ``rows`` instead of what the table holds, taking their lists over (sorted
        again if the sorting changed since they were arranged)."""
        if rows.sorting != self._sorting:
            rows = self.arrange(rows.products)
        self.beginResetModel()
        self._products, self._rows = rows.products, rows.rows
        self.endResetModel()

    def row_texts(self, product: Product) -> list[str]:
        """The text of each of ``product``'s cells, as the table shows them."""
        return [self._display(field, getattr(product, field)) for field in FIELDS]

    def _moves(self, old: Product, new: Product) -> bool:
        """Whether replacing ``old`` by ``new`` may move its row (its sort key changed)."""
        if self._sorting is None:
            return False
        field = FIELDS[self._sorting[0]]
        return bool(getattr(old, field) != getattr(new, field))

    def set_currency(self, currency: str) -> None:
        if currency != self._currency:
            self._currency = currency
            self._changed_columns(("unit_cost", "list_price"))

    def set_warnings(self, warnings: WarningTexts,
                     changed: Collection[str] | None = None) -> None:
        """The products' warnings, marked in the code column and written out in its
        tooltip; the rows of the products ``changed`` are repainted (all when None)."""
        self._warnings = warnings
        if not self._products:
            return
        column = FIELDS.index("code")
        if changed is None or len(changed) > _ONE_SIGNAL_ABOVE:
            self.dataChanged.emit(self.index(0, column),
                                  self.index(len(self._products) - 1, column), _WARNING_ROLES)
            return
        for uuid in changed:
            row = self._rows.get(uuid)
            if row is not None:
                index = self.index(row, column)
                self.dataChanged.emit(index, index, _WARNING_ROLES)

    def set_products(self, products: Sequence[Product]) -> None:
        """Replace the contents: known rows keep their place, new ones are appended, and
        the rows are sorted again if a product came or its sort key changed."""
        if len(products) == len(self._products) and all(
                a is b for a, b in zip(products, self._products, strict=True)):
            return  # the very rows shown (an event changed): ~20,000 rows need no look
        if not self._products:
            # Sorted before they show: sorting them after would have the filter proxy
            # look at every row twice.
            self.show_rows(self.arrange(products))
            return
        new = {p.uuid: p for p in products}
        gone = [row for row, p in enumerate(self._products) if p.uuid not in new]
        if len(gone) > _RESET_ABOVE:
            self.show_rows(self.arrange(products))
            return
        self._remove(gone)
        changed = [new[old.uuid] for old in self._products
                   if new[old.uuid] is not old and new[old.uuid] != old]
        moved = self._replace(changed)
        added = [p for p in products if p.uuid not in self._rows]
        self._append(added)
        if added or moved:
            self._resort()

    def update_products(self, put: Sequence[Product], deleted: Collection[str]) -> None:
        """Take in a few products written (``put``: new or changed) or ``deleted`` (by
        uuid), looking only at their rows: ``set_products`` looks at every row."""
        self._remove(sorted(row for uuid in deleted if (row := self._rows.get(uuid)) is not None))
        moved = self._replace([p for p in put if p.uuid in self._rows
                               and (old := self._products[self._rows[p.uuid]]) is not p
                               and old != p])
        added = [p for p in put if p.uuid not in self._rows]
        self._append(added)
        if added or moved:
            self._resort()

    def _remove(self, rows: list[int]) -> None:
        """Remove the rows ``rows`` (sorted)."""
        for first, last in reversed(_runs(rows)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._products[first:last + 1]
            self.endRemoveRows()
        if rows:
            self._reindex()

    def _replace(self, products: list[Product]) -> bool:
        """Put each of ``products`` in its row; whether one may have to move."""
        moved = False
        for product in products:
            row = self._rows[product.uuid]
            moved = moved or self._moves(self._products[row], product)
            self._products[row] = product
        for product in products:
            row = self._rows[product.uuid]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))
        return moved

    def _append(self, products: list[Product]) -> None:
        if not products:
            return
        start = len(self._products)
        self.beginInsertRows(QModelIndex(), start, start + len(products) - 1)
        self._products.extend(products)
        self._reindex()
        self.endInsertRows()

    def _reindex(self) -> None:
        self._rows = _index(self._products)

    def _changed_columns(self, fields: Iterable[str]) -> None:
        if not self._products:
            return
        for field in fields:
            column = FIELDS.index(field)
            self.dataChanged.emit(self.index(0, column),
                                  self.index(len(self._products) - 1, column))

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._products)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(FIELDS)):
            return texts.column_title(FIELDS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # Without an edit handler (a read-only plan) no cell editor starts.
        return flags if self._on_edit is None else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._products) and 0 <= column < len(FIELDS)):
            return None
        product = self._products[row]
        field = FIELDS[column]
        value = getattr(product, field)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(field, value)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(field, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and (field in MONEY_FIELDS
                                                          or field in COUNT_FIELDS):
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and field == "list_price":
            return BELOW_COST if price_below_cost(product) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(product, field)
        if role == Qt.ItemDataRole.DecorationRole and field == "code":
            return self._icon() if product.uuid in self._warnings else None
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._on_edit is None:
            return False
        product = self._products[index.row()]
        field = FIELDS[index.column()]
        new_value = _from_editor(field, value)
        if new_value == getattr(product, field):
            return False
        return self._on_edit(product, field, new_value)

    # -- cells -------------------------------------------------------------------------
    def _display(self, field: str, value: Any) -> str:
        if field in MONEY_FIELDS:
            return texts.price(value, self._currency)
        if field in COUNT_FIELDS:
            return texts.count(value)
        if field in DATE_FIELDS:
            return texts.day_text(value)
        if field in CHOICE_FIELDS:
            return labels.enum_label(value)
        return str(value)

    @staticmethod
    def _edit_value(field: str, value: Any) -> Any:
        if field in DATE_FIELDS:
            return to_qdate(value)
        if field in CHOICE_FIELDS:
            return str(value.value)
        return value

    def _tooltip(self, product: Product, field: str) -> str | None:
        if field == "code" and product.uuid in self._warnings:
            return "\n".join(f"⚠ {text}" for text in self._warnings.of(product.uuid))
        if field == "list_price" and price_below_cost(product):
            return (self.tr("List price %1 is below the unit cost %2")
                    .replace("%1", texts.price(product.list_price, self._currency))
                    .replace("%2", texts.price(product.unit_cost, self._currency)))
        return None

    def _icon(self) -> QIcon:
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon


def _index(products: list[Product]) -> dict[str, int]:
    """The row of each product's uuid."""
    return {p.uuid: row for row, p in enumerate(products)}


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _sort_key(field: str, value: Any) -> Any:
    if field in DATE_FIELDS:
        return value.toordinal() if value is not None else 0
    if field in CHOICE_FIELDS:
        return list(CHOICE_FIELDS[field]).index(value)
    if isinstance(value, str):
        return value.casefold()
    return value


def _from_editor(field: str, value: Any) -> FieldValue:
    if field in DATE_FIELDS:
        return from_qdate(value) if isinstance(value, QDate) else None
    if field in CHOICE_FIELDS:
        kind: type[StrEnum] = CHOICE_FIELDS[field]
        return kind(str(value))
    if field in MONEY_FIELDS:
        return round(float(value), 2)
    if field in COUNT_FIELDS:
        return int(value)
    return str(value).strip()


class ProductsFilterProxy(QSortFilterProxyModel):
    """Keeps the rows matching every filter set, in the source model's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filters: dict[str, object] = {}
        # Rows are filtered again when a product's fields change (``_on_source_changed``),
        # not at any change of data: a new warning icon on each of 20,000 rows had the
        # proxy ask ``filterAcceptsRow`` about every row, through Python each time.
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        previous = self.sourceModel()
        if previous is not None:
            previous.dataChanged.disconnect(self._on_source_changed)
        super().setSourceModel(model)
        if model is not None:
            model.dataChanged.connect(self._on_source_changed)

    def set_filter(self, field: str, value: object | None) -> None:
        """Keep only products whose ``field`` equals ``value`` (None: any)."""
        if self._filters.get(field) == value:
            return
        self.beginFilterChange()
        if value is None:
            self._filters.pop(field, None)
        else:
            self._filters[field] = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _on_source_changed(self, first: QModelIndex, last: QModelIndex,
                           roles: Sequence[int] = ()) -> None:
        """A product's fields changed (``roles`` empty, or the text shown): it may leave
        or join the rows kept."""
        if self._filters and (not roles or Qt.ItemDataRole.DisplayRole in roles):
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepted(self, products: Iterable[Product]) -> list[Product]:
        """Those of ``products`` matching every filter set."""
        if not self._filters:
            return list(products)
        return [product for product in products if self.accepts(product)]

    def accepts(self, product: Product) -> bool:
        if not self._filters:
            return True
        return all(getattr(product, field) == value for field, value in self._filters.items())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (in Python, once per change); this proxy keeps
        its order and only filters. Its own sort would ask ``lessThan`` ~40,000 times
        for 2,000 rows, through Python each time."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._filters:
            return True  # first: asked about every row of a large plan, through Python
        model = self.sourceModel()
        if not isinstance(model, ProductsTableModel) or source_parent.isValid():
            return True
        return self.accepts(model.product_at(source_row))
