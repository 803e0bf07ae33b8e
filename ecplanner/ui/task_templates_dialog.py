"""Plan → Team Task Templates: the work each kind of event generates, editable per plan."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.catalog import TaskAnchor, TaskTemplate
from ecplanner.domain.model import Role
from ecplanner.domain.ops import Put
from ecplanner.ui.common import labels
from ecplanner.ui.document import PlanDocument


def anchor_label(anchor: TaskAnchor) -> str:
    return {TaskAnchor.REGISTRATION: QCoreApplication.translate("Labels", "registration deadline"),
            TaskAnchor.START: QCoreApplication.translate("Labels", "event start"),
            TaskAnchor.END: QCoreApplication.translate("Labels", "event end")}[anchor]


class TaskTemplatesDialog(QDialog):
    """Each change of role, anchor or days is written at once as one undo step."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team task templates"))
        self.document = document
        self.templates = document.store.task_templates()
        self.table = QTableWidget(len(self.templates), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Event kind and task"), self.tr("Role"),
                                              self.tr("Due from"), self.tr("Days")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, template in enumerate(self.templates):
            self._fill_row(row, template)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Creating an event adds these tasks with their due dates; "
            "negative days are before the date.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _fill_row(self, row: int, template: TaskTemplate) -> None:
        item = QTableWidgetItem(f"{labels.event_kind(template.kind)} · {task_title_of(template)}")
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, item)
        role = QComboBox()
        for team_role in Role:
            role.addItem(labels.team_role(team_role.value), team_role)
        role.setCurrentIndex(role.findData(template.role))
        role.currentIndexChanged.connect(lambda _=0, r=row: self._on_edited(r))
        anchor = QComboBox()
        for due_from in TaskAnchor:
            anchor.addItem(anchor_label(due_from), due_from)
        anchor.setCurrentIndex(anchor.findData(template.due_from))
        anchor.currentIndexChanged.connect(lambda _=0, r=row: self._on_edited(r))
        days = QSpinBox(minimum=-365, maximum=365)
        days.setValue(template.days)
        days.editingFinished.connect(lambda r=row: self._on_edited(r))
        self.table.setCellWidget(row, 1, role)
        self.table.setCellWidget(row, 2, anchor)
        self.table.setCellWidget(row, 3, days)

    def _on_edited(self, row: int) -> None:
        role = self.table.cellWidget(row, 1)
        anchor = self.table.cellWidget(row, 2)
        days = self.table.cellWidget(row, 3)
        assert isinstance(role, QComboBox) and isinstance(anchor, QComboBox)
        assert isinstance(days, QSpinBox)
        old = self.templates[row]
        new = replace(old, role=Role(role.currentData()), due_from=TaskAnchor(anchor.currentData()),
                      days=days.value())
        if new == old:
            return
        self.templates[row] = new
        self.document.apply(self.tr("Edit task template “%1”").replace(
            "%1", task_title_of(new)), [Put(new)])


def task_title_of(template: TaskTemplate) -> str:
    return QCoreApplication.translate("TaskTitles", template.title)
