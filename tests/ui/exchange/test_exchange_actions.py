"""File → Export/Import: the worker runs off the UI thread with progress, the preview lists
every change, Apply is one undo step, Cancel and broken files change nothing."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event
from ecplanner.domain.ops import Put
from ecplanner.exchange.import_result import ImportIssue
from ecplanner.exchange.xlsx.baseline import BASE_SHEET
from ecplanner.exchange.xlsx.budget import budget_rows
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.exchange.actions import ExchangeActions
from ecplanner.ui.exchange.file_kinds import Format
from ecplanner.ui.exchange.preview_dialog import ImportPreviewDialog
from ecplanner.ui.exchange.preview_model import changes_model
from ecplanner.ui.exchange.texts import issue_text

TIMEOUT = 20_000


@pytest.fixture
def window(qtbot: QtBot, demo_document: PlanDocument) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    main.resize(900, 600)
    main.show()
    return main


@pytest.fixture
def actions(window: QMainWindow, demo_document: PlanDocument) -> ExchangeActions:
    return ExchangeActions(demo_document, window)


def export(qtbot: QtBot, actions: ExchangeActions, kind: Format, path: Path) -> None:
    with qtbot.waitSignal(actions.finished, timeout=TIMEOUT) as blocker:
        actions.export_to(kind, path)
    assert blocker.args == [path]


def preview(qtbot: QtBot, actions: ExchangeActions, kind: Format,
            path: Path) -> ImportPreviewDialog:
    with qtbot.waitSignal(actions.finished, timeout=TIMEOUT) as blocker:
        actions.import_from(kind, path)
    dialog = blocker.args[0]
    assert isinstance(dialog, ImportPreviewDialog) and dialog.isVisible()
    return dialog


def owner_edit(path: Path, event: Event, owner: str) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book["活动"]
    headers = {c.value: c.column for c in sheet[1]}
    row = next(r for r in sheet.iter_rows(min_row=2)
               if r[headers["ID"] - 1].value == event.uuid and r[headers["阶段序号"] - 1].value
               is None)
    sheet.cell(row[0].row, headers["负责人"]).value = owner
    book.save(path)


def test_the_file_menu_gets_five_actions(actions: ExchangeActions) -> None:
    texts = [(menu, action.text()) for menu, action in actions.menu_actions()]
    assert texts == [("file", "Export to &Excel…"), ("file", "&Import from Excel…"),
                     ("file", "Export i&Calendar…"), ("file", "Export &JSON…"),
                     ("file", "Import JS&ON…")]


def test_export_runs_in_the_worker_with_progress(qtbot: QtBot, actions: ExchangeActions,
                                                 window: QMainWindow, tmp_path: Path) -> None:
    stages: list[str] = []
    actions.worker.progressed.connect(lambda done, total, stage: stages.append(stage))
    target = tmp_path / "team.xlsx"
    export(qtbot, actions, Format.XLSX, target)
    assert stages[0] == "read" and "budget" in stages and stages[-1] == "save"
    book = openpyxl.load_workbook(target, read_only=True)
    assert "投入产出" in book.sheetnames
    book.close()  # a read-only book holds the file open until closed
    assert actions.progress is None and actions.export_xlsx.isEnabled()
    assert str(target) in window.statusBar().currentMessage()
    export(qtbot, actions, Format.ICS, tmp_path / "team.ics")
    export(qtbot, actions, Format.JSON, tmp_path / "team.json")
    assert (tmp_path / "team.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert json.loads((tmp_path / "team.json").read_text(encoding="utf-8"))["computed"]


def test_cancel_writes_nothing(qtbot: QtBot, actions: ExchangeActions, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(actions.worker.cancelled, timeout=TIMEOUT):
        actions.export_to(Format.XLSX, out / "team.xlsx")
        actions.worker.cancel()
    assert list(out.iterdir()) == []
    assert actions.progress is None and actions.export_xlsx.isEnabled()


def test_import_preview_then_apply_is_one_undo_step(
        qtbot: QtBot, actions: ExchangeActions, demo_document: PlanDocument,
        tmp_path: Path) -> None:
    path = tmp_path / "team.xlsx"
    export(qtbot, actions, Format.XLSX, path)
    store = demo_document.store
    event = next(e for e in store.events() if e.title == "店庆")
    owner_edit(path, event, "新同事")
    dialog = preview(qtbot, actions, Format.XLSX, path)
    model = dialog.changes_view.model()
    assert model.rowCount() == 1
    head = model.index(0, 0)
    assert "店庆" in head.data()
    assert [model.index(0, c, head).data() for c in range(3)] == ["Owner", "小林", "新同事"]
    undo_count = demo_document.undo_stack.count()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = store.get(Event, event.uuid)
    assert stored is not None and stored.owner == "新同事"
    assert demo_document.undo_stack.count() == undo_count + 1
    demo_document.undo_stack.undo()
    assert store.get(Event, event.uuid) == event


def test_a_broken_file_lists_its_problems_and_changes_nothing(
        qtbot: QtBot, actions: ExchangeActions, demo_document: PlanDocument,
        tmp_path: Path) -> None:
    path = tmp_path / "team.xlsx"
    export(qtbot, actions, Format.XLSX, path)
    book = openpyxl.load_workbook(path)
    products = book["商品"]
    launch = next(c.column for c in products[1] if c.value == "上新日")
    products.cell(3, launch).value = "soon"
    products.cell(4, launch).value = datetime(2027, 3, 1)
    book.save(path)
    before = demo_document.store.products()
    dialog = preview(qtbot, actions, Format.XLSX, path)
    assert not dialog.apply_button.isEnabled()
    assert dialog.errors_view.isVisible() and not dialog.changes_view.isVisible()
    problems = dialog.errors_view.model()
    letter = openpyxl.utils.get_column_letter(launch)
    assert problems.rowCount() == 1
    assert problems.index(0, 0).data() == (
        f"Sheet “商品”, cell {letter}3 (上新日) “soon”: is not a date")
    dialog.resize(760, 300)
    Path("/work/shots").mkdir(exist_ok=True)
    dialog.grab().save("/work/shots/exchange_errors.png")
    dialog.reject()
    assert demo_document.store.products() == before


def test_a_file_that_is_not_ours_is_refused_clearly(
        qtbot: QtBot, actions: ExchangeActions, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    dialog = preview(qtbot, actions, Format.JSON, path)
    text = dialog.errors_view.model().index(0, 0).data()
    assert "not exported by ecplanner" in text and not dialog.apply_button.isEnabled()


def test_preview_model_is_a_valid_item_model(qtmodeltester: Any, qtbot: QtBot,
                                            actions: ExchangeActions,
                                            demo_document: PlanDocument, tmp_path: Path) -> None:
    path = tmp_path / "team.xlsx"
    export(qtbot, actions, Format.XLSX, path)
    sale = next(e for e in demo_document.store.events() if e.title == "99划算节")
    book = openpyxl.load_workbook(path)
    events = book["活动"]
    headers = {c.value: c.column for c in events[1]}
    row = next(r[0].row for r in events.iter_rows(min_row=2)
               if r[headers["ID"] - 1].value == sale.uuid and r[headers["阶段序号"] - 1].value
               is None)
    events.cell(row, headers["开始"]).value = datetime(2027, 9, 11)
    events.cell(row, headers["结束"]).value = datetime(2027, 9, 16)
    book["投入产出"].cell(budget_rows()["uv"] + 1, 8).value = 400_000
    products = book["商品"]
    new = products.max_row + 1
    for col, value in ((1, "27SU099"), (2, "亚麻衬衫"), (3, "夏"), (8, 40), (9, 159)):
        products.cell(new, col).value = value
    book.save(path)
    dialog = preview(qtbot, actions, Format.XLSX, path)
    qtmodeltester.check(changes_model(dialog.import_result))
    assert dialog.changes_view.model().rowCount() == 4  # 3 changes + the tasks that follow
    dialog.resize(900, 560)
    Path("/work/shots").mkdir(exist_ok=True)
    dialog.grab().save("/work/shots/exchange_preview.png")
    dialog.reject()


def test_issue_words_name_the_cell(qtbot: QtBot) -> None:
    issue = ImportIssue("percent_over_100", "投入产出", 10, "C", "1月", "3.2")
    assert issue_text(issue) == "Sheet “投入产出”, cell C10 (1月) “3.2”: is a percentage over 100%"
    assert issue_text(ImportIssue("end_before_start", "活动", 4, "F", "结束")) == \
        "Sheet “活动”, cell F4 (结束): ends before it starts"


def test_app_work_since_the_export_survives_and_conflicts_are_shown(
        qtbot: QtBot, actions: ExchangeActions, demo_document: PlanDocument,
        tmp_path: Path) -> None:
    path = tmp_path / "team.xlsx"
    export(qtbot, actions, Format.XLSX, path)
    store = demo_document.store
    sale = next(e for e in store.events() if e.title == "99划算节")
    moved = sale.shifted(2).revised()
    demo_document.apply("Move", [Put(moved)])
    anniversary = next(e for e in store.events() if e.title == "店庆")
    owner_edit(path, anniversary, "新同事")
    dialog = preview(qtbot, actions, Format.XLSX, path)
    model = dialog.changes_view.model()
    assert model.rowCount() == 1 and "店庆" in model.index(0, 0).data()
    assert not dialog.warning.isVisible()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert store.get(Event, sale.uuid) == moved  # the untouched row did not move it back

    book = openpyxl.load_workbook(path)
    events = book["活动"]
    headers = {c.value: c.column for c in events[1]}
    row = next(r[0].row for r in events.iter_rows(min_row=2)
               if r[headers["ID"] - 1].value == sale.uuid and r[headers["阶段序号"] - 1].value
               is None)
    events.cell(row, headers["开始"]).value = datetime(2027, 9, 1)
    book.save(path)
    dialog = preview(qtbot, actions, Format.XLSX, path)
    assert not dialog.apply_button.isEnabled() and dialog.errors_view.isVisible()
    assert "conflict" in dialog.summary.text()
    text = dialog.errors_view.model().index(0, 0).data()
    letter = openpyxl.utils.get_column_letter(headers["开始"])
    assert text == (f"Conflict — Sheet “活动”, cell {letter}{row} (开始): the workbook holds "
                    "“2027-09-01”, the plan now holds “2027-09-06”")
    dialog.resize(760, 300)
    dialog.grab().save("/work/shots/exchange_conflict.png")
    dialog.reject()
    assert store.get(Event, sale.uuid) == moved


def test_an_older_workbook_is_imported_with_a_warning(
        qtbot: QtBot, actions: ExchangeActions, tmp_path: Path) -> None:
    path = tmp_path / "team.xlsx"
    export(qtbot, actions, Format.XLSX, path)
    book = openpyxl.load_workbook(path)
    del book[BASE_SHEET]
    book.save(path)
    dialog = preview(qtbot, actions, Format.XLSX, path)
    assert dialog.warning.isVisible() and "earlier version" in dialog.warning.text()
    assert dialog.import_result.warnings == ("no_baseline",)
    dialog.reject()
