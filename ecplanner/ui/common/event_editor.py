"""The event editor: every field of an event, refused with a message when invalid."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.budget.uplift import counts_platform
from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.validation import validate_event
from ecplanner.ui.common import labels
from ecplanner.ui.common.dates import from_qdate, to_qdate
from ecplanner.ui.common.messages import problems_text


class EventEditor(QDialog):
    """Edits a copy of ``event``; ``result_event()`` is the validated new value."""

    def __init__(self, event: Event, parent: QWidget | None = None,
                 store_platforms: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event"))
        self._event = event
        self._store_platforms = tuple(store_platforms)
        self._result: Event | None = None
        self._color = event.color
        form = QFormLayout()
        self.title = QLineEdit(event.title)
        form.addRow(self.tr("Title"), self.title)
        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem(labels.event_kind(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(event.kind))
        form.addRow(self.tr("Kind"), self.kind)
        self.platform = QComboBox()
        for code in labels.PLATFORMS:
            self.platform.addItem(labels.platform(code), code)
        index = self.platform.findData(event.platform or "store")
        self.platform.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Platform"), self.platform)
        self.start = self._date_edit(event.start)
        self.end = self._date_edit(event.end)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        deadline_row = QHBoxLayout()
        self.has_deadline = QCheckBox()
        self.deadline = self._date_edit(event.registration_deadline or event.start)
        self.has_deadline.setChecked(event.registration_deadline is not None)
        self.deadline.setEnabled(self.has_deadline.isChecked())
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        form.addRow(self.tr("Registration deadline"), deadline_row)
        self.uplift = QDoubleSpinBox(minimum=0.1, maximum=50.0, singleStep=0.1, decimals=2)
        self.uplift.setValue(event.uplift)
        self.uplift.setSuffix(" ×")
        form.addRow(self.tr("Traffic uplift"), self.uplift)
        self.uplift_note = QLabel()
        self.uplift_note.setWordWrap(True)
        self.uplift_note.setStyleSheet("color: #8A5A00;")
        form.addRow("", self.uplift_note)
        self.count_anyway = QCheckBox(self.tr("Count its uplift in the budget anyway"))
        self.count_anyway.setChecked(event.count_uplift_anyway)
        form.addRow("", self.count_anyway)
        self.add_platform = QCheckBox()
        form.addRow("", self.add_platform)
        self.platform.currentIndexChanged.connect(self._show_uplift_note)
        self.add_platform.toggled.connect(self._show_uplift_note)
        self._show_uplift_note()
        self.discount = QDoubleSpinBox(minimum=0.0, maximum=99.0, singleStep=5.0, decimals=1)
        self.discount.setValue(event.discount * 100)
        self.discount.setSuffix(" %")
        form.addRow(self.tr("Discount depth"), self.discount)
        self.color_button = QPushButton()
        self.color_button.clicked.connect(self._on_pick_color)
        self._show_color()
        form.addRow(self.tr("Colour"), self.color_button)
        self.owner = QLineEdit(event.owner)
        form.addRow(self.tr("Owner"), self.owner)
        self.notes = QPlainTextEdit(event.notes)
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _platform_code(self) -> str:
        platform = str(self.platform.currentData())
        return "" if platform == "store" else platform

    def _sold_on(self) -> bool:
        return counts_platform(self._platform_code(), self._store_platforms)

    def _show_uplift_note(self) -> None:
        """On a platform the store does not sell on (``counts_platform``), the budget leaves
        the uplift out unless the user counts it anyway or adds the platform to the store."""
        sold_on = self._sold_on()
        name = self.platform.currentText()
        adding = self.add_platform.isChecked()
        self.uplift_note.setText(self.tr(
            "This store does not sell on %1: the budget leaves its uplift out.").replace(
                "%1", name))
        self.add_platform.setText(self.tr("Add %1 to the store's platforms").replace("%1", name))
        self.uplift_note.setVisible(not sold_on and not adding)
        self.count_anyway.setVisible(not sold_on and not adding)
        self.add_platform.setVisible(not sold_on)

    def platform_to_add(self) -> str | None:
        """The platform the user chose to add to the store's, with this edit."""
        if self._sold_on() or not self.add_platform.isChecked():
            return None
        return self._platform_code()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _show_color(self) -> None:
        self.color_button.setText(self._color)
        self.color_button.setStyleSheet(f"background: {self._color};")

    def _on_pick_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, self.tr("Event colour"))
        if chosen.isValid():
            self._color = chosen.name().upper()
            self._show_color()

    def edited_event(self) -> Event:
        """The event as the form now describes it (not yet validated)."""
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        shift = start - self._event.start
        platform = self.platform.currentData()
        return self._event.revised(
            title=self.title.text().strip(),
            kind=EventKind(self.kind.currentData()),
            platform="" if platform == "store" else platform,
            start=start,
            end=end,
            # Phases move with the start; they are re-fitted by the calendar's own edits.
            phases=tuple(replace(p, start=p.start + shift, end=p.end + shift)
                         for p in self._event.phases),
            registration_deadline=(from_qdate(self.deadline.date())
                                   if self.has_deadline.isChecked() else None),
            uplift=round(self.uplift.value(), 2),
            count_uplift_anyway=(not self._sold_on() and not self.add_platform.isChecked()
                                 and self.count_anyway.isChecked()),
            discount=round(self.discount.value() / 100, 4),
            color=self._color,
            owner=self.owner.text().strip(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        candidate = self.edited_event()
        problems = validate_event(candidate)
        if problems:
            self.error.setText(problems_text(problems))
            return
        self._result = candidate
        super().accept()

    def result_event(self) -> Event | None:
        return self._result
