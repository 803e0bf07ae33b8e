"""Suggest a ladder: change dates × the plan's allowed discounts → ``suggest_ladder``.

The exhaustive search runs in the window's thread: at most 6 dates and the bound of
``MAX_CANDIDATES`` (5,000 ladders) keep it near 10 ms (tests/perf/bench_inventory.py),
well under the 50 ms past which it would need a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.clearance.ladder import MAX_CANDIDATES, Suggestion, suggest_ladder
from ecplanner.domain.clearance.projection import Totals
from ecplanner.domain.model import Event, MarkdownStep, Product, StockPlan
from ecplanner.ui.common.dates import from_qdate, to_qdate
from ecplanner.ui.inventory.formats import Formats

MAX_DATES = 6


def change_dates(first: date, every_weeks: int, season_end: date | None) -> list[date]:
    """Every ``every_weeks`` weeks from ``first`` up to the season end, at most 6."""
    if season_end is None:
        return []
    step = timedelta(weeks=every_weeks)
    return [first + k * step for k in range(MAX_DATES) if first + k * step <= season_end]


def default_first(start: date, product: Product, season_end: date | None,
                  every_weeks: int) -> date:
    """Late enough that 6 dates end a week before the season end, never before the start
    of the projection or the product's launch."""
    floor = max(start, product.launch or start)
    if season_end is None:
        return floor
    return max(floor, season_end - timedelta(weeks=every_weeks * (MAX_DATES - 1) + 1))


@dataclass(frozen=True)
class _Context:
    plan: StockPlan
    product: Product
    events: tuple[Event, ...]
    start: date


class SuggestPanel(QWidget):
    """Searches ladders for the selected plan and shows the best beside the current one."""

    ladder_accepted = Signal(object, object)
    """The user accepted a suggestion: the stock plan and the suggested ladder (a tuple)."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._context: _Context | None = None
        self._suggested_for: _Context | None = None
        self.suggestion: Suggestion | None = None
        self.every = QSpinBox(minimum=1, maximum=8, value=2)
        self.every.setSuffix(self.tr(" weeks"))
        self.first = QDateEdit()
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("yyyy-MM-dd")
        self.dates_label = QLabel()
        self.dates_label.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("Suggest a ladder"))
        self.accept_button = QPushButton(self.tr("Accept suggestion"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cells: dict[tuple[int, int], QLabel] = {}
        # Shown once a product is picked: before, its dates would be meaningless.
        self.inputs = QWidget()
        inputs = QHBoxLayout(self.inputs)
        inputs.setContentsMargins(0, 0, 0, 0)
        inputs.addWidget(QLabel(self.tr("Change every")))
        inputs.addWidget(self.every)
        inputs.addWidget(QLabel(self.tr("from")))
        inputs.addWidget(self.first)
        inputs.addStretch(1)
        inputs.addWidget(self.suggest_button)
        grid = QGridLayout()
        heads = (self.tr("Current"), self.tr("Suggested"), self.tr("Difference"))
        for column, head in enumerate(heads, start=1):
            grid.addWidget(_bold(head), 0, column)
        rows = (self.tr("Ladder"), self.tr("Sell-through"), self.tr("Revenue"),
                self.tr("Gross margin"), self.tr("Leftover units"))
        for row, name in enumerate(rows, start=1):
            grid.addWidget(QLabel(name), row, 0)
            for column in range(1, 4):
                cell = QLabel()
                cell.setWordWrap(column < 3 and row == 1)
                self.cells[(row, column)] = cell
                grid.addWidget(cell, row, column)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inputs)
        layout.addWidget(self.dates_label)
        layout.addLayout(grid)
        layout.addLayout(footer)
        layout.addStretch(1)
        self.every.valueChanged.connect(self._on_every_changed)
        self.first.dateChanged.connect(self._show_dates)
        self.suggest_button.clicked.connect(self._on_suggest)
        self.accept_button.clicked.connect(self._on_accept)
        self.set_context(None, None, (), date.today())

    def set_formats(self, formats: Formats) -> None:
        self._formats = formats

    def set_context(self, plan: StockPlan | None, product: Product | None,
                    events: Sequence[Event], start: date) -> None:
        """The selected plan, the events that move it, and the projection's start."""
        old = self._context
        self._context = (_Context(plan, product, tuple(events), start)
                         if plan is not None and product is not None else None)
        enabled = self._context is not None
        for widget in (self.every, self.first, self.suggest_button):
            widget.setEnabled(enabled)
        self.inputs.setVisible(enabled)
        if self._context != self._suggested_for:
            self._clear_result()
        if self._context is not None and (old is None or old.plan.uuid != self._context.plan.uuid):
            self._reset_first()
        self._show_dates()

    def _reset_first(self) -> None:
        context = self._context
        assert context is not None
        first = default_first(context.start, context.product, context.plan.season_end,
                              self.every.value())
        self.first.blockSignals(True)
        self.first.setMinimumDate(to_qdate(context.start))
        self.first.setDate(to_qdate(first))
        self.first.blockSignals(False)

    def dates(self) -> list[date]:
        if self._context is None:
            return []
        first = max(from_qdate(self.first.date()), self._context.start)
        return change_dates(first, self.every.value(), self._context.plan.season_end)

    def _on_every_changed(self) -> None:
        if self._context is not None:
            self._reset_first()
        self._show_dates()

    def _show_dates(self) -> None:
        if self._context is None:
            self.dates_label.setText(self.tr("Select a product to search its markdown ladders"))
            return
        f = self._formats
        dates = ", ".join(f.short_day(day) for day in self.dates())
        discounts = ", ".join(f.percent(d, 0) for d in self._context.plan.allowed_discounts)
        self.dates_label.setText(
            self.tr("Change dates (at most %1): %2\nDiscounts: %3").replace("%1", str(MAX_DATES))
            .replace("%2", dates or self.tr("none before the season end"))
            .replace("%3", discounts or self.tr("none")))

    def _clear_result(self) -> None:
        self.suggestion = None
        self._suggested_for = None
        for cell in self.cells.values():
            cell.clear()
        self.status.clear()
        self.accept_button.setEnabled(False)

    def _on_suggest(self) -> None:
        context = self._context
        if context is None:
            return
        self._clear_result()
        try:
            suggestion = suggest_ladder(context.plan, context.product, context.events,
                                        context.start, self.dates(),
                                        context.plan.allowed_discounts)
        except ValueError:  # the dates and discounts make more ladders than the bound
            self.status.setText(self.tr("More than %1 ladders to compare: allow fewer "
                                        "discounts or fewer dates.")
                                .replace("%1", self._formats.units(MAX_CANDIDATES)))
            return
        if suggestion is None:
            self.status.setText(self.tr("Nothing to choose: the season has no week left, there "
                                        "is no change date, or no allowed discount is deeper "
                                        "than the one in effect."))
            return
        self.suggestion, self._suggested_for = suggestion, context
        self._show_result(suggestion, context.plan.target_sell_through)

    def _show_result(self, suggestion: Suggestion, target: float) -> None:
        f = self._formats
        current, best = suggestion.current.totals, suggestion.projection.totals
        values = (
            (self._ladder_text(self._context_ladder()), self._ladder_text(suggestion.ladder), ""),
            (f.percent(current.sell_through), f.percent(best.sell_through),
             self._points(current, best)),
            (f.money(current.revenue), f.money(best.revenue),
             f.signed_money(suggestion.revenue_delta)),
            (f.money(current.gross_margin), f.money(best.gross_margin),
             f.signed_money(suggestion.margin_delta)),
            (f.units(current.leftover_units), f.units(best.leftover_units),
             f.signed_units(suggestion.leftover_delta)),
        )
        for row, texts in enumerate(values, start=1):
            for column, text in enumerate(texts, start=1):
                self.cells[(row, column)].setText(text)
        if suggestion.reaches_target:
            self.status.setText(self.tr("The most profitable of %1 ladders that reaches the %2 "
                                        "target.").replace("%1", str(suggestion.candidates))
                                .replace("%2", f.percent(target, 0)))
            self.status.setStyleSheet("")
        else:
            self.status.setText(self.tr("No ladder reaches the %1 target with these dates and "
                                        "discounts; this one sells the most (%2).")
                                .replace("%1", f.percent(target, 0))
                                .replace("%2", f.percent(best.sell_through)))
            self.status.setStyleSheet("color: #A61B1B;")
        self.accept_button.setEnabled(suggestion.ladder != self._context_ladder())

    def _context_ladder(self) -> tuple[MarkdownStep, ...]:
        return self._context.plan.ladder if self._context else ()

    def _ladder_text(self, ladder: Sequence[MarkdownStep]) -> str:
        if not ladder:
            return self.tr("no markdown")
        steps = sorted(ladder, key=lambda step: step.start)
        f = self._formats
        return " → ".join(f"{f.short_day(s.start)} {f.percent(s.discount, 0)}" for s in steps)

    def _points(self, current: Totals, best: Totals) -> str:
        a, b = current.sell_through, best.sell_through
        if a is None or b is None:
            return ""
        points = (b - a) * 100
        sign = "+" if points > 0.05 else ""
        return self.tr("%1 pts").replace("%1", sign + self._formats.number(points))

    def _on_accept(self) -> None:
        if self.suggestion is not None and self._context is not None:
            self.ladder_accepted.emit(self._context.plan, self.suggestion.ladder)


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label
