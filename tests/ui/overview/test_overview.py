"""The Overview slice end to end: add, edit, delete, undo and redo, read from the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.ops import Put
from ecplanner.store.reader import read_summary
from ecplanner.ui.calendar import reference_data
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


def _mine(document: PlanDocument) -> list[Event]:
    """The events the test made (a new plan already holds its platform calendar)."""
    return [e for e in document.store.events() if e.template_key is None]


def _shown(qtbot: QtBot, tab: OverviewTab) -> OverviewTab:
    """The tab on screen: a hidden Overview leaves its refreshes until it is shown."""
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_add_edit_delete_with_undo(qtbot: QtBot, document: PlanDocument) -> None:
    tab = _shown(qtbot, OverviewTab(document))
    catalog_rows = tab.model.rowCount()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    editor = _editor(tab)
    editor.title.setText("春季上新")
    editor.start.setDate(QDate(2027, 3, 1))
    editor.end.setDate(QDate(2027, 3, 7))
    _ok(editor, qtbot)
    stored = _mine(document)
    assert [(e.title, e.start, e.end) for e in stored] == [
        ("春季上新", date(2027, 3, 1), date(2027, 3, 7))]
    assert tab.model.rowCount() == catalog_rows + 1
    row = tab.model.row_of(stored[0].uuid)

    tab.table.selectRow(row)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    editor = _editor(tab) if len(tab.findChildren(EventEditor)) == 1 else tab.findChildren(
        EventEditor)[-1]
    editor.end.setDate(QDate(2027, 3, 10))
    _ok(editor, qtbot)
    assert _mine(document)[0].end == date(2027, 3, 10)
    assert _mine(document)[0].sequence == 2

    document.undo_stack.undo()
    assert _mine(document)[0].end == date(2027, 3, 7)
    document.undo_stack.redo()
    assert _mine(document)[0].end == date(2027, 3, 10)

    tab.table.clearSelection()
    tab.table.selectRow(tab.model.row_of(stored[0].uuid))
    tab.delete_selected()
    assert _mine(document) == []
    assert tab.model.rowCount() == catalog_rows
    document.undo_stack.undo()
    assert [e.title for e in _mine(document)] == ["春季上新"]
    assert tab.model.rowCount() == catalog_rows + 1


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
    assert _mine(document) == []
    assert document.undo_stack.count() == 0


def test_edits_are_in_the_file_at_once(qtbot: QtBot, document: PlanDocument,
                                       plan_path: Path) -> None:
    tab = OverviewTab(document)
    qtbot.addWidget(tab)
    from ecplanner.ui.overview import commands

    before = len(document.store.events())
    commands.add_event(document, Event("会员日", EventKind.STORE_PROMO, date(2027, 1, 18),
                                       date(2027, 1, 18)))
    # A second, independent reader sees the row without any save step.
    document.store.close()
    assert read_summary(plan_path)["events"] == before + 1


def test_model_passes_qtmodeltester(qtmodeltester: object, demo_document: PlanDocument) -> None:
    from ecplanner.ui.overview.model import EventsTableModel

    model = EventsTableModel(demo_document.store.events())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_moving_an_event_moves_its_open_tasks(qtbot: QtBot, document: PlanDocument) -> None:
    from dataclasses import replace

    from ecplanner.domain.model import TaskStatus
    from ecplanner.domain.ops import Put
    from ecplanner.ui.overview import commands

    sale = next(e for e in document.store.events() if e.template_key == "cn.tmall.double11")
    tasks = [t for t in document.store.tasks() if t.event_uuid == sale.uuid]
    assert len(tasks) >= 5
    done = replace(tasks[0], status=TaskStatus.DONE)
    document.apply("done", [Put(done)])
    moved = sale.shifted(7).revised()
    commands.edit_event(document, sale, moved)
    after = {t.uuid: t for t in document.store.tasks() if t.event_uuid == sale.uuid}
    assert after[done.uuid].due == done.due
    for task in tasks[1:]:
        assert (after[task.uuid].due - task.due).days == 7
    document.undo_stack.undo()
    restored = {t.uuid: t for t in document.store.tasks()}
    assert all(restored[t.uuid].due == t.due for t in tasks)
    assert document.store.get(Event, sale.uuid) == sale


def test_warnings_list_follows_the_plan(qtbot: QtBot, demo_document: PlanDocument) -> None:
    from dataclasses import replace

    tab = _shown(qtbot, OverviewTab(demo_document))
    panel = tab.warnings
    assert panel.title.text() == "Warnings (checking…)"
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        pass  # the first check runs shortly after the tab is built
    before = panel.model.rowCount()
    assert before > 0
    assert panel.title.text() == f"Warnings ({before})"
    sale = next(e for e in demo_document.store.events() if e.template_key == "cn.tmall.618")
    rival = replace(sale, uuid="rival-618", title="另一个618")
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        demo_document.apply("add rival", [Put(rival)])
        assert panel.title.text() == "Warnings (checking…)"
    texts = [panel.model.text_at(row) for row in range(panel.model.rowCount())]
    assert panel.model.rowCount() > before
    assert "另一个618: Overlaps “天猫618” on the same platform" in texts
    assert panel.title.text() == f"Warnings ({len(texts)})"
    third = replace(sale, uuid="third-618", title="第三个618")
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        demo_document.apply("add a third", [Put(third)])
    texts = [panel.model.text_at(row) for row in range(panel.model.rowCount())]
    [said] = [text for text in texts if text.startswith("第三个618: ")]
    assert said.startswith("第三个618: Overlaps 2 sales on the same platform: ")
    assert "“天猫618”" in said and "“另一个618”" in said


def test_a_failed_write_leaves_no_undo_step(document: PlanDocument,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ops: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(document.store, "write", broken)
    with pytest.raises(OSError):
        document.apply("add", [Put(Event("x", EventKind.STORE_PROMO, date(2027, 1, 1),
                                         date(2027, 1, 1)))])
    assert document.undo_stack.count() == 0


def test_editor_change_of_end_moves_the_review_task(document: PlanDocument) -> None:
    from datetime import timedelta

    from ecplanner.ui.overview import commands

    sale = next(e for e in document.store.events() if e.template_key == "cn.tmall.618")
    review = next(t for t in document.store.tasks()
                  if t.event_uuid == sale.uuid and t.template_key == "major_sale.review")
    longer = sale.revised(end=sale.end + timedelta(days=10))
    commands.edit_event(document, sale, longer)
    moved = next(t for t in document.store.tasks() if t.uuid == review.uuid)
    assert moved.due == review.due + timedelta(days=10)


def test_the_glance_counts_the_courier_shutdown_once_the_holidays_load(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reference_data, "_holidays", {})  # the calendar has not loaded them
    tab = _shown(qtbot, OverviewTab(demo_document))
    february = tab.glance_model._columns[1].planned_gmv
    key = reference_data.holiday_key(demo_document.store.info())
    reference_data.holiday_loader().loaded.emit(reference_data.holidays_now(key))
    # Worked out in a worker, then shown.
    qtbot.waitUntil(lambda: tab.glance_model._columns[1].planned_gmv != february)
    # Ten days of February (02-01 to 02-10) at 70% of a normal day's visitors take
    # 0.3 × 10/28 off the month's multiplier: that much of its base visitors' GMV.
    b = next(m for m in demo_document.store.budget_months() if m.month == 2)
    drop = february - tab.glance_model._columns[1].planned_gmv
    assert drop == pytest.approx(b.uv * 0.3 * 10 / 28 * b.cvr * b.aov)
