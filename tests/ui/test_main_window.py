"""The shell: tabs, title, undo/redo actions, refusing a foreign file, recent files."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ecplanner import plans
from ecplanner.domain.catalog import HolidayCalendar
from ecplanner.domain.model import Event, EventKind
from ecplanner.ui.actions import ActionId
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.main_window import MainWindow
from ecplanner.ui.overview import commands


def _open(path: Path) -> PlanDocument:
    return PlanDocument(plans.open_plan(path))


def test_window_shows_plan_and_undoes(qtbot: QtBot, demo_document: PlanDocument,
                                      tmp_path: Path) -> None:
    window = MainWindow(demo_document, _open, tmp_path)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("plan.ecplan")
    assert window.tabs.count() >= 1
    undo = window.action_map[ActionId.UNDO]
    assert not undo.isEnabled()
    commands.add_event(demo_document, Event("直播专场", EventKind.STORE_PROMO,
                                            date(2027, 7, 1), date(2027, 7, 2)))
    assert undo.isEnabled()
    undo.trigger()
    assert "直播专场" not in [e.title for e in demo_document.store.events()]
    window.action_map[ActionId.REDO].trigger()
    assert "直播专场" in [e.title for e in demo_document.store.events()]
    window.close()


def test_opening_a_foreign_file_is_refused(qtbot: QtBot, demo_document: PlanDocument,
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window = MainWindow(demo_document, _open, tmp_path)
    qtbot.addWidget(window)
    foreign = tmp_path / "notes.ecplan"
    foreign.write_text("not a plan")
    assert window.open_path(foreign) is False
    assert shown and "not an ecplanner plan" in shown[0]
    assert QApplication.overrideCursor() is None  # the wait cursor is gone again
    assert foreign.read_text() == "not a plan"
    assert window.document is demo_document
    window.close()


def _other_plan(folder: Path) -> Path:
    from ecplanner.domain.model import PlanInfo

    other = folder / "other.ecplan"
    plans.create_plan(other, PlanInfo("另一家店", 2027)).close()
    return other


def test_open_switches_plan_and_remembers_it(qtbot: QtBot, demo_document: PlanDocument,
                                             tmp_path: Path) -> None:
    other = _other_plan(tmp_path)
    window = MainWindow(demo_document, _open, tmp_path)
    qtbot.addWidget(window)
    assert window.open_path(other)
    assert QApplication.overrideCursor() is None
    assert window.document is not None
    assert window.document.store.info().store_name == "另一家店"
    qtbot.waitUntil(lambda: window.recent_files()[:1] == [str(other)])
    window.close()


def test_a_plan_opened_while_tabs_build_is_built_once(qtbot: QtBot, demo_document: PlanDocument,
                                                    tmp_path: Path) -> None:
    from ecplanner.ui.tab_slot import TabSlot

    other = _other_plan(tmp_path)
    window = MainWindow(demo_document, _open, tmp_path)
    qtbot.addWidget(window)
    told: list[bool] = []
    window.tabs_built.connect(lambda: told.append(True))
    assert window.open_path(other)  # before the first plan's tabs are built
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    qtbot.wait(300)
    assert told == [True]  # the first plan's round of builds ended when it was closed
    assert all(s.is_built for s in map(window.tabs.widget, range(window.tabs.count()))
               if isinstance(s, TabSlot))
    window.close()


def test_disk_writes_wait_for_the_first_paint(qtbot: QtBot, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # A changed setting is written to disk, with fsyncs, at the event loop's next turn:
    # before the window's first paint unless the change itself waits. So does a backup.
    from ecplanner import paths
    from ecplanner.domain.model import PlanInfo

    path = tmp_path / "shop.ecplan"
    plans.create_plan(path, PlanInfo("小店", 2027)).close()
    document = _open(path)
    window = MainWindow(document, _open, tmp_path)
    qtbot.addWidget(window)
    window.settings.remove("recent/files")
    qtbot.wait(10)
    backups = paths.backup_dir()
    assert window.recent_files() == []
    assert not list(backups.glob("shop-*/*.ecplan"))
    qtbot.waitUntil(lambda: window.recent_files() == [str(path)])
    qtbot.waitUntil(lambda: len(list(backups.glob("shop-*/*.ecplan"))) == 1)
    writes: list[object] = []
    monkeypatch.setattr(window.settings, "setValue", lambda *args: writes.append(args))
    window._remember_recent(path)
    assert writes == []  # reopening the last plan writes nothing
    window.close()


def test_the_backup_is_copied_off_the_ui_thread(qtbot: QtBot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # Copying a plan of 40 MB takes ~0.1 s: the window goes on while a worker copies.
    import threading

    from ecplanner import paths
    from ecplanner.domain.model import PlanInfo
    from ecplanner.store import plan_store

    copied_in: list[threading.Thread] = []
    copy = plan_store.backup_copy

    def recording(*args: Any, **kwargs: Any) -> Path:
        copied_in.append(threading.current_thread())
        return copy(*args, **kwargs)

    monkeypatch.setattr(plan_store, "backup_copy", recording)
    path = tmp_path / "shop.ecplan"
    plans.create_plan(path, PlanInfo("小店", 2027)).close()
    window = MainWindow(_open(path), _open, tmp_path)
    qtbot.addWidget(window)
    document = window.document
    assert document is not None
    qtbot.waitUntil(lambda: document.store.backup_job() is None)  # none due: taken
    assert copied_in and copied_in[0] is not threading.main_thread()
    (backup,) = paths.backup_dir().glob("shop-*/*.ecplan")
    store = plans.open_plan(backup)  # a whole plan
    assert store.info().store_name == "小店"
    store.close()
    document.store.write([])  # the first write finds the backup taken
    assert len(copied_in) == 1
    window.close()


def test_a_backup_that_fails_is_told_in_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    from ecplanner import paths
    from ecplanner.domain.model import PlanInfo

    path = tmp_path / "shop.ecplan"
    plans.create_plan(path, PlanInfo("小店", 2027)).close()
    backups = paths.backup_dir()
    backups.parent.mkdir(parents=True, exist_ok=True)
    backups.write_text("a file where the backup folder should be")
    window = MainWindow(_open(path), _open, tmp_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "No backup copy" in window.statusBar().currentMessage())
    assert window.document is not None and window.document.store.info().store_name == "小店"
    window.close()


def test_add_platform_calendar_adds_only_missing(qtbot: QtBot, document: PlanDocument,
                                                 tmp_path: Path) -> None:
    from ecplanner.domain.ops import Delete

    window = MainWindow(document, _open, tmp_path)
    qtbot.addWidget(window)
    sale = next(e for e in document.store.events() if e.template_key == "cn.tmall.618")
    moved = next(e for e in document.store.events() if e.template_key == "cn.tmall.double11")
    commands.edit_event(document, moved, moved.shifted(3).revised())
    document.apply("delete", [Delete(Event, sale.uuid)])
    count = len(document.store.events())
    window.action_map[ActionId.ADD_PLATFORM_CALENDAR].trigger()
    events = document.store.events()
    assert len(events) == count + 1
    assert [e.start for e in events if e.template_key == "cn.tmall.double11"] == [
        moved.start + timedelta(days=3)]
    assert any(t.event_uuid != sale.uuid and t.title for t in document.store.tasks())
    window.action_map[ActionId.ADD_PLATFORM_CALENDAR].trigger()
    assert len(document.store.events()) == count + 1
    document.undo_stack.undo()  # the second run added nothing, so pushed no step
    assert len(document.store.events()) == count
    window.close()


def test_task_template_edit_is_stored_and_undoable(qtbot: QtBot, document: PlanDocument,
                                                   tmp_path: Path) -> None:
    from PySide6.QtWidgets import QComboBox

    from ecplanner.ui.task_templates_dialog import TaskTemplatesDialog

    dialog = TaskTemplatesDialog(document)
    qtbot.addWidget(dialog)
    role = dialog.table.cellWidget(0, 1)
    assert isinstance(role, QComboBox)
    before = document.store.task_templates()[0]
    role.setCurrentIndex(role.findData("design"))
    assert document.store.task_templates()[0].role == "design"
    document.undo_stack.undo()
    assert document.store.task_templates()[0] == before


def test_other_tabs_and_exchange_build_after_start(qtbot: QtBot, demo_document: PlanDocument,
                                                   tmp_path: Path) -> None:
    from ecplanner.ui.tab_slot import TabSlot

    window = MainWindow(demo_document, _open, tmp_path)
    qtbot.addWidget(window)
    slots = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert all(isinstance(s, TabSlot) for s in slots)
    assert [s.is_built for s in slots if isinstance(s, TabSlot)][:2] == [True, False]
    with qtbot.waitSignal(window.tabs_built, timeout=15_000):  # told once all are built
        pass
    assert all(s.is_built for s in slots if isinstance(s, TabSlot))
    assert window.exchange is not None
    texts = [a.text() for a in window.file_menu.actions()]
    assert any("Excel" in t for t in texts) and any("Calendar Image" in t for t in texts)


def test_a_file_open_event_opens_that_plan(qtbot: QtBot, demo_document: PlanDocument,
                                           tmp_path: Path) -> None:
    """What macOS sends when a plan is double-clicked in Finder while the app runs."""
    from PySide6.QtGui import QFileOpenEvent

    from ecplanner.ui.file_open_events import FileOpenFilter

    window = MainWindow(demo_document, _open, tmp_path)
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert app is not None
    opener = FileOpenFilter(window)
    app.installEventFilter(opener)
    try:
        other = _other_plan(tmp_path)
        QApplication.sendEvent(app, QFileOpenEvent(str(other)))
        assert window.document is not None and window.document.path == other
    finally:
        app.removeEventFilter(opener)
        window.close()


def _started_while_building(qtbot: QtBot, document: PlanDocument, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch, cls: type, name: str
                            ) -> list[bool]:
    """Whether the window was still building its tabs each time ``cls.name`` started."""
    from ecplanner.ui import main_window

    monkeypatch.setattr(main_window, "_BETWEEN_BUILDS_MS", 250)  # building outlasts 1.2 s
    started: list[bool] = []
    real = getattr(cls, name)

    def watched(self: object) -> None:
        started.append(window.building_tabs)
        real(self)

    monkeypatch.setattr(cls, name, watched)
    window = MainWindow(document, _open, tmp_path)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.tabs_built, timeout=15_000):
        pass
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)
    window.close()
    return started


def test_the_first_warnings_check_waits_for_the_tabs_to_be_built(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The check holds the interpreter in its worker; started while the window still builds
    its tabs at idle, it would stretch those turns."""
    from ecplanner.ui.overview.warnings_panel import PlanWarningsPanel

    assert _started_while_building(qtbot, demo_document, tmp_path, monkeypatch,
                                   PlanWarningsPanel, "recompute") == [False]


def test_the_glance_with_the_holidays_waits_for_the_tabs_to_be_built(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The holidays arrive while the tabs are built; the glance they change is worked out
    in a worker, which would take the interpreter from the building turns."""
    from ecplanner.ui.calendar import reference_data
    from ecplanner.ui.overview.view import OverviewTab

    monkeypatch.setattr(reference_data, "_holidays", {})  # none known: they arrive later
    assert _started_while_building(qtbot, demo_document, tmp_path, monkeypatch,
                                   OverviewTab, "_start_glance") == [False]


def test_the_tabs_wait_while_the_holidays_are_worked_out(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A cold cache: the holidays take ~0.5 s of Python in a thread, and building beside
    # them made the window wait for the interpreter.
    from ecplanner.ui.calendar import reference_data
    from ecplanner.ui.tab_slot import TabSlot

    known = threading.Event()
    real = reference_data.holidays_now

    def worked_out(key: reference_data.HolidayKey) -> HolidayCalendar:
        known.wait(10)
        return real(key)

    monkeypatch.setattr(reference_data, "holidays_now", worked_out)
    monkeypatch.setattr(reference_data, "_holidays", {})  # none known yet
    window = MainWindow(demo_document, _open, tmp_path)
    qtbot.addWidget(window)
    slots = [s for s in map(window.tabs.widget, range(window.tabs.count()))
             if isinstance(s, TabSlot)]
    loader = reference_data.holiday_loader()
    qtbot.waitUntil(lambda: loader.busy)  # asked for by the first tab that shows them
    built = [s.is_built for s in slots].count(True)
    qtbot.wait(400)  # long enough to build the rest: one part every 10 ms
    assert [s.is_built for s in slots].count(True) == built < len(slots)
    assert loader.busy and window.building_tabs
    with qtbot.waitSignal(window.tabs_built, timeout=15_000):
        known.set()
    assert all(s.is_built for s in slots)
