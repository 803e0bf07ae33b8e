"""The selected product's markdown ladder, arrivals and allowed discounts.

Every change is announced as the whole stock plan as it would be (``plan_edited``); the tab
stores it with one ``document.apply``. Nothing here is kept beyond what was last shown.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.model import Arrival, MarkdownStep, Product, StockPlan
from ecplanner.ui.inventory.delegates import DateDelegate, NumberDelegate
from ecplanner.ui.inventory.formats import Formats
from ecplanner.ui.inventory.ladder_model import DatedValue, DatedValuesModel, ValueKind

_FIRST_GAP = timedelta(weeks=2)


class LadderEditor(QWidget):
    """Edits the ladder, arrivals and allowed discounts of one stock plan."""

    plan_edited = Signal(object, str)
    """The user changed the plan: the stock plan as it would be, and the field's name."""
    refused = Signal(str)
    """Typed text could not be read; the argument says what and where."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._plan: StockPlan | None = None
        self._product: Product | None = None
        self._start = date.today()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.steps = DatedValuesModel(ValueKind.DISCOUNT, formats)
        self.arrivals = DatedValuesModel(ValueKind.UNITS, formats)
        self.steps_view = self._table(self.steps, NumberDelegate(1, " %", self))
        self.arrivals_view = self._table(self.arrivals, NumberDelegate(0, parent=self))
        self.add_step = QPushButton(self.tr("Add step"))
        self.remove_step = QPushButton(self.tr("Remove step"))
        self.add_arrival = QPushButton(self.tr("Add arrival"))
        self.remove_arrival = QPushButton(self.tr("Remove arrival"))
        self.discounts = QLineEdit()
        self.discounts.setPlaceholderText(self.tr("e.g. 10, 20, 30, 50"))
        self.discounts.setToolTip(self.tr("Discounts (in %) the ladder may use; the "
                                          "suggestion picks from these"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Markdown steps")), 0, 0)
        grid.addWidget(QLabel(self.tr("Stock on order")), 0, 1)
        grid.addWidget(self.steps_view, 1, 0)
        grid.addWidget(self.arrivals_view, 1, 1)
        grid.addLayout(_row(self.add_step, self.remove_step), 2, 0)
        grid.addLayout(_row(self.add_arrival, self.remove_arrival), 2, 1)
        allowed = QHBoxLayout()
        allowed.addWidget(QLabel(self.tr("Allowed discounts (%)")))
        allowed.addWidget(self.discounts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)
        layout.addLayout(allowed)
        self.steps.rows_edited.connect(self._on_steps_edited)
        self.arrivals.rows_edited.connect(self._on_arrivals_edited)
        self.add_step.clicked.connect(self._on_add_step)
        self.remove_step.clicked.connect(self._on_remove_step)
        self.add_arrival.clicked.connect(self._on_add_arrival)
        self.remove_arrival.clicked.connect(self._on_remove_arrival)
        self.discounts.editingFinished.connect(self._on_discounts_edited)
        self.set_plan(None, None, self._start)

    def _table(self, model: DatedValuesModel, delegate: NumberDelegate) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setItemDelegateForColumn(0, DateDelegate(view))
        view.setItemDelegateForColumn(1, delegate)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return view

    def set_formats(self, formats: Formats) -> None:
        self._formats = formats
        self.steps.set_formats(formats)
        self.arrivals.set_formats(formats)

    def set_plan(self, plan: StockPlan | None, product: Product | None, start: date) -> None:
        """Show ``plan`` (None: nothing selected); ``start`` is the projection's first day."""
        self._plan, self._product, self._start = plan, product, start
        has = plan is not None
        for widget in (self.steps_view, self.arrivals_view, self.add_step, self.remove_step,
                       self.add_arrival, self.remove_arrival, self.discounts):
            widget.setEnabled(has)
        if plan is None or product is None:
            self.title.setText(self.tr("Select a product to edit its markdown ladder"))
            self.steps.set_rows([])
            self.arrivals.set_rows([])
            self.discounts.clear()
            return
        self.title.setText(self.tr("Markdown ladder of %1 %2").replace("%1", product.code)
                           .replace("%2", product.name))
        self.steps.set_rows([(step.start, step.discount) for step in plan.ladder])
        self.arrivals.set_rows([(a.day, float(a.units)) for a in plan.arrivals])
        if not self.discounts.hasFocus():
            self.discounts.setText(self._discounts_text(plan.allowed_discounts))

    def _discounts_text(self, discounts: tuple[float, ...]) -> str:
        return ", ".join(self._formats.number(d * 100, 0) for d in discounts)

    def _emit(self, plan: StockPlan, field: str) -> None:
        if plan != self._plan:
            self.plan_edited.emit(plan, field)

    def _on_steps_edited(self, rows: list[DatedValue]) -> None:
        if self._plan is not None:
            ladder = tuple(MarkdownStep(day, value) for day, value in sorted(rows))
            self._emit(replace(self._plan, ladder=ladder), "ladder")

    def _on_arrivals_edited(self, rows: list[DatedValue]) -> None:
        if self._plan is not None:
            arrivals = tuple(Arrival(day, int(units)) for day, units in sorted(rows))
            self._emit(replace(self._plan, arrivals=arrivals), "arrivals")

    def _on_add_step(self) -> None:
        if self._plan is None:
            return
        ladder = self._plan.ladder
        last = max(ladder, key=lambda step: step.start, default=None)
        day = max(last.start + _FIRST_GAP, self._start) if last else self._start + _FIRST_GAP
        current = last.discount if last else 0.0
        deeper = [d for d in sorted(self._plan.allowed_discounts) if d > current + 1e-9]
        discount = deeper[0] if deeper else min(round(current + 0.1, 2), 0.9)
        steps = (*ladder, MarkdownStep(day, discount))
        self._on_steps_edited([(s.start, s.discount) for s in steps])

    def _on_remove_step(self) -> None:
        row = self._selected_row(self.steps_view)
        if row >= 0:
            rows = self.steps.rows()
            del rows[row]
            self._on_steps_edited(rows)

    def _on_add_arrival(self) -> None:
        if self._plan is None or self._product is None:
            return
        units = self._product.first_order_qty or 100
        rows = [*self.arrivals.rows(), (self._start + _FIRST_GAP, float(units))]
        self._on_arrivals_edited(rows)

    def _on_remove_arrival(self) -> None:
        row = self._selected_row(self.arrivals_view)
        if row >= 0:
            rows = self.arrivals.rows()
            del rows[row]
            self._on_arrivals_edited(rows)

    @staticmethod
    def _selected_row(view: QTableView) -> int:
        rows = view.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = view.currentIndex()
        return current.row() if current.isValid() else -1

    def _on_discounts_edited(self) -> None:
        if self._plan is None:
            return
        parts = [part for part in re.split(r"[\s,，、;；%]+", self.discounts.text()) if part]
        values: list[float] = []
        for part in parts:
            number, ok = self._formats.locale.toDouble(part)
            if not ok:
                number, ok = (float(part), True) if _is_float(part) else (0.0, False)
            if not ok or not 0 < number < 100:
                self.refused.emit(self.tr("Allowed discounts: “%1” is not a percentage above 0 "
                                          "and below 100").replace("%1", part))
                self.discounts.setText(self._discounts_text(self._plan.allowed_discounts))
                return
            values.append(round(number / 100, 6))
        allowed = tuple(sorted(set(values)))
        self.discounts.setText(self._discounts_text(allowed))
        self._emit(replace(self._plan, allowed_discounts=allowed), "allowed_discounts")


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
