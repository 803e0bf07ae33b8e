"""The Overview slice end to end: add, edit, delete, undo and redo, read from the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, EventKind
from ecplanner.store.reader import read_summary
from ecplanner.ui.common.event_editor import EventEditor
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.overview.view import OverviewTab


def _editor(tab: OverviewTab) -> EventEditor:
    editor = tab.findChild(EventEditor)
    assert editor is not None
    return editor


def _ok(editor: EventEditor, qtbot: QtBot) -> None:
    box = editor.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_edit_delete_with_undo(qtbot: QtBot, document: PlanDocument) -> None:
    tab = OverviewTab(document)
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    editor = _editor(tab)
    editor.title.setText("春季上新")
    editor.start.setDate(QDate(2027, 3, 1))
    editor.end.setDate(QDate(2027, 3, 7))
    _ok(editor, qtbot)
    stored = document.store.events()
    assert [(e.title, e.start, e.end) for e in stored] == [
        ("春季上新", date(2027, 3, 1), date(2027, 3, 7))]
    assert tab.model.rowCount() == 1

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    editor = _editor(tab) if len(tab.findChildren(EventEditor)) == 1 else tab.findChildren(
        EventEditor)[-1]
    editor.end.setDate(QDate(2027, 3, 10))
    _ok(editor, qtbot)
    assert document.store.events()[0].end == date(2027, 3, 10)
    assert document.store.events()[0].sequence == 2

    document.undo_stack.undo()
    assert document.store.events()[0].end == date(2027, 3, 7)
    document.undo_stack.redo()
    assert document.store.events()[0].end == date(2027, 3, 10)

    tab.table.selectRow(0)
    tab.delete_selected()
    assert document.store.events() == []
    assert tab.model.rowCount() == 0
    document.undo_stack.undo()
    assert [e.title for e in document.store.events()] == ["春季上新"]
    assert tab.model.rowCount() == 1


def test_end_before_start_is_refused_with_message(qtbot: QtBot, document: PlanDocument) -> None:
    tab = OverviewTab(document)
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    editor = _editor(tab)
    editor.title.setText("坏的活动")
    editor.start.setDate(QDate(2027, 5, 10))
    editor.end.setDate(QDate(2027, 5, 1))
    _ok(editor, qtbot)
    assert editor.isVisible()
    assert "End" in editor.error.text() and "before it starts" in editor.error.text()
    assert document.store.events() == []
    assert document.undo_stack.count() == 0


def test_edits_are_in_the_file_at_once(qtbot: QtBot, document: PlanDocument,
                                       plan_path: Path) -> None:
    tab = OverviewTab(document)
    qtbot.addWidget(tab)
    from ecplanner.ui.overview import commands

    commands.add_event(document, Event("会员日", EventKind.STORE_PROMO, date(2027, 1, 18),
                                       date(2027, 1, 18)))
    # A second, independent reader sees the row without any save step.
    document.store.close()
    assert read_summary(plan_path)["events"] == 1


def test_model_passes_qtmodeltester(qtmodeltester: object, demo_document: PlanDocument) -> None:
    from ecplanner.ui.overview.model import EventsTableModel

    model = EventsTableModel(demo_document.store.events())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
