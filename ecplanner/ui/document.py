"""The open plan as the UI sees it: applies operations, owns the undo stack, announces.

Every user edit is ``document.apply(text, ops)``: it validates, writes ``ops`` in one
transaction, pushes one undo command holding them and their inverse, and emits ``changed``
with what changed. Views read from ``document.store`` and refresh on it.

A plan that cannot be written opens ``read_only``: views then start no editor (no
editable cells, no drags, edit buttons disabled), and ``apply`` refuses whatever still
gets through, as an invalid edit is refused.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ecplanner.domain.findings import Problem, ValidationError
from ecplanner.domain.ops import Changes, Op
from ecplanner.domain.validation import problems_in
from ecplanner.store.errors import PlanWriteError, ReadOnlyCause
from ecplanner.store.plan_store import PlanStore

_log = logging.getLogger(__name__)
READ_ONLY_PROBLEM = "plan_read_only"
# Ops from which an undo or redo is written in slices: 2,000 products' days take ~20 ms of
# CPU at once in a small plan, ~60 ms beside a year of 2,000 products' days.
STEPPED_FROM = 2_000
_SLICE_S = 0.03  # of a stepped undo or redo's writing per turn of the event loop


class PlanCommand(QUndoCommand):
    """One user action: ``ops`` and the ``inverse`` that takes them back.

    The command writes nothing itself: ``PlanUndoStack`` writes a step before it moves.
    Commands with the same ``merge_key`` pushed one after another merge into one undo
    step (keyboard nudges of the same event), keeping the oldest inverse.
    """

    def __init__(self, text: str, ops: Sequence[Op], inverse: Sequence[Op],
                 merge_key: str | None = None, handed_over: bool = False) -> None:
        super().__init__(text)
        # Lists ``handed_over`` by a caller done with them are kept as they are: copying
        # an import's 730,000 ops and as many inverse ones took ~40 ms of its last turn.
        self.ops = ops if handed_over and isinstance(ops, list) else list(ops)
        self.inverse = inverse if handed_over and isinstance(inverse, list) else list(inverse)
        self.merge_key = merge_key

    def redo(self) -> None:
        """Written already: by ``apply`` before the push, by the stack before a redo."""

    def undo(self) -> None:
        """Written already by the stack."""

    def id(self) -> int:
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PlanCommand) or other.merge_key != self.merge_key:
            return False
        self.ops = other.ops
        return True


@dataclass(frozen=True)
class StepFailure:
    undoing: bool  # else redoing
    text: str  # the step's undo text
    reason: str  # SQLite's words: "database or disk is full"


class PlanUndoStack(QUndoStack):
    """The plan's undo stack: a step moves only once the plan file took its write.

    QUndoStack moves its index after a command's undo() or redo() whatever happened in
    it, so the write comes first, here, and the index moves only when it succeeded. A
    write the file refuses leaves the file and the stack as they were (the store's
    transaction rolled back) and is told by ``step_failed``; the same step can be tried
    again. Move the stack through ``undo()`` and ``redo()``: Qt's own callers of the C++
    slots (``QUndoView``, ``createUndoAction``) would move it without writing.

    A step of ``stepped_from`` ops or more (the import of a year of products' days is
    730,000) is too large to write between two frames: it is written a slice at a time
    between the window's other work, in one transaction (``PlanStore.write_in_steps``),
    told by ``step_started``, ``step_progressed`` and ``step_ended``. Until it ends the
    stack takes no other move and the store no other write; ``cancel()`` (the user's
    Cancel, closing the plan) rolls it back, leaving the file and the stack as they were,
    until its commit begins.
    """

    step_failed = Signal(object)
    """An undo or redo was not written; the argument is the ``StepFailure``."""
    step_started = Signal(bool, str)
    """A step is being written in slices: whether undoing (else redoing), and its text."""
    step_progressed = Signal(float)
    """The share of the step under way written so far, 0 to 1."""
    step_ended = Signal()
    """The step under way was written and the stack moved, or it failed or was cancelled."""

    def __init__(self, document: PlanDocument, stepped_from: int = STEPPED_FROM) -> None:
        super().__init__(document)
        self._document = document
        self.stepped_from = stepped_from
        self._steps: Iterator[float] | None = None  # the step being written in slices
        self._undoing = False
        self._text = ""
        self._next_slice = QTimer(self, singleShot=True, interval=0)
        self._next_slice.timeout.connect(self._slice)

    @property
    def stepping(self) -> bool:
        """A step is being written in slices: undo and redo are refused until it ends."""
        return self._steps is not None

    def undo(self) -> None:
        if self.canUndo() and not self.stepping:
            self._move(self.index() - 1, undoing=True)

    def redo(self) -> None:
        if self.canRedo() and not self.stepping:
            self._move(self.index(), undoing=False)

    def cancel(self) -> None:
        """Roll back the step being written in slices, if one is: nothing moves. Once its
        commit is under way (``PlanStore.committing``) it cannot be taken back: the step
        ends written, and the stack moves."""
        steps, self._steps = self._steps, None
        self._next_slice.stop()
        if steps is None:
            return
        committing = self._document.store.committing
        try:
            steps.close()  # type: ignore[attr-defined]
        except PlanWriteError as error:
            self._failed(error)
        else:
            if committing:
                self._moved()
        self.step_ended.emit()

    def _move(self, index: int, undoing: bool) -> None:
        command = self.command(index)
        ops = _step_ops(command, undoing)
        self._undoing, self._text = undoing, command.text()
        if len(ops) < self.stepped_from:
            try:
                self._document.write(ops)
            except PlanWriteError as error:
                self._failed(error)
                return
            self._moved()
            return
        self._steps = self._document.write_in_steps(ops)
        self.step_started.emit(undoing, command.text())
        self._next_slice.start()  # at the next turn: the window shows the step first

    def _slice(self) -> None:
        """Writes the step under way for ``_SLICE_S``, then again at the next turn of the
        event loop, until it is written (the stack moves) or fails."""
        steps = self._steps
        if steps is None:
            return
        deadline = time.perf_counter() + _SLICE_S
        try:
            for share in steps:
                self.step_progressed.emit(share)
                if self._steps is not steps:
                    return  # cancelled meanwhile
                if time.perf_counter() >= deadline:
                    self._next_slice.start()
                    return
        except PlanWriteError as error:
            self._steps = None
            self._failed(error)
            self.step_ended.emit()
            return
        except BaseException:  # rolled back; raised on as a write at once raises it
            self._steps = None
            self.step_ended.emit()
            raise
        self._steps = None
        self._moved()
        self.step_ended.emit()

    def _moved(self) -> None:
        """Moves the index, once the step's write committed."""
        if self._undoing:
            super().undo()
        else:
            super().redo()

    def _failed(self, error: PlanWriteError) -> None:
        what = "undo" if self._undoing else "redo"
        _log.warning("%s of %r not written: %s", what, self._text, error)
        self.step_failed.emit(StepFailure(self._undoing, self._text, error.reason))


def _step_ops(command: QUndoCommand, undoing: bool) -> list[Op]:
    """One step's writes as one list: a command's, or a macro's children's in order
    (backwards, each inverted, when undoing), so a macro is written whole or not at all."""
    if isinstance(command, PlanCommand):
        return list(command.inverse if undoing else command.ops)
    children = [command.child(i) for i in range(command.childCount())]
    if undoing:
        children.reverse()
    return [op for child in children for op in _step_ops(child, undoing)]


class PlanDocument(QObject):
    changed = Signal(object)
    """The plan was written; the argument is the ``Changes`` describing what."""
    closed = Signal()
    """The plan was closed; views must stop reading it."""

    def __init__(self, store: PlanStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = PlanUndoStack(self)

    @property
    def path(self) -> Path | None:
        return self.store.path

    @property
    def is_open(self) -> bool:
        return self.store.is_open

    @property
    def read_only(self) -> bool:
        """The plan can be read, exported and copied, not changed."""
        return self.store.read_only

    @property
    def read_only_cause(self) -> ReadOnlyCause | None:
        return self.store.read_only_cause

    def apply(self, text: str, ops: Sequence[Op], merge_key: str | None = None) -> None:
        """Validate and perform one user action as one undo step.

        Raises ``ValidationError`` on invalid input or when the plan is read-only (the
        problem ``plan_read_only``), and ``PlanWriteError`` when the file does not take
        the write; either way nothing is written and nothing pushed.
        """
        if self.read_only:
            raise ValidationError([Problem("", READ_ONLY_PROBLEM)])
        problems = problems_in(ops)
        if problems:
            raise ValidationError(problems)
        if not ops:
            return
        command = PlanCommand(text, ops, self.store.inverse(ops), merge_key)
        self.write(command.ops)
        self.undo_stack.push(command)

    def apply_in_steps(self, text: str, ops: Sequence[Op]) -> Iterator[float]:
        """``apply`` for an edit too large to write between two frames (an import of a
        year of products' days), a step at a time (``PlanStore.write_in_steps``: each
        yields the share done): one undo step, all or nothing; closing the iterator
        before its end writes nothing. Raises as ``apply`` does, from a step. ``changed``
        comes at the turn after the commit, as for ``write_in_steps``. A list ``ops`` is
        handed over: the undo step keeps it, so the caller must not change it."""
        if self.read_only:
            raise ValidationError([Problem("", READ_ONLY_PROBLEM)])

        def written(changes: Changes, inverse: list[Op]) -> None:
            self.undo_stack.push(PlanCommand(text, ops, inverse, handed_over=True))
            QTimer.singleShot(0, self, lambda: self._announce(changes))  # as ``write_in_steps``

        yield from self.store.write_in_steps(ops, written)

    def write(self, ops: Sequence[Op]) -> None:
        if ops:
            self.changed.emit(self.store.write(ops))

    def write_in_steps(self, ops: Sequence[Op]) -> Iterator[float]:
        """``write`` a step at a time, each yielding the share done (an undo or redo of a
        large step: its inverse is already known); ``changed`` at the turn after the one
        that committed it (the commit of 730,000 rows and the views' reading of what changed
        made one turn of 150–230 ms)."""
        def written(changes: Changes, _inverse: list[Op]) -> None:
            QTimer.singleShot(0, self, lambda: self._announce(changes))

        yield from self.store.write_in_steps(ops, written, invert=False)

    def _announce(self, changes: Changes) -> None:
        if self.is_open:  # closed meanwhile: nobody reads it any more
            self.changed.emit(changes)

    def close(self) -> None:
        """Close the plan; an undo or redo being written in slices is rolled back."""
        if self.is_open:
            self.undo_stack.cancel()
            self.undo_stack.clear()
            self.store.close()
            self.closed.emit()
