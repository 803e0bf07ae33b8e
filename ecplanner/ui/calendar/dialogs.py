"""The calendar's event editor: the common editor plus phases (with times) and featured
products. Changing the start date moves the phases with it; a phase outside the event's
dates is refused with a message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.model import Event, Phase, PhaseKind, Product
from ecplanner.domain.review.event_review import EventReview
from ecplanner.ui.calendar.event_review_box import EventReviewBox
from ecplanner.ui.common import labels
from ecplanner.ui.common.dates import from_qdate
from ecplanner.ui.common.event_editor import EventEditor

NAME, KIND, START, END = range(4)


def _to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


def _from_qdatetime(moment: QDateTime) -> datetime:
    d, t = moment.date(), moment.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class PhasesTable(QTableWidget):
    """Editable rows of phases: name, kind, start and end (date and time)."""

    def __init__(self, phases: Sequence[Phase], parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Starts"),
                                        self.tr("Ends")])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, START, END):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for phase in phases:
            self.add_phase(phase)

    def add_phase(self, phase: Phase) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, NAME, QTableWidgetItem(phase.name))
        kind = QComboBox()
        for value in PhaseKind:
            kind.addItem(labels.phase_kind(value), value)
        kind.setCurrentIndex(kind.findData(phase.kind))
        self.setCellWidget(row, KIND, kind)
        for column, moment in ((START, phase.start), (END, phase.end)):
            edit = QDateTimeEdit(_to_qdatetime(moment))
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
            self.setCellWidget(row, column, edit)

    def _edit(self, row: int, column: int) -> QDateTimeEdit:
        widget = self.cellWidget(row, column)
        assert isinstance(widget, QDateTimeEdit)
        return widget

    def phases(self) -> tuple[Phase, ...]:
        found = []
        for row in range(self.rowCount()):
            item = self.item(row, NAME)
            kind = self.cellWidget(row, KIND)
            assert isinstance(kind, QComboBox)
            found.append(Phase(PhaseKind(kind.currentData()),
                               item.text().strip() if item else "",
                               _from_qdatetime(self._edit(row, START).dateTime()),
                               _from_qdatetime(self._edit(row, END).dateTime())))
        return tuple(found)

    def shift(self, days: int) -> None:
        for row in range(self.rowCount()):
            for column in (START, END):
                edit = self._edit(row, column)
                edit.setDateTime(edit.dateTime().addDays(days))


class CalendarEventEditor(EventEditor):
    """Edits every field of an event; ``result_event()`` is the validated new value."""

    def __init__(self, event: Event, products: Sequence[Product],
                 parent: QWidget | None = None, store_platforms: Sequence[str] = (),
                 review: EventReview | None = None, same_entry: Sequence[Event] = ()
                 ) -> None:
        super().__init__(event, parent, store_platforms)
        self._same_entry = tuple(e for e in same_entry if e.uuid != event.uuid)
        self._start_shown = event.start
        self.phases = PhasesTable(event.phases)
        self.add_phase = QPushButton(self.tr("Add phase"))
        self.remove_phase = QPushButton(self.tr("Remove phase"))
        self.add_phase.clicked.connect(self._on_add_phase)
        self.remove_phase.clicked.connect(self._on_remove_phase)
        phase_buttons = QHBoxLayout()
        phase_buttons.addWidget(self.add_phase)
        phase_buttons.addWidget(self.remove_phase)
        phase_buttons.addStretch(1)
        phase_box = QGroupBox(self.tr("Phases"))
        phase_layout = QVBoxLayout(phase_box)
        phase_layout.addWidget(self.phases)
        phase_layout.addLayout(phase_buttons)
        self.products = QListWidget()
        for product in sorted(products, key=lambda p: p.code):
            item = QListWidgetItem(f"{product.code}  {product.name}")
            item.setData(Qt.ItemDataRole.UserRole, product.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if product.uuid in event.featured_products
                               else Qt.CheckState.Unchecked)
            self.products.addItem(item)
        product_box = QGroupBox(self.tr("Featured products"))
        QVBoxLayout(product_box).addWidget(self.products)
        extra = QHBoxLayout()
        extra.addWidget(phase_box, 3)
        extra.addWidget(product_box, 2)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, extra, 1)
        self.review: EventReviewBox | None = None
        if review is not None:
            self.review = EventReviewBox(review, self.uplift, len(self._same_entry))
            layout.insertWidget(1, self.review)
        self.start.dateChanged.connect(self._on_start_changed)
        self.resize(900, 640)

    def _on_start_changed(self, day: QDate) -> None:
        new_start = from_qdate(day)
        self.phases.shift((new_start - self._start_shown).days)
        self._start_shown = new_start

    def _on_add_phase(self) -> None:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        self.phases.add_phase(Phase(PhaseKind.MAIN, self.tr("Main sale"),
                                    datetime.combine(start, datetime.min.time()),
                                    datetime.combine(end, datetime.min.time())
                                    + timedelta(hours=23, minutes=59)))

    def _on_remove_phase(self) -> None:
        rows = sorted({i.row() for i in self.phases.selectedIndexes()}, reverse=True)
        for row in rows or [self.phases.rowCount() - 1]:
            if row >= 0:
                self.phases.removeRow(row)

    def featured(self) -> tuple[str, ...]:
        items = (self.products.item(i) for i in range(self.products.count()))
        return tuple(str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                     if i.checkState() == Qt.CheckState.Checked)

    def edited_event(self) -> Event:
        return replace(super().edited_event(), phases=self.phases.phases(),
                       featured_products=self.featured())

    def carried_to(self) -> tuple[Event, ...]:
        """The plan's other events from the same catalog entry that take the edited uplift
        with this edit (none unless the user asked)."""
        if self.review is None or not self.review.carries_to_others():
            return ()
        uplift = round(self.uplift.value(), 2)
        return tuple(e.revised(uplift=uplift) for e in self._same_entry if e.uplift != uplift)

    def phase_problems(self, start: date, end: date) -> list[str]:
        problems = []
        for phase in self.phases.phases():
            if not phase.name:
                problems.append(self.tr("Every phase needs a name"))
            elif phase.start.date() < start or phase.end.date() > end:
                problems.append(self.tr("Phase “%1” lies outside the event's dates")
                                .replace("%1", phase.name))
        return problems

    def accept(self) -> None:
        problems = self.phase_problems(from_qdate(self.start.date()),
                                       from_qdate(self.end.date()))
        if problems:
            self.error.setText("\n".join(problems))
            return
        super().accept()
