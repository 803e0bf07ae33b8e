"""The shell: tabs, menus and undo/redo around one open plan. No business logic here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QDesktopServices, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ecplanner.ui.exchange.actions import ExchangeActions
from ecplanner import paths
from ecplanner.domain.review.periods import PeriodKind
from ecplanner.store.errors import PlanFileError
from ecplanner.ui.about_dialog import AboutDialog, Folders
from ecplanner.ui.actions import ActionId, build_actions
from ecplanner.ui.calendar.reference_data import holiday_loader
from ecplanner.ui.common import heavy
from ecplanner.ui.common.background import Background
from ecplanner.ui.common.messages import read_only_text, refusal_text
from ecplanner.ui.document import PlanDocument, StepFailure
from ecplanner.ui.plan_commands import add_platform_calendar
from ecplanner.ui.plan_settings_dialog import PlanSettingsDialog
from ecplanner.ui.step_progress import StepProgress
from ecplanner.ui.tab_slot import TabSlot
from ecplanner.ui.tabs import TABS
from ecplanner.ui.task_templates_dialog import TaskTemplatesDialog

Opener = Callable[[Path], PlanDocument]
_RECENT_MAX = 8
_FIRST_IDLE_BUILD_MS = 150
_BETWEEN_BUILDS_MS = 10
_HOLIDAYS_POLL_MS = 20  # how often the builds look whether the holidays are known
# The window's actions that change the plan, disabled while it is read-only. (Undo and redo
# follow the undo stack, which a read-only plan never fills; tabs disable their own.)
_PLAN_EDITS = (ActionId.DELETE, ActionId.ADD_PLATFORM_CALENDAR, ActionId.TASK_TEMPLATES,
               ActionId.PLAN_SETTINGS)


class MainWindow(QMainWindow):
    """Shows ``document`` in tabs; ``opener`` opens another plan file (may raise)."""

    tabs_built = Signal()  # every tab of the open plan is built: the window is idle
    part_built = Signal()
    """One more part of the open plan (the backup, the menus' export actions, a tab's code,
    a tab) was built after the window showed; ``tabs_built`` follows the last."""

    def __init__(self, document: PlanDocument, opener: Opener, log_folder: Path,
                 new_plan: Callable[[QWidget], PlanDocument | None] | None = None) -> None:
        super().__init__()
        self._opener = opener
        self._new_plan = new_plan
        self._log_folder = log_folder
        self.settings = QSettings()
        self.action_map = build_actions(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_current_changed)
        self.read_only_bar = _read_only_bar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_bar)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._slots: list[TabSlot] = []
        self.exchange: ExchangeActions | None = None
        self.step_progress: StepProgress | None = None  # the open plan's large undo/redo
        self.document: PlanDocument | None = None
        self._tab_actions: list[tuple[QMenu, QAction]] = []
        self._build_round = 0  # which plan's idle builds are running
        self._heavy = heavy.Loader(self)  # numpy and pyqtgraph, once the window is idle
        self.building_tabs = False  # the open plan's tabs are being built at idle
        self._backup_pending = False  # the opened plan's backup is the first idle part
        self._build_menus()
        self._connect_actions()
        self.set_document(document)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    # -- the open plan ---------------------------------------------------------
    def set_document(self, document: PlanDocument) -> None:
        old = self.document
        self.document = document
        for menu, action in self._tab_actions:
            menu.removeAction(action)
        self._tab_actions = []
        self.tabs.blockSignals(True)  # no tab of the old plan is to be built while leaving
        while self.tabs.count():
            old_tab = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if old_tab is not None:
                old_tab.deleteLater()
        self._slots = [TabSlot(spec, document) for spec in TABS]
        for number, slot in enumerate(self._slots, start=1):
            self.tabs.addTab(slot, slot.spec.title())
            go_to = QAction(slot.spec.title(), self)
            go_to.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go_to.triggered.connect(lambda _=False, s=slot: self.tabs.setCurrentWidget(s))
            self.view_menu.insertAction(self._view_tail, go_to)
            self._tab_actions.append((self.view_menu, go_to))
        self.tabs.blockSignals(False)
        if self.exchange is not None:
            self.exchange.deleteLater()
            self.exchange = None
        self._ensure_built(self._slots[0])
        # Let the window paint the first tab before the others are built.
        self._build_round += 1  # a plan opened meanwhile ends the last plan's round
        self.building_tabs = True  # until ``tabs_built``
        self._backup_pending = True
        round_ = self._build_round
        QTimer.singleShot(_FIRST_IDLE_BUILD_MS, self, lambda: self._build_next_tab(round_))
        self._bind_undo(document)
        self._show_read_only(document)
        if old is not None:
            old.close()
            old.deleteLater()
        self._update_title()

    def _ensure_built(self, slot: TabSlot) -> QWidget:
        if not slot.is_built:
            self._add_tab_actions(slot.content())
        return slot.content()

    def _build_next_tab(self, round_: int) -> None:
        """Builds one more part after the window shows, then yields to the event loop."""
        if self.document is None or round_ != self._build_round:
            return
        if holiday_loader().busy:
            # Being worked out for the first time (a cold cache: ~0.5 s of Python in a
            # thread, importing ``holidays``); beside it, building turns of 30–70 ms of
            # work took 100–200 ms waiting for the interpreter. The builds wait for it.
            QTimer.singleShot(_HOLIDAYS_POLL_MS, self, lambda: self._build_next_tab(round_))
            return
        pending = [s for s in self._slots if not s.is_built]
        if self._backup_pending:
            # Disk writes wait until the window has painted (a setting changed before
            # would be written, with two fsyncs, before the paint), and take a turn of
            # their own; the backup is copied in a worker.
            self._backup_pending = False
            self._after_first_paint(self.document)
        elif self.exchange is None:
            self._ensure_exchange()  # a part of its own: with a tab, a pause of ~70 ms
        elif pending and not pending[0].spec.is_loaded:
            pending[0].spec.load()  # a tab's code, then the tab: a turn each
        elif pending:
            self._ensure_built(pending[0])
        else:
            self.building_tabs = False
            self._load_heavy_after_first_check()
            self.tabs_built.emit()
            return
        self.part_built.emit()
        # Not 0 ms: zero-timers run back to back, and the window's own timers and input
        # must get their turn between two builds.
        QTimer.singleShot(_BETWEEN_BUILDS_MS, self, lambda: self._build_next_tab(round_))

    def _ensure_exchange(self) -> ExchangeActions:
        """The File menu's export and import actions (their module loads after start-up)."""
        if self.exchange is None:
            from ecplanner.ui.exchange import actions  # loads the exchange code after start-up

            assert self.document is not None
            self.exchange = actions.ExchangeActions(self.document, self)
            self._add_tab_actions(self.exchange)
        return self.exchange

    def _on_current_changed(self, index: int) -> None:
        slot = self.tabs.widget(index)
        if isinstance(slot, TabSlot):
            self._ensure_built(slot)

    def _add_tab_actions(self, tab: QObject) -> None:
        """A tab may offer ``menu_actions() -> list[(menu key, QAction)]``; keys are
        ``file``, ``view`` and ``plan``."""
        offered = getattr(tab, "menu_actions", None)
        if not callable(offered):
            return
        menus = {"file": self.file_menu, "view": self.view_menu, "plan": self.plan_menu}
        for key, action in offered():
            if key == "file":
                self.file_menu.insertAction(self._file_tail, action)
            else:
                menus[key].addAction(action)
            self._tab_actions.append((menus[key], action))

    def _load_heavy_after_first_check(self) -> None:
        """numpy and pyqtgraph load in a worker once the plan's first warnings check has
        ended too, so that the window is idle: beside the check's reading of the plan
        (SQLite gives the interpreter up at every row), the import stretched a turn of
        71 ms to 194 ms on the clock."""
        # Imported now, not with this module: a tab's code loads after the first paint.
        from ecplanner.ui.overview.view import OverviewTab

        overview = self.tab("overview")
        assert isinstance(overview, OverviewTab)
        overview.warnings.checked.connect(lambda _shown: self._heavy.start(),
                                          Qt.ConnectionType.SingleShotConnection)

    def tab(self, key: str) -> QWidget:
        """The tab's widget, built now if it was not yet."""
        for slot in self._slots:
            if slot.spec.key == key:
                return self._ensure_built(slot)
        raise KeyError(key)

    def _bind_undo(self, document: PlanDocument) -> None:
        stack = document.undo_stack
        undo, redo = self.action_map[ActionId.UNDO], self.action_map[ActionId.REDO]
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        # Slots on this window (not lambdas), so Qt drops the connections with the window.
        stack.canUndoChanged.connect(self._on_can_undo)
        stack.canRedoChanged.connect(self._on_can_redo)
        stack.undoTextChanged.connect(self._on_undo_text)
        stack.redoTextChanged.connect(self._on_redo_text)
        stack.step_failed.connect(self._on_step_failed)
        # A large step written in slices: undo and redo wait for it, its dialog shows it.
        stack.step_started.connect(self._on_step_started)
        stack.step_ended.connect(self._on_step_ended)
        if self.step_progress is not None:
            self.step_progress.deleteLater()
        self.step_progress = StepProgress(stack, self)

    def _show_read_only(self, document: PlanDocument) -> None:
        cause = document.read_only_cause
        self.read_only_bar.setVisible(cause is not None)
        if cause is not None:
            self.read_only_bar.setText(read_only_text(cause))
        for action_id in _PLAN_EDITS:
            self.action_map[action_id].setEnabled(cause is None)

    def _on_can_undo(self, can: bool) -> None:
        stepping = self.document is not None and self.document.undo_stack.stepping
        self.action_map[ActionId.UNDO].setEnabled(can and not stepping)

    def _on_can_redo(self, can: bool) -> None:
        stepping = self.document is not None and self.document.undo_stack.stepping
        self.action_map[ActionId.REDO].setEnabled(can and not stepping)

    def _on_step_started(self) -> None:
        self.action_map[ActionId.UNDO].setEnabled(False)
        self.action_map[ActionId.REDO].setEnabled(False)

    def _on_step_ended(self) -> None:
        if self.document is not None:
            self._on_can_undo(self.document.undo_stack.canUndo())
            self._on_can_redo(self.document.undo_stack.canRedo())

    def _on_undo_text(self, text: str) -> None:
        self.action_map[ActionId.UNDO].setText(self.tr("&Undo %1").replace("%1", text))

    def _on_redo_text(self, text: str) -> None:
        self.action_map[ActionId.REDO].setText(self.tr("&Redo %1").replace("%1", text))

    def _on_step_failed(self, failure: StepFailure) -> None:
        text = (self.tr("“%1” was not undone: the plan file could not be written (%2).\n\n"
                        "The plan and its undo history are as they were. Free some disk "
                        "space or fix the cause, then undo again.") if failure.undoing else
                self.tr("“%1” was not redone: the plan file could not be written (%2).\n\n"
                        "The plan and its undo history are as they were. Free some disk "
                        "space or fix the cause, then redo again."))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The plan was not changed"),
                          text.replace("%1", failure.text).replace("%2", failure.reason),
                          parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window goes on painting behind it

    def _update_title(self) -> None:
        name = self.document.path.name if self.document and self.document.path else "ecplanner"
        self.setWindowTitle(f"{name} — ecplanner")

    # -- menus ---------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.action_map
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a[ActionId.NEW])
        file_menu.addAction(a[ActionId.OPEN])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(a[ActionId.SAVE_COPY])
        file_menu.addSeparator()
        self.file_menu = file_menu
        self._file_tail = file_menu.addSeparator()  # tabs' export/import actions go above
        file_menu.addAction(a[ActionId.QUIT])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action_id in (ActionId.UNDO, ActionId.REDO, ActionId.DELETE):
            edit_menu.addAction(a[action_id])
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._view_tail = self.view_menu.addSeparator()  # "go to tab" actions go above
        self.plan_menu = self.menuBar().addMenu(self.tr("&Plan"))
        self.plan_menu.addAction(a[ActionId.ADD_PLATFORM_CALENDAR])
        self.plan_menu.addAction(a[ActionId.TASK_TEMPLATES])
        self.plan_menu.addAction(a[ActionId.PLAN_SETTINGS])
        self.plan_menu.addSeparator()
        self.reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        self.reports_menu.addAction(a[ActionId.WEEKLY_REPORT])
        self.reports_menu.addAction(a[ActionId.MONTHLY_REPORT])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a[ActionId.SHOW_LOG_FOLDER])
        help_menu.addAction(a[ActionId.ABOUT])
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _connect_actions(self) -> None:
        a = self.action_map
        a[ActionId.NEW].triggered.connect(self._on_new)
        a[ActionId.OPEN].triggered.connect(self._on_open)
        a[ActionId.SAVE_COPY].triggered.connect(self._on_save_copy)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.UNDO].triggered.connect(lambda: self._stack_do("undo"))
        a[ActionId.REDO].triggered.connect(lambda: self._stack_do("redo"))
        a[ActionId.DELETE].triggered.connect(self._on_delete)
        a[ActionId.SHOW_LOG_FOLDER].triggered.connect(self._on_show_log_folder)
        a[ActionId.ABOUT].triggered.connect(self._on_about)
        a[ActionId.ADD_PLATFORM_CALENDAR].triggered.connect(self._on_add_platform_calendar)
        a[ActionId.TASK_TEMPLATES].triggered.connect(self._on_task_templates)
        a[ActionId.PLAN_SETTINGS].triggered.connect(self._on_plan_settings)
        a[ActionId.WEEKLY_REPORT].triggered.connect(lambda: self._on_report(PeriodKind.WEEK))
        a[ActionId.MONTHLY_REPORT].triggered.connect(lambda: self._on_report(PeriodKind.MONTH))

    def _stack_do(self, what: str) -> None:
        if self.document is not None:
            getattr(self.document.undo_stack, what)()

    def _on_delete(self) -> None:
        current = self.tabs.currentWidget()
        content = current.content() if isinstance(current, TabSlot) else current
        delete = getattr(content, "delete_selected", None)
        if callable(delete):
            delete()

    # -- plan ------------------------------------------------------------------
    def _on_add_platform_calendar(self) -> None:
        if self.document is None:
            return
        added = add_platform_calendar(self.document)
        year = self.document.store.info().year
        message = (self.tr("Added %1 platform events for %2 with their team tasks.")
                   .replace("%1", str(added)).replace("%2", str(year)) if added else
                   self.tr("The plan already has every platform event of %1.")
                   .replace("%1", str(year)))
        self.statusBar().showMessage(message, 8000)

    def _on_task_templates(self) -> None:
        if self.document is not None:
            TaskTemplatesDialog(self.document, self).open()

    def _on_plan_settings(self) -> None:
        if self.document is not None:
            PlanSettingsDialog(self.document, self).open()

    def _on_report(self, kind: PeriodKind) -> None:
        from ecplanner.ui.review.dialogs import ReportDialog  # the report's writers: on use

        if self.document is not None:
            dialog = ReportDialog(self.document, kind, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it holds a plan's read
            dialog.open()

    # -- files -----------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        # A large plan takes a moment to check, back up and show its first tab.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            document = self._opener(path)
        except PlanFileError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Cannot open plan"), refusal_text(error))
            return False
        try:
            self.set_document(document)
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def _on_new(self) -> None:
        if self._new_plan is None:
            return
        document = self._new_plan(self)
        if document is not None:
            self.set_document(document)

    def _on_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open plan"), "",
                                              self.tr("ecplanner plan (*.ecplan)"))
        if path:
            self.open_path(Path(path))

    def _on_save_copy(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), "",
                                              self.tr("ecplanner plan (*.ecplan)"))
        if not path:
            return
        target = Path(path)
        if target.suffix != ".ecplan":  # "素锦 v1.2" must not become "素锦 v1.ecplan"
            target = target.with_name(target.name + ".ecplan")
        try:
            self.document.store.copy_to(target)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Copy not saved"), str(error))

    def _after_first_paint(self, document: PlanDocument) -> None:
        job = document.store.backup_job()
        if job is not None:
            # In a worker: copying a plan of 40 MB holds the thread ~0.1 s.
            worker = Background(document)  # told nothing once the plan is closed
            worker.finished.connect(lambda _copy: self._on_backup_ended(document, None))
            worker.failed.connect(lambda error: self._on_backup_ended(document, error))
            worker.start(job)
        if document.path is not None:
            self._remember_recent(document.path)

    def _on_backup_ended(self, document: PlanDocument, error: Exception | None) -> None:
        if not document.is_open:
            return
        document.store.backup_ended(error)
        if document.store.backup_error and document is self.document:
            self.statusBar().showMessage(
                self.tr("No backup copy of this plan could be made: %1")
                .replace("%1", document.store.backup_error), 20_000)

    def _remember_recent(self, path: Path) -> None:
        known = self.recent_files()
        recent = ([str(path)] + [p for p in known if p != str(path)])[:_RECENT_MAX]
        if recent != known:  # reopening the last plan writes nothing
            self.settings.setValue("recent/files", recent)

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent/files", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for entry in self.recent_files():
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _=False, p=entry: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def _on_show_log_folder(self) -> None:
        QDesktopServices.openUrl(self._log_folder.as_uri())

    def _on_about(self) -> None:
        folders = Folders(paths.data_dir(), paths.backup_dir(), self._log_folder,
                          paths.resources_dir() / "licenses")
        AboutDialog(folders, self).open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)


def _read_only_bar() -> QLabel:
    """The bar above the tabs that says the plan is read-only, and why; hidden while the
    plan can be written."""
    bar = QLabel()
    bar.setObjectName("readOnlyBar")
    bar.setWordWrap(True)
    bar.setMargin(6)
    # A palette, not a style sheet: the first style sheet costs the start-up ~2 ms.
    palette = bar.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#FFF4D6"))
    bar.setPalette(palette)
    bar.setAutoFillBackground(True)
    bar.hide()
    return bar
