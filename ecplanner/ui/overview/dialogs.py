"""The dialog that edits one task's status, owner and notes (opened from the task list)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.model import Task, TaskStatus
from ecplanner.ui.overview.task_model import status_label, task_title


class TaskDialog(QDialog):
    """Edits a task's status, owner and notes."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(task_title(task))
        self._task = task
        self.status = QComboBox()
        for status in TaskStatus:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(self.status.findData(task.status))
        self.owner = QLineEdit(task.owner)
        self.notes = QPlainTextEdit(task.notes)
        form = QFormLayout()
        form.addRow(self.tr("Due"), QLabel(task.due.isoformat()))
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def edited_task(self) -> Task:
        return replace(self._task, status=TaskStatus(self.status.currentData()),
                       owner=self.owner.text().strip(), notes=self.notes.toPlainText())
