"""A plan that cannot be written, in the window: a bar says so and why, no editor starts,
every edit action is off, an edit that gets through is refused, and exporting works.

The plan is opened as ``PlanStore.open`` opens a read-only file (its connection cannot
write); the file's own mode is not changed, since the root user CI runs as would write it
anyway (``tests/store/test_bad_plan_files.py`` opens truly read-only files).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ecplanner import plans
from ecplanner.domain import demo
from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.ops import Put
from ecplanner.store.errors import PlanFileError, ReadOnlyCause, Refusal
from ecplanner.store.plan_reading import open_to_read
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.actions import ActionId
from ecplanner.ui.budget.view import BudgetTab
from ecplanner.ui.calendar.reference_data import holiday_key, holidays_now
from ecplanner.ui.calendar.view import CalendarTab
from ecplanner.ui.common.messages import problems_text, refusal_text
from ecplanner.ui.crash import install_excepthook
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.exchange.actions import ExchangeActions
from ecplanner.ui.exchange.file_kinds import Format
from ecplanner.ui.inventory.view import InventoryTab
from ecplanner.ui.main_window import MainWindow
from ecplanner.ui.overview.view import OverviewTab
from ecplanner.ui.products.view import ProductsTab
from tests.ui.calendar.helpers import bar_point, drag
from tests.ui.products.helpers import drag as timeline_drag

EDITABLE = Qt.ItemFlag.ItemIsEditable


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = tmp_path_factory.mktemp("demo") / "demo.ecplan"
    plans.create_plan(plan, demo.demo_info(2027), with_demo=True).close()
    return plan


def _read_only(plan: Path, cause: ReadOnlyCause = ReadOnlyCause.FILE) -> PlanDocument:
    engine, conn = open_to_read(plan, roll_back_a_copy=False)
    return PlanDocument(PlanStore(engine, conn, plan, read_only=cause))


@pytest.fixture
def plan(demo_plan: Path, tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "只读 计划.ecplan"
    shutil.copyfile(demo_plan, copy)
    before = _digest(copy)
    yield copy
    assert _digest(copy) == before  # whatever the test did, the plan is as it was
    assert not copy.with_name(copy.name + "-journal").exists()


@pytest.fixture
def document(plan: Path) -> Iterator[PlanDocument]:
    doc = _read_only(plan)
    yield doc
    doc.close()


def _shown(qtbot: QtBot, widget: object) -> None:
    qtbot.addWidget(widget)  # type: ignore[arg-type]
    widget.resize(1400, 900)  # type: ignore[attr-defined]
    widget.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(widget)  # type: ignore[arg-type]


def _open(path: Path) -> PlanDocument:
    return PlanDocument(plans.open_plan(path))


def test_the_window_says_why_and_turns_every_edit_off(qtbot: QtBot, document: PlanDocument,
                                                       tmp_path: Path, demo_plan: Path) -> None:
    window = MainWindow(document, _open, tmp_path)
    _shown(qtbot, window)
    bar = window.read_only_bar
    assert bar.isVisible()
    assert "read-only (the file cannot be written)" in bar.text()
    assert "Save a Copy to edit" in bar.text()
    assert bar.geometry().bottom() <= window.tabs.geometry().top()  # above the tabs
    actions = window.action_map
    for action_id in (ActionId.UNDO, ActionId.REDO, ActionId.DELETE,
                      ActionId.ADD_PLATFORM_CALENDAR, ActionId.TASK_TEMPLATES,
                      ActionId.PLAN_SETTINGS):
        assert not actions[action_id].isEnabled(), action_id
    for action_id in (ActionId.SAVE_COPY, ActionId.OPEN, ActionId.NEW):
        assert actions[action_id].isEnabled(), action_id
    exchange = window._ensure_exchange()
    assert not exchange.import_xlsx.isEnabled() and not exchange.import_json.isEnabled()
    assert exchange.export_xlsx.isEnabled() and exchange.export_json.isEnabled()
    for key in ("overview", "calendar", "products", "inventory", "budget"):
        window.tab(key)  # every tab builds on a read-only plan

    writable = tmp_path / "可写.ecplan"
    shutil.copyfile(demo_plan, writable)
    assert window.open_path(writable)
    assert not bar.isVisible()
    assert all(actions[a].isEnabled() for a in (ActionId.DELETE, ActionId.PLAN_SETTINGS))
    window.close()


def test_the_bar_names_a_read_only_folder(qtbot: QtBot, plan: Path, tmp_path: Path) -> None:
    window = MainWindow(_read_only(plan, ReadOnlyCause.FOLDER), _open, tmp_path)
    _shown(qtbot, window)
    assert "read-only (its folder cannot be written)" in window.read_only_bar.text()
    window.close()


def test_an_edit_that_gets_through_is_refused_and_writes_nothing(
        document: PlanDocument) -> None:
    event = Event("直播专场", EventKind.STORE_PROMO, date(2027, 7, 1), date(2027, 7, 2))
    with pytest.raises(ValidationError) as caught:
        document.apply("Add", [Put(event)])
    assert "read-only" in problems_text(caught.value.problems)
    assert document.undo_stack.count() == 0
    assert event.uuid not in {e.uuid for e in document.store.events()}


def test_overview_starts_no_editor(qtbot: QtBot, document: PlanDocument) -> None:
    tab = OverviewTab(document)
    _shown(qtbot, tab)
    tab.table.selectRow(0)
    assert tab.selected_events()
    assert not (tab.add_button.isEnabled() or tab.edit_button.isEnabled()
                or tab.delete_button.isEnabled())
    tab.table.doubleClicked.emit(tab.model.index(0, 0))
    tab.tasks.table.selectRow(0)
    tab.tasks.table.doubleClicked.emit(tab.tasks.model.index(0, 0))
    assert not [d for d in tab.findChildren(QDialog) if d.isVisible()]


def test_calendar_drags_keys_and_drops_write_nothing(qtbot: QtBot,
                                                     document: PlanDocument) -> None:
    holidays_now(holiday_key(document.store.info()))  # known: no background look-up
    tab = CalendarTab(document)
    _shown(qtbot, tab)
    tab.apply_view()
    before = document.store.events()
    sale = next(e for e in before if e.title == "店庆")
    start = bar_point(tab, sale.uuid)
    drag(tab, start, start + QPoint(round(tab.scene.placement.metrics.col_width * 3), 0))
    assert tab.scene.selected == sale.uuid  # a press still selects
    QTest.keyClick(tab.view.viewport(), Qt.Key.Key_Right)
    QTest.keyClick(tab.view.viewport(), Qt.Key.Key_Delete)
    assert tab.open_editor(sale.uuid) is None
    empty = bar_point(tab, sale.uuid) + QPoint(0, 200)
    drag(tab, empty, empty + QPoint(round(tab.scene.placement.metrics.col_width * 2), 0))
    assert document.store.events() == before
    assert document.undo_stack.count() == 0


def test_products_cells_buttons_menus_and_bars_start_no_edit(qtbot: QtBot,
                                                             document: PlanDocument) -> None:
    tab = ProductsTab(document)
    _shown(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.busy, timeout=5000)
    assert not tab.model.flags(tab.model.index(0, 1)) & EDITABLE
    tab.table.selectRow(0)
    for button in (tab.add_button, tab.duplicate_button, tab.delete_button, tab.paste_button,
                   tab.milestones_button, tab.season_defaults_button):
        assert not button.isEnabled(), button.text()
    menu = tab._show_menu(tab.selected_uuids()[0], QPoint(0, 0))
    assert not any(action.isEnabled() for action in menu.actions() if action.text())
    menu.close()
    before = document.store.products()
    item = tab.timeline.timeline.item_for(before[0].uuid)
    assert item is not None
    rect = item.bar_rect()
    assert rect is not None and item.zone(rect.center()) is None  # nothing to grab
    tab.timeline.bring_into_view(before[0].uuid)
    start = tab.timeline.mapFromScene(item.mapToScene(rect.center()))
    timeline_drag(tab.timeline.viewport(), start, start + QPoint(80, 0))
    assert item.shown_dates() == (before[0].launch, before[0].delist)
    assert document.store.products() == before


def test_inventory_cells_ladder_and_buttons_start_no_edit(qtbot: QtBot,
                                                          document: PlanDocument) -> None:
    tab = InventoryTab(document, today=lambda: date(2026, 11, 23))
    _shown(qtbot, tab)
    qtbot.waitUntil(lambda: tab.chart.built)
    model = tab.model
    assert not any(model.flags(model.index(0, c)) & EDITABLE
                   for c in range(model.columnCount()))
    tab.table.selectRow(0)
    assert not tab.remove_button.isEnabled() and not tab.add_button.isEnabled()
    assert not tab.plan_action.isEnabled()
    assert not tab.ladder.isEnabled() and not tab.suggest.isEnabled()
    assert not tab.ladder.add_step.isEnabled()  # greyed with its panel


def test_budget_sheet_and_its_fills_start_no_edit(qtbot: QtBot,
                                                  document: PlanDocument) -> None:
    tab = BudgetTab(document)
    _shown(qtbot, tab)
    model = tab.sheet_model
    assert not any(model.flags(model.index(r, c)) & EDITABLE
                   for r in range(model.rowCount()) for c in range(model.columnCount()))
    for action in (tab.fill_uv_action, tab.fill_search_action, tab.cogs_action,
                   tab.last_year.weights_action, tab.last_year.history_action,
                   tab.import_action):
        assert not action.isEnabled(), action.text()


def test_exporting_a_read_only_plan_works(qtbot: QtBot, document: PlanDocument,
                                          tmp_path: Path) -> None:
    window = MainWindow(document, _open, tmp_path)
    qtbot.addWidget(window)
    actions = ExchangeActions(document, window)
    target = tmp_path / "out" / "team.json"
    target.parent.mkdir()
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.export_to(Format.JSON, target)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert len(exported["events"]) == len(document.store.events())
    assert not actions.import_json.isEnabled()  # still off once the export is done
    window.close()


def test_refusals_of_special_and_unreadable_files_in_words(tmp_path: Path) -> None:
    path = tmp_path / "plan.ecplan"
    assert "permission to read" in refusal_text(PlanFileError(Refusal.UNREADABLE, path,
                                                              "permission denied"))
    assert "folder, a pipe or a device" in refusal_text(PlanFileError(Refusal.NOT_A_FILE,
                                                                      path, "a folder"))
    damaged = refusal_text(PlanFileError(Refusal.DAMAGED, path, "table task, row 7: 'ope'"))
    assert "table task, row 7: 'ope'" in damaged  # what was found


def test_a_plan_found_damaged_as_it_is_read_is_a_refusal_not_a_crash(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append("crash") or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(tmp_path / "ecplanner.log")
    try:
        raise PlanFileError(Refusal.DAMAGED, tmp_path / "p.ecplan", "table task, row 7: x")
    except PlanFileError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1 and "damaged" in shown[0] and "table task, row 7" in shown[0]
    assert QApplication.instance() is not None
