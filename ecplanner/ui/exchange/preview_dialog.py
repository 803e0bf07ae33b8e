"""The import preview: every change the file would make, or why it cannot be imported.

Apply writes all the changes as ONE undo step (``document.apply``); Cancel changes
nothing. With any problem in the file, Apply stays disabled and the problems are listed,
each naming its sheet, cell and column; conflicts (a cell both the team and the app changed
since the export) are marked. A warning (an older workbook compared with the plan alone)
is shown above the list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.findings import ValidationError
from ecplanner.exchange.import_result import Action, ImportResult
from ecplanner.ui.common.messages import problems_text
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.exchange.preview_model import CONFLICT_COLOR, changes_model, errors_model
from ecplanner.ui.exchange.texts import warning_text


class ImportPreviewDialog(QDialog):
    """Shows ``result`` of reading ``file_name``; Apply applies it to ``document``."""

    applied = Signal()
    """The changes were written to the plan (one undo step)."""

    def __init__(self, document: PlanDocument, result: ImportResult, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.import_result = result
        self.file_name = file_name
        self.setWindowTitle(self.tr("Import “%1”").replace("%1", file_name))
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.warning = QLabel("\n".join(warning_text(code) for code in result.warnings))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {CONFLICT_COLOR};")
        self.warning.setVisible(bool(result.warnings))
        self.changes_view = QTreeView()
        self.changes_view.setModel(changes_model(result, self))
        self.changes_view.setAlternatingRowColors(True)
        self.changes_view.setUniformRowHeights(True)
        self._span_heads(QModelIndex())
        self.changes_view.expandToDepth(0)
        header = self.changes_view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 220)
        header.resizeSection(1, 260)
        self.errors_view = QTreeView()
        self.errors_view.setModel(errors_model(result, self))
        self.errors_view.setRootIsDecorated(False)
        self.errors_view.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(self.tr("Apply All Changes"))
        self.apply_button.setDefault(True)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(result.ok and bool(result.ops))
        self.buttons.accepted.connect(self._on_apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.changes_view, 1)
        layout.addWidget(self.errors_view, 1)
        layout.addWidget(self.buttons)
        self.changes_view.setVisible(result.ok and bool(result.changes))
        self.errors_view.setVisible(not result.ok)
        self.resize(760, 520)

    def _span_heads(self, parent: QModelIndex) -> None:
        """A change's own row (what and which) spans the Before and After columns."""
        model = self.changes_view.model()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if not model.index(row, 1, parent).data():
                self.changes_view.setFirstColumnSpanned(row, parent, True)
            if model.rowCount(index):
                self._span_heads(index)

    def _summary(self) -> str:
        result = self.import_result
        conflicts = sum(1 for issue in result.errors if issue.conflict)
        if conflicts:
            return self.tr("The workbook and the plan changed the same things since the "
                           "export: %n conflict(s) below. Nothing was changed. Keep the "
                           "plan's value by typing it into the cell, or the workbook's by "
                           "setting the plan to it, then import again.", "", conflicts)
        if not result.ok:
            return self.tr("This file cannot be imported: %n problem(s) below. "
                           "Nothing was changed; correct the file and import it again.", "",
                           len(result.errors))
        if not result.changes:
            return self.tr("The file holds nothing the plan does not already hold.")
        main = result.main_changes
        counts = {action: sum(1 for c in main if c.action is action) for action in Action}
        return (self.tr("Importing applies these changes as one step (Edit → Undo takes it "
                        "back): %1 added, %2 changed, %3 removed.")
                .replace("%1", str(counts[Action.ADDED]))
                .replace("%2", str(counts[Action.CHANGED]))
                .replace("%3", str(counts[Action.REMOVED])))

    def _on_apply(self) -> None:
        try:
            self.document.apply(self.tr("Import “%1”").replace("%1", self.file_name),
                                list(self.import_result.ops))
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Not imported"), problems_text(error.problems))
            return
        self.applied.emit()
        self.accept()
