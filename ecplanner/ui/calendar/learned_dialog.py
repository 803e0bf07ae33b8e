"""Plan → Uplifts from Last Year…: each catalog event's uplift as the store had it last year.

Lists the catalog entries whose occurrences of last year could be measured on the plan's
imported actuals (``domain.review.learned_uplifts``): the catalog's default, the uplift
learned, how many occurrences and selling days it came from, and how many of this plan's
events come from the entry. The ticked entries' learned uplifts go to those events in one
undo step.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
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

from ecplanner.domain.model import Event
from ecplanner.domain.review.learned_uplifts import LearnedUplift

ENTRY, DEFAULT, LEARNED, FROM, IN_PLAN = range(5)


class LearnedUpliftsDialog(QDialog):
    """``learned`` beside this plan's ``events``; ``events_to_change()`` is the answer."""

    def __init__(self, learned: Sequence[LearnedUplift], events: Sequence[Event], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uplifts from Last Year"))
        self._learned = list(learned)
        self._events = list(events)
        explain = QLabel(self.tr(
            "Each event's uplift measured on last year's imported days: its selling days' "
            "GMV against ordinary days (the same weekday in the four weeks before). Ticked "
            "rows give their uplift to this plan's events from the same catalog entry."))
        explain.setWordWrap(True)
        self.table = QTableWidget(len(self._learned), 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Event"), self.tr("Catalog"), self.tr("Last year"), self.tr("Measured on"),
            self.tr("In this plan")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, item in enumerate(self._learned):
            in_plan = self._of_entry(item)
            name = QTableWidgetItem(item.template.names.get(lang))
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if in_plan else Qt.CheckState.Unchecked)
            self.table.setItem(row, ENTRY, name)
            self._number(row, DEFAULT, f"×{item.template.uplift:.2f}")
            self._number(row, LEARNED, f"×{item.uplift:.2f}")
            self._number(row, FROM, self.tr("%1 events, %2 days")
                         .replace("%1", str(item.events)).replace("%2", str(item.days)))
            self._number(row, IN_PLAN, str(len(in_plan)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ENTRY, QHeaderView.ResizeMode.Stretch)
        for column in (DEFAULT, LEARNED, FROM, IN_PLAN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use Ticked"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def _number(self, row: int, column: int, text: str) -> None:
        cell = QTableWidgetItem(text)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, cell)

    def _of_entry(self, item: LearnedUplift) -> list[Event]:
        return [e for e in self._events if e.template_key == item.template.key]

    def events_to_change(self) -> list[Event]:
        """This plan's events of the ticked entries, with the learned uplift (to 2 places);
        those that have it already are left out."""
        changed = []
        for row, item in enumerate(self._learned):
            cell = self.table.item(row, ENTRY)
            if cell is None or cell.checkState() != Qt.CheckState.Checked:
                continue
            uplift = round(item.uplift, 2)
            changed += [e.revised(uplift=uplift) for e in self._of_entry(item)
                        if e.uplift != uplift]
        return changed
