"""Editors for typed-in values: wide ranges on purpose, so that a wrong value reaches the
domain's validation and is refused with a message, rather than silently clamped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex
_LIMIT = 999_999_999


class NumberDelegate(QStyledItemDelegate):
    """A spin box for a number column: ``decimals`` 0 edits whole numbers."""

    def __init__(self, decimals: int, suffix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._decimals = decimals
        self._suffix = suffix

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor: QSpinBox | QDoubleSpinBox
        if self._decimals == 0:
            editor = QSpinBox(parent)
            editor.setRange(-_LIMIT, _LIMIT)
        else:
            editor = QDoubleSpinBox(parent)
            editor.setDecimals(self._decimals)
            editor.setRange(-_LIMIT, _LIMIT)
        editor.setSuffix(self._suffix)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date editor with a calendar pop-up, in ISO order."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QDateEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setDate(value if isinstance(value, QDate) and value.isValid()
                           else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
