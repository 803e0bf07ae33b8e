"""The calendar scene: a thin adapter from the plan's events to positioned items.

It keeps what it last read (the events, the holidays, the warnings) and the view state
(grid, zoom, filter, selection); ``relayout`` runs the pure stages (grid → segments →
lanes → rectangles, in ``domain.calendar.placement``) and then moves, adds or removes only
the items whose place or look changed. A drag never relayouts: it moves preview items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneHelpEvent, QToolTip
from shiboken6 import isValid

from ecplanner.domain.calendar.days import DayInfo, day_infos
from ecplanner.domain.calendar.filters import EventFilter
from ecplanner.domain.calendar.grids import CalendarGrid, ViewKind
from ecplanner.domain.calendar.layout import Segment
from ecplanner.domain.calendar.placement import (
    PlacedBar,
    Placement,
    place,
    place_in_steps,
    replace_spans,
    room_in_row,
)
from ecplanner.domain.catalog import HolidayCalendar
from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event
from ecplanner.domain.steps import Steps, run_steps
from ecplanner.ui.calendar import items as it
from ecplanner.ui.calendar.looks import (
    SPILL_LIMIT,
    bar_box,
    bar_look,
    deadline_room,
    deadline_spots,
)
from ecplanner.ui.calendar.painting import BarLook
from ecplanner.ui.calendar.style import VIEW_STYLES, ViewStyle, date_range_text
from ecplanner.ui.calendar.texts import event_tooltip
from ecplanner.ui.common.slices import Slices

BarKey = tuple[str, int]
_SLICE_S = 0.025
_EDIT_SLICE_S = 0.008  # the first slice of the items' work in the turn of an edit
_YIELD_EVERY = 50
_PLACE_AT_ONCE = 1_500  # spans: more are placed in steps (a year of 20,000 took 0.4–0.6 s)


class CalendarScene(QGraphicsScene):
    selected_changed = Signal(str)
    """The selected event changed; the argument is its uuid, or "" for none."""
    placed = Signal()
    """The view last asked for is shown: ``grid`` and ``placement`` are its own."""

    def __init__(self, year: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: dict[str, Event] = {}
        self._filter = EventFilter()
        self.grid = CalendarGrid(ViewKind.YEAR, year)  # the grid shown
        # The view last asked for (grid, column width, least lanes a row, pad below them):
        # shown once placed, which on a large plan takes a few turns (``_placed_in_steps``).
        self._view: tuple[CalendarGrid, float, int, float] = (self.grid, 40.0, 0, 0.0)
        self._placing = False
        self.laid_out = False  # nothing placed before the first ``relayout``
        self._holidays: HolidayCalendar | None = None
        self._infos: dict[date, DayInfo] = {}
        self._warnings: dict[str, tuple[Finding, ...]] = {}
        self.describe: Callable[[Finding], str] = lambda finding: finding.code
        self._selected = ""
        self.today: date | None = None
        self.placement = place([], self.grid, self.view_style.metrics(40.0))
        self._cells = it.CellsItem()
        self._header, self._labels, self._corner = it.HeaderItem(), it.LabelsItem(), it.CornerItem()
        self._range, self._tip = it.RangeItem(), it.TipItem()
        for item in (self._cells, self._header, self._labels, self._corner, self._range,
                     self._tip):
            self.addItem(item)
        self._range.hide()
        self._tip.hide()
        self._bars: dict[BarKey, it.BarItem] = {}
        self._deadlines: dict[str, it.DeadlineItem] = {}
        self._preview: list[it.BarItem] = []
        self._dimmed = ""  # the event whose bar a drag has faded
        self._cells_key: object = None
        self._room: list[dict[str, float]] = []  # each row's ``room_in_row``
        self._synced: Placement | None = None  # what the items last showed in full
        # What the deadline markers last showed in full were placed from: the grid, its
        # geometry and the events with a deadline (their objects held, so ids stay theirs).
        self._spots_key: object = None
        self._spots_of: tuple[Event, ...] = ()
        self._work = Slices(_SLICE_S, self)  # the item work, see ``_sync``
        self._unmarked: set[str] = set()  # events whose bars' warning marks are due
        self._marks = Slices(_SLICE_S, self)
        self._refresh_days()

    # -- what it shows -------------------------------------------------------------
    @property
    def view_style(self) -> ViewStyle:
        return VIEW_STYLES[self.grid.kind]

    @property
    def col_width(self) -> float:
        return self.placement.metrics.col_width

    @property
    def placing(self) -> bool:
        """A view asked for is still being placed; until then the last one shows."""
        return self._placing and self._work.busy

    @property
    def selected(self) -> str:
        return self._selected

    def event_of(self, uuid: str) -> Event | None:
        return self._events.get(uuid)

    def events(self) -> list[Event]:
        return list(self._events.values())

    @property
    def event_filter(self) -> EventFilter:
        return self._filter

    def shown_events(self) -> list[Event]:
        """The events that pass the filter, whether or not the grid reaches them."""
        return self._filter.apply(self._events.values())

    def reset(self, events: Iterable[Event], holidays: HolidayCalendar | None) -> None:
        """New events and holidays; shown at the next ``relayout`` (or ``set_view``)."""
        self._work.stop()  # item work under way was for the old events
        self._placing = False
        self._events = {e.uuid: e for e in events}
        self._holidays = holidays
        self._refresh_days()
        self.laid_out = False
        if self._selected not in self._events:
            self._selected = ""

    def set_events(self, events: Iterable[Event]) -> None:
        self._work.stop()
        self._events = {e.uuid: e for e in events}
        if self.laid_out:
            self.relayout()

    def update_events(self, changed: Mapping[str, Event | None]) -> None:
        """Replace, add (an Event) or drop (None) the events with these uuids."""
        spans: dict[str, tuple[date, date] | None] = {}
        for uuid, event in changed.items():
            if event is None:
                self._events.pop(uuid, None)
            else:
                self._events[uuid] = event
            shown = (event is not None and self._filter.matches(event)
                     and self.grid.shows(event.start, event.end))
            if shown or self.placement.bars_of(uuid):
                spans[uuid] = (event.start, event.end) if shown and event else None
        if self._selected and self._selected not in self._events:
            self.select("")
        if self.placing:  # what is being placed is out of date: place it again
            self.relayout()
        elif self.laid_out:
            self.placement = replace_spans(self.placement, spans)
            # The moved bars first, in a short first slice: the edit's turn has the write
            # and every tab's update to fit in too.
            self._sync(first=frozenset(changed), first_s=_EDIT_SLICE_S)

    def set_filter(self, event_filter: EventFilter) -> None:
        self._filter = event_filter
        if self.laid_out:
            self.relayout()

    def set_view(self, grid: CalendarGrid, col_width: float, min_lanes: int = 0,
                 pad: float = 0.0) -> None:
        """Show ``grid`` with columns ``col_width`` wide; rows at least ``min_lanes`` lanes
        tall, with ``pad`` pixels below their lanes (the month view fills the window)."""
        self._view = (grid, col_width, min_lanes, pad)
        self.relayout()

    def set_holidays(self, holidays: HolidayCalendar | None) -> None:
        self._holidays = holidays
        self._refresh_days()
        if self.laid_out and not self.placing:  # else the placement, once done, shows them
            self._sync()

    def set_warnings(self, warnings: dict[str, tuple[Finding, ...]]) -> None:
        """Findings by event uuid: a badge on the bar, lines in its tooltip."""
        old, self._warnings = self._warnings, warnings
        # A bar shows whether its event has warnings, not which (they are in its tooltip):
        # comparing the findings of ~9,000 warned events was ~10 ms of the turn.
        self._unmarked |= old.keys() ^ warnings.keys()
        self._marks.start(self._mark_steps())

    def _mark_steps(self) -> Iterator[None]:
        """The bars of the events that gained or lost their warnings, marked again one event
        a step: the first check of a 20,000-event plan marks ~10,000 bars (~85 ms)."""
        while self._unmarked:
            event = self._events.get(self._unmarked.pop())
            if event is not None:  # an event deleted meanwhile has no bar to mark
                for item in self.bar_items(event.uuid):
                    item.set_look(self._look(event, item.segment))
            yield

    def warnings_of(self, uuid: str) -> list[str]:
        """The warnings about event ``uuid`` in words."""
        return [self.describe(f) for f in self._warnings.get(uuid, ())]

    def events_by_uuid(self) -> dict[str, Event]:
        return self._events

    def title_of(self, uuid: str) -> str:
        event = self._events.get(uuid)
        return event.title if event else ""

    def select(self, uuid: str) -> None:
        if uuid == self._selected:
            return
        old, self._selected = self._selected, uuid
        for key in (old, uuid):
            if key in self._events:
                for item in self.bar_items(key):
                    item.set_look(self._look(self._events[key], item.segment))
        self.selected_changed.emit(uuid)

    def _refresh_days(self) -> None:
        self._infos = day_infos(self.grid.day_span(self.grid.first_day, self.grid.last_day),
                                self._holidays)

    # -- layout --------------------------------------------------------------------
    def relayout(self) -> None:
        """Place every shown event again (after the view, filter or all events changed).

        Up to ``_PLACE_AT_ONCE`` events are placed at once. More are placed in steps, in the
        item work's slices, while the view shown so far stays as it was; then the new one
        shows whole (``placed``)."""
        self.laid_out = True
        grid, col_width, min_lanes, pad = self._view
        spans = [(e.uuid, e.start, e.end) for e in self.shown_events()
                 if grid.shows(e.start, e.end)]
        steps = place_in_steps(spans, grid, VIEW_STYLES[grid.kind].metrics(col_width,
                                                                           min_lanes), pad)
        if len(spans) <= _PLACE_AT_ONCE:
            self._placing = False
            self._show_placement(run_steps(steps))
            self._sync()
            self.placed.emit()
        else:
            self._placing = True
            self._work.start(self._placed_in_steps(steps))

    def _placed_in_steps(self, steps: Steps[Placement]) -> Iterator[None]:
        placement = yield from steps
        self._placing = False
        self._show_placement(placement)
        self._frame()
        self.placed.emit()
        yield from self._sync_steps()

    def _show_placement(self, placement: Placement) -> None:
        new_days = (placement.grid.first_day, placement.grid.last_day) != (
            self.grid.first_day, self.grid.last_day)
        self.grid, self.placement = placement.grid, placement
        if new_days:
            self._refresh_days()

    def _sync(self, first: frozenset[str] = frozenset(),
              first_s: float | None = None) -> None:
        """Bring the items in line with ``placement``, touching only what changed.

        Creating thousands of items (a large plan's first layout, a change of view) runs
        in slices of ``_SLICE_S`` between which the window keeps responding; the bars in
        sight come first. ``settle()`` finishes at once (exports, tests)."""
        self._frame()
        self._work.start(self._sync_steps(first), first_s=first_s)

    def _frame(self) -> None:
        """The cells, the header, the labels and the scene's size, for ``placement``."""
        style = self.view_style
        p = self.placement
        cells_key = (p.grid, p.tops, p.metrics, id(self._infos), self.today)
        if cells_key != self._cells_key:
            self._cells_key = cells_key
            self._cells.set_content(p, self._infos, self.today, 10 if p.grid.kind is
                                    ViewKind.YEAR else 12)
            self._header.set_content(p, style.label_width, style.header_height)
            self._labels.set_content(p, style.label_width)
            self._corner.set_content(style.label_width, style.header_height,
                                     str(self.grid.year))
        self.setSceneRect(QRectF(-style.label_width, -style.header_height,
                                 style.label_width + p.width, style.header_height + p.height))

    @property
    def settled(self) -> bool:
        """Every item is in line with ``placement`` and the warnings."""
        return not self._work.busy and not self._marks.busy

    def settle(self) -> None:
        """Finish the item work now."""
        self._work.finish()
        self._marks.finish()

    def _changed_rows(self) -> set[int] | None:
        """The rows whose bars differ from those the items last showed in full: after a
        move, the rows ``replace_spans`` renewed (a year of 20,000 events has 24,000
        bars, too many to look over in a move's turn); None after a new grid: all."""
        p, synced = self.placement, self._synced
        if synced is None or synced.grid != p.grid:
            return None
        return {row for row, bars in enumerate(p.rows) if bars is not synced.rows[row]}

    def _sync_steps(self, first: frozenset[str] = frozenset()) -> Iterator[None]:
        """The item work, yielding every few items so it can be cut into slices; the bars
        of the events ``first``, then those in sight, come first."""
        placement, changed = self.placement, self._changed_rows()
        rows = set(range(placement.grid.n_rows)) if changed is None else changed
        if changed is None:
            self._room = [{} for _ in placement.rows]
        for row in rows:
            self._room[row] = room_in_row(placement, row, SPILL_LIMIT)
            if changed is None:  # all rows: ~5 ms each in a year of 20,000 events
                yield
        wanted: set[BarKey] = set()
        bars = [bar for row in sorted(rows) for bar in placement.rows[row]]
        for n, bar in enumerate(self._in_sight_first(bars, first)):
            key = (bar.uuid, bar.segment.row)
            wanted.add(key)
            self._sync_bar(key, bar)
            if n % _YIELD_EVERY == 0:
                yield
        for key in [k for k in self._bars
                    if (changed is None or k[1] in changed) and k not in wanted]:
            self.removeItem(self._bars.pop(key))
        yield
        shown = [self._events[u] for u in placement.uuids()]
        dated = tuple(e for e in shown if e.registration_deadline is not None)
        spots_key = (placement.grid, placement.metrics, placement.tops,
                     frozenset(map(id, dated)))
        if spots_key == self._spots_key:
            # A move of events without a deadline moves no marker (a year of 20,000
            # events has ~4,500 markers: placing them again was ~15 ms of a drag's turn).
            self._synced = placement
            return
        wanted_spots: set[str] = set()
        spots = deadline_spots(placement, dated)
        self._cells.set_reserved(deadline_room(spots))
        for n, (event, x, y) in enumerate(spots):
            wanted_spots.add(event.uuid)
            self._sync_deadline(event, x, y)
            if n % _YIELD_EVERY == 0:
                yield
        for uuid in [u for u in self._deadlines if u not in wanted_spots]:
            self.removeItem(self._deadlines.pop(uuid))
        self._spots_key, self._spots_of = spots_key, dated
        self._synced = placement

    def _in_sight_first(self, bars: Sequence[PlacedBar],
                        first: frozenset[str] = frozenset()) -> Sequence[PlacedBar]:
        ahead = [b for b in bars if b.uuid in first]
        rest = [b for b in bars if b.uuid not in first] if ahead else list(bars)
        views = [v for v in self.views() if v.isVisible()]
        if views and len(rest) >= _YIELD_EVERY * 4:
            view = views[0]
            sight = view.mapToScene(view.viewport().rect()).boundingRect()
            left, top, right, bottom = sight.left(), sight.top(), sight.right(), sight.bottom()

            def out_of_sight(bar: PlacedBar) -> bool:  # in floats: a QRectF a bar cost ~1 µs
                x, y, w, h = bar.rect
                return x >= right or x + w <= left or y >= bottom or y + h <= top

            rest.sort(key=out_of_sight)
        return ahead + rest

    def _sync_bar(self, key: BarKey, bar: PlacedBar) -> None:
        item = self._bars.get(key)
        if item is None:
            item = self._bars[key] = it.BarItem(*key)
            self.addItem(item)
        event = self._events[bar.uuid]
        room = self._room[key[1]].get(key[0], 0.0)
        state = (bar.rect, room, bar.segment)
        if item.shown is not event or item.state != state:
            item.shown, item.state = event, state
            item.set_geometry(*bar_box(bar.rect))
            item.segment = bar.segment
            item.set_look(self._look(event, bar.segment))

    def _sync_deadline(self, event: Event, x: float, y: float) -> None:
        item = self._deadlines.get(event.uuid)
        if item is None:
            item = self._deadlines[event.uuid] = it.DeadlineItem(event.uuid)
            self.addItem(item)
        if item.pos() != QPointF(x, y):
            item.setPos(x, y)
        if item.color != event.color:
            item.color = event.color
            item.update()

    def _look(self, event: Event, segment: Segment, spill: bool = True) -> BarLook:
        room = (self._room[segment.row].get(event.uuid, 0.0)
                if spill and segment.row < len(self._room) else 0.0)
        return bar_look(event, segment, self.grid.kind, warned=event.uuid in self._warnings,
                        selected=event.uuid == self._selected, room=room)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips are written when asked for, not kept on thousands of items."""
        for item in self.items(event.scenePos()):
            if not isinstance(item, it.BarItem | it.DeadlineItem) or not item.isVisible():
                continue
            found = self._events.get(item.uuid)
            if found is not None:
                warnings = [] if isinstance(item, it.DeadlineItem) else self.warnings_of(found.uuid)
                QToolTip.showText(event.screenPos(), event_tooltip(found, warnings))
                event.accept()
                return
        QToolTip.hideText()
        event.ignore()

    # -- finding things ------------------------------------------------------------
    def bar_at(self, pos: QPointF) -> it.BarItem | None:
        for item in self.items(pos):
            if isinstance(item, it.BarItem) and item.isVisible() and item not in self._preview:
                return item
        return None

    def bar_items(self, uuid: str) -> list[it.BarItem]:
        """The items of ``uuid``'s bar, one per row it crosses (looked up by row: a large
        year has 24,000 items to walk)."""
        found = (self._bars.get((uuid, row)) for row in range(self.grid.n_rows))
        return [item for item in found if item is not None]

    def cell_rects(self, days: Iterable[date]) -> list[QRectF]:
        rects = []
        for day in days:
            cell = self.grid.cell_for(day)
            if cell is not None:
                rects.append(QRectF(*self.placement.cell_rect(*cell)))
        return rects

    # -- drag feedback -------------------------------------------------------------
    def show_preview(self, uuid: str, start: date, end: date, lane: int) -> None:
        """Draw ``uuid``'s bar as it would run ``start..end``; dim the bar itself."""
        event = self._events[uuid]
        if self._dimmed != uuid:
            self._dimmed = uuid
            for item in self.bar_items(uuid):
                item.setOpacity(0.3)
        segments = self.grid.segments(start, end)
        while len(self._preview) < len(segments):
            item = it.BarItem(uuid, -1)
            item.setZValue(it.Z_PREVIEW)
            item.setAcceptHoverEvents(False)
            self.addItem(item)
            self._preview.append(item)
        p = self.placement
        for item, segment in zip(self._preview, segments, strict=False):
            lanes = int((p.row_height(segment.row) - p.metrics.row_header) // p.metrics.lane_height)
            item.set_geometry(*bar_box(p.lane_rect(segment, min(lane, max(lanes - 1, 0)))))
            item.segment = segment
            item.set_look(self._look(event, segment, spill=False))
            item.show()
        for item in self._preview[len(segments):]:
            item.hide()
        self._tip.set_text(date_range_text(start, end))
        if segments:
            first = self._preview[0]
            self._tip.setPos(first.pos().x(), first.pos().y() - self._tip.boundingRect().height()
                             - 2)
            self._tip.show()

    def hide_preview(self) -> None:
        for item in self._preview:
            item.hide()
        if self._dimmed:
            for item in self.bar_items(self._dimmed):
                item.setOpacity(1.0)
            self._dimmed = ""
        self._tip.hide()

    def show_range(self, days: list[date]) -> None:
        self._range.set_rects(self.cell_rects(days))

    def hide_range(self) -> None:
        self._range.set_rects([])

    # -- sticky header and labels ---------------------------------------------------
    def pin_frame(self, visible: QRectF) -> None:
        """Keep the header at the top and the labels at the left of the ``visible`` area."""
        if not isValid(self._header):  # the scene is being torn down
            return
        style = self.view_style
        dy = max(visible.top() + style.header_height, 0.0)
        dx = max(visible.left() + style.label_width, 0.0)
        self._header.setPos(0, dy)
        self._labels.setPos(dx, 0)
        self._corner.setPos(dx, dy)

