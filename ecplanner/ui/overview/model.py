"""The Overview's table of events: a thin Qt adapter over the store's events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ecplanner.domain.model import Event
from ecplanner.ui.common import labels

_Index = QModelIndex | QPersistentModelIndex


class EventsTableModel(QAbstractTableModel):
    """Rows are events in date order; ``reset_events`` replaces them after a change."""

    COLUMNS = ("title", "kind", "platform", "start", "end", "phases", "deadline")

    def __init__(self, events: list[Event] | None = None) -> None:
        super().__init__()
        self._events: list[Event] = list(events or [])

    def reset_events(self, events: list[Event]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, uuid: str) -> int:
        return next((i for i, e in enumerate(self._events) if e.uuid == uuid), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Event"), self.tr("Kind"), self.tr("Platform"), self.tr("Start"),
                self.tr("End"), self.tr("Phases"), self.tr("Register by"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "title":
            return QColor(event.color)
        if role == Qt.ItemDataRole.ToolTipRole and column == "phases":
            return "\n".join(f"{p.name}: {p.start:%m-%d %H:%M} – {p.end:%m-%d %H:%M}"
                             for p in event.phases) or None
        return None

    def _display(self, event: Event, column: str) -> str:
        if column == "title":
            return event.title
        if column == "kind":
            return labels.event_kind(event.kind)
        if column == "platform":
            return labels.platform(event.platform)
        if column == "start":
            return event.start.isoformat()
        if column == "end":
            return event.end.isoformat()
        if column == "phases":
            return " · ".join(p.name for p in event.phases)
        deadline = event.registration_deadline
        return deadline.isoformat() if deadline else ""
