"""The list of the calendar's warnings; picking one selects its event.

Rows hold the findings; their words are made only for the rows the list shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from ecplanner.domain.findings import Finding
from ecplanner.ui.calendar.style import short_date

_Index = QModelIndex | QPersistentModelIndex
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
Describe = Callable[[Finding], str]
Title = Callable[[str], str]


class WarningsModel(QAbstractListModel):
    """One row per finding: the day, the event's title and what is wrong."""

    def __init__(self, describe: Describe, title: Title) -> None:
        super().__init__()
        self._rows: list[Finding] = []
        self._describe = describe
        self._title = title

    def reset_rows(self, rows: list[Finding]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def finding_at(self, row: int) -> Finding:
        return self._rows[row]

    def text_at(self, row: int) -> str:
        return self._describe(self._rows[row])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        finding = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            day = f"{short_date(finding.day)}  " if finding.day else ""
            return f"{day}{self._title(finding.subject)}\n{self._describe(finding)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._describe(finding)
        if role == SUBJECT_ROLE:
            return finding.subject
        return None


class WarningsPanel(QWidget):
    event_picked = Signal(str)
    """The user picked a warning; the argument is its event's uuid."""

    def __init__(self, describe: Describe, title: Title, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = WarningsModel(describe, title)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._on_clicked)
        self.empty = QLabel(self.tr("No warnings for the events shown."))
        self.empty.setStyleSheet("color: #5f6672;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)

    def set_rows(self, rows: list[Finding]) -> None:
        self.model.reset_rows(rows)
        self.empty.setVisible(not rows)

    def _on_clicked(self, index: QModelIndex) -> None:
        subject = index.data(SUBJECT_ROLE)
        if subject:
            self.event_picked.emit(str(subject))
