"""Cell editors for the products table: a list for a choice, a calendar for a date,
spin boxes for numbers, a line for text.

Number editors accept negative input on purpose: the document refuses it with a message
naming the cell, which says more than a spin box that silently stops at zero.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ecplanner.domain.products.fields import (
    CHOICE_FIELDS,
    COUNT_FIELDS,
    DATE_FIELDS,
    FIELDS,
    MONEY_FIELDS,
)
from ecplanner.ui.common import labels

_Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)
"""The date editor's lowest date, shown as "—": choosing it clears the date."""
_LIMIT = 1e9


class ClearableDateEdit(QDateEdit):
    """A date editor whose lowest date ``NO_DATE`` shows as "—" (no date; Delete clears).

    While it shows no date, its calendar opens at ``hint`` and the up arrow starts there,
    not in the year 2000.
    """

    def __init__(self, hint: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = hint
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setToolTip(self.tr("Delete clears the date"))
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The popup selects the editor's date (the year 2000 while empty) before it shows.
        calendar = self.calendarWidget()
        if (watched is calendar and event.type() == QEvent.Type.Show
                and self.date() == NO_DATE):
            calendar.setCurrentPage(self.hint.year(), self.hint.month())
        return super().eventFilter(watched, event)

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE and steps > 0:
            self.setDate(self.hint)
        else:
            super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.setDate(NO_DATE)
            event.accept()
            return
        super().keyPressEvent(event)


class ProductDelegate(QStyledItemDelegate):
    """Picks the editor by the column's field (``FIELDS``); an empty date's editor opens
    at the row's launch or, without one, January 1 of ``plan_year``."""

    def __init__(self, parent: QObject | None = None, plan_year: int | None = None) -> None:
        super().__init__(parent)
        self.plan_year = plan_year or QDate.currentDate().year()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        field = FIELDS[index.column()]
        if field in CHOICE_FIELDS:
            combo = QComboBox(parent)
            for member in CHOICE_FIELDS[field]:
                combo.addItem(labels.enum_label(member), member.value)
            return combo
        if field in DATE_FIELDS:
            launch = index.model().index(index.row(), FIELDS.index("launch")).data(
                Qt.ItemDataRole.EditRole)
            hint = (launch if isinstance(launch, QDate) and launch.isValid()
                    else QDate(self.plan_year, 1, 1))
            return ClearableDateEdit(hint, parent)
        if field in MONEY_FIELDS:
            money = QDoubleSpinBox(parent)
            money.setDecimals(2)
            money.setRange(-_LIMIT, _LIMIT)
            money.setGroupSeparatorShown(True)
            return money
        if field in COUNT_FIELDS:
            number = QSpinBox(parent)
            number.setRange(-1_000_000, 10_000_000)
            return number
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) and value.isValid() else NO_DATE)
        elif isinstance(editor, QDoubleSpinBox | QSpinBox):
            editor.setValue(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QDateEdit):
            day = editor.date()
            model.setData(index, QDate() if day == NO_DATE else day, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QDoubleSpinBox | QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
