"""Undo and redo on a plan file that refuses the write (a full disk): the stack stays where
the file is, the user is told, and the same step works once the disk has room again."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection

from ecplanner.domain.model import Event
from ecplanner.domain.ops import Op, Put, Written
from ecplanner.store import plan_store, steps_written
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.actions import ActionId
from ecplanner.ui.document import PlanDocument, StepFailure
from ecplanner.ui.main_window import MainWindow


class FullDisk:
    """The plan's n-th write from now fails as SQLite fails on a full disk: after its
    statements ran, inside the transaction, so the store's rollback is the real one."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self.failing: int | None = None
        real = plan_store.write_ops

        def write_ops(conn: Connection, ops: list[Op]) -> list[Written]:
            self.calls += 1
            written = real(conn, ops)
            if self.calls == self.failing:
                raise sqlite3.OperationalError("database or disk is full")
            return written

        monkeypatch.setattr(plan_store, "write_ops", write_ops)
        monkeypatch.setattr(steps_written, "write_ops", write_ops)  # a write in steps

    def fail_write(self, nth: int = 1) -> None:
        self.failing = self.calls + nth


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> FullDisk:
    return FullDisk(monkeypatch)


def _failures(document: PlanDocument) -> list[StepFailure]:
    told: list[StepFailure] = []
    document.undo_stack.step_failed.connect(told.append)
    return told


def _titles(store: PlanStore, events: list[Event]) -> list[str]:
    return [e.title for e in (store.get(Event, ev.uuid) for ev in events) if e is not None]


def _file_titles(path: Path, events: list[Event]) -> list[str]:
    """What the plan file holds, read by a fresh store after the document closed it."""
    store = PlanStore.open(path)
    try:
        return _titles(store, events)
    finally:
        store.close()


def _stack(document: PlanDocument) -> tuple[int, bool, bool]:
    stack = document.undo_stack
    return stack.index(), stack.canUndo(), stack.canRedo()


def _retitle(document: PlanDocument, event: Event, title: str,
             merge_key: str | None = None) -> None:
    document.apply(f"rename {event.title}", [Put(replace(event, title=title))], merge_key)


def test_a_failed_undo_leaves_the_stack_and_the_plan_where_they_were(
        document: PlanDocument, disk: FullDisk, plan_path: Path) -> None:
    first, second = document.store.events()[:2]
    _retitle(document, first, "一改")
    _retitle(document, second, "二改")
    told = _failures(document)
    disk.fail_write(2)
    document.undo_stack.undo()  # the first undo is written
    assert _stack(document) == (1, True, True)
    document.undo_stack.undo()  # the second finds the disk full
    assert _stack(document) == (1, True, True)
    assert _titles(document.store, [first, second]) == ["一改", second.title]
    assert [(f.undoing, f.text, f.reason) for f in told] == [
        (True, f"rename {first.title}", "database or disk is full")]
    document.undo_stack.undo()  # room again: the same step is undone
    assert _stack(document) == (0, False, True)
    document.close()
    assert _file_titles(plan_path, [first, second]) == [first.title, second.title]


def test_a_failed_redo_leaves_the_stack_and_the_plan_where_they_were(
        document: PlanDocument, disk: FullDisk, plan_path: Path) -> None:
    event = document.store.events()[0]
    _retitle(document, event, "改了")
    document.undo_stack.undo()
    told = _failures(document)
    disk.fail_write()
    document.undo_stack.redo()
    assert _stack(document) == (0, False, True)
    assert _titles(document.store, [event]) == [event.title]
    assert [(f.undoing, f.reason) for f in told] == [(False, "database or disk is full")]
    document.undo_stack.redo()
    assert _stack(document) == (1, True, False)
    document.close()
    assert _file_titles(plan_path, [event]) == ["改了"]


def test_merged_steps_undo_to_the_oldest_state_after_a_failure(
        document: PlanDocument, disk: FullDisk, plan_path: Path) -> None:
    event = document.store.events()[0]
    _retitle(document, event, "一", merge_key="title")
    _retitle(document, document.store.events()[0], "二", merge_key="title")
    assert document.undo_stack.count() == 1
    disk.fail_write()
    document.undo_stack.undo()
    assert _stack(document) == (1, True, False)
    assert _titles(document.store, [event]) == ["二"]
    document.undo_stack.undo()
    assert _stack(document) == (0, False, True)
    document.close()
    assert _file_titles(plan_path, [event]) == [event.title]


def test_a_macro_is_undone_and_redone_whole_or_not_at_all(
        document: PlanDocument, disk: FullDisk, plan_path: Path) -> None:
    first, second = document.store.events()[:2]
    document.undo_stack.beginMacro("both")
    _retitle(document, first, "一改")
    _retitle(document, second, "二改")
    document.undo_stack.endMacro()
    assert document.undo_stack.count() == 1
    disk.fail_write()
    document.undo_stack.undo()
    assert _stack(document) == (1, True, False)
    assert _titles(document.store, [first, second]) == ["一改", "二改"]
    document.undo_stack.undo()
    assert _titles(document.store, [first, second]) == [first.title, second.title]
    disk.fail_write()
    document.undo_stack.redo()
    assert _stack(document) == (0, False, True)
    assert _titles(document.store, [first, second]) == [first.title, second.title]
    document.undo_stack.redo()
    assert _stack(document) == (1, True, False)
    document.close()
    assert _file_titles(plan_path, [first, second]) == ["一改", "二改"]


def test_edit_undo_on_a_full_disk_tells_the_user_in_a_warning(
        qtbot: QtBot, document: PlanDocument, disk: FullDisk, tmp_path: Path) -> None:
    window = MainWindow(document, lambda path: PlanDocument(PlanStore.open(path)), tmp_path)
    qtbot.addWidget(window)
    event = document.store.events()[0]
    _retitle(document, event, "改了")
    undo = window.action_map[ActionId.UNDO]
    text = undo.text()
    disk.fail_write()
    undo.trigger()  # an exception here would fail the test (pytest-qt), as a crash dialog
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].icon() is QMessageBox.Icon.Warning
    assert "database or disk is full" in boxes[0].text()
    assert f"rename {event.title}" in boxes[0].text()
    boxes[0].close()
    assert undo.isEnabled() and undo.text() == text
    assert not window.action_map[ActionId.REDO].isEnabled()
    undo.trigger()
    assert _titles(document.store, [event]) == [event.title]
    assert window.action_map[ActionId.REDO].isEnabled()
    window.close()
