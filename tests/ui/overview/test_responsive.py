"""The Overview on big plans: work only for what is shown, and none while it is hidden."""

from __future__ import annotations

import random
import threading
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from ecplanner.domain.findings import Finding, Severity
from ecplanner.domain.model import Event, EventKind, Task, TaskStatus
from ecplanner.domain.ops import Put
from ecplanner.domain.overview import GlanceColumn, year_glance
from ecplanner.ui.common.warnings_panel import SEVERITY_COLOR, WarningsModel
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.overview.task_model import in_due_order, is_overdue, overdue_in
from ecplanner.ui.overview.view import OverviewTab
from ecplanner.ui.overview.warnings_panel import PlanWarningsPanel


def _in_tabs(qtbot: QtBot, tab: OverviewTab) -> QTabWidget:
    """The Overview as the window holds it: the first of several tabs, showing.

    Keep the answer: qtbot holds widgets weakly, and the tabs own the Overview.
    """
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(tab, "Overview")
    tabs.addTab(QWidget(), "Other")
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs


def test_a_hidden_overview_waits_and_catches_up_when_shown(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    glances: list[threading.Thread] = []

    def counting(*args: Any) -> list[GlanceColumn]:
        glances.append(threading.current_thread())
        return year_glance(*args)

    monkeypatch.setattr("ecplanner.ui.overview.view.year_glance", counting)
    tab = OverviewTab(demo_document)
    tabs = _in_tabs(qtbot, tab)
    with qtbot.waitSignal(tab.warnings.computed, timeout=10_000):
        pass
    rows, tasks, checks = tab.model.rowCount(), tab.tasks.model.rowCount(), len(glances)
    picked = tab.model.event_at(3)
    tab.table.selectRow(3)
    started: list[int] = []
    monkeypatch.setattr(tab.warnings.feed, "plan_to_check",
                        lambda sales=True: started.append(1) or iter(()))

    tabs.setCurrentIndex(1)
    sale = Event("夏季清仓", EventKind.STORE_PROMO, date(2027, 7, 1), date(2027, 7, 3))
    task = Task("写活动文案", "content", date(2027, 6, 20), event_uuid=sale.uuid)
    demo_document.apply("add", [Put(sale), Put(task)])
    qtbot.wait(400)  # past the warnings' debounce
    assert (tab.model.rowCount(), tab.tasks.model.rowCount()) == (rows, tasks)
    assert len(glances) == checks and started == []

    with qtbot.waitSignal(tab.glance_shown):
        tabs.setCurrentIndex(0)
        assert tab.warnings.title.text() == "Warnings (checking…)"
        assert tab.model.row_of(sale.uuid) >= 0
        assert tab.tasks.model.rowCount() == tasks + 1
    # The first glance at once, for the first paint; the catch-up's in a worker (~80 ms
    # on a plan of 20,000 events, on top of the tables' refresh).
    assert len(glances) == checks + 1 and glances[0] is threading.main_thread()
    assert glances[-1] is not threading.main_thread()
    assert tab.selected_events() == [picked]
    qtbot.waitUntil(lambda: started == [1], timeout=2_000)


def test_a_large_result_is_worded_only_where_shown(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    worded: list[Finding] = []
    real_describe = PlanWarningsPanel._describe

    def counting(panel: PlanWarningsPanel, finding: Finding) -> str:
        worded.append(finding)
        return real_describe(panel, finding)

    monkeypatch.setattr(PlanWarningsPanel, "_describe", counting)
    tab = OverviewTab(demo_document)
    tabs = _in_tabs(qtbot, tab)
    assert tabs.currentWidget() is tab
    panel = tab.warnings
    with qtbot.waitSignal(panel.computed, timeout=10_000) as first:
        pass
    real: list[Finding] = first.args[0]  # type: ignore[index]
    many = real * (30_000 // len(real) + 1)
    worded.clear()
    panel.computed.emit(many)  # a big plan's answer arrives
    qtbot.wait(50)
    model = panel.model
    assert model.rowCount() == len(many) > 30_000
    assert panel.title.text() == f"Warnings ({len(many)})"
    assert 0 < len(worded) < 100  # only the rows on screen
    shown = model.index(0, 0)
    text = model.data(shown, Qt.ItemDataRole.DisplayRole)
    assert text == model.data(shown, Qt.ItemDataRole.ToolTipRole) == model.text_at(0)
    assert model.data(shown, Qt.ItemDataRole.ForegroundRole) == SEVERITY_COLOR[
        many[0].severity]
    rect = panel.list.visualRect(shown)
    assert rect.height() < 2 * panel.list.fontMetrics().height()  # one line a row
    assert rect.right() <= panel.list.viewport().width()  # long texts are elided, not wide


def test_warnings_model_words_each_row_once(qtmodeltester: object) -> None:
    calls: list[str] = []

    def describe(finding: Finding) -> str:
        calls.append(finding.subject)
        return f"{finding.subject}: {finding.code}"

    model = WarningsModel(describe)
    model.reset_findings([Finding("event.x", Severity.WARNING, f"e{n}") for n in range(50)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert sorted(set(calls)) == sorted(calls)  # asked many times, worded once
    assert model.text_at(7) == "e7: event.x"


def test_tasks_in_due_order_and_overdue_count() -> None:
    rng = random.Random(5)
    today = date(2027, 6, 1)
    tasks = [Task(rng.choice(["设计", "文案", "客服"]), rng.choice(["design", "content"]),
                  today + timedelta(days=rng.randrange(-20, 20)),
                  status=rng.choice(list(TaskStatus)))
             for _ in range(500)]
    ordered = in_due_order(tasks)
    assert ordered == sorted(tasks, key=lambda t: (t.due, t.role, t.title))
    assert [t.uuid for t in ordered] == [
        t.uuid for t in sorted(tasks, key=lambda t: (t.due, t.role, t.title))]  # ties kept
    assert overdue_in(ordered, today) == sum(is_overdue(t, today) for t in tasks)
    assert overdue_in([], today) == 0


def test_tasks_panel_lists_by_due_date_and_counts_overdue(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab = OverviewTab(demo_document)
    tabs = _in_tabs(qtbot, tab)
    assert tabs.currentWidget() is tab
    panel = tab.tasks
    panel.model.today = date(2027, 6, 1)
    done = replace(demo_document.store.tasks()[0], status=TaskStatus.DONE,
                   due=date(2027, 5, 1))
    demo_document.apply("done", [Put(done)])
    tasks = demo_document.store.tasks()
    shown = [panel.model.task_at(row) for row in range(panel.model.rowCount())]
    assert shown == sorted(tasks, key=lambda t: (t.due, t.role, t.title))
    overdue = sum(is_overdue(t, date(2027, 6, 1)) for t in tasks)
    assert 0 < overdue < len(tasks)
    assert panel.summary.text() == f"{len(tasks)} tasks, {overdue} overdue"
    text_colour = panel.summary.palette().color(QPalette.ColorRole.WindowText)
    assert text_colour == QColor("#C62828")  # overdue tasks are counted in red
    panel.model.today = date(2020, 1, 1)
    panel.refresh()
    assert panel.summary.palette().color(QPalette.ColorRole.WindowText) != text_colour
    panel.role.setCurrentIndex(panel.role.findData("design"))
    assert {panel.model.task_at(r).role for r in range(panel.model.rowCount())} == {"design"}


def test_glance_counts_events_across_the_year_ends(qtbot: QtBot,
                                                   document: PlanDocument) -> None:
    tab = OverviewTab(document)
    tabs = _in_tabs(qtbot, tab)
    assert tabs.currentWidget() is tab
    with qtbot.waitSignal(tab.glance_shown):  # worked out in a worker after the first
        document.apply("add", [
            Put(Event("跨年", EventKind.MAJOR_SALE, date(2026, 12, 20), date(2027, 1, 5))),
            Put(Event("年终", EventKind.STORE_PROMO, date(2027, 12, 28), date(2028, 1, 3))),
            Put(Event("去年", EventKind.STORE_PROMO, date(2026, 3, 1), date(2026, 3, 2))),
        ])
    events = document.store.events()

    def touching(month: int) -> list[Event]:
        first = date(2027, month, 1)
        after = date(2027 + month // 12, month % 12 + 1, 1)
        return [e for e in events if e.start < after and e.end >= first]

    model = tab.glance_model
    for column in range(12):
        running = touching(column + 1)
        assert model.index(5, column).data() == str(len(running))  # events
        assert model.index(6, column).data() == str(
            sum(e.kind == EventKind.MAJOR_SALE for e in running))  # major sales
    in_year = [e for e in events if e.start.year <= 2027 <= e.end.year]
    assert model.index(5, 12).data() == str(len(in_year))


def test_double_clicking_a_task_edits_it_in_a_dialog(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ecplanner.ui.overview.dialogs import TaskDialog

    tab = OverviewTab(demo_document)
    tabs = _in_tabs(qtbot, tab)
    assert tabs.currentWidget() is tab
    panel = tab.tasks
    task = panel.model.task_at(0)
    rect = panel.table.visualRect(panel.model.index(0, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = panel.findChild(TaskDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.status.setCurrentIndex(dialog.status.findData(TaskStatus.DONE))
    dialog.owner.setText("  小林 ")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    saved = demo_document.store.get(Task, task.uuid)
    assert saved is not None
    assert (saved.status, saved.owner) == (TaskStatus.DONE, "小林")
    demo_document.undo_stack.undo()
    assert demo_document.store.get(Task, task.uuid) == task


def test_glance_marks_the_year_and_losses(qtbot: QtBot) -> None:
    from ecplanner.ui.overview.glance_model import GlanceModel

    def column(month: int | None, net_profit: float) -> GlanceColumn:
        return GlanceColumn(month, 100.0, 90.0, 10.0, 9.0, net_profit, 1, 0, 0, 0)

    model = GlanceModel()
    model.reset_columns([column(1, 500.0), column(2, -1200.0), column(None, -700.0)], "CNY")
    net_profit = 4
    assert model.index(net_profit, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(net_profit, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor("#C62828")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    year = model.index(0, 2)
    assert year.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    # The year's background is drawn from a colour, as a QBrush would be.
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    cell = view.visualRect(year)
    image = view.viewport().grab(cell).toImage()
    assert image.pixelColor(2, 2) == year.data(Qt.ItemDataRole.BackgroundRole)
