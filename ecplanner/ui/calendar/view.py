"""The Calendar tab: the year or a month of events, edited by drag and drop and keys.

Layout: toolbar on top; the calendar with the side panel (catalog, warnings) beside it;
the legend below. The tab reads the plan through its feed (``CalendarFeed``): the events a
change names are read again (all of them after a large change).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.calendar.days import shutdown_span
from ecplanner.domain.calendar.filters import choices
from ecplanner.domain.calendar.grids import CalendarGrid, ViewKind
from ecplanner.domain.calendar.warnings import event_findings_in_steps, price_changes_of
from ecplanner.domain.catalog import HolidayCalendar
from ecplanner.domain.findings import Finding, ValidationError
from ecplanner.domain.languages import language_of
from ecplanner.domain.model import Event
from ecplanner.domain.ops import Changes, Topic
from ecplanner.domain.review.event_review import review_events
from ecplanner.domain.review.learned_uplifts import learned_uplifts
from ecplanner.domain.steps import Steps
from ecplanner.ui.calendar import commands
from ecplanner.ui.calendar.canvas import CalendarCanvas
from ecplanner.ui.calendar.catalog_panel import CatalogPanel
from ecplanner.ui.calendar.dialogs import CalendarEventEditor
from ecplanner.ui.calendar.feed import CalendarFeed
from ecplanner.ui.calendar.learned_dialog import LearnedUpliftsDialog
from ecplanner.ui.calendar.legend import LegendWidget
from ecplanner.ui.calendar.reference_data import holiday_key, holiday_loader, shipped_catalog
from ecplanner.ui.calendar.scene import CalendarScene
from ecplanner.ui.calendar.style import VIEW_STYLES, short_date
from ecplanner.ui.calendar.texts import finding_text
from ecplanner.ui.calendar.toolbar import CalendarToolbar
from ecplanner.ui.common.export_folder import export_folder, remember_export_folder
from ecplanner.ui.common.messages import problems_text
from ecplanner.ui.common.slices import Slices
from ecplanner.ui.common.warnings_panel import WarningsPanel
from ecplanner.ui.document import PlanDocument

log = logging.getLogger(__name__)

ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.5, 4.0
_CHECK_SLICE_S = 0.01


class CalendarTab(QWidget):
    """The plan's events on a calendar; every edit goes through ``document``."""

    warnings_refreshed = Signal()
    """The warnings list and the bars' warning marks show the events as they are now."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.feed = CalendarFeed(document, self)
        info = self.feed.info
        self.year = info.year
        self.today = date.today()
        self.kind = ViewKind.YEAR
        self.month = self.today.month if self.today.year == info.year else 1
        self.zoom = 1.0
        self._view_key: tuple[CalendarGrid, float, int, float] | None = None
        self._reveal_when_placed: int | None = None  # a month asked for while placing
        # The first view, and each new kind of view, opens at its top left: the scroll bars
        # stood at 0 while the scene begins left of and above 0 (its labels and header),
        # so a window narrower than the year hid its first two days and half a row.
        self._go_home = True
        self.holidays: HolidayCalendar | None = None
        self._warnings_stale = False
        self._findings: list[Finding] = []  # the last worked out, of every event
        self._checking = Slices(_CHECK_SLICE_S, self)
        document.closed.connect(self._checking.stop)
        self._check_soon = QTimer(self, singleShot=True, interval=0)
        self._check_soon.timeout.connect(self._start_check)
        self.scene = CalendarScene(info.year, self)
        self.scene.describe = self.describe
        self.scene.today = self.today
        self.view = CalendarCanvas(document, self.scene)
        self.toolbar = CalendarToolbar()
        self.toolbar.set_month(self.month)
        self.catalog = CatalogPanel(shipped_catalog(), info.markets,
                                    language_of(info.locale))
        none = QCoreApplication.translate("WarningsPanel", "No warnings for the events shown.")
        self.warnings = WarningsPanel(self._warning_line, lines=2, none_text=none)
        self.side = QTabWidget()
        self.side.addTab(self.catalog, self.tr("Event catalog"))
        self.side.addTab(self.warnings, self.tr("Warnings"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1100, 280])
        self.status = QLabel()
        self.status.setStyleSheet("color: #5f6672; padding: 0 8px;")
        self.legend = LegendWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.apply_view)
        self._loader = holiday_loader()
        self._loader.loaded.connect(self._on_holidays_loaded)
        self._export_action = QAction(self.tr("Export Calendar Image…"), self)
        self._export_action.triggered.connect(self._on_export)
        self._learned_action = QAction(self.tr("Uplifts from Last Year…"), self)
        self._learned_action.setEnabled(not document.read_only)
        self._learned_action.triggered.connect(self.open_learned_uplifts)
        self._connect()
        self.reload()

    def _connect(self) -> None:
        tb = self.toolbar
        tb.view_changed.connect(self.set_kind)
        tb.month_changed.connect(self.set_month)
        tb.zoom_requested.connect(self._on_zoom)
        tb.today_requested.connect(self.go_today)
        tb.filter_changed.connect(self._on_filter_changed)
        self.view.zoom_requested.connect(self._on_zoom)
        self.view.resized.connect(self._fit_timer.start)
        self.view.edit_requested.connect(self.open_editor)
        self.view.refused.connect(self._on_refused)
        self.warnings.subject_picked.connect(self.reveal)
        self.feed.updated.connect(self._on_feed_updated)
        self.scene.placed.connect(self._on_placed)

    # -- reading the plan ----------------------------------------------------------
    def reload(self) -> None:
        """Show everything the feed read again (on open, and after the plan changed)."""
        info = self.feed.info
        self.year = info.year
        events = self.feed.events()
        markets, platforms = choices(events, info.markets, info.platforms)
        self.toolbar.set_filter_choices(markets, platforms)
        self.holidays = self._loader.request(holiday_key(info))
        self.scene.reset(events, self.holidays)
        self._show_holiday_status()
        self._view_key = None
        if self.isVisible():
            self.apply_view()
        self.refresh_warnings()

    def _on_feed_updated(self, changes: Changes | None) -> None:
        if changes is None or changes.touches(Topic.PLAN):
            self.reload()
            return
        if changes.of_kind(Event):
            found = self.feed.events_changed(changes)
            if found is None:
                self.scene.set_events(self.feed.events())
            else:
                self.scene.update_events(found)
        self.refresh_warnings()

    def _on_holidays_loaded(self, holidays: HolidayCalendar) -> None:
        if self.holidays is None and holidays.year == self.year:
            self.holidays = holidays
            self._show_holiday_status()
            self.scene.set_holidays(holidays)
            self.refresh_warnings()

    def _show_holiday_status(self) -> None:
        if self.holidays is None:
            self.status.setText(self.tr("Loading public holidays…"))
        elif self.holidays.provisional_markets:
            self.status.setText(self.tr("Public holidays and make-up workdays of %1 are "
                                        "provisional until the government announces them.")
                                .replace("%1", str(self.holidays.year)))
        else:
            self.status.setText("")

    def refresh_warnings(self) -> None:
        """Work the warnings out again, a slice of time per turn from the next turn on, or,
        while the tab is hidden, when it is shown: on a plan of 20,000 events they take
        ~0.2 s, which a move's turn cannot afford, and nobody sees them while hidden.
        ``warnings_refreshed`` follows. (In a worker, that ~0.2 s of Python took turns at
        the interpreter with the window's: the next drag's turns took up to twice as long.)
        """
        if not self.isVisible():
            self._warnings_stale = True
            return
        self._warnings_stale = False
        self._check_soon.start()  # at the next turn: the edit's turn shows first

    def _start_check(self) -> None:
        events = self.scene.events()
        shutdown = shutdown_span(self.holidays)
        changes = price_changes_of(self.feed.products.values())
        self._checking.start(self._check_in_steps(
            event_findings_in_steps(events, self.today, shutdown, changes)))

    def _check_in_steps(self, steps: Steps[list[Finding]]) -> Iterator[None]:
        try:
            findings = yield from steps
        except Exception:  # logged, never thrown into the event loop; the list stays
            log.exception("checking the events' warnings failed")
            return
        self._warnings_worked_out(findings)

    def _warnings_worked_out(self, findings: list[Finding]) -> None:
        self._findings = findings
        by_subject: dict[str, list[Finding]] = defaultdict(list)
        for finding in findings:
            by_subject[finding.subject].append(finding)
        self._list_warnings()
        self.scene.set_warnings({k: tuple(v) for k, v in by_subject.items()})
        self.warnings_refreshed.emit()

    def _list_warnings(self) -> None:
        """The list: the warnings of the events the filter shows."""
        if self.scene.event_filter.is_open:  # ~10 ms less for 20,000 events
            rows = list(self._findings)
        else:
            shown = {e.uuid for e in self.scene.shown_events()}
            rows = [f for f in self._findings if f.subject in shown]
        self.warnings.set_findings(rows)
        self.side.setTabText(1, self.tr("Warnings (%1)").replace("%1", str(len(rows))))

    def describe(self, finding: Finding) -> str:
        """A warning in words (asked for only when shown)."""
        return finding_text(finding, self.scene.events_by_uuid(), self.feed.products)

    def _warning_line(self, finding: Finding) -> str:
        """A row of the warnings list: the day, the event's title and what is wrong."""
        day = f"{short_date(finding.day)}  " if finding.day else ""
        return f"{day}{self.scene.title_of(finding.subject)}: {self.describe(finding)}"

    # -- the view ------------------------------------------------------------------
    def _first_weekday(self) -> int:
        return QLocale().firstDayOfWeek().value - 1

    def set_kind(self, kind: ViewKind) -> None:
        self.kind = kind
        self._go_home = True
        self.toolbar.view_actions[kind].setChecked(True)
        self.apply_view()
        if kind is not ViewKind.MONTH:
            self.reveal_month(self.month)

    def set_month(self, month: int) -> None:
        self.month = month
        self.toolbar.set_month(month)
        if self.kind is ViewKind.MONTH:
            self.apply_view()
        else:
            self.reveal_month(month)

    def go_today(self) -> None:
        self.set_month(self.today.month if self.today.year == self.year else 1)

    def _on_zoom(self, step: int) -> None:
        self.zoom = 1.0 if step == 0 else min(max(self.zoom * ZOOM_STEP ** step, ZOOM_MIN),
                                              ZOOM_MAX)
        self.apply_view()

    def _on_filter_changed(self) -> None:
        self.scene.set_filter(self.toolbar.event_filter())
        self._list_warnings()

    def apply_view(self) -> None:
        """Rebuild the grid for the current view, month and zoom, fitted to the width."""
        style = VIEW_STYLES[self.kind]
        grid = CalendarGrid(self.kind, self.year, self.month, self._first_weekday())
        # The year and the weeks keep their scroll bar: one coming into view would narrow
        # the columns and place every bar again (~0.4 s a time on 20,000 events).
        self.view.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if self.kind is ViewKind.MONTH
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        room = self.view.viewport().width() - style.label_width - 2
        col = max(style.min_col_width, room / grid.n_cols) * self.zoom
        lanes, pad = 0, 0.0
        if self.kind is ViewKind.MONTH:  # the six weeks fill the height
            row = (self.view.viewport().height() - style.header_height - 2) / grid.n_rows
            lanes = max(int((row - style.band) // style.lane_height), style.min_lanes)
            pad = max(row - style.band - lanes * style.lane_height, 0.0)
        key = (grid, col, lanes, pad)
        if key != self._view_key or not self.scene.laid_out:
            self._view_key = key
            self.scene.set_view(grid, col, lanes, pad)
        self.view.pin_frame()

    def reveal_month(self, month: int) -> None:
        """Scroll the year or week view so ``month`` is in sight (once the view asked for
        is placed: a large plan's takes a few turns)."""
        if self.scene.placing:
            self._reveal_when_placed = month
            return
        grid = self.scene.grid
        cell = grid.cell_for(date(grid.year, month, 1))
        if cell is not None:  # the row just below the header
            top = self.scene.placement.tops[cell[0]] - VIEW_STYLES[self.kind].header_height
            self.view.verticalScrollBar().setValue(round(top))
            self.view.pin_frame()

    def _on_placed(self) -> None:
        if self._go_home:
            self._go_home = False
            for bar in (self.view.horizontalScrollBar(), self.view.verticalScrollBar()):
                bar.setValue(bar.minimum())
        self.view.pin_frame()
        month, self._reveal_when_placed = self._reveal_when_placed, None
        if month is not None:
            self.reveal_month(month)

    def reveal(self, uuid: str) -> None:
        """Select the event and bring its bar into sight (switching month if needed)."""
        event = self.scene.event_of(uuid)
        if event is None:
            return
        if self.kind is ViewKind.MONTH and not self.scene.grid.shows(event.start, event.end):
            self.set_month(event.start.month)
        self.scene.select(uuid)
        items = self.scene.bar_items(uuid)
        if items:
            self.view.ensureVisible(items[0], 40, 60)
            self.view.pin_frame()
        self.view.setFocus()

    # -- editing -------------------------------------------------------------------
    def open_editor(self, uuid: str) -> CalendarEventEditor | None:
        """Open the event editor window-modally; its result is applied when accepted.
        None on a read-only plan (the editor is for changing the event)."""
        event = self.scene.event_of(uuid)
        if event is None or self.document.read_only:
            return None
        events = self.feed.events()
        reviews = review_events([event], self.document.store.actuals(),
                                self.feed.info.platforms, others=events)
        same_entry = [e for e in events
                      if event.template_key and e.template_key == event.template_key]
        editor = CalendarEventEditor(event, list(self.feed.products.values()), self,
                                     self.feed.info.platforms,
                                     reviews[0] if reviews else None, same_entry)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.accepted.connect(lambda: self._on_editor_accepted(editor, event))
        editor.open()
        return editor

    def _on_editor_accepted(self, editor: CalendarEventEditor, before: Event) -> None:
        after = editor.result_event()
        if after is None:
            return
        try:
            commands.edit_event(self.document, before, after, editor.platform_to_add(),
                                editor.carried_to())
        except ValidationError as error:
            self._on_refused(problems_text(error.problems))

    def _on_refused(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Not changed"), text)

    def delete_selected(self) -> None:
        """Edit → Delete: remove the selected event (undoable)."""
        event = self.scene.event_of(self.scene.selected)
        if event is not None:
            commands.delete_event(self.document, event)

    def menu_actions(self) -> list[tuple[str, QAction]]:
        return [("file", self._export_action), ("plan", self._learned_action)]

    def open_learned_uplifts(self) -> LearnedUpliftsDialog | None:
        """The catalog's events measured on last year's imported days; the ticked ones'
        uplifts go to this plan's events on OK. None, with a word why, without such days."""
        info = self.feed.info
        lang = language_of(info.locale)
        learned = learned_uplifts(shipped_catalog(), info.year, info.markets, info.platforms,
                                  self.document.store.actuals(), lang)
        if not learned:
            QMessageBox.information(self, self.tr("Uplifts from Last Year"), self.tr(
                "No event of %1 could be measured: import last year's daily data first "
                "(File ▸ Import Daily Actuals…).").replace("%1", str(info.year - 1)))
            return None
        dialog = LearnedUpliftsDialog(learned, self.feed.events(), lang, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._use_learned(dialog))
        dialog.open()
        return dialog

    def _use_learned(self, dialog: LearnedUpliftsDialog) -> None:
        try:
            commands.set_uplifts(self.document, dialog.events_to_change())
        except ValidationError as error:
            self._on_refused(problems_text(error.problems))

    def _on_export(self) -> None:
        from ecplanner.ui.calendar.export_image import render_calendar_image

        view = "year" if self.kind is not ViewKind.MONTH else \
            f"{self.scene.grid.year}-{self.month:02d}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar image"),
            str(export_folder(self.document.path) / f"calendar-{view}.png"),
            self.tr("PNG image (*.png);;PDF document (*.pdf)"))
        if not path:
            return
        try:
            render_calendar_image(self.document, Path(path), view, today=self.today)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Image not saved"), str(error))
            return
        remember_export_folder(Path(path))

    # -- showing -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Laid out when first seen, once the pending resizes have given the view its real
        # width: laying out now as well would place a large plan's bars twice.
        self._fit_timer.start()
        if self._warnings_stale:
            self.refresh_warnings()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.view.calendar.hide_preview()
