"""The dialog shown while a large undo or redo is written in slices: what, how far, Cancel.

Window-modal, as the exports' progress is: the window goes on painting behind it, and
no edit, undo or redo can reach the plan until the step ends. A QProgressBar rather
than a QProgressDialog: the dialog's ``setValue`` runs the event loop inside the slice
that sets it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from ecplanner.ui.document import PlanUndoStack


class StepProgress(QDialog):
    """Shows ``stack``'s step being written in slices; Cancel rolls it back."""

    def __init__(self, stack: PlanUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._stack = stack
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)  # a long step's text
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        column = QVBoxLayout(self)
        column.addWidget(self.label)
        column.addWidget(self.bar)
        column.addWidget(buttons)
        stack.step_started.connect(self._on_started)
        stack.step_progressed.connect(self._on_progressed)
        stack.step_ended.connect(self._on_ended)

    def _on_started(self, undoing: bool, text: str) -> None:
        self.setWindowTitle(self.tr("Undo") if undoing else self.tr("Redo"))
        words = (self.tr("Undoing “%1” …") if undoing else self.tr("Redoing “%1” …"))
        self.label.setText(words.replace("%1", text))
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.open()

    def _on_progressed(self, share: float) -> None:
        self.bar.setValue(round(1000 * share))
        # All written, being committed: too late to take back (``PlanUndoStack.cancel``).
        self.cancel_button.setEnabled(share < 1.0)

    def _on_ended(self) -> None:
        super().reject()  # not self.reject(): that cancels

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: the step is rolled back."""
        self._stack.cancel()
        super().reject()
