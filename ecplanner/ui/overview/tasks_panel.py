"""The Overview's task list (分工): filter by role, edit status, owner and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.model import Event, Role, Task
from ecplanner.domain.ops import Changes, Put, Topic
from ecplanner.ui.common import labels
from ecplanner.ui.common.columns import fit_columns
from ecplanner.ui.overview.feed import OverviewFeed
from ecplanner.ui.overview.task_model import OVERDUE, TasksTableModel, task_title

_FEW = 50  # tasks and events changed: taken into the rows in place, beyond it all re-sorted


class TasksPanel(QWidget):
    """The tasks of one role or all, by due date, as ``feed`` reads them."""

    def __init__(self, feed: OverviewFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.document = feed.document
        self.role = QComboBox()
        self.role.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role.addItem(labels.team_role(role.value), role.value)
        self.role.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.model = TasksTableModel()
        self.table = QTableView()
        self._columns_fitted = False
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The spare width goes to the task, not to the owner at the end.
        header.setSectionResizeMode(TasksTableModel.COLUMNS.index("title"),
                                    QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_open_task)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Team tasks")))
        top.addWidget(self.role)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        feed.updated.connect(self._on_feed_updated)
        self.refresh()

    def refresh(self) -> None:
        self.model.reset_tasks(self.feed.tasks(), self.feed.events(), self.role.currentData())
        if not self._columns_fitted:  # once: refitting on every edit costs ~10 ms a table
            fit_columns(self.table)
            self._columns_fitted = True
        self._show_summary()

    def _show_summary(self) -> None:
        overdue = self.model.overdue_count()
        self.summary.setText(self.tr("%1 tasks, %2 overdue")
                             .replace("%1", str(self.model.rowCount()))
                             .replace("%2", str(overdue)))
        palette = QPalette()  # sets no colour: the label inherits its parent's
        if overdue:
            palette.setColor(QPalette.ColorRole.WindowText, OVERDUE)
        self.summary.setPalette(palette)

    def _on_feed_updated(self, changes: Changes | None) -> None:
        if changes is None or len(changes.of_kind(Task)) + len(changes.of_kind(Event)) > _FEW:
            self.refresh()
        elif changes.touches(Topic.TASKS, Topic.EVENTS):
            self._take(changes)

    def _take(self, changes: Changes) -> None:
        """A few tasks and events changed: their rows and titles, read by key."""
        put = [task for key in changes.put(Task) if (task := self.feed.task_of(key))]
        titles = dict.fromkeys(changes.deleted(Event))
        titles.update((key, event.title if (event := self.feed.event_of(key)) else None)
                      for key in changes.put(Event))
        self.model.update_tasks(changes.of_kind(Task), put, titles)
        self._show_summary()

    def _on_open_task(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.document.read_only:  # the dialog is an editor
            return
        from ecplanner.ui.overview.dialogs import TaskDialog  # not needed at start-up

        dialog = TaskDialog(self.model.task_at(rows[0].row()), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.save_task(dialog.edited_task()))
        dialog.open()

    def save_task(self, task: Task) -> None:
        self.document.apply(self.tr("Edit task “%1”").replace("%1", task_title(task)),
                            [Put(task)])
