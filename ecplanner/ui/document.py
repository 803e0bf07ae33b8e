"""The open plan as the UI sees it: applies operations, owns the undo stack, announces.

Every user edit is ``document.apply(text, ops)``: it validates, pushes one undo command
that writes ``ops`` (and, on undo, their inverse) in one transaction each, and emits
``changed`` with what changed. Views read from ``document.store`` and refresh on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ecplanner.domain.findings import ValidationError
from ecplanner.domain.ops import Changes, Op
from ecplanner.domain.validation import problems_in
from ecplanner.store.plan_store import PlanStore


class PlanCommand(QUndoCommand):
    """One user action: writes ``ops`` on redo and their inverse on undo.

    Commands with the same ``merge_key`` pushed one after another merge into one undo
    step (keyboard nudges of the same event), keeping the oldest inverse.
    """

    def __init__(self, document: PlanDocument, text: str, ops: Sequence[Op],
                 merge_key: str | None = None) -> None:
        super().__init__(text)
        self._document = document
        self.ops = list(ops)
        self.inverse = document.store.inverse(self.ops)
        self.merge_key = merge_key
        self.already_done = False  # the first write happened before the push

    def redo(self) -> None:
        if self.already_done:
            self.already_done = False
            return
        self._document.write(self.ops)

    def undo(self) -> None:
        self._document.write(self.inverse)

    def id(self) -> int:
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PlanCommand) or other.merge_key != self.merge_key:
            return False
        self.ops = other.ops
        return True


class PlanDocument(QObject):
    changed = Signal(object)
    """The plan was written; the argument is the ``Changes`` describing what."""
    closed = Signal()
    """The plan was closed; views must stop reading it."""

    def __init__(self, store: PlanStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    @property
    def path(self) -> Path | None:
        return self.store.path

    @property
    def is_open(self) -> bool:
        return self.store.is_open

    def apply(self, text: str, ops: Sequence[Op], merge_key: str | None = None) -> None:
        """Validate and perform one user action as one undo step.

        Raises ``ValidationError`` (nothing written, nothing pushed) on invalid input.
        """
        problems = problems_in(ops)
        if problems:
            raise ValidationError(problems)
        if not ops:
            return
        command = PlanCommand(self, text, ops, merge_key)
        # Write before pushing: if the write fails, the error reaches the caller and no
        # undo step is left behind for a change that never happened.
        self.write(command.ops)
        command.already_done = True
        self.undo_stack.push(command)

    def write(self, ops: Sequence[Op]) -> Changes:
        changes = self.store.write(ops)
        self.changed.emit(changes)
        return changes

    def close(self) -> None:
        if self.is_open:
            self.undo_stack.clear()
            self.store.close()
            self.closed.emit()
