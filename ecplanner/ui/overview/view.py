"""The Overview tab: the store, the year, and the plan's events with add/edit/delete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.budget.shutdown import ShippingPause
from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.ops import Changes, Topic
from ecplanner.domain.overview import GlanceColumn, year_glance
from ecplanner.ui.calendar.reference_data import holiday_loader
from ecplanner.ui.common import labels
from ecplanner.ui.common.after_build import after_build
from ecplanner.ui.common.background import Background
from ecplanner.ui.common.columns import fit_columns
from ecplanner.ui.common.messages import problems_text
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.overview.feed import OverviewFeed
from ecplanner.ui.overview.glance_model import GlanceModel
from ecplanner.ui.overview.model import EventsTableModel
from ecplanner.ui.overview.tasks_panel import TasksPanel
from ecplanner.ui.overview.warnings_panel import PlanWarningsPanel

if TYPE_CHECKING:
    from ecplanner.ui.common.event_editor import EventEditor

_CELL_PADDING = 12  # the item delegate's margins, both sides, and the grid line


class OverviewTab(QWidget):
    """Shows the plan's store and events; edits go through ``document``."""

    glance_shown = Signal()
    """The year at a glance shows the plan as it was when last asked."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.feed = OverviewFeed(document, self)
        self._glance_pause: ShippingPause | None = None  # what the glance was worked out with
        self._glance_worker = Background(self)  # only the latest request's answer shows
        self._glance_worker.finished.connect(self._glance_worked_out)
        self._glance_soon = QTimer(self, singleShot=True, interval=0)
        self._glance_soon.timeout.connect(self._start_glance)
        self.heading = QLabel()
        self.heading.setObjectName("overviewHeading")
        # A font, not a style sheet: the first style sheet costs the start-up ~2 ms.
        heading_font = self.heading.font()
        heading_font.setPointSize(16)
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(heading_font)
        self.subheading = QLabel()
        self.glance_model = GlanceModel()
        self.glance = QTableView()
        self.glance.setModel(self.glance_model)
        self.glance.setObjectName("glance")
        self.glance.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.glance.viewport().installEventFilter(self)  # its resizes refit the money
        # Rows as high as the text needs: on a 640-pixel-high screen the events and tasks
        # below keep room for more than two rows.
        row = self.glance.fontMetrics().height() + 6
        self.glance.verticalHeader().setDefaultSectionSize(row)
        self.glance.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.glance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = row + 8  # the header's padding is the style's, a little more than a row's
        self.glance.setFixedHeight(header + row * self.glance_model.rowCount()
                                   + 2 * self.glance.frameWidth())
        self.model = EventsTableModel()
        self.table = QTableView()
        self._columns_fitted = False
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        # The spare width goes to the phases, not to the date at the end.
        self.table.horizontalHeader().setSectionResizeMode(
            EventsTableModel.COLUMNS.index("phases"), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_edit)
        self.add_button = QPushButton(self.tr("Add event…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Events")))
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        events_box = QWidget()
        events_layout = QVBoxLayout(events_box)
        events_layout.setContentsMargins(0, 0, 0, 0)
        events_layout.addLayout(buttons)
        events_layout.addWidget(self.table, 1)
        self.tasks = TasksPanel(self.feed)
        self.warnings = PlanWarningsPanel(self.feed)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.tasks)
        bottom.addWidget(self.warnings)
        bottom.setSizes([700, 500])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(events_box)
        splitter.addWidget(bottom)
        splitter.setSizes([450, 350])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.glance)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.warnings.subject_picked.connect(self._on_warning_picked)
        self.feed.updated.connect(self._on_feed_updated)
        # The glance's budget counts the courier shutdown, known once the holidays load.
        holiday_loader().loaded.connect(self._holidays_loaded)
        self.refresh()

    def refresh(self) -> None:
        info = self.feed.info()
        self.heading.setText(self.tr("%1 — plan for %2").replace("%1", info.store_name)
                             .replace("%2", str(info.year)))
        markets = "、".join(labels.market(m) for m in info.markets)
        platforms = "、".join(labels.platform(p) for p in info.platforms)
        self.subheading.setText(self.tr("Markets: %1   Platforms: %2")
                                .replace("%1", markets).replace("%2", platforms))
        events = self.feed.events()
        self.model.reset_events(events)
        if not self._columns_fitted:  # once: refitting on every edit costs ~10 ms a table
            fit_columns(self.table)
            self._columns_fitted = True
        self._refresh_glance()
        self._update_buttons()

    def _holidays_loaded(self, _holidays: object) -> None:
        """The glance again with the courier shutdown (a plan selling in China), if it
        changes it; the holidays arrive while the window is still building its tabs, so
        once it has built them (``after_build``)."""
        after_build(self, self._glance_with_holidays)

    def _glance_with_holidays(self) -> None:
        if self.document.is_open and self.feed.shipping_pause() != self._glance_pause:
            self._refresh_glance()

    def _refresh_glance(self) -> None:
        """The glance of the plan as it is now: the first at once, for the first paint;
        later ones in a worker (``glance_shown`` follows) — on a plan of 20,000 events
        it takes ~80 ms, which an edit's turn, or the Overview's when it is shown again
        after edits elsewhere, cannot afford on top of its tables."""
        if self.glance_model.columnCount():
            # At the next turn: a worker started in an edit's turn takes the interpreter
            # from the rest of it.
            self._glance_soon.start()
        else:
            self._glance_worked_out(self._glance_job()())

    def _start_glance(self) -> None:
        self._glance_worker.start(self._glance_job())

    def _glance_job(self) -> Callable[[], list[GlanceColumn]]:
        """``year_glance`` of the plan as it is now, to run here or in a worker."""
        info, pause = self.feed.info(), self.feed.shipping_pause()
        self._glance_pause = pause
        months, events, products = (self.feed.budget_months(), self.feed.events(),
                                    self.feed.products())
        return lambda: year_glance(info, months, events, products, pause)

    def _glance_worked_out(self, columns: list[GlanceColumn]) -> None:
        self.glance_model.reset_columns(columns, self.feed.info().currency)
        self._fit_glance()
        self.glance_shown.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.glance.viewport():
            self._fit_glance()
        return super().eventFilter(watched, event)

    def _fit_glance(self) -> None:
        """Money in 万 (or k) while a month's column is too narrow for every digit: a
        1024-pixel window would otherwise cut "3,302,400" to "3,302,4…"."""
        count = self.glance_model.columnCount()
        if count == 0:
            return
        # The columns share the viewport's width (they stretch); asked of the viewport,
        # not of the header, which resizes its sections after this runs.
        room = self.glance.viewport().width() // count - _CELL_PADDING
        bold = QFont(self.glance.font())
        bold.setBold(True)
        need = self.glance_model.widest_full_text(self.glance.fontMetrics(), QFontMetrics(bold))
        self.glance_model.set_short(need > room)

    def _on_feed_updated(self, changes: Changes | None) -> None:
        if changes is None or changes.touches(Topic.EVENTS, Topic.PLAN, Topic.BUDGET,
                                              Topic.PRODUCTS):
            self._refresh_keeping_selection()

    def _refresh_keeping_selection(self) -> None:
        selected = {e.uuid for e in self.selected_events()}
        self.refresh()
        if selected:
            self._reselect(selected)

    def _reselect(self, uuids: set[str]) -> None:
        # One selection change for all rows: selecting row by row would recount the
        # selection (and the buttons) once per row.
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in range(self.model.rowCount()):
            if self.model.event_at(row).uuid in uuids:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(selection,
                                           QItemSelectionModel.SelectionFlag.Select)

    def _on_warning_picked(self, subject: str) -> None:
        row = self.model.row_of(subject)
        if row >= 0:  # an event's warning (a product's has no row here)
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        editable = not self.document.read_only
        has = bool(self.selected_events())
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(has and editable)
        self.delete_button.setEnabled(has and editable)

    def selected_events(self) -> list[Event]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.event_at(r) for r in rows]

    def _on_add(self) -> None:
        year = self.feed.info().year
        today = date.today()
        start = today if today.year == year else date(year, 1, 1)
        draft = Event(title="", kind=EventKind.STORE_PROMO, start=start, end=start)
        self.open_editor(draft, new=True)

    def _on_edit(self) -> None:
        events = self.selected_events()
        if events and not self.document.read_only:
            self.open_editor(events[0], new=False)

    def open_editor(self, event: Event, new: bool) -> EventEditor:
        """Opens the editor window-modally; the edit is applied when it is accepted."""
        from ecplanner.ui.common.event_editor import EventEditor  # loads on first use

        editor = EventEditor(event, self, self.feed.info().platforms)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.accepted.connect(lambda: self._on_editor_accepted(editor, new))
        editor.open()
        return editor

    def _on_editor_accepted(self, editor: EventEditor, new: bool) -> None:
        from ecplanner.ui.overview import commands  # with the editor: loads on first use

        result = editor.result_event()
        if result is None:
            return
        try:
            if new:
                commands.add_event(self.document, result, editor.platform_to_add())
            else:
                old = self.feed.event_of(result.uuid)
                commands.edit_event(self.document, old or result, result,
                                    editor.platform_to_add())
        except ValidationError as error:
            from PySide6.QtWidgets import QMessageBox  # a dialog class: loads when needed

            QMessageBox.warning(self, self.tr("Not saved"), problems_text(error.problems))

    def delete_selected(self) -> None:
        from ecplanner.ui.overview import commands

        commands.delete_events(self.document, self.selected_events())
