"""Budget ▸ Seasonality from Last Year…: the months' new weights beside the plan's and last
year's plain shares, each with why it moved ("Jan −4.1 pts: Spring Festival moves 11 days
earlier"). The weights come from ``domain.review.season_weights``; accepting the dialog
puts them in one undo step (``BudgetTab``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.review.season_weights import MonthChange, SeasonalWeights
from ecplanner.ui.budget.texts import month_name

MONTH, NOW, LAST_YEAR, NEW, CHANGE, WHY = range(6)
_SMALL = 0.0005  # below 0.05 percentage points a month has not moved
_WEEKDAYS = 0.005  # a weekday mix half a percent heavier or lighter is worth a word


def _tr(text: str) -> str:
    return QCoreApplication.translate("SeasonalWeightsDialog", text)


def points(change: float, locale: QLocale | None = None) -> str:
    """A change of share in percentage points, signed: "−4.1 pts", "+0.3 pts"."""
    figure = (locale or QLocale()).toString(abs(change) * 100, "f", 1)
    sign = "−" if change < 0 else "+"
    return _tr("%1 pts").replace("%1", sign + figure)


def reason(month: MonthChange) -> str:
    """Why ``month`` moved against last year's share, in words; "" when it did not."""
    parts = []
    days = abs(month.spring_shift)
    if month.spring_shift < 0:
        parts.append(_tr("Spring Festival moves a day earlier") if days == 1 else
                     _tr("Spring Festival moves %1 days earlier").replace("%1", str(days)))
    elif month.spring_shift > 0:
        parts.append(_tr("Spring Festival moves a day later") if days == 1 else
                     _tr("Spring Festival moves %1 days later").replace("%1", str(days)))
    if month.events:
        parts.append(_tr("events' days or uplift differ: %1").replace(
            "%1", _tr(", ").join(month.events)))
    # Named only when it goes the month's way: a month whose days weigh more can still
    # lose share to months that gained more.
    if abs(month.weekday_mix) >= _WEEKDAYS and month.weekday_mix * month.change > 0:
        parts.append(_tr("its days of the week weigh more") if month.weekday_mix > 0 else
                     _tr("its days of the week weigh less"))
    if not parts and abs(month.change) >= _SMALL:
        parts.append(_tr("the other months moved"))
    return _tr("; ").join(parts)


class SeasonalWeightsDialog(QDialog):
    """``found``'s weights beside the plan's ``now``; accepting asks for ``weights()``."""

    def __init__(self, now: Sequence[float], found: SeasonalWeights, year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Seasonality from Last Year"))
        self._found = found
        last = str(year - 1)
        explain = QLabel(self.tr(
            "Each month's weight from %1's daily GMV, with %1's events (at the uplift they "
            "really had) and Spring Festival taken out, and %2's put back at their dates. "
            "The change is against %1's plain share of the year.")
            .replace("%1", last).replace("%2", str(year)))
        explain.setWordWrap(True)
        self.table = QTableWidget(12, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Month"), self.tr("Now"), self.tr("%1 share").replace("%1", last),
            self.tr("New"), self.tr("Change"), self.tr("Why")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        locale = QLocale()
        for row, month in enumerate(found.months):
            self._cell(row, MONTH, month_name(month.month, locale), number=False)
            self._cell(row, NOW, _share(now[row], locale))
            self._cell(row, LAST_YEAR, _share(month.last_year, locale))
            self._cell(row, NEW, _share(month.weight, locale))
            self._cell(row, CHANGE, points(month.change, locale))
            self._cell(row, WHY, reason(month), number=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Use These Weights"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _cell(self, row: int, column: int, text: str, number: bool = True) -> None:
        item = QTableWidgetItem(text)
        if number:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

    def weights(self) -> tuple[float, ...]:
        return self._found.weights


def _share(value: float, locale: QLocale) -> str:
    return locale.toString(value * 100, "f", 1) + "%"
